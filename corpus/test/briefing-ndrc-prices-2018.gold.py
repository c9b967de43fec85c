"""Gold annotation of briefing-ndrc-prices-2018 (发改委举行今年首场新闻发布会 回应当前经济运行热点), by hand per shared/eval/ANNOTATE.md."""
ID = "briefing-ndrc-prices-2018"
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

ent("ndrc", "Agency", "国家发改委", ["发改委"])
ent("ndrc-pro", "Agency", "政研室", ["国家发改委政研室"])
rel("ndrc-pro", "subOrganizationOf", "ndrc")
ent("cnr", "Organization", "央广网")
ent("voc", "Organization", "中国之声")
ent("prog", "Organization", "新闻和报纸摘要", ["《新闻和报纸摘要》"], optional=True)
ent("meng", "Person", "孟玮")
ent("zhang", "Person", "张明浩")
ent("presser", "Event", "今年首场新闻发布会", optional=True)
rel("meng", "speaksAt", "presser", optional=True)
rel("meng", "holdsPost", "ndrc-pro", post="副主任")
rel("meng", "holdsPost", "ndrc", post="新闻发言人")
rel("zhang", "holdsPost", "cnr", post="记者", optional=True)
ent("beijing", "Place", "北京")
ent("china", "Place", "中国", ["我国"], optional=True)
ent("huazhong", "Place", "华中", optional=True)
ent("huadong", "Place", "华东", optional=True)
P = lines[4]
G = [("g1", "加大监督检查力度", "国家发改委将围绕春节期间民生消费重点、近期价格波动热点等加大监督检查力度"),
     ("g2", "涉及民生领域的价格监管", "重点加强“菜篮子”“米袋子”等生活必需品、供暖供气、餐饮、商业零售、旅游等涉及民生领域的价格监管"),
     ("g3", "加强对蔬果、水产品、粮油、肉、蛋等鲜活农产品价格的监管", "针对冰雪灾害地区,要求各级价格主管部门加强对蔬果、水产品、粮油、肉、蛋等鲜活农产品价格的监管"),
     ("g4", "切实维护市场价格秩序", "切实维护市场价格秩序")]
for id, l, e in G:
    goal(id, l, e)
    rel("ndrc", "hasGoal", id); rel("meng", "proposes", id)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
