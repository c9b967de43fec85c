"""Gold annotation of interpretation-nda-data-industry-ecology-long-2025 (营造竞争有序、繁荣活跃的数据产业生态 保障企业敢用数、会用数、用好数), by hand per shared/eval/ANNOTATE.md (annotator ann5)."""
ID = "interpretation-nda-data-industry-ecology-long-2025"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
body = text[text.index(lines[2]):]   # the body, after the title and byline lines
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def sent(label):
    """the first sentence of the body (split at 。；！？ and line ends) that states the label"""
    for s in re.split(r"(?<=[。；！？\n])", body):
        if label in s:
            return ev(s.strip().lstrip("“”").rstrip("；。”"))
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
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

# Agencies, organisations, people
ent("nda", "Agency", "国家数据局")
ent("nda-res", "Agency", "数据资源司", ["国家数据局数据资源司"])
rel("nda-res", "subOrganizationOf", "nda")
ent("jnfin", "Organization", "济南财金集团")
ent("inspur", "Organization", "浪潮云")
ent("taiji", "Organization", "太极股份")
ent("rmrb", "Organization", "人民日报")
ent("power-assoc", "Organization", "电力行业协会", optional=True)
ent("wang", "Person", "王云杉")
ent("yan", "Person", "颜亮")
ent("liu", "Person", "刘刚")
ent("zhangw", "Person", "张望")
ent("chen", "Person", "陈荣辉")
ent("zhanghx", "Person", "张慧星")
rel("yan", "holdsPost", "inspur", post="总经理")
rel("liu", "holdsPost", "taiji", post="数字能源相关业务负责人", optional=True)
rel("zhangw", "holdsPost", "nda-res", post="司长")
rel("chen", "holdsPost", "nda", post="副局长")
rel("zhanghx", "holdsPost", "nda-res", post="副司长")
# Places
ent("jinan", "Place", "济南")
ent("china", "Place", "中国", ["我国"], optional=True)
# Documents (the text does not say who issued them)
ent("tds", "Document", "可信数据空间发展行动计划（2024—2028年）", ["可信数据空间发展行动计划", "行动计划"])
ent("ent", "Document", "关于促进企业数据资源开发利用的意见", ["意见"])
ent("ind", "Document", "关于促进数据产业高质量发展的指导意见", ["指导意见"])
# Technologies
TECH = [("tds-t", "可信数据空间", (), False), ("pc", "隐私计算", (), False), ("sandbox", "沙箱计算", (), False),
        ("bc", "区块链", (), False), ("compute", "算力", ("一体化算力",), False), ("cloud", "公有云", (), False),
        ("anon", "匿名化", (), False), ("qenc", "量子加密", (), False),
        ("dtech", "数字技术", (), True), ("dfin", "数字金融", (), True), ("dinfra", "数据基础设施", (), True),
        ("dspace", "数据空间", ("行业数据空间",), True)]
TOPT = {}
for id, l, al, opt in TECH:
    ent(id, "Technology", l, al, optional=opt)
    TOPT[id] = opt
# Statistics
ent("s-5", "Statistic", "可信数据空间类别", value="5类", optional=True,
    evidence=ev("推进企业、行业、城市、个人、跨境5类可信数据空间建设和应用"))
ent("s-6", "Statistic", "数据企业类别", value="6类", optional=True,
    evidence=ev("将数据企业分为数据资源、数据技术、数据服务、数据应用、数据安全和数据基础设施企业等6类"))

def G(id, label, evidence=None, opt=False, by=(), oby=(), docs=(), odocs=(), nda=True, tech=(), otech=()):
    """a goal; by/oby = proposers (required/optional), docs/odocs = documents that set it,
    nda = the National Data Administration has it (True required, None optional, False not)"""
    assert label in text, label
    e = ev(evidence) if evidence else sent(label)
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=opt, evidence=e)
    for p in by: rel(p, "proposes", id, optional=opt)
    for p in oby: rel(p, "proposes", id, optional=True)
    for d in docs: rel(d, "hasGoal", id, optional=opt)
    for d in odocs: rel(d, "hasGoal", id, optional=True)
    if nda is not False: rel("nda", "hasGoal", id, optional=opt or nda is None)
    for t in tech: rel(id, "involvesTechnology", t, optional=opt or TOPT[t])
    for t in otech: rel(id, "involvesTechnology", t, optional=True)

# the question the article answers
G("q1", "推动数据产业高质量发展", odocs=("ind",), nda=None)
G("q2", "企业数据资源开发利用", "那么，具体如何推动数据产业高质量发展、企业数据资源开发利用", opt=True, odocs=("ent",), nda=None)
# 促流通: trusted data spaces (张望, 陈荣辉)
G("f1", "推进企业、行业、城市、个人、跨境5类可信数据空间建设和应用", by=("zhangw",), docs=("tds",), tech=("tds-t",))
G("f2", "重点支持大型企业面向中小企业提供普惠便利服务建设的可信数据空间", oby=("zhangw",), docs=("tds",), tech=("tds-t",))
G("f3", "支持建设一批行业数据空间", oby=("zhangw",), docs=("tds",), tech=("dspace",))
G("f4", "因地制宜推进城市可信数据空间建设和运营", oby=("zhangw",), docs=("tds",), tech=("tds-t",))
G("f5", "积极探索、稳慎推进", "而个人、跨境可信数据空间的数据安全合规要求高、政策性强，将在充分调查研究基础上，积极探索、稳慎推进",
  oby=("zhangw",), docs=("tds",), tech=("tds-t",))
