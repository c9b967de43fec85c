"""Gold annotation of briefing-mnr-high-quality-2024 (国新办举行“推动高质量发展”系列主题新闻发布会(自然资源部等)图文实录), by hand per shared/eval/ANNOTATE.md."""
ID = "briefing-mnr-high-quality-2024"
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

ent("scio", "Agency", "国务院新闻办公室", ["国务院新闻办", "国新办"])
ent("scio-press", "Agency", "新闻局", ["国务院新闻办新闻局"])
rel("scio-press", "subOrganizationOf", "scio")
ent("mnr", "Agency", "自然资源部")
ent("nfga", "Agency", "国家林业和草原局", ["国家公园管理局"])
for id, l in [("shou", "寿小丽"), ("liu", "刘国洪"), ("yan", "闫振"), ("wu", "吴海洋"), ("he", "何广顺")]:
    ent(id, "Person", l)
ent("liuj", "Person", "刘健", optional=True)
ent("xi", "Person", "习近平", optional=True)
rel("shou", "holdsPost", "scio-press", post="局长、新闻发言人")
rel("liu", "holdsPost", "mnr", post="副部长")
rel("yan", "holdsPost", "nfga", post="副局长")
rel("wu", "holdsPost", "mnr", post="总规划师")
rel("he", "holdsPost", "mnr", post="总工程师")
ent("presser", "Event", "“推动高质量发展”系列主题新闻发布会", ["推动高质量发展”系列主题新闻发布会"])
for p in ("shou", "liu", "yan", "wu", "he"):
    rel(p, "speaksAt", "presser")
ent("cong20", "Event", "党的二十大")
S = "党的二十大以来,自然资源部深入学习贯彻习近平新时代中国特色社会主义思想,统筹发展和安全,坚持生态优先、节约集约、绿色低碳,着力推动高质量发展。"
T = "我们聚焦耕地这个粮食生产的命根子,改革完善耕地占补平衡制度,推动落实耕地保护和粮食安全责任制考核,建立经济奖惩机制"
G = [("g1", "统筹发展和安全", S, False), ("g2", "坚持生态优先、节约集约、绿色低碳", S, False),
     ("g3", "推动高质量发展", S, False), ("g4", "严守资源安全底线", "一是严守资源安全底线。", False),
     ("g5", "改革完善耕地占补平衡制度", T, True), ("g6", "推动落实耕地保护和粮食安全责任制考核", T, True),
     ("g7", "建立经济奖惩机制", T, True)]
for id, l, e, o in G:
    goal(id, l, e, optional=o)
    rel("mnr", "hasGoal", id, optional=o); rel("liu", "proposes", id, optional=o)
A = "2021年以来,全国耕地总量增加1758万亩,连续3年实现净增加"
stat("s1", "2021年以来全国耕地总量增加", "1758万亩", A)
stat("s2", "耕地连续净增加年数", "3年", A, optional=True)
ent("hunan", "Place", "湖南", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
