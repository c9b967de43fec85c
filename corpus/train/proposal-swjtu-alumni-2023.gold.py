"""Gold annotation of proposal-swjtu-alumni-2023 (听!两会上的校友声音(上)), by hand per shared/eval/ANNOTATE.md."""
ID = "proposal-swjtu-alumni-2023"
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

ent("session", "Event", "中国人民政治协商会议第十四届全国委员会第一次会议")
ent("beijing", "Place", "北京")
rel("session", "locatedIn", "beijing")
ent("lh", "Event", "两会", optional=True)
ent("swjtu", "Organization", "西南交通大学", ["交大"])
ent("cppcc", "Agency", "全国政协")
ent("npc", "Agency", "全国人大", optional=True)
ent("cq-edu", "Agency", "重庆市教育委员会")
ent("prov-cppcc", "Agency", "省政协", optional=True)
ent("prov-gov", "Agency", "省政府", optional=True)
ent("dm-prov", "Organization", "民盟省委会")
ent("liu", "Person", "刘林芽")
ent("xing", "Person", "邢云堂")
ent("sks", "Organization", "中国铁路哈尔滨局三棵树机务段", ["三棵树机务段"])
ent("hrb", "Organization", "中国铁路哈尔滨局", optional=True)
rel("sks", "subOrganizationOf", "hrb", optional=True)
rel("liu", "holdsPost", "cq-edu", post="副主任")
rel("liu", "holdsPost", "cppcc", post="全国政协委员")
rel("liu", "holdsPost", "prov-cppcc", post="常委", optional=True)
rel("xing", "holdsPost", "sks", post="动车组司机", optional=True)
ent("d-its", "Document", "推进“智慧交通”服务体系建设", ["《推进“智慧交通”服务体系建设》"])
ent("d-ic", "Document", "加快构建江西省“产业创新中心”", ["《加快构建江西省“产业创新中心”》"])
ent("d-talent", "Document", "加大对欠发达地区高校青年人才政策扶持力度", ["《加大对欠发达地区高校青年人才政策扶持力度》"])
rel("d-ic", "publishedBy", "dm-prov", optional=True)
ent("jiangxi", "Place", "江西省", optional=True)
ent("china", "Place", "我国", optional=True)
ent("its", "Technology", "智慧交通", optional=True)
goal("p-its", "推进“智慧交通”服务体系建设", "他提交的《推进“智慧交通”服务体系建设》提案", optional=True)
rel("d-its", "hasGoal", "p-its", optional=True); rel("p-its", "involvesTechnology", "its", optional=True)
goal("p-ic", "加快构建江西省“产业创新中心”", "代表民盟省委会所作的《加快构建江西省“产业创新中心”》大会发言", optional=True)
rel("d-ic", "hasGoal", "p-ic", optional=True); rel("dm-prov", "hasGoal", "p-ic", optional=True)
for g in ("p-its", "p-ic"):
    rel("liu", "proposes", g, optional=True)
goal("o1", "本职和履职相互融合、互相赋能", "“本职和履职应相互融合、互相赋能”", optional=True)
goal("o2", "在履职尽责上有所建树", "希望在履职尽责上有所建树,在推动发展上有所作为", optional=True)
goal("o3", "在推动发展上有所作为", "在推动发展上有所作为", optional=True)
for g in ("o1", "o2", "o3"):
    rel("liu", "proposes", g, optional=True)
G = [("g1", "让更多的人了解、支持、爱护欠发达地区科技和教育", "让更多的人了解、支持、爱护欠发达地区科技和教育"),
     ("g2", "一起推动我国科技和教育发展", "一起推动我国科技和教育发展"),
     ("g3", "加大对欠发达地区高校青年人才政策扶持力度", "刘林芽向政协全会提交《加大对欠发达地区高校青年人才政策扶持力度》等提案"),
     ("g4", "提高欠发达地区的青年人才入选比例和支持力度", "建议在国家主要青年人才计划(项目)中提高欠发达地区的青年人才入选比例和支持力度"),
     ("g5", "注重欠发达地区国家级创新平台的建设和布局", "注重欠发达地区国家级创新平台的建设和布局"),
     ("g6", "建立东部高校对口支援欠发达高校的机制", "建立东部高校对口支援欠发达高校的机制")]
for id, l, e in G:
    goal(id, l, e); rel("liu", "proposes", id)
for g in ("g3", "g4", "g5", "g6"):
    rel("d-talent", "hasGoal", g)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
