"""Gold annotation of document-nda-enterprise-data-long-2024 (国家数据局等部门关于促进企业数据资源开发利用的意见, 国数资源〔2024〕125号, with the release note, as reprinted by 中国信息安全), by hand per shared/eval/ANNOTATE.md."""
ID = "document-nda-enterprise-data-long-2024"
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
ent("nda", "Agency", "国家数据局")
ent("cac", "Agency", "中央网信办")
ent("miit", "Agency", "工业和信息化部")
ent("mps", "Agency", "公安部")
ent("sasac", "Agency", "国务院国资委", ["国资委"])
ent("xpcc", "Agency", "新疆生产建设兵团", optional=True)     # only as the addressee's region
ent("nda-site", "Organization", "国家数据局网站", optional=True)
ent("xi", "Person", "习近平", optional=True)                 # only inside 习近平新时代中国特色社会主义思想
# ---- events, documents ----
ent("cpc20", "Event", "党的二十大")
ent("plenums", "Event", "二十届二中、三中全会", optional=True)
ent("doc", "Document", "关于促进企业数据资源开发利用的意见",
    ["国家数据局等部门关于促进企业数据资源开发利用的意见", "国数资源〔2024〕125 号"])
for b in ("nda", "cac", "miit", "mps", "sasac"):
    rel("doc", "publishedBy", b)
# ---- technologies ----
TECH = [("ai", "人工智能", (), False), ("cloud", "云计算", (), False), ("edge", "边缘计算", (), False),
        ("bigdata", "大数据", (), False), ("blockchain", "区块链", (), False), ("pc", "隐私计算", (), False),
        ("anon", "匿名化", (), False), ("tds", "可信数据空间", ("行业可信数据空间", "城市可信数据空间"), False),
        ("iiot", "工业互联网", (), False), ("ad", "无人驾驶", (), False), ("embodied", "具身智能", (), False),
        ("indnet", "产业互联网", (), True), ("lowalt", "低空经济", (), True), ("sim", "数字仿真", (), True),
        ("da", "数据分析", (), True), ("compute", "算力", (), True),
        ("smart-traffic", "智慧交通", (), True), ("smart-health", "智慧医疗", (), True)]
TOPT = {}
for id, l, al, opt in TECH:
    ent(id, "Technology", l, al, optional=opt)
    TOPT[id] = opt

USED = set()
def G(id, line, label, opt=False, evidence=None, doc=True, nda=None, weak=()):
    """a goal stated on line; doc: the 意见 sets it; nda: True required / None optional / False none;
    involvesTechnology for each technology the label names (optional if the tech or the goal is)"""
    assert label in L[line], (line, label)
    assert 4 <= len(label) <= 40, label
    e = evidence or clause(line, label)
    assert label in e and e in L[line], (label, e)
    ent(id, "Goal", label, optional=opt, evidence=ev(e))
    if doc: rel("doc", "hasGoal", id, optional=opt)
    if nda is not False: rel("nda", "hasGoal", id, optional=opt or nda is None)
    for t, l, al, _ in TECH:
        if l in label:
            o = opt or TOPT[t] or t in weak
            rel(id, "involvesTechnology", t, optional=o)
            if not o: USED.add(t)

