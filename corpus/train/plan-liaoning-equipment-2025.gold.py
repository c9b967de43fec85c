"""Gold annotation of plan-liaoning-equipment-2025 (辽宁省工业和信息化厅组织召开“十五五”先进装备制造业基地发展规划论证会), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-liaoning-equipment-2025"
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

ent("ln-miit", "Agency", "辽宁省工业和信息化厅", ["省工信厅"])
ent("ln-cpc", "Agency", "中共辽宁省委", ["省委"])
ent("ln-gov", "Agency", "辽宁省人民政府", ["省政府"])
ent("nen", "Organization", "东北新闻网")
ent("ccid", "Organization", "中国电子信息产业发展研究院")
ent("caict", "Organization", "中国信息通信研究院")
ent("avic", "Organization", "中国航空工业集团")
ent("neu", "Organization", "东北大学")
ent("hu", "Person", "胡异冲")
ent("xi", "Person", "习近平", optional=True)
rel("hu", "holdsPost", "ln-miit", post="党组书记、厅长")
ent("review", "Event", "“十五五”先进装备制造业基地发展规划论证会", ["专家论证会", "论证会"])
rel("hu", "speaksAt", "review")
ent("plan", "Document", "辽宁省“十五五”先进装备制造业基地发展规划")
rel("plan", "publishedBy", "ln-miit")
ent("liaoning", "Place", "辽宁", ["辽宁省"])
L = lines[4]
G = [("g1", "全力以赴高质量完成规划编制工作", "全力以赴高质量完成规划编制工作", False),
     ("g0", "高质量做好“十五五”规划编制", "为高质量做好“十五五”规划编制", True),
     ("g2", "坚决贯彻落实习近平总书记重要指示批示精神", "省工信厅将坚决贯彻落实习近平总书记重要指示批示精神", False),
     ("g3", "严格落实省委省政府工作部署", "严格落实省委省政府工作部署", False),
     ("g4", "紧扣“国家所需、辽宁所能”", "紧扣“国家所需、辽宁所能”", False),
     ("g5", "打造具有国际竞争力的先进制造业新高地", "为辽宁省打造具有国际竞争力的先进制造业新高地提供科学指引", False)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("ln-miit", "hasGoal", id, optional=opt)
    rel("hu", "proposes", id, optional=opt or id == "g0")
rel("plan", "hasGoal", "g5", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
