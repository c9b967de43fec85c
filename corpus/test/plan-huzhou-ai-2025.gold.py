"""Gold annotation of plan-huzhou-ai-2025 (湖州市人工智能高质量发展三年行动计划(2025—2027年)(征求意见稿)), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-huzhou-ai-2025"
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

ent("hz-jxj", "Agency", "湖州市经济和信息化局")
ent("hz-de", "Agency", "数字经济处", ["人工智能处"])
rel("hz-de", "subOrganizationOf", "hz-jxj")
ent("huzhou", "Place", "湖州", ["湖州市"])
ent("wuxing", "Place", "吴兴区", optional=True)

ent("xi", "Person", "习近平", optional=True)
ent("plan", "Document", "湖州市人工智能高质量发展三年行动计划(2025—2027年)", ["本行动计划"])
ent("letter", "Document", "关于再次征求《湖州市人工智能高质量发展 三年行动计划(2025—2027年)(征求意见稿)》意见建议的函", optional=True)
rel("plan", "publishedBy", "hz-jxj", optional=True)
rel("letter", "publishedBy", "hz-jxj", optional=True)
T = [("ai", "人工智能", False), ("embodied", "具身智能机器人", False), ("autodrive", "智能驾驶", False),
     ("wearable", "智能穿戴设备", True), ("compute", "算力", True)]
for id, l, o in T:
    ent(id, "Technology", l, optional=o)
    rel("hz-jxj", "promotes", id, optional=True)
G = [("g0", "深入贯彻落实国家和省关于加快发展人工智能的决策部署", "为深入贯彻落实国家和省关于加快发展人工智能的决策部署", True, ["ai"]),
     ("g1", "企业主体、政府引导,应用导向、赋能实体,创新驱动、生态共建", "坚持“企业主体、政府引导,应用导向、赋能实体,创新驱动、生态共建”原则", True, []),
     ("g2", "立足湖州优势", "立足湖州优势", False, []),
     ("g3", "以场景应用为牵引", "以场景应用为牵引", True, []),
     ("g4", "锚定人工智能“1+4+N”培育目标", "锚定人工智能“1+4+N”培育目标", False, ["ai"]),
     ("g5", "把湖州建设成为全国人工智能特色之城", "“1”即把湖州建设成为全国人工智能特色之城这一总目标", False, ["ai"]),
     ("g6", "聚焦具身智能机器人、智能驾驶、智能穿戴设备", "“4”即聚焦具身智能机器人、智能驾驶、智能穿戴设备、算力数据服务等四大重点领域", False, ["embodied", "autodrive", "wearable", "compute"]),
     ("g7", "形成“小而精、专而强、硬带软”的产业特质", "形成“小而精、专而强、硬带软”的产业特质", False, []),
     ("g8", "推动人工智能赋能", "“N”即在工业、数字政府、时空、交通、文旅、农业等N个领域推动人工智能赋能", False, ["ai"]),
     ("g9", "带动生产方式智能化转型升级", "带动生产方式智能化转型升级", False, []),
     ("g10", "提升社会治理现代化效能", "提升社会治理现代化效能", False, []),
     ("g11", "加速凝练以人工智能为核心引擎的新质生产力", "加速凝练以人工智能为核心引擎的新质生产力", False, ["ai"]),
     ("g12", "深度赋能实体经济跨越式发展", "深度赋能实体经济跨越式发展", False, []),
     ("t0", "人工智能产业能级快速跃升", "人工智能产业能级快速跃升。", False, ["ai"]),
     ("t1", "有影响力的龙头企业10家以上", "到2027年底,全市累计引育人工智能各细分领域有影响力的龙头企业10家以上", False, ["ai"]),
     ("t2", "上市企业5家以上", "上市企业5家以上", False, []),
     ("t3", "专精特新“小巨人”企业40家以上", "专精特新“小巨人”企业40家以上", False, []),
     ("t4", "集聚规模以上企业200家以上", "集聚规模以上企业200家以上", False, []),
     ("t5", "建成人工智能特色产业园5个以上", "建成人工智能特色产业园5个以上", False, ["ai"]),
     ("t6", "全市人工智能核心产业产值/营收超200亿元", "全市人工智能核心产业产值/营收超200亿元", False, ["ai"]),
     ("t7", "力争到2030年底产值/营收超500亿元", "力争到2030年底产值/营收超500亿元", False, [])]
OPT_T = {"wearable", "compute"}
for id, l, e, opt, techs in G:
    goal(id, l, e, optional=opt)
    rel("plan", "hasGoal", id, optional=opt)
    rel("hz-jxj", "hasGoal", id, optional=True)
    for t in techs:
        rel(id, "involvesTechnology", t, optional=opt or t in OPT_T)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
