"""Gold annotation of interpretation-nda-regional-digital-coordination-long-2024 (深入推进区域数字化协同发展，构建数字经济发展新格局), by hand per shared/eval/ANNOTATE.md (annotator ann44)."""
ID = "interpretation-nda-regional-digital-coordination-long-2024"
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
    # a relation to an optional entity is optional too
    optional = optional or any(e.get("optional") for e in E if e["id"] in (s, o))
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=()):
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

def stat(id, label, value, evidence, optional=False):
    assert str(value) in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=ev(evidence), optional=optional)

L = lines
def line(start):
    """the whole line that starts with `start` (a heading)"""
    for l in L:
        if l.startswith(start):
            return l
    raise AssertionError(start)

# Agencies
ent("nda", "Agency", "国家数据局")
ent("ccud", "Agency", "中国城市和小城镇改革发展中心")
ent("cpc", "Agency", "党中央", optional=True)
# People
ent("liu", "Person", "刘强")
rel("liu", "holdsPost", "ccud", post="副主任")
ent("llh", "Person", "刘烈宏")
rel("llh", "holdsPost", "nda", post="局长")
# Events
ent("meeting", "Event", "城市全域数字化转型现场推进会")
rel("llh", "speaksAt", "meeting")
ent("plenum3", "Event", "党的二十届三中全会", ["二十届三中全会"])
ent("cong18", "Event", "党的十八大", optional=True)
ent("ciftis", "Event", "2024年中国国际服务贸易交易会", ["中国国际服务贸易交易会"])
# Documents
ent("opinion", "Document", "关于深化智慧城市发展 推进城市全域数字化转型的指导意见",
    ["《关于深化智慧城市发展 推进城市全域数字化转型的指导意见》"])
rel("opinion", "publishedBy", "nda")
ent("smile", "Document", "中国新型智慧城市评估（SMILE指数）百强县", optional=True)
# Places
ent("cq", "Place", "重庆")
rel("meeting", "locatedIn", "cq")
for id, l in [("zj", "浙江"), ("js", "江苏"), ("gd", "广东"), ("jjj", "京津冀"), ("yrd", "长三角"), ("gba", "粤港澳大湾区")]:
    ent(id, "Place", l)
ent("china", "Place", "中国", ["我国"], optional=True)
for id, l in [("east", "东部地区"), ("midwest", "中西部地区")]:
    ent(id, "Place", l, optional=True)
# Technologies
for id, l in [("bigdata", "大数据"), ("ai", "人工智能"), ("cloud", "云计算"), ("iiot", "工业互联网")]:
    ent(id, "Technology", l)
ent("cpn", "Technology", "全国一体化算力网", ["算力网"], optional=True)
ent("dtech", "Technology", "数字技术", optional=True)
ent("ewc", "Technology", "东数西算", ["“东数西算”工程"], optional=True)

# Statistics (the SMILE ranking)
S = "上榜数量上，东部占72%，中部占17%，西部仅为11%"
stat("s-top10", "百强县前十名中东部县（市、区）席位", "9席", sent("前十名有9席为东部县"))
stat("s-east", "百强县上榜数量东部占比", "72%", S)
stat("s-mid", "百强县上榜数量中部占比", "17%", S)
stat("s-west", "百强县上榜数量西部占比", "11%", S)

A = dict(by=("liu",), opt_body=("ccud",))                  # the author's own aims
AO = dict(optional=True, by=("liu",), opt_body=("ccud",))  # aims argued as significance / benefits
# title: restated throughout (推进区域数字化协同发展, 构建新时代的数字经济发展新格局)
goal("t1", "深入推进区域数字化协同发展", L[0], **A)
goal("t2", "构建数字经济发展新格局", L[0], **A)
# the guidance and the NDA head
goal("o1", "推动数字化协同发展", body=("opinion",), opt_body=("nda",), opt_by=("liu",))
goal("o2", "推进城市全域数字化转型", sent("国家数据局局长刘烈宏表示"), by=("llh",), body=("nda",),
     opt_body=("opinion",), opt_by=("liu",))
# the plenum's call (an Event: no hasGoal)
goal("p1", "完善实施区域协调发展战略机制", opt_by=("liu",))
# opening: significance
goal("g1", "推动数字经济的创新和可持续发展", **AO)
goal("g2", "为我国经济高质量发展和数字中国建设提供强大动力", **AO)
goal("g3", "构建新发展格局", sent("是贯彻新发展理念、构建新发展格局的重要组成部分"), optional=True, opt_body=("cpc",))
# part 01
goal("h0", "深刻认识推进区域数字化协同发展的重大意义", **AO)
goal("a1", "区域协同联动", sent("未来需要区域协同联动"), **A)
goal("h1", "解决发展不平衡", line("（一）推进区域数字化协同发展是解决"), **AO)
goal("h2", "实现数字经济高质量发展", line("（二）推进区域数字化协同发展是实现"), **AO)
B = [("b1", "加速弥合区域、城乡、群体等差距"), ("b2", "探索建立国家共性组件共享机制"), ("b3", "形成先进模式复制推广"),
     ("b4", "推动东西部数字经济优势互补、合作共赢"), ("b5", "助推城乡基本公共服务均等化"),
     ("b6", "形成共建共享、以城带乡的城乡数字化协同发展格局"), ("b7", "促进新业态、新模式的发展"),
     ("b8", "为国内消费者提供更多元化、便捷化的服务"), ("b9", "催生新的消费需求和消费场景"),
     ("b10", "开展城市全域数字化转型国际合作"), ("b11", "形成数字领域优势产能的输出和输入")]
