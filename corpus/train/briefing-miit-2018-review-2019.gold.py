"""Gold annotation of briefing-miit-2018-review-2019 (新闻办就2018年工业通信业发展情况举行发布会), by hand per shared/eval/ANNOTATE.md."""
ID = "briefing-miit-2018-review-2019"
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
ent("scio-press", "Agency", "新闻局", ["国新办新闻局"])
rel("scio-press", "subOrganizationOf", "scio")
ent("miit", "Agency", "工业和信息化部")
for id, l in [("miit-ict", "信息通信发展司"), ("miit-ops", "运行监测协调局"), ("miit-soft", "信息化和软件服务业司")]:
    ent(id, "Agency", l); rel(id, "subOrganizationOf", "miit")
ent("cnorg", "Organization", "中国网")
for id, l in [("hu", "胡凯红"), ("miao", "苗圩"), ("wen", "闻库"), ("huang", "黄利斌"), ("xie", "谢少锋")]:
    ent(id, "Person", l)
ent("presser", "Event", "新闻办就2018年工业通信业发展情况举行发布会", ["国务院新闻办今天举办的新闻发布会"])
rel("hu", "holdsPost", "scio-press", post="局长、新闻发言人")
rel("hu", "holdsPost", "scio", post="新闻发言人", optional=True)
rel("miao", "holdsPost", "miit", post="部长")
rel("wen", "holdsPost", "miit-ict", post="司长、新闻发言人")
rel("huang", "holdsPost", "miit-ops", post="局长、新闻发言人")
rel("xie", "holdsPost", "miit-soft", post="司长、新闻发言人")
for p in ("wen", "huang", "xie"):
    rel(p, "holdsPost", "miit", post="新闻发言人", optional=True)
rel("hu", "speaksAt", "presser"); rel("miao", "speaksAt", "presser")
for p in ("wen", "huang", "xie"):
    rel(p, "speaksAt", "presser", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