# ---- release note (lines 2-4) ----
G("aim1", 2, "充分释放企业数据资源价值")
G("aim2", 2, "构建以数据为关键要素的数字经济")
# the five areas of deployment (line 3) are the section headings below (one node each)
G("nda1", 4, "加强统筹协调和政策保障", doc=False, nda=True)
G("nda2", 4, "协同各行业主管部门结合本领域实际", opt=True, doc=False, nda=True)
G("nda3", 4, "高质量推进企业数据资源开发利用", doc=False, nda=True)
# ---- preamble (line 8): why the 意见 matters ----
G("pre1", 8, "加强企业数据资源开发利用", opt=True)
G("pre2", 8, "推进全国一体化数据市场建设", opt=True)
G("pre3", 8, "实现数据资源配置效率最优化和效益最大化", opt=True)
G("pre4", 8, "更好发挥市场机制作用", opt=True)
G("pre5", 8, "创造更加公平更有活力市场环境", opt=True)
# ---- 一、总体要求 (line 10; line 3 restates it) ----
G("g0", 10, "以习近平新时代中国特色社会主义思想为指导", opt=True)
G("g1", 10, "全面贯彻落实党的二十大和二十届二中、三中全会精神")
G("g2", 10, "完整准确全面贯彻新发展理念")
G("g3", 10, "着力推动高质量发展")
G("g4", 10, "统筹数据发展和安全")
G("g5", 10, "以深化数据要素市场化配置改革为主线")
G("g6", 10, "以激发企业创新活力为关键")
G("g8", 10, "充分发挥企业主体作用")
G("g9", 10, "分类推进企业数据资源开发利用")
G("g10", 10, "提升企业竞争力")
G("g11", 10, "赋能产业数字化转型")
G("g12", 10, "助力提升治理效能和公共服务能力")
G("g13", 10, "为培育新质生产力、推动高质量发展提供有力支撑")
# ---- section headings (lines 11, 15, 18, 22, 25; also listed on line 3) ----
G("h2", 11, "健全企业数据权益实现机制", evidence=L[11])   # also 以健全企业数据权益实现机制为重点 (line 10)
G("h3", 15, "培育企业数字化竞争力", evidence=L[15])
G("h4", 18, "赋能产业转型升级", evidence=L[18])           # restated in (六), line 19
G("h5", 22, "服务经济社会高质量发展", evidence=L[22])
G("h6", 25, "营造开放透明可预期的发展环境", evidence=L[25])
# ---- （一） line 12 ----
G("a1", 12, "完善企业数据权益形成机制")
G("a2", 12, "推动数据持有权、使用权、经营权等分置运行")
G("a3", 12, "探索市场化、场景化的“授权使用、分享收益”新模式")
G("a4", 12, "企业行使数据权益应当遵守法律法规", opt=True)
# ---- （二） line 13 ----
G("b1", 13, "完善企业数据权益保护机制")
G("b2", 13, "支持企业依法依规对其合法获取、持有的数据进行开发利用、流通交易")
G("b3", 13, "保护其经营收益等合法权益")
G("b4", 13, "鼓励企业采取共享开放、交换交易、资源置换等多种方式流通数据")
G("b5", 13, "促进数据产品和服务创新开发、高效流通和价值复用")
G("b6", 13, "建立健全数据权益流转机制和多元化争议处理机制")
G("b7", 13, "推动相关权利和义务依法依规同步转移")
# ---- （三） line 14 ----
G("c1", 14, "健全企业数据收益分配机制")
G("c2", 14, "构建公平高效的数据要素价值分配机制")
G("c3", 14, "引导企业在数据产品和服务的生产、供给、流通、使用中实现数据价值的创造和提升")
G("c4", 14, "坚持由市场评价贡献、按贡献决定报酬")
G("c5", 14, "充分发挥市场在资源配置中的决定性作用")
G("c6", 14, "更好发挥政府作用")
G("c7", 14, "探索建立数据产品和服务的收益分配调节机制")
G("c8", 14, "严格遵守公共数据资源相关政策法规规定和协议约定", opt=True)
# ---- （四） line 16 ----
G("d1", 16, "提高数据治理能力")
G("d2", 16, "鼓励企业建立首席数据官制度")
G("d3", 16, "健全数据资源管理机制")
G("d4", 16, "推动数据管理相关国家标准贯标")
G("d5", 16, "规范开展数据治理能力评估")
G("d6", 16, "强化企业数据治理和质量管理能力建设")
G("d7", 16, "大力推广云计算、边缘计算、大数据分析等平台服务")
G("d8", 16, "支持企业开发和使用智能化工具")
G("d9", 16, "建立覆盖研发、生产、销售、服务、管理等各环节的数据资源体系")
G("d10", 16, "落实国家数据分类分级和个人信息保护政策法规要求")
G("d11", 16, "采取差异化的数据安全与合规管理措施")
G("d12", 16, "优化对同类型数据处理行为的内部合规审批流程")
G("d13", 16, "加强数据流转分析和风险监测")
G("d14", 16, "鼓励企业采用可信数据空间、区块链、隐私计算、匿名化等技术模式")
G("d15", 16, "促进数据安全流动和开发利用")
# ---- （五） line 17 ----
G("e1", 17, "促进企业创新发展")
G("e2", 17, "引导企业加快向数据驱动的经营模式转型")
G("e3", 17, "用数据管理、用数据决策", opt=True)
G("e4", 17, "推动实现流程优化、组织重塑、效率提升")
G("e5", 17, "鼓励企业强化多源数据整合分析")
G("e6", 17, "准确把握供需结构、客户偏好、价格变化趋势", opt=True)
G("e7", 17, "提升企业洞察市场和适应市场的能力")
G("e8", 17, "支持企业打通生产制造、流通销售与供应链等数据")
G("e9", 17, "实现系统化、高效化管理")
G("e10", 17, "提高企业资源配置和运营效率")
G("e11", 17, "支持企业利用数据分析、数字仿真等技术")
G("e12", 17, "加快产品迭代")
G("e13", 17, "提升创新效率")
G("e14", 17, "增强市场竞争力")
# ---- （六） line 19 ----
G("f1", 19, "推进产业链协同创新")
G("f2", 19, "支持行业龙头企业发挥带头作用")
G("f3", 19, "带动上下游企业共建场景驱动、技术兼容、标准互通的行业可信数据空间")
G("f4", 19, "促进大中小企业数据共享共用")
G("f5", 19, "探索创新基于可信第三方的行业可信数据空间建设运营模式")
G("f6", 19, "推动跨行业、跨领域数据流动和融合利用")
G("f7", 19, "实施“国有企业数据效能提升行动”")
G("f8", 19, "加快构建国资央企大数据体系")
G("f9", 19, "创新国有企业数据管理机制")
G("f10", 19, "优化科技创新考核指标体系")
# ---- （七） line 20 ----
G("k1", 20, "支持企业开放数据服务能力")
G("k2", 20, "鼓励互联网平台企业等创新数据运营模式")
G("k3", 20, "开发决策参考、市场营销、需求定制、风险管理等数据产品和服务")
G("k4", 20, "更好服务各类经营主体")
G("k5", 20, "发挥可信第三方作用")
G("k6", 20, "推动互联网平台企业建立互信合作机制")
G("k7", 20, "加速要素流通、重组和融合创新")
G("k8", 20, "支持发展产业互联网平台")
G("k9", 20, "提升工业互联网应用质效")
G("k10", 20, "促进产业数据高效汇聚和协同利用")
# ---- （八） line 21 ----
G("m1", 21, "助力中小企业用数创新")
G("m2", 21, "引导行业龙头企业、互联网平台企业等提供普惠性数据产品和技术工具")
G("m3", 21, "助力中小企业创新发展")
G("m4", 21, "鼓励行政事业单位依法采购提供公共服务和履行职责所需的数据产品和服务")
G("m5", 21, "鼓励有条件的地方面向中小企业提供公益性数据服务")
G("m6", 21, "支持各类公共服务平台、行业服务平台开设企业数据服务专区")
G("m7", 21, "为中小企业办事创业、经营决策、合规治理提供数据支撑")
G("m8", 21, "加大对中小企业数据治理和应用的支持力度")
G("m9", 21, "探索发放数据券、算法券和算力券")
G("m10", 21, "降低中小企业治数用数成本")
# ---- （九） line 23 ----
G("n1", 23, "激发数字经济发展新动能")
G("n2", 23, "制定数据产业发展促进政策")
G("n3", 23, "培育壮大数据企业")
G("n4", 23, "支持企业面向人工智能发展", opt=True)
G("n5", 23, "开发高质量数据集", evidence="支持企业面向人工智能发展，开发高质量数据集")
rel("n5", "involvesTechnology", "ai"); USED.add("ai")
G("n6", 23, "打造一批示范带动性强的人工智能创新应用")
G("n7", 23, "深化“人工智能+”应用赋能千行百业")
G("n8", 23, "加速数智融合关键技术创新", evidence="聚焦无人驾驶、具身智能、低空经济等数据密集型产业发展需求，加速数智融合关键技术创新")
for t in ("ad", "embodied"):
    rel("n8", "involvesTechnology", t, optional=True)
