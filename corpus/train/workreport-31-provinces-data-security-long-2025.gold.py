"""Gold annotation of workreport-31-provinces-data-security-long-2025 (从31省政府工作报告洞察2025年网络与数据安全建设重点), by hand per shared/eval/ANNOTATE.md."""
ID = "workreport-31-provinces-data-security-long-2025"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def sent(label):
    """the sentence (split at 。；！？ and line ends) that states the label"""
    for s in re.split(r"(?<=[。；！？\n])", text):
        if label in s:
            return ev(s.strip().rstrip("；。"))
    raise AssertionError(label)

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type == "Statistic" or label in text or any(a in text for a in aliases), label
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=(), opt_tech=()):
    """a Goal; evidence defaults to the sentence stating it; by = proposers, body = hasGoal subjects"""
    assert label in text, label
    e = ev(evidence) if evidence else sent(label)
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=optional, evidence=e)
    for p in by: rel(p, "proposes", id, optional=optional)
    for p in opt_by: rel(p, "proposes", id, optional=True)
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)
    for t in tech: rel(id, "involvesTechnology", t, optional=optional)
    for t in opt_tech: rel(id, "involvesTechnology", t, optional=True)

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=ev(evidence), optional=optional)

# The compiler, the meeting, the 31 provincial reports and their governments
ent("cg", "Organization", "炼石网络CipherGateway", ["炼石", "炼石网络"])
ent("plenum3", "Event", "党的二十届三中全会", ["二十届三中全会"])
ent("lianghui", "Event", "地方两会", optional=True)
ent("xbsg", "Event", "第三届“西部数谷”算力产业大会", ["“西部数谷”算力产业大会", "西部数谷算力产业大会"])
# province key: (name in the report title, short place name, place required?)
P = {"js": ("江苏省", "江苏", True), "sc": ("四川省", "四川", True), "sh": ("上海市", "上海", True),
     "jx": ("江西省", "江西", False), "yn": ("云南省", "云南", False), "gx": ("广西壮族自治区", "广西", True),
     "nm": ("内蒙古自治区", "内蒙古", False), "gz": ("贵州省", "贵州", False), "hlj": ("黑龙江省", "黑龙江", False),
     "hi": ("海南省", "海南", True), "nx": ("宁夏回族自治区", "宁夏", True), "qh": ("青海省", "青海", False),
     "bj": ("北京市", "北京", True), "heb": ("河北省", "河北", True), "cq": ("重庆市", "重庆", True),
     "sx": ("山西省", "山西", False), "ha": ("河南省", "河南", True), "tj": ("天津市", "天津", True),
     "gd": ("广东省", "广东", True), "sd": ("山东省", "山东", True), "zj": ("浙江省", "浙江", False),
     "hb": ("湖北省", "湖北", True), "fj": ("福建省", "福建", False), "hn": ("湖南省", "湖南", False),
     "ah": ("安徽省", "安徽", False), "sn": ("陕西省", "陕西", False), "ln": ("辽宁省", "辽宁", False),
     "xj": ("新疆维吾尔自治区", "新疆", False), "jl": ("吉林省", "吉林", False), "gs": ("甘肃省", "甘肃", False),
     "xz": ("西藏自治区", "西藏", False)}
assert len(P) == 31
for k, (full, short, req) in P.items():
    ent("r-" + k, "Document", f"2025年{full}人民政府工作报告", [f"{full}人民政府工作报告", f"{full}政府工作报告"])
    ent("gov-" + k, "Agency", f"{full}人民政府", optional=True)
    rel("r-" + k, "publishedBy", "gov-" + k, optional=True)
    ent("p-" + k, "Place", short, [full], optional=not req)
ent("jx-doc", "Document", "江西省关于落实数据基础制度激活数据要素价值促进数字经济高质量发展的实施意见",
    ["《江西省关于落实数据基础制度激活数据要素价值促进数字经济高质量发展的实施意见》"])
