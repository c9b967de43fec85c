"""Gold annotation of document-shenzhen-data-trading-measures-long-2023 (《深圳市数据交易管理暂行办法》全文,
深圳市发展和改革委员会 2023-02, in force 2023-03-01; reprinted by 中国信息安全 2023-03-04), by hand per
shared/eval/ANNOTATE.md (ann33).

Conventions used here (a municipal regulation in 35 articles rather than an action plan):
- every duty or task the measures set ("应当……", "负责……", "鼓励……", the enumerated 职责) is a Goal of
  the measures (hasGoal from the Document, required); each coordinated verb phrase is its own goal;
- prohibitions ("不得……") and permissions ("可委托……") are optional goals; definitions, the list of
  prohibited acts in 第十一条 (一)–(七) and the rights in 第七条 are not goals;
- where the article assigns the duty to a named public body (市发展改革部门 in 第四条/第二十七条, the
  数据交易监管机制专责小组 in 第二十七–二十九条), that body also has the goal (as the 责任单位 of a plan do
  in corpus/train/plan-beijing-*-long-2024);
- the 数据交易场所运营机构, 数据商, 数据卖方/买方 are generic roles, not named organisations: no entities.
"""
ID = "document-shenzhen-data-trading-measures-long-2023"
import collections, json, pathlib
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
L = [""] + text.split("\n")          # L[n] is line n of the file (1-based, as `cat -n` shows it)
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

def write():
    gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
    (here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
    print(collections.Counter((r["p"], r.get("optional", False)) for r in R))

# ---------------- bodies ----------------
ent("drc", "Agency", "深圳市发展和改革委员会",
    ["深圳发改委", "市发展改革部门", "数据交易综合监督管理部门"])          # 第四条: 市发展改革部门是……综合监督管理部门
ent("group", "Agency", "数据交易监管机制专责小组", ["监管机制专责小组"])  # set up by 市发展改革部门 with seven departments
ent("city-gov", "Agency", "市政府", optional=True)                       # 经市政府批准成立 (the Shenzhen government, unnamed)
ent("cac-sz", "Agency", "市网信", optional=True)                          # 市网信、教育、……等部门 (abbreviated)
# ---------------- documents ----------------
ent("doc", "Document", "深圳市数据交易管理暂行办法", ["数据交易管理暂行办法"])
rel("doc", "publishedBy", "drc")                                          # 深圳市发展和改革委员会发布了关于印发……的通知; 由……负责解释
ent("notice", "Document", "关于印发《深圳市数据交易管理暂行办法》的通知", optional=True)
rel("notice", "publishedBy", "drc", optional=True)
for id, l in [("law-cyber", "中华人民共和国网络安全法"), ("law-data", "中华人民共和国数据安全法"),
              ("law-pi", "中华人民共和国个人信息保护法"), ("sz-data", "深圳经济特区数据条例"),
              ("sz-digecon", "深圳经济特区数字经济产业促进条例")]:
    assert f"《{l}》" in text, l
    ent(id, "Document", l)
# business rules the operator is to draw up (named, but not yet issued, not in 《》)
ent("guide-dealer", "Document", "数据商运行管理指南", optional=True)
ent("guide-eco", "Document", "数据交易所生态合作方管理指南", optional=True)
# ---------------- places ----------------
ent("shenzhen", "Place", "深圳", ["深圳市"])
ent("sez", "Place", "深圳经济特区", optional=True)                         # only inside the two regulations' names
ent("china", "Place", "中华人民共和国", optional=True)                      # only inside the three laws' names
# ---------------- technologies ----------------
TECH = {"it": ("信息化技术", True), "algo": ("算法", True), "compute": ("算力", True),
        "datasec": ("数据安全", True), "pentest": ("渗透测试", True), "backup": ("容灾备份", True),
        "viz": ("数据可视化", True), "cyber": ("网络安全", True), "digecon": ("数字经济", True)}
for id, (l, opt) in TECH.items():
    ent(id, "Technology", l, optional=opt)

def clause(n, label):
    line = L[n]; i = line.index(label); j = i + len(label)
    while i > 0 and line[i - 1] not in "，。；：": i -= 1
    while j < len(line) and line[j] not in "，。；：": j += 1
    return line[i:j]

def G(id, n, label, opt=False, evidence=None, by=None, tech=()):
    """a goal of the measures, stated on line n; by: the body the article assigns it to"""
    e = evidence or clause(n, label)
    assert label in L[n] and e in L[n], (id, n)
    assert 4 <= len(label) <= 40, label
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=opt, evidence=ev(e))
    rel("doc", "hasGoal", id, optional=opt)
    if by: rel(by, "hasGoal", id, optional=opt)       # the body the article names as doing it (as 责任单位 in plans)
    for t in tech:
        rel(id, "involvesTechnology", t, optional=opt or TECH[t][1])
    for t, (l, topt) in TECH.items():                  # the goal's own words name a technology
        if t not in tech and l in label:
            rel(id, "involvesTechnology", t, optional=True)