rel("n8", "involvesTechnology", "lowalt", optional=True)
G("n9", 23, "发挥行业协会、产业联盟等组织机制作用", opt=True)
G("n10", 23, "推动建立数据开放社区")
G("n11", 23, "支持开源数据集建设")
G("n12", 23, "健全科学数据开放共享机制")
G("n13", 23, "推动高校、科研院所、企事业单位科学数据有序开放")
# 激发企业创新活力 (end of line 23) restates g6: one node
# ---- （十） line 24 ----
G("o1", 24, "促进社会治理和服务模式创新")
G("o2", 24, "拓展企业数据在公共卫生、公共安全、生态环境、基层治理等领域的应用")
G("o3", 24, "提升社会治理能力和服务水平")
G("o4", 24, "发挥行业龙头企业、互联网平台企业创新引领作用")
G("o5", 24, "加快数据驱动的服务模式创新")
G("o6", 24, "持续引领消费、文化、娱乐、健康等生活方式变革")
G("o7", 24, "推动建立新型政企合作机制")
G("o8", 24, "鼓励企业参与共建城市可信数据空间")
G("o9", 24, "深化公共数据和企业数据融合应用",
  evidence="围绕智慧交通、智慧文旅、智慧教育、智慧医疗、智慧养老、智慧商圈、数字乡村等重点场景，深化公共数据和企业数据融合应用")
