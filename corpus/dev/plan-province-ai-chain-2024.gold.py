"""Gold annotation of plan-province-ai-chain-2024 (人工智能产业发展《行动计划》起草说明), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-province-ai-chain-2024"
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

ent("xi", "Person", "习近平")
ent("cpc-cc", "Agency", "党中央")
ent("sc", "Agency", "国务院")
ent("prov-cpc", "Agency", "省委", optional=True)
ent("prov-gov", "Agency", "省政府", optional=True)
ent("plan", "Document", "行动计划", ["《行动计划》", "《行动计划(征求意见稿)》"])
ent("chain", "Document", "产业链“链长制”工作运行机制实施方案", optional=True)
T = [("ai", "人工智能", False), ("compute", "“大算力”", False), ("bigdata", "大数据", False), ("llm", "大模型", False),
     ("agent", "智能体", False), ("corpus", "语料库", True), ("aicompute", "智能算力", True)]
for id, l, o in T:
    ent(id, "Technology", l, optional=o)
    rel("prov-gov", "promotes", id, optional=True)
rel("cpc-cc", "promotes", "ai", optional=True); rel("sc", "promotes", "ai", optional=True)
stat("s-chains", "标志性产业链", "19条", "省委、省政府将人工智能产业链确定为我省19条标志性产业链之一")
G = [("g1", "大力发展以人工智能产业为代表的新质生产力", "大力发展以人工智能产业为代表的新质生产力,是我省深入贯彻国家发展人工智能战略部署,全面推进人工智能赋能新型工业化的关键举措", False, ["ai"]),
     ("g2", "深入贯彻国家发展人工智能战略部署", "深入贯彻国家发展人工智能战略部署", True, ["ai"]),
     ("g3", "全面推进人工智能赋能新型工业化", "全面推进人工智能赋能新型工业化", False, ["ai"]),
     ("g4", "聚焦“大算力”、大数据、大模型、智能体等重点领域", "我们按照全省统一工作部署,聚焦“大算力”、大数据、大模型、智能体等重点领域", True, ["compute", "bigdata", "llm", "agent"]),
     ("g5", "明确了人工智能产业发展的主攻方向和突破口", "逐步明确了人工智能产业发展的主攻方向和突破口", True, ["ai"])]
for id, l, e, opt, techs in G:
    goal(id, l, e, optional=opt)
    rel("plan", "hasGoal", id, optional=True)
    rel("prov-gov", "hasGoal", id, optional=True)
    for t in techs:
        rel(id, "involvesTechnology", t, optional=opt)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
