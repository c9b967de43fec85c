"""Gold annotation of briefing-nda-reform-progress-long-2024 (坚持推进数据要素市场化配置改革——国家数据局介绍数据领域改革进展和成效), by hand per shared/eval/ANNOTATE.md (annotator ann14)."""
ID = "briefing-nda-reform-progress-long-2024"
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
    for a in aliases: assert a in text, a
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    # a relation to an optional entity is optional too
    optional = optional or any(e.get("optional") for e in E if e["id"] in (s, o))
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=()):
    """a Goal; evidence defaults to the sentence stating it; by = proposers, body = hasGoal subjects"""
    assert label in text, label
    e = ev(evidence) if evidence else sent(label)
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=optional, evidence=e)
    for p in by: rel(p, "proposes", id, optional=optional)
    for p in opt_by: rel(p, "proposes", id, optional=True)
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)
    for t in tech: rel(id, "involvesTechnology", t, optional=optional)

def stat(id, label, value, evidence, optional=False):
    assert str(value) in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=ev(evidence), optional=optional)
L = lines
# Agencies and organisations
ent("nda", "Agency", "国家数据局")
ent("nda-res", "Agency", "数据资源司", ["国家数据局数据资源司"])
ent("nda-infra", "Agency", "数字科技和基础设施建设司", ["国家数据局数字科技和基础设施建设司"])
ent("nda-policy", "Agency", "政策和规划司", ["国家数据局政策和规划司"])
for s in ("nda-res", "nda-infra", "nda-policy"):
    rel(s, "subOrganizationOf", "nda")
ent("scio", "Agency", "国务院新闻办公室", ["国新办"])
ent("sc", "Agency", "国务院")
ent("cpc-cc", "Agency", "中共中央")
ent("xinhuanet", "Organization", "新华网")
# People
ent("liu", "Person", "刘烈宏")
ent("zhang", "Person", "张望")
ent("du", "Person", "杜巍")
ent("luan", "Person", "栾婕")
rel("liu", "holdsPost", "nda", post="局长")
rel("zhang", "holdsPost", "nda-res", post="司长")
rel("du", "holdsPost", "nda-infra", post="司长")
rel("luan", "holdsPost", "nda-policy", post="负责人", optional=True)
# Events
ent("presser", "Event", "“推动高质量发展”系列主题新闻发布会", ["推动高质量发展”系列主题新闻发布会", "新闻发布会"])
for p in ("liu", "zhang", "du", "luan"):
    rel(p, "speaksAt", "presser")
ent("plenum3", "Event", "党的二十届三中全会", ["二十届三中全会"])
# Documents
ent("decision", "Document", "中共中央关于进一步全面深化改革、推进中国式现代化的决定",
    ["《中共中央关于进一步全面深化改革、推进中国式现代化的决定》", "党的二十届三中全会决定"])
rel("decision", "publishedBy", "cpc-cc")
rel("decision", "adoptedAt", "plenum3", optional=True)
ent("guide", "Document", "数据基础设施建设指引", optional=True)
rel("guide", "publishedBy", "nda", optional=True)
# Places
ent("china", "Place", "中国", ["我国"], optional=True)
# Technologies
ent("pc", "Technology", "隐私计算")
ent("dspace", "Technology", "数据空间")
ent("bc", "Technology", "区块链")
ent("dnet", "Technology", "数联网")
ent("dinfra", "Technology", "数据基础设施", ["国家数据基础设施"], optional=True)
ent("compute", "Technology", "算力", optional=True)
ent("cpn", "Technology", "全国一体化算力网", optional=True)
ent("edwc", "Technology", "“东数西算”工程", ["东数西算"], optional=True)
ent("datasec", "Technology", "数据安全", optional=True)
ent("dtech", "Technology", "数据技术", optional=True)
ent("digi", "Technology", "数字化", ["数字化转型"], optional=True)
for t in ("pc", "dspace", "bc", "dnet", "dinfra", "compute", "datasec"):
    rel("nda", "promotes", t, optional=True)
# Statistics
stat("s-platforms", "建立省级和地市级公共数据开放平台的地方", "226个", "我国已有226个地方建立省级和地市级公共数据开放平台")
stat("s-datasets", "开放有效数据集", "超34万个", "开放有效数据集超34万个")
stat("s-latency", "东西部枢纽节点间网络时延", "20毫秒", "东西部枢纽节点间网络时延已基本满足20毫秒要求")

