"""Gold annotation of document-ndrc-data-circulation-security-long-2025 (国家发展改革委等六部门印发《关于完善数据流通安全治理 更好促进数据要素市场化价值化的实施方案》的通知, 发改数据〔2025〕18号, with the 方案, as reprinted by 嘶吼专业版 from 国家发展改革委), by hand per shared/eval/ANNOTATE.md."""
ID = "document-ndrc-data-circulation-security-long-2025"
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

def clause(line, label):
    """the clause(s) of line (split at ，。；：) that contain label"""
    src = L[line]
    i = src.index(label); j = i + len(label)
    while i > 0 and src[i - 1] not in "，。；：": i -= 1
    while j < len(src) and src[j] not in "，。；": j += 1
    return src[i:j]

# ---- bodies ----
ISSUERS = [("ndrc", "国家发展改革委"), ("nda", "国家数据局"), ("cac", "中央网信办"),
           ("miit", "工业和信息化部"), ("mps", "公安部"), ("samr", "市场监管总局")]
for id, l in ISSUERS:
    ent(id, "Agency", l)
ent("cpc-cc", "Agency", "党中央")
ent("sc", "Agency", "国务院")
ent("xpcc", "Agency", "新疆生产建设兵团", optional=True)     # only as the addressees' region
ent("dscm", "Agency", "国家数据安全工作协调机制", optional=True)  # a coordination mechanism, not a named office
ent("xi", "Person", "习近平", optional=True)                 # only inside 习近平新时代中国特色社会主义思想
ent("ftz", "Place", "自由贸易试验区", optional=True)          # a class of zones: 自由贸易试验区（港）等地方
# ---- events, documents ----
ent("cpc20", "Event", "党的二十大")
ent("plenums", "Event", "二十届二中、三中全会", optional=True)
ent("plan", "Document", "关于完善数据流通安全治理 更好促进数据要素市场化价值化的实施方案", ["发改数据〔2025〕18号"])
for id, _ in ISSUERS:
    rel("plan", "publishedBy", id)
LAWS = [("csl", "中华人民共和国网络安全法"), ("dsl", "中华人民共和国数据安全法"),
        ("pipl", "中华人民共和国个人信息保护法"), ("cii", "关键信息基础设施安全保护条例"),
        ("ndsr", "网络数据安全管理条例")]
for id, l in LAWS:
    ent(id, "Document", l)
# ---- technologies ----
TECH = [("desens", "数据脱敏", (), False), ("anon", "匿名化", (), False), ("watermark", "数字水印", (), False),
        ("fingerprint", "数据指纹", (), False), ("blockchain", "区块链", (), False),
        ("eid", "国家网络身份认证公共服务", (), True), ("infra", "数据流通利用基础设施", (), True),
        ("hosting", "数据托管", (), True), ("sec-hosting", "数据安全托管", (), True)]
for id, l, al, opt in TECH:
    ent(id, "Technology", l, al, optional=opt)

USED = set()
def G(id, line, label, opt=False, evidence=None, plan=True, iss=None, by=(), oby=(), maxlen=40):
    """a goal stated on line; plan: True required / None optional / False none (the 方案 sets it);
    iss: True: the six issuers hasGoal (required); None: 国家发展改革委 optional only; by/oby: further bodies (required/optional);
    involvesTechnology for each technology the label or evidence names"""
    assert label in L[line], (line, label)
    assert 4 <= len(label) <= maxlen, label
    e = evidence or clause(line, label)
    assert label in e and e in L[line], (label, e)
    ent(id, "Goal", label, optional=opt, evidence=ev(e))
    if plan is not False: rel("plan", "hasGoal", id, optional=opt or plan is None)
    if iss:      # the covering notice's aims: all six issuers speak
        for b, _ in ISSUERS: rel(b, "hasGoal", id, optional=opt)
    else:        # the 方案's goals: the lead issuer optional (co-issuers left out, as for the other multi-issuer documents)
        rel("ndrc", "hasGoal", id, optional=True)
    for b in by: rel(b, "hasGoal", id, optional=opt)
    for b in oby: rel(b, "hasGoal", id, optional=True)
    hits = [(t, l, o) for t, l, al, o in TECH if l in label]
    names = [l for _, l, _ in hits]
    for t, l, o in hits:
        if any(l != m and l in m for m in names): continue     # 数据安全托管 ⊃ 数据托管? (no: distinct strings)
        rel(id, "involvesTechnology", t, optional=opt or o)
        if not (opt or o): USED.add(t)