G("f6", "到2028年形成不少于100个数据空间解决方案和最佳实践", by=("chen",), odocs=("tds",), tech=("dspace",))
G("f7", "带动扩大基础设施建设投资", by=("chen",), odocs=("tds",))
# 保权益: enterprise data rights (张望, 张慧星)
G("h1", "解决企业困惑", "解决企业困惑，助力企业创新", odocs=("ent",), nda=None)
G("h2", "助力企业创新", "解决企业困惑，助力企业创新", odocs=("ent",), nda=None)
G("h3", "保护企业合法权益", by=("zhangw",), docs=("ent",))
G("h4", "为企业“敢用数”“会用数”“用好数”提供保障", by=("zhangw",), docs=("ent",))
G("h5", "明确了企业对其在生产经营过程中形成或合法获取、持有的数据", opt=True, odocs=("ent",), nda=None)
G("h6", "企业数据权益保护", "在企业数据权益保护方面，企业对其合法获取、持有的数据进行开发利用、流通交易和经营收益的权益应当予以保护",
  opt=True, odocs=("ent",), nda=None)
G("h7", "建立数据权益流转机制和多元化争议处理机制", odocs=("ent",), nda=None)
G("h8", "更好保护各方权益", opt=True, odocs=("ent",), nda=None)
G("h9", "坚持由市场评价贡献、按贡献决定报酬", docs=("ent",), nda=None)
G("h10", "推动构建公平高效的数据要素价值分配机制", docs=("ent",), nda=None)
G("h11", "鼓励有条件的地方面向中小企业提供公益性数据服务", docs=("ent",), oby=("zhanghx",))
G("h12", "向中小企业的用数需求场景倾斜", by=("zhanghx",), odocs=("ent",))
G("h13", "推进公共数据开放和授权运营工作", opt=True, by=("zhanghx",), odocs=("ent",))
G("h14", "引导行业龙头企业、互联网平台企业等提供普惠性数据产品和技术工具", by=("zhanghx",), odocs=("ent",))
G("h15", "研发行业适应性强、可操作性强的技术工具包", by=("zhanghx",), odocs=("ent",))
# 强主体: diverse market players (张慧星)
G("s1", "培育多元经营主体", "《指导意见》提出，培育多元经营主体", docs=("ind",), by=("zhanghx",))
G("s2", "营造竞争有序、繁荣活跃的数据产业生态",
  "我们根据数据产业的业务形态，将数据企业分为数据资源、数据技术、数据服务、数据应用、数据安全和数据基础设施企业等6类，分类施策培育多元经营主体，营造竞争有序、繁荣活跃的数据产业生态",
  by=("zhanghx",), odocs=("ind",))
G("s3", "加快培育数据资源企业", oby=("zhanghx",), odocs=("ind",))
G("s4", "支持企业依法依规对其合法获取的数据进行开发利用", oby=("zhanghx",), odocs=("ind",))
G("s5", "重点培育业务咨询、交易撮合、合规服务、金融服务等数据服务企业", oby=("zhanghx",), odocs=("ind",))
G("s6", "大力加强数据基础设施布局", "大力加强数据基础设施布局，聚焦一体化算力、公有云、可信数据空间等",
  oby=("zhanghx",), odocs=("ind",), tech=("dinfra", "compute", "cloud", "tds-t"))
G("s7", "培育一批具有国际竞争力的数据基础设施龙头企业", oby=("zhanghx",), odocs=("ind",), tech=("dinfra",))
G("s8", "培育一批能深刻理解行业发展特征、高效响应场景需求的数据应用企业", oby=("zhanghx",), odocs=("ind",))
G("s9", "全面提升数据资源开发利用规模和水平", oby=("zhanghx",), odocs=("ind",))
G("s10", "加快可信数据空间、隐私计算、匿名化、量子加密等技术创新", oby=("zhanghx",), odocs=("ind",),
  tech=("tds-t", "pc", "anon", "qenc"))
G("s11", "培育一批满足高水平动态安全需求的新型数据安全企业", oby=("zhanghx",), odocs=("ind",))
G("s12", "建立数据企业培育库", by=("zhanghx",), odocs=("ind",))
G("s13", "支持数据企业做强做优做大", by=("zhanghx",), odocs=("ind",))
G("s14", "推动构建大中小企业融通发展、产业链上下游协同创新的产业生态体系", by=("zhanghx",), odocs=("ind",))

# the NDA pushes the technologies its goals name
for t in ("tds-t", "compute", "cloud", "pc", "anon", "qenc"):
    rel("nda", "promotes", t)
for t in ("dinfra", "dspace"):
    rel("nda", "promotes", t, optional=True)
# the companies develop trusted-data-space products built on these technologies
for t in ("tds-t", "pc", "sandbox", "bc"):
    rel("inspur", "promotes", t)
rel("taiji", "promotes", "tds-t")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
