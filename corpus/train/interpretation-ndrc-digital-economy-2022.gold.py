"""Gold annotation of interpretation-ndrc-digital-economy-2022 (国家发展改革委负责同志就《“十四五”数字经济发展规划》答记者问), by hand per shared/eval/ANNOTATE.md."""
ID = "interpretation-ndrc-digital-economy-2022"
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

ent("ndrc", "Agency", "国家发展改革委", ["我委"])
ent("sc", "Agency", "国务院")
ent("cpc-cc", "Agency", "党中央")
ent("cac", "Agency", "中央网信办")
ent("miit", "Agency", "工业和信息化部")
ent("xi", "Person", "习近平")
ent("likq", "Person", "李克强")
ent("plan", "Document", "“十四五”数字经济发展规划", ["《规划》", "国发〔2021〕29号"])
ent("outline", "Document", "纲要", ["“十四五”规划《纲要》"])
ent("covid", "Event", "新冠肺炎疫情", optional=True)
ent("china", "Place", "我国", optional=True)
ent("dtech", "Technology", "数字技术", optional=True)
rel("plan", "publishedBy", "sc")
rel("plan", "publishedBy", "ndrc")
rel("plan", "publishedBy", "cac", optional=True)
rel("plan", "publishedBy", "miit", optional=True)
X = [("x1", "统筹国内国际两个大局、发展安全两件大事", "习近平总书记指出,要统筹国内国际两个大局、发展安全两件大事"),
     ("x2", "充分发挥海量数据和丰富应用场景优势", "充分发挥海量数据和丰富应用场景优势"),
     ("x3", "促进数字技术与实体经济深度融合", "促进数字技术与实体经济深度融合"),
     ("x4", "赋能传统产业转型升级", "赋能传统产业转型升级"),
     ("x5", "催生新产业新业态新模式", "催生新产业新业态新模式"),
     ("x6", "不断做强做优做大我国数字经济", "不断做强做优做大我国数字经济")]
for id, l, e in X:
    goal(id, l, e); rel("xi", "proposes", id); rel("cpc-cc", "hasGoal", id, optional=True)
rel("x3", "involvesTechnology", "dtech", optional=True)
L = [("l1", "加快数字化发展", "李克强总理强调,要加快数字化发展"),
     ("l2", "打造数字经济新优势", "打造数字经济新优势"),
     ("l3", "协同推进数字产业化和产业数字化转型", "协同推进数字产业化和产业数字化转型")]
for id, l, e in L:
    goal(id, l, e); rel("likq", "proposes", id); rel("sc", "hasGoal", id, optional=True)
P = [("p0", "贯彻落实党中央、国务院重大决策部署", "为贯彻落实党中央、国务院重大决策部署和“十四五”规划《纲要》有关要求", True),
     ("p1", "深入实施数字经济战略", "深入实施数字经济战略", False),
     ("p2", "助力我国数字经济健康发展", "助力我国数字经济健康发展", False),
     ("p3", "提升广大人民群众对数字化发展的获得感", "不断提升广大人民群众对数字化发展的获得感、幸福感和满意度", False)]
for id, l, e, opt in P:
    goal(id, l, e, optional=opt); rel("plan", "hasGoal", id, optional=opt); rel("ndrc", "hasGoal", id, optional=opt)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
