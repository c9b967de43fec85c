"""Gold annotation of interpretation-cac-network-data-regulation-long-2024 (司法部、国家网信办负责人就《网络数据安全管理条例》答记者问), by hand per shared/eval/ANNOTATE.md (annotator ann5)."""
ID = "interpretation-cac-network-data-regulation-long-2024"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def sent(label, after=None):
    """the sentence (split at 。；！？： and line ends) that states the label; after = a string that must precede it"""
    start = text.index(after) if after else 0
    for s in re.split(r"(?<=[。；！？：\n])", text[start:]):
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
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

# Agencies, organisations, people
ent("moj", "Agency", "司法部")
ent("cac", "Agency", "国家网信办", ["国家网信部门", "国家互联网信息办公室"])
ent("sc", "Agency", "国务院")
ent("cpc", "Agency", "党中央")
ent("police", "Agency", "公安机关", optional=True)
ent("nsa", "Agency", "国家安全机关", optional=True)
ent("nda", "Agency", "国家数据管理部门", optional=True)
ent("cacnet", "Organization", "中国网信网")
ent("li", "Person", "李强")
rel("li", "holdsPost", "sc", post="总理")
ent("xi", "Person", "习近平", optional=True)
# Events
ent("ev-p3", "Event", "党的二十届三中全会", ["二十届三中全会"])
ent("ev-c20", "Event", "党的二十大", ["二十大"])
ent("ev-p2", "Event", "二十届二中全会", ["二十届二中"], optional=True)
ent("scm", "Event", "国务院常务会议")
# Documents
ent("reg", "Document", "网络数据安全管理条例", ["条例", "条例（草案）", "条例（草案送审稿）"])
rel("reg", "publishedBy", "sc")
rel("reg", "publishedBy", "cac", optional=True)   # CAC drafted it and sent the draft to the State Council
rel("reg", "publishedBy", "moj", optional=True)   # the Ministry of Justice reviewed and revised the draft
rel("reg", "adoptedAt", "scm")
ent("csl", "Document", "中华人民共和国网络安全法", ["网络安全法"])
ent("dsl", "Document", "中华人民共和国数据安全法", ["数据安全法"])
ent("pipl", "Document", "中华人民共和国个人信息保护法", ["个人信息保护法"])
ent("eval", "Document", "数据出境安全评估办法")
ent("scc", "Document", "个人信息出境标准合同办法")
ent("flow", "Document", "促进和规范数据跨境流动规定")
# Technologies: only general terms and services; all optional
TECH = [("it", "信息技术"), ("algo", "算法"), ("rec", "个性化推荐"), ("term", "智能终端"),
        ("eid", "国家网络身份认证公共服务")]
for id, l in TECH:
    ent(id, "Technology", l, optional=True)
# Statistic: a threshold in a provision, not a reported figure
ent("s-10m", "Statistic", "须履行额外义务的个人信息处理规模", value="1000万人", optional=True,
    evidence=ev("明确网络数据处理者处理1000万人以上个人信息还应当履行的义务"))

def G(id, label, after=None, opt=False, evidence=None, tech=(), cac=None):
    """a goal of the regulation (required) and of the two answering agencies (optional);
    cac=True makes CAC's hasGoal required (a duty the regulation gives it)"""
    assert label in text, label
    e = ev(evidence) if evidence else sent(label, after)
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=opt, evidence=e)
    rel("reg", "hasGoal", id, optional=opt)
    rel("moj", "hasGoal", id, optional=True)
    rel("cac", "hasGoal", id, optional=opt or not cac)
    for t in tech:
        rel(id, "involvesTechnology", t, optional=True)


def ans(start):
    return next(l for l in lines if l.startswith(start))
a1 = ans("答：党中央")
a2 = ans("答：《条例》制定工作")
a3 = ans("答：《条例》重点细化")
a4 = ans("答：《条例》所规定的重要数据")
a5 = ans("答：《条例》在总结")
a6 = ans("答：网络平台服务提供者")
a7 = ans("答：《条例》规定")

