"""Gold annotation of plan-gansu-digital-2021 (甘肃省发展改革委有关负责同志解读《甘肃省“十四五”数字经济创新发展规划》), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-gansu-digital-2021"
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

ent("gs-office", "Agency", "甘肃省人民政府办公厅")
ent("gs-ndrc", "Agency", "甘肃省发展改革委")
ent("plan", "Document", "甘肃省“十四五”数字经济创新发展规划", ["《规划》", "甘政办发〔2021〕88号"])
rel("plan", "publishedBy", "gs-office")
ent("gansu", "Place", "甘肃", ["我省"])
ent("iiot", "Technology", "工业互联网")
ent("bigdata", "Technology", "大数据")
ent("compute", "Technology", "算力", optional=True)
ent("it", "Technology", "信息技术", optional=True)
ent("dtech", "Technology", "数字化技术", optional=True)
for t, o in [("iiot", False), ("bigdata", False), ("compute", True)]:
    rel("gs-office", "promotes", t, optional=o)
G = [("a1", "打造东西部算力资源调度先导区", "提出要紧扣打造东西部算力资源调度先导区、全域经济数字化转型样板区、社会治理创新应用示范区的目标", False, ["compute"]),
     ("a2", "全域经济数字化转型样板区", "全域经济数字化转型样板区", False, []),
     ("a3", "社会治理创新应用示范区", "社会治理创新应用示范区", False, []),
     ("a4", "创新引领、融合发展、惠民便民、开放合作、安全可靠", "按照“创新引领、融合发展、惠民便民、开放合作、安全可靠”原则", True, []),
     ("a5", "推动数字产业化、产业数字化和全要素数字化", "以推动数字产业化、产业数字化和全要素数字化为主线", False, []),
     ("a6", "促进数字化技术与实体经济特别是制造业深度融合", "促进数字化技术与实体经济特别是制造业深度融合", False, ["dtech"]),
     ("a7", "夯实数字经济发展基础", "夯实数字经济发展基础", False, []),
     ("a8", "推动平台经济规范健康持续发展", "推动平台经济规范健康持续发展", False, []),
     ("a9", "着力推进数字政府、数字产业、数字社会、“数字丝绸之路”", "着力推进数字政府、数字产业、数字社会、“数字丝绸之路”建设", False, []),
     ("a10", "促进治理方式现代化", "促进治理方式现代化", False, []),
     ("t1", "实现“一年显成效、三年上台阶、五年树标杆”", "《规划》提出到2025年,实现“一年显成效、三年上台阶、五年树标杆”", False, []),
     ("t2", "数据要素市场基本建立", "数据要素市场基本建立", False, []),
     ("t3", "数字产业化发展活力不断增强", "数字产业化发展活力不断增强", False, []),
     ("t4", "产业数字化水平有效提升", "产业数字化水平有效提升", False, []),
     ("t5", "数字经济规模总量突破5000亿元", "数字经济规模总量突破5000亿元", False, []),
     ("t6", "数字经济增加值占GDP的比重上升15个百分点", "数字经济增加值占GDP的比重上升15个百分点", False, []),
     ("t7", "基本建成覆盖全省各行业的工业互联网网络基础设施", "基本建成覆盖全省各行业的工业互联网网络基础设施", False, ["iiot"]),
     ("t8", "建成全省一体化大数据中心协同创新体系", "建成全省一体化大数据中心协同创新体系", False, ["bigdata"]),
     ("t9", "农业、工业、服务业数字化转型成效显着", "农业、工业、服务业数字化转型成效显着", False, []),
     ("t10", "数字产业化生态体系基本形成", "数字产业化生态体系基本形成", False, []),
     ("t11", "建设一批在全国具有鲜明特色的“数字生态样板间”", "建设一批在全国具有鲜明特色的“数字生态样板间”", False, []),
     ("t12", "新业态新模式广泛渗透经济社会发展方方面面", "信息技术与实体经济融合催生的新业态新模式广泛渗透经济社会发展方方面面", True, ["it"])]
OPT_T = {"compute", "it", "dtech"}
for id, l, e, opt, techs in G:
    goal(id, l, e, optional=opt)
    rel("plan", "hasGoal", id, optional=opt)
    rel("gs-office", "hasGoal", id, optional=True)
    for t in techs:
        rel(id, "involvesTechnology", t, optional=opt or t in OPT_T)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