# 第一条 purposes
G("p1", 5, "引导培育本市数据交易市场")
G("p2", 5, "规范数据交易行为")
G("p3", 5, "促进数据有序高效流动")
# 第三条 principles and the system to build
PR = "本市数据交易坚持创新制度安排、释放价值红利、促进合规流通、保障安全发展、实现互利共赢的原则"
G("q1", 7, "坚持创新制度安排", evidence=PR)        # one principle clause; its four other verb phrases optional
G("q2", 7, "释放价值红利", opt=True, evidence=PR)
G("q3", 7, "促进合规流通", opt=True, evidence=PR)
G("q4", 7, "保障安全发展", opt=True, evidence=PR)
G("q5", 7, "实现互利共赢", opt=True, evidence=PR)
G("q6", 7, "建立合规高效、安全可控的数据可信流通体系", evidence="着力建立合规高效、安全可控的数据可信流通体系")
# 第四条 duties of 市发展改革部门
G("d0", 8, "统筹协调全市数据交易管理工作", by="drc")
G("d1", 9, "统筹全市数据交易规划编制、政策制定以及规则制度体系建设", by="drc")
G("d2", 9, "鼓励和引导市场主体在依法设立的数据交易场所进行数据交易", by="drc")
G("d3", 10, "推动数据交易场所运营机构利用先进的信息化技术", evidence=L[10][3:-1], by="drc", tech=["it"])
G("d4", 11, "建立协同配合的数据交易监督工作机制", by="drc")
G("d5", 11, "对数据交易场所运营机构和交易市场主体进行管理", opt=True, by="drc")
G("d6", 12, "在各自职责范围内承担监管职责", opt=True)
# 第六—八条 trading parties
G("m1", 19, "作为数据商或通过数据商保荐", opt=True, evidence="数据卖方应当作为数据商或通过数据商保荐，方可开展数据交易")
G("m2", 21, "加强数据质量、安全及合规管理")
G("m3", 21, "确保数据的真实性和来源合法性")
G("m4", 21, "按照交易申报的使用目的、场景和方式合规使用数据")
G("m5", 22, "由数据交易场所运营机构另行制定", opt=True, evidence=L[22][3:-1])
# 第九条 duties of the exchange's operator
G("o0", 24, "为数据集中交易提供基础设施和基本服务")
G("o1", 25, "提供数据集中交易的场所")
G("o2", 25, "搭建安全、可信、可控、可追溯的数据交易环境")
G("o3", 25, "支撑数据、算法、算力资源有序流通", tech=["algo", "compute"])
G("o4", 26, "提供交易标的上市、交易撮合、信息披露、交易清结算等配套服务")
G("o5", 27, "制定完善数据交易标的上市、可信流通、信息披露、价格生成、自律监管等交易规则", evidence=L[27][3:-1])
G("o6", 28, "实行数据交易标的管理")
G("o7", 28, "审核、安排数据交易标的上市交易")
G("o8", 28, "决定数据交易标的暂停上市、恢复上市和终止上市")
G("o9", 29, "对交易过程形成的交易信息进行保管和归案")
G("o10", 30, "数据交易主体和第三方服务机构的登记及其交易（服务）行为管理", evidence=L[30][3:-1])
G("o11", 31, "组织实施交易品种和交易方式创新")
G("o12", 31, "探索开展数据跨境交易业务", evidence="探索开展数据跨境交易业务以及数据资产证券化等对接资本市场业务")
G("o13", 31, "数据资产证券化等对接资本市场业务", evidence="探索开展数据跨境交易业务以及数据资产证券化等对接资本市场业务")
G("o14", 32, "建立数据交易安全保障体系", evidence="依法依规建立数据交易安全保障体系")
G("o15", 32, "做好数据可信流通、留痕溯源、风险识别、合规检测等数据安全技术保障服务",
  evidence="指导数据交易主体和第三方服务机构做好数据可信流通、留痕溯源、风险识别、合规检测等数据安全技术保障服务",
  tech=["datasec"])
