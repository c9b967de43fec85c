"""Gold annotation of briefing-mep-qa-2017 (环境保护部2017年例行新闻发布会精彩问答集锦), by hand per shared/eval/ANNOTATE.md."""
ID = "briefing-mep-qa-2017"
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

ent("mep", "Agency", "环境保护部")
ent("mep-water", "Agency", "水环境管理司", ["环境保护部水环境管理司"])
ent("mep-insp", "Agency", "环境监察局", ["环境保护部环境监察局"])
rel("mep-water", "subOrganizationOf", "mep"); rel("mep-insp", "subOrganizationOf", "mep")
ent("weibo", "Organization", "环保部发布", optional=True)
ent("rmrb", "Organization", "人民日报")
ent("zhang", "Person", "张波")
ent("tian", "Person", "田为勇")
rel("zhang", "holdsPost", "mep-water", post="司长")
rel("tian", "holdsPost", "mep-insp", post="局长")
ent("p3", "Event", "3月份例行新闻发布会")
ent("p4", "Event", "4月份例行新闻发布会")
ent("series", "Event", "环境保护部2017年例行新闻发布会", optional=True)
rel("zhang", "speaksAt", "p3"); rel("tian", "speaksAt", "p4")
rel("zhang", "speaksAt", "series", optional=True); rel("tian", "speaksAt", "series", optional=True)
ent("zhejiang", "Place", "浙江")
ent("yreb", "Place", "长江经济带", optional=True)
ent("china", "Place", "中国", ["我国"], optional=True)
A = "河长制实际上是协调机制,一定要形成党委政府主导,部门齐抓共管,全社会共同参与的大格局,把政治体制优势充分发挥出来"
goal("g1", "形成党委政府主导,部门齐抓共管,全社会共同参与的大格局", A)
goal("g2", "把政治体制优势充分发挥出来", A)
goal("g3", "不要变成一种单纯的人治", "所以一定不要变成一种单纯的人治", optional=True)
for g, o in (("g1", False), ("g2", False), ("g3", True)):
    rel("zhang", "proposes", g, optional=o); rel("mep", "hasGoal", g, optional=o)
B = "介绍我国水污染防治工作总体情况,以及长江经济带大保护、黑臭水体整治、农业农村污染防治等重点工作进展"
for id, l in [("t1", "长江经济带大保护"), ("t2", "黑臭水体整治"), ("t3", "农业农村污染防治"), ("t4", "水污染防治工作")]:
    goal(id, l, B, optional=True); rel("mep", "hasGoal", id, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