ent("gs-plan", "Document", "“数据要素乘”三年行动计划", ["数据要素乘三年行动计划"], optional=True)
ent("xz-plan", "Document", "区域一体化算力网行动计划", optional=True)
ent("hlj-plan", "Document", "“人工智能+”行动计划", optional=True)
ent("sc-list", "Document", "自贸试验区数据出境管理清单", ["数据出境管理清单"], optional=True)
# Other places
ent("gzhou", "Place", "广州")
ent("szhen", "Place", "深圳", optional=True)
ent("sasea", "Place", "南亚东南亚")
ent("asean", "Organization", "东盟", optional=True)
for id, l in [("km", "昆明"), ("zz", "郑州"), ("nation", "全国"), ("wxc", "昆明万溪冲智算产业园"),
              ("zdk-park", "中电科蓝天产业园"), ("tbea-park", "特变电工智慧产业园")]:
    ent(id, "Place", l, optional=True)
# Organizations
for id, l in [("huawei", "华为"), ("volc", "火山引擎"), ("21v", "世纪互联"), ("cicdata", "中金数据"),
              ("ftmc", "一汽丰田"), ("faw-vw", "一汽大众"), ("gwm", "长城汽车"), ("tbea", "特变电工"),
              ("bjidex", "北京国际大数据交易所"), ("sxdex", "山西数据交易中心"), ("zzdex", "郑州数据交易中心"),
              ("szdex", "深圳数据交易所")]:
    ent(id, "Organization", l)
for id, l in [("css", "中软"), ("yn-dex", "国际数据交易所"), ("ha-ic", "河南空港智算中心"),
              ("ndmc", "国家数据管理中心"), ("ndrc2", "国家数据资源中心"), ("ndtc", "国家数据流通交易中心"),
              ("hygon", "海光"), ("cetc", "中电科"), ("phytium", "飞腾"), ("kylin", "麒麟")]:
    ent(id, "Organization", l, optional=True)
# Technologies
for id, l, al in [("ai", "人工智能", []), ("bc", "区块链", []), ("llm", "大模型", []), ("5g", "5G", []),
                  ("iiot", "工业互联网", []), ("ic", "集成电路", []), ("iov", "车联网", []), ("gnss", "卫星导航", []),
                  ("im", "智能制造", []), ("qt", "量子技术", [])]:
    ent(id, "Technology", l, al)
for id, l in [("compute", "算力"), ("smartc", "智算"), ("hpc", "超算"), ("aic", "智能计算"), ("scity", "智慧城市"),
              ("twin", "数字孪生"), ("label", "数据标注"), ("robot", "智能机器人"), ("netsec", "网络安全"),
              ("datasec", "数据安全"), ("xc", "信创"), ("chip", "芯片"), ("aios", "人工智能操作系统"),
              ("term", "智能终端"), ("bb", "宽带"), ("tds", "可信数据空间"), ("dtech", "数字技术"), ("szt", "数智技术"),
              ("sat", "卫星"), ("jt", "京通"), ("jb", "京办"), ("simp", "智慧城市仿真实验平台"), ("nev", "新能源汽车"), ("hygon-chip", "海光芯片"), ("ft-chip", "飞腾算力芯片"),
              ("kylin-os", "麒麟人工智能操作系统"), ("ei", "电子信息"), ("sw", "应用软件")]:
    ent(id, "Technology", l, optional=True)

# Goals. G(provinces, id, label, evidence=None, ...): each report hasGoal it; its government optionally
def G(provs, id, label, evidence=None, tech=(), opt_tech=(), optional=False):
    goal(id, label, evidence, optional=optional, tech=tech, opt_tech=opt_tech)
    for k in provs.split():
        rel("r-" + k, "hasGoal", id, optional=optional)
        rel("gov-" + k, "hasGoal", id, optional=True)
        for t in tuple(tech) + tuple(opt_tech):
            if not any(r["s"] == "gov-" + k and r["p"] == "promotes" and r["o"] == t for r in R):
                rel("gov-" + k, "promotes", t, optional=True)

