"""Gold annotation of plan-anhui-science-2018 (安徽“科技五会”:下好创新先手棋), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-anhui-science-2018"
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

ent("stdaily", "Organization", "科技日报")
ent("cas", "Organization", "中科院")
ent("cas-quantum", "Organization", "中科院量子信息与量子科技创新研究院")
rel("cas-quantum", "subOrganizationOf", "cas")
ent("ah-most", "Agency", "安徽省科技厅")
ent("wu", "Person", "吴长锋")
ent("luo", "Person", "罗平")
rel("wu", "holdsPost", "stdaily", post="记者", optional=True)
rel("luo", "holdsPost", "ah-most", post="副厅长")
ent("anhui", "Place", "安徽", ["安徽省"])
ent("hefei", "Place", "合肥")
EV = [("m1", "安徽省与中科院合作建设领导小组会议", False), ("m2", "中科院量子信息与量子科技创新研究院理事会", True),
      ("m3", "安徽省科学技术奖励大会", False), ("m4", "合肥综合性国家科学中心理事会成立大会", False),
      ("m5", "安徽省科技工作会议", False), ("m0", "“科技五会”", True)]
for id, l, opt in EV:
    ent(id, "Event", l, optional=opt)
    rel(id, "locatedIn", "hefei", optional=opt)
ent("hnsc", "Organization", "合肥综合性国家科学中心", optional=True)
ent("qlab", "Organization", "量子信息科学国家实验室", optional=True)
ent("qlab-ah", "Organization", "量子信息科学安徽省实验室", optional=True)
ent("ai-center", "Organization", "人工智能安徽省技术创新中心", optional=True)
ent("binhu", "Place", "合肥滨湖科学城", optional=True)
ent("hwb", "Place", "合芜蚌国家自主创新示范区", optional=True)
ent("quantum", "Technology", "量子信息", ["量子信息科学"])
ent("qtech", "Technology", "量子科技", optional=True)
ent("ai", "Technology", "人工智能")
L = lines[3]
G = [("g1", "共建合肥综合性国家科学中心", "对共建合肥综合性国家科学中心和争创量子信息科学国家实验室的重视", True, []),
     ("g2", "争创量子信息科学国家实验室", "对共建合肥综合性国家科学中心和争创量子信息科学国家实验室的重视", True, ["quantum"]),
     ("g3", "突出以科技创新引领全面创新", "安徽省将突出以科技创新引领全面创新", False, []),
     ("g4", "以体制机制创新激发创新活力", "以体制机制创新激发创新活力", False, []),
     ("g5", "系统推进全面创新改革试验省‘四个一’创新主平台建设", "推进合肥综合性国家科学中心、合肥滨湖科学城、合芜蚌国家自主创新示范区和系统推进全面创新改革试验省‘四个一’创新主平台建设", False, []),
     ("g6", "加快构建高效率区域创新体系", "加快构建高效率区域创新体系", False, []),
     ("g7", "促进高水平创新型省份建设", "促进高水平创新型省份建设", False, []),
     ("g8", "建设现代化五大发展美好安徽", "努力为建设现代化五大发展美好安徽提供战略支撑", False, [])]
for id, l, e, opt, techs in G:
    goal(id, l, e, optional=opt)
    rel("luo", "proposes", id, optional=opt)
    rel("ah-most", "hasGoal", id, optional=opt)
    for t in techs:
        rel(id, "involvesTechnology", t, optional=opt)
H = [("h1", "全面提升安徽“四个一”创新主平台建设水平", "为全面提升安徽“四个一”创新主平台建设水平", False, []),
     ("h2", "建设量子信息科学安徽省实验室等10家实验室", "该省决定建设量子信息科学安徽省实验室等10家实验室", False, ["quantum"]),
     ("h3", "人工智能安徽省技术创新中心等10家创新中心", "人工智能安徽省技术创新中心等10家创新中心", False, ["ai"]),
     ("h4", "采取分批启动、分步建设的方式推进", "安徽省实验室和安徽省技术创新中心的组建将采取分批启动、分步建设的方式推进", True, [])]
for id, l, e, opt, techs in H:
    goal(id, l, e, optional=opt)
    rel("ah-most", "hasGoal", id, optional=True)
    for t in techs:
        rel(id, "involvesTechnology", t, optional=opt)
rel("ah-most", "promotes", "quantum", optional=True)
rel("ah-most", "promotes", "ai", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
