"""Gold annotation of document-mof-data-asset-pilot-long-2024 (财政部关于印发《数据资产全过程管理试点方案》的通知, 财资〔2024〕167号, with the 方案, as reprinted by 中国信息安全 from 财政部网站), by hand per shared/eval/ANNOTATE.md."""
ID = "document-mof-data-asset-pilot-long-2024"
import collections, json, pathlib
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
L = {i + 1: l for i, l in enumerate(lines)}
E, R = [], []

def ev(s):
    assert s in text, s
    return s

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

def clause(line, label):
    """the clause(s) of line (split at ，。；：) that contain label"""
    src = L[line]
    i = src.index(label); j = i + len(label)
    while i > 0 and src[i - 1] not in "，。；：": i -= 1
    while j < len(src) and src[j] not in "，。；": j += 1
    return src[i:j]

# ---- bodies ----
ent("mof", "Agency", "财政部")
ent("mof-asset", "Agency", "财政部资产管理司", ["资产管理司"])
rel("mof-asset", "subOrganizationOf", "mof")
ent("cpc-cc", "Agency", "党中央")
ent("cpc", "Agency", "中共中央")
ent("sc", "Agency", "国务院")
CENTRAL = [("mwr", "水利部"), ("moa", "农业农村部"), ("mct", "文化和旅游部"), ("nhc", "国家卫生健康委"),
           ("cas", "中国科学院"), ("cma", "中国气象局"), ("cast", "中国科协")]
for id, l in CENTRAL:
    ent(id, "Agency", l)
SOE = [("cec", "中国电子信息产业集团有限公司"), ("cmcc", "中国移动通信集团有限公司"),
       ("ceair", "中国东方航空集团有限公司"), ("sdic", "国家开发投资集团有限公司"),
       ("csg", "中国南方电网有限责任公司"), ("cccc", "中国交通建设集团有限公司")]
for id, l in SOE:
    ent(id, "Organization", l)
ent("mof-site", "Organization", "财政部网站", optional=True)
ent("xi", "Person", "习近平", optional=True)
# ---- places: the pilot local finance departments ----
PLACES = ["北京", "河北", "大连", "吉林", "上海", "江苏", "浙江", "安徽", "福建", "山东", "湖北", "湖南",
          "深圳", "广西", "贵州", "云南"]
for i, p in enumerate(PLACES):
    ent(f"pl{i}", "Place", p)
# ---- events, documents ----
ent("cpc20", "Event", "党的二十大")
ent("plenums", "Event", "二十届二中、三中全会", optional=True)
ent("plan", "Document", "数据资产全过程管理试点方案", ["本方案"])
ent("notice", "Document", "关于印发《数据资产全过程管理试点方案》的通知", ["财资〔2024〕167号"], optional=True)
ent("guide", "Document", "关于加强数据资产管理的指导意见", ["财资〔2023〕141号"])
ent("admin", "Document", "财政部关于加强行政事业单位数据资产管理的通知", ["财资〔2024〕1号"])
ent("data20", "Document", "中共中央 国务院关于构建数据基础制度 更好发挥数据要素作用的意见")
ent("dsl", "Document", "中华人民共和国数据安全法")
ent("budget-sys", "Technology", "预算管理一体化系统", optional=True)
rel("plan", "publishedBy", "mof")
rel("notice", "publishedBy", "mof", optional=True)
rel("guide", "publishedBy", "mof")
rel("admin", "publishedBy", "mof")
rel("data20", "publishedBy", "cpc")
rel("data20", "publishedBy", "sc")

def G(id, line, label, opt=False, evidence=None, plan=True, mof=None, notice=False, maxlen=40, by=(), oby=()):
    """a goal on line; plan: True required / None optional / False none (the 方案 sets it);
    mof: True required / None optional / False none; notice: the covering notice (optional node) states it"""
    assert label in L[line], (line, label)
    assert 4 <= len(label) <= maxlen, label
    e = evidence or clause(line, label)
    assert label in e and e in L[line], (label, e)
    ent(id, "Goal", label, optional=opt, evidence=ev(e))
    if plan is not False: rel("plan", "hasGoal", id, optional=opt or plan is None)
    if mof is not False: rel("mof", "hasGoal", id, optional=opt or mof is None)
    if notice: rel("notice", "hasGoal", id, optional=True)
    for b in by: rel(b, "hasGoal", id, optional=opt)
    for b in oby: rel(b, "hasGoal", id, optional=True)

