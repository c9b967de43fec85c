"""Gold annotation of speech-spic-green-energy-2020 (国家电投钱智民:绿色智慧能源大品牌时代来了), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-spic-green-energy-2020"
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
ent("qian", "Person", "钱智民")
ent("xi", "Person", "习近平", optional=True)
ent("pd", "Organization", "人民日报社")
ent("spic", "Organization", "国家电投")
ent("bjx", "Organization", "北极星电力网")
ent("cpc", "Agency", "党中央", optional=True)
ent("forum", "Event", "2020中国品牌论坛")
ent("olympics", "Event", "2022年的冬奥会", optional=True)
ent("beijing", "Place", "北京")
ent("zjk", "Place", "张家口")
ent("anhui", "Place", "安徽")
ent("fengyang", "Place", "凤阳")
ent("xiaogang", "Place", "小岗村")
ent("china", "Place", "中国", ["我国"], optional=True)
ent("speech-title", "Document", "绿色智慧能源大品牌时代来了", optional=True)
ent("fyp14", "Document", "国家电投“十四五”规划")
ent("s2035", "Document", "“2035一流战略”", ["2035一流战略"])
ent("clean", "Technology", "清洁能源", optional=True)
ent("pv", "Technology", "光伏")
ent("wind", "Technology", "风电")
ent("gt", "Technology", "重型燃气轮机")
ent("pwr", "Technology", "大型先进压水堆核电站", optional=True)
ent("storage", "Technology", "储能")
ent("h2", "Technology", "氢能")
ent("fc", "Technology", "燃料电池")
ent("ies", "Technology", "综合智慧能源", optional=True)
for id, l in [("guohe", "国和一号"), ("ronghe", "容和一号"), ("qingteng", "氢腾")]:
    ent(id, "Technology", l, optional=True)
goal("g-brand", "全力打造绿色智慧能源品牌", "近年来,国家电投认真落实习近平总书记和党中央的部署,全力打造绿色智慧能源品牌")
goal("g-55", "清洁能源比重将达到55%", "到今年底,我们的清洁能源比重将达到55%")
goal("g-bus", "提供1000辆可续航600公里的氢能公交车", "我们将为2022年的冬奥会提供1000辆可续航600公里的氢能公交车")
goal("g-peak", "到2023年将实现国家电投在国内的“碳达峰”", "初步测算,到2023年将实现国家电投在国内的“碳达峰”,为全球能源清洁低碳发展做出贡献")
goal("g-global", "为全球能源清洁低碳发展做出贡献", "为全球能源清洁低碳发展做出贡献", optional=True)
goal("g-3060", "“碳达峰”、“碳中和”目标", "中国的清洁能源“碳达峰”、“碳中和”目标一定会实现", optional=True)
for g in ("g-brand", "g-55", "g-bus", "g-peak"):
    rel("qian", "proposes", g); rel("spic", "hasGoal", g)
for g in ("g-global", "g-3060"):
    rel("qian", "proposes", g, optional=True)
rel("spic", "hasGoal", "g-global", optional=True)
rel("fyp14", "hasGoal", "g-peak", optional=True)
rel("s2035", "hasGoal", "g-peak", optional=True)
rel("g-bus", "involvesTechnology", "h2")
rel("g-55", "involvesTechnology", "clean", optional=True)
rel("g-3060", "involvesTechnology", "clean", optional=True)
rel("spic", "promotes", "storage")
rel("spic", "promotes", "h2")
for t in ("pv", "wind", "gt", "fc", "pwr", "ies", "clean", "guohe", "ronghe", "qingteng"):
    rel("spic", "promotes", t, optional=True)
ent("s-scen", "Statistic", "智慧能源模式的场景", value="24个", evidence=ev("设计出24个场景的智慧能源模式"), optional=True)
rel("fyp14", "publishedBy", "spic")
rel("s2035", "publishedBy", "spic")
rel("qian", "holdsPost", "spic", post="党组书记、董事长")
rel("qian", "speaksAt", "forum")
rel("forum", "locatedIn", "beijing")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
