"""Gold annotation of speech-isc2023-ai-data-security-long-2023 (ISC 2023苏波：夯实数据安全基座，护航人工智能产业高质量发展), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-isc2023-ai-data-security-long-2023"
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
# Event, place, bodies, people
ent("isc", "Event", "ISC 2023第十一届互联网安全大会", ["ISC 2023", "第十一届互联网安全大会", "互联网安全大会"])
ent("beijing", "Place", "北京")
rel("isc", "locatedIn", "beijing")
ent("china", "Place", "中国", ["我国"], optional=True)
ent("cppcc-ec", "Agency", "全国政协经济委员会", ["第十三届全国政协经济委员会"])
ent("cppcc", "Agency", "全国政协", optional=True)
rel("cppcc-ec", "subOrganizationOf", "cppcc", optional=True)
ent("s360", "Organization", "360安全", optional=True)
ent("su", "Person", "苏波")
rel("su", "holdsPost", "cppcc-ec", post="副主任")
rel("su", "speaksAt", "isc")
# Documents (named in passing)
ent("dsl", "Document", "数据安全法", ["《数据安全法》"])
ent("pipl", "Document", "个人信息保护法", ["《个人信息保护法》"])
ent("ciio", "Document", "关键信息基础设施安全保护条例", ["《关键信息基础设施安全保护条例》"])
# Technologies
ent("ai", "Technology", "人工智能", ["AI", "AI技术", "新一代AI技术", "人工智能技术"])
ent("llm", "Technology", "大模型")
ent("iiot", "Technology", "工业互联网")
ent("agi", "Technology", "通用人工智能")
ent("dsp", "Technology", "数据安全防护技术", optional=True)
ent("osf", "Technology", "人工智能开源学习框架", optional=True)
ent("osp", "Technology", "人工智能开源平台", optional=True)

# Goals: the headline and the meeting's theme (optional)
goal("t0", "护航人工智能产业高质量发展", lines[0], optional=True, opt_by=["su"], opt_tech=["ai"])
goal("t1", "夯实数据安全基座", lines[0], optional=True, opt_by=["su"])
goal("m0", "开启人工智能时代数字安全新范式", optional=True, opt_tech=["ai"])
# 苏波's three proposals: each heading is a goal, each coordinated verb phrase inside it another
S = dict(by=["su"], opt_body=["cppcc-ec"])
goal("a0", "加快人工智能数据资源的建设", tech=["ai"], **S)
a = "在发展中解决安全问题，建立适合我国国情的数据流通共享机制，培育规范数据交易市场，鼓励不同主体安全的进行数据交换"
for id, l in [("a1", "在发展中解决安全问题"), ("a2", "建立适合我国国情的数据流通共享机制"),
              ("a3", "培育规范数据交易市场"), ("a4", "鼓励不同主体安全的进行数据交换")]:
    goal(id, l, a, **S)
a2 = "构建支撑我国人工智能产业发展的优质数据资源，加大人工智能应用场景下数据安全防护技术的研究，促进人工智能技术在数据安全治理与网络攻防对抗等领域中的应用"
goal("a5", "构建支撑我国人工智能产业发展的优质数据资源", a2, tech=["ai"], **S)
goal("a6", "加大人工智能应用场景下数据安全防护技术的研究", a2, tech=["ai"], opt_tech=["dsp"], **S)
goal("a7", "促进人工智能技术在数据安全治理与网络攻防对抗等领域中的应用", a2, tech=["ai"], **S)
b = "二是创新人工智能技术手段，用技术进步解决安全风险难题，加强人工智能数据安全保护基础理论研究和技术研发"
goal("b0", "创新人工智能技术手段", b, tech=["ai"], **S)
goal("b1", "用技术进步解决安全风险难题", b, **S)
goal("b2", "加强人工智能数据安全保护基础理论研究和技术研发", b, tech=["ai"], **S)
goal("b3", "发展负责任、可信任、能受控的通用人工智能", tech=["agi"], opt_tech=["ai"], **S)
b4 = "鼓励企业建设完善人工智能开源学习框架，增强框架内置学习数据和基础设施"
goal("b4", "鼓励企业建设完善人工智能开源学习框架", b4, tech=["ai"], opt_tech=["osf"], **S)
goal("b5", "增强框架内置学习数据和基础设施", b4, **S)
goal("b6", "加快培育人工智能开源平台生态圈和产业链", tech=["ai"], opt_tech=["osp"], **S)
c = "三是完善人工智能数据安全监管体系，用规范监管保障安全发展，加快完善人工智能健康发展的监管规则和法律法规，推进明确人工智能数据安全法律原则，确立不同参与主体在人工智能生命周期各阶段所享有的数据权利与承担的安全责任"
goal("c0", "完善人工智能数据安全监管体系", c, tech=["ai"], **S)
goal("c1", "用规范监管保障安全发展", c, **S)
goal("c2", "加快完善人工智能健康发展的监管规则和法律法规", c, tech=["ai"], **S)
goal("c3", "推进明确人工智能数据安全法律原则", c, tech=["ai"], **S)
goal("c4", "确立不同参与主体在人工智能生命周期各阶段所享有的数据权利", c, tech=["ai"], **S)
c2 = "制定人工智能产品应用服务的数据安全服务产品体系，通过检测验证提升人工智能产品安全性和成熟度，降低人工智能数据安全风险"
goal("c5", "制定人工智能产品应用服务的数据安全服务产品体系", c2, tech=["ai"], **S)
goal("c6", "通过检测验证提升人工智能产品安全性和成熟度", c2, tech=["ai"], **S)
goal("c7", "降低人工智能数据安全风险", c2, tech=["ai"], **S)
rel("cppcc-ec", "promotes", "ai", optional=True)
rel("cppcc-ec", "promotes", "agi", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
