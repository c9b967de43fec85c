"""Gold annotation of interpretation-ai-plus-2025 (国务院印发《关于深入实施“人工智能+”行动的意见》,全面部署AI赋能高质量发展新蓝图), by hand per shared/eval/ANNOTATE.md."""
ID = "interpretation-ai-plus-2025"
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

ent("sc", "Agency", "国务院")
ent("ndrc", "Agency", "国家发展改革委")
ent("cpc", "Agency", "中共中央", ["党中央"])
ent("doc", "Document", "关于深入实施“人工智能+”行动的意见", ["意见"])
rel("doc", "publishedBy", "sc")
ent("ai", "Technology", "人工智能", ["AI"])
ent("icv", "Technology", "智能网联汽车", optional=True)
ent("wear", "Technology", "智能穿戴", optional=True)
ent("home", "Technology", "智能家居", optional=True)
ent("robot", "Technology", "智能机器人", optional=True)
ent("china", "Place", "中国", ["我国"], optional=True)
D = [("d1", "把握关键窗口期", "为把握关键窗口期,加速AI价值创造", False, True),
     ("d2", "加速AI价值创造", "为把握关键窗口期,加速AI价值创造", False, True),
     ("d3", "实施“人工智能+”行动", "实施“人工智能+”行动具有重大战略意义", False, True),
     ("d0", "全面部署AI赋能高质量发展新蓝图", "全面部署AI赋能高质量发展新蓝图", True, True)]
for id, l, e, opt, t in D:
    goal(id, l, e, optional=opt)
    rel("doc", "hasGoal", id, optional=opt)
    rel("sc", "hasGoal", id, optional=True)
    rel("ndrc", "hasGoal", id, optional=True)
    if t: rel(id, "involvesTechnology", "ai", optional=opt)
N = [("n1", "加强战略引导和统筹", "亟需加强战略引导和统筹", False, False),
     ("n2", "推动全社会深刻认识AI对生产力的革命性影响", "推动全社会深刻认识AI对生产力的革命性影响", False, True),
     ("n3", "全面推进科技创新、产业发展和赋能应用", "全面推进科技创新、产业发展和赋能应用", False, False),
     ("n4", "加快培育新质生产力", "为加快培育新质生产力、推动高质量发展提供新动能", False, False),
     ("n5", "推动高质量发展", "为加快培育新质生产力、推动高质量发展提供新动能", False, False),
     ("m0", "顺应技术规律", "顺应技术规律: 以应用需求牵引技术创新", True, False),
     ("m1", "以应用需求牵引技术创新", "以应用需求牵引技术创新", False, False),
     ("m2", "以技术突破支撑场景落地", "以技术突破支撑场景落地", False, False),
     ("m3", "促进双向赋能", "促进双向赋能", False, False),
     ("m4", "以应用发展的确定性应对技术和外部环境的不确定性", "以应用发展的确定性应对技术和外部环境的不确定性", True, False),
     ("m5", "加快形成中国特色发展路径", "加快形成中国特色发展路径", False, False)]
for id, l, e, opt, t in N:
    goal(id, l, e, optional=opt)
    rel("ndrc", "hasGoal", id, optional=opt)
    rel("doc", "hasGoal", id, optional=True)
    rel("sc", "hasGoal", id, optional=True)
    if t: rel(id, "involvesTechnology", "ai")
rel("sc", "promotes", "ai")
rel("ndrc", "promotes", "ai")
rel("cpc", "promotes", "ai", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
