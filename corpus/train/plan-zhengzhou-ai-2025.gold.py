"""Gold annotation of plan-zhengzhou-ai-2025 (《郑州市场景驱动人工智能创新发展行动方案(2025—2027年)》解读), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-zhengzhou-ai-2025"
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
ent("liqiang", "Person", "李强")
ent("hn-cpc", "Agency", "中共河南省委", ["省委"])
ent("hn-gov", "Agency", "河南省人民政府", ["省政府"])
ent("gwr", "Document", "政府工作报告")
ent("hn-plan", "Document", "河南省推动“人工智能+”行动计划(2024-2026年)", ["豫政办〔2024〕64号"])
ent("plan", "Document", "郑州市场景驱动人工智能创新发展行动方案(2025—2027年)", ["行动方案"])
ent("henan", "Place", "河南省")
ent("zhengzhou", "Place", "郑州市")
ent("ai", "Technology", "人工智能")
ent("aiplus", "Technology", "“人工智能+”", optional=True)
rel("hn-plan", "publishedBy", "hn-gov")
rel("hn-plan", "publishedBy", "hn-cpc", optional=True)
rel("hn-cpc", "promotes", "ai", optional=True)
rel("hn-gov", "promotes", "ai", optional=True)
goal("gwr-g1", "持续推进“人工智能+”行动", "李强总理在今年的政府工作报告中提出,要持续推进“人工智能+”行动")
rel("gwr", "hasGoal", "gwr-g1"); rel("liqiang", "proposes", "gwr-g1")
rel("gwr-g1", "involvesTechnology", "ai"); rel("gwr-g1", "involvesTechnology", "aiplus", optional=True)
G = [("g0", "深入贯彻落实国家和河南省关于发展人工智能的决策部署", "为深入贯彻落实国家和河南省关于发展人工智能的决策部署", True, ["ai"]),
     ("g1", "发挥场景驱动创新优势", "发挥场景驱动创新优势", False, []),
     ("g2", "抢抓人工智能技术革命和发展机遇", "抢抓人工智能技术革命和发展机遇", False, ["ai"]),
     ("g3", "推动“人工智能+”行动实施", "推动“人工智能+”行动实施", False, ["ai"]),
     ("g4", "人工智能产业链的创新能力显著提升", "有利于人工智能产业链的创新能力显著提升", True, ["ai"]),
     ("g5", "重点应用成效明显", "重点应用成效明显", True, []),
     ("g6", "产业规模不断壮大", "产业规模不断壮大", True, []),
     ("g7", "为郑州市现代化建设提质进位提供新动能", "为郑州市现代化建设提质进位提供新动能", True, []),
     ("g8", "场景驱动、数字赋能、创新引领、市场主导", "《行动方案》坚持“场景驱动、数字赋能、创新引领、市场主导、重点突破、跨界赋能、保障安全”的发展思路", True, []),
     ("g9", "建成10个人工智能创新平台", "到2025年底,建成10个人工智能创新平台", False, ["ai"]),
     ("g10", "引进培育20个人工智能高层次领军人才团队", "引进培育20个人工智能高层次领军人才团队", False, ["ai"]),
     ("g11", "打造20个左右深度融合应用场景", "在医疗、工业、社会治理、公共服务等领域,打造20个左右深度融合应用场景", False, []),
     ("g12", "培育100家高成长性人工智能企业", "培育100家高成长性人工智能企业", False, ["ai"]),
     ("g13", "相关产业规模分别超过350亿元和2000亿元", "人工智能核心产业和相关产业规模分别超过350亿元和2000亿元", False, ["ai"]),
     ("g14", "敏捷治理安全的人工智能产业生态体系", "到2027年底,建设态势发展良好、企业活力迸发、创新集群活跃、应用场景泛在、敏捷治理安全的人工智能产业生态体系", False, ["ai"])]
for id, l, e, opt, techs in G:
    goal(id, l, e, optional=opt)
    rel("plan", "hasGoal", id, optional=opt)
    for t in techs:
        rel(id, "involvesTechnology", t, optional=opt)
rel("g3", "involvesTechnology", "aiplus", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
