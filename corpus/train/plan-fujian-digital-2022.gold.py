"""Gold annotation of plan-fujian-digital-2022 (福建省人民政府办公厅关于印发2022年数字福建工作要点的通知), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-fujian-digital-2022"
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
ent("fj-gov", "Agency", "福建省人民政府", ["省人民政府", "省政府"])
ent("fj-cpc", "Agency", "中共福建省委", ["省委"])
ent("pingtan", "Agency", "平潭综合实验区管委会")
ent("fj-drc", "Agency", "省发改委")
ent("fj-digital", "Agency", "数字办")
ent("fj-bigdata", "Organization", "省大数据公司")
ent("pt-gov", "Agency", "莆田市人民政府")
ent("fj-eic", "Agency", "省经济信息中心")
rel("fj-office", "subOrganizationOf", "fj-gov")
ent("xi", "Person", "习近平", optional=True)
ent("cpc19", "Event", "党的十九大", optional=True)
ent("lianghui", "Event", "全国“两会”", optional=True)
ent("fj-cong11", "Event", "省第十一次党代会")
ent("fj-ewc", "Event", "省委经济工作会议")
ent("fj-lianghui", "Event", "省“两会”", optional=True)
ent("doc", "Document", "2022年数字福建工作要点")
ent("notice", "Document", "福建省人民政府办公厅关于印发2022年数字福建工作要点的通知", optional=True)
ent("dg-plan", "Document", "数字政府改革建设总体方案", optional=True)
rel("doc", "publishedBy", "fj-office")
rel("notice", "publishedBy", "fj-office", optional=True)
ent("fujian", "Place", "福建")
ent("putian", "Place", "莆田")
ent("pingtan-area", "Place", "平潭综合实验区", optional=True)
P = lines[7]
G = [("p1", "全面贯彻落实党的十九大和十九届历次全会精神", P, True, []),
     ("p2", "立足新发展阶段", P, True, []),
     ("p3", "贯彻新发展理念", P, True, []),
     ("p4", "服务和融入新发展格局", P, True, []),
     ("p5", "构建“数据+服务+治理+协同+决策”的政府运行新模式", "着力构建“数据+服务+治理+协同+决策”的政府运行新模式", False, []),
     ("p6", "加快国家数字经济创新发展试验区建设", "加快国家数字经济创新发展试验区建设", False, []),
     ("p7", "强化营商环境建设信息化支撑", "强化营商环境建设信息化支撑", False, []),
     ("p8", "打造能办事、快办事、办成事的“便利福建”", "打造能办事、快办事、办成事的“便利福建”", False, []),
     ("p9", "全方位推进高质量发展超越", "为全方位推进高质量发展超越提供有力支撑", False, []),
     ("a0", "打造协同高效的数字政府", "一、打造协同高效的数字政府", False, []),
     ("a1", "构建智能协同的业务应用体系", "(一)构建智能协同的业务应用体系", False, []),
     ("b1", "打造一体化政务公共服务平台体系", "1.打造一体化政务公共服务平台体系。", False, ["fj-drc", "fj-digital"]),
     ("b2", "制定实施数字政府改革建设总体方案", "制定实施数字政府改革建设总体方案", False, ["fj-drc", "fj-digital"]),
     ("b3", "部署推进基础设施、数据资源、应用支撑、流程再造等建设任务", "部署推进基础设施、数据资源、应用支撑、流程再造等建设任务", False, ["fj-drc", "fj-digital"]),
     ("b4", "支持莆田推进“全市一张图、全域数字化”试点工作", "支持莆田推进“全市一张图、全域数字化”试点工作", False, ["pt-gov", "fj-drc", "fj-digital"]),
     ("c1", "提升经济治理能力", "2.提升经济治理能力。", False, ["fj-drc", "fj-digital"]),
     ("c2", "实施经济治理能力提升工程", "实施经济治理能力提升工程", False, ["fj-drc", "fj-digital"]),
     ("c3", "建立宏观经济治理、投资项目、商品价格等主题数据库", "建立宏观经济治理、投资项目、商品价格等主题数据库", False, ["fj-drc", "fj-digital"]),
     ("c4", "加强宏观经济运行、数字经济治理、要素市场构建", "加强宏观经济运行、数字经济治理、要素市场构建、人口发展和应对老龄化、双碳等领域的监测预测预警分析", False, ["fj-drc", "fj-digital"]),
     ("c5", "推进“数字发改”建设", "推进“数字发改”建设", False, ["fj-drc", "fj-digital"])]
for id, l, e, opt, units in G:
    goal(id, l, e, optional=opt)
    rel("doc", "hasGoal", id, optional=opt)
    rel("fj-office", "hasGoal", id, optional=True)
    for u in units:
        rel(u, "hasGoal", id, optional=not (id in ("b1", "c1") or (u == "pt-gov" and id == "b4")))
rel("fj-bigdata", "hasGoal", "b1")
rel("pt-gov", "hasGoal", "b1")
rel("fj-eic", "hasGoal", "c1")
rel("dg-plan", "publishedBy", "fj-gov", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