# Lead: the plenum's tasks and the compiler's own summary
goal("pl1", "加快建立数据产权归属认定、市场交易、权益分配、利益保护制度")
goal("pl2", "提升数据安全治理监管能力")
goal("pl3", "建立高效便利安全的数据跨境流动机制")
goal("pl4", "推动数据要素“活起来、动起来、用起来”", optional=True)
goal("sum1", "加强“数据安全”防护")
goal("sum2", "推动“网络安全”建设")
goal("sum3", "促进“信创”产业发展", opt_tech=["xc"])
goal("sum4", "加快培育“数据要素”市场")
goal("cg1", "为数据安全建设迈向更高水平贡献力量", optional=True)
rel("cg", "hasGoal", "cg1", optional=True)
goal("cg2", "为各行业数据安全从业人员提供参考", optional=True)
rel("cg", "hasGoal", "cg2", optional=True)
# the compiler's four numbered headings
for id, l in [("h01", "推动数据资源利用和数据安全保护实施"), ("h02", "强化网络安全技术研发与防护体系完善"),
              ("h03", "培育先进信创产业助力数据安全稳落地"), ("h04", "激发数据要素价值化构建多元供给体系")]:
    goal(id, l, l)
rel("h03", "involvesTechnology", "xc", optional=True)
rel("h02", "involvesTechnology", "netsec", optional=True)