G("o16", 32, "采取有效措施保护个人信息、个人隐私、商业秘密、保密商务信息和国家规定的重要数据")
G("o17", 32, "依法向相关监管机构报送违法违规线索", evidence="及时发现、处理并依法向相关监管机构报送违法违规线索")
G("o18", 32, "配合相关监管机构检查和调查取证")
G("o19", 33, "开展数据交易宣传推广、教育培训、业务咨询和保护协作等市场培育服务")
# 第十条 governance of the operator
G("o20", 35, "采取公司制组织形式", evidence="数据交易场所运营机构原则上应当采取公司制组织形式")
G("o21", 35, "依法建立健全法人治理结构")
G("o22", 35, "完善议事规则、决策程序和内部审计制度")
G("o23", 35, "加强内控管理")
G("o24", 35, "保持内部治理的有效性")
# 第十一条 prohibitions (optional; the listed acts themselves are not goals)
G("x1", 36, "不得违法从事下列活动", opt=True)
G("x2", 44, "不得对外提供融资、融资担保、股权质押", opt=True)
G("x3", 45, "不得直接或间接入市参与本交易场所交易", opt=True)
G("x4", 45, "不得接受委托进行交易", opt=True)
# 第十二—十六条 what may be traded
G("x5", 55, "不得作为交易标的", opt=True, evidence=L[55][:L[55].index("。") + 1])
G("x6", 55, "进行国家安全审查", opt=True)
G("t1", 56, "提交关于数据来源、数据授权使用目的和范围、数据处理行为等方面的说明材料",
  evidence="数据商应当提交关于数据来源、数据授权使用目的和范围、数据处理行为等方面的说明材料以及第三方服务机构出具的数据合规评估报告")
G("t1b", 56, "第三方服务机构出具的数据合规评估报告", opt=True,
  evidence="数据商应当提交关于数据来源、数据授权使用目的和范围、数据处理行为等方面的说明材料以及第三方服务机构出具的数据合规评估报告")
G("t2", 56, "开展数据资产价值评估、数据质量评估认证、数据安全检测评估认证等服务", opt=True,
  evidence="数据交易主体可委托第三方服务机构开展数据资产价值评估、数据质量评估认证、数据安全检测评估认证等服务")
