"""Gold annotation of forum-nobel-health-2015 (第二届诺贝尔奖获得者医学峰会暨院士医学论坛), by hand per shared/eval/ANNOTATE.md."""
ID = "forum-nobel-health-2015"
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
ent("summit", "Event", "第二届诺贝尔奖获得者医学峰会暨院士医学论坛")
ent("subforum", "Event", "“诺奖中国之路与健康中国”专题论坛", optional=True)
ent("china", "Place", "中国", ["我国"], optional=True)
ent("beijing", "Place", "北京")
ent("nhfpc", "Agency", "国家卫生计生委")
ent("satcm", "Agency", "国家中医药管理局")
ent("cass", "Organization", "中国社会科学院", ["中国社科院"])
ent("cass-gs", "Organization", "中国社会科学院研究生院")
ent("nobel-assoc", "Organization", "诺贝尔奖得主国际科学交流协会")
ent("zyl", "Organization", "中养联")
for id, l in [("wang", "王国强"), ("huang", "黄晓勇"), ("li", "李克强"), ("chen", "陈竺"), ("han", "韩启德")]:
    ent(id, "Person", l)
ent("gwr", "Document", "政府工作报告")
ent("hc2020", "Document", "健康中国2020")
goal("g-hc", "实现健康中国", "探讨如何结合诺奖,实现健康中国,促进我国基础科研水平的提高和医疗健康产业的发展")
goal("g-sci", "促进我国基础科研水平的提高和医疗健康产业的发展", "促进我国基础科研水平的提高和医疗健康产业的发展")
goal("g-eco", "关注生态环境和社会人文", "特别提出健康中国的发展应关注生态环境和社会人文")
goal("g-hcs", "提出“健康中国”理念和发展战略", "李克强总理提出“健康中国”理念和发展战略", optional=True)
rel("chen", "proposes", "g-eco")
rel("li", "proposes", "g-hcs", optional=True)
rel("gwr", "hasGoal", "g-hcs", optional=True)
rel("hc2020", "hasGoal", "g-hc", optional=True)
rel("cass-gs", "subOrganizationOf", "cass")
rel("wang", "holdsPost", "nhfpc", post="副主任")
rel("wang", "holdsPost", "satcm", post="局长")
rel("huang", "holdsPost", "cass-gs", post="院长")
rel("wang", "speaksAt", "summit")
rel("huang", "speaksAt", "summit", optional=True)
rel("chen", "speaksAt", "summit", optional=True)
rel("summit", "locatedIn", "beijing")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
