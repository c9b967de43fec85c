"""Gold annotation of document-digital-village-2019 (中共中央办公厅国务院办公厅印发数字乡村发展战略纲要), by hand per shared/eval/ANNOTATE.md."""
ID = "document-digital-village-2019"
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

ent("cpc", "Agency", "中共中央", ["党中央"])
ent("sc", "Agency", "国务院")
ent("cpc-go", "Agency", "中共中央办公厅")
ent("sc-go", "Agency", "国务院办公厅")
rel("cpc-go", "subOrganizationOf", "cpc")
rel("sc-go", "subOrganizationOf", "sc")
ent("rmrb", "Organization", "人民日报")
ent("xinhua", "Organization", "新华社")
ent("beijing", "Place", "北京", optional=True)
ent("xi", "Person", "习近平", optional=True)
ent("c18", "Event", "党的十八大", ["十八大"])
ent("doc", "Document", "数字乡村发展战略纲要", ["纲要"])
rel("doc", "publishedBy", "cpc-go")
rel("doc", "publishedBy", "sc-go")
ent("rv-op", "Document", "中共中央、国务院关于实施乡村振兴战略的意见")
rel("rv-op", "publishedBy", "cpc")
rel("rv-op", "publishedBy", "sc")
ent("rv-plan", "Document", "乡村振兴战略规划(2018—2022年)", ["乡村振兴战略规划"])
ent("it-outline", "Document", "国家信息化发展战略纲要")
ent("ngit", "Technology", "新一代信息技术")
ent("info", "Technology", "信息化", optional=True)
ent("digital", "Technology", "数字化", optional=True)
ent("network", "Technology", "网络化", optional=True)
G = [("g1", "进一步发掘信息化在乡村振兴中的巨大潜力", "亟需进一步发掘信息化在乡村振兴中的巨大潜力", False, "info"),
     ("g2", "促进农业全面升级、农村全面进步、农民全面发展", "促进农业全面升级、农村全面进步、农民全面发展", False, None),
     ("g3", "将数字乡村作为数字中国建设的重要方面", "立足新时代国情农情,要将数字乡村作为数字中国建设的重要方面", False, None),
     ("g4", "加快信息化发展", "加快信息化发展", False, "info"),
     ("g5", "整体带动和提升农业农村现代化发展", "整体带动和提升农业农村现代化发展", False, None),
     ("g6", "各地区各部门结合实际认真贯彻落实", "要求各地区各部门结合实际认真贯彻落实", True, None)]
for id, l, e, opt, t in G:
    goal(id, l, e, optional=opt)
    rel("doc", "hasGoal", id, optional=opt)
    rel("cpc-go", "hasGoal", id, optional=True)
    rel("sc-go", "hasGoal", id, optional=True)
    if t: rel(id, "involvesTechnology", t, optional=True)
rel("cpc-go", "promotes", "info", optional=True)
rel("sc-go", "promotes", "info", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
