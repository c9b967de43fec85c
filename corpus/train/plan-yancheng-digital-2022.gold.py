"""Gold annotation of plan-yancheng-digital-2022 (盐城市数字经济发展三年行动计划(2022-2024年)), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-yancheng-digital-2022"
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

ent("yc-miit", "Agency", "盐城市工业和信息化局")
ent("cpc-cc", "Agency", "党中央")
ent("sc", "Agency", "国务院")
ent("js-cpc", "Agency", "中共江苏省委", ["省委"])
ent("js-gov", "Agency", "江苏省人民政府", ["省政府"])
ent("xi", "Person", "习近平")
ent("yancheng", "Place", "盐城市", ["盐城"])
ent("yrd", "Place", "长三角", optional=True)
ent("plan", "Document", "盐城市数字经济发展三年行动计划(2022—2024年)", ["盐城市数字经济发展三年行动计划(2022-2024年)", "本行动计划"])
rel("plan", "publishedBy", "yc-miit")
ent("iov", "Technology", "车联网")
ent("iiot", "Technology", "工业互联网")
ent("bigdata", "Technology", "大数据")
ent("ecom", "Technology", "电子商务", optional=True)
ent("smartmfg", "Technology", "智能制造")
for t, o in [("iov", False), ("iiot", False), ("bigdata", False), ("smartmfg", False), ("ecom", True)]:
    rel("yc-miit", "promotes", t, optional=o)
G = [("g0", "深入贯彻落实党中央、国务院和省委、省政府决策部署", "为深入贯彻落实党中央、国务院和省委、省政府决策部署", True, []),
     ("g1", "抢抓新机遇", "抢抓新机遇", False, []),
     ("g2", "培育新动能", "培育新动能", False, []),
     ("g3", "加快推动全市经济社会数字化转型", "加快推动全市经济社会数字化转型", False, []),
     ("g4", "坚持把数字经济作为全市高质量发展的关键增量", "坚持把数字经济作为全市高质量发展的关键增量", True, []),
     ("g5", "推进“产业数字化、数字产业化”", "以推进“产业数字化、数字产业化”为主线", False, []),
     ("g5b", "以“数实融合”为重点", "以数字化应用为牵引,以“数实融合”为重点,以数字基础设施建设为支撑", True, []),
     ("g6", "聚力打造以电子信息产业为主导的数字产品制造业集群", "聚力打造以电子信息产业为主导的数字产品制造业集群", False, []),
     ("g7", "四大数字技术应用产业集群", "培育壮大车联网、工业互联网、大数据、电子商务等四大数字技术应用产业集群", False, ["iov", "iiot", "bigdata", "ecom"]),
     ("g8", "加快发展数字农业、智慧康养、数字文旅等一批数字经济新业态", "加快发展数字农业、智慧康养、数字文旅等一批数字经济新业态新模式", False, []),
     ("g9", "推动多领域数字化转型", "推动多领域数字化转型", False, []),
     ("g10", "着力构建“1+4+N”数字经济产业体系", "着力构建“1+4+N”数字经济产业体系", False, []),
     ("g11", "协同推进数字经济、数字政府和数字社会发展", "统筹谋划、协同推进数字经济、数字政府和数字社会发展", False, []),
     ("g12", "助力四个“绿色盐城”建设", "助力四个“绿色盐城”建设", False, []),
     ("g13", "建设“强富美高”新盐城", "为勇当沿海地区高质量发展排头兵、建设“强富美高”新盐城提供坚实支撑", False, []),
     ("g13b", "勇当沿海地区高质量发展排头兵", "为勇当沿海地区高质量发展排头兵", True, []),
     ("t1", "数字经济成为驱动全市经济发展的新引擎", "到2024年,数字经济成为驱动全市经济发展的新引擎", False, []),
     ("t2", "数字产业加快发展", "数字产业加快发展", False, []),
     ("t3", "智能制造水平明显增强", "智能制造水平明显增强", False, ["smartmfg"]),
     ("t4", "数字经济治理体系更加完善", "数字经济治理体系更加完善", False, []),
     ("t5", "新模式、新业态、新场景蓬勃发展", "以数据为关键要素的新模式、新业态、新场景蓬勃发展", False, []),
     ("t6", "打造全省数字产业新兴增长极", "打造全省数字产业新兴增长极、长三角数字治理示范高地", False, []),
     ("t7", "长三角数字治理示范高地", "长三角数字治理示范高地", True, []),
     ("t8", "数字产业化水平显著提升", "1.数字产业化水平显著提升。", False, [])]
for id, l, e, opt, techs in G:
    goal(id, l, e, optional=opt)
    rel("plan", "hasGoal", id, optional=opt)
    rel("yc-miit", "hasGoal", id, optional=True)
    for t in techs:
        rel(id, "involvesTechnology", t, optional=opt or t == "ecom")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