# 01
G("js", "js1", "加快健全数据基础制度")
G("js", "js2", "强化数据治理、数据应用等标准化建设和数据安全工作")
G("js", "js3", "大力发展数据产业")
G("js", "js4", "助力制造业向“新”发展、乘“数”而上")
G("sc", "sc1", "布局建设一批人工智能平台", tech=["ai", "gnss"], opt_tech=["bb"])
G("sc", "sc2", "深化自贸试验区对标领航行动")
G("sc", "sc3", "围绕数字文创、生物医药等重点产业开展集成攻坚")
G("sc", "sc4", "制定自贸试验区数据出境管理清单")
rel("sc-list", "publishedBy", "gov-sc", optional=True)
G("sc", "sc5", "建设全省一体化数据平台、省社会信用平台")
G("sc", "sc6", "打通各领域公共数据信息")
G("sc", "sc7", "完善自然人、企业法人“一人一档”“一企一档”")
G("sh", "sh1", "深化城市数字化转型")
G("sh", "sh2", "统筹数字新型基础设施建设和管理")
G("sh", "sh3", "打造大规模智能算力集群", opt_tech=["compute"])
G("sh", "sh4", "加快构建国家级区块链网络上海枢纽", tech=["bc"])
G("sh", "sh5", "提升网络和数据安全保障能力")
G("jx", "jx0", "加快融入全国一体化数据市场", optional=True)
G("yn ah sx", "pdr", "加快公共数据资源开发利用")
G("yn", "yn2", "发展“绿电+智算”", opt_tech=["smartc"])
G("yn", "yn3", "推进昆明万溪冲智算产业园和国际数据交易所建设", opt_tech=["smartc"])
G("yn", "yn4", "加大国际算力、卫星、数据标注等产业培育力度", opt_tech=["compute", "sat", "label"])
G("yn", "yn5", "强化面向南亚东南亚数字合作")
G("gx", "gx1", "实施数字新质生产力培育行动")
G("gx", "gx2", "落实“人工智能+”行动", tech=["ai"])
G("gx", "gx3", "服务国家战略")
G("gx", "gx4", "前瞻布局人工智能基础设施", tech=["ai"])
G("gx", "gx5", "引导鼓励社会资本创新人工智能应用场景", tech=["ai"])
G("gx", "gx6", "发展智能终端产品", opt_tech=["term"])
G("gx", "gx7", "落实制造业数字化转型行动")
G("gx", "gx8", "积极运用数智技术改造提升传统产业", opt_tech=["szt"])
G("gx", "gx9", "推动汽车、机械等领域智能化、网联化技术发展和产业应用")
G("nm", "nm1", "瞄准“国内领先”的目标")
G("nm", "nm2", "推进国家算电协同发展试点建设")
G("nm", "nm3", "加快上游IT软硬件设备、中游算力网络及平台、下游应用场景全产业链条发展", opt_tech=["compute"])
G("nm", "nm4", "加快华为、火山引擎、世纪互联、中金数据等智算中心建设", opt_tech=["smartc"])
G("nm", "nm5", "打造服务全国的绿算保障基地、数据加工基地、大模型训练基地", tech=["llm"])
G("nm", "nm6", "力争算力规模突破20万P", opt_tech=["compute"])
G("nm", "nm7", "智算规模保持全国第1位", opt_tech=["smartc"])
G("nm", "nm8", "新建数据中心绿电比例不低于80%")
G("nm", "nm9", "大力推进产业数字化")
G("nm", "nm10", "加快推动制造业智改数转")
G("nm", "nm11", "实现规上工业企业数字化改造全覆盖")
G("gz", "gz1", "牢牢守住安全底线")
G("gz qh", "gz2", "贯彻总体国家安全观")
G("gz", "gz3", "推动高质量发展与高水平安全良性互动")
G("gz", "gz4", "推动数字经济取得新突破")
G("gz", "gz5", "坚持算力、数据、应用、产业联动", opt_tech=["compute"])
G("gz", "gz6", "高质量建设数字经济发展创新区")
G("hlj", "hlj1", "加快重点产业提质升级")
G("hlj", "hlj2", "着力打造经济发展新引擎")
G("hlj", "hlj3", "实施“人工智能+”行动计划", tech=["ai"])
G("hlj", "hlj4", "推进算电融合试点")
G("hlj", "hlj5", "数字经济核心产业营业收入增长 7%以上")
G("hi", "hi1", "加快跨境数据安全有序流动政策落地")
G("nx", "nx1", "突出培育第一增长极目标")
G("nx", "nx2", "奋力打好数字经济深度融合攻坚战")
G("nx", "nx3", "实施数字产业化能级提升行动")
G("nx", "nx4", "办好第三届“西部数谷”算力产业大会")
G("nx", "nx5", "推动数字经济“聚储通算用”全产业链发展")
G("nx", "nx6", "建设数据要素综合服务平台")
G("nx", "nx7", "提升数据安全发展能力")
G("qh", "qh2", "坚持高质量发展和高水平安全良性互动")
G("qh", "qh3", "推动平安青海建设再上新台阶")
# 02
G("bj", "bj1", "打造新型智慧城市发展样板", opt_tech=["scity"])
G("bj", "bj2", "完善智慧城市统筹协调机制", opt_tech=["scity"])
G("bj", "bj3", "巩固提升一网通办、一网统管、一网慧治成效")
G("bj", "bj4", "新增“京通”便民便企服务200项", opt_tech=["jt"])
G("bj", "bj5", "“京办”城市治理应用50项", opt_tech=["jb"])
G("bj", "bj6", "用好智慧城市仿真实验平台", opt_tech=["scity", "simp"])
G("bj", "bj7", "丰富智慧城市应用场景", opt_tech=["scity"])
G("bj", "bj8", "夯实共性平台支撑能力")
G("bj", "bj9", "加大数据汇聚和服务提升力度")
G("bj", "bj10", "加强数据和网络安全保障")
G("heb", "heb1", "壮大集成电路、网络安全、生物医药、电力装备、安全应急装备等产业", tech=["ic"], opt_tech=["netsec"])
G("heb", "heb2", "高端装备产业规模突破1.2万亿元")
G("heb", "heb3", "电子信息产业规模突破5000亿元", opt_tech=["ei"])
G("cq", "cq1", "推动形成数字重庆基本能力")
G("cq", "cq2", "提升一体化智能化公共数据平台基础支撑能力")
G("cq", "cq3", "深化数字中国建设综合试点")
G("cq", "cq4", "构建高效快速数据归集通道")
G("cq", "cq5", "完善公共数据资源授权运营制度规则")
G("cq", "cq6", "强化政务数字化应用网络安全审查监督", opt_tech=["netsec"])
G("gx", "gx10", "扎实推进重点领域风险防范化解")
G("gx", "gx11", "提高社会治理效能")
G("gx", "gx12", "强化矛盾纠纷排查化解")
G("gx", "gx13", "依法打击电信网络诈骗等犯罪")
G("gx", "gx14", "常态化推进扫黑除恶")
G("sx", "sx1", "加大网络安全监管力度", opt_tech=["netsec"])
G("sx", "sx2", "打击电信网络诈骗", "加大网络安全监管力度，打击电信网络诈骗")
# 03
G("ha", "ha1", "提升省算力调度服务平台功能", opt_tech=["compute"])
G("ha", "ha2", "构建全省一体化算力网", opt_tech=["compute"])
G("ha", "ha3", "推进全省信创云网建设", opt_tech=["xc"])
G("ha", "ha4", "开展公共数据授权运营")
G("ha", "ha5", "做强郑州数据交易中心")
G("tj", "tj1", "积极引聚高端项目和增量要素")
G("tj", "tj2", "加快壮大新兴产业")
G("tj", "tj3", "提升信创产业能级", opt_tech=["xc"])
G("tj", "tj4", "着力促进海光芯片、飞腾算力芯片、麒麟人工智能操作系统等技术迭代和推广应用",
  tech=["ai"], opt_tech=["chip", "aios", "hygon-chip", "ft-chip", "kylin-os"])
