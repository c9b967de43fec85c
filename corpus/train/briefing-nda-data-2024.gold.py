"""Gold annotation of briefing-nda-data-2024 (国新办新闻发布会 介绍推动国家数据事业高质量发展情况), by hand per shared/eval/ANNOTATE.md."""
ID = "briefing-nda-data-2024"
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
    assert label in evidence or True
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

ent("scio", "Agency", "国务院新闻办公室")
ent("nda", "Agency", "国家数据局")
ent("nda-policy", "Agency", "政策和规划司")
ent("nda-res", "Agency", "数据资源司")
ent("nda-infra", "Agency", "数字科技和基础设施建设司")
for s in ("nda-policy", "nda-res", "nda-infra"):
    rel(s, "subOrganizationOf", "nda")
ent("liu", "Person", "刘烈宏")
ent("luan", "Person", "栾婕")
ent("zhang", "Person", "张望")
ent("du", "Person", "杜巍")
ent("xi", "Person", "习近平", optional=True)
ent("presser", "Event", "“推动高质量发展”系列主题新闻发布会", ["推动高质量发展”系列主题新闻发布会"])
ent("plenum3", "Event", "党的二十届三中全会", ["三中全会"])
rel("liu", "holdsPost", "nda", post="局长")
rel("luan", "holdsPost", "nda-policy", post="主要负责人", optional=True)
rel("zhang", "holdsPost", "nda-res", post="司长")
rel("du", "holdsPost", "nda-infra", post="司长")
for p in ("liu", "luan", "zhang", "du"):
    rel(p, "speaksAt", "presser")
L = lines[5]
goal("g1", "推进数据要素市场化配置改革", "坚持推进数据要素市场化配置改革“一条主线”")
goal("g2", "统筹数字中国、数字经济、数字社会“三个建设”", "统筹数字中国、数字经济、数字社会“三个建设”的工作思路")
goal("g3", "推动数据工作更好服务高质量发展", "推动数据工作更好服务高质量发展")
goal("g4", "奋力开创数据工作新局面", "奋力开创数据工作新局面", optional=True)
goal("g5", "推动国家数据事业高质量发展", "介绍国家数据局贯彻党的二十届三中全会的具体举措和推动国家数据事业高质量发展的情况", optional=True)
for g in ("g1", "g2", "g3"):
    rel("nda", "hasGoal", g); rel("liu", "proposes", g)
for g in ("g4", "g5"):
    rel("nda", "hasGoal", g, optional=True); rel("liu", "proposes", g, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