for t in ("smart-traffic", "smart-health"):
    rel("o9", "involvesTechnology", t, optional=True)
G("o10", 24, "赋能城市治理、公共服务和产业发展")
G("o11", 24, "优化营商环境")
# ---- （十一） line 26 ----
G("p1", 26, "健全数据流通利用服务体系")
G("p2", 26, "鼓励探索多元化数据流通利用方式")
G("p3", 26, "发展数据经纪、数据托管等新业态、新模式")
G("p4", 26, "提升数据流通效率")
G("p5", 26, "推动建立跨主体数据流通技术标准")
G("p6", 26, "适度超前布局数据流通利用基础设施")
G("p7", 26, "推动行业主管部门制定完善行业数据标准规范")
G("p8", 26, "推进元数据、主数据等基础性、通用性数据标准建设")
G("p9", 26, "鼓励专业机构提供企业数据治理和质量评价服务")
G("p10", 26, "促进提升数据资源质量")
G("p11", 26, "鼓励企业强化数据治理、产品开发、价值挖掘和应用创新")
G("p12", 26, "积极开展数据资源入表")
G("p13", 26, "推动数据资产合规利用、规范管理")
G("p14", 26, "健全数据资源价值评估服务体系")
G("p15", 26, "探索数据资源化、产品化、价值化、资产化的可行路径")
# ---- （十二） line 27 ----
G("q1", 27, "扩大数据领域高水平开放")
G("q2", 27, "鼓励企业积极参与国际数据治理规则和技术标准制定")
G("q3", 27, "支持企业优化业务布局")
G("q4", 27, "积极开拓全球数据市场")
G("q5", 27, "依法依规引进基础能力强、发展潜力大的数据企业")
G("q6", 27, "促进和规范企业数据跨境流动")
G("q7", 27, "支持地方建设国际数据港、数据跨境服务中心等")
G("q8", 27, "为全球数据资源共享开发、产业创新合作创造条件")
# ---- （十三） line 28 ----
G("r1", 28, "提升数据安全合规治理效能")
G("r2", 28, "完善数据联管联治机制")
G("r3", 28, "强化部门协调和央地协同")
G("r4", 28, "推动包容审慎监管")
G("r5", 28, "探索建立“沙盒监管”机制")
G("r6", 28, "构建鼓励创新、弹性包容的治理环境")
G("r7", 28, "健全政企沟通机制")
G("r8", 28, "稳定企业合规预期")
G("r9", 28, "推动制定行业数据分类分级标准")
G("r10", 28, "健全数据资源开发利用安全技术规范")
G("r11", 28, "健全数据安全管理、个人信息保护认证制度")
G("r12", 28, "强化行业自律建设")
G("r13", 28, "营造公平竞争、规范有序的市场环境")
# ---- 七、保障措施 line 30 ----
G("s1", 30, "加强人才培养")
G("s2", 30, "构建以高等教育、职业教育为主体，继续教育为补充的数据要素相关专业人才培养体系")
G("s3", 30, "培养数据治理、数据分析、数据合规、数据标注、人工智能训练等方面的技术技能人才",
  evidence="支持以产教融合、实训基地等方式，培养数据治理、数据分析、数据合规、数据标注、人工智能训练等方面的技术技能人才",
  weak=("ai",))
G("s4", 30, "充分发挥政府投资引导作用")
G("s5", 30, "推动重点领域数据资源开发利用、可信数据空间建设")
G("s6", 30, "强化统筹协调和督促指导")
G("s7", 30, "细化任务分工")
G("s8", 30, "抓好推进落实")
G("s9", 30, "因地制宜做好各类要素保障")
G("s10", 30, "推动政策落地见效")
# the five issuers set the enterprise-data policy; 各级…国资委等相关部门 carry out s6-s8 (local bodies: optional)
for g in ("s6", "s7", "s8"):
    rel("sasac", "hasGoal", g, optional=True)

# ---- promotes: the NDA leads the 意见 whose goals name these technologies; co-issuers optional ----
for t, l, al, opt in TECH:
    req = t in USED
    rel("nda", "promotes", t, optional=not req)
    for b in ("cac", "miit", "mps", "sasac"):
        rel(b, "promotes", t, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
