"""Gold annotation of speech-sgcc-energy-internet-2018 (能源互联网跑出国家电网加速度), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-sgcc-energy-internet-2018"
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

ent("sgcc", "Organization", "国家电网公司", ["国家电网"])
ent("yc", "Organization", "江苏省盐城供电公司")
rel("yc", "subOrganizationOf", "sgcc", optional=True)
ent("cpc-cc", "Agency", "党中央")
ent("sc", "Agency", "国务院")
ent("shu", "Person", "舒印彪")
ent("wu", "Person", "吴文")
ent("xi", "Person", "习近平")
rel("shu", "holdsPost", "sgcc", post="董事长、党组书记")
ent("meet", "Event", "国家电网公司第三届职工代表大会第三次会议暨2018年工作会议")
rel("shu", "speaksAt", "meet")
ent("report", "Document", "以习近平新时代中国特色社会主义思想为指导,为建设世界一流能源互联网企业不懈奋斗")
rel("report", "publishedBy", "sgcc", optional=True)
ent("china", "Place", "我国", optional=True)
ent("ei", "Technology", "能源互联网")
ent("reel", "Technology", "再电气化", optional=True)
rel("sgcc", "promotes", "ei"); rel("sgcc", "promotes", "reel", optional=True)
G = [("g0", "建设世界一流能源互联网企业", "为建设世界一流能源互联网企业不懈奋斗", False, ["ei"]),
     ("g1", "全面建成“一强三优”现代公司", "即到2020年,全面建成“一强三优”现代公司", False, []),
     ("g2", "建设具有卓越竞争力的世界一流能源互联网企业取得重大进展", "建设具有卓越竞争力的世界一流能源互联网企业取得重大进展", False, ["ei"]),
     ("g3", "基本建成具有卓越竞争力的世界一流能源互联网企业", "到2025年,基本建成具有卓越竞争力的世界一流能源互联网企业", False, ["ei"]),
     ("g4", "全面建成具有卓越竞争力的世界一流能源互联网企业", "到2035年,全面建成具有卓越竞争力的世界一流能源互联网企业", False, ["ei"])]
for id, l, e, opt, techs in G:
    goal(id, l, e, optional=opt)
    rel("sgcc", "hasGoal", id, optional=opt)
    rel("shu", "proposes", id, optional=(id != "g0"))
    for t in techs:
        rel(id, "involvesTechnology", t, optional=opt)
for g in G:
    rel("report", "hasGoal", g[0], optional=(g[0] != "g0"))
goal("x1", "建立清洁低碳现代能源体系", "以建立清洁低碳现代能源体系为目标的新一轮能源革命在全球蓬勃兴起", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
