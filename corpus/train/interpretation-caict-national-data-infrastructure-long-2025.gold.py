"""Gold annotation of interpretation-caict-national-data-infrastructure-long-2025 (专家解读 | 魏亮：统筹布局国家数据基础设施，夯实数据要素价值释放基础, 中国信息安全 2025-01-23, from 国家数据局网站: CAICT vice-president 魏亮 on the 《国家数据基础设施建设指引》), by hand per shared/eval/ANNOTATE.md (annotator annA13)."""
ID = "interpretation-caict-national-data-infrastructure-long-2025"
import collections, json, pathlib
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
L = {i + 1: l for i, l in enumerate(lines)}
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

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def sent(frag):
    """the sentence (up to 。, or the whole line for a heading) of the text containing frag"""
    for l in lines:
        if frag in l:
            i = l.index(frag)
            a = max(l.rfind("。", 0, i), l.rfind("；", 0, i)) + 1
            b = l.find("。", i)
            return l[a:b + 1 if b >= 0 else len(l)]
    raise AssertionError(frag)

# ---- people and bodies ----
ent("wei", "Person", "魏亮")
ent("caict", "Agency", "中国信息通信研究院")
rel("wei", "holdsPost", "caict", post="副院长")
ent("nda", "Agency", "国家数据局")  # co-issuer of the 指引, and the closing source line (国家数据局网站)
ent("ndrc", "Agency", "国家发展改革委")
ent("miit", "Agency", "工业和信息化部")
ISSUERS = ("nda", "ndrc", "miit")
# ---- documents, events, places ----
ent("guide", "Document", "国家数据基础设施建设指引", ["《国家数据基础设施建设指引》", "《指引》"])
for b in ISSUERS:
    rel("guide", "publishedBy", b)
ent("d20", "Document", "数据二十条", ["“数据二十条”"])
ent("plenum3", "Event", "党的二十届三中全会", ["二十届三中全会"])
ent("china", "Place", "我国", optional=True)

# ---- technologies ----
T = [("ai", "人工智能", (), False), ("chain", "区块链", ("区块链网络",), False),
     ("ppc", "隐私保护计算", ("隐私保护计算平台",), False), ("tds", "可信数据空间", (), False),
     ("ndi", "国家数据基础设施", ("数据基础设施",), True), ("newinfra", "新型基础设施", (), True),
     ("dfield", "数场", (), True), ("dnet", "数联网", (), True), ("delem", "数据元件", (), True),
     ("did", "分布式数字身份", ("分布式数字身份体系",), True), ("usectl", "使用控制", (), True),
     ("annot", "数据标注", (), True)]
for id, l, al, opt in T:
    ent(id, "Technology", l, al, optional=opt)
TOPT = {id for id, l, al, opt in T if opt}

def G(id, label, evidence, who="wei", opt=False, tech=()):
    """who: wei = the author's own recommendation or argument (魏亮 proposes; 信通院 hasGoal optional);
    guide = what the 指引 sets, as the author reports it (指引 hasGoal; its three issuers hasGoal optional;
    魏亮 proposes optional); both = the author's aim that the 指引 also sets;
    d20 = what the “数据二十条” 明确要…; plenum = the 三中全会's call (an Event: no holder)."""
    assert label in evidence, (label, evidence)
    assert 4 <= len(label) <= 30, label
    assert label not in {e["label"] for e in E if e["type"] == "Goal"}, label
    ent(id, "Goal", label, optional=opt, evidence=ev(evidence))
    if who in ("wei", "both"):
        rel("wei", "proposes", id, optional=opt)
        rel("caict", "hasGoal", id, optional=True)
    if who in ("guide", "both"):
        rel("guide", "hasGoal", id, optional=opt or who == "both")
        for b in ISSUERS:
            rel(b, "hasGoal", id, optional=True)
        if who == "guide":
            rel("wei", "proposes", id, optional=True)
    if who == "d20":
        rel("d20", "hasGoal", id, optional=opt)
    # technologies the goal's own words name (the ones listed explicitly, or any optional one in the label)
    for t in tech:
        rel(id, "involvesTechnology", t, optional=opt or t in TOPT)
    for t, l, al, o in T:
        if t not in tech and o and any(x in label for x in (l,) + tuple(al)):
            rel(id, "involvesTechnology", t, optional=True)

