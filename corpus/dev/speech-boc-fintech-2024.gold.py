"""Gold annotation of speech-boc-fintech-2024 (中国银行董事长:科技和绿色金融会是中国金融未来发展的重要方向), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-boc-fintech-2024"
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
for id, l in [("dai", "戴小橦"), ("ge", "葛海蛟"), ("hou", "侯宇")]:
    ent(id, "Person", l)
ent("cnsnet", "Organization", "中新网")
ent("cns", "Organization", "中新社")
ent("boc", "Organization", "中国银行", ["中银"])
ent("hkma", "Agency", "香港金融管理局")
ent("summit", "Event", "国际金融领袖投资峰会", ["香港国际金融领袖投资峰会"])
ent("hk", "Place", "香港", ["香港特区"])
ent("hotel", "Place", "香港特区四季酒店", optional=True)
ent("gba", "Place", "粤港澳大湾区", ["大湾区"])
ent("mainland", "Place", "内地", optional=True)
ent("china", "Place", "中国", optional=True)
ent("ai", "Technology", "人工智能")
ent("iiot", "Technology", "工业互联网")
ent("ad", "Technology", "自动驾驶")
ent("pv", "Technology", "光伏")
for id, l in [("solar", "太阳能发电"), ("ne", "新能源"), ("nev", "新能源汽车"), ("ngit", "新一代信息技术")]:
    ent(id, "Technology", l, optional=True)
goal("g-effort", "中银将在此领域持续发力", "科技金融和绿色金融将会是中国金融实现高质量发展的重要方向,中银将在此领域持续发力")
goal("g-new", "推动中国金融在绿色发展及支持科技创新上有新的作为", "推动中国金融在绿色发展及支持科技创新上有新的作为")
goal("g-gba", "持续在大湾区为客户提供优质的金融服务", "未来,中银会持续在大湾区为客户提供优质的金融服务")
goal("g-hq", "中国金融实现高质量发展", "科技金融和绿色金融将会是中国金融实现高质量发展的重要方向", optional=True)
for g in ("g-effort", "g-new", "g-gba"):
    rel("ge", "proposes", g); rel("boc", "hasGoal", g)
rel("ge", "proposes", "g-hq", optional=True)
ent("s-nev", "Statistic", "新能源汽车产销量同比增长", value="超过30%", evidence=ev("新能源汽车产销量同比增长超过30%"))
rel("ge", "holdsPost", "boc", post="董事长")
rel("dai", "holdsPost", "cnsnet", post="记者", optional=True)
rel("hou", "holdsPost", "cns", post="记者", optional=True)
rel("ge", "speaksAt", "summit")
rel("summit", "locatedIn", "hk")
rel("summit", "locatedIn", "hotel", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
