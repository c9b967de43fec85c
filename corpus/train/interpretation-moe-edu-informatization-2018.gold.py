"""Gold annotation of interpretation-moe-edu-informatization-2018 (2018年全国教育信息化工作会议召开), by hand per shared/eval/ANNOTATE.md."""
ID = "interpretation-moe-edu-informatization-2018"
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

def goal(id, label, evidence, optional=False):
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

ent("moe", "Agency", "教育部")
for id, l in [("moe-kj", "科技司"), ("moe-jj", "基教司"), ("moe-zc", "职成司"), ("moe-gj", "高教司"), ("moe-js", "教师司")]:
    ent(id, "Agency", l); rel(id, "subOrganizationOf", "moe", optional=True)
ent("xpcc", "Agency", "新疆生产建设兵团")
ent("du", "Person", "杜占元")
rel("du", "holdsPost", "moe", post="副部长")
ent("conf", "Event", "2018年全国教育信息化工作会议")
rel("du", "speaksAt", "conf")
ent("cq", "Place", "重庆")
ent("bishan", "Place", "璧山", optional=True)
rel("conf", "locatedIn", "cq")
rel("conf", "locatedIn", "bishan", optional=True)

for id, l in [("sh", "上海"), ("js", "江苏"), ("gz", "贵州"), ("nx", "宁夏")]:
    ent(id, "Place", l)
ent("cpc18", "Event", "党的十八大")
ent("cac-conf", "Event", "全国网络安全和信息化工作会议")
ent("dianjiao", "Event", "全国电教馆馆长会议")
ent("plan", "Document", "教育信息化2.0行动计划")
rel("plan", "publishedBy", "moe", optional=True)
ent("internet", "Technology", "互联网", ["“互联网+”"])
ent("it", "Technology", "信息技术", optional=True)
rel("moe", "promotes", "internet")
stat("s-prov", "做典型发言的省(区、市)", "5个", "重庆、上海、江苏、贵州、宁夏等5个省(区、市)在会上做典型发言", optional=True)
P = [("p1", "实现“三全两高一大”的发展目标", "教育信息化2.0行动计划要实现“三全两高一大”的发展目标", []),
     ("p2", "教学应用覆盖全体教师", "即教学应用覆盖全体教师", []),
     ("p3", "学习应用覆盖全体适龄学生", "学习应用覆盖全体适龄学生", []),
     ("p4", "数字校园建设覆盖全体学校", "数字校园建设覆盖全体学校", []),
     ("p5", "提高信息化应用水平", "提高信息化应用水平", []),
     ("p6", "提高师生信息素养", "提高师生信息素养", []),
     ("p7", "建设一个“互联网+教育”大平台", "建设一个“互联网+教育”大平台", ["internet"]),
     ("p8", "推动从教育专用资源向教育大资源转变", "推动从教育专用资源向教育大资源转变", []),
     ("p9", "全面提升其信息素养", "从提升师生信息技术应用能力向全面提升其信息素养转变", ["it"]),
     ("p10", "从融合应用向创新发展转变", "从融合应用向创新发展转变", []),
     ("p11", "构建“互联网+”条件下的人才培养新模式", "努力构建“互联网+”条件下的人才培养新模式", ["internet"]),
     ("p12", "发展基于互联网的教育服务新模式", "发展基于互联网的教育服务新模式", ["internet"]),
     ("p13", "探索信息时代教育治理新模式", "探索信息时代教育治理新模式", [])]
for id, l, e, techs in P:
    goal(id, l, e); rel("plan", "hasGoal", id); rel("du", "proposes", id); rel("moe", "hasGoal", id)
    for t in techs:
        rel(id, "involvesTechnology", t, optional=(t == "it"))
D = [("d0", "敏锐抓住信息化发展的历史机遇", "面对新时代,要敏锐抓住信息化发展的历史机遇,因势而谋、应势而动、顺势而为", False),
     ("d1", "全面贯彻全国网络安全和信息化工作会议精神", "杜占元要求,全面贯彻全国网络安全和信息化工作会议精神", False),
     ("d2", "健全领导体制", "健全领导体制", False), ("d3", "加强统筹规划", "加强统筹规划", False),
     ("d4", "抓好重点工作", "抓好重点工作", False), ("d5", "鼓励多方参与", "鼓励多方参与", False),
     ("d6", "注重培训宣传", "注重培训宣传", False), ("d7", "落实安全责任", "落实安全责任", False),
     ("d8", "全力写好教育信息化“奋进之笔”", "全力写好教育信息化“奋进之笔”", False),
     ("d9", "让教育信息化2.0变为现实", "努力让教育信息化2.0变为现实", False),
     ("d10", "加快推进教育信息化融合创新发展", "会议就加快推进教育信息化融合创新发展进行了交流研讨", True)]
for id, l, e, opt in D:
    goal(id, l, e, optional=opt); rel("moe", "hasGoal", id, optional=opt); rel("du", "proposes", id, optional=opt)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
