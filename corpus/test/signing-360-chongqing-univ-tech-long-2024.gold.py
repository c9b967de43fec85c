"""Gold annotation of signing-360-chongqing-univ-tech-long-2024 (360与重庆理工大学达成战略合作！打造产教融合新样板), by hand per shared/eval/ANNOTATE.md (annP16; no extractor was run or read)."""
ID = "signing-360-chongqing-univ-tech-long-2024"
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

# Event, places, the agreement
ent("cer", "Event", "签约仪式", ["战略合作协议签约仪式"], optional=True)
ent("agr", "Document", "战略合作协议", optional=True)
ent("cq", "Place", "重庆市", ["重庆"])
ent("cn", "Place", "国内", optional=True)
# bodies
ent("q360ds", "Organization", "360数字安全集团", ["360"])
ent("q360", "Organization", "360集团")
rel("q360ds", "subOrganizationOf", "q360", optional=True)
ent("cqut", "Organization", "重庆理工大学")
# what 360 builds with 重庆市, and what the cooperation will build
for id, l in [("o-west-hq", "数字安全运营西部总部"), ("o-west-gpt", "西部GPT研发应用中心")]:
    ent(id, "Organization", l)
    rel(id, "subOrganizationOf", "q360ds", optional=True)
for id, l in [("o-icv", "智能网联汽车安全及大模型创新研究院"), ("o-emb", "大模型具身智能创新研究院"),
              ("o-lab", "网络安全攻防竞赛实验室"), ("o-isw", "重庆现代工业软件产业学院")]:
    ent(id, "Organization", l)
    rel(id, "subOrganizationOf", "cqut", optional=True)
    rel(id, "subOrganizationOf", "q360ds", optional=True)
# people
P = [("liuxk", "刘小康", "cqut", "党委副书记、校长"), ("zhangxh", "张晓洪", "cqut", "党委副书记"),
     ("hu", "胡振泉", "q360ds", "总裁"), ("bu", "卜思南", "q360ds", "副总裁"),
     ("tian", "田波", "cqut", "党委常委、副校长"), ("chen", "陈华荣", "q360ds", "城市运营合作人")]
for id, n, org, post in P:
    ent(id, "Person", n)
    rel(id, "holdsPost", org, post=post)
for p in ("liuxk", "hu", "bu"):
    rel(p, "speaksAt", "cer", optional=True)   # the ceremony is an unnamed, optional Event
# technologies
ent("llm", "Technology", "AI大模型", ["大模型"])
ent("iiot", "Technology", "工业互联网")
ent("iov", "Technology", "车联网")
ent("ai", "Technology", "人工智能", ["AI"])
for id, l in [("dsec", "数字安全"), ("cybersec", "网络安全"), ("icv", "智能网联汽车"), ("gpt", "GPT"),
              ("embodied", "具身智能"), ("isw", "工业软件")]:
    ent(id, "Technology", l, optional=True)
for t in ("llm", "iiot", "iov", "ai"):
    rel("q360ds", "promotes", t)
    rel("cqut", "promotes", t)
for t in ("dsec", "cybersec", "icv"):
    rel("q360ds", "promotes", t, optional=True)
    rel("cqut", "promotes", t, optional=True)

BOTH = dict(body=["q360ds", "cqut"])
# the title and the lead (the agreement: 双方将…)
goal("t0", "打造产教融合新样板", lines[0], optional=True, opt_body=["q360ds", "cqut"])
a = sent("正式举行战略合作协议签约仪式")
goal("a1", "开展深入的合作研究和人才培养", a, tech=["llm", "iiot", "iov"], opt_tech=["dsec"], **BOTH)
goal("a2", "共同打造校企合作新样板", a, **BOTH)
goal("a3", "推进教育强国和数字中国建设", a, **BOTH)
for g in ("a1", "a2", "a3"):
    rel("agr", "hasGoal", g, optional=True)

# 刘小康 (重庆理工大学)
L = dict(by=["liuxk"], body=["cqut"])
goal("l0", "服务国家战略和地方经济社会发展", sent("始终致力于服务国家战略"), **L)   # 始终致力于: continuing work
l = sent("此次与360集团的合作")
goal("l1", "推动学校在数字安全、人工智能等领域的创新发展", l, tech=["ai"], opt_tech=["dsec"], opt_body=["q360ds"], **L)
goal("l2", "为国家培养更多高素质的数字化人才", l, opt_body=["q360ds"], **L)

# 胡振泉 (360数字安全集团)
H = dict(by=["hu"], body=["q360ds"])
h0 = sent("360与重庆市一直保持着深厚的合作关系")
goal("h1", "建立数字安全运营西部总部和西部GPT研发应用中心", h0, opt_tech=["gpt", "dsec"], **H)
goal("h2", "推动重庆网络安全产业和AI产业高质量发展", h0, tech=["ai"], opt_tech=["cybersec"], **H)
h = sent("此次与重庆理工大学的战略合作，是对360与重庆市合作关系的进一步深化")
goal("h3", "充分发挥双方在教育、科研、产业等方面的优势", h, opt_body=["cqut"], **H)
goal("h4", "共同建设智能网联汽车安全及大模型创新研究院", h, tech=["llm"], opt_tech=["icv", "embodied", "cybersec", "isw"],
     opt_body=["cqut"], **H)
goal("h5", "加强关键技术的共同研发和创新", h, opt_body=["cqut"], **H)
goal("h6", "孵化培养出一批高质量、高技能、高层次的实战型人才", h, opt_body=["cqut"], **H)
goal("h7", "为AI领域、网络安全领域以及智能网联汽车等领域的科技创新", h, tech=["ai"],
     opt_tech=["cybersec", "icv"], opt_body=["cqut"], **H)

# 卜思南 (360数字安全集团)
B = dict(by=["bu"], body=["q360ds"], opt_body=["cqut"])
b = sent("此次与重庆理工大学的合作将构建起")
goal("b1", "构建起战略型、尖端型、实用型人才分层培养体系", b, **B)
goal("b2", "打造起前沿型、实战型、教学型的高水平师资队伍", b, **B)
goal("b3", "实现产业人才培养、技术攻关、创新创业等方面的成果转化", b, **B)
goal("b4", "实现产教融合和科教融汇", b, **B)

# the closing paragraph (the reporter on both partners)
c = sent("此次战略合作协议的签署")
goal("c1", "响应国家数字化战略", c, **BOTH)
goal("c2", "推动教育数字化转型", c, **BOTH)
d = sent("双方将携手共进")
goal("d1", "为数字中国建设贡献智慧和力量", d, **BOTH)
goal("d2", "共同开启数字安全和人工智能领域的新篇章", d, tech=["ai"], opt_tech=["dsec"], **BOTH)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
