"""Gold annotation of plan-shanghai-ai-manufacturing-scenarios-long-2026 (上海市“AI+制造”场景建设指南（第一期）), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-shanghai-ai-manufacturing-scenarios-long-2026"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def sent(label):
    """the sentence (split at 。；！？ and line ends) that states the label"""
    for s in re.split(r"(?<=[。；！？\n])", text):
        if label in s:
            return ev(s.strip().rstrip("；。"))
    raise AssertionError(label)

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type == "Statistic" or label in text or any(a in text for a in aliases), label
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=(), opt_tech=()):
    """a Goal; evidence defaults to the sentence stating it; by = proposers, body = hasGoal subjects"""
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    e = ev(evidence) if evidence else sent(label)
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=optional, evidence=e)
    for p in by: rel(p, "proposes", id, optional=optional)
    for p in opt_by: rel(p, "proposes", id, optional=True)
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)
    for t in tech: rel(id, "involvesTechnology", t, optional=optional)
    for t in opt_tech: rel(id, "involvesTechnology", t, optional=True)

def stat(id, label, value, evidence, optional=False):
    assert value in evidence or re.sub(r"[^0-9.]", "", value) in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=ev(evidence), optional=optional)

# Document, bodies, place
ent("guide", "Document", "上海市“AI+制造”场景建设指南（第一期）", ["本场景指引", "本指南"])
ent("impl", "Document", "上海市加快推动“AI+制造”发展的实施方案")
ent("sheitc", "Agency", "上海市经济和信息化委员会")
ent("miit", "Agency", "工信部")
rel("guide", "publishedBy", "sheitc")
ent("sh", "Place", "上海市")
ent("acct", "Organization", "计算机与网络安全", optional=True)  # the WeChat account that reposted it
CO = []
for i, l in enumerate(["智已汽车", "青翼工艺软件", "华院计算", "致景科技", "品见智能", "羚数智能", "达朗智能",
                       "中移信息", "中国海工", "松应科技", "特赞"]):
    ent(f"co{i}", "Organization", l)
    CO.append(f"co{i}")
# Technologies
ent("ai", "Technology", "人工智能", ["AI"])
ent("agent", "Technology", "智能体")
for id, l in [("aimfg", "“AI+制造”"), ("compute", "算力"), ("algo", "算法模型"), ("ainative", "AI原生软件")]:
    ent(id, "Technology", l, optional=True)
rel("sheitc", "promotes", "ai")
for t in ("agent", "aimfg", "compute"):
    rel("sheitc", "promotes", t, optional=True)

# Goals set by the guide (doc: hasGoal required; the issuing commission: optional)
def G(id, label, evidence=None, optional=False, tech=(), opt_tech=(), extra=()):
    goal(id, label, evidence, optional=optional, body=["guide"], opt_body=["sheitc", *extra], tech=tech, opt_tech=opt_tech)

l3 = lines[2].rstrip("。")
G("g1", "落实《上海市加快推动“AI+制造”发展的实施方案》", l3, opt_tech=["aimfg"])
G("g2", "加强场景引导", l3)
G("g3", "破解制造业智能化转型中场景落地路径不清等问题", l3)
G("g4", "推动生产经营模式的创新", "这些场景包括软硬件系统在研发设计、生产制造、供应链与经营管理等环节的综合应用，或通过AI原生软件、新型装备等智能产品推动生产经营模式的创新",
  optional=True, opt_tech=["ai", "ainative"])
G("g5", "推进“AI+制造”", "指南是面向制造业企业推进“AI+制造”的操作性指引文件", tech=["ai"], opt_tech=["aimfg"])
l5 = "指南围绕场景梳理AI落地的实施路径与规范，明确企业从目标设定、需求分析、技术选型，到系统部署与持续运营优化的全过程实施要素，帮助企业在实际应用中高效推进"
G("g6", "梳理AI落地的实施路径与规范", l5, tech=["ai"])
G("g7", "全过程实施要素", l5)
G("g8", "帮助企业在实际应用中高效推进", l5)
G("g9", "为制造业企业实施智能化转型提供操作框架", "本指南旨在通过三大核心举措为制造业企业实施智能化转型提供操作框架")
# 一是
G("a1", "明确场景价值", "一是明确场景价值，引导规模化应用")
G("a2", "引导规模化应用", "一是明确场景价值，引导规模化应用")
G("a3", "规范化部署与规模化推广", "依托可操作性强的指导框架，加速人工智能技术在不同行业企业研发设计、生产制造、供应链管理等典型场景的规范化部署与规模化推广", tech=["ai"])
# 二是
G("b1", "统一实施路径", "二是统一实施路径，凝聚行业共识")
G("b2", "凝聚行业共识", "二是统一实施路径，凝聚行业共识")  # restated: 帮助形成行业共识
b = "通过建立统一的建设框架与标准，清晰界定了从技术选型、资源配置到系统部署与持续运营的全流程实施路径图，帮助形成行业共识"
G("b3", "建立统一的建设框架与标准", b)
G("b4", "全流程实施路径图", b, optional=True)
# 三是
G("c1", "阐明技术标准", "三是阐明技术标准，降低建设成本")
G("c2", "降低建设成本", "三是阐明技术标准，降低建设成本")
G("c3", "明确了一系列性能标准", "针对模型选型、语料准备、算力需求及系统稳定性等核心技术要素，明确了一系列性能标准", opt_tech=["compute"])
c = "为企业在方案评估等环节提供了客观依据，降低技术试错成本"
G("c4", "为企业在方案评估等环节提供了客观依据", c)
G("c5", "降低技术试错成本", c)
# what the drafting companies contribute
G("d1", "为制造企业场景建设提供技术细节和落地成效参考", "编制单位根据场景图谱，定位自身已落地的应用场景，为制造企业场景建设提供技术细节和落地成效参考",
  extra=CO)
# what each scenario description sets out (the guide's content requirements: optional)
e = lines[7]
G("e1", "明确场景的环境、痛点、边界、流程等情况", e, optional=True)
G("e2", "明确语料、算法模型、系统软件、人员技能、算力与集成的需求", e, optional=True, opt_tech=["algo", "compute"])
G("e3", "明确数据与隐私保护措施", e, optional=True)
G("e5", "阐述智能体的架构设计与功能分层", e, optional=True, opt_tech=["agent"])
G("e6", "明确各智能体的角色、功能及工作流", e, optional=True, opt_tech=["agent"])

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
