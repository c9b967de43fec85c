"""Gold annotation of interpretation-data-twenty-2022 (构建数据基础制度 更好发挥数据要素作用——国家发展改革委负责同志答记者问), by hand per shared/eval/ANNOTATE.md."""
ID = "interpretation-data-twenty-2022"
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

ent("xinhua", "Organization", "新华社")
ent("pan", "Person", "潘洁")
rel("pan", "holdsPost", "xinhua", optional=True, post="记者")
ent("ndrc", "Agency", "国家发展改革委")
ent("cpc", "Agency", "中共中央", ["党中央"])
ent("sc", "Agency", "国务院")
ent("cdrc", "Agency", "中央全面深化改革委员会")
ent("xi", "Person", "习近平")
rel("xi", "holdsPost", "cpc", optional=True, post="总书记")
ent("mtg", "Event", "中央全面深化改革委员会第二十六次会议")
rel("xi", "speaksAt", "mtg", optional=True)
ent("doc", "Document", "中共中央国务院关于构建数据基础制度更好发挥数据要素作用的意见", ["数据二十条", "意见"])
rel("doc", "publishedBy", "cpc")
rel("doc", "publishedBy", "sc")
rel("doc", "publishedBy", "ndrc")
rel("doc", "adoptedAt", "mtg")
ent("beijing", "Place", "北京", optional=True)
ent("china", "Place", "中国", ["我国"], optional=True)
SIG = "有利于充分发挥数据要素作用,赋能实体经济,推动高质量发展"
G = [("g1", "构建数据基础制度", "构建数据基础制度 更好发挥数据要素作用——国家发展改革委负责同志答记者问", False),
     ("g2", "更好发挥数据要素作用", "构建数据基础制度 更好发挥数据要素作用——国家发展改革委负责同志答记者问", False),
     ("g3", "构建与数字生产力发展相适应的生产关系", "亟需构建与数字生产力发展相适应的生产关系", False),
     ("g4", "不断解放和发展数字生产力", "不断解放和发展数字生产力", False),
     ("b1", "赋能实体经济", SIG, False),
     ("b2", "推动高质量发展", SIG, False),
     ("b3", "做强做优做大数字经济", "有利于做强做优做大数字经济", False),
     ("b4", "应对科技革命和产业变革", "应对科技革命和产业变革", False),
     ("b5", "构筑国际竞争新优势", "构筑国际竞争新优势", False),
     ("b6", "统筹分配效率与公平", "有利于统筹分配效率与公平", False),
     ("b7", "推动全民共享数字经济发展红利", "推动全民共享数字经济发展红利", False),
     ("b8", "促进实现共同富裕", "促进实现共同富裕", False),
     ("b9", "提高数据要素治理效能", "有利于提高数据要素治理效能", False),
     ("b10", "助力国家治理体系和治理能力现代化", "助力国家治理体系和治理能力现代化", False)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("doc", "hasGoal", id)
    rel("ndrc", "hasGoal", id, optional=True)
    rel("cpc", "hasGoal", id, optional=True)
    rel("sc", "hasGoal", id, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