# ---- the covering notice (lines 5-6): 财政部 speaks ("我们") ----
N = dict(plan=None, mof=True, notice=True)
G("n1", 5, "贯彻落实党中央、国务院关于数字经济的决策部署", **N)
G("n2", 5, "充分激发数据资产潜能", **N)                 # restated 4(一): 进一步激发数据资产潜能
G("n3", 5, "防范数据资产价值应用风险", **N)             # restated in the 方案's preamble and 4(三) 严防…
G("n4", 5, "推动数字经济高质量发展", **N)               # restated: 促进数字经济高质量发展 (line 12)
G("n5", 5, "组织开展数据资产全过程管理试点", **N)       # restated: lines 12, 14
G("n6", 5, "试点探索有效的数据资产管理模式", **N)
G("n7", 5, "完善数据资产管理制度标准体系和运行机制", **N)   # restated 2(二), line 17
G("n8", 5, "认真开展试点工作", **N)
G("n9", 5, "抓好贯彻落实", **N)
G("n10", 6, "建立数据资产管理试点工作机制", plan=None, mof=None, notice=True)
G("n11", 6, "明确试点工作负责人、联系人", plan=None, mof=None, notice=True)
G("n12", 6, "试点推进过程中遇到问题困难请及时反馈", opt=True, plan=None, mof=None, notice=True)
# ---- the 方案's preamble (line 12) and 一、总体目标 (line 14) ----
G("p1", 12, "充分释放数据要素价值")
G("p2", 12, "形成有效的数据资产管理模式", opt=True)      # close to n6
G("g0", 14, "以习近平新时代中国特色社会主义思想为指导", opt=True)
G("g1", 14, "全面深入贯彻党的二十大和二十届二中、三中全会精神")
G("g2", 14, "规范数据资产管理流程")
G("g3", 14, "形成数据资产管理全过程工作指引")
G("g4", 14, "打造数据资产应用标杆和典型案例")
G("g5", 14, "为后续完善数据资产管理制度，加强数据资产管理积累经验")
# ---- 二、试点安排 (lines 16-18) ----
G("s1", 16, "中央部门开展试点", evidence="确定在水利部、农业农村部、文化和旅游部、国家卫生健康委、中国科学院、中国气象局、中国科协等中央部门开展试点",
  oby=[i for i, _ in CENTRAL])
G("s2", 16, "中央企业开展试点", evidence="在中国电子信息产业集团有限公司、中国移动通信集团有限公司、中国东方航空集团有限公司、国家开发投资集团有限公司、中国南方电网有限责任公司、中国交通建设集团有限公司等中央企业开展试点",
  oby=[i for i, _ in SOE])
G("s3", 16, "地方财政部门开展试点", evidence="在北京、河北、大连、吉林、上海、江苏、浙江、安徽、福建、山东、湖北、湖南、深圳、广西、贵州、云南等地方财政部门开展试点")
G("s4", 17, "试点单位启动数据资产全过程管理试点工作", evidence="2025年初，试点单位启动数据资产全过程管理试点工作")
G("s5", 17, "选取试点主要内容")
G("s6", 17, "研究制定试点工作方案")
G("s7", 17, "报财政部备案", opt=True)
G("s8", 17, "在数据资产台账编制、登记、授权运营、收益分配、交易流通等方面取得阶段性成效",
  evidence="2025年底前，在数据资产台账编制、登记、授权运营、收益分配、交易流通等方面取得阶段性成效")