# background: the Third Plenum's aims and the regulation's purposes
G("b1", "提升数据安全治理监管能力", a1)
G("b2", "建立高效便利安全的数据跨境流动机制", a1)
G("b3", "做好法律实施", a1)
G("b4", "规范网络数据处理活动", a1)
G("b5", "保障网络数据安全", a1)
G("b6", "促进网络数据依法合理有效利用", a1)
G("b7", "保护个人、组织的合法权益", a1)
G("b8", "维护国家安全和公共利益", a1)
G("b9", "制定配套行政法规", a1, opt=True)
# overall approach
G("o0", "坚持以习近平新时代中国特色社会主义思想为指导", a2)
G("o0a", "深入贯彻习近平法治思想和习近平总书记关于网络强国的重要思想", a2)
G("o1", "坚持党的领导", a2)
G("o1a", "全面贯彻党的二十大和二十届二中、三中全会精神", a2)
G("o1b", "落实到具体条文中", a2)
G("o2", "坚持总体国家安全观", a2)
G("o2a", "统筹发展和安全", a2)
G("o2b", "加强网络数据安全保护", a2)
G("o2c", "鼓励和促进网络数据依法合理有效利用", a2, opt=True)
G("o3", "坚持问题导向", a2)
G("o3a", "有针对性地健全制度措施", a2)
G("o4", "坚持统筹协调", a2)
G("o4a", "妥善处理与《中华人民共和国网络安全法》《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》等上位法的关系", a2)
G("o4b", "对相关制度规定予以细化、补充、完善", a2)
# personal information
G("p0", "重点细化了《中华人民共和国个人信息保护法》关于告知、同意、个人行使权利等方面的规定", a3, opt=True)
G("p1", "明确通过制定个人信息处理规则履行告知义务的内容、形式等要求", a3)
G("p2", "明确基于个人同意处理个人信息应当遵守的基本要求", a3)
G("p3", "明确行使个人信息查阅、复制、更正、补充、删除等权利的要求", a3)
G("p3a", "细化个人信息转移的具体条件", a3)
G("p4", "明确按照《中华人民共和国个人信息保护法》第五十三条规定在境内设立专门机构或者指定代表的要求", a3)
G("p5", "明确网络数据处理者处理1000万人以上个人信息还应当履行的义务", a3)
# important data
G("i0", "保障重要数据安全", a4)
G("i1", "明确制定重要数据目录的要求", a4)
G("i1a", "规定网络数据处理者识别、申报重要数据义务", a4)
G("i2", "规定网络数据安全负责人和网络数据安全管理机构责任", a4)
G("i3", "要求提供、委托处理、共同处理重要数据前进行风险评估", a4)
G("i3a", "明确重点评估内容", a4)
G("i4", "要求重要数据的处理者每年度对其网络数据处理活动开展风险评估", a4)
G("i4a", "明确风险评估报告内容", a4)
# cross-border data flows
G("x0", "进一步优化数据跨境流动机制", a5)
G("x1", "建立国家数据出境安全管理专项工作机制", a5, cac=True)
G("x1a", "研究制定国家网络数据出境安全管理相关政策", a5, cac=True)
G("x1b", "协调处理网络数据出境安全重大事项", a5, cac=True)
G("x2", "规定网络数据处理者可以向境外提供个人信息的条件", a5)
G("x2a", "不需要将其作为重要数据申报数据出境安全评估", a5)
G("x3", "不得超出评估时明确的数据出境目的、方式、范围和种类、规模", a5)
G("x4", "防范、处置网络数据跨境安全风险和威胁", a5)
# network platform service providers
G("n1", "规定了网络平台服务提供者、第三方产品和服务提供者、预装应用程序的智能终端等设备生产者的网络数据安全保护义务", a6, tech=("term",))
G("n1a", "建立应用程序核验规则", a6)
G("n1b", "开展网络数据安全相关核验", a6)
G("n2", "设置易于理解、便于访问和操作的个性化推荐关闭选项", a6, tech=("rec",))
G("n2a", "为用户提供拒绝接收推送信息、删除针对其个人特征的用户标签等功能", a6)
G("n3", "推进网络身份认证公共服务建设", a6, tech=("eid",))
G("n3a", "按照政府引导、用户自愿原则进行推广应用", a6, tech=("eid",))
G("n3b", "支持用户使用国家网络身份认证公共服务登记、核验真实身份信息", a6, tech=("eid",))
G("n4", "每年度发布个人信息保护社会责任报告", a6)
G("n4a", "防范网络数据跨境安全风险", a6)
G("n4b", "不得利用网络数据、算法、平台规则等从事相关活动", a6, tech=("algo",))
# division of duties
G("d1", "统筹协调网络数据安全和相关监督管理工作", a7, cac=True)
G("d2", "依法防范和打击危害网络数据安全的违法犯罪活动", a7)
G("d3", "承担网络数据安全监督管理职责", a7, opt=True)
G("d4", "履行相应的网络数据安全职责", a7, opt=True)
G("d5", "承担本行业、本领域网络数据安全监督管理职责", a7, opt=True)
G("d6", "对本地区、本部门工作中收集和产生的网络数据及网络数据安全负责", a7, opt=True)
for g in ("d2", "d3"):
    rel("police", "hasGoal", g, optional=True); rel("nsa", "hasGoal", g, optional=True)
rel("nda", "hasGoal", "d4", optional=True)

for a in ("cac", "moj"):
    for t, _ in TECH:
        rel(a, "promotes", t, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
