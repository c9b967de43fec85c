"""Gold annotation of briefing-cii-security-standard-launch-long-2022 (《信息安全技术 关键信息基础设施安全保护要求》国家标准发布宣贯会在京召开), by hand per shared/eval/ANNOTATE.md (annotator annI14)."""
ID = "briefing-cii-security-standard-launch-long-2022"
import collections, json, pathlib
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type == "Statistic" or label in text or any(a in text for a in aliases), label
    for a in aliases: assert a in text, a
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    if "evidence" in kw: ev(kw["evidence"])
    d.update(kw); E.append(d)

def goal(id, label, evidence=None, optional=False):
    evidence = evidence or label
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    assert label in evidence, (label, evidence)
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)
# Bodies
ent("samr", "Agency", "市场监管总局")
ent("samr-std", "Agency", "市场监管总局标准技术司", ["标准技术司"])
rel("samr-std", "subOrganizationOf", "samr")
ent("cac", "Agency", "中央网信办")
ent("cac-coord", "Agency", "中央网信办网络安全协调局", ["网络安全协调局"])
rel("cac-coord", "subOrganizationOf", "cac")
ent("mps", "Agency", "公安部")
ent("mps-sec", "Agency", "公安部网络安全保卫局", ["网络安全保卫局"])
rel("mps-sec", "subOrganizationOf", "mps")
ent("police", "Agency", "公安机关", optional=True)
ent("miit", "Agency", "工信部")
ent("miit-sec", "Agency", "工信部网络安全管理局", ["网络安全管理局"])
rel("miit-sec", "subOrganizationOf", "miit")
ent("nea", "Agency", "国家能源局")
ent("nea-elec", "Agency", "国家能源局电力安全监管司", ["电力安全监管司"])
rel("nea-elec", "subOrganizationOf", "nea")
ent("pboc", "Agency", "中国人民银行")
ent("pboc-tech", "Agency", "中国人民银行科技司", ["科技司"])
rel("pboc-tech", "subOrganizationOf", "pboc")
ent("bj-cac", "Agency", "北京市委网信办")
ent("cesi", "Organization", "中国电子技术标准化研究院")
ent("tc260", "Organization", "信安标委")
ent("cis-mag", "Organization", "中国信息安全", optional=True)
# People and their posts
ent("guo-hx", "Person", "国焕新")
rel("guo-hx", "holdsPost", "samr-std", post="一级巡视员")
ent("gao", "Person", "高林")
rel("gao", "holdsPost", "cac-coord", post="副局长、一级巡视员")
ent("guo-qq", "Person", "郭启全")
rel("guo-qq", "holdsPost", "mps-sec", post="副局长、一级巡视员")
ent("zhang", "Person", "张光明")
rel("zhang", "holdsPost", "miit-sec", post="副局长")
ent("yan", "Person", "阎秀文")
rel("yan", "holdsPost", "nea-elec", post="副司长")
ent("chen", "Person", "陈立吾")
rel("chen", "holdsPost", "pboc-tech", post="副司长、一级巡视员")
# The meeting
ent("conf", "Event", "国家标准发布宣贯会", ["《信息安全技术 关键信息基础设施安全保护要求》国家标准发布宣贯会"])
ent("bj", "Place", "北京")
rel("conf", "locatedIn", "bj")
for p in ["guo-hx", "gao", "guo-qq", "zhang", "yan", "chen"]:
    rel(p, "speaksAt", "conf")
# Documents
ent("std", "Document", "信息安全技术 关键信息基础设施安全保护要求",
    ["《信息安全技术 关键信息基础设施安全保护要求》", "GB/T 39204-2022"])
ent("std-outline", "Document", "国家标准化发展纲要", ["《国家标准化发展纲要》"])
ent("netsec", "Technology", "网络安全", optional=True)