# ---- title and byline ----
G("t1", "统筹布局国家数据基础设施", L[1])
G("t2", "夯实数据要素价值释放基础", L[1])
# ---- line 3: opening ----
e3 = sent("为保障数据要素安全高效流通利用")
G("a1", "保障数据要素安全高效流通利用", e3)
G("a2", "构建国家数据基础设施", e3, "both")  # = 建设国家数据基础设施 (lines 5-13), restated aim, one node
G("a3", "支持数据要素市场建设", e3)
G("a4", "促进数字经济高质量发展", e3)
e3b = sent("指导推进数据基础设施建设")
G("g1", "指导推进数据基础设施建设", e3b, "guide")
G("g2", "形成横向联通、纵向贯通、协调有力的国家数据基础设施基本格局", e3b, "guide", tech=("ndi",))  # restated on line 15
# ---- part 01: why build it ----
G("h1", "把握建设国家数据基础设施的重要意义", L[4])
e5 = sent("对于支撑数据基础制度落地")
G("b1", "支撑数据基础制度落地", e5)  # = heading (一)
G("b2", "构建全国一体化数据市场", e5)
G("b3", "培育发展新质生产力", e5)  # = heading (三) 促进新质生产力创新发展
G("b2a", "构建全国统一数据市场", L[8], opt=True)  # heading (二): restates b2 in other words
G("b4", "提升数据安全治理能力", L[12])  # heading (四); line 13 有效提升数据安全治理能力
# line 7: the 数据二十条 and the 三中全会
G("x1", "建立数据产权、流通交易、收益分配、安全治理等基础制度", sent("明确要建立数据产权"), "d20")
G("p1", "加快建立数据产权归属认定、市场交易、权益分配、利益保护制度", sent("党的二十届三中全会进一步提出"), "plenum")
e7 = sent("建设和运营低成本、高效率、可信赖的国家数据基础设施")
G("b5", "建设和运营低成本、高效率、可信赖的国家数据基础设施", e7, opt=True, tech=("ndi",))
G("b6", "为数据基础制度落地提供坚实的技术和设施支撑", e7, opt=True)
# line 9: what a unified market needs, and the argued benefits (optional)
e9 = sent("构建数据流通交易体系")
G("c1", "建设全国统一数据市场", e9, opt=True)
G("c2", "构建数据流通交易体系", e9)
e9b = sent("降低数据流通和交易成本")
for id, l in [("c3", "面向社会有效连接各类市场主体"), ("c4", "降低数据流通和交易成本"),
              ("c5", "促进形成统一的数据要素市场体系"), ("c6", "更加高效地提升数据要素市场化配置效率")]:
    G(id, l, e9b, opt=True)
# line 11: argued benefits (optional)
e11 = sent("激活全社会创新活力")
for id, l in [("d1", "支撑地区、行业、企业大规模数据流通与开发利用"), ("d2", "激活全社会创新活力"),
              ("d3", "把海量数据优势和丰富场景优势转化为数据创新优势和国家竞争优势"),
              ("d4", "推动网络强国、数字中国建设")]:
    G(id, l, e11, opt=True)
# line 13
e13 = sent("有助于保障数据全生命周期安全")
for id, l in [("e1", "保障数据全生命周期安全"), ("e2", "实现数据流通、交易、利用、分配全过程治理"),
              ("e3", "掌握数据分布、流向、应用等相关态势情况")]:
    G(id, l, e13, opt=True)
G("e4", "构建起制度规范、技术防护、运行管理的数据安全保障体系", sent("将同步构建起"))
# ---- part 02: what the 指引 sets ----
G("h2", "全方位支撑数据要素价值释放", L[14], "both")
e15 = sent("统筹布局、协同推进区域")
G("f1", "统筹布局、协同推进区域、行业、企业等各类数据基础设施建设", e15, "guide", tech=("ndi",))
G("f2", "构建协同联动、规模流通、高效利用、规范可信的数据流通利用体系", e15, "guide")
G("f3", "协同促进数据供得出、流得动、用得好", sent("协同促进数据供得出"), "guide", opt=True)  # restated by the three headings
G("s0", "支撑数据供得出", L[16], "guide")
G("s1", "夯实高质量数据集供给基础", sent("一是夯实高质量数据集供给基础"), "guide")
e17 = sent("推动数据标注产业发展")
G("s2", "推动数据标注产业发展", e17, "guide", tech=("annot",))
G("s3", "为人工智能发展提供高质量数据集", e17, "guide", tech=("ai",))
G("s4", "拓宽高质量数据集供给渠道", sent("二是拓宽高质量数据集供给渠道"), "guide")
G("s5", "各类数据资源高效供给", sent("因类施策、多措并举"), "guide")
G("u0", "支撑数据流得动", L[18], "guide")
G("u1", "打造数据流通共性底座", sent("一是打造数据流通共性底座"), "guide")
e19a = sent("在技术方面")
G("u2", "建设数据流通利用设施底座", e19a, "guide")
G("u3", "实现各类平台互联互通、互操作", e19a, "guide")
G("u4", "促进数据资源泛在接入", e19a, "guide")
e19b = sent("在机制方面")
G("u5", "建设全国一体化的分布式数据目录、分布式数字身份体系", e19b, "guide")
G("u6", "为数据资源供需交易奠定互联互通基础", e19b, "guide")
G("u7", "推动数据流通利用方案提炼", sent("二是推动数据流通利用方案提炼"), "guide")
e19c = sent("通过推动地区、行业先行先试")
G("u8", "推动地区、行业先行先试", e19c, "guide")
G("u9", "为探索国家数据基础设施建设最优解积累经验", e19c, "guide")
G("u10", "构建数据可信流通公共服务", sent("三是构建数据可信流通公共服务"), "guide")
e19d = sent("面向社会提供标准化")
G("u11", "安全监管等公共服务平台", e19d, "guide")  # 建设数据产权归属认定、…、安全监管等公共服务平台 (the whole phrase is over 30 characters)
G("u12", "面向社会提供标准化、规范化、集约化的数据流通服务", e19d, "guide")
G("v0", "支撑数据用得好", L[20], "guide")
G("v1", "推动行业数据应用体系建设", sent("一是推动行业数据应用体系建设"), "guide")
e21a = sent("通过建设数据应用基础设施")
for id, l in [("v2", "建设数据应用基础设施"), ("v3", "加强场景牵引"), ("v4", "建设面向重点行业领域的数据应用体系"),
              ("v5", "激发龙头企业链主作用"), ("v6", "由链到网带动行业数据应用提质创新")]:
    G(id, l, e21a, "guide")
