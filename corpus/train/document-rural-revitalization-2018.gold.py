"""Gold annotation of document-rural-revitalization-2018 (中共中央、国务院印发《乡村振兴战略规划(2018—2022年)》 (no title on page)), by hand per shared/eval/ANNOTATE.md."""
ID = "document-rural-revitalization-2018"
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
ent("xi", "Person", "习近平")
rel("xi", "holdsPost", "cpc", optional=True, post="总书记")
ent("c20", "Event", "党的二十大", ["二十大"])
ent("doc", "Document", "乡村振兴战略规划(2018—2022年)", ["乡村振兴战略规划", "规划"])
rel("doc", "publishedBy", "cpc")
rel("doc", "publishedBy", "sc")
ent("china", "Place", "中国", ["我国"], optional=True)
G = [("g1", "实施乡村振兴战略", "对实施乡村振兴战略作出阶段性谋划", False),
     ("g2", "产业兴旺、生态宜居、乡风文明、治理有效、生活富裕", "按照产业兴旺、生态宜居、乡风文明、治理有效、生活富裕的总要求", True),
     ("g3", "全面建成小康社会", "分别明确至2020年全面建成小康社会和2022年召开党的二十大时的目标任务", False),
     ("g4", "细化实化工作重点和政策措施", "细化实化工作重点和政策措施", False),
     ("g5", "部署重大工程、重大计划、重大行动", "部署重大工程、重大计划、重大行动", False),
     ("g6", "确保乡村振兴战略落实落地", "确保乡村振兴战略落实落地", False),
     ("g7", "分类有序推进乡村振兴", "是指导各地区各部门分类有序推进乡村振兴的重要依据", True),
     ("g8", "全面建设社会主义现代化强国", "全面建成小康社会和全面建设社会主义现代化强国,最艰巨最繁重的任务在农村", True),
     ("g9", "解决新时代我国社会主要矛盾", "是解决新时代我国社会主要矛盾、实现“两个一百年”奋斗目标和中华民族伟大复兴中国梦的必然要求", True),
     ("g10", "实现“两个一百年”奋斗目标", "实现“两个一百年”奋斗目标和中华民族伟大复兴中国梦的必然要求", True),
     ("s1", "建设现代化经济体系", "实施乡村振兴战略是建设现代化经济体系的重要基础", True),
     ("s2", "建设美丽中国", "是建设美丽中国的关键举措", True),
     ("s3", "传承中华优秀传统文化", "是传承中华优秀传统文化的有效途径", True),
     ("s4", "健全现代社会治理格局", "是健全现代社会治理格局的固本之策", True),
     ("s5", "实现全体人民共同富裕", "是实现全体人民共同富裕的必然选择", True),
     ("r1", "分两个阶段实现第二个百年奋斗目标", "按照到2020年实现全面建成小康社会和分两个阶段实现第二个百年奋斗目标的战略部署", True),
     ("r2", "在农村实现全面小康", "既要在农村实现全面小康", False),
     ("r3", "为基本实现农业农村现代化开好局、起好步、打好基础", "又要为基本实现农业农村现代化开好局、起好步、打好基础", False)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("doc", "hasGoal", id, optional=opt)
    rel("cpc", "hasGoal", id, optional=True)
    rel("sc", "hasGoal", id, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
