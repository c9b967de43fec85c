"""Gold annotation of document-carbon-peak-2021 (国务院印发2030年前碳达峰行动方案:大力推广新能源汽车), by hand per shared/eval/ANNOTATE.md."""
ID = "document-carbon-peak-2021"
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

ent("sc", "Agency", "国务院")
ent("cpc", "Agency", "中共中央", ["党中央"])
ent("xi", "Person", "习近平", optional=True)
ent("c19", "Event", "党的十九大", ["十九大"])
ent("plenums", "Event", "十九届二中、三中、四中、五中全会", optional=True)
ent("doc", "Document", "2030年前碳达峰行动方案")
rel("doc", "publishedBy", "sc")
ent("nev", "Technology", "新能源汽车", optional=True)
G = [("t0", "大力推广新能源汽车", "国务院印发2030年前碳达峰行动方案:大力推广新能源汽车", False),
     ("a1", "扎实推进碳达峰行动", "为深入贯彻落实党中央、国务院关于碳达峰、碳中和的重大战略决策,扎实推进碳达峰行动", False),
     ("i0", "以习近平新时代中国特色社会主义思想为指导", "以习近平新时代中国特色社会主义思想为指导", True),
     ("i1", "深入贯彻习近平生态文明思想", "深入贯彻习近平生态文明思想", True),
     ("i2", "立足新发展阶段", "立足新发展阶段", True),
     ("i3", "完整、准确、全面贯彻新发展理念", "完整、准确、全面贯彻新发展理念", False),
     ("i4", "构建新发展格局", "构建新发展格局", False),
     ("i5", "坚持系统观念", "坚持系统观念", False),
     ("i6", "处理好发展和减排、整体和局部、短期和中长期的关系", "处理好发展和减排、整体和局部、短期和中长期的关系", False),
     ("i7", "统筹稳增长和调结构", "统筹稳增长和调结构", False),
     ("i8", "把碳达峰、碳中和纳入经济社会发展全局", "把碳达峰、碳中和纳入经济社会发展全局", False),
     ("i9", "全国统筹、节约优先、双轮驱动、内外畅通、防范风险", "坚持“全国统筹、节约优先、双轮驱动、内外畅通、防范风险”的总方针", False),
     ("i10", "有力有序有效做好碳达峰工作", "有力有序有效做好碳达峰工作", False),
     ("i11", "明确各地区、各领域、各行业目标任务", "明确各地区、各领域、各行业目标任务", False),
     ("i12", "加快实现生产生活方式绿色变革", "加快实现生产生活方式绿色变革", False),
     ("i13", "推动经济社会发展建立在资源高效利用和绿色低碳发展的基础之上", "推动经济社会发展建立在资源高效利用和绿色低碳发展的基础之上", False),
     ("i14", "确保如期实现2030年前碳达峰目标", "确保如期实现2030年前碳达峰目标", False),
     ("p1", "总体部署、分类施策", "——总体部署、分类施策。", True),
     ("p1a", "坚持全国一盘棋", "坚持全国一盘棋,强化顶层设计和各方统筹", False),
     ("p1b", "强化顶层设计和各方统筹", "强化顶层设计和各方统筹", False),
     ("p1c", "因地制宜、分类施策", "各地区、各领域、各行业因地制宜、分类施策,明确既符合自身实际又满足总体要求的目标任务", False),
     ("p1d", "明确既符合自身实际又满足总体要求的目标任务", "明确既符合自身实际又满足总体要求的目标任务", False),
     ("p2", "系统推进、重点突破", "——系统推进、重点突破。", True),
     ("p2a", "全面准确认识碳达峰行动对经济社会发展的深远影响", "全面准确认识碳达峰行动对经济社会发展的深远影响", True),
     ("p2b", "加强政策的系统性、协同性", "加强政策的系统性、协同性", False),
     ("p2c", "推动重点领域、重点行业和有条件的地方率先达峰", "抓住主要矛盾和矛盾的主要方面,推动重点领域、重点行业和有条件的地方率先达峰", False),
     ("p3", "双轮驱动、两手发力", "——双轮驱动、两手发力。", True),
     ("p3a", "更好发挥政府作用", "更好发挥政府作用", False),
     ("p3b", "构建新型举国体制", "构建新型举国体制", False),
     ("p3c", "充分发挥市场机制作用", "充分发挥市场机制作用", False),
     ("p3d", "大力推进绿色低碳科技创新", "大力推进绿色低碳科技创新", False),
     ("p3e", "深化能源和相关领域改革", "深化能源和相关领域改革", False),
     ("p3f", "形成有效激励约束机制", "形成有效激励约束机制", False)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("doc", "hasGoal", id, optional=opt)
    rel("sc", "hasGoal", id, optional=True)
rel("t0", "involvesTechnology", "nev", optional=True)
rel("sc", "promotes", "nev", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
