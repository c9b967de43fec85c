"""Gold annotation of plan-hunan-manufacturing-2015 (湖南规划12个重点产业 布局“湖南智造”路线图), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-hunan-manufacturing-2015"
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

ent("cns", "Organization", "中国新闻网", ["中新网"])
ent("lu", "Person", "鲁毅")
ent("xie", "Person", "谢超英")
rel("lu", "holdsPost", "cns", post="记者", optional=True)
ent("hn-gov", "Agency", "湖南省人民政府")
ent("hn-eic", "Agency", "湖南省经信委")
ent("cpc-cc", "Agency", "党中央")
ent("sc", "Agency", "国务院")
rel("xie", "holdsPost", "hn-eic", post="主任")
ent("plan", "Document", "湖南省贯彻<中国制造2025>建设制造强省五年行动计划(2016-2020)", ["五年行动计划"])
ent("mic2025", "Document", "中国制造2025")
rel("plan", "publishedBy", "hn-gov")
rel("mic2025", "publishedBy", "sc")
ent("hunan", "Place", "湖南")
ent("changsha", "Place", "长沙", optional=True)
ent("smartmfg", "Technology", "智能制造")
G = [("g1", "以智能制造为主攻方向", "《五年行动计划》以智能制造为主攻方向", False, ["smartmfg"], True),
     ("g2", "规划12个产业领域", "规划12个产业领域", False, [], False),
     ("g3", "全面推进制造业转型升级", "全面推进制造业转型升级", False, [], False),
     ("g4", "积极支持制造业向“湖南智造”转变", "积极支持制造业向“湖南智造”转变", False, [], False),
     ("g5", "实现制造强省的科技跨越", "努力实现制造强省的科技跨越", True, [], False),
     ("x1", "全面推进“1274”行动", "湖南制定本次行动计划,将以智能制造为主攻方向,全面推进“1274”行动", False, [], True),
     ("x2", "大力发展先进制造业", "大力发展先进制造业", False, [], True),
     ("x3", "改造提升传统产业", "改造提升传统产业", False, [], True),
     ("x4", "推动生产型制造向服务型制造转变", "推动生产型制造向服务型制造转变", False, [], True),
     ("x5", "打造中国智能制造示范引领区", "打造中国智能制造示范引领区", False, ["smartmfg"], True),
     ("x6", "充分发挥实施制造强国战略主力军作用", "充分发挥实施制造强国战略主力军作用", False, [], True),
     ("x7", "加快实现制造大省向制造强省的新跨越", "加快实现制造大省向制造强省的新跨越", False, [], True)]
for id, l, e, opt, techs, by_xie in G:
    goal(id, l, e, optional=opt)
    rel("plan", "hasGoal", id, optional=opt)
    rel("hn-gov", "hasGoal", id, optional=True)
    rel("xie", "proposes", id, optional=opt or not by_xie)
    rel("hn-eic", "hasGoal", id, optional=True)
    for t in techs:
        rel(id, "involvesTechnology", t)
goal("n1", "建设制造强国", "建设制造强国是党中央国务院作出的重大战略决策", optional=False)
rel("cpc-cc", "hasGoal", "n1"); rel("sc", "hasGoal", "n1")
goal("n2", "中国制造综合实力进入世界制造强国前列", "力争建国一百年时,中国制造综合实力进入世界制造强国前列")
goal("n3", "实施“三步走”的战略", "提出通过实施“三步走”的战略", optional=True)
rel("mic2025", "hasGoal", "n2"); rel("mic2025", "hasGoal", "n3", optional=True)
rel("sc", "hasGoal", "n2", optional=True)
rel("hn-gov", "promotes", "smartmfg")
rel("hn-eic", "promotes", "smartmfg")
stat("s1", "规模以上制造业增加值", "9334.34亿元", "2014年,湖南规模以上制造业实现增加值9334.34亿元")
stat("s2", "规模以上制造业增加值占全省规模工业增加值的比重", "89.0%", "占全省规模工业增加值的比重达89.0%")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
