"""Gold annotation of forum-china-auto-forum-2015 (2015中国汽车论坛), by hand per shared/eval/ANNOTATE.md."""
ID = "forum-china-auto-forum-2015"
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
ent("forum", "Event", "2015中国汽车论坛", ["中国汽车论坛"])
ent("caam", "Organization", "中国汽车工业协会")
ent("oica", "Organization", "世界汽车组织")
ent("wef", "Organization", "世界经济论坛")
ent("most", "Agency", "科技部")
ent("cppcc", "Agency", "全国政协")
ent("wan", "Person", "万钢")
ent("shanghai", "Place", "上海")
ent("davos", "Place", "达沃斯", optional=True)
ent("china", "Place", "中国", ["我国"], optional=True)
ent("nev", "Technology", "新能源汽车", optional=True)
for id, l in [("smart", "智能化"), ("net", "网络化"), ("elec", "电动化")]:
    ent(id, "Technology", l, optional=True)
G = [("g-vital", "释放创新的活力", "改革是为了释放创新的活力"),
     ("g-power", "增强发展的动力", "创新是为了增强发展的动力"),
     ("g-quality", "提高发展质量和效益", "目的是提高发展质量和效益,适应经济发展新常态,发挥科技创新的支撑和引领作用"),
     ("g-normal", "适应经济发展新常态", "适应经济发展新常态"),
     ("g-lead", "发挥科技创新的支撑和引领作用", "发挥科技创新的支撑和引领作用")]
for id, l, e in G:
    goal(id, l, e); rel("wan", "proposes", id); rel("most", "hasGoal", id, optional=True)
ent("s-nev", "Statistic", "2014年市场销售的新能源汽车数量", value="接近8万辆", evidence=ev("使得市场销售的新能源汽车数量一跃接近8万辆"))
rel("most", "promotes", "nev", optional=True)
rel("wan", "holdsPost", "most", post="部长")
rel("wan", "holdsPost", "cppcc", post="副主席")
rel("wan", "speaksAt", "forum", optional=True)
rel("forum", "locatedIn", "shanghai")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