G("s9", 17, "完成试点任务", evidence="2026年底前，完成试点任务")
G("s10", 17, "总结试点经验")
G("s11", 18, "会同部分试点单位建立工作机制", evidence="财政部资产管理司牵头，会同部分试点单位建立工作机制", by=("mof-asset",))
G("s12", 18, "加强央地协同", by=("mof-asset",))
G("s13", 18, "有效指导试点单位开展工作", by=("mof-asset",))
G("s14", 18, "解决试点过程中遇到的问题", by=("mof-asset",))
G("s15", 18, "形成行之有效的做法和管理经验", by=("mof-asset",))
# ---- 三、试点主要内容 (一) line 20 ----
G("a1", 20, "编制数据资产台账")
G("a2", 20, "加强数据资源汇集、治理", evidence="基于数据资源目录，加强数据资源汇集、治理")
G("a3", 20, "提升数据资源质量")
G("a4", 20, "组织梳理试点单位符合数据资产范围和确认条件的数据资源")
G("a5", 20, "形成规范化的数据资产管理台账")
G("a6", 20, "摸清数据资产底数")
# (二) line 21
G("b1", 21, "开展数据资产登记")
G("b2", 21, "支持有关主体将持有或控制的数据资产应登尽登")
G("b3", 21, "公共数据资产要严格按照资产管理要求进行登记")
G("b4", 21, "统一登记内容", evidence="试点地方财政部门依托预算管理一体化系统，统一登记内容")
rel("b4", "involvesTechnology", "budget-sys", optional=True)
G("b5", 21, "规范登记程序")
G("b6", 21, "发放数据资产证书")
G("b7", 21, "登记资产卡片")
G("b8", 21, "稳步推进行政事业单位和国有企业所持有或控制的数据资产纳入本级政府国有资产报告工作")
G("b9", 21, "接受本级人大常委会监督", opt=True)
# (三) line 22
G("c1", 22, "完善授权运营机制")
G("c2", 22, "建立并完善数据资产授权运营管理制度和工作机制")
G("c3", 22, "明确授权运营条件")
G("c4", 22, "依法合规开展授权运营工作", evidence="确保具备相应条件的主体，依法合规开展授权运营工作")
G("c5", 22, "探索规范的资产使用和处置审批程序")
G("c6", 22, "探索采取整体授权、分领域授权、依场景授权等不同模式")
G("c7", 22, "开展数据资产的使用权和经营权授权")
G("c8", 22, "强化授权运营事中事后监管")
G("c9", 22, "建立定期评估和动态调整机制")
G("c10", 22, "调整或收回授权运营事项")
# (四) line 23
G("d1", 23, "健全收益分配机制")
G("d2", 23, "积极探索以协议形式约定各方从收益分配中获取合理比例等机制")
G("d3", 23, "实现在分配方式、激励措施等方面的灵活配置")
G("d4", 23, "保障各权利主体依法依规享有收益权利")
G("d5", 23, "依法纳税并按国家规定上缴相关收益", opt=True)
G("d6", 23, "由本级财政部门按规定纳入预算管理", opt=True)
# (五) line 24
G("e1", 24, "规范推进交易流通")
G("e2", 24, "鼓励探索多样化价格形成机制")
G("e3", 24, "构建既有利于提高供给积极性，又能够实现可持续发展的公共数据资产价格形成机制")
G("e4", 24, "推动用于公共治理、公益事业的公共数据资产有条件无偿使用")
G("e5", 24, "探索用于产业发展、行业发展的公共数据资产有条件有偿使用")
G("e6", 24, "价格由市场决定", opt=True)
G("e7", 24, "鼓励充分发挥数据企业和第三方专业服务机构作用")
G("e8", 24, "加强供需对接", evidence="通过数据交易所等机构加强供需对接")
G("e9", 24, "开展场内公开交易")
G("e10", 24, "促进数据资产有效流通、价值实现和信息公开")
# central SOEs (line 25)
G("f1", 25, "在数据资产确权、授权运营、数据产品开发、场景应用、收益分配、交易流通、风险防控等方面开展试点", maxlen=50,
  oby=[i for i, _ in SOE])
G("f2", 25, "为其他单位数据资产试点工作提供技术支撑和服务支持", opt=True)
# ---- 四、工作要求 (一) line 27 ----
G("h1", 27, "加强组织领导", evidence="（一）加强组织领导。")
G("h2", 27, "加快建设数字中国")
G("h3", 27, "赋能实体经济发展")
G("h4", 27, "切实提高站位")
G("h5", 27, "将试点任务列入重要议事日程")
G("h6", 27, "加强组织领导和统筹协调", opt=True)            # restates the heading
G("h7", 27, "每半年向财政部报告试点工作进展情况")
# (二) line 28
G("i1", 28, "形成有效经验", evidence="（二）形成有效经验。")
G("i2", 28, "自行确定下属单位和市、县（区）试点")
G("i3", 28, "积极稳妥扩大试点范围")
G("i4", 28, "因地制宜探索数据资产管理模式")
G("i5", 28, "做到高起点谋划、高质量推进、高标准落实")
G("i6", 28, "形成有效试点经验", opt=True)                  # restates the heading
G("i7", 28, "完善数据资产管理制度和相关标准", opt=True)     # close to n7
G("i8", 28, "为推动各行业、各地方加强数据资产管理奠定基础")
# (三) line 29
G("j1", 29, "严格防控风险")
G("j2", 29, "严格遵守《中华人民共和国数据安全法》等法律制度规定")
G("j3", 29, "压实数据资产安全主体责任")
G("j4", 29, "制定数据资产安全管理制度和应急预案")
G("j5", 29, "秉持谨慎性原则开展可研论证和尽职调查")
G("j6", 29, "对外授权使用数据资产应当按照国家有关规定进行评估")
G("j7", 29, "严禁利用行政事业单位数据资产进行担保")
G("j8", 29, "严禁行政事业单位借授权有偿使用数据资产的名义", evidence="严禁行政事业单位借授权有偿使用数据资产的名义，变相虚增财政收入")
G("j9", 29, "不得向社会公众转嫁不合理成本")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
