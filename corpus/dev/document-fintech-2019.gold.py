"""Gold annotation of document-fintech-2019 (中国人民银行印发《金融科技(FinTech)发展规划(2019-2021年)》), by hand per shared/eval/ANNOTATE.md."""
ID = "document-fintech-2019"
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

ent("pbc", "Agency", "中国人民银行", ["央行"])
ent("plan", "Document", "金融科技(FinTech)发展规划(2019-2021年)", ["金融科技(FinTech)发展规划"])
rel("plan", "publishedBy", "pbc")
ent("china", "Place", "中国", ["我国"], optional=True)
for id, l, al, opt in [("fintech", "金融科技", ["FinTech"], False), ("ai", "人工智能", [], False),
                       ("bigdata", "大数据", [], False), ("cloud", "云计算", [], False), ("iot", "物联网", [], False),
                       ("ml", "机器学习", [], False), ("dm", "数据挖掘", [], False), ("sc", "智能合约", [], False),
                       ("it", "信息技术", [], True)]:
    ent(id, "Technology", l, al, optional=opt)
AIM = "金融科技旨在运用现代科技成果改造或创新金融产品、经营模式、业务流程等,推动金融发展提质增效"
goal("a1", "运用现代科技成果改造或创新金融产品", AIM)
goal("a2", "推动金融发展提质增效", "推动金融发展提质增效")
NEED = "坚持创新驱动发展,加快金融科技战略部署与安全应用,已成为深化金融供给侧结构性改革、增强金融服务实体经济能力、打好防范化解金融风险攻坚战的内在需要和重要选择"
goal("n1", "坚持创新驱动发展", "坚持创新驱动发展")
goal("n2", "加快金融科技战略部署与安全应用", "加快金融科技战略部署与安全应用")
goal("n3", "深化金融供给侧结构性改革", "深化金融供给侧结构性改革")
goal("n4", "增强金融服务实体经济能力", "增强金融服务实体经济能力")
goal("n5", "打好防范化解金融风险攻坚战", "打好防范化解金融风险攻坚战")
goal("o1", "适应金融科技发展的基础设施、政策法规、标准体系等亟待健全", "适应金融科技发展的基础设施、政策法规、标准体系等亟待健全", optional=True)
goal("o2", "为金融业转型升级持续赋能", "为金融业转型升级持续赋能", optional=True)
for g in ("n1", "n2", "n3", "n4", "n5"):
    rel("plan", "hasGoal", g)
    rel("pbc", "hasGoal", g, optional=True)
for g in ("a1", "a2", "o1", "o2"):
    rel("plan", "hasGoal", g, optional=True)
    rel("pbc", "hasGoal", g, optional=True)
rel("n2", "involvesTechnology", "fintech")
rel("o1", "involvesTechnology", "fintech", optional=True)
rel("pbc", "promotes", "fintech")
for t in ("ai", "bigdata", "cloud", "iot", "ml", "dm", "sc"):
    rel("pbc", "promotes", t, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
