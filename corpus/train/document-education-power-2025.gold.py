"""Gold annotation of document-education-power-2025 (加快建设教育强国的纲领性文件发布), by hand per shared/eval/ANNOTATE.md."""
ID = "document-education-power-2025"
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

ent("cpc", "Agency", "中共中央")
ent("sc", "Agency", "国务院")
ent("xinhua", "Organization", "新华社")
ent("beijing", "Place", "北京", optional=True)
ent("xi", "Person", "习近平", optional=True)
rel("xi", "holdsPost", "cpc", optional=True, post="总书记")
ent("c20", "Event", "党的二十大", ["二十大"])
ent("plenums", "Event", "二十届二中、三中全会", optional=True)
ent("doc", "Document", "教育强国建设规划纲要(2024—2035年)", ["教育强国建设规划纲要", "纲要"])
rel("doc", "publishedBy", "cpc")
rel("doc", "publishedBy", "sc")
P2 = lines[2]
G = [("g1", "到2035年建成教育强国", "面向到2035年建成教育强国目标", False),
     ("g2", "加快建设教育强国", "对加快建设教育强国作出全面系统部署", False),
     ("i1", "坚持以习近平新时代中国特色社会主义思想为指导", "《纲要》坚持以习近平新时代中国特色社会主义思想为指导", True),
     ("i2", "深入贯彻党的二十大和二十届二中、三中全会精神", "深入贯彻党的二十大和二十届二中、三中全会精神", True),
     ("i3", "全面贯彻习近平总书记关于教育的重要论述", "全面贯彻习近平总书记关于教育的重要论述", True),
     ("s1", "坚持教育优先发展", "强调坚持教育优先发展", False),
     ("s2", "全面贯彻党的教育方针", "全面贯彻党的教育方针", False),
     ("s3", "坚定不移走中国特色社会主义教育发展道路", "坚定不移走中国特色社会主义教育发展道路", False),
     ("s4", "坚持社会主义办学方向", "坚持社会主义办学方向", False),
     ("s5", "全面把握教育的政治属性、人民属性、战略属性", "全面把握教育的政治属性、人民属性、战略属性", False),
     ("s6", "落实立德树人根本任务", "落实立德树人根本任务", False),
     ("s7", "为党育人、为国育才", "为党育人、为国育才", False),
     ("s8", "全面服务中国式现代化建设", "全面服务中国式现代化建设", False),
     ("s9", "扎根中国大地办教育", "扎根中国大地办教育", False),
     ("s10", "加快建设高质量教育体系", "加快建设高质量教育体系", False),
     ("s11", "培养德智体美劳全面发展的社会主义建设者和接班人", "培养德智体美劳全面发展的社会主义建设者和接班人", False),
     ("s12", "加快建设具有强大思政引领力", "加快建设具有强大思政引领力、人才竞争力、科技支撑力、民生保障力、社会协同力、国际影响力的中国特色社会主义教育强国", True),
     ("s13", "建设社会主义现代化强国", "为建设社会主义现代化强国、全面推进中华民族伟大复兴提供有力支撑", False),
     ("s14", "全面推进中华民族伟大复兴", "为建设社会主义现代化强国、全面推进中华民族伟大复兴提供有力支撑", False),
     ("t1", "坚持党对教育事业的全面领导", "要坚持党对教育事业的全面领导", False),
     ("t2", "突出促进公平、提高质量", "突出促进公平、提高质量", False),
     ("t3", "强化战略引领、支撑发展", "强化战略引领、支撑发展", False),
     ("t4", "深化改革创新、协同融合", "深化改革创新、协同融合", False),
     ("t5", "坚持自主自信、胸怀天下", "坚持自主自信、胸怀天下", False)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("doc", "hasGoal", id, optional=opt)
    rel("cpc", "hasGoal", id, optional=True)
    rel("sc", "hasGoal", id, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
