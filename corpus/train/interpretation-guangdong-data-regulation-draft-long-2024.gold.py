"""Gold annotation of interpretation-guangdong-data-regulation-draft-long-2024 (解读 | 构建有效融合协调的公共数据共享开放利用新格局——浅谈《广东省数据条例（草案征求意见稿）》亮点, by 段陆平), by hand per shared/eval/ANNOTATE.md."""
ID = "interpretation-guangdong-data-regulation-draft-long-2024"
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
    assert type == "Statistic" or label in text, label
    for a in aliases: assert a in text, a
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    if "evidence" in kw: ev(kw["evidence"])
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def G(id, label, evidence=None, optional=False, body=(), opt_body=(), by=(), opt_by=()):
    assert label in text, label
    assert 4 <= len(label) <= 30, (label, len(label))
    e = evidence or sent(label)
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=optional, evidence=ev(e))
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)
    for p in by: rel(p, "proposes", id, optional=optional)
    for p in opt_by: rel(p, "proposes", id, optional=True)

# bodies and people
ent("gd-data", "Agency", "广东省政务服务和数据管理局")
ent("cpc-go", "Agency", "中共中央办公厅")
ent("sc-go", "Agency", "国务院办公厅")
ent("gzhu", "Organization", "广州大学")
ent("gzhu-law", "Organization", "广州大学法学院")
rel("gzhu-law", "subOrganizationOf", "gzhu")
ent("duan", "Person", "段陆平")
rel("duan", "holdsPost", "gzhu-law", optional=True)   # byline affiliation, no title given
ent("paper", "Organization", "民主与法制时报")
# documents
ent("draft", "Document", "广东省数据条例（草案征求意见稿）", ["《广东省数据条例（草案征求意见稿）》", "《征求意见稿》", "征求意见稿"])
rel("draft", "publishedBy", "gd-data")
ent("opinion", "Document", "关于加快公共数据资源开发利用的意见", ["《关于加快公共数据资源开发利用的意见》", "《意见》"])
rel("opinion", "publishedBy", "cpc-go")
rel("opinion", "publishedBy", "sc-go")
# places
ent("gd", "Place", "广东省", optional=True)   # only inside names; the text says 本省
ent("china", "Place", "我国", optional=True)

# the central 《意见》
G("o1", "鼓励探索公共数据授权运营", body=["opinion"])
G("o2", "鼓励有条件的地区探索公共数据产品和服务场内交易模式", body=["opinion"])
# national aims the author cites
G("n1", "数字中国建设", optional=True)
G("n2", "构建数据基础制度更好发挥数据要素作用", optional=True)
# the draft regulation's provisions as quoted
q8a = "“省和市人民政府及其有关部门可以授权符合条件的法人或者非法人组织运营公共数据，并与被授权运营主体签订授权运营协议”"
G("d1", "授权符合条件的法人或者非法人组织运营公共数据", q8a, optional=True, opt_body=["draft"])
G("d2", "鼓励有条件的县（区）、乡（镇）按照规定开展公共数据授权运营", body=["draft"], opt_body=["gd-data"])
G("d3", "加速公共数据社会化、市场化利用", optional=True, opt_body=["draft"])
q34 = "本省支持探索多样化、符合数据要素特性的定价模式和价格形成机制，用于数字化发展的公共数据按政府指导定价有偿使用，企业数据与个人信息市场自主定价"
G("d4", "探索多样化、符合数据要素特性的定价模式和价格形成机制", q34, body=["draft"], opt_body=["gd-data"])
G("d5", "用于数字化发展的公共数据按政府指导定价有偿使用", q34, optional=True, opt_body=["draft"])
G("d6", "企业数据与个人信息市场自主定价", q34, optional=True, opt_body=["draft"])
q35 = lines[7][lines[7].index("第三十五条规定"):].rstrip("。")
G("d7", "探索建立数据要素收益分配机制", q35, body=["draft"], opt_body=["gd-data"])
G("d8", "相关主体之间进行合理收益分配", q35, body=["draft"], opt_body=["gd-data"])
G("d9", "保护市场主体的投入产出收益", q35, body=["draft"], opt_body=["gd-data"])
G("d10", "促进数据价值创造和价值实现", q35, body=["draft"], opt_body=["gd-data"])
q14 = "建立健全一体化的数据资源体系，加强公共数据资源供给，引导企业共享开放和开发利用自有数据，在保护个人合法权益前提下促进个人信息合理利用"
for id, l in [("d11", "建立健全一体化的数据资源体系"), ("d12", "加强公共数据资源供给"),
              ("d13", "引导企业共享开放和开发利用自有数据"), ("d14", "促进个人信息合理利用")]:
    G(id, l, q14, body=["draft"], opt_body=["gd-data"])
