"""Gold annotation of briefing-miit-q3-2017 (国新办举行前三季度工业通信业发展情况发布会), by hand per shared/eval/ANNOTATE.md."""
ID = "briefing-miit-q3-2017"
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

ent("scio", "Agency", "国务院新闻办公室", ["国务院新闻办", "国新办"])
ent("miit", "Agency", "工业和信息化部")
ent("miit-ops", "Agency", "运行监测协调局")
ent("miit-ict", "Agency", "信息通信发展司")
rel("miit-ops", "subOrganizationOf", "miit"); rel("miit-ict", "subOrganizationOf", "miit")
ent("zheng", "Person", "郑立新")
ent("wen", "Person", "闻库")
ent("xi-yc", "Person", "袭艳春")
ent("xi", "Person", "习近平", optional=True)
rel("zheng", "holdsPost", "miit", post="新闻发言人")
rel("zheng", "holdsPost", "miit-ops", post="局长")
rel("wen", "holdsPost", "miit-ict", post="司长")
ent("presser", "Event", "前三季度工业通信业发展情况发布会", ["国务院新闻办新闻发布会"])
for p in ("zheng", "wen", "xi-yc"):
    rel(p, "speaksAt", "presser")
ent("hall", "Place", "国务院新闻办新闻发布厅", optional=True)
rel("presser", "locatedIn", "hall", optional=True)
ent("cong19", "Event", "中国共产党第十九次全国代表大会", ["党的十九大"])
ent("china", "Place", "中国", ["我国"], optional=True)
E1 = "对决胜全面建成小康社会、开启全面建设社会主义现代化国家新征程作出了全面部署"
goal("g1", "决胜全面建成小康社会", E1)
goal("g2", "开启全面建设社会主义现代化国家新征程", E1)
for g in ("g1", "g2"):
    rel("zheng", "proposes", g, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
