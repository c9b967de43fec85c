"""Gold annotation of speech-faw-nev-2019 (奚国华在中国电动汽车百人会论坛(2019)上的主题演讲), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-faw-nev-2019"
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
ent("faw", "Organization", "中国第一汽车集团有限公司", ["中国一汽"])
ent("ev100", "Organization", "中国电动汽车百人会", optional=True)
ent("xi", "Person", "奚国华")
ent("forum", "Event", "中国电动汽车百人会论坛(2019)")
ent("zeroconf", "Event", "全球零排放与全面电动化大会")
ent("beijing", "Place", "北京")
ent("dyt", "Place", "钓鱼台国宾馆", optional=True)
ent("china", "Place", "中国", optional=True)
ent("nev", "Technology", "新能源汽车", optional=True)
for id, l in [("elec", "电动化"), ("smart", "智能化"), ("net", "网联化")]:
    ent(id, "Technology", l, optional=True)
goal("g-change", "加速变革", "中国一汽正在加速变革,特别是红旗品牌的重塑")
goal("g-brand", "打造中国第一,世界领先", "“打造中国第一,世界领先”的品牌")
goal("g-2023", "新红旗将全系电驱化", "2023年新红旗将全系电驱化")
goal("g-2025", "推出15款电动车型", "2025年推出15款电动车型")
goal("g-mobility", "成为中国领先的移动出行生态服务商", "2025年,中国一汽成为中国领先的移动出行生态服务商的转型基本完成")
for g in ("g-change", "g-brand", "g-2023", "g-2025", "g-mobility"):
    rel("xi", "proposes", g); rel("faw", "hasGoal", g)
goal("s-project", "实施国家重大科技专项整合全球资源", "建议国家围绕“四化”,实施国家重大科技专项整合全球资源,实施开放式创新")
goal("s-open", "实施开放式创新", "实施开放式创新")
for g in ("s-project", "s-open"):
    rel("xi", "proposes", g)
rel("faw", "promotes", "nev", optional=True)
rel("faw", "promotes", "elec", optional=True)
ent("s-sales", "Statistic", "2018年整个汽车市场的销量同比下降", value="3%", evidence=ev("2018年整个汽车市场的销量同比预计下降3%"))
rel("xi", "holdsPost", "faw", post="总经理、党委副书记")
rel("xi", "speaksAt", "zeroconf")
rel("xi", "speaksAt", "forum", optional=True)
rel("forum", "locatedIn", "beijing")
rel("forum", "locatedIn", "dyt", optional=True)
rel("zeroconf", "locatedIn", "beijing", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
