"""Gold annotation of briefing-mot-routine-2017 (2017年交通运输部第一次例行新闻发布会(文字实录)), by hand per shared/eval/ANNOTATE.md."""
ID = "briefing-mot-routine-2017"
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

ent("mot", "Agency", "交通运输部")
ent("mot-transport", "Agency", "运输服务司", ["交通运输部运输服务司"])
rel("mot-transport", "subOrganizationOf", "mot")
ent("scio", "Agency", "国新办")
ent("mrcc", "Agency", "中国海上搜救中心")
ent("xu", "Person", "徐成光")
ent("wang", "Person", "王水平")
ent("zhuo", "Person", "卓立")
ent("presser", "Event", "2017年交通运输部第一次例行新闻发布会", ["2017年第一次例行新闻发布会"])
ent("chunyun", "Event", "2017年春运", optional=True)
ent("hall", "Place", "交通运输部新闻发布厅", optional=True)
rel("presser", "locatedIn", "hall", optional=True)
ent("doc-logi", "Document", "物流大通道行动计划", optional=True)
rel("doc-logi", "publishedBy", "mot", optional=True)
rel("xu", "holdsPost", "mot", post="新闻发言人")
rel("wang", "holdsPost", "mot-transport", post="巡视员")
rel("zhuo", "holdsPost", "mrcc", post="副主任")
rel("xu", "speaksAt", "presser")
rel("wang", "speaksAt", "presser", optional=True)
rel("zhuo", "speaksAt", "presser", optional=True)
goal("g1", "为新闻媒体提供便利和支持", "我们也将为新闻媒体提供便利和支持")
rel("mot", "hasGoal", "g1"); rel("xu", "proposes", "g1")
goal("g2", "调整为每月召开一次", "从2017年开始,我办按照国新办加强新闻发布工作的要求,将例行新闻发布会由原来的每两月召开一次,调整为每月召开一次", optional=True)
rel("mot", "hasGoal", "g2", optional=True); rel("xu", "proposes", "g2", optional=True)
goal("g3", "加强新闻发布工作", "按照国新办加强新闻发布工作的要求", optional=True)
rel("scio", "hasGoal", "g3", optional=True)
goal("g4", "推进物流大通道行动计划", "三是通报我部推进物流大通道行动计划有关内容", optional=True)
rel("mot", "hasGoal", "g4", optional=True)
goal("g5", "交通运输更贴近民生实事", "二是通报2017年交通运输更贴近民生实事有关内容", optional=True)
rel("mot", "hasGoal", "g5", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