G("t3", 57, "鼓励以下情形的数据交易标的在数据交易场所内进行交易")
G("t3a", 58, "公共数据经授权运营方式加工形成的、已不具备公共属性的数据产品", opt=True, evidence=L[58][3:-1])
G("t3b", 59, "采购非公共数据产品、数据服务和数据工具", opt=True, evidence=L[59][3:-1])
G("t3c", 60, "市属和区属国有企业采购或出售的数据产品、数据服务和数据工具", opt=True, evidence=L[60][3:-1])
G("t4", 61, "按照买卖双方约定和数据授权使用的目的和范围使用数据")
G("t5", 61, "不得擅自使用交易的数据产品和数据工具", opt=True)
G("t6", 61, "不得泄漏交易过程中的未公开材料及其获悉的其他非公开信息", opt=True)
T16 = L[62][4:]
G("t7", 62, "制定数据产品质量评估及管理规范", evidence=T16)
G("t7a", 62, "数据及数据交易合规性审核指南", opt=True, evidence=T16)
G("t7b", 62, "数据流通交易负面清单和谨慎清单", opt=True, evidence=T16)
# 第十七—二十二条 the trading process
G("b1", 65, "披露交易标的的描述说明、适用范围、更新频率、计费方式等信息")
G("b2", 65, "向数据交易场所运营机构提供产品或服务样例")
G("b3", 65, "提供所属行业、数据需求内容、数据用途等信息")
G("b4", 66, "对数据卖方和数据买方提供的信息进行审核")
G("b5", 66, "督促数据交易主体及时、准确提供信息")
G("b6", 67, "保密条款等内容进行协商", opt=True, evidence=L[67][L[67].index("数据卖方"):-1])
G("b7", 68, "提供在线撮合服务")
G("b8", 68, "向数据买方提供用于测试样例数据的实验环境")
G("b9", 68, "保障测试实验环境安全")
G("b10", 69, "探索构建数据价值评估指标体系", evidence=L[69][:L[69].index("，为")])
G("b11", 69, "为数据交易定价提供参考")
G("b12", 70, "对数据交易合同进行审核并备份存证")
G("b13", 71, "公开合同签订时间、合同价款、项目概况、违约责任等合同基本信息")
G("b14", 72, "建立统一的安全规范和技术标准", evidence=L[72][5:-1])
G("b15", 72, "保障交付安全", evidence=L[72][5:-1])
G("b16", 73, "实行交易资金第三方结算制度")
G("b17", 74, "建立争议解决机制")
G("b18", 74, "制定并公布争议解决规则")
G("b19", 74, "公平、公正解决争议")
# 第二十三—二十六条 security
G("s1", 76, "建立数据流通交易安全基础设施")
G("s2", 76, "加强防攻击、防泄漏、防窃取的监测、预警、控制和应急处置能力建设")
G("s3", 76, "采用自主可控的产品和服务", evidence="关键设备应当采用自主可控的产品和服务")
G("s4", 77, "建立健全全流程数据安全管理制度")
G("s5", 77, "组织开展安全教育培训")
G("s6", 77, "落实数据安全保护责任")
G("s7", 77, "采取相应的技术措施和其他必要措施")
G("s8", 77, "保障数据安全")
G("s9", 78, "制定数据安全事件应急预案")
G("s10", 78, "对重要系统和数据库进行容灾备份", tech=["backup"])
G("s11", 78, "定期开展数据交易环境安全等级保护测试和渗透测试等数据安全应急演练", tech=["pentest"])
G("s12", 78, "提升数据安全事件应对能力")
G("s13", 79, "制定数据安全分级管理实施细则")
G("s14", 79, "根据数据安全管理的不同级别采取不同强度的安全保护措施")
# 第二十七—三十三条 supervision
G("v0", 81, "建立数据交易监管机制专责小组", evidence=L[81][L[81].index("市发展改革部门"):L[81].index("，主要")], by="drc")
G("v1", 82, "制定监管制度", by="group")
G("v2", 82, "建立协同监管工作机制", by="group")
G("v3", 83, "落实“双随机，一公开”监管要求", evidence=L[83][3:L[83].index("，制定")], by="group")
G("v4", 83, "制定监督检查方案并组织实施", by="group")
G("v5", 84, "对检查发现或投诉举报的问题依照法律法规进行处理处罚", evidence=L[84][3:-1], by="group")
G("v6", 86, "加强对交易监管数据的归集、监测、共享", evidence="数据交易监管机制专责小组应当加强对交易监管数据的归集、监测、共享", by="group")
G("v7", 86, "推行非现场监管、信用监管、风险预警等新型监管模式", by="group")
G("v8", 86, "提升监管水平", by="group")
G("v9", 87, "履行数据安全责任、落实安全管理制度和保护技术措施等情况进行监督",
  evidence="监管机制专责小组依法依规对数据交易场所运营机构履行数据安全责任、落实安全管理制度和保护技术措施等情况进行监督",
  by="group")
G("v10", 87, "不定期开展飞行检查", by="group")
G("v11", 87, "查阅、复制有关文件和资料", by="group")
G("v12", 87, "对数据交易场所运营机构的有关人员进行约见谈话、询问", by="group")
G("v13", 87, "按要求进行整改", evidence="对于监管机制专责小组指出的相关问题，数据交易场所运营机构应当按要求进行整改")
G("v14", 88, "提供相关信息和技术支撑")
G("v15", 88, "予以配合", opt=True, evidence=L[88][L[88].index("数据交易场所运营机构"):-1])
G("v16", 89, "依法采取必要的处置措施")
G("v17", 89, "保存有关记录")
G("v18", 89, "向监督管理部门报告")
G("v19", 90, "对交易过程形成完整的交易日志并安全保存")
G("v20", 90, "保存时间不少于三十年")           # a requirement with a figure (no digits): a Goal, not a Statistic
G("v21", 91, "加强行业自律建设", evidence="鼓励数据相关行业组织加强行业自律建设")
G("v22", 91, "提供信息、技术、培训等服务")
G("v23", 91, "促进行业健康发展")

# 市网信 is named among the departments that bear supervisory duties (第四条) and that join the 专责小组 (第二十七条)
rel("cac-sz", "hasGoal", "d6", optional=True)
rel("cac-sz", "hasGoal", "v0", optional=True)
# the body that pushes a technology through its goal
rel("drc", "promotes", "it", optional=True)

write()
