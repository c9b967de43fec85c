"""Gold annotation of forum-bund2024-wdta-llm-supply-chain-standard-long-2024 (关注 | 2024外滩大会：WDTA发布首个大模型供应链安全领域的国际标准, 中国信息安全 2024-09-07), by hand per shared/eval/ANNOTATE.md."""
ID = "forum-bund2024-wdta-llm-supply-chain-standard-long-2024"
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

# Events and places
ent("forum", "Event", "“以AI守护AI，大模型时代的攻守之道”论坛", ["以AI守护AI，大模型时代的攻守之道"])
ent("bund", "Event", "2024Inclusion·外滩大会", ["2024外滩大会", "外滩大会", "2024 Inclusion·外滩大会"])
ent("uncst", "Event", "联合国科技大会")
ent("contest", "Event", "全球AI攻防挑战赛")
ent("geneva", "Place", "日内瓦")
ent("cn", "Place", "我国", ["国内"], optional=True)
# Organisations
ent("cisj", "Organization", "中国信息安全", optional=True)  # the reprinting magazine, line 2 only
ent("wdta", "Organization", "世界数字技术院", ["WDTA", "WDTA世界数字技术院"])
ent("cstd", "Organization", "联合国科学和技术促进发展委员会")
ent("csa", "Organization", "云安全联盟（CSA）大中华区", ["云安全联盟大中华区", "CSA大中华区"])
ent("ant", "Organization", "蚂蚁集团")
ent("ant-mi", "Organization", "蚂蚁集团机器智能部", ["机器智能部"])
rel("ant-mi", "subOrganizationOf", "ant")
ent("ant-lab", "Organization", "安全实验室", optional=True)   # 蚂蚁集团's, named only in 王维强's posts
rel("ant-lab", "subOrganizationOf", "ant", optional=True)
ent("tc260", "Agency", "全国网络安全标准化技术委员会")
ent("wg7", "Agency", "WG7", optional=True)
rel("wg7", "subOrganizationOf", "tc260", optional=True)
for id, l in [("ms", "微软"), ("google", "谷歌"), ("meta", "Meta"), ("privateai", "PrivateAI"), ("anthropic", "Anthropic"),
              ("baidu", "百度"), ("openai", "OpenAI"), ("iflytek", "科大讯飞"), ("ctel", "中国电信"), ("ctyun", "天翼云"),
              ("xidian", "西安电子科技大学"), ("gzhu", "广州大学"), ("thu", "清华大学"), ("sjtu", "上海交通大学"),
              ("zju", "浙江大学"), ("csig", "中国图象图形学学会"), ("shailab", "上海人工智能实验室")]:
    ent(id, "Organization", l)
ent("c9", "Organization", "C9高校", optional=True)
# WDTA's members (成员单位) and CSA's (其成员单位) are stated, but there is no membership predicate; left out.
# People
ent("major", "Person", "Peter Major")
rel("major", "holdsPost", "cstd", post="执行主席")
rel("major", "holdsPost", "wdta", post="创始理事长")
rel("major", "speaksAt", "forum")
ent("lyh", "Person", "李雨航")
rel("lyh", "holdsPost", "csa", post="主席")
rel("lyh", "speaksAt", "forum", optional=True)
ent("min", "Person", "闵京华")
rel("min", "holdsPost", "tc260", post="委员")
rel("min", "holdsPost", "wg7", post="副组长", optional=True)
rel("min", "speaksAt", "forum")
ent("wang", "Person", "王维强")
rel("wang", "holdsPost", "ant-mi", post="总经理")
rel("wang", "holdsPost", "ant-lab", post="首席科学家", optional=True)
rel("wang", "holdsPost", "ant", post="机器智能部总经理、安全实验室首席科学家", optional=True)
rel("wang", "speaksAt", "forum")
# Documents
ent("std", "Document", "大模型供应链安全要求")
rel("std", "publishedBy", "wdta")
for b in ("csa", "ant", "ms", "google", "meta", "privateai"):   # their experts drafted it
    rel("std", "publishedBy", b, optional=True)
ent("aistr", "Document", "AI STR系列标准", optional=True)
rel("aistr", "publishedBy", "wdta", optional=True)
ent("gaigi", "Document", "全球人工智能治理倡议")
ent("aistd", "Document", "国家新一代人工智能标准体系建设指南")
ent("rep", "Document", "AI可信度分析")
rel("rep", "publishedBy", "csa")
for b in ("ctel", "xidian", "gzhu", "ant", "baidu", "ctyun"):  # its compilers
    rel("rep", "publishedBy", b, optional=True)
# Technologies
ent("ai", "Technology", "人工智能", ["AI"])
ent("llm", "Technology", "大模型", ["大语言模型", "AI大模型"])
ent("aisec", "Technology", "AI安全", optional=True)
ent("trustai", "Technology", "可信AI", optional=True)
ent("digtech", "Technology", "数字技术", optional=True)
ent("ytj", "Technology", "蚁天鉴", optional=True)   # a product
for b, t in [("wdta", "ai"), ("wdta", "llm"), ("ant", "ai"), ("ant", "llm"), ("csa", "llm"), ("csa", "ai"),
             ("csig", "llm"), ("csig", "ai")]:
    rel(b, "promotes", t)