# ---- the covering notice (line 4): the six issuers speak (制定了…现印发给你们) ----
N = dict(plan=None, iss=True)
G("n1", 4, "深入贯彻党中央、国务院决策部署", **N)          # restated line 13: 贯彻党中央、国务院决策部署
G("n2", 4, "落实《中华人民共和国网络安全法》", evidence="落实《中华人民共和国网络安全法》《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》《关键信息基础设施安全保护条例》《网络数据安全管理条例》", **N)   # restated line 13
G("n3", 4, "推动高质量发展和高水平安全良性互动", **N)
G("n4", 4, "结合实际抓好落实", plan=False, iss=None)
# ---- the 方案's preamble (line 13) ----
G("p1", 13, "更好统筹发展和安全")
G("p2", 13, "建立健全数据流通安全治理机制")
G("p3", 13, "提升数据安全治理能力")
G("p4", 13, "促进数据要素合规高效流通利用")
G("p5", 13, "释放数据价值")          # restated line 15: 充分释放数据价值; 为繁荣数据市场、释放数据价值提供坚强保障
# ---- 一、总体要求 (line 15) ----
G("a0", 15, "以习近平新时代中国特色社会主义思想为指导", opt=True)
G("a1", 15, "深入落实党的二十大和二十届二中、三中全会精神")
G("a2", 15, "全面贯彻总体国家安全观")
G("a3", 15, "统筹数据高质量发展和高水平安全")
G("a4", 15, "坚持系统思维、底线思维")
G("a5", 15, "将安全贯穿数据供给、流通、使用全过程")
G("a6", 15, "落实国家数据分类分级保护制度")
G("a7", 15, "明晰数据流通中的安全治理规则")
G("a8", 15, "加强数据流通安全技术应用和产业培育")
G("a9", 15, "完善权益保护和责任界定机制")
G("a10", 15, "提升安全治理能力", opt=True)        # restates p3
# 防范数据滥用风险 (line 15) is the same aim as heading (七): one node, h7
G("a11", 15, "坚决维护国家安全")
G("a12", 15, "保护个人信息和商业秘密")
G("a13", 15, "以成本最小化实现安全最优化")
G("a14", 15, "推动数据高质量发展和高水平安全良性互动", opt=True)   # restates n3
G("a15", 15, "促进数据开发利用")
# targets for 2027 (line 15)
G("t1", 15, "数据流通安全治理体系基本构建", evidence="到2027年底，规则明晰、产业繁荣、多方协同的数据流通安全治理体系基本构建")
G("t2", 15, "数据合规高效流通机制更加完善")
G("t3", 15, "治理效能显著提升")
G("t4", 15, "为繁荣数据市场、释放数据价值提供坚强保障")
# ---- 二、主要任务 (一) line 17 ----
G("h1", 17, "明晰企业数据流通安全规则", evidence="（一）明晰企业数据流通安全规则。")
G("b1", 17, "编制数据资源目录", evidence="支持企业通过编制数据资源目录")
G("b2", 17, "分析流通过程安全风险", evidence="分析流通过程安全风险")
G("b3", 17, "制定分类分级保护措施", evidence="制定分类分级保护措施等方式")
G("b4", 17, "提升数据治理能力")
G("b5", 17, "鼓励企事业单位设立首席数据官")
G("b6", 17, "加强数据治理和数据开发利用")
G("b7", 17, "识别、申报重要数据", evidence="数据处理者应按照国家有关规定识别、申报重要数据")
G("b8", 17, "依法接受监管部门的监督检查")
G("b9", 17, "及时向数据处理者告知或公开发布", evidence="对确认为重要数据的，相关地区、部门应当及时向数据处理者告知或公开发布")
G("b10", 17, "采取必要的安全保护措施")
G("b11", 17, "切实维护国家安全、经济运行、社会稳定、公共健康和安全")
G("b12", 17, "鼓励开展数据脱敏等研究")
G("b13", 17, "按照一般数据开展流通交易", opt=True,
  evidence="对于经脱敏等技术处理后，依据所属行业领域的分类分级标准规范重新识别为一般数据的，可按照一般数据开展流通交易")
# (二) line 18
G("c1", 18, "加强公共数据流通安全管理", evidence="（二）加强公共数据流通安全管理。")
G("c2", 18, "明确政务数据共享范围、用途、条件")
G("c3", 18, "承担数据提供前的安全管理责任")
G("c4", 18, "探索建立数据接收方数据安全管理风险评估制度")
G("c5", 18, "确保数据在安全前提下有序共享")
G("c6", 18, "承担数据接收后的安全管理责任")
G("c7", 18, "明确公共数据授权运营机构的安全管理责任")
G("c8", 18, "建立健全数据安全管理制度")
G("c9", 18, "采取必要安全措施", evidence="采取必要安全措施，加强关联风险识别和管控")
G("c10", 18, "加强关联风险识别和管控")
G("c11", 18, "保护公共数据安全")
# (三) line 19
G("d1", 19, "强化个人数据流通保障", evidence="（三）强化个人数据流通保障。")
G("d2", 19, "完善个人数据权益保障机制")
G("d3", 19, "依法依规取得个人同意或经过匿名化处理")
G("d4", 19, "不得通过强迫、欺诈、误导等方式取得个人同意")
G("d5", 19, "制定个人信息匿名化相关标准规范")
G("d6", 19, "明确匿名化操作规范、技术指标和流通环境要求")
G("d7", 19, "鼓励采用国家网络身份认证公共服务等多种方式")
G("d8", 19, "强化个人信息保护")
G("d9", 19, "健全个人信息保护投诉、举报、受理、处置渠道")
# (四) line 20
G("e1", 20, "完善数据流通安全责任界定机制", evidence="（四）完善数据流通安全责任界定机制。")
G("e2", 20, "确保数据来源合法")
G("e3", 20, "严格按照要求使用数据")
G("e4", 20, "防止超范围使用")
G("e5", 20, "鼓励供需双方在数据流通交易合同中约定各自权责范围")
G("e6", 20, "清晰界定权责边界")
G("e7", 20, "探索建立数据流通安全审计和溯源机制")
G("e8", 20, "融合应用数字水印、数据指纹、区块链等技术手段")
G("e9", 20, "高效支撑数据流通过程中的取证和定责")
G("e10", 20, "支持在自由贸易试验区（港）等地方开展先行先试")
G("e11", 20, "探索新型治理模式",
  evidence="围绕数据流通交易溯源机制、重点场景安全治理标准、重点场景安全责任界定机制等，探索新型治理模式")
