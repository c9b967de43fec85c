"""Gold annotation of plan-shaanxi-digital-2021 (V访谈丨鲍永能:大力实施数字陕西战略 为高质量发展“赋能增效”), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-shaanxi-digital-2021"
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

ent("sx-scio", "Agency", "陕西省政府新闻办")
ent("sx-cac", "Agency", "陕西省委网信办")
ent("sx-cpc", "Agency", "陕西省委")
ent("sx-gov", "Agency", "陕西省人民政府", ["省政府"])
rel("sx-cac", "subOrganizationOf", "sx-cpc", optional=True)
ent("cnwest", "Organization", "西部网", ["陕西新闻网"])
ent("xxqg", "Organization", "“学习强国”陕西学习平台", optional=True)
ent("sxtt", "Organization", "西部网·陕西头条", optional=True)
rel("sxtt", "subOrganizationOf", "cnwest", optional=True)
ent("bao", "Person", "鲍永能")
ent("song", "Person", "宋洋")
ent("liu", "Person", "刘望")
rel("bao", "holdsPost", "sx-cac", post="主任")
rel("song", "holdsPost", "cnwest", post="记者", optional=True)
rel("liu", "holdsPost", "cnwest", post="记者", optional=True)
ent("presser", "Event", "“凝心聚力高质量发展 谱写追赶超越新篇章”系列新闻发布会")
rel("bao", "speaksAt", "presser", optional=True)
ent("covid", "Event", "新冠肺炎疫情", optional=True)
ent("shaanxi", "Place", "陕西", ["我省"])
ent("doc-national", "Document", "数字经济发展战略纲要")
ent("doc-net", "Document", "关于加快网络经济发展的意见")
rel("doc-net", "publishedBy", "sx-cpc"); rel("doc-net", "publishedBy", "sx-gov")
stat("s-share", "数字经济规模占生产总值比重", "30.6%", "2020年,我省数字经济规模占生产总值比重达到30.6%")
G = [("g1", "大力实施数字陕西战略", "“十四五”时期,陕西将大力实施数字陕西战略"),
     ("g2", "争创国家数字经济创新发展试验区", "以争创国家数字经济创新发展试验区为目标"),
     ("g3", "开展数字经济试点示范", "以开展数字经济试点示范为载体"),
     ("g4", "强化目标引领", "强化目标引领"),
     ("g5", "优化空间布局", "优化空间布局"),
     ("g6", "瞄准主攻方向", "瞄准主攻方向"),
     ("g7", "完善政策体系", "完善政策体系"),
     ("g8", "推进全省数字经济加快发展", "推进全省数字经济加快发展"),
     ("g9", "为全省经济社会高质量发展“赋能增效”", "为全省经济社会高质量发展“赋能增效”")]
for id, l, e in G:
    goal(id, l, e)
    rel("bao", "proposes", id)
    rel("sx-cac", "hasGoal", id, optional=True)
    rel("sx-gov", "hasGoal", id, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
