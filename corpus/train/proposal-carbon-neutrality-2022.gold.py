"""Gold annotation of proposal-carbon-neutrality-2022 (两会前瞻|实现碳达峰碳中和目标,代表委员有何“锦囊妙计”), by hand per shared/eval/ANNOTATE.md."""
ID = "proposal-carbon-neutrality-2022"
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

ent("thepaper", "Organization", "澎湃新闻")
ent("wang", "Person", "王俊")
ent("mee", "Agency", "生态环境部")
ent("liu", "Person", "刘友宾")
ent("presser", "Event", "例行新闻发布会", optional=True)
ent("cpc-cc", "Agency", "党中央")
ent("xi", "Person", "习近平", optional=True)
ent("lh", "Event", "全国两会", optional=True)
ent("npc", "Agency", "全国人大", optional=True)
ent("geely", "Organization", "吉利控股集团")
ent("li", "Person", "李书福")
ent("d-methanol", "Document", "关于推广应用甲醇汽车助力交通领域碳中和的建议", ["《关于推广应用甲醇汽车助力交通领域碳中和的建议》"])
ent("china", "Place", "我国", optional=True)
ent("methanol-car", "Technology", "甲醇汽车", optional=True)
ent("nev", "Technology", "新能源汽车", optional=True)
rel("wang", "holdsPost", "thepaper", post="记者", optional=True)
rel("liu", "holdsPost", "mee", post="新闻发言人")
rel("liu", "speaksAt", "presser", optional=True)
rel("li", "holdsPost", "npc", post="全国人大代表", optional=True)
rel("li", "holdsPost", "geely", post="董事长")
ent("s-total", "Statistic", "生态环境部承办全国两会建议提案", value="1024件", evidence=ev("2021年,生态环境部承办全国两会建议提案1024件"))
ent("s-npc", "Statistic", "人大建议", value="637件", evidence=ev("包括人大建议637件"))
ent("s-cppcc", "Statistic", "政协提案", value="387件", evidence=ev("政协提案387件"))
goal("e-1", "将代表委员提出的好方法、好建议作为生态环境工作的“锦囊妙计”", "将代表委员提出的好方法、好建议作为生态环境工作的“锦囊妙计”", optional=True)
goal("e-2", "健全答复承诺事项台账制度", "同时,健全答复承诺事项台账制度,实行跟踪督办,确保如期兑现", optional=True)
goal("e-3", "确保如期兑现", "实行跟踪督办,确保如期兑现", optional=True)
for g in ("e-1", "e-2", "e-3"):
    rel("mee", "hasGoal", g, optional=True); rel("liu", "proposes", g, optional=True)
goal("g-cn", "实现碳达峰、碳中和", "实现碳达峰、碳中和,是以习近平同志为核心的党中央统筹国内国际两个大局作出的重大战略决策")
rel("cpc-cc", "hasGoal", "g-cn", optional=True)
L = [("l-0", "在我国全面推广应用甲醇汽车", "建议,在我国全面推广应用甲醇汽车"),
     ("l-1", "将甲醇汽车纳入新能源汽车发展体系和管理范畴", "将甲醇汽车纳入新能源汽车发展体系和管理范畴"),
     ("l-2", "给予甲醇汽车与新能源汽车同样的政策支持", "给予甲醇汽车与新能源汽车同样的政策支持"),
     ("l-3", "带动更多的企业投入甲醇汽车的研发", "带动更多的企业投入甲醇汽车的研发"),
     ("l-4", "加快实现交通领域碳中和", "加快实现交通领域碳中和")]
for id, l, e in L:
    goal(id, l, e); rel("li", "proposes", id); rel("d-methanol", "hasGoal", id)
for g in ("l-0", "l-1", "l-2", "l-3"):
    rel(g, "involvesTechnology", "methanol-car", optional=True)
for g in ("l-1", "l-2"):
    rel(g, "involvesTechnology", "nev", optional=True)
rel("geely", "promotes", "methanol-car", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