G("tj", "tj5", "引育特色优势产业", opt_tech=["ic", "xc", "nev"])
G("tj", "tj6", "加快形成市区联动、链群协同、梯度培育的产业集群")
G("tj", "tj7", "建设特色鲜明的产业发展开放承载平台")
G("hi", "hi2", "促进数字内容出海、跨境直播、来数加工、电竞、智算、信创等新兴业态集聚", opt_tech=["smartc", "xc"])
G("hi", "hi3", "推动平台经济健康发展")
# 04
G("gd", "gd1", "培育一体化数据市场")
G("gd", "gd2", "健全公共数据授权运营管理机制")
G("gd", "gd3", "提升广州、深圳数据交易所能级")
G("js", "js5", "合规高效开展公共数据授权运营")
G("js", "js6", "统筹全省数据交易场所建设")
G("sd", "sd1", "推进国家数据要素综合试验区建设")
G("sd", "sd2", "搭建全省公共数据资源登记平台")
G("sd", "sd3", "打造省级高质量数据集10个以上")
G("zj", "zj1", "推进数据要素综合试验区建设")
G("zj", "zj2", "适度超前布局创新基础设施")
G("zj", "zj3", "有序实施大模型、数据、算力基础性工程", tech=["llm"], opt_tech=["compute"])
G("zj", "zj4", "加快探索大科学装置和大科学计划市场化运营模式")
G("ha", "ha6", "深化土地、数据等要素市场化配置改革")
G("hb", "hb1", "强化以人工智能为核心的技术研发", tech=["ai"])
G("hb", "hb2", "以智能制造为重点的产业升级", tech=["im"])
G("hb", "hb3", "以智慧城市为依托的智慧应用", opt_tech=["scity"])
G("hb", "hb4", "深入实施数字新基建、开源新体系等“五新工程”")
G("hb", "hb5", "新建5G基站2.3万个以上", tech=["5g"])
G("hb", "hb6", "加快推进制造业企业“上云用数赋智”")
G("hb", "hb7", "建设全国数据要素市场中部枢纽")
G("hb", "hb8", "完成1万家规上工业企业数智化转型")
G("hb", "hb9", "新建灯塔工厂、无人工厂、数字孪生工厂100家以上", opt_tech=["twin"])
G("hb", "hb10", "数字经济核心产业增加值超过6000亿元")
G("hb", "hb11", "把湖北打造成全国数实融合发展示范区")
G("hb", "hb12", "为经济发展赋能", optional=True)
G("hb", "hb13", "为人民生活添彩", optional=True)
G("fj", "fj1", "升级省一体化公共数据平台")
G("fj", "fj2", "让数据共享对接更加高效、便利、安全")
G("fj", "fj3", "建立公共数据资源登记制度")
G("fj", "fj4", "完善目录、全量汇聚、分级开发")
G("fj", "fj5", "让数据随时可见、可用、可变现")
G("sh", "sh6", "推动产业转型升级")
G("sh", "sh7", "加快工业互联网规模化应用", tech=["iiot"])
G("sh", "sh8", "持续推进智能工厂建设和智能机器人研发应用", opt_tech=["robot"])
G("sh", "sh9", "大力培育发展智能经济形态")
G("sh", "sh10", "完善公共数据资源开发利用、数据要素市场化配置等机制")
G("sh", "sh11", "打造特色数字产业集群和数商服务体系")
# 湖南's 加快培育数据要素市场 is the lead's 加快培育“数据要素”市场 (the same words): one node
rel("r-hn", "hasGoal", "sum4")
rel("gov-hn", "hasGoal", "sum4", optional=True)
G("hn", "hn2", "开展“人工智能+”和“数据要素×”行动", tech=["ai"])
G("hn", "hn3", "打造国家绿色智能计算产业先导区", opt_tech=["aic"])
G("hn", "hn4", "力争产业规模突破万亿元")
G("hn", "hn5", "数字经济核心产业增加值增长15%")
G("ah", "ah2", "高水平建设国家数据要素综合试验区")
G("bj", "bj11", "加快建设全球数字经济标杆城市")
G("bj", "bj12", "激发数据要素活力")
G("bj", "bj13", "加快创建数据要素市场化配置改革综合试验区")
G("bj", "bj14", "打造国家数据管理中心、国家数据资源中心和国家数据流通交易中心")
G("bj", "bj15", "深入开展国家数据基础设施和全国一体化算力网建设试点", opt_tech=["compute"])
G("bj", "bj16", "完善北京国际大数据交易所功能")
G("bj", "bj17", "积极推进企业数据资产入表")
G("heb", "heb4", "实施“人工智能+”“数据要素×”行动", tech=["ai"])
G("heb", "heb5", "加快培育数据市场")
G("heb", "heb6", "深化垂直领域大模型研发应用", tech=["llm"])
G("sn", "sn1", "提升应用软件和信息技术服务、工业设计等专业化水平", opt_tech=["sw"])
G("sn", "sn2", "创建更多工业互联网应用平台", tech=["iiot"])
G("sn", "sn3", "培育发展数据交易")
G("sn", "sn4", "推动生产性服务业向价值链高端延伸")
G("jx", "jx1", "建立健全“1+N”数据制度体系")
G("jx", "jx2", "探索建立数据流通交易制度")
G("jx", "jx3", "充分激发数据要素价值")
G("ln", "ln1", "加快5G、数据、充换电站等新型基础设施建设", tech=["5g"])
G("cq", "cq7", "深化财税金融改革")
G("cq", "cq8", "完善私募、创投品牌领军企业引育机制")
G("cq", "cq9", "持续实施企业上市“千里马”行动")
G("cq", "cq10", "支持上市企业再融资")
G("cq", "cq11", "高标准建设科技、数据要素交易场所")
G("cq", "cq12", "构建多层次消费金融市场")
G("cq", "cq13", "健全绿色低碳转型项目培育、推动和对接机制")
G("cq", "cq14", "加快建设现代化产业体系")
G("cq", "cq15", "统筹新型数据基础设施建设")
G("cq", "cq16", "推进“数据要素×”行动")
G("cq", "cq17", "扩大数据流通和价值示范")
G("cq", "cq18", "培育实数融合新业态")
G("sx", "sx3", "实施“数据要素×”行动", "实施“数据要素×”行动，开展省属企业数据资产入表试点，提升山西数据交易中心运营能力，加快公共数据资源开发利用")
G("sx", "sx4", "开展省属企业数据资产入表试点")
G("sx", "sx5", "提升山西数据交易中心运营能力")
G("gz", "gz7", "加快国家数据要素综合试验区建设")
G("gz", "gz8", "带动企业数据流通使用", opt_tech=["tds"])
G("gz", "gz9", "打造数据产品100个以上")
G("gz", "gz10", "培育数据开发利用机构100家以上")
G("xj", "xj1", "积极服务和融入全国统一大市场")
G("xj", "xj2", "发挥市场在资源配置中的决定性作用")
G("xj", "xj3", "推动生产要素畅通流动、各类资源高效配置、市场潜力充分释放")
G("jl", "jl1", "超前布局建设数据基础设施")
G("jl", "jl2", "实现算力总规模翻番", opt_tech=["compute"])
G("gs", "gs1", "深入实施“数据要素乘”三年行动计划")
G("gs", "gs2", "深化数字政府建设")
G("gs", "gs3", "大力推行“高效办成一件事”")
G("nx", "nx8", "实施产业数字化赋能提升行动")
G("nx", "nx9", "推动三次产业与数字技术深度融合", opt_tech=["dtech"])
G("nx", "nx10", "力争规上企业数字化转型比例达到60%")
G("nx", "nx11", "全域全方位推进“人工智能+”、“量子技术+”、“数据要素×”等系统工程", tech=["ai", "qt"])
G("nx", "nx12", "为宁夏发展插上智慧的翅膀", optional=True)
G("qh", "qh4", "深化“人工智能＋”“数据要素×”行动", tech=["ai"])
G("qh", "qh5", "建立联网调度、普惠易用、绿色安全的全省一体化绿色算力资源公共服务平台", opt_tech=["compute"])
G("qh", "qh6", "全面提升“数据援青”能级")
G("qh", "qh7", "丰富拓展智算、超算、大模型、数据标注中心、中试场等业态", tech=["llm"], opt_tech=["smartc", "hpc", "label"])
G("qh", "qh8", "提高绿色算力资源利用率", opt_tech=["compute"])
G("qh", "qh9", "打造高价值、可复制、能推广的绿色算电协同示范场景和应用")
G("qh", "qh10", "着力培育全产业链生态圈")
G("qh", "qh11", "推动绿色算电“双向奔赴”")
G("qh", "qh12", "实体经济和数字经济深度融合")
G("qh", "qh13", "迈进更加美好的“数字未来”", optional=True)
G("xz", "xz1", "加快改革开放和全面创新")
G("xz", "xz2", "坚持向改革要动力、向开放要潜力、向创新要活力")
G("xz", "xz3", "不断积蓄高质量发展新动能")
G("xz", "xz4", "拓展高质量发展新空间")
G("xz", "xz5", "进一步全面深化改革")
G("xz", "xz6", "深化数据要素市场化配置改革")
G("xz", "xz7", "实施区域一体化算力网行动计划", opt_tech=["compute"])

