"""Gold annotation of document-smart-vehicle-2020 (国家发展改革委等十一部门联合印发《智能汽车创新发展战略》), by hand per shared/eval/ANNOTATE.md."""
ID = "document-smart-vehicle-2020"
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

AG = [("ndrc", "国家发展改革委"), ("cac", "中央网信办"), ("most", "科技部"), ("miit", "工业和信息化部"),
      ("mps", "公安部"), ("mof", "财政部"), ("mnr", "自然资源部"), ("mohurd", "住房城乡建设部"),
      ("mot", "交通运输部"), ("mofcom", "商务部"), ("samr", "市场监管总局")]
for id, l in AG:
    ent(id, "Agency", l)
ent("cpc", "Agency", "中共中央", ["党中央"])
ent("sc", "Agency", "国务院")
ent("doc", "Document", "智能汽车创新发展战略", ["发展战略"])
for id, l in AG:
    rel("doc", "publishedBy", id)
ent("china", "Place", "中国", ["我国"], optional=True)
ent("sv", "Technology", "智能汽车")
ent("bigdata", "Technology", "大数据")
ent("v2x", "Technology", "车用无线通信网络", optional=True)
ent("intel", "Technology", "智能化", optional=True)
ent("hpt", "Technology", "车用高精度时空基准服务能力", optional=True)
INFRA = "三是构建先进完备的基础设施体系,重点推进智能化道路基础设施、车用无线通信网络、车用高精度时空基准服务能力、道路交通地理信息系统、大数据云控基础平台建设"
G = [("a0", "深入贯彻落实党中央、国务院重要部署", "为深入贯彻落实党中央、国务院重要部署", True, []),
     ("a1", "加快推进智能汽车创新发展", "加快推进智能汽车创新发展", False, ["sv"]),
     ("b0", "以供给侧结构性改革为主线", "明确以供给侧结构性改革为主线", True, []),
     ("b1", "发展中国标准智能汽车", "以发展中国标准智能汽车为方向", False, ["sv"]),
     ("b2", "建设智能汽车强国", "以建设智能汽车强国为目标", False, ["sv"]),
     ("b3", "推动产业融合", "以推动产业融合为途径", False, []),
     ("b4", "坚持统筹谋划、协同推进", "坚持统筹谋划、协同推进,创新驱动、平台支撑,市场主导、跨界融合,开放合作、安全可控的基本原则", False, []),
     ("b5", "提出智能汽车发展分阶段战略愿景", "提出智能汽车发展分阶段战略愿景", True, ["sv"]),
     ("c0", "构建6大体系", "围绕智能汽车全产业链,构建6大体系,明确20项重点任务", True, []),
     ("c1", "构建协同开放的技术创新体系", "一是构建协同开放的技术创新体系", False, []),
     ("c1a", "突破关键基础技术", "重点突破关键基础技术", False, []),
     ("c1b", "完善测试评价技术", "完善测试评价技术", False, []),
     ("c1c", "开展应用示范试点", "开展应用示范试点", False, []),
     ("c2", "构建跨界融合的产业生态体系", "二是构建跨界融合的产业生态体系", False, []),
     ("c2a", "增强产业核心竞争力", "重点增强产业核心竞争力", False, []),
     ("c2b", "培育新型市场主体", "培育新型市场主体", False, []),
     ("c2c", "创新产业发展形态", "创新产业发展形态", False, []),
     ("c2d", "推动新技术转化应用", "推动新技术转化应用", False, []),
     ("c3", "构建先进完备的基础设施体系", INFRA, False, []),
     ("c3a", "推进智能化道路基础设施", INFRA, False, ["bigdata", "v2x", "hpt"])]
for id, l, e, opt, ts in G:
    goal(id, l, e, optional=opt)
    rel("doc", "hasGoal", id, optional=opt)
    for a, _ in AG:
        rel(a, "hasGoal", id, optional=True)
    for t in ts:
        rel(id, "involvesTechnology", t, optional=opt or t in ("v2x", "hpt"))
rel("ndrc", "promotes", "sv")
for a, _ in AG[1:]:
    rel(a, "promotes", "sv", optional=True)
for a, _ in AG:
    rel(a, "promotes", "bigdata", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
