"""Gold annotation of interpretation-15th-fyp-proposal-2025 (中共中央举行新闻发布会介绍和解读党的二十届四中全会精神(节选)), by hand per shared/eval/ANNOTATE.md."""
ID = "interpretation-15th-fyp-proposal-2025"
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

ent("cpc-cc", "Agency", "中共中央")
ent("cprc", "Agency", "中央政策研究室")
ent("ndrc", "Agency", "国家发展改革委")
ent("most", "Agency", "科技部")
ent("jiang", "Person", "江金权")
ent("zheng", "Person", "郑栅洁")
ent("yin", "Person", "阴和俊")
rel("jiang", "holdsPost", "cprc", post="主任")
rel("zheng", "holdsPost", "ndrc", post="党组书记、主任")
rel("yin", "holdsPost", "most", post="党组书记、部长")
ent("presser", "Event", "新闻发布会", optional=True)
for p in ("jiang", "zheng", "yin"):
    rel(p, "speaksAt", "presser", optional=True)
ent("plenum4", "Event", "党的二十届四中全会", ["全会"])
ent("cpc20", "Event", "党的二十大")
ent("prop", "Document", "中共中央关于制定国民经济和社会发展第十五个五年规划的建议", ["《建议》"])
rel("prop", "adoptedAt", "plenum4")
rel("prop", "publishedBy", "cpc-cc")
ent("china", "Place", "中国", ["我国"], optional=True)
T = [("quantum", "量子科技", False), ("embodied", "具身智能", False), ("6g", "第六代移动通信", False),
     ("biomfg", "生物制造", True), ("newenergy", "新能源", True), ("newmat", "新材料", True),
     ("aero", "航空航天", True), ("lowalt", "低空经济", True)]
for id, l, o in T:
    ent(id, "Technology", l, optional=o)
stat("s-jobs", "每年城镇新增就业", "1200万以上", "每年城镇新增就业稳定在1200万以上")
stat("s-ins", "九年义务教育巩固率、基本养老保险、基本医疗保险参保率", "95%以上", "九年义务教育巩固率、基本养老保险、基本医疗保险参保率均达95%以上")
goal("c1", "到2035年基本实现社会主义现代化", "党的二十大确定到2035年基本实现社会主义现代化")
rel("jiang", "proposes", "c1", optional=True)
Z = [("z1", "打造新兴支柱产业", "《建议》提出打造新兴支柱产业", []),
     ("z2", "加快新能源、新材料、航空航天、低空经济等战略性新兴产业", "加快新能源、新材料、航空航天、低空经济等战略性新兴产业集群发展", ["newenergy", "newmat", "aero", "lowalt"]),
     ("z3", "前瞻布局未来产业", "《建议》还提出前瞻布局未来产业", []),
     ("z4", "推动量子科技、生物制造、具身智能、第六代移动通信", "推动量子科技、生物制造、具身智能、第六代移动通信等成为新的经济增长点", ["quantum", "biomfg", "embodied", "6g"])]
Y = [("y1", "中国式现代化要靠科技现代化作支撑", "《建议》提出,中国式现代化要靠科技现代化作支撑", True),
     ("y2", "抓住新一轮科技革命和产业变革的历史机遇", "“十五五”时期,要抓住新一轮科技革命和产业变革的历史机遇", False),
     ("y3", "统筹教育强国、科技强国、人才强国建设", "统筹教育强国、科技强国、人才强国建设", False),
     ("y4", "提升国家创新体系整体效能", "提升国家创新体系整体效能", False),
     ("y5", "全面增强自主创新能力", "全面增强自主创新能力", False),
     ("y6", "加快高水平科技自立自强", "加快高水平科技自立自强", False),
     ("y7", "引领发展新质生产力", "引领发展新质生产力", False)]
OPT_T = {id for id, l, o in T if o}
for id, l, e, techs in Z:
    goal(id, l, e); rel("prop", "hasGoal", id); rel("zheng", "proposes", id); rel("ndrc", "hasGoal", id, optional=True)
    for t in techs:
        rel(id, "involvesTechnology", t, optional=t in OPT_T)
        rel("cpc-cc", "promotes", t, optional=True)
for id, l, e, opt in Y:
    goal(id, l, e, optional=opt); rel("prop", "hasGoal", id, optional=opt); rel("yin", "proposes", id, optional=opt); rel("most", "hasGoal", id, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