G("v7", "推动赋能数据应用", sent("二是推动赋能数据应用"), "guide")
e21b = sent("通过建立国家数据基础设施运营体制机制")
G("v8", "建立国家数据基础设施运营体制机制", e21b, "guide")
G("v9", "实现数据流通环境进一步优化", e21b, "guide")
G("v10", "数据使用成本进一步降低", e21b, "guide", opt=True)
G("v11", "数据服务质量进一步提升", e21b, "guide", opt=True)
G("v12", "推动传统要素快捷流动", e21b, "guide")
G("v13", "创新主体深度融合", e21b, "guide", opt=True)
G("v14", "为数字经济高质量发展注入新的动力", e21b, "guide")
# ---- part 03: the author's recommendations ----
G("h3", "国家数据基础设施建设和运营需要多措并举", L[22])
G("w0", "多方协同、多措并举、齐头并进", sent("多方协同、多措并举、齐头并进"), opt=True)
e24h = sent("一是加强技术攻关")
G("w1", "加强技术攻关", e24h)
G("w2", "筑牢技术基础", e24h)
G("w3", "推动科研院所、技术企业等机构", sent("推动科研院所"),  # …加强攻关…数据全生命周期的关键技术 (over 30 characters)
 
  tech=("ppc", "chain", "usectl"))
e24b = sent("推动先行先试地区")
G("w4", "加强攻关创新", e24b, tech=("tds", "dfield", "dnet", "delem"))
G("w5", "研究自主可控、安全可靠、解决问题的技术方案", e24b)
e25h = sent("二是推动标准引领")
G("w6", "推动标准引领", e25h)
G("w7", "形成广泛共识", e25h)
G("w8", "加快制定关键技术标准", sent("加快制定关键技术标准"))
G("w9", "加快开展基础共性标准的研究制定", sent("加快开展基础共性标准的研究制定"))
e25c = sent("指导相关地区")
G("w10", "指导相关地区、企业等主体在建设时及时贯标", e25c)
G("w11", "引导规范发展", e25c)
e26h = sent("三是激发社会力量")
G("w12", "激发社会力量", e26h)
G("w13", "汇集多方协作", e26h)
e26a = sent("积极发挥行业协会")
G("w14", "积极发挥行业协会、联盟组织、专业智库等作用", e26a)
G("w15", "引导产学研用各方加强对接交流", e26a)
e26b = sent("开展面向相关技术方案的标准化测试验证")
G("w16", "开展面向相关技术方案的标准化测试验证", e26b)
G("w17", "面向相关服务方的能力评估", e26b, opt=True)  # second object of 开展
G("w18", "壮大数据基础设施服务商力量", e26b)
e26c = sent("谋划构建国家数据基础设施产业生态组织")
for id, l in [("w19", "谋划构建国家数据基础设施产业生态组织"), ("w20", "推动各方力量构建创新协作机制"),
              ("w21", "加速共识并形成合力"), ("w22", "打造可持续发展生态")]:
    G(id, l, e26c)
e27h = sent("四是丰富应用场景")
G("w23", "丰富应用场景", e27h)
G("w24", "赋能行业区域", e27h)
e27a = sent("坚持以应用场景为牵引")
G("w25", "坚持以应用场景为牵引", e27a)
G("w26", "聚焦重点领域、重点场景的数据流通利用需求", e27a, opt=True)  # means clause
G("w27", "率先推动先行先试", e27a)
e27b = sent("挖掘和打造一批")
G("w28", "挖掘和打造一批具有代表性、示范性的数据基础设施架构方案", e27b)
G("w29", "加快形成可复制、可推广的实践经验", e27b)
G("w30", "赋能数据流通利用和价值释放", e27b)

# ---- promotes: the bodies push the technologies through the goals above ----
rel("caict", "promotes", "ppc", optional=True)
rel("caict", "promotes", "chain", optional=True)
rel("caict", "promotes", "tds", optional=True)
for b in ISSUERS:
    rel(b, "promotes", "ai", optional=True)
    rel(b, "promotes", "ndi", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
