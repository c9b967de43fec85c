"""Gold annotation of briefing-moa-agri-economy-2023 (国新办举行前三季度农业农村经济运行情况新闻发布会), by hand per shared/eval/ANNOTATE.md."""
ID = "briefing-moa-agri-economy-2023"
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

# Agencies
ent("scio", "Agency", "国务院新闻办公室", ["国新办", "国务院新闻办"])
ent("scio-press", "Agency", "新闻局", ["国务院新闻办新闻局"])
ent("moa", "Agency", "农业农村部")
ent("moa-plan", "Agency", "发展规划司")
ent("moa-crop", "Agency", "种植业管理司", ["农业农村部种植业管理司"])
ent("moa-animal", "Agency", "畜牧兽医局")
ent("moa-market", "Agency", "市场与信息化司")
for s, o in [("scio-press", "scio"), ("moa-plan", "moa"), ("moa-crop", "moa"), ("moa-animal", "moa"), ("moa-market", "moa")]:
    rel(s, "subOrganizationOf", o)
# People
for id, l in [("xie", "谢应君"), ("zeng", "曾衍德"), ("pan", "潘文博"), ("chen", "陈光华"), ("liu", "刘涵")]:
    ent(id, "Person", l)
# Event
ent("presser", "Event", "前三季度农业农村经济运行情况新闻发布会", ["国务院新闻办新闻发布会"])
rel("xie", "holdsPost", "scio-press", post="副局长、新闻发言人")
rel("xie", "holdsPost", "scio", post="新闻发言人", optional=True)
rel("zeng", "holdsPost", "moa", post="总农艺师")
rel("zeng", "holdsPost", "moa-plan", post="司长")
rel("pan", "holdsPost", "moa-crop", post="司长")
rel("chen", "holdsPost", "moa-animal", post="负责人", optional=True)
rel("liu", "holdsPost", "moa-market", post="负责人", optional=True)
for p in ("xie", "zeng", "pan", "chen", "liu"):
    rel(p, "speaksAt", "presser")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
