"""Gold annotation of briefing-ndrc-yellow-river-2021 (国家发展改革委12月新闻发布会), by hand per shared/eval/ANNOTATE.md."""
ID = "briefing-ndrc-yellow-river-2021"
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

ent("ndrc", "Agency", "国家发展改革委", ["国家发改委"])
ent("ndrc-pro", "Agency", "政研室", ["国家发展改革委政研室"])
rel("ndrc-pro", "subOrganizationOf", "ndrc")
ent("meng", "Person", "孟玮")
rel("meng", "holdsPost", "ndrc-pro", post="副主任")
rel("meng", "holdsPost", "ndrc", post="新闻发言人")
ent("media", "Organization", "中国战略新兴产业")
ent("presser", "Event", "国家发展改革委12月新闻发布会", ["12月份新闻发布会"])
rel("meng", "speaksAt", "presser")
ent("doc", "Document", "黄河流域生态保护和高质量发展规划纲要", ["《黄河流域生态保护和高质量发展规划纲要》"])
ent("yrb", "Place", "黄河流域", optional=True)
ent("yr", "Place", "黄河", optional=True)
ent("yz", "Place", "长江", optional=True)
ent("china", "Place", "中国", ["我国"], optional=True)
S1 = "下一步,国家发展改革委将会同有关部门统筹考虑促进大中小城市协调发展的路径,推动都市圈内的超大特大城市切实转变发展方式,更好地辐射带动周边中小城市协调联动发展"
S2 = "推动黄河流域生态保护和高质量发展,应坚持把大保护作为前提,坚定走生态优先、绿色发展之路"
G = [("g1", "促进大中小城市协调发展", S1), ("g2", "推动都市圈内的超大特大城市切实转变发展方式", S1),
     ("g3", "辐射带动周边中小城市协调联动发展", S1),
     ("g4", "推动黄河流域生态保护和高质量发展", S2), ("g5", "坚持把大保护作为前提", S2),
     ("g6", "坚定走生态优先、绿色发展之路", S2)]
for id, l, e in G:
    goal(id, l, e)
    rel("ndrc", "hasGoal", id); rel("meng", "proposes", id)
rel("doc", "hasGoal", "g4", optional=True)
stat("s1", "黄河年均径流量相当于长江的比例", "6%", "年均径流量仅相当于长江的6%")
stat("s2", "黄河水资源开发利用率", "80%", "水资源开发利用率超80%")
stat("s3", "生态警戒线", "40%", "远超40%的生态警戒线", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
