"""Gold annotation of proposal-digital-economy-2024 (两会代表热议,政府工作报告聚焦,数字经济有多重要?), by hand per shared/eval/ANNOTATE.md."""
ID = "proposal-digital-economy-2024"
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

ent("session", "Event", "第十四届全国人民代表大会第二次会议", ["十四届全国人大二次会议"])
ent("lh", "Event", "两会", optional=True)
ent("beijing", "Place", "北京")
ent("gh", "Place", "人民大会堂", ["北京人民大会堂"], optional=True)
ent("china", "Place", "我国", optional=True)
rel("session", "locatedIn", "beijing")
ent("sc", "Agency", "国务院")
ent("liq", "Person", "李强")
rel("liq", "holdsPost", "sc", post="总理")
rel("liq", "speaksAt", "session")
ent("gwr", "Document", "政府工作报告")
rel("gwr", "publishedBy", "sc")
ent("xiaomi", "Organization", "小米集团")
ent("lei", "Person", "雷军")
rel("lei", "holdsPost", "xiaomi", post="创始人", optional=True)
ent("bigdata", "Technology", "大数据")
ent("ai", "Technology", "人工智能", ["AI"])
ent("iiot", "Technology", "工业互联网")
ent("iot", "Technology", "物联网")
ent("compute", "Technology", "算力", ["全国一体化算力体系"], optional=True)
ent("smartcity", "Technology", "智慧城市", optional=True)
ent("digitech", "Technology", "数字技术", optional=True)
ent("diginfra", "Technology", "数字基础设施", optional=True)
G = [("r1", "深入推进数字经济创新发展", "李强指出,深入推进数字经济创新发展", []),
     ("r2", "制定支持数字经济高质量发展政策", "制定支持数字经济高质量发展政策", []),
     ("r3", "积极推进数字产业化、产业数字化", "积极推进数字产业化、产业数字化", []),
     ("r4", "促进数字技术和实体经济深度融合", "促进数字技术和实体经济深度融合", ["digitech?"]),
     ("r5", "深化大数据、人工智能等研发应用", "深化大数据、人工智能等研发应用", ["bigdata", "ai"]),
     ("r6", "开展“人工智能+”行动", "开展“人工智能+”行动", ["ai"]),
     ("r7", "打造具有国际竞争力的数字产业集群", "打造具有国际竞争力的数字产业集群", []),
     ("r8", "实施制造业数字化转型行动", "实施制造业数字化转型行动", []),
     ("r9", "加快工业互联网规模化应用", "加快工业互联网规模化应用", ["iiot"]),
     ("r10", "推进服务业数字化", "推进服务业数字化", []),
     ("r11", "建设智慧城市、数字乡村", "建设智慧城市、数字乡村", ["smartcity?"]),
     ("r12", "深入开展中小企业数字化赋能专项行动", "深入开展中小企业数字化赋能专项行动", []),
     ("r13", "支持平台企业在促进创新、增加就业、国际竞争中大显身手", "支持平台企业在促进创新、增加就业、国际竞争中大显身手", []),
     ("r14", "健全数据基础制度", "健全数据基础制度", []),
     ("r15", "大力推动数据开发开放和流通使用", "大力推动数据开发开放和流通使用", []),
     ("r16", "适度超前建设数字基础设施", "适度超前建设数字基础设施", ["diginfra?"]),
     ("r17", "加快形成全国一体化算力体系", "加快形成全国一体化算力体系", ["compute?"]),
     ("r18", "赋能经济发展", "我们要以广泛深刻的数字变革,赋能经济发展、丰富人民生活、提升社会治理现代化水平", []),
     ("r19", "丰富人民生活", "丰富人民生活", []),
     ("r20", "提升社会治理现代化水平", "提升社会治理现代化水平", [])]
for id, l, e, techs in G:
    goal(id, l, e); rel("gwr", "hasGoal", id); rel("liq", "proposes", id); rel("sc", "hasGoal", id, optional=True)
    for t in techs:
        rel(id, "involvesTechnology", t.rstrip("?"), optional=t.endswith("?"))
for t in ("bigdata", "ai", "iiot"):
    rel("sc", "promotes", t)
for t in ("compute", "smartcity", "diginfra", "digitech"):
    rel("sc", "promotes", t, optional=True)
L = [("l1", "加强人工智能领域人才培养", "小米集团创始人雷军认为加强人工智能领域人才培养,将成为我国产业持续升级的关键因素"),
     ("l2", "从义务教育阶段普及人工智能素养教育", "他建议从义务教育阶段普及人工智能素养教育"),
     ("l3", "大力推进高校人工智能相关专业的建设", "大力推进高校人工智能相关专业的建设"),
     ("l4", "支持大型科技企业和教培机构培育人工智能应用型人才", "支持大型科技企业和教培机构培育人工智能应用型人才")]
for id, l, e in L:
    goal(id, l, e); rel("lei", "proposes", id); rel(id, "involvesTechnology", "ai")
rel("xiaomi", "promotes", "ai", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
