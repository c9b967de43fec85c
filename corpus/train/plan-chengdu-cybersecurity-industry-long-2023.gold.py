"""Gold annotation of plan-chengdu-cybersecurity-industry-long-2023 (专题·网信产业新发展 | 打造网络安全优势赛道，为超大城市发展保驾护航, by 四川省成都市互联网信息办公室), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-chengdu-cybersecurity-industry-long-2023"
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
    assert type == "Statistic" or label in text, label
    for a in aliases: assert a in text, a
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    if "evidence" in kw: ev(kw["evidence"])
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

# Agencies
ent("cd-cac", "Agency", "四川省成都市互联网信息办公室", ["成都市委网信办"])   # the author; 网信办 = 互联网信息办公室 (one office)
ent("cd-eit", "Agency", "市经信局")
ent("miit", "Agency", "工信部")
# Organizations
for id, l in [("venus", "启明星辰"), ("asiainfo", "亚信科技"), ("dbappsec", "安恒信息"), ("cnsec", "中国网安"),
              ("colasoft", "科来"), ("nosugar", "无糖信息"), ("swsj", "思维世纪"),
              ("scu", "四川大学"), ("uestc", "电子科技大学"), ("cuit", "成都信息工程大学"), ("cdut", "成都理工大学")]:
    ent(id, "Organization", l)
ent("magazine", "Organization", "中国信息安全", optional=True)   # 《中国信息安全》杂志, where the article ran
ent("park", "Organization", "国家网络安全产业园区（成渝）", ["成渝国家网络安全产业园区"], optional=True)
ent("zone", "Organization", "国家网络安全教育技术产业融合发展试验区", optional=True)
ent("tower", "Organization", "成都网络安全大厦", optional=True)
# People
ent("xi", "Person", "习近平", optional=True)
# Events
ent("cpc20", "Event", "党的二十大")
ent("ccs", "Event", "CCS 成都网络安全大会")
ent("peak", "Event", "“巅峰极客”网络安全技能挑战赛", ["巅峰极客"])
ent("kids", "Event", "极客少年挑战赛")
# Documents
ent("report20", "Document", "党的二十大报告", optional=True)
rel("report20", "adoptedAt", "cpc20", optional=True)
ent("plan5", "Document", "成都市网络信息安全产业 5 年发展规划")
ent("plan3", "Document", "成都市工业信息安全 3 年行动计划")
ent("bigdata-pol", "Document", "成都市促进大数据产业发展专项政策")
ent("atlas", "Document", "成都网络安全特色企业图谱")
# Places
ent("cd", "Place", "成都")
for id, l in [("bj", "北京"), ("sh", "上海"), ("sz", "深圳"), ("tj", "天津"), ("hz", "杭州"),
              ("tianfu", "四川天府新区"), ("shuangliu", "双流区"), ("jinjiang", "锦江区"), ("wuhou", "武侯区")]:
    ent(id, "Place", l)
ent("hitech", "Place", "成都高新区", ["高新区"])
ent("china", "Place", "我国", ["国内"], optional=True)
ent("west", "Place", "欧美", ["美欧"], optional=True)
for id, l in [("p-tf", "天府园"), ("p-gx", "高新园"), ("p-sl", "双流园"), ("p-jj", "锦江园")]:
    ent(id, "Place", l, optional=True)
# Technologies
T = {}
for id, l, opt in [("ai", "人工智能", False), ("blockchain", "区块链", False), ("cloud", "云计算", False),
                   ("iiot", "工业互联网", False), ("bigdata", "大数据", False), ("chip", "芯片", False),
                   ("crypto", "商用密码", True), ("os", "操作系统", True), ("cryptalg", "密码算法", True),
                   ("xinchuang", "信创", True), ("netsec", "网络安全", True), ("infosec", "信息安全", True),
                   ("endpoint", "终端安全", True), ("traffic", "流量分析", True), ("iam", "身份与访问控制", True),
                   ("cloudsec", "云计算安全", True), ("bigdatasec", "大数据安全", True), ("bcsec", "区块链安全", True),
                   ("iiotsec", "工业互联网安全", True), ("advmfg", "先进制造", True)]:
    ent(id, "Technology", l, optional=opt); T[id] = opt

def G(id, label, evidence=None, optional=False, body=(), opt_body=(), by=(), opt_by=(), tech=()):
    assert label in text, label
    assert 4 <= len(label) <= 30, (label, len(label))
    e = evidence or sent(label)
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=optional, evidence=ev(e))
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)
    for p in by: rel(p, "proposes", id, optional=optional)
    for p in opt_by: rel(p, "proposes", id, optional=True)
    for t in tech: rel(id, "involvesTechnology", t, optional=optional or T[t])
    if "网络安全" in label and "netsec" not in tech:
        rel(id, "involvesTechnology", "netsec", optional=True)

# the 20th Party Congress report, quoted (Xi and the report optional)
xi_s = "必须坚定不移贯彻总体国家安全观，把维护国家安全贯穿党和国家工作各方面全过程，确保国家安全和社会稳定"
G("x1", "坚定不移贯彻总体国家安全观", xi_s, opt_body=["report20"], opt_by=["xi"])
G("x2", "把维护国家安全贯穿党和国家工作各方面全过程", xi_s, opt_body=["report20"], opt_by=["xi"])
G("x3", "确保国家安全和社会稳定", xi_s, opt_body=["report20"], opt_by=["xi"])
G("x4", "坚持科技是第一生产力、人才是第一资源、创新是第一动力", "党的二十大报告提出，必须坚持科技是第一生产力、人才是第一资源、创新是第一动力", opt_body=["report20"])

# opening paragraph: Chengdu's continuing work and outlook (author: 成都网信办)
i1 = "在习近平总书记关于网络强国的重要思想指引下，成都持续加强网络安全能力建设，努力释放网络安全重大项目对经济发展的拉动效应，将网络安全事业澎湃发展的动能转化为人民群众可感知的现实成果"
G("i1", "持续加强网络安全能力建设", i1, opt_body=["cd-cac"])
G("i2", "释放网络安全重大项目对经济发展的拉动效应", i1, opt_body=["cd-cac"])
G("i3", "将网络安全事业澎湃发展的动能转化为人民群众可感知的现实成果", i1, opt_body=["cd-cac"])
i4 = lines[2][lines[2].index("展望新阶段新征程"):].rstrip("。")
G("i4", "学习宣传贯彻党的二十大精神", i4, body=["cd-cac"])
G("i5", "深刻领悟“两个确立”的决定性意义", i4, body=["cd-cac"])
G("i6", "坚持以人民为中心的发展思想", i4, body=["cd-cac"])
G("i7", "以安全保发展、以发展促安全", i4, body=["cd-cac"])
G("i8", "在新征程中展现网信队伍新作为、新面貌、新担当", i4, body=["cd-cac"])
G("i9", "让人民群众获得感、幸福感、安全感更加充实", i4, body=["cd-cac"])

# part 二: measures under way (continuing work = goals; past measures optional)
G("m0", "务实举措推动网络安全产业取得突破", lines[13], optional=True, opt_body=["cd-cac"])
G("m1", "持续增强城市发展活力", lines[14].rstrip("。"), opt_body=["cd-cac"])
G("m2", "为全面建设践行新发展理念的公园城市示范区提供有力保障", lines[14].rstrip("。"), optional=True, opt_body=["cd-cac"])
G("m3", "持续完善支持网络安全事业发展、企业创新、人才招引的政策措施", opt_body=["cd-cac"])
G("m4", "加快推进网络信息安全产业体系建设", optional=True)
G("m5", "加快网络信息安全产业高质量发展", optional=True, opt_body=["cd-cac", "cd-eit"])
G("m6", "推动构建特色鲜明、优势突出的网络安全技术、产品和服务体系", optional=True, opt_body=["cd-cac", "cd-eit"])
G("m7", "提升网络安全事业发展能级", optional=True, opt_body=["cd-cac"])
G("m40", "不断招引启明星辰、亚信科技、安恒信息等网络安全优质企业", optional=True, opt_body=["cd-cac"])
G("m41", "推动优势要素聚集", optional=True)
G("m42", "加深垂直整合、资源倾斜", optional=True)
G("m43", "持续赋能多行业健康可持续发展", optional=True)
G("m8", "筑牢网络安全人才根基", opt_body=["cd-cac"])
G("m9", "全面加快高校学科建设", opt_body=["cd-cac"])
G("m10", "积极探索网络安全专业人才培养机制", opt_body=["cd-cac"])
G("m11", "强化网络安全人才的实践创新能力培养", optional=True, opt_body=["cdut"])
G("m12", "加快构建网络安全产业生态圈和创新生态链", opt_body=["cd-cac"])
G("m13", "开展新兴领域安全研究", optional=True)
G("m14", "加强共性基础服务体系建设")
G("m15", "打造一流网络安全创新示范区")
G("m16", "不断提升安全监测、安全运维、安全集成能力")
G("m17", "打造一流的网络安全运营服务高地")
G("m18", "发展身份与访问控制、商用密码、芯片、操作系统、整机", tech=("iam", "crypto", "chip", "os"))
G("m19", "打造领先的自主可控产业基地")
G("m20", "围绕“创新、服务、制造、应用”四位一体统筹布局", body=["cd-cac"])
G("m21", "加快建设成渝国家网络安全产业园区成都“一城四园”", body=["cd-cac"])
G("m22", "培育打造国家级网络安全战略支撑和领军人才培育基地", body=["cd-cac"])
G("m23", "国家网络安全高端研发和运营服务基地", optional=True, opt_body=["cd-cac"])
G("m24", "国家“网络安全+先进制造”融合创新示范基地", optional=True, opt_body=["cd-cac"], tech=("advmfg",))
G("m25", "国家网络安全应用高端产业集聚示范基地", optional=True, opt_body=["cd-cac"])
G("m26", "积极申报国家网络安全教育技术产业融合发展试验区等国家级载体", opt_body=["cd-cac"])
G("m27", "夯实成都网络安全产业发展良好基础", opt_body=["cd-cac"])
G("m28", "力争在校企合作人才培养、网络安全职业培训", "力争在校企合作人才培养、网络安全职业培训、网络安全新技术新应用等方面形成试点示范", opt_body=["cd-cac"])
G("m29", "将网络安全的活力深度融入超大城市发展血脉", opt_body=["cd-cac"])
G("m30", "以品牌赛会流量撬动投融资增量", opt_body=["cd-cac"])
G("m31", "变高水平赛会的影响力为高质量发展的推动力", opt_body=["cd-cac"])
G("m32", "持续拓展网络安全优势赛道", opt_body=["cd-cac"])
G("m33", "推动网络安全优秀人才落户、优质项目落地", opt_body=["cd-cac"])
G("m34", "不断塑造网络安全特色品牌", opt_body=["cd-cac"])
G("m35", "招引重点企业和重大项目", optional=True, opt_body=["cd-cac"])
G("m36", "着力培育链主企业", opt_body=["cd-cac"])
G("m37", "做强成都网络安全行业的“义乌模式”", optional=True, opt_body=["cd-cac"])
G("m38", "讲好成都投资潜力故事", optional=True, opt_body=["cd-cac"])
G("m39", "助力本地优质项目与资本要素加速融合", optional=True, opt_body=["cd-cac"])

# part 三: the plan ahead (成都将…)
P = [("p0", "探索创新机制着力推进产业建圈强链", lines[33]),
     ("p1", "协调推进全市网络安全产业发展", None),
     ("p2", "激发成都经济活力", None),
     ("a0", "提高技术应用创新能级", lines[35]),
     ("a1", "继续强化网络安全创新载体建设", None),
     ("a2", "鼓励产学研用创新发展", None),
     ("a3", "支持企业与高校院所、业界权威研究咨询机构等合作", None),
     ("a4", "开展新技术研究", None),
     ("a5", "推动成果转化", None),
     ("a6", "重点加大对网络安全技术攻关等工程项目扶持力度", None),
     ("a7", "鼓励企业承担网络安全国家重大专项", None),
     ("a8", "申报网络安全技术应用试点示范项目", None),
     ("a9", "建设国家级重大战略平台、创新平台", None),
     ("a10", "主导制（修）订国家网络安全技术标准", None),
     ("a11", "打造网络安全应用示范场景", None),
     ("b0", "建设网络安全人才高地", lines[37]),
     ("b1", "进一步完善网络安全人才体系化培养路径", None),
     ("b2", "合作建设学生实训（实习）基地", None),
     ("b3", "加强网络安全领域基础教育、高等教育、职业教育、继续教育", None),
     ("b4", "研究建立产业导向型人才培育措施", None),
     ("b5", "推动建好网络安全专家库、青年后备人才库", None),
     ("b6", "探索建立“候鸟型”人才引进机制", None),
     ("b7", "对网络安全领军人才、高层次人才给予补助", None),
     ("b8", "创新人才评价和激励机制", None),
     ("c0", "激发市场发展内生动力", lines[39]),
     ("c1", "培育和助推网络安全服务市场", None),
     ("c2", "对关键设备和重要系统开展检测评估、等保测评、审查认证", None),
     ("c3", "推动形成市场化运作机制", None),
     ("c4", "网络安全核心产品的研发与市场应用推广", None),
     ("c5", "探索网络安全产融结合路径", None),
     ("c6", "持续深化网络安全产业与金融资本对接渠道", None),
     ("c7", "鼓励设立网络安全产业投资基金", None),
     ("c8", "引导社会资本支持优质企业做大做强", None),
     ("c9", "为网络安全中小企业提供贷款担保", None),
     ("d0", "构筑产业集聚良好生态", lines[41]),
     ("d1", "持续完善“1+2”网络安全产业布局", None),
     ("d2", "两大产业聚集区协同发展", None),
     ("d3", "充分发挥区域先导作用", None),
     ("d4", "构建阶梯式网络安全企业引育体系", None),
     ("d5", "招引高能级企业来蓉设立研发运营总部", None),
     ("d6", "大力培育本土“独角兽”", None),
     ("d7", "支持链主企业牵头用好创新创业孵化基地", None),
     ("d8", "提升对本地产业链的整合力、供应链的带动力和创新链的溢出力", None),
     ("e0", "加大产业品牌外拓布局", lines[43]),
     ("e1", "创新办好网络安全品牌赛会活动", None),
     ("e2", "举办网络安全相关论坛、峰会、赛事、展会等品牌活动", None),
     ("e3", "集中展示推广成都网络安全产业发展最新成果", None),
     ("e4", "组织评选网络安全产业影响力榜单", None),
     ("e5", "促进技术交流和创新成果转化落地", None),
     ("e6", "着力提升国际、国内影响力", None),
     ("e7", "加强与北京、上海、深圳、天津、杭州等城市在网络安全领域沟通", None),
     ("e8", "促进创新资源流动和产业深度对接", None),
     ("e9", "加强网络安全领域国际合作", None),
     ("e10", "探索技术、产品、服务“走出去”模式", None)]
TECH = {"c4": ("crypto", "xinchuang")}
for id, l, e in P:
    G(id, l, e, body=["cd-cac"], tech=TECH.get(id, ()))

# Statistics
stat("s-ratio", "我国网络安全建设占信息化投入比例", "约为 3%", "目前，我国网络安全建设占信息化投入比例约为 3%")
stat("s-west", "欧美等发达国家网络安全建设占信息化投入比重", "10% 以上", "与欧美等发达国家 10% 以上的比重存在数倍差距")
stat("s-listed", "网络安全上市企业", "近 30 家", "近 30 家网络安全上市企业主要集中于北京")
stat("s-carriers", "国家级和省级网络安全创新载体", "40 余个", "国家级和省级网络安全创新载体 40 余个")
stat("s-firms", "成都网络安全企业", "280 余家", "中国网安、科来、无糖信息、思维世纪等 280 余家自主研发能力较强、国内影响力较大的网络安全企业")
stat("s-cuit", "成都信息工程大学国家级、省级卓越计划建设专业", "各 1 个", "建有国家级、省级卓越计划建设专业各 1 个", optional=True)
stat("s-growth", "2016至2021年相关业务收入年均增长率", "近 15%", "相关业务收入年均增长率近 15%")
stat("s-rev21", "2021年成都市网络安全相关业务收入", "354.6 亿元", "2021 年，成都市网络安全相关业务收入达 354.6 亿元")
stat("s-rev20", "2020年成都市网络安全相关业务收入", "285.19 亿元", "较 2020 年的 285.19 亿元")
stat("s-rev-g", "网络安全相关业务收入增长", "24.3%", "增长 24.3%")
stat("s-depts", "联合印发扶持政策的部门", "9 部门", "成都市委网信办、市经信局等 9 部门于 2020 年 12 月联合印发扶持政策", optional=True)

# other relations
rel("xi", "speaksAt", "cpc20", optional=True)
rel("miit", "hasGoal", "m21", optional=True)   # 工信部批复 the park; the build-out is Chengdu's
for t in ("netsec", "crypto", "xinchuang", "chip", "os", "advmfg"):
    rel("cd-cac", "promotes", t, optional=True)

for org in ("cnsec", "colasoft", "nosugar", "swsj"):   # 在密码算法、终端安全…等细分领域具有一定优势
    for t in ("cryptalg", "endpoint", "traffic", "cloudsec", "bigdatasec", "bcsec", "iiotsec"):
        rel(org, "promotes", t, optional=True)
for e in ("ccs", "peak", "kids"):
    rel(e, "locatedIn", "cd", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
