"""Gold annotation of briefing-miit-llm-2024 (中国工信部:着力推动大模型基础性原创性的技术突破), by hand per shared/eval/ANNOTATE.md."""
ID = "briefing-miit-llm-2024"
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

ent("cns", "Organization", "中新社")
ent("liuyy", "Person", "刘育英")
rel("liuyy", "holdsPost", "cns", post="记者", optional=True)
ent("miit", "Agency", "工业和信息化部", ["工信部", "中国工业和信息化部"])
ent("miit-ops", "Agency", "运行监测协调局")
rel("miit-ops", "subOrganizationOf", "miit")
ent("scio", "Agency", "国务院新闻办")
ent("tao", "Person", "陶青")
rel("tao", "holdsPost", "miit", post="新闻发言人")
rel("tao", "holdsPost", "miit-ops", post="局长")
ent("presser", "Event", "国务院新闻办新闻发布会")
rel("tao", "speaksAt", "presser")
ent("beijing", "Place", "北京")
ent("china", "Place", "中国")
ent("llm", "Technology", "大模型")
ent("gllm", "Technology", "通用大模型", optional=True)
ent("ai", "Technology", "人工智能")
ent("chip", "Technology", "智能芯片")
for id, l in [("fw", "开发框架"), ("cloud", "云算"), ("ic", "智算"), ("hpc", "超算"), ("smartfac", "智能工厂"), ("dws", "数字化车间")]:
    ent(id, "Technology", l, optional=True)
goal("g-edwc", "东数西算", "东数西算等重大工程加快推进", optional=True)
A = "对于人工智能下一步发展,陶青表示,要通过科技创新重大项目,着力推动大模型算法、框架等基础性原创性的技术突破,提升智能芯片算力水平,释放数据价值,强化“根”技术研发"
B = "下一步,将深化人工智能技术在制造业全流程融合应用,大幅提升研发、中试、生产、服务、管理等环节智能化水平"
C = "推进人工智能试点示范,拓展特色应用场景,形成现实生产力"
G = [("g1", "推动大模型算法、框架等基础性原创性的技术突破", A, ["llm"]),
     ("g2", "夯实人工智能技术底座", "着力推动大模型算法、框架等基础性原创性的技术突破,夯实人工智能技术底座", ["ai"]),
     ("g3", "提升智能芯片算力水平", A, ["chip"]),
     ("g4", "释放数据价值", A, []),
     ("g5", "强化“根”技术研发", A, []),
     ("g6", "深化人工智能技术在制造业全流程融合应用", B, ["ai"]),
     ("g7", "大幅提升研发、中试、生产、服务、管理等环节智能化水平", B, []),
     ("g8", "推进人工智能试点示范", C, ["ai"]),
     ("g9", "拓展特色应用场景", C, []),
     ("g10", "形成现实生产力", C, [])]
for id, l, e, techs in G:
    goal(id, l, e)
    rel("miit", "hasGoal", id); rel("tao", "proposes", id)
    for t in techs:
        rel(id, "involvesTechnology", t)
rel("g1", "involvesTechnology", "fw", optional=True)
for t in ("llm", "ai", "chip"):
    rel("miit", "promotes", t)
stat("s1", "人工智能核心产业企业数量", "4400家", "中国人工智能核心产业规模不断增长,企业数量超过4400家")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