G("e12", 20, "提高治理效能")
# (五) line 21
G("f1", 21, "加强数据流通安全技术应用", evidence="（五）加强数据流通安全技术应用。")
G("f2", 21, "支持数据流通安全技术创新")
G("f3", 21, "完善数据流通安全标准")
G("f4", 21, "采取不同的安全技术开展数据流通", evidence="引导企业按照数据分类分级保护要求，采取不同的安全技术开展数据流通")
G("f5", 21, "自行采取必要安全措施进行流通利用", evidence="对于不涉及风险问题的一般数据，鼓励自行采取必要安全措施进行流通利用")
G("f6", 21, "接入和使用数据流通利用基础设施", evidence="鼓励数据提供方、数据接收方接入和使用数据流通利用基础设施")
G("f7", 21, "促进数据安全流动")
G("f8", 21, "依法依规实现数据价值开发",
  evidence="鼓励通过“原始数据不出域、数据可用不可见、数据可控可计量”等方式，依法依规实现数据价值开发")
# (六) line 22
G("g1", 22, "丰富数据流通安全服务供给", evidence="（六）丰富数据流通安全服务供给。")
G("g2", 22, "繁荣数据安全服务市场")
G("g3", 22, "壮大数据安全治理服务规模")
G("g4", 22, "创新数据安全服务业态")
G("g5", 22, "支持数据安全服务机构加强基础理论研究、核心技术攻关和产品创新应用")
G("g6", 22, "向规模化、专业化、一体化方向发展")
G("g7", 22, "提升安全服务效能")
G("g8", 22, "降低应用成本")
G("g9", 22, "培育数据流通安全检测评估、安全审计等服务")
G("g10", 22, "健全有利于数据流通主体互信的市场化机制")
G("g11", 22, "丰富数据托管等服务供给")
G("g12", 22, "研究探索为数据安全提供保险保障的可行方案")
G("g13", 22, "鼓励有条件的企业拓展面向中小企业的数据安全托管服务")
# (七) line 23; its heading also stands in 总体要求 (line 15)
G("h7", 23, "防范数据滥用风险", evidence="（七）防范数据滥用风险。")
G("i1", 23, "依法严厉打击非法获取、出售或提供数据的黑灰产业")
G("i2", 23, "加强敏感个人信息保护")
G("i3", 23, "限制超出授权范围使用个人信息")
G("i4", 23, "依法依规惩处利用数据开展垄断、不正当竞争等行为")
G("i5", 23, "维护各方主体权益和市场公平竞争秩序")
G("i6", 23, "加强重点行业领域数据安全风险监测",
  evidence="在国家数据安全工作协调机制统筹协调下，加强重点行业领域数据安全风险监测", oby=("dscm",))
G("i7", 23, "持续增强风险分析、监测和处置能力")
G("i8", 23, "防范发生系统性、大范围数据安全风险")
G("i9", 23, "维护国家安全和经济社会稳定")
G("i10", 23, "研究完善数据流通安全事故或纠纷处置机制")
G("i11", 23, "提升流通风险应对能力")
# closing paragraph (line 24)
G("j1", 24, "强化部门协同")
G("j2", 24, "加强数据安全、个人信息保护等方面的执法协同")
G("j3", 24, "推动行政执法信息共享、情况通报和协同配合")
G("j4", 24, "提高监管效能")
G("j5", 24, "组织发布数据流通安全治理典型案例")
G("j6", 24, "充分发挥示范作用")
G("j7", 24, "营造“一地创新、全国共享”“一企创新、多企复用”的创新环境")
G("j8", 24, "促进数据安全有序流通")

# ---- promotes: the lead issuer (国家发展改革委) required for technologies its goals name; co-issuers optional ----
for t, l, al, opt in TECH:
    rel("ndrc", "promotes", t, optional=t not in USED)
    for b, _ in ISSUERS[1:]:
        rel(b, "promotes", t, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
