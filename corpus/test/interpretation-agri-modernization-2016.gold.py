"""Gold annotation of interpretation-agri-modernization-2016 (韩长赋:全面推进 重点突破 加快实现农业现代化), by hand per shared/eval/ANNOTATE.md."""
ID = "interpretation-agri-modernization-2016"
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
    assert label in evidence, (label, evidence)
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

ent("sc", "Agency", "国务院")
ent("moa", "Agency", "农业部")
ent("cpc", "Agency", "中共中央", ["党中央"])
ent("cctv", "Organization", "央视网")
ent("chinanews", "Organization", "中国新闻", optional=True)
ent("han", "Person", "韩长赋")
rel("han", "holdsPost", "moa", post="部长")
ent("xi", "Person", "习近平")
rel("xi", "holdsPost", "cpc", optional=True, post="总书记")
ent("li", "Person", "李克强")
rel("li", "holdsPost", "sc", optional=True, post="总理")
ent("p5", "Event", "党的十八届五中全会", ["十八届五中全会"])
ent("plan", "Document", "全国农业现代化规划(2016-2020年)", ["全国农业现代化规划", "规划"])
rel("plan", "publishedBy", "sc")
ent("plan12", "Document", "全国现代农业发展规划")
rel("plan12", "publishedBy", "sc")
ent("china", "Place", "中国", ["我国"], optional=True)
goal("g1", "加快实现农业现代化", "全面推进 重点突破 加快实现农业现代化")
rel("han", "proposes", "g1")
rel("moa", "hasGoal", "g1")
rel("plan", "hasGoal", "g1", optional=True)
goal("g0", "贯彻新的发展理念", "如何贯彻新的发展理念", optional=True)
rel("plan", "hasGoal", "g0", optional=True)
S = [("s1", "粮食产量", "12000亿斤", "粮食生产实现“十二连增”,连续三年超过12000亿斤"),
     ("s2", "全国农村居民人均可支配收入", "11422元", "2015年全国农村居民人均可支配收入达到11422元"),
     ("s3", "农田有效灌溉面积占比", "52%", "农田有效灌溉面积占比超过52%"),
     ("s4", "农业科技进步贡献率", "56%", "农业科技进步贡献率达到56%"),
     ("s5", "农作物良种覆盖率", "96%", "农作物良种覆盖率稳定在96%以上"),
     ("s6", "主要农作物耕种收综合机械化水平", "63%", "主要农作物耕种收综合机械化水平超过63%"),
     ("s7", "主要农产品加工转化率", "60%", "主要农产品加工转化率超过60%")]
for id, l, v, e in S:
    stat(id, l, v, e)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
