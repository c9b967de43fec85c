"""Gold annotation of interpretation-most-ai-plan-2017 (国务院政策例行吹风会:科技部副部长李萌介绍《新一代人工智能发展规划》有关情况), by hand per shared/eval/ANNOTATE.md."""
ID = "interpretation-most-ai-plan-2017"
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

ent("scio", "Agency", "国务院新闻办公室", ["国务院新闻办"])
ent("sc", "Agency", "国务院")
ent("most", "Agency", "科学技术部", ["科技部"])
ent("most-cx", "Agency", "创新发展司", ["科技部创新发展司"])
ent("most-gx", "Agency", "高新技术及产业化司", ["科技部高新技术及产业化司"])
ent("cpc-cc", "Agency", "党中央")
ent("cnw", "Organization", "中国网", ["中国网/中国发展门户网"])
rel("scio", "subOrganizationOf", "sc", optional=True)
rel("most-cx", "subOrganizationOf", "most"); rel("most-gx", "subOrganizationOf", "most")
ent("limeng", "Person", "李萌")
ent("xu", "Person", "许倞")
ent("qin", "Person", "秦勇")
ent("hu", "Person", "胡凯红")
ent("yangnan", "Person", "杨楠", optional=True)
ent("xi", "Person", "习近平")
ent("likq", "Person", "李克强")
rel("limeng", "holdsPost", "most", post="副部长")
rel("xu", "holdsPost", "most-cx", post="司长")
rel("qin", "holdsPost", "most-gx", post="司长")
ent("brief", "Event", "国务院政策例行吹风会")
ent("stconf", "Event", "全国科技创新大会")
for p in ("limeng", "hu"):
    rel(p, "speaksAt", "brief")
rel("xu", "speaksAt", "brief", optional=True); rel("qin", "speaksAt", "brief", optional=True)
ent("plan", "Document", "新一代人工智能发展规划", ["《规划》", "规划"])
ent("gwr", "Document", "政府工作报告", ["《政府工作报告》"])
rel("plan", "publishedBy", "sc")
ent("ai", "Technology", "人工智能")
ent("china", "Place", "我国", optional=True)
rel("sc", "promotes", "ai"); rel("most", "promotes", "ai"); rel("cpc-cc", "promotes", "ai", optional=True)
goal("x1", "抓住机遇", "要求抓住机遇,在这一高技术领域抢占先机,加快部署和实施")
goal("x2", "在这一高技术领域抢占先机", "在这一高技术领域抢占先机")
goal("x3", "加快部署和实施", "加快部署和实施")
for g in ("x1", "x2", "x3"):
    rel("xi", "proposes", g); rel("cpc-cc", "hasGoal", g, optional=True)
goal("l1", "加快人工智能等技术研发和转化", "李克强总理在今年《政府工作报告》中强调,要加快人工智能等技术研发和转化")
goal("l2", "做大做强产业集群", "做大做强产业集群")
for g in ("l1", "l2"):
    rel("likq", "proposes", g); rel("gwr", "hasGoal", g)
rel("l1", "involvesTechnology", "ai")
goal("m1", "贯彻落实去年全国科技创新大会精神", "也是我们贯彻落实去年全国科技创新大会精神又一次有力的具体行动", optional=True)
rel("plan", "hasGoal", "m1", optional=True); rel("limeng", "proposes", "m1", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
