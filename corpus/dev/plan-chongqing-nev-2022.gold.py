"""Gold annotation of plan-chongqing-nev-2022 (重庆市人民政府关于印发重庆市建设世界级智能网联新能源汽车产业集群发展规划(2022—2030年)的通知), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-chongqing-nev-2022"
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

ent("cq-gov", "Agency", "重庆市人民政府", ["市政府"])
ent("plan", "Document", "重庆市建设世界级智能网联新能源汽车产业集群发展规划(2022—2030年)", ["重庆市建设世界级智能网联新能源汽车产业集群发展规划"])
ent("notice", "Document", "重庆市人民政府关于印发重庆市建设世界级智能网联新能源汽车产业集群发展规划(2022—2030年)的通知", ["渝府发〔2022〕38号"], optional=True)
ent("nev-plan", "Document", "新能源汽车产业发展规划(2021—2035年)", ["新能源汽车产业发展规划", "国办发〔2020〕39号"])
ent("cq-145", "Document", "重庆市国民经济和社会发展第十四个五年规划和二○三五年远景目标纲要")
rel("plan", "publishedBy", "cq-gov")
rel("notice", "publishedBy", "cq-gov", optional=True)
ent("chongqing", "Place", "重庆", ["重庆市"])
for id, l, opt in [("icv", "智能网联", False), ("ai", "人工智能", False), ("internet", "互联网", False),
                   ("ad", "自动驾驶", False), ("fc", "燃料电池", False), ("nev", "新能源汽车", True),
                   ("bev", "纯电动", True), ("erev", "增程式混合动力", True), ("phev", "插电式混合动力", True),
                   ("sw", "汽车软件", True), ("ict", "信息通信", True), ("single", "单车智能", True)]:
    ent(id, "Technology", l, optional=opt)
goal("g1", "推动我市汽车产业新能源化、智能网联化、高端化、绿色化发展", "为推动我市汽车产业新能源化、智能网联化、高端化、绿色化发展")
goal("g2", "加快建成世界级智能网联新能源汽车产业集群", "加快建成世界级智能网联新能源汽车产业集群")
goal("g3", "加快发展新能源汽车", "加快发展新能源汽车,是推动汽车智能网联化的重要基础", optional=True)
for g in ("g1", "g2"):
    rel("plan", "hasGoal", g)
    rel("cq-gov", "hasGoal", g, optional=True)
    rel(g, "involvesTechnology", "icv", optional=True)
    rel(g, "involvesTechnology", "nev", optional=True)
rel("plan", "hasGoal", "g3", optional=True)
rel("g3", "involvesTechnology", "nev", optional=True)
rel("cq-gov", "promotes", "icv", optional=True)
rel("cq-gov", "promotes", "nev", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
