"""Gold annotation of plan-beijing-ai-software-long-2025 (简析《北京市关于支持信息软件企业加强人工智能应用服务能力行动方案（2025年）》), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-beijing-ai-software-long-2025"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type == "Statistic" or label in text, label
    for a in aliases: assert a in text, a
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    if "evidence" in kw: ev(kw["evidence"])
    d.update(kw); E.append(d)

def goal(id, label, evidence=None, optional=False):
    evidence = evidence or label
    assert label in text, label
    assert 4 <= len(label) <= 40, label
    assert label in evidence, (label, evidence)
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def write():
    gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
    (here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
    print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
# bodies, places, document
ent("bj-eit", "Agency", "北京市经济和信息化局", ["北京市经信局"])
ent("miit", "Agency", "工信部")
ent("nsfocus", "Organization", "绿盟", ["NSFOCUS"])
ent("plan", "Document", "北京市关于支持信息软件企业加强人工智能应用服务能力行动方案（2025年）", ["行动方案"])
rel("plan", "publishedBy", "bj-eit")
ent("beijing", "Place", "北京市", ["北京"])
ent("china", "Place", "全国", ["国内"], optional=True)
# technologies
T = {}
for id, l, al, opt in [("ai", "人工智能", [], False), ("llm", "大模型", ["国产大模型", "人工智能大模型"], False),
                       ("agent", "通用智能体", ["智能体"], False), ("chip", "芯片", [], False),
                       ("maas", "MaaS", ["MaaS平台"], True), ("indmodel", "行业大模型", ["行业模型"], True),
                       ("deepseek", "deepseek", [], True), ("opensource", "开源", [], True),
                       ("compute", "算力", [], True), ("aiplus", "“人工智能+”", [], True)]:
    ent(id, "Technology", l, al, optional=opt)
    T[id] = opt

def G(id, label, evidence=None, opt=False, doc=None, body=None, tech=()):
    """doc/body: None = no relation, True = required, 'opt' = optional"""
    goal(id, label, evidence, optional=opt)
    for subj, flag in (("plan", doc), ("bj-eit", body)):
        if flag: rel(subj, "hasGoal", id, optional=opt or flag == "opt")
    for t in tech:
        rel(id, "involvesTechnology", t, optional=opt or T[t])

# the plan's eight measures, as the article lists them
G("m0", "推出八大举措支持企业发展", "《行动方案》围绕“人工智能+”战略，推出八大举措支持企业发展", doc=True, body="opt", tech=["aiplus"])
for id, l, tech in [("m1", "支持MaaS企业在京集聚发展", ["maas"]), ("m2", "推动信息软件企业发展行业模型能力", ["indmodel"]),
                    ("m3", "支持通用智能体发展", ["agent"]), ("m4", "实施信息软件企业智能技改工程", []),
                    ("m5", "提升数据治理能力", []), ("m6", "加速构建开源生态新体系", ["opensource"]),
                    ("m7", "提升面向中小企业的人工智能服务能力", ["ai"]), ("m8", "加强人工智能应用能力培训", ["ai"])]:
    G(id, l, l, doc=True, body="opt", tech=tech)
# the two considerations behind the plan (the analyst's reading: 或)
G("b1", "促进人工智能的应用推广", "一是促进人工智能的应用推广", doc="opt", tech=["ai"])
G("b2", "促进信息软件产业的发展", "二是促进信息软件产业的发展", doc="opt")
G("b3", "加强对国产大模型的支持和部署", "国内主要芯片制造商、重点行业用户等都纷纷采取措施加强对国产大模型的支持和部署", opt=True, tech=["llm"])
G("b4", "持续推进和规范引导国产大模型应用的热潮", "如何持续推进和规范引导国产大模型应用的热潮，成为行业尤其是地方主管部门需要思考的重要课题", opt=True, tech=["llm"])
G("b5", "推动人工智能大模型的应用", "而推动人工智能大模型的应用，无疑对保持信息软件产业的强劲增长具有重大意义", opt=True, tech=["ai", "llm"])
G("b6", "保持信息软件产业的强劲增长", "而推动人工智能大模型的应用，无疑对保持信息软件产业的强劲增长具有重大意义", opt=True)
# the three groups of measures and their funding
G("c1", "重点鼓励应用的三类人工智能产品和服务形态", "一是明确了重点鼓励应用的三类人工智能产品和服务形态", doc=True, tech=["ai"])
G("c1a", "鼓励应用人工智能全栈式MaaS平台、行业大模型、通用智能体", "分别规定了鼓励应用人工智能全栈式MaaS平台、行业大模型、通用智能体三类重点产品和服务形式", opt=True, doc="opt",
  tech=["ai", "maas", "indmodel", "agent"])
G("f1", "“算力券”和部署成本补贴（3000万元）", "对应的鼓励措施分别为“算力券”和部署成本补贴（3000万元）", doc=True, tech=["compute"])
G("f2", "“首方案”非硬件部分采购额奖励", "“首方案”非硬件部分采购额奖励", doc=True)
G("f3", "算力和模型调用成本支持（3000万元）", "算力和模型调用成本支持（3000万元）", doc=True, tech=["compute"])
G("c2", "大力发展人工智能所需的两类能力要素", "二是明确了大力发展人工智能所需的两类能力要素", doc=True, tech=["ai"])
G("c2a", "大力促进数据治理、开源生态的发展", "规定了大力促进数据治理、开源生态的发展", opt=True, doc="opt", tech=["opensource"])
G("f4", "“数据券”（50万元）", "对应措施分别为“数据券”（50万元）和共享开源项目资金奖励（200万元）", doc=True)
G("f5", "共享开源项目资金奖励（200万元）", "对应措施分别为“数据券”（50万元）和共享开源项目资金奖励（200万元）", doc=True, tech=["opensource"])
G("c3", "促进应用的重要切入点", "三是明确了促进应用的重要切入点", doc=True)
G("c3a", "信息软件企业“智能技改”、中小企业服务能力、应用能力培训", "规定了信息软件企业“智能技改”、中小企业服务能力、应用能力培训三类具体工作", opt=True, doc="opt")
G("f6", "智能技改投资奖励（3000万元）", "并明确了智能技改投资奖励（3000万元）、“中小企业服务券”（20万元）等鼓励措施", doc=True)
G("f7", "“中小企业服务券”（20万元）", "并明确了智能技改投资奖励（3000万元）、“中小企业服务券”（20万元）等鼓励措施", doc=True)
# the analyst's outlook and advice to companies
G("p1", "出台类似的鼓励人工智能应用专项举措", "后续信息软件产业发展排名靠前的相关地方，很有可能也将出台类似的鼓励人工智能应用专项举措", opt=True, tech=["ai"])
for id, l, tech in [("a1", "积极争取“智能技改”专项资金", []), ("a2", "打造“行业模型”典型案例", ["indmodel"]),
                    ("a3", "通过“首方案”渠道争取支持资金", [])]:
    G(id, l, l, tech=tech)
    rel("nsfocus", "hasGoal", id, optional=True)
# promotes: the issuing bureau pushes what its plan's measures name
for t in ("ai", "agent"):
    rel("bj-eit", "promotes", t)
for t in ("llm", "maas", "indmodel", "opensource", "compute", "aiplus"):
    rel("bj-eit", "promotes", t, optional=True)
# statistics
stat("s1", "北京市软件产业规模", "3.2万亿元", "北京市软件产业规模为3.2万亿元")
stat("s2", "全国软件产业规模", "13.7万亿", "占全国（13.7万亿）的比重超过五分之一")
stat("s3", "北京市软件产业规模占全国比重", "22.6%", "占全国（13.7万亿）的比重超过五分之一，达22.6%")
stat("s4", "2025年一季度信息软件业增加值占全市GDP比重", "24.2%", "2025年一季度，信息软件业增加值占全市GDP比重达24.2%")
stat("s5", "信息软件业对全市经济增长贡献率", "接近4成", "对全市经济增长贡献率接近4成", optional=True)
write()
