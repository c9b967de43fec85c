"""Gold annotation of speech-pku-digital-ecology-long-2021 (重磅！《数字生态指数2021》发布——营造良好数字生态，推动“十四五”时期高质量发展”), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-pku-digital-ecology-long-2021"
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

def goal(id, label, evidence=None, optional=False):
    evidence = evidence or label
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    assert label in evidence, (label, evidence)
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

ent("pku", "Organization", "北京大学")
ent("lab", "Organization", "北京大学大数据分析与应用技术国家工程实验室", ["大数据分析与应用技术国家工程实验室"])
rel("lab", "subOrganizationOf", "pku")
ent("pku-cpc", "Agency", "北京大学党委", optional=True)
rel("pku-cpc", "subOrganizationOf", "pku", optional=True)
ent("zhang", "Person", "张平文")
rel("zhang", "holdsPost", "pku", post="副校长")
rel("zhang", "holdsPost", "lab", post="主任")
rel("zhang", "holdsPost", "pku-cpc", post="党委常委", optional=True)
ent("index", "Document", "数字生态指数2021", ["《数字生态指数2021》报告"])
rel("index", "publishedBy", "lab")
ent("platform", "Organization", "数字生态协同创新平台")
ent("cq", "Place", "重庆")
for id, l in [("bj", "北京"), ("sz", "深圳"), ("sh", "上海"), ("suz", "苏州")]:
    ent(id, "Place", l)
ent("yrd", "Place", "长三角", ["长三角城市群"], optional=True)
ent("china", "Place", "中国", ["我国"], optional=True)
ent("digi", "Technology", "数字化", ["数字化转型"], optional=True)

Z = [("z1", "因地制宜发展数字生态", "建议各地因地制宜发展数字生态", False),
     ("z2", "将数字政府和数字社会作为建设重心", "对于数字能力尚未有效支撑数字经济发展的广大地区，可考虑将数字政府和数字社会作为建设重心", False),
     ("z3", "抓住数字化机遇", "张平文建议，各地要抓住数字化机遇，提升企业的科技创新能力", False),
     ("z4", "提升企业的科技创新能力", "张平文建议，各地要抓住数字化机遇，提升企业的科技创新能力", False)]
for id, l, e, opt in Z:
    goal(id, l, e, optional=opt)
    rel("zhang", "proposes", id)
    rel("lab", "hasGoal", id, optional=(id != "z4"))
rel("z3", "involvesTechnology", "digi", optional=True)
W = [("w1", "采取审慎监管的策略", "对于存在较大争议的领域，应采取审慎监管的策略，给数字规制的建设预留改进空间"),
     ("w2", "给数字规制的建设预留改进空间", "对于存在较大争议的领域，应采取审慎监管的策略，给数字规制的建设预留改进空间"),
     ("w3", "促进数字经济与实体经济的融合", "建议国家和地方政府要提升企业的科技创新能力，促进数字经济与实体经济的融合"),
     ("w4", "帮助中国企业走出国门", "要帮助中国企业走出国门，将中国的数字生态融入到世界数字生态的大循环之中"),
     ("w5", "将中国的数字生态融入到世界数字生态的大循环之中", "要帮助中国企业走出国门，将中国的数字生态融入到世界数字生态的大循环之中"),
     ("w6", "营造良好的数字生态", "要营造良好的数字生态，吸引优秀的国际性人才"),
     ("w7", "吸引优秀的国际性人才", "要营造良好的数字生态，吸引优秀的国际性人才")]
for id, l, e in W:
    goal(id, l, e)
    rel("lab", "hasGoal", id)
    rel("index", "hasGoal", id, optional=True)
    rel("zhang", "proposes", id, optional=True)
rel("index", "hasGoal", "z4", optional=True)
F = [("f1", "以该平台为载体", "未来，研究团队将持续以该平台为载体，联合各方共同为企业提供数字化转型服务，为地方开展数字生态评估，为国家探索数字生态发展道路", True),
     ("f2", "为企业提供数字化转型服务", "联合各方共同为企业提供数字化转型服务", False),
     ("f3", "为地方开展数字生态评估", "为地方开展数字生态评估", False),
     ("f4", "为国家探索数字生态发展道路", "为国家探索数字生态发展道路", False)]
for id, l, e, opt in F:
    goal(id, l, e, optional=opt)
    rel("lab", "hasGoal", id, optional=opt)
    rel("platform", "hasGoal", id, optional=True)
rel("f2", "involvesTechnology", "digi", optional=True)
rel("lab", "promotes", "digi", optional=True)
goal("o1", "推动“十四五”时期高质量发展", optional=True)
goal("o2", "促进产业链与创新链融合", "分类分级的人才融合，是推动数字经济与实体经济融合，促进产业链与创新链融合的关键", optional=True)
goal("o3", "建立合作共享、互惠共赢机制", "为建立合作共享、互惠共赢机制，北京大学大数据分析与应用技术国家工程实验室联合企业、高等院校、研究机构等14家单位在去年倡议发起了“数字生态协同创新平台”", optional=True)
rel("zhang", "proposes", "o2", optional=True)
rel("lab", "hasGoal", "o3", optional=True)
rel("platform", "hasGoal", "o3", optional=True)

stat("s1", "数字生态指数分指数", "23项", "具体包含总指数和23项分指数", optional=True)
stat("s2", "涉及省级行政区", "31个", "涉及2020年全国31个省级行政区(不包含港澳台地区)以及300余个重点城市", optional=True)
stat("s3", "涉及重点城市", "300余个", "涉及2020年全国31个省级行政区(不包含港澳台地区)以及300余个重点城市", optional=True)
stat("s4", "倡议发起数字生态协同创新平台的单位", "14家", "联合企业、高等院校、研究机构等14家单位在去年倡议发起了“数字生态协同创新平台”")
stat("s5", "数字生态协同创新平台单位", "20家", "今年，平台单位已经扩充到了20家")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
