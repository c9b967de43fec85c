"""Gold annotation of briefing-moa-dairy-2015 (农业部副部长余欣荣就加快建设现代农业答记者问), by hand per shared/eval/ANNOTATE.md."""
ID = "briefing-moa-dairy-2015"
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

ent("npc3", "Event", "十二届全国人大三次会议")
ent("press-center", "Agency", "十二届全国人大三次会议新闻中心")
ent("presser", "Event", "记者会", optional=True)
ent("hall", "Place", "梅地亚中心多功能厅", optional=True)
rel("presser", "locatedIn", "hall", optional=True)
ent("moa", "Agency", "农业部")
ent("yu", "Person", "余欣荣")
ent("bi", "Person", "毕美家")
rel("yu", "holdsPost", "moa", post="副部长")
rel("bi", "holdsPost", "moa", post="总经济师、新闻发言人")
rel("yu", "speaksAt", "presser", optional=True); rel("bi", "speaksAt", "presser", optional=True)
ent("phtv", "Organization", "凤凰卫视")
ent("ifeng", "Organization", "凤凰网")
ent("china", "Place", "中国", ["我国"], optional=True)
T = "就“推进改革创新,加快建设现代农业”的相关问题回答中外记者的提问"
goal("g1", "推进改革创新", T)
goal("g2", "加快建设现代农业", T)
goal("g3", "解决近期部分地方出现的奶业发展方面的问题", "而且采取了一系列措施来逐渐缓解、解决近期部分地方出现的奶业发展方面的问题")
for g in ("g1", "g2", "g3"):
    rel("moa", "hasGoal", g)
rel("yu", "proposes", "g3")
rel("yu", "proposes", "g1", optional=True); rel("yu", "proposes", "g2", optional=True)
A = "去年我国从国际市场上进口了105万吨奶粉,增长幅度达到了6.5%"
B = "2014年全国的生鲜奶产量达到了3725万吨"
C = "养殖户鲜奶的收购价格由去年初的1公斤3.25元下降到第三季度的2.85元"
stat("s1", "从国际市场进口奶粉", "105万吨", A)
stat("s2", "进口奶粉增长幅度", "6.5%", A)
stat("s3", "2014年全国生鲜奶产量", "3725万吨", B)
stat("s4", "去年初养殖户鲜奶收购价格", "3.25元", C)
stat("s5", "第三季度养殖户鲜奶收购价格", "2.85元", C)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
