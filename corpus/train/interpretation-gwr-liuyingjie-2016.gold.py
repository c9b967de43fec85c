"""Gold annotation of interpretation-gwr-liuyingjie-2016 (国务院新闻办公室举行吹风会 解读《政府工作报告》), by hand per shared/eval/ANNOTATE.md."""
ID = "interpretation-gwr-liuyingjie-2016"
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

ent("scio", "Agency", "国务院新闻办公室")
ent("sc", "Agency", "国务院")
ent("sc-rs", "Agency", "国务院研究室")
ent("sc-rs-info", "Agency", "信息司", ["国务院研究室信息司"])
rel("sc-rs-info", "subOrganizationOf", "sc-rs")
rel("sc-rs", "subOrganizationOf", "sc", optional=True)
rel("scio", "subOrganizationOf", "sc", optional=True)
ent("npc", "Agency", "全国人民代表大会")
ent("cpc-cc", "Agency", "党中央")
ent("cnr", "Organization", "央广网")
ent("voc", "Organization", "中国之声", optional=True)
ent("pan", "Person", "潘毅")
ent("liu", "Person", "刘应杰")
ent("likq", "Person", "李克强")
rel("pan", "holdsPost", "cnr", post="记者", optional=True)
rel("liu", "holdsPost", "sc-rs-info", post="司长")
rel("likq", "holdsPost", "sc", post="总理", optional=True)
ent("brief", "Event", "吹风会", optional=True)
rel("liu", "speaksAt", "brief", optional=True)
ent("npc4", "Event", "十二届全国人大四次会议")
ent("gwr", "Document", "政府工作报告", ["《政府工作报告》"])
rel("gwr", "publishedBy", "sc")
rel("gwr", "adoptedAt", "npc4")
ent("beijing", "Place", "北京", optional=True)
ent("china", "Place", "中国", optional=True)
ent("internet", "Technology", "互联网", optional=True)
Q = [("g1", "牢牢抓住发展第一要务不放松", "一个是牢牢抓住发展第一要务不放松"),
     ("g2", "保持一定的合理经济增长速度", "必须保持一定的合理经济增长速度"),
     ("g3", "提高经济增长和效益", "同时提高经济增长和效益"),
     ("g4", "大力推进结构性改革", "第二点是要大力推进结构性改革,特别是供给侧的结构性改革"),
     ("g5", "加快新旧发展动能接续转换", "第三点是要加快新旧发展动能接续转换"),
     ("g11", "经济预期增长目标提出6.5%-7%的弹性范围", "第一次创新性的对今年经济预期增长目标提出6.5%-7%的弹性范围")]
for id, l, e in Q:
    goal(id, l, e); rel("gwr", "hasGoal", id); rel("liu", "proposes", id)
N = [("g6", "贯彻好创新、协调、绿色、开放、共享新发展理念", "要求贯彻好创新、协调、绿色、开放、共享新发展理念"),
     ("g7", "落实好宏观政策要稳", "落实好宏观政策要稳、产业政策要准、微观政策要活、改革政策要实、社会政策要托底“五大政策”"),
     ("g8", "实施好去产能、去库存、去杠杆、降成本、补短板", "实施好去产能、去库存、去杠杆、降成本、补短板“五大重点任务”"),
     ("g9", "把握好稳增长与调结构的平衡", "把握好稳增长与调结构的平衡"),
     ("g10", "保持经济运行在合理区间", "保持经济运行在合理区间")]
for id, l, e in N:
    goal(id, l, e); rel("gwr", "hasGoal", id); rel("liu", "proposes", id, optional=True)
goal("x1", "“中国制造+互联网”", "新举措如“中国制造+互联网”等", optional=True)
rel("gwr", "hasGoal", "x1", optional=True); rel("x1", "involvesTechnology", "internet", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