G("d15", "依法共享、开放其合法收集的自有数据", "本省鼓励自然人、法人和非法人组织依法共享、开放其合法收集的自有数据，法律、行政法规另有规定的除外", body=["draft"], opt_body=["gd-data"])
q28 = "省数据主管部门应当会同相关部门和企事业单位建立多元化的数据合作机制，加强公共数据和非公共数据融合"
G("d16", "建立多元化的数据合作机制", q28, body=["draft"], opt_body=["gd-data"])
G("d17", "加强公共数据和非公共数据融合", q28, body=["draft"], opt_body=["gd-data"])
q28b = "鼓励企业、科研机构、行业协会、产业联盟等组织依法收集、整合企业数据和行业数据，开发数据产品和服务"
G("d18", "依法收集、整合企业数据和行业数据", q28b, body=["draft"], opt_body=["gd-data"])
G("d19", "开发数据产品和服务", q28b, body=["draft"], opt_body=["gd-data"])
# the author's own proposals
a4 = "未来需要对市场化模式作出更有针对性的制度保障，并与公共数据开放普惠性模式以及非公共数据开发的制度保障相协同，进而构建有效融合协调的公共数据共享开放利用新格局"
G("a1", "对市场化模式作出更有针对性的制度保障", a4, by=["duan"])
G("a2", "与公共数据开放普惠性模式以及非公共数据开发的制度保障相协同", a4, by=["duan"])
G("a3", "构建有效融合协调的公共数据共享开放利用新格局", a4, by=["duan"])
G("a4", "以融合协调理念推动公共数据共享开放利用", lines[8], by=["duan"])
G("a5", "进一步贯彻融合协调的理念", by=["duan"])
G("a6", "合理分配利益、共担风险与责任", optional=True, opt_by=["duan"])
G("a7", "协调公共数据流通的普惠性模式与市场化模式", optional=True, opt_by=["duan"])
G("a8", "防止过于重视公共数据授权运营等市场化模式", by=["duan"])
G("a9", "以“刚柔相济”的态度与立场强化两种模式", by=["duan"])
G("a10", "强化公益普惠模式制度保障", by=["duan"])
q_open = "对于应当予以开放的公共数据，以更加“刚性”的制度规范，更加严格的执法和责任追究机制，推动相关公共数据来源主体承担起公共数据开放职责，提升数据开放的“有用性”，防止数据更新不及时乃至无故“断供”等问题出现"
G("a11", "推动相关公共数据来源主体承担起公共数据开放职责", q_open, by=["duan"])
G("a12", "提升数据开放的“有用性”", q_open, by=["duan"])
G("a13", "防止数据更新不及时乃至无故“断供”等问题出现", q_open, by=["duan"])
G("a14", "解决概念明确、权责明晰、制度可行等一系列问题", by=["duan"])
q_soft = "同时，也要展现制度“柔性”一面，在明确需要开放的公共数据范畴与目录基础上，通过制度保障营造鼓励创新、包容创新的氛围，建立容错机制，减轻数据供给顾虑"
G("a15", "展现制度“柔性”一面", q_soft, by=["duan"])
G("a16", "营造鼓励创新、包容创新的氛围", q_soft, by=["duan"])
G("a17", "建立容错机制", q_soft, by=["duan"])
G("a18", "减轻数据供给顾虑", q_soft, by=["duan"])
G("a19", "对市场营利模式进行规范", by=["duan"])
q_hard = lines[12][lines[12].index("在此状况下"):lines[12].index("在这一方面")].rstrip("。")
G("a20", "展现制度“刚性”", q_hard, by=["duan"])
G("a21", "严厉打击在市场化运营和市场交易过程中", q_hard, by=["duan"])
G("a22", "将公共数据运营中的垄断行为与不正当竞争行为纳入责任追究范畴", by=["duan"])

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
