"""Gold annotation of plan-fujian-internet-health-2018 (福建省人民政府办公厅关于加快推进“互联网+医疗健康”发展的实施意见), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-fujian-internet-health-2018"
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

ent("fj-office", "Agency", "福建省人民政府办公厅")
ent("sc-office", "Agency", "国务院办公厅")
ent("pingtan", "Agency", "平潭综合实验区管委会")
ent("central", "Agency", "中央", optional=True)
ent("doc", "Document", "福建省人民政府办公厅关于加快推进“互联网+医疗健康”发展的实施意见", ["实施意见"])
ent("natdoc", "Document", "国务院办公厅关于促进“互联网+医疗健康”发展的意见", ["国办发〔2018〕26号"])
rel("doc", "publishedBy", "fj-office")
rel("natdoc", "publishedBy", "sc-office")
ent("cpc19", "Event", "党的十九大")
ent("plenums", "Event", "十九届二中、三中全会", optional=True)
ent("xi", "Person", "习近平", optional=True)
ent("fujian", "Place", "福建", ["我省"])
ent("internet", "Technology", "互联网", ["“互联网+医疗健康”"])
ent("bigdata", "Technology", "大数据")
ent("ehc", "Technology", "电子健康卡", optional=True)
for t, o in [("internet", False), ("bigdata", False), ("ehc", True)]:
    rel("fj-office", "promotes", t, optional=o)
rel("sc-office", "promotes", "internet")
G = [("g0", "落实《国务院办公厅关于促进“互联网+医疗健康”发展的意见》", "为落实《国务院办公厅关于促进“互联网+医疗健康”发展的意见》(国办发〔2018〕26号)文件精神", True, ["internet"]),
     ("g1", "全面推进我省“互联网+医疗健康”应用发展", "全面推进我省“互联网+医疗健康”应用发展", False, ["internet"]),
     ("g2", "助力医药卫生体制改革和健康福建建设", "助力医药卫生体制改革和健康福建建设", False, []),
     ("g3", "更好满足人民群众日益增长的医疗健康需求", "更好满足人民群众日益增长的医疗健康需求", False, []),
     ("g4", "把握中央支持福建加快发展的重大机遇", "把握中央支持福建加快发展的重大机遇", False, []),
     ("g5", "深入贯彻落实“数字中国”“数字福建”战略部署", "深入贯彻落实“数字中国”“数字福建”战略部署", False, []),
     ("g6", "提高人民群众获得感", "以提高人民群众获得感,满足人民群众日益增长的医疗健康需求为目标", False, []),
     ("g7", "聚焦群众最急、最忧、最想的问题", "聚焦群众最急、最忧、最想的问题", False, []),
     ("g8", "大力加强全民健康信息化服务体系建设", "大力加强全民健康信息化服务体系建设", False, []),
     ("g9", "推动医疗健康与互联网深度融合、互联共享", "推动医疗健康与互联网深度融合、互联共享", False, ["internet"]),
     ("g10", "优化医疗资源配置", "优化医疗资源配置", False, []),
     ("g11", "创新医疗健康服务新模式、新业态", "创新医疗健康服务新模式、新业态", False, []),
     ("g12", "为建设新福建提供新引擎和新动能", "为建设新福建提供新引擎和新动能", False, []),
     ("t1", "药品供应等领域信息系统融合发展", "到2020年,医疗服务、公共卫生、医疗保障、药品供应等领域信息系统融合发展", False, []),
     ("t2", "全省健康医疗大数据汇聚初具规模", "全省健康医疗大数据汇聚初具规模", False, ["bigdata"]),
     ("t3", "居民拥有规范化的电子健康档案和功能完备的电子健康卡", "居民拥有规范化的电子健康档案和功能完备的电子健康卡", False, ["ehc"]),
     ("t4", "基本建成统一权威、互联互通的全民健康信息平台", "基本建成统一权威、互联互通的全民健康信息平台", False, []),
     ("t5", "信息共享和业务协同取得明显成效", "医疗、医药、医保和健康各相关领域信息共享和业务协同取得明显成效", False, []),
     ("t6", "有力支撑“互联网+医疗健康”发展", "有力支撑“互联网+医疗健康”发展", False, ["internet"])]
for id, l, e, opt, techs in G:
    goal(id, l, e, optional=opt)
    rel("doc", "hasGoal", id, optional=opt)
    rel("fj-office", "hasGoal", id, optional=True)
    for t in techs:
        rel(id, "involvesTechnology", t, optional=opt or t == "ehc")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
