"""Gold annotation of speech-casc-space-2016 (新华社专访:中国离航天强国还有多远), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-casc-space-2016"
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
    if "evidence" in kw: ev(kw["evidence"])
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def goal(id, label, evidence, optional=False):
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)
for id, l in [("lei", "雷凡培"), ("bai", "白国龙"), ("yu", "余晓洁"), ("yang", "杨维汉")]:
    ent(id, "Person", l)
ent("casc", "Organization", "中国航天科技集团")
ent("xinhua", "Organization", "新华社")
ent("mod5", "Agency", "国防部第五研究院")
ent("mod", "Agency", "国防部", optional=True)
ent("china", "Place", "中国", ["我国"], optional=True)
ent("beijing", "Place", "北京", optional=True)
ent("space", "Technology", "航天", optional=True)
goal("g-2025", "争取2025年实现航天强国目标", "争取2025年实现航天强国目标")
rel("lei", "proposes", "g-2025")
rel("casc", "hasGoal", "g-2025", optional=True)
rel("lei", "holdsPost", "casc", post="董事长")
for p in ("bai", "yu", "yang"):
    rel(p, "holdsPost", "xinhua", post="记者", optional=True)
rel("mod5", "subOrganizationOf", "mod", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
