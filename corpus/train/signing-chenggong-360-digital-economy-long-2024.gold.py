"""Gold annotation of signing-chenggong-360-digital-economy-long-2024 (呈贡区政府携手360，共绘昆明市数字经济发展新蓝图！), by hand per shared/eval/ANNOTATE.md."""
ID = "signing-chenggong-360-digital-economy-long-2024"
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

# Places
ent("km", "Place", "昆明市", ["昆明"])
ent("cg", "Place", "呈贡区")
ent("yn", "Place", "云南")
ent("sasea", "Place", "南亚东南亚", optional=True)
ent("cn", "Place", "我国", ["中国"], optional=True)
# Bodies
ent("cg-gov", "Agency", "昆明市呈贡区政府", ["呈贡区政府"])
ent("km-gov", "Agency", "昆明市政府")
ent("km-cpc", "Agency", "市委", optional=True)      # 昆明市委, named only as 市委 in the posts
ent("prov-cpc", "Agency", "省委", optional=True)    # 云南省委, only in 省委常委
rel("cg-gov", "subOrganizationOf", "km-gov", optional=True)
ent("q360ds", "Organization", "360数字安全集团")
ent("q360", "Organization", "360集团", ["360"])
rel("q360ds", "subOrganizationOf", "q360", optional=True)
ent("center", "Organization", "城市大模型服务中心", optional=True)  # to be built
rel("center", "subOrganizationOf", "q360", optional=True)
ent("agr", "Document", "合作协议", optional=True)
for b in ("cg-gov", "q360ds"):
    rel("agr", "publishedBy", b, optional=True)
# People
ent("liuhj", "Person", "刘洪建")
rel("liuhj", "holdsPost", "km-cpc", post="市委书记", optional=True)
rel("liuhj", "holdsPost", "prov-cpc", post="省委常委", optional=True)
ent("liujc", "Person", "刘佳晨")
rel("liujc", "holdsPost", "km-gov", post="市长")
rel("liujc", "holdsPost", "km-cpc", post="市委副书记", optional=True)
ent("zhou", "Person", "周鸿祎")
rel("zhou", "holdsPost", "q360", post="创始人", optional=True)
ent("hu", "Person", "胡振泉")
rel("hu", "holdsPost", "q360ds", post="总裁")
# Technologies
ent("ai", "Technology", "人工智能")
ent("llm", "Technology", "大模型")
ent("cybersec", "Technology", "网络安全", optional=True)
ent("dsec", "Technology", "数字安全", optional=True)
ent("citysec", "Technology", "城市安全大脑", optional=True)
ent("yunan", "Technology", "云安产品", optional=True)
rel("q360", "promotes", "ai")
rel("q360", "promotes", "llm")
for t in ("cybersec", "dsec", "citysec", "yunan"):
    rel("q360", "promotes", t, optional=True)
rel("km-cpc", "promotes", "ai", optional=True)

# Goals
SIGNERS = ["cg-gov", "q360ds"]
s = "双方将在产业数字化赋能、城市基地建设与运营、产业生态共建等领域开展深度合作，全面助力昆明数字经济高质量发展"
goal("s1", "产业数字化赋能", s, body=SIGNERS)
goal("s2", "城市基地建设与运营", s, body=SIGNERS)
goal("s3", "产业生态共建", s, body=SIGNERS)
goal("s4", "全面助力昆明数字经济高质量发展", s, body=SIGNERS, opt_body=["q360"])
# 刘洪建: 昆明 as subject (optional hasGoal); his hopes for 360
L = dict(by=["liuhj"], opt_body=["km-cpc", "km-gov"])
k = "当前，昆明正大力发展数字经济，因地制宜培育发展新质生产力，双方深化合作有着广阔的空间"
goal("k1", "大力发展数字经济", k, **L)
goal("k2", "因地制宜培育发展新质生产力", k, **L)
h = "希望360集团加快项目落地，充分发挥企业优势，围绕网络安全、人工智能等领域加强务实合作，并立足昆明积极开拓南亚东南亚市场，携手实现互利共赢"
H = dict(by=["liuhj"], opt_body=["km-cpc", "km-gov", "q360"])
goal("h1", "加快项目落地", h, **H)
goal("h2", "充分发挥企业优势", h, **H)
goal("h3", "围绕网络安全、人工智能等领域加强务实合作", h, tech=["ai"], opt_tech=["cybersec"], **H)
goal("h4", "立足昆明积极开拓南亚东南亚市场", h, **H)
goal("h5", "携手实现互利共赢", h, **H)
c = "昆明将加强服务保障，为企业在昆发展创造良好条件"
goal("c1", "加强服务保障", c, **L)
goal("c2", "为企业在昆发展创造良好条件", c, **L)
# 周鸿祎 (360将…)
Z = dict(by=["zhou"], body=["q360"])
z = "360将发挥企业所长，以前沿的创新技术和卓越的安全能力为昆明高质量发展提供助力"
goal("z0", "发挥企业所长", z, optional=True, opt_by=["zhou"], opt_body=["q360"])
goal("z1", "为昆明高质量发展提供助力", z, **Z)
goal("z2", "深化在网络安全领域的城市合作", opt_tech=["cybersec"], **Z)
goal("z3", "推动“云安产品”出海", opt_tech=["yunan"], **Z)
goal("z4", "全力打造“城市大模型服务中心”", tech=["llm"], **Z)
goal("z5", "推动大模型在云南的产业化落地", tech=["llm"], **Z)
goal("z6", "广泛联合昆明本地数字化产业服务商", **Z)
goal("z7", "携手优化安全及人工智能产业生态布局", tech=["ai"], **Z)
goal("z8", "为昆明市的高质量发展奠定坚实基础", **Z)
# 胡振泉 (360期望… / 360也将…)
U = dict(by=["hu"], body=["q360"], opt_body=["q360ds"])
goal("u1", "在呈贡区落地“城市安全大脑”数字安全基础设施", opt_tech=["citysec", "dsec"], **U)
goal("u2", "提供全面、深入的网络安全服务与支持", opt_tech=["cybersec"], **U)
goal("u3", "充分发挥其产业引领效应", **U)
goal("u4", "引入360战略合作伙伴投资建设数字安全及人工智能产业链集群", tech=["ai"], opt_tech=["dsec"], **U)
goal("u5", "合力开创企业与地方合作新局面", **U)
# the headline
goal("t0", "共绘昆明市数字经济发展新蓝图", "呈贡区政府携手360，共绘昆明市数字经济发展新蓝图", optional=True, opt_body=["cg-gov", "q360", "q360ds"])
# outlook
f = "未来，360将与呈贡区政府携手共进，为昆明市数字经济发展注入新活力,共同书写城市数字化发展新篇章"
goal("f1", "为昆明市数字经济发展注入新活力", f, body=["q360"], opt_body=["cg-gov"])
goal("f2", "共同书写城市数字化发展新篇章", f, optional=True, opt_body=["q360", "cg-gov"])

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