for b, t in [("ant", "aisec"), ("ant", "trustai"), ("ant", "ytj"), ("wdta", "digtech"), ("tc260", "ai"), ("shailab", "llm")]:
    rel(b, "promotes", t, optional=True)
stat("s-ytj", "蚁天鉴相关检测和防御产品开放的外部机构和企业", "20余家", "相关检测和防御产品已开放给20余家外部机构和企业使用")

# Goals
# Peter Major
p = "制定全球公认的人工智能国际标准，有助于培养对人工智能的信任、促进创新，并确保人工智能系统在不同行业和地区可靠运行"
P = dict(by=["major"], opt_body=["wdta"], tech=["ai"])
goal("p0", "人工智能相关标准的国际合作", "随着人工智能不断发展并影响全球各个行业，人工智能相关标准的国际合作变得越来越重要",
     optional=True, opt_by=["major"], opt_body=["wdta"], opt_tech=["ai"])
goal("p1", "制定全球公认的人工智能国际标准", p, **P)
goal("p2", "培养对人工智能的信任", p, **P)
goal("p3", "促进创新", p, by=["major"], opt_body=["wdta"])
goal("p4", "确保人工智能系统在不同行业和地区可靠运行", p, **P)
# what the standard does (李雨航's words: past tense, so optional)
l = "WDTA发布该标准为大模型的全生命周期安全提供了系统性管理框架，解决了供应链中的安全挑战，支持全球人工智能技术的安全和可持续发展，提升了行业的整体可信度"
goal("l1", "为大模型的全生命周期安全提供了系统性管理框架", l, optional=True, opt_by=["lyh"], opt_body=["std", "wdta"], opt_tech=["llm"])
goal("l2", "支持全球人工智能技术的安全和可持续发展", l, optional=True, opt_by=["lyh"], opt_body=["std", "wdta"], opt_tech=["ai"])
goal("l3", "提升了行业的整体可信度", l, optional=True, opt_by=["lyh"], opt_body=["std", "wdta"])
# the standard's aims (通过这一标准，可…，确保…，从而提升…)
d = "通过这一标准，可有效识别和评估大模型系统生命周期中面临的供应链潜在安全风险，如数据泄露、模型篡改及供应商不合规等问题，确保供应链的完整性、可用性、保密性，从而提升大模型系统的安全性"
goal("d1", "有效识别和评估大模型系统生命周期中面临的供应链潜在安全风险", d, body=["std"], tech=["llm"], opt_body=["wdta"])
goal("d2", "确保供应链的完整性、可用性、保密性", d, body=["std"], opt_body=["wdta"])
goal("d3", "提升大模型系统的安全性", d, body=["std"], tech=["llm"], opt_body=["wdta"])
e = lines[6].rstrip("。")
goal("d4", "为大模型供应链中的供需双方提供了系统性的安全管理框架", e, optional=True, opt_body=["std"], opt_tech=["llm"])
goal("d5", "为第三方机构和权威部门的安全审查和合规管理提供了可靠依据", e, optional=True, opt_body=["std"])
goal("d6", "增强了大模型系统的整体安全可信发展", e, optional=True, opt_body=["std"], opt_tech=["llm"])
# WDTA and its AI STR plan
w = "该组织致力于在全球范围内推进数字技术，促进国际合作"
goal("w1", "在全球范围内推进数字技术", w, body=["wdta"], opt_tech=["digtech"])
goal("w2", "促进国际合作", w, body=["wdta"])
goal("w3", "确保人工智能系统的安全性、可信性和责任性", body=["wdta"], tech=["ai"], opt_body=["aistr"])
# China and the forum
goal("c1", "推动人工智能治理体系优化完善", tech=["ai"])
goal("c2", "推动形成全球人工智能安全治理共识和创新合作", tech=["ai"])
# 闵京华
goal("m1", "保障AI的价值实现与风险的平衡", by=["min"], tech=["ai"], opt_body=["tc260"])
goal("m2", "需要行业共同努力协作", by=["min"], opt_body=["tc260"])
goal("m3", "确保人工智能系统是安全、可信赖和对所有人都有益的", by=["min"], tech=["ai"], opt_body=["tc260"])
# 王维强 (蚂蚁集团长期…, 一方面…另一方面…)
a = "蚂蚁集团长期关注AI安全，一方面积极参与技术标准规范建设，另一方面在研发大模型技术中时刻关注风险评估结果，实施并提升大模型的安全性、可靠性、可控性技术"
A = dict(by=["wang"], body=["ant"])
goal("a1", "长期关注AI安全", a, tech=["ai"], opt_tech=["aisec"], **A)
goal("a2", "积极参与技术标准规范建设", a, **A)
goal("a3", "时刻关注风险评估结果", a, opt_tech=["llm"], **A)
goal("a4", "实施并提升大模型的安全性、可靠性、可控性技术", a, tech=["llm"], **A)
# the contest (旨在…), organised by 中国图象图形学学会, 蚂蚁集团 and CSA
t = "旨在凝聚学界、行业力量，直面并解决大模型应用中潜藏的风险，助力全球AI产业健康可持续发展"
T = dict(body=["csig", "ant", "csa"], opt_body=["shailab"])
goal("t1", "凝聚学界、行业力量", t, **T)
goal("t2", "直面并解决大模型应用中潜藏的风险", t, tech=["llm"], **T)
goal("t3", "助力全球AI产业健康可持续发展", t, tech=["ai"], **T)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
