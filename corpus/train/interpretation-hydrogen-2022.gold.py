"""Gold annotation of interpretation-hydrogen-2022 (国家发改委:严禁以建设氢能项目名义“跑马圈地”), by hand per shared/eval/ANNOTATE.md."""
ID = "interpretation-hydrogen-2022"
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

ent("ndrc", "Agency", "国家发展改革委", ["国家发改委"])
ent("hitech", "Agency", "高技术司", ["国家发展改革委高技术司"])
rel("hitech", "subOrganizationOf", "ndrc")
ent("wang", "Person", "王翔")
rel("wang", "holdsPost", "hitech", post="副司长")
ent("bjrb", "Organization", "北京日报")
ent("presser", "Event", "新闻发布会", optional=True)
rel("wang", "speaksAt", "presser", optional=True)
ent("plan", "Document", "氢能产业发展中长期规划(2021-2035年)", ["氢能产业发展中长期规划", "规划"])
rel("plan", "publishedBy", "ndrc", optional=True)
ent("h2", "Technology", "氢能", ["氢能源"])
ent("china", "Place", "中国", ["我国"], optional=True)
# Wang / NDRC
W = [("w1", "严禁以建设氢能项目名义“跑马圈地”", "严禁以建设氢能项目名义“跑马圈地”", False, True),
     ("w2", "氢能产业规划制定、投资规模、招商引资、项目建设等方面相互攀比", "严禁在氢能产业规划制定、投资规模、招商引资、项目建设等方面相互攀比", False, True),
     ("w3", "提高有关方面对科技创新和关键核心技术开发的重视程度", "希望能够提高有关方面对科技创新和关键核心技术开发的重视程度", False, False),
     ("w4", "不断夯实产业基础", "不断夯实产业基础", False, False),
     ("w5", "增强产业链供应链韧性", "增强产业链供应链韧性", False, False),
     ("w6", "引导有关方面正确认识自身优势和短板", "希望能够引导有关方面正确认识自身优势和短板", False, False),
     ("w7", "积极有序发展氢能源", "因地制宜、因情施策,积极有序发展氢能源", False, True)]
for id, l, e, opt, h in W:
    goal(id, l, e, optional=opt)
    rel("wang", "proposes", id)
    rel("ndrc", "hasGoal", id)
    rel("plan", "hasGoal", id, optional=True)
    if h: rel(id, "involvesTechnology", "h2")
goal("q1", "避免氢能行业出现一哄而上、低质竞争", "为避免氢能行业出现一哄而上、低质竞争", optional=True)
rel("q1", "involvesTechnology", "h2", optional=True)
rel("ndrc", "hasGoal", "q1", optional=True)
# plan's principles and tasks
goal("p0", "创新引领、自立自强,稳慎应用、示范先行", "将“创新引领、自立自强,稳慎应用、示范先行”作为基本原则", optional=True)
goal("p1", "创新体系建设", "并在创新体系建设、基础设施建设、多元化应用示范等主要任务中予以体现", optional=True)
goal("p2", "基础设施建设", "并在创新体系建设、基础设施建设、多元化应用示范等主要任务中予以体现", optional=True)
goal("p3", "多元化应用示范", "并在创新体系建设、基础设施建设、多元化应用示范等主要任务中予以体现", optional=True)
for g in ("p0", "p1", "p2", "p3"):
    rel("plan", "hasGoal", g, optional=True)
# local requirements (not attributed by name in this version)
L = [("l0", "进一步做好氢能产业规范管理", "为进一步做好氢能产业规范管理", True),
     ("l1", "充分考虑本地区发展基础和条件", "应充分考虑本地区发展基础和条件", False),
     ("l2", "统筹谋划、合理布局", "统筹谋划、合理布局", False),
     ("l3", "按照《规划》统一部署", "按照《规划》统一部署,不搞齐步走、一刀切", False),
     ("l4", "严禁不顾本地实际,盲目跟风、一哄而上", "严禁不顾本地实际,盲目跟风、一哄而上", False),
     ("l5", "防止低水平重复建设", "防止低水平重复建设", False),
     ("l6", "避免造成基础设施和资源浪费", "避免造成基础设施和资源浪费", False)]
for id, l, e, h in L:
    goal(id, l, e)
    rel("ndrc", "hasGoal", id, optional=True)
    rel("wang", "proposes", id, optional=True)
    if h: rel(id, "involvesTechnology", "h2")
goal("l7", "不搞齐步走、一刀切", "不搞齐步走、一刀切", optional=True)
rel("ndrc", "promotes", "h2")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