# Statistics
S = [("s-31", "省份政府工作报告", "31", "31 省份政府工作报告相继出炉", True),
     ("s-12", "强调加强“数据安全”防护的地区", "12地", "江苏、四川、上海等12地强调要加强“数据安全”防护", False),
     ("s-5", "要求推动“网络安全”建设的地区", "5地", "北京、河北、重庆等5地要求推动“网络安全”建设", False),
     ("s-3", "指出要促进“信创”产业发展的地区", "3地", "河南、天津、海南等3地指出要促进“信创”产业发展", False),
     ("s-24", "提出加快培育“数据要素”市场的地区", "24地", "广东、江苏、山东等24地提出加快培育“数据要素”市场", False),
     ("s-gx", "人民群众安全感满意度", "98.29%", "社会治安形势良好，人民群众安全感满意度达98.29%", False),
     ("s-tj", "高技术制造业增加值增长", "8.9%", "高技术制造业增加值增长8.9%", False),
     ("s-lh", "全球“灯塔工厂”", "3家", "全球“灯塔工厂”3家", False),
     ("s-zy", "国家卓越级智能工厂", "10家", "国家卓越级智能工厂10家", False),
     ("s-sf", "国家级智能制造示范工厂", "14家", "国家级智能制造示范工厂14家", False),
     ("s-fg", "规上制造企业智能应用场景覆盖率", "82.4%", "规上制造企业智能应用场景覆盖率82.4%", False)]
for id, l, v, e, opt in S:
    stat(id, l, v, e, optional=opt)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