for id, l in B:
    goal(id, l, **AO)
# part 02: the author's recommendations
goal("r0", "深入贯彻落实数字中国建设的决策部署", **A)
goal("r1", "把区域数字化协同发展放到推动区域协调发展战略中系统谋划", **A)
# (一)
H1 = line("（一）因地制宜")
goal("s1", "分类指引城市全域数字化转型", H1, **A)
goal("s1a", "因地制宜", H1, **AO)
for id, l in [("s2", "找准定位"), ("s4", "增强网络基础设施承载和服务能力"), ("s5", "弥合区域“数字鸿沟”"),
              ("s6", "实现不同领域、不同功能的数字基础设施集约化、一体化和协同化"),
              ("s7", "建立创新的应用系统和各类数字化场景"), ("s8", "形成示范带动"),
              ("s9", "突出数字化服务的个性化、精准化、主动化"), ("s10", "数字化治理实现跨部门、跨区域、跨系统协同"),
              ("s11", "注重信息技术设施的利用效率"), ("s12", "满足市政设施、应急防灾、公共服务等运行的基础数字化需求")]:
    goal(id, l, **A)
goal("s3", "有的放矢、精准施策", **AO)
# (二)
H2 = line("（二）发挥比较优势")
goal("e0", "加强东中西部数字化协同发展", H2, **A)
goal("e0a", "发挥比较优势", H2, **AO)
for id, l, t in [("e1", "形成优势互补、协同发展的机制", ()), ("e2", "深入实施“东数西算”工程", ("ewc",)),
                 ("e3", "加快推动全国一体化算力网建设", ("cpn",)), ("e4", "带动中西部地区数字基础设施水平整体提升", ()),
                 ("e5", "形成按需配置、自由流通、有效共享的高效算力市场", ()), ("e6", "支持人员有序互动", ()),
                 ("e7", "深化东中西部数字人才协作", ()), ("e8", "共同开展数字技术攻关", ("dtech",)),
                 ("e9", "促进技术协作", ()), ("e10", "加快中西部地区虚拟园区和跨区域协同创新平台建设", ()),
                 ("e11", "实现上下游产业链的有机联动和发展要素的合理配置", ()), ("e12", "推动产业合理有序转移", ())]:
    goal(id, l, tech=t, **A)
# (三)
H3 = line("（三）增强带动作用")
goal("w0", "进一步提升东部地区数字化创新能力", H3, **A)
goal("w0a", "增强带动作用", H3, **AO)
for id, l, t in [("w1", "率先担当起示范标杆的重任", ()), ("w2", "增强关键核心技术的攻关能力", ()),
                 ("w3", "大力发展工业互联网", ("iiot",)), ("w4", "培育壮大数字经济核心产业", ()),
                 ("w5", "加强政府、科研院所和企业之间的交流与合作", ()), ("w6", "营造浓厚的科研创新氛围", ()),
                 ("w7", "加快推动前沿数字成果的转化和应用", ()), ("w8", "创新数字技术与实体经济融合模式和制度", ("dtech",)),
                 ("w9", "加快产业模式和企业组织形态变革", ()), ("w10", "形成可复制可推广的典型做法", ()),
                 ("w11", "完善健全数字经济领域市场准入、运营和监管的法律规范", ()),
                 ("w12", "加大数字技术领域知识产权的法律维护力度", ("dtech",)),
                 ("w13", "为数字技术发展打造良好的市场环境与坚实的法律框架", ("dtech",))]:
    goal(id, l, tech=t, **A)
# (四)
H4 = line("（四）打造示范样板")
goal("c0", "加快推动城市群数字一体化发展", H4, **A)
goal("c0a", "打造示范样板", H4, **AO)
for id, l, t in [("c1", "率先加快一体化合作探索", ()), ("c2", "不断探索政务、社会和企业数据的融合应用", ()),
                 ("c3", "促进区域内数字产业融合创新", ()), ("c6", "加快打造若干世界级数字产业集群", ()),
                 ("c7", "培育若干重大工业互联网平台", ("iiot",))]:
    goal(id, l, tech=t, **A)
goal("c4", "数字服务普惠共享", **AO)
goal("c5", "数字治理高效协同", **AO)
# closing
for id, l in [("f1", "准确把握数字化转型内在逻辑"), ("f2", "深化理论研究"), ("f3", "加强政策配套和要素支撑"),
              ("f4", "加强国际合作"), ("f5", "积极参与全球数字经济的竞争与合作"), ("f6", "为全球数字经济的发展做出更大的贡献")]:
    goal(id, l, **A)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
