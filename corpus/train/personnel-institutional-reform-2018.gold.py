"""Gold annotation of personnel-institutional-reform-2018 (聚焦机构改革:新部门接连挂牌 快速进入角色), by hand per shared/eval/ANNOTATE.md."""
ID = "personnel-institutional-reform-2018"
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

A = [("nhc", "国家卫生健康委员会"), ("mct", "文化和旅游部"), ("moa", "农业农村部"), ("nia", "国家移民管理局"),
     ("mnr", "自然资源部"), ("mee", "生态环境部"), ("mem", "应急管理部"), ("nrta", "国家广播电视总局"),
     ("mohrss", "人社部"), ("sc", "国务院"), ("cidca", "国家国际发展合作署"), ("ndrc", "国家发展和改革委员会"), ("mps", "公安部")]
for id, l in A:
    ent(id, "Agency", l)
ent("sd-gov", "Agency", "山东省", optional=True)
ent("hlj-gov", "Agency", "黑龙江省", optional=True)
ent("cns", "Organization", "中新网", ["中新网客户端"])
ent("china", "Place", "中国", optional=True)
ent("lianghui", "Event", "全国两会")
ent("wangxt", "Person", "王晓涛"); rel("wangxt", "holdsPost", "cidca", post="署长")
rel("wangxt", "holdsPost", "ndrc", post="党组成员、副主任", optional=True)
ent("xugl", "Person", "许甘露"); rel("xugl", "holdsPost", "mps", post="副部长"); rel("xugl", "holdsPost", "nia", post="局长")
ent("liq", "Person", "李群"); rel("liq", "holdsPost", "mct", post="副部长"); rel("liq", "holdsPost", "sd-gov", post="副省长", optional=True)
ent("luh", "Person", "陆昊"); rel("luh", "holdsPost", "mnr", post="部长"); rel("luh", "holdsPost", "hlj-gov", post="省长", optional=True)
stat("s-13", "应急管理部整合职责的来源部门", "13个", "新组建的应急管理部则整合了来自13个部门的全部或部分职责")
stat("s-5", "应急管理部部领导来源部门", "5个", "部领导分别来自5个不同的部门", optional=True)
stat("s-3", "应急管理部正部级领导", "3位", "其中3位领导是正部级", optional=True)
goal("g1", "抓好春季麦田管理", "要求各地抓好春季麦田管理,夺取今年夏粮丰收")
goal("g2", "夺取今年夏粮丰收", "要求各地抓好春季麦田管理,夺取今年夏粮丰收")
rel("moa", "hasGoal", "g1"); rel("moa", "hasGoal", "g2")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
