"""Gold annotation of speech-caas-agritech-2019 (万建民:农业科技对粮食安全贡献率达60%), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-caas-agritech-2019"
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
for id, l in [("qiu", "邱晨辉"), ("wan", "万建民"), ("mei", "梅旭荣"), ("liu", "刘春明")]:
    ent(id, "Person", l)
ent("cyd", "Organization", "中国青年报")
ent("cyol", "Organization", "中国青年网")
ent("caas", "Organization", "中国农业科学院")
ent("cae", "Organization", "中国工程院")
ent("ics", "Organization", "作物科学研究所", ["中国农业科学院作物科学研究所"])
ent("genebank", "Organization", "国家作物种质库", optional=True)
ent("cast", "Organization", "中国科协")
ent("cast-dept", "Organization", "调宣部", ["中国科协调宣部"])
ent("csjs", "Organization", "中国科技新闻学会")
ent("gmw", "Organization", "光明网")
ent("forum", "Event", "“庆祝新中国成立70周年——农业科技成就回顾与展望”主题论坛")
ent("china", "Place", "中国", optional=True)
goal("w-prod", "坚持面向生产", "未来将坚持面向生产,解决生产问题,围绕重大科学问题,聚焦品质改良,实现产量与品质兼并")
goal("w-solve", "解决生产问题", "解决生产问题")
goal("w-sci", "围绕重大科学问题", "围绕重大科学问题", optional=True)
goal("w-qual", "聚焦品质改良", "聚焦品质改良")
goal("w-both", "实现产量与品质兼并", "实现产量与品质兼并")
for g in ("w-prod", "w-solve", "w-qual", "w-both"):
    rel("wan", "proposes", g); rel("caas", "hasGoal", g)
rel("wan", "proposes", "w-sci", optional=True); rel("caas", "hasGoal", "w-sci", optional=True)
goal("m-seat", "应对科技竞争需占有一席之地", "应对科技竞争需占有一席之地")
goal("m-auto", "实现自主可控", "核心关键技术不再受制于人,实现自主可控")
goal("m-all", "进行全方位创新", "从支撑农业科技发展到引领乡村创新,进行全方位创新")
goal("m-role", "实现角色转变", "实现角色转变")
for g in ("m-seat", "m-auto", "m-all", "m-role"):
    rel("mei", "proposes", g); rel("caas", "hasGoal", g, optional=True)
goal("l-150", "保存容量将扩充到150万份", "未来,新的作物种质库保存容量将扩充到150万份,跃居世界第一")
rel("liu", "proposes", "l-150")
rel("ics", "hasGoal", "l-150", optional=True)
rel("caas", "hasGoal", "l-150", optional=True)
ent("s-contrib", "Statistic", "农业科技对粮食安全的贡献率", value="60%", evidence=ev("新中国成立70年来,农业科技对粮食安全的贡献率达到了60%"))
ent("s-germ", "Statistic", "国家作物种质库储存的种质资源", value="50万份", evidence=ev("目前国家作物种质库已经储存了50万份种质资源"))
rel("ics", "subOrganizationOf", "caas")
rel("cast-dept", "subOrganizationOf", "cast")
rel("wan", "holdsPost", "caas", post="副院长")
rel("mei", "holdsPost", "caas", post="副院长")
rel("liu", "holdsPost", "ics", post="所长")
rel("qiu", "holdsPost", "cyd", post="记者", optional=True)
for p in ("wan", "mei", "liu"):
    rel(p, "speaksAt", "forum")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