# Goals: (id, label, evidence, proposer, [(owner, optional)], optional)
L3, L4, L5, L6, L7 = lines[3], lines[4], lines[5], lines[6], lines[7]
GH = [("samr-std", False), ("samr", True)]
G = [
    # 国焕新 (line 4)
    ("a1", "深入贯彻党的二十大精神", "深入贯彻党的二十大精神", "guo-hx", GH, False),
    ("a2", "落实《国家标准化发展纲要》任务部署", "落实《国家标准化发展纲要》任务部署", "guo-hx", GH, False),
    ("a3", "统筹优化标准体系建设", "统筹优化标准体系建设", "guo-hx", GH, False),
    ("a4", "持续开展关键标准研制", "持续开展关键标准研制", "guo-hx", GH, False),
    ("a5", "不断强化标准实施应用", "不断强化标准实施应用", "guo-hx", GH, False),
    ("a6", "助力关键信息基础设施安全保障体系建设", "以标准助力关键信息基础设施安全保障体系建设，是我们共同的责任和使命", "guo-hx", GH, False),
    # 高林 (line 5): what all parties should do
    ("b1", "充分认识关键信息基础设施安全保护工作的重要性", "各相关方要充分认识关键信息基础设施安全保护工作的重要性", "gao", [("cac-coord", True)], False),
    ("b2", "充分发挥标准的规范和引导作用", "充分发挥标准的规范和引导作用", "gao", [("cac-coord", True)], False),
    ("b3", "压实各方责任", "压实各方责任", "gao", [("cac-coord", True)], False),
    ("b4", "提升关键信息基础设施综合防护水平", "提升关键信息基础设施综合防护水平", "gao", [("cac-coord", True)], False),
    # 中央网信办将…
    ("b5", "坚持总体国家安全观", "下一步，中央网信办将坚持总体国家安全观", "gao", [("cac", False), ("cac-coord", True)], False),
    ("b6", "发挥统筹协调作用", "发挥统筹协调作用", "gao", [("cac", False), ("cac-coord", True)], False),
    ("b7", "加强关键信息基础设施监测预警和事件应对处置", "会同相关部门加强关键信息基础设施监测预警和事件应对处置", "gao", [("cac", False), ("cac-coord", True)], False),
    ("b8", "协调保护工作部门发挥行业监管职能", "协调保护工作部门发挥行业监管职能", "gao", [("cac", False), ("cac-coord", True)], False),
    ("b9", "组织开展标准培训", "组织开展标准培训", "gao", [("cac", False), ("cac-coord", True)], False),
    ("b10", "督促标准贯彻实施", "督促标准贯彻实施", "gao", [("cac", False), ("cac-coord", True)], False),
    # 运营者应…
    ("b11", "履行主体责任", "运营者应履行主体责任", "gao", [("cac-coord", True)], False),
    ("b12", "贯彻落实标准要求", "贯彻落实标准要求", "gao", [("cac-coord", True)], False),
    ("b13", "确保关键信息基础设施安全稳定运行", "确保关键信息基础设施安全稳定运行", "gao", [("cac-coord", True)], False),
    # 郭启全 (line 6)
    ("c1", "认真学习、研究和落实", "各相关部门和关键信息基础设施运营者应认真学习、研究和落实", "guo-qq", [("mps-sec", True)], False),
    ("c2", "形成有机衔接的体系", "有关单位和部门要将网络安全等级保护制度、关键信息基础设施保护制度和数据安全保护制度三个制度在法律、政策、标准等方面形成有机衔接的体系", "guo-qq", [("mps-sec", True)], False),
    ("c3", "构建标准体系", "要落实上述要求，围绕关键信息基础设施安全保护要求，构建标准体系", "guo-qq", [("mps-sec", True)], False),
    # 公安机关将…
    ("c4", "大力加强关键信息基础设施安全保卫和安全监管", "公安机关将大力加强关键信息基础设施安全保卫和安全监管", "guo-qq", [("mps-sec", False), ("mps", True), ("police", True)], False),
    ("c5", "严厉打击相关违法犯罪活动", "严厉打击相关违法犯罪活动", "guo-qq", [("mps-sec", False), ("mps", True), ("police", True)], False),
    ("c6", "与有关部门密切配合", "与有关部门密切配合", "guo-qq", [("mps-sec", True), ("mps", True), ("police", True)], True),
    ("c7", "着力构建关键信息基础设施综合防御体系", "着力构建关键信息基础设施综合防御体系", "guo-qq", [("mps-sec", False), ("mps", True), ("police", True)], False),
    ("c8", "大力提升综合防御能力和水平", "大力提升综合防御能力和水平", "guo-qq", [("mps-sec", False), ("mps", True), ("police", True)], False),
    ("c9", "坚决维护好国家网络空间安全", "坚决维护好国家网络空间安全", "guo-qq", [("mps-sec", False), ("mps", True), ("police", True)], False),
]
for id, l, e, who, owners, opt in G:
    goal(id, l, e, optional=opt)
    rel(who, "proposes", id, optional=opt)
    for o, oopt in owners:
        rel(o, "hasGoal", id, optional=opt or oopt)
# the standard itself: entry into force and its three principles (content of the document)
goal("d0", "2023年5月1日正式实施", "将于2023年5月1日正式实施", optional=True)
rel("std", "hasGoal", "d0", optional=True)
for id, l in [("d1", "以关键业务为核心的整体防控"), ("d2", "以风险管理为导向的动态防护"), ("d3", "以信息共享为基础的协同联防")]:
    goal(id, l, l, optional=True)
    rel("std", "hasGoal", id, optional=True)
rel("cac", "promotes", "netsec", optional=True)
rel("mps-sec", "promotes", "netsec", optional=True)

# Statistics
E7 = "提出了以关键业务为核心的整体防控、以风险管理为导向的动态防护、以信息共享为基础的协同联防的关键信息基础设施安全保护3项基本原则"
stat("s1", "关键信息基础设施安全保护基本原则", "3项", E7)
stat("s2", "安全要求涉及方面", "6个", "从分析识别、安全防护、检测评估、监测预警、主动防御、事件处置等6个方面提出了111条安全要求")
stat("s3", "标准提出的安全要求", "111条", "从分析识别、安全防护、检测评估、监测预警、主动防御、事件处置等6个方面提出了111条安全要求")
stat("s4", "参会代表人数", "40人", "以及标准起草单位的代表等近40人参加了会议")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
