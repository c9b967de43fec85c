"""Gold annotation of proposal-cndca-child-healthcare-2017 (全国政协委员武鸿麟提案被评为全国政协优秀提案), by hand per shared/eval/ANNOTATE.md."""
ID = "proposal-cndca-child-healthcare-2017"
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

ent("mj-gz-dy", "Organization", "民建贵州省委调研处")
ent("mj-gz", "Organization", "民建贵州省委")
rel("mj-gz-dy", "subOrganizationOf", "mj-gz")
ent("mj-web", "Organization", "民建中央网站", optional=True)
ent("cppcc", "Agency", "全国政协", ["中国人民政治协商会议第十二届全国委员会", "政协第十二届全国委员会"])
ent("gz-cppcc", "Agency", "贵州省政协")
ent("politburo", "Agency", "中共中央政治局")
ent("session", "Event", "全国政协十二届二次会议")
ent("award", "Event", "表彰会议", optional=True)
ent("wu", "Person", "武鸿麟")
ent("yu", "Person", "俞正声")
rel("wu", "holdsPost", "cppcc", post="全国政协委员")
rel("wu", "holdsPost", "gz-cppcc", post="副主席", optional=True)
rel("wu", "holdsPost", "mj-gz", post="原主委", optional=True)
rel("yu", "holdsPost", "politburo", post="常委")
rel("yu", "holdsPost", "cppcc", post="主席")
ent("rmrb", "Organization", "人民日报", ["《人民日报》"])
ent("d-prop", "Document", "关于切实缓解“儿童看病难”问题的建议", ["《关于切实缓解“儿童看病难”问题的建议》"])
ent("d-art", "Document", "让儿童看病不再难", ["《让儿童看病不再难》"], optional=True)
ent("china", "Place", "我国", optional=True)
ent("s-wait", "Statistic", "儿童专科医院急诊患者等待就诊时间", value="4-5个小时", optional=True,
    evidence=ev("即使急诊患者也至少需要等待4-5个小时才能就诊"))
ent("g0", "Goal", "切实缓解“儿童看病难”问题", ["从根本上解决长期以来存在的“儿童看病难”问题"],
    evidence=ev("《关于切实缓解“儿童看病难”问题的建议》"))
G = [("g1", "高度重视儿科医疗卫生事业的发展", "武鸿麟在提案中提出,应高度重视儿科医疗卫生事业的发展"),
     ("g2", "增加有效供给", "增加有效供给,从根本上解决长期以来存在的“儿童看病难”问题"),
     ("g3", "加快儿科医疗体制改革", "“加快儿科医疗体制改革"),
     ("g4", "建立完善统筹城乡的儿科医疗体系", "建立完善统筹城乡的儿科医疗体系"),
     ("g5", "大力加强儿科专业医疗人才队伍建设", "大力加强儿科专业医疗人才队伍建设"),
     ("g6", "加大对儿科医疗卫生专用设备的研发和投入", "加大对儿科医疗卫生专用设备的研发和投入"),
     ("g7", "加强对社会公众的宣传教育", "加强对社会公众的宣传教育"),
     ("g8", "加大儿科药品的研发、生产、销售投入", "加大儿科药品的研发、生产、销售投入”")]
for id, l, e in G:
    goal(id, l, e)
for g in ["g0"] + [x[0] for x in G]:
    rel("wu", "proposes", g); rel("d-prop", "hasGoal", g)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