NDA = ("nda",)
# title / line 3: the overall aim
goal("t1", "推进数据要素市场化配置改革", L[0].split("——")[0], body=NDA)
goal("t2", "让数据“供得出、流得动、用得好、保安全”", optional=True, opt_body=NDA)
# line 2: the plenum decision
D = dict(body=("decision",))
goal("d1", "加快构建促进数字经济发展体制机制", **D)
goal("d2", "完善促进数字产业化和产业数字化政策体系", **D)
# line 6: Liu
LIU = dict(by=("liu",), body=NDA)
goal("l1", "从数字化转型中积累数据资源", tech=("digi",), **LIU)
goal("l2", "以数据开发利用深化数字化转型", tech=("digi",), **LIU)
goal("l3", "实现良性互动、协同发展", **LIU)
goal("l4", "持续探索公共数据、企业数据开发利用新路径", **LIU)
goal("l5", "挖掘和释放数据要素价值", **LIU)
# line 7: Zhang on public data
ZH = dict(by=("zhang",), body=NDA)
goal("z0a", "发布了六批共享责任清单", optional=True, opt_by=("zhang",), opt_body=("sc",))
goal("z0b", "支持了“最多跑一次”“一网通办”“高效办成一件事”等便民服务", optional=True, opt_by=("zhang",), opt_body=("sc",))
goal("z1", "建立公共数据资源登记制度、授权运营规范以及相应的信息披露机制", **ZH)
goal("z2", "明确合规政策和管理要求", **ZH)
# line 8: data industry (reporter)
goal("i0", "培育数据产业", opt_body=NDA)
goal("i0a", "培育数字经济", optional=True)
goal("i0b", "发展新质生产力", optional=True)
# line 9: Zhang on the data-industry policy
goal("i0c", "更好发挥市场机制作用", optional=True, opt_by=("zhang",), opt_body=NDA)
goal("i1", "研究制定促进数据产业发展的政策", **ZH)
goal("i2", "厘清数据产业的内涵和外延", **ZH)
goal("i3", "培育多元化的市场经营主体", **ZH)
goal("i4", "发挥市场配置资源的决定性作用", **ZH)
goal("i5", "支持企业在资源汇聚、技术攻关、产品服务、流通交易、基础设施等方面加快发展", **ZH)
goal("i6", "用好政策工具", **ZH)
goal("i7", "从投资政策、人才培养、产业集聚等方面给予相应的政策安排", **ZH)
# line 10-11: infrastructure
goal("h2", "加快数据基础设施建设", L[9], opt_by=("du",), body=NDA, tech=("dinfra",))
goal("b0a", "推动全国算力资源高效协同调度", optional=True, tech=("compute",))
goal("b0b", "构建全国一体化算力网", optional=True, tech=("cpn",))
# line 13: the decision on infrastructure
goal("d3", "建设和运营国家数据基础设施", tech=("dinfra",), **D)
goal("d4", "促进数据共享", **D)
goal("b0c", "打造数据“冷链”", optional=True)
# line 14: Du
DU = dict(by=("du",), body=NDA)
goal("u1", "要有平台、系统等“硬”的设施建设", **DU)
goal("u2", "要有标准规范、体制机制等“软”的制度设计", **DU)
goal("u3", "组织编制数据基础设施建设指引", tech=("dinfra",), opt_body=("guide",), **DU)
goal("u4", "厘清数据基础设施的概念、发展愿景和建设目标", tech=("dinfra",), opt_body=("guide",), **DU)
goal("u5", "推动构建协同联动、规模流通、高效利用、规范可信的数据基础设施服务体系", tech=("dinfra",), opt_body=("guide",), **DU)
# line 16: Du on pilots
goal("u6", "部署开展多项技术路线试点", **DU)
goal("u7", "促进数据跨部门、跨层级、跨区域、跨主体的高效可信流通利用", **DU)
# line 18: Liu on externalities
goal("l6", "促进数据流通使用", **LIU)
goal("l7", "提高资源配置效率", **LIU)
goal("l8", "培育新产业新业态", **LIU)
goal("l9", "防范隐私泄露、数据滥用等潜在风险", **LIU)
goal("l10", "实现更高效率、更加安全的发展", **LIU)
# line 19: the decision on data rules
goal("d5", "加快建立数据产权归属认定、市场交易、权益分配、利益保护制度", **D)
goal("d6", "提升数据安全治理监管能力", tech=("datasec",), **D)
goal("d7", "建立高效便利安全的数据跨境流动机制", **D)
# line 17 / 20: Luan (the section heading restates her first goal)
LU = dict(by=("luan",), body=NDA)
goal("h3", "建立健全数据基础制度", sent("将建立健全数据基础制度"), **LU)
goal("n1", "解决实践难题", **LU)
goal("n2", "促进流通使用", sent("将建立健全数据基础制度"), **LU)
goal("n3", "加强试点探索", **LU)
goal("n4", "守好安全底线", **LU)
# lines 22-24: measures under way (reporter, after Luan's statement)
M = dict(body=NDA, opt_by=("luan",))
goal("m1", "面向全国广泛征集数据产权领域的痛点难点问题", **M)
goal("m2", "深入研究、问计基层", **M)
goal("m3", "细化数据持有权、使用权、经营权", **M)
goal("m4", "构建数据流通交易体系", **M)
goal("m5", "发挥价格形成机制作用", **M)
goal("m6", "调动各方积极性主动性创造性", **M)
goal("m7", "做大数据要素市场“蛋糕”", **M)
goal("m8", "探索新型安全治理机制", **M)
goal("m9", "将安全贯穿数据供给、流通、使用全过程", **M)
# line 25: Liu, next steps
goal("x1", "加强顶层设计、总体谋划", **LIU)
goal("x2", "抓好数据产权、流通交易、收益分配、安全治理等政策制定", **LIU)
goal("x3", "加快构建适应数据要素特征、符合市场规律、契合发展需要的基础制度", **LIU)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
