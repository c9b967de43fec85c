"""Gold annotation of plan-zhongwei-data-2023 (马洪海代表——打造西部数谷), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-zhongwei-data-2023"
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

ent("ma", "Person", "马洪海")
ent("zw-cpc", "Agency", "中共中卫市委", ["中卫市委"])
ent("npc", "Agency", "全国人大", optional=True)
rel("ma", "holdsPost", "zw-cpc", post="副书记")
rel("ma", "holdsPost", "npc", post="代表", optional=True)
ent("report", "Document", "政府工作报告")
ent("plan1244", "Document", "“1244+N”行动计划", optional=True)
ent("ningxia", "Place", "宁夏")
ent("zhongwei", "Place", "中卫", ["中卫市"])
for id, l, opt in [("cloud", "云计算", False), ("bigdata", "大数据", False), ("cpn", "算力网络", True),
                   ("xinchuang", "信息技术应用创新", True), ("internet", "互联网", True)]:
    ent(id, "Technology", l, optional=opt)
rel("zw-cpc", "promotes", "cloud", optional=True)
rel("zw-cpc", "promotes", "bigdata", optional=True)
goal("r1", "大力发展数字经济", "今年政府工作报告提出,大力发展数字经济")
rel("report", "hasGoal", "r1"); rel("ma", "proposes", "r1", optional=True)
G = [("g1", "抢抓“东数西算”机遇", "中卫市将抢抓“东数西算”机遇", []),
     ("g2", "深入实施数字赋能计划", "深入实施数字赋能计划", []),
     ("g3", "深入推进“1244+N”行动计划", "深入推进“1244+N”行动计划", []),
     ("g4", "全面形成组织、规划、政策等一套保障体系", "“1”就是全面形成组织、规划、政策等一套保障体系", []),
     ("g5", "加快建设“两个中心”", "“2”就是加快建设“两个中心”", []),
     ("g6", "实施数字产业化、产业数字化、数字化政务、数字化社会", "“4”就是实施数字产业化、产业数字化、数字化政务、数字化社会“四化工程”", []),
     ("g7", "数字经济占GDP比重达到40%左右", "“4”就是力争实现到2027年数字经济占GDP比重达到40%左右目标", []),
     ("g8", "大力培育引进若干生产和运行数字的企业", "“N”就是大力培育引进若干生产和运行数字的企业", []),
     ("g9", "大力推动数字产业化、产业数字化", "按照夯实基础、赋能全局、强化能力、优化环境的战略路径,大力推动数字产业化、产业数字化", []),
     ("g10", "建设全国一体化算力网络国家枢纽节点", "建设全国一体化算力网络国家枢纽节点", ["cpn"]),
     ("g11", "国家新型互联网数据交换中心", "建设全国一体化算力网络国家枢纽节点、国家新型互联网数据交换中心", ["internet"]),
     ("g12", "建成国家“东数西算”示范", "建成国家“东数西算”示范、信息技术应用创新、国家级数据供应链培育“三大基地”", ["xinchuang"]),
     ("g13", "全力推进大数据产业中心市建设", "全力推进大数据产业中心市建设", ["bigdata"]),
     ("g14", "高质量打造“西部数谷”", "高质量打造“西部数谷”", [])]
for id, l, e, techs in G:
    goal(id, l, e)
    rel("ma", "proposes", id)
    rel("zw-cpc", "hasGoal", id, optional=True)
    if id in ("g4", "g5", "g6", "g7", "g8"): rel("plan1244", "hasGoal", id, optional=True)
    for t in techs:
        rel(id, "involvesTechnology", t, optional=t != "bigdata")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
