"""Gold annotation of interpretation-nda-liulihong-digital-economy-long-2024 (国家数据局局长刘烈宏：奋力谱写数字经济高质量发展新篇章, People's Daily signed article), by hand per shared/eval/ANNOTATE.md (annotator ann31)."""
ID = "interpretation-nda-liulihong-digital-economy-long-2024"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
L = lines
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
    for a in aliases: assert a in text, a
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    # a relation to an optional entity is optional too
    optional = optional or any(e.get("optional") for e in E if e["id"] in (s, o))
    key = (s, p, o)
    assert key not in {(r["s"], r["p"], r["o"]) for r in R}, key
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
    assert str(value) in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=ev(evidence), optional=optional)

def write():
    gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
    (here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
    print(collections.Counter((r["p"], r.get("optional", False)) for r in R))

# Agencies and organisations
ent("nda", "Agency", "国家数据局")
ent("jlh", "Agency", "数字经济发展部际联席会议", optional=True)   # named only inside 数字经济发展部际联席会议制度
ent("rmrb", "Organization", "人民日报")
# People
ent("liu", "Person", "刘烈宏")
rel("liu", "holdsPost", "nda", post="党组书记、局长")
ent("xi", "Person", "习近平", optional=True)
# Events
ent("plenum3", "Event", "党的二十届三中全会", ["二十届三中全会"])
ent("congress18", "Event", "党的十八大", ["十八大"])
# Documents
ent("decision", "Document", "中共中央关于进一步全面深化改革、推进中国式现代化的决定",
    ["党的二十届三中全会《决定》", "《决定》"])
rel("decision", "adoptedAt", "plenum3")
ent("data20", "Document", "数据二十条", ["“数据二十条”"])
# Places
ent("jjj", "Place", "京津冀")
ent("yrd", "Place", "长三角")
ent("gba", "Place", "粤港澳大湾区")
ent("china", "Place", "中国", ["我国"], optional=True)
# Technologies
T = [("ic", "集成电路", (), False), ("ai", "人工智能", (), False), ("5g", "5G", (), False),
     ("bc", "区块链", (), False), ("ad", "自动驾驶", (), False), ("bci", "脑机接口", (), False),
     ("llm", "大模型", ("行业大模型",), False), ("bigdata", "大数据", (), False),
     ("nextcomm", "下一代通信技术", (), False), ("iiot", "工业互联网", (), False),
     ("dspace", "数据空间", ("行业数据空间",), False),
     ("quantum", "量子计算", ("量子计算原型机",), True), ("brainchip", "类脑计算芯片", (), True),
     ("cpn", "全国一体化算力网", ("城市算力网", "算力网"), True), ("compute", "算力", (), True),
     ("cloud", "智能云服务", (), True), ("ecom", "电子商务", (), True), ("mpay", "移动支付", (), True),
     ("smartagri", "智慧农业", (), True), ("smartenergy", "智慧能源", (), True),
     ("difin", "数字金融", (), True), ("internet", "互联网", ("互联网新技术",), True),
     ("dtech", "数字技术", (), True), ("shuzhi", "数智技术", (), True), ("green", "绿色技术", (), True),
     ("digi", "数字化", ("数字化转型",), True), ("edwc", "“东数西算”工程", ("东数西算",), True),
     ("dinfra", "国家数据基础设施", ("数据基础设施",), True), ("newinfra", "数字新基建", (), True),
     ("ev", "电动汽车", (), True), ("li-bat", "锂电池", (), True)]
for id, l, al, opt in T:
    ent(id, "Technology", l, al, optional=opt)
# Statistics (reported figures)
stat("s-compute", "算力总规模", "每秒246百亿亿次浮点运算", "算力总规模达每秒246百亿亿次浮点运算")
stat("s-data", "2023年全国数据生产总量同比增长", "22.4%", "2023年全国数据生产总量同比增长22.4%")
stat("s-nc", "重点工业企业关键工序数控化率", "62.9%", "2023年，重点工业企业关键工序数控化率、数字化研发设计工具普及率分别达62.9%、80.1%")
stat("s-cad", "重点工业企业数字化研发设计工具普及率", "80.1%", "2023年，重点工业企业关键工序数控化率、数字化研发设计工具普及率分别达62.9%、80.1%")

LIU = dict(by=("liu",), body=("nda",))
D = dict(body=("decision",))
XI = dict(opt_by=("xi",))
# line 3: the Decision's aims and the article's overall aims
goal("d1", "健全因地制宜发展新质生产力体制机制", opt_by=("liu",), **D)
goal("d2", "健全促进实体经济和数字经济深度融合制度", opt_by=("liu",), **D)
goal("a00", "加快发展新质生产力", optional=True, opt_by=("liu",), opt_body=("nda",))
goal("a0", "认真学习贯彻党的二十届三中全会精神", optional=True, opt_by=("liu",), opt_body=("nda",))
goal("a1", "加快培育全国一体化数据市场", **LIU)
goal("a2", "整体推进数字经济创新发展", **LIU)
goal("a3", "奋力谱写新时代新征程数字经济高质量发展新篇章", **LIU)
# line 4: heading 一
goal("h1", "推动数字技术革命性突破", L[3], tech=("dtech",), **LIU)
goal("h1b", "以科技创新促产业创新", L[3], **LIU)
goal("h1c", "着力培育发展新质生产力的新动能", L[3], **LIU)
# line 5
goal("b1", "把科技创新摆在国家发展全局的核心位置", **LIU)
goal("b2", "加强关键共性技术、前沿引领技术、现代工程技术、颠覆性技术创新", **LIU)
goal("b3", "持续形成发展新质生产力的新动能", optional=True, opt_by=("liu",), opt_body=("nda",))  # restates h1c
goal("b0", "深入实施创新驱动发展战略", optional=True, opt_by=("liu",))  # past, in passing
# line 6
goal("c1", "加快构建自立自强的数字技术创新体系", tech=("dtech",), **LIU)
goal("c2", "以科技创新引领产业创新", **LIU)
goal("c3", "进一步增强科技实力和创新能力", **LIU)
goal("c4", "加强数字科技创新", **LIU)
goal("c5", "持续加大重点领域关键核心技术自主创新力度", **LIU)
goal("c6", "推进集成电路全产业链发展", tech=("ic",), **LIU)
goal("c7", "加强自动驾驶、脑机接口等原创性、颠覆性科技创新", tech=("ad", "bci"), **LIU)
goal("c8", "开辟新领域新赛道", **LIU)
goal("c9", "加快人工智能创新发展", tech=("ai",), **LIU)
goal("c10", "推动行业大模型应用落地", tech=("llm",), **LIU)
goal("c11", "引导和支持地方和社会资金形成更多“耐心资本”", **LIU)
goal("c12", "有力有效支持发展瞪羚企业、独角兽企业", **LIU)
goal("c13", "打造数字产业集群", **LIU)
goal("c14", "加快创新链、产业链、资金链、人才链深度融合布局", tech=("bigdata", "ai", "nextcomm"), **LIU)
goal("c15", "提高龙头企业数字技术创新成果的转化效能", tech=("dtech",), **LIU)
goal("c16", "促进“专精特新”中小企业共同发展", **LIU)
goal("c17", "支持平台企业加大科技创新投入", **LIU)
goal("c18", "推动科技和商业模式协同创新", **LIU)
goal("c19", "积极培育新兴产业和未来产业", **LIU)
goal("c20", "完善数据产业生态", **LIU)
goal("c21", "布局一批具有国际竞争力的数字产业集群", **LIU)
goal("c22", "提升创新策源能力、大规模产业化能力", **LIU)
# line 7: heading 二
goal("h2", "优化数据要素创新性配置", L[6], **LIU)
goal("h2b", "激发各类生产要素活力", L[6], **LIU)
goal("h2c", "着力提升新质生产力的全要素优化组合水平", L[6], **LIU)
# line 8: Xi quoted; what data can do; past measures
goal("x1", "健全要素参与收入分配机制", **XI)
goal("x2", "构建以数据为关键要素的数字经济", **XI)
goal("e1", "充分发挥数据的基础资源作用和创新引擎作用", optional=True, opt_by=("liu",), opt_body=("nda",))
goal("e2", "带动各类生产要素创新性配置", optional=True, opt_by=("liu",))
goal("e3", "促进各类先进生产要素向发展新质生产力集聚", optional=True, opt_by=("liu",))
goal("e4", "提升全要素生产率", optional=True, opt_by=("liu",))
goal("e5", "为发展新质生产力开辟新空间", optional=True, opt_by=("liu",))
goal("p1", "大力推进数据要素市场化配置改革进程", optional=True)
goal("p2", "实施“数据要素×”行动", optional=True)
goal("p3", "实施数字新基建和“东数西算”工程", optional=True, opt_tech=("edwc", "newinfra"))
# line 9
goal("f1", "以数据要素市场化配置改革为主线", **LIU)
goal("f2", "协同推进数据基础制度构建和数据基础设施建设", **LIU)
goal("f3", "促进数据开发利用", **LIU)
goal("f4", "不断培育发展新动能", **LIU)
goal("f5", "建立健全数据基础制度", **LIU)
goal("f6", "建立数据产权归属认定、市场交易、权益分配、利益保护等基础制度", **LIU)
goal("f7", "建立健全数据安全管理制度", **LIU)
goal("f8", "推进数据分类分级管理", **LIU)
goal("f9", "建立高效便利安全的数据跨境流动机制", **LIU)
goal("f10", "支持自由贸易试验区实施数据出境管理清单制度", **LIU)
goal("f11", "建立数据融合任务清单", **LIU)
goal("f12", "推进关联领域数据融通", **LIU)
goal("f13", "增强数据基础设施支撑能力", **LIU)
goal("f14", "建设和运营数据登记、资源开发、可信流通、安全防护等国家数据基础设施", tech=("dinfra",), **LIU)
goal("f15", "探索突破城市算力网算电融合、收益分配等协同机制", tech=("cpn",), **LIU)
goal("f16", "统筹推进全国一体化算力网建设", tech=("cpn",), **LIU)
goal("f17", "推进算力监测、算力调度、智能云服务、枢纽节点直连网络及算力安全防护体系建设", tech=("compute", "cloud"), **LIU)
goal("f18", "探索构建行业数据空间", tech=("dspace",), opt_tech=("ev", "li-bat"), **LIU)
# line 10: heading 三
goal("h3", "加快传统产业数字化转型", L[9], tech=("digi",), **LIU)
goal("h3b", "健全促进实体经济和数字经济深度融合的战略安排", L[9], optional=True, opt_by=("liu",), opt_body=("nda",))  # restates d2
goal("h3c", "着力夯实发展新质生产力的产业基础", L[9], **LIU)
# line 11: Xi quoted; the Decision; Liu
goal("x3", "推动制造业、服务业、农业等产业数字化", tech=("digi",), **XI)
goal("x4", "利用互联网新技术对传统产业进行全方位、全链条的改造", tech=("internet",), **XI)
goal("d3", "促进实体经济和数字经济深度融合", sent("对促进实体经济和数字经济深度融合作出进一步战略部署"), optional=True, opt_body=("decision",))  # restates d2
goal("g1", "推动企业设备更新、工艺升级、管理创新", **LIU)
goal("g2", "促进传统产业高端化、智能化、绿色化发展", **LIU)
goal("p4", "深入实施国家大数据战略", optional=True, opt_tech=("bigdata",))
# line 12
goal("k1", "利用数智技术、绿色技术改造提升传统产业", tech=("shuzhi", "green"), **LIU)
goal("k2", "大力推动产业数字化转型", tech=("digi",), **LIU)
goal("k3", "推动数字化转型规模普及", tech=("digi",), **LIU)
goal("k4", "打造供需对接、全链协同、价值驱动的产业数字化转型生态", tech=("digi",), **LIU)
goal("k5", "发展工业互联网", tech=("iiot",), **LIU)
goal("k6", "开展重点产业数字化协同改造", **LIU)
goal("k7", "推动重点集群和园区数字化转型", tech=("digi",), **LIU)
goal("k8", "推动数字商务发展", **LIU)
goal("k9", "规范发展数字金融", tech=("difin",), **LIU)
goal("k10", "加快生产性服务业数字化转型", tech=("digi",), **LIU)
goal("k11", "深入开展“数商兴农”", **LIU)
goal("k12", "发展智慧农业", tech=("smartagri",), **LIU)
goal("k13", "推进数字化绿色化协同转型", **LIU)
goal("k14", "加强智慧能源建设", tech=("smartenergy",), **LIU)
goal("k15", "深化自然资源“一张图”应用", **LIU)
goal("k16", "构建智慧高效的生态环境监测体系", **LIU)
goal("k17", "加快数字城乡融合发展", **LIU)
goal("k18", "推进城市全域数字化转型", tech=("digi",), **LIU)
goal("k19", "推动形成超大特大城市智慧高效治理新体系", **LIU)
goal("k20", "加速弥合城乡、区域数字鸿沟", **LIU)
# line 13: heading 四
goal("h4", "推进适数化改革", L[12], **LIU)
goal("h4b", "打通影响数字化发展堵点卡点", L[12], **LIU)
goal("h4c", "着力构建与发展新质生产力相适应的新型生产关系", L[12], **LIU)
# line 14: Xi quoted; the Decision; Liu
goal("x5", "形成与之相适应的新型生产关系", optional=True, opt_by=("xi",))  # restates h4c
goal("d4", "健全相关规则和政策", **D)
goal("d5", "加快形成同新质生产力更相适应的生产关系", **D)
goal("m1", "对不适应数字经济发展的体制机制、组织架构、方式流程、手段工具进行变革重塑", **LIU)
goal("m2", "着力打通制约数字经济创新发展的堵点卡点", optional=True, opt_by=("liu",), opt_body=("nda",))  # restates h4b
goal("m3", "着力营造具有全球竞争力的开放创新生态", **LIU)
goal("m4", "为发展新质生产力创造良好环境", **LIU)
goal("p5", "建立数字经济发展部际联席会议制度", optional=True)
goal("p6", "优化调整国家数据工作体系", optional=True)
goal("p7", "统筹推进教育科技人才体制机制一体改革", optional=True)
goal("p8", "加强国际规则对接", optional=True)
# line 15
goal("n1", "进一步全面深化改革", sent("要进一步全面深化改革"), opt_by=("xi",), **LIU)
goal("n2", "创新数字化改革配套机制", **LIU)
goal("n3", "激发数字化变革动力", **LIU)
goal("n4", "为数字经济高质量发展提供更完善的制度保障", **LIU)
goal("n5", "推进数字化制度改革创新", **LIU)
goal("n6", "推进有利于数字化转型、数字产品和服务应用的制度改革", tech=("digi",), **LIU)
goal("n7", "更好发挥数字经济发展部际联席会议制度作用", **LIU)
goal("n8", "加强数字经济发展规划统筹、政策协调、改革协同", **LIU)
goal("n9", "建立健全透明可预期的数字经济发展常态化监管制度", **LIU)
goal("n10", "健全监管规则审查和评估制度", **LIU)
goal("n11", "夯实高水平数字人才支撑", **LIU)
goal("n12", "壮大数字经济领域战略科学家、卓越工程师等人才队伍", **LIU)
goal("n13", "优化高等学校数字经济领域学科设置、人才培养模式", **LIU)
goal("n14", "开展互惠互利的数字经济国际合作", **LIU)
goal("n15", "稳步推进数字经济治理规则、贸易服务标准等制度型开放", **LIU)

# 国家数据局 pushes the technologies its head's goals name
for t in ("ic", "ad", "bci", "ai", "llm", "bigdata", "nextcomm", "dspace", "iiot"):
    rel("nda", "promotes", t)
for t in ("cpn", "compute", "cloud", "dinfra", "smartagri", "smartenergy", "difin", "digi", "dtech", "shuzhi", "green"):
    rel("nda", "promotes", t, optional=True)

write()
