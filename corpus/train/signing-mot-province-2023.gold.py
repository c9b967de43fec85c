"""Gold annotation of signing-mot-province-2023 (交通运输部与河南、新疆生产建设兵团、福建、四川、浙江签署加快建设交通强国部省合作协议), by hand per shared/eval/ANNOTATE.md."""
ID = "signing-mot-province-2023"
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

ent("mot", "Agency", "交通运输部")
ent("mot-web", "Organization", "交通运输部网站", optional=True)
ent("ha-gov", "Agency", "河南省人民政府")
ent("fj-gov", "Agency", "福建省人民政府")
ent("zj-gov", "Agency", "浙江省人民政府")
ent("sc-gov", "Agency", "四川省人民政府")
ent("xpcc", "Agency", "新疆生产建设兵团")
ent("xpcc-cpc", "Agency", "新疆生产建设兵团党委")
ent("xj-cpc", "Agency", "新疆维吾尔自治区党委")
rel("xpcc-cpc", "subOrganizationOf", "xpcc", optional=True)
for id, l in [("henan", "河南省"), ("fujian", "福建省"), ("sichuan", "四川省"), ("zhejiang", "浙江省")]:
    ent(id, "Place", l, optional=True)
ent("xinjiang", "Place", "新疆维吾尔自治区", optional=True)
# people
ent("lixp", "Person", "李小鹏"); rel("lixp", "holdsPost", "mot", post="党组书记、部长")
ent("xucg", "Person", "徐成光"); rel("xucg", "holdsPost", "mot", post="副部长")
ent("wangk", "Person", "王凯"); rel("wangk", "holdsPost", "ha-gov", post="省长")
ent("liyf", "Person", "李邑飞")
rel("liyf", "holdsPost", "xj-cpc", post="副书记"); rel("liyf", "holdsPost", "xpcc-cpc", post="书记")
rel("liyf", "holdsPost", "xpcc", post="政委")
ent("zhaol", "Person", "赵龙"); rel("zhaol", "holdsPost", "fj-gov", post="省长")
ent("wangh", "Person", "王浩"); rel("wangh", "holdsPost", "zj-gov", post="省长")
ent("tianqy", "Person", "田庆盈"); rel("tianqy", "holdsPost", "sc-gov", post="副省长")
# documents
ent("agr", "Document", "部省合作协议", ["加快建设交通强国部省合作协议"])
for b in ("mot", "ha-gov", "fj-gov", "zj-gov", "sc-gov", "xpcc"):
    rel("agr", "publishedBy", b, optional=True)
ent("d-outline", "Document", "交通强国建设纲要")
ent("d-network", "Document", "国家综合立体交通网规划纲要")
ent("d-fiveyear", "Document", "加快建设交通强国五年行动计划(2023—2027年)", ["加快建设交通强国五年行动计划"])
ent("d-14th", "Document", "“十四五”系列交通规划", optional=True)
# goals of the agreements
A = lines[2]
G = [("a1", "落实国家重大发展战略", "部省合作协议以落实国家重大发展战略", False),
     ("a2", "落实加快建设交通强国要求", "落实加快建设交通强国要求", False),
     ("a3", "推进部省共同关注事项", "推进部省共同关注事项为重点", False),
     ("a4", "因地制宜、因省施策", "结合地方实际,因地制宜、因省施策", True),
     ("a5", "加强部省协作联动", "加强部省协作联动,形成工作合力", False),
     ("a6", "形成工作合力", "加强部省协作联动,形成工作合力", False)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("agr", "hasGoal", id, optional=opt); rel("mot", "hasGoal", id, optional=True)
# Li Xiaopeng's aims
L = lines[4]
G = [("l0", "推动交通运输事业高质量发展", "推动交通运输事业高质量发展的重要抓手", True),
     ("l1", "充分认识部省合作协议的重要意义", "要充分认识部省合作协议的重要意义", True),
     ("l2", "持续抓好《交通强国建设纲要》", "持续抓好《交通强国建设纲要》《国家综合立体交通网规划纲要》、“十四五”系列交通规划和《加快建设交通强国五年行动计划(2023—2027年)》实施", False),
     ("l3", "推动相关省份交通强国建设取得阶段性进展", "推动相关省份交通强国建设取得阶段性进展", False),
     ("l4", "尽快形成一批典型经验做法", "尽快形成一批典型经验做法", False),
     ("l5", "奋力加快建设交通强国", "奋力加快建设交通强国", False),
     ("l6", "当好中国式现代化的开路先锋", "努力当好中国式现代化的开路先锋", False)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("lixp", "proposes", id, optional=opt); rel("mot", "hasGoal", id, optional=opt)
for d in ("d-outline", "d-network", "d-fiveyear"):
    rel(d, "hasGoal", "l5", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
