"""Gold annotation of document-ai-plan-2017 (国务院印发新一代人工智能发展规划 将分三步走), by hand per shared/eval/ANNOTATE.md."""
ID = "document-ai-plan-2017"
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
ent("govcn", "Organization", "中国政府网")
ent("plan", "Document", "新一代人工智能发展规划", ["规划"])
rel("plan", "publishedBy", "sc")
ent("china", "Place", "中国", ["我国"], optional=True)
ent("ai", "Technology", "人工智能", ["新一代人工智能"])
# three-step targets (each step one goal; its clauses optional sub-goals)
goal("s1", "人工智能总体技术和应用与世界先进水平同步", lines[4])
goal("s2", "人工智能基础理论实现重大突破", lines[5])
goal("s3", "人工智能理论、技术与应用总体达到世界领先水平", lines[6])
goal("s1b", "人工智能产业成为新的重要经济增长点", "人工智能产业成为新的重要经济增长点", optional=True)
goal("s1c", "人工智能技术应用成为改善民生的新途径", "人工智能技术应用成为改善民生的新途径", optional=True)
goal("s2b", "部分技术与应用达到世界领先水平", "部分技术与应用达到世界领先水平", optional=True)
goal("s2c", "人工智能成为带动我国产业升级和经济转型的主要动力", "人工智能成为带动我国产业升级和经济转型的主要动力", optional=True)
goal("s2d", "智能社会建设取得积极进展", "智能社会建设取得积极进展", optional=True)
goal("s3b", "成为世界主要人工智能创新中心", "成为世界主要人工智能创新中心", optional=True)
goal("s3c", "智能经济、智能社会取得明显成效", "智能经济、智能社会取得明显成效", optional=True)
goal("steps", "战略目标分三步走", "《规划》指出对于战略目标分三步走", optional=True)
# key tasks
goal("t1", "全面增强科技创新基础能力", "全面增强科技创新基础能力")
goal("t2", "全面拓展重点领域应用深度广度", "全面拓展重点领域应用深度广度")
goal("t3", "全面提升经济社会发展和国防应用智能化水平", "全面提升经济社会发展和国防应用智能化水平")
goal("t0", "找准突破口和主攻方向", "立足国家发展全局,准确把握全球人工智能发展态势,找准突破口和主攻方向", optional=True)
goal("k1", "构建开放协同的人工智能科技创新体系", "一是构建开放协同的人工智能科技创新体系。")
goal("k2", "培育高端高效的智能经济", "二是培育高端高效的智能经济。")
goal("k3", "建设安全便捷的智能社会", "三是建设安全便捷的智能社会。")
goal("k4", "加强人工智能领域军民融合", "四是加强人工智能领域军民融合。")
goal("k5", "构建泛在安全高效的智能化基础设施体系", "五是构建泛在安全高效的智能化基础设施体系。")
goal("k6", "前瞻布局新一代人工智能重大科技项目", "六是前瞻布局新一代人工智能重大科技项目。")
for g in ("s1", "s2", "s3", "t1", "t2", "t3", "k1", "k2", "k3", "k4", "k5", "k6"):
    rel("plan", "hasGoal", g)
    rel("sc", "hasGoal", g, optional=True)
for g in ("s1b", "s1c", "s2b", "s2c", "s2d", "s3b", "s3c", "steps", "t0"):
    rel("plan", "hasGoal", g, optional=True)
for g in ("s1", "s2", "s3", "k1", "k4", "k6", "s1b", "s1c", "s2c", "s3b"):
    rel(g, "involvesTechnology", "ai", optional=g in ("s1b", "s1c", "s2c", "s3b"))
rel("sc", "promotes", "ai")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
