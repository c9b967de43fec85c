"""Gold annotation of plan-beijing-public-data-opinion-long-2025 (关于加快北京市公共数据资源开发利用的实施意见（征求意见稿）, with its call for comments, as reprinted by 中国信息安全), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-beijing-public-data-opinion-long-2025"
import collections, json, pathlib
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
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

def goal(id, label, evidence=None, optional=False):
    evidence = evidence or label
    assert label in text, label
    assert 4 <= len(label) <= 40, label
    assert label in evidence, (label, evidence)
    assert label not in {e["label"] for e in E if e["type"] == "Goal"}, label
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

L = {i + 1: l for i, l in enumerate(lines)}

def clause(line, label):
    """the clause of line (split at ，。；：) that holds label"""
    i = line.index(label); j = i + len(label)
    while i > 0 and line[i - 1] not in "，。；：": i -= 1
    while j < len(line) and line[j] not in "，。；": j += 1
    return line[i:j]

# ---- bodies ----
ent("cpc-gob", "Agency", "中共中央办公厅")
ent("sc-gob", "Agency", "国务院办公厅")
ent("bjdata", "Agency", "北京市政务服务和数据管理局", ["北京市政务和数据局"])
ent("bjdata-res", "Agency", "数据资源管理处", ["北京市政务和数据局数据资源管理处"])
rel("bjdata-res", "subOrganizationOf", "bjdata")
ent("bjgov", "Agency", "北京市人民政府", ["市政府"])
ent("bjcpc", "Agency", "市委", optional=True)
ent("nda", "Agency", "国家数据局")
ent("bdex", "Organization", "北京国际大数据交易所")
ent("cisj", "Organization", "中国信息安全", optional=True)
ent("ndrc-center", "Agency", "国家数据资源中心", optional=True)  # to be built (推动国家数据资源中心建设)
ent("xi", "Person", "习近平", optional=True)
# ---- events, documents, places ----
ent("cpc20", "Event", "党的二十大")
ent("plenums", "Event", "二十届二中、三中全会", optional=True)
ent("bj-plenum", "Event", "市委十三届五次全会")
ent("contest", "Event", "“数据要素×”大赛", optional=True)
ent("plan", "Document", "关于加快北京市公共数据资源开发利用的实施意见",
    ["关于加快北京市公共数据资源开发利用的实施意见（征求意见稿）"])
rel("plan", "publishedBy", "bjdata")
ent("notice", "Document", "关于对《关于加快北京市公共数据资源开发利用的实施意见（征求意见稿）》公开征集意见的公告", optional=True)
rel("notice", "publishedBy", "bjdata", optional=True)
ent("central", "Document", "关于加快公共数据资源开发利用的意见")
rel("central", "publishedBy", "cpc-gob")
rel("central", "publishedBy", "sc-gob")
ent("catalogue", "Document", "产业结构调整指导目录", optional=True)
ent("beijing", "Place", "北京市", ["北京", "首都"])
ent("tongzhou", "Place", "通州区", optional=True)
ent("jjj", "Place", "京津冀")
ent("jjjm", "Place", "京津冀蒙", optional=True)
# ---- technologies ----
TECH = [("blockchain", "区块链", (), False), ("privacy", "隐私计算", ("隐私保护计算",), False),
        ("ai", "人工智能", (), False), ("llm", "大模型", ("人工智能大模型",), False),
        ("probe", "数据探针", (), True), ("compute", "算力", (), True), ("indmodel", "行业模型", (), True),
        ("smartcity", "智慧城市", (), True), ("trusted", "可信数据空间", (), True),
        ("datasec", "数据安全", (), True), ("encrypt", "数据加密", (), True), ("bigdata", "大数据", ("市大数据平台",), True)]
TOPT = {}
for id, l, al, opt in TECH:
    ent(id, "Technology", l, al, optional=opt)
    TOPT[id] = opt

def G(id, ln, label, opt=False, evidence=None, bodies=(), obodies=()):
    e = evidence or clause(L[ln], label)
    goal(id, label, e, optional=opt)
    rel("plan", "hasGoal", id, optional=opt)
    for b in bodies: rel(b, "hasGoal", id, optional=opt)
    for b in obodies: rel(b, "hasGoal", id, optional=True)
    for t, l, al, _ in TECH:
        if any(x in e for x in (l,) + tuple(al)):
            rel(id, "involvesTechnology", t, optional=opt or TOPT[t])

# ---- purpose (notice line 4, restated as the opinion's preamble line 16: one node each) ----
G("p0", 16, "深入贯彻中共中央办公厅、国务院办公厅《关于加快公共数据资源开发利用的意见》", opt=True, obodies=("bjdata",))
rel("central", "hasGoal", "p0", optional=True)
for i, lab in enumerate(["加快本市公共数据资源高效开发利用", "充分释放公共数据要素潜能", "培育数据要素市场"], 1):
    G(f"p{i}", 16, lab, bodies=("bjdata",))
goal("consult", "向社会公开征集意见", "现向社会公开征集意见，欢迎社会各界提出意见建议", optional=True)
rel("bjdata", "hasGoal", "consult", optional=True)

# ---- 一、总体要求 (line 18) ----
for i, (lab, opt) in enumerate([
        ("坚持以习近平新时代中国特色社会主义思想为指导", False), ("深入贯彻党的二十大和二十届二中、三中全会精神", False),
        ("认真落实市委十三届五次全会精神", False), ("完整准确全面贯彻新发展理念", False), ("统筹发展和安全", False),
        ("兼顾效率与公平", False), ("聚焦“五子”联动服务和融入新发展格局", False),
        ("以促进公共数据合规高效流通使用为主线", True), ("以提高资源开发利用水平为目标", False),
        ("优化公共数据资源配置", False), ("持续推进公共数据高质量供给、高效率流通、高水平应用", False),
        ("加快数据要素市场化配置改革综合试验区建设", False), ("为首都新质生产力培育和高质量发展提供支撑", True)]):
    G(f"t{i}", 18, lab, opt=opt)
# 工作中要做到 (line 19)
for i, lab in enumerate(["坚持政府指导、市场驱动", "营造依法合规、多元参与、共享红利、共同繁荣的市场环境",
                         "坚持效果导向、供需协同", "稳步扩大供给规模", "提升数据质量", "不断满足社会主体的公共数据资源需求",
                         "坚持尊重规律、改革创新", "因地制宜探索数据基础制度创新", "加快推动共享、开放", "深化依规授权运营",
                         "坚持开放包容、安全可控", "增强服务和能力建设", "确保公共数据资源开发利用全过程安全合规"]):
    G(f"w{i}", 19, lab)
# 主要目标 (line 20): targets for 2025 and 2030
for i, lab in enumerate(["公共数据共享、开放、登记等配套制度规则基本建立", "供需机制基本完善", "资源供给规模和质量稳步提高",
                         "数据产品和服务不断丰富", "数据要素型企业规模和数量双提升", "公共数据资源开发利用效果全国领先",
                         "公共数据开发利用体系更加成熟", "数据产业生态创新活跃", "数据流通使用合规高效",
                         "赋能数据要素市场化配置改革的作用充分发挥"]):
    G(f"m{i}", 20, lab)

# ---- section headings ----
G("h2", 21, "夯实公共数据开发利用基础", evidence="二、夯实公共数据开发利用基础")
G("h3", 25, "畅通公共数据开发利用渠道", evidence="三、畅通公共数据开发利用渠道")
G("h4", 29, "加强公共数据开发利用服务能力", evidence="四、加强公共数据开发利用服务能力")
G("h5", 33, "释放数据要素市场创新活力", evidence="五、释放数据要素市场创新活力")
# 六、统筹发展和安全 restates t4 (one node)
G("h7", 42, "健全公共数据保障体系", evidence="七、健全公共数据保障体系")

# ---- numbered tasks: (id, line, label, optional, evidence) ----
T = [
 # (一) line 22
 ("a0", 22, "完善公共数据目录", False, "（一）完善公共数据目录"),
 ("a1", 22, "全市公共数据实行统一目录管理", False, None),
 ("a2", 22, "动态更新数据的共享、开放属性", False, None),
 ("a3", 22, "全量梳理公共数据目录", False, "市级数据主管部门统筹指导各行业领域主管部门组织本行业领域的公共机构全量梳理公共数据目录"),
 ("a4", 22, "开展目录上链和数据汇聚", False, "并由行业领域主管部门开展目录上链和数据汇聚（含自身产生、委托第三方采集的数据）"),
 ("a5", 22, "建立公共数据授权运营产品和服务清单", False, None),
 ("a6", 22, "支持纳入统一目录管理", False, None),
 ("a7", 22, "组织本辖区公共数据目录管理和数据汇聚", False, None),
 ("a8", 22, "纳入全市目录体系统一调度", False, None),
 # (二) line 23
 ("b0", 23, "提升公共数据质量", False, "（二）提升公共数据质量"),
 ("b1", 23, "强化公共数据源头治理", False, None),
 ("b2", 23, "保障数据供给质量", False, None),
 ("b3", 23, "落实数据解读责任", False, None),
 ("b4", 23, "开展人、企、城市部件等基础数据治理", False, "遵循“一数一源一标准”原则，开展人、企、城市部件等基础数据治理"),
 ("b5", 23, "逐步形成城市基础数据底座", False, None),
 ("b6", 23, "完善数据异议处理反馈机制", False, None),
 ("b7", 23, "形成数据问题核查、反馈和修正闭环", False, None),
 ("b8", 23, "加强公共数据供给质量评估和监督检查", False, None),
 # (三) line 24
 ("c0", 24, "开展公共数据资源登记", False, "（三）开展公共数据资源登记"),
 ("c1", 24, "落实全市数据登记管理制度要求", False, None),
 ("c2", 24, "对纳入授权运营范围的公共数据资源实行登记管理", False, None),
 ("c3", 24, "建设公共数据登记平台", False, None),
 ("c4", 24, "提供规范化、标准化、便利化的登记服务", False, None),
 ("c5", 24, "鼓励对持有但未纳入授权运营范围的公共数据资源进行登记", False, None),
 ("c6", 24, "支持国家部委、在京企业在本市开展公共数据资源登记", False, None),
 ("c7", 24, "形成有全国影响力的数据资源枢纽", False, None),
 # (四) line 26
 ("d0", 26, "高效开展公共数据共享", False, "（四）高效开展公共数据共享"),
 ("d1", 26, "统筹全市公共数据共享", False, None),
 ("d2", 26, "各单位原则上不得单独建设数据共享通道", True, None),
 ("d3", 26, "升级市大数据平台", False, None),
 ("d4", 26, "强化目录区块链、数据探针、隐私保护计算等技术能力", False, None),
 ("d5", 26, "通过数据模型、接口等方式开展数据共享", False, None),
 ("d6", 26, "组织数据供需双方形成共享责任清单", False, "围绕“高效办成一件事”，组织数据供需双方形成共享责任清单"),
 ("d7", 26, "开展面向场景应用的数据共享", False, None),
 ("d8", 26, "推动市级数据使用权限向区、街道乡镇、社区村逐级分解", False, None),
 ("d9", 26, "各区依托市大数据平台开展数据采集和应用", False, None),
 ("d10", 26, "实现市级数据下沉与区级数据反哺的共享应用", False, None),
 ("d11", 26, "用于各单位依法履职需要", True, "共享获取的数据，应当用于各单位依法履职需要，不得用于其他目的"),
 # (五) line 27
 ("e0", 27, "有序推动公共数据开放", False, "（五）有序推动公共数据开放"),
 ("e1", 27, "健全公共数据开放管理制度", False, None),
 ("e2", 27, "依法依规有序开放公共数据", False, "在维护国家数据安全、保护个人信息和商业秘密前提下，依法依规有序开放公共数据"),
 ("e3", 27, "发布年度公共数据开放计划和开放清单", False, None),
 ("e4", 27, "动态更新开放目录", False, None),
 ("e5", 27, "鼓励公共机构开放高价值数据", False, None),
 ("e6", 27, "推动公共数据目录和样例数据开放", False, "优先在民生紧密相关、社会需求迫切的行业领域，推动公共数据目录和样例数据开放"),
 ("e7", 27, "鼓励社会主体依法开发利用", False, None),
 ("e8", 27, "升级公共数据开放平台", False, None),
 ("e9", 27, "探索政企合作方式开展开放平台基础设施建设和运营", False, "按照“谁受益、谁投入”原则，探索政企合作方式开展开放平台基础设施建设和运营"),
 ("e10", 27, "提升创新数据产品的开发效率和价值转化能力", False, None),
 ("e11", 27, "建立开放数据的“接诉即办”机制", False, None),
 ("e12", 27, "受理、响应社会主体的数据需求和应用反馈", False, None),
 ("e13", 27, "组织开展本辖区的公共数据开放", False, None),
 ("e14", 27, "在公共数据开放平台统一发布", False, None),
 # (六) line 28
 ("f0", 28, "规范管理公共数据授权运营", False, "（六）规范管理公共数据授权运营"),
 ("f1", 28, "探索建立公共数据分类分级授权机制", False, None),
 ("f2", 28, "加快建设一批公共数据专区", False, None),
 ("f3", 28, "积极推动分领域授权、依场景授权", False, None),
 ("f4", 28, "探索整体授权运营", False, None),
 ("f5", 28, "统筹协调管理全市公共数据授权运营", False, None),
 ("f6", 28, "指导监督各区、各部门组织实施", False, None),
 ("f7", 28, "各区、各部门未经批准不得开展", True, None),
 ("f8", 28, "公共数据授权运营纳入“三重一大”决策范围", False, None),
 ("f9", 28, "明确授权条件、运营模式、运营期限、退出机制和安全管理责任", False, None),
 ("f10", 28, "授权符合条件的运营机构开展公共数据资源开发、产品经营和技术服务", False, None),
 ("f11", 28, "实施机构要履行监管职责", False, None),
 ("f12", 28, "指导监督运营机构依法依规经营", False, None),
 ("f13", 28, "运营机构要落实授权要求", False, None),
 ("f14", 28, "规范运营行为", False, None),
 ("f15", 28, "面向市场公平提供服务", False, None),
 ("f16", 28, "严禁未经授权超范围使用数据", True, None),
 ("f17", 28, "建设公共数据授权运营管理服务平台", False, None),
 ("f18", 28, "实现对授权运营范围内数据的全流程安全管控和合规使用", False, None),
 ("f19", 28, "鼓励其他经营主体对运营机构交付的公共数据产品和服务再开发", False, None),
 ("f20", 28, "融合多源数据进行创新", False, None),
 # (七) line 30
 ("g0", 30, "充分利用价格政策维护公共利益", False, "（七）充分利用价格政策维护公共利益"),
 ("g1", 30, "指导推动用于公共治理、公益事业的公共数据产品和服务有条件无偿使用", False, None),
 ("g2", 30, "执行政府指导定价管理", False, "用于产业发展、行业发展的公共数据经营性产品和服务，确需收费的，结合本市或行业实际执行政府指导定价管理"),
 ("g3", 30, "纳入地方定价目录", False, None),
 ("g4", 30, "科学核定准许收入", False, "充分考虑数据服务提供方在数据采集、加工处理等过程中的成本投入，科学核定准许收入"),
 ("g5", 30, "鼓励运营机构组织多方合作开展数据产品和服务市场化运营", False, None),
 ("g6", 30, "提供增值服务并分享收益", False, None),
 # (八) line 31
 ("k0", 31, "强化监督管理", False, "（八）强化监督管理"),
 ("k1", 31, "定期对本市公共数据资源授权运营情况进行披露", False, None),
 ("k2", 31, "公开授权对象、内容、范围和时限等授权运营情况", False, None),
 ("k3", 31, "公开公共数据资源使用情况、公共数据产品和服务清单及相关收费标准", False, None),
 ("k4", 31, "接受社会监督", False, None),
 ("k5", 31, "依法查处不遵守行业管理有关规定", False, None),
 ("k6", 31, "依法依规在授权范围内开展业务", False, None),
 ("k7", 31, "不得实施与其他经营主体达成垄断协议或滥用市场支配地位等垄断行为", True, None),
 ("k8", 31, "不得实施不正当竞争行为", True, None),
 ("k9", 31, "按照全市信息化项目规范评审管理", False, "各区、各部门政企合作项目涉及公共数据开发利用的，应按照全市信息化项目规范评审管理"),
 # (九) line 32
 ("n0", 32, "布局新型数据基础设施", False, "（九）布局新型数据基础设施"),
 ("n1", 32, "构建协同高效的数据服务能力体系", False, None),
 ("n2", 32, "提供“原始数据不出域，数据可用不可见”的公共数据开发利用创新环境", False,
  "为各社会主体提供“原始数据不出域，数据可用不可见”的公共数据开发利用创新环境"),
 ("n3", 32, "打造公共数据训练基地", False, None),
 ("n4", 32, "统筹数据和算力供给", False, None),
 ("n5", 32, "推动人工智能语料库共建共享", False, None),
 ("n6", 32, "催生一批行业模型应用", False, None),
 ("n7", 32, "建设智慧城市协同创新仿真实验平台", False, None),
 ("n8", 32, "支持公共数据加工治理、融合产品开发、应用场景创新", False, None),
 ("n9", 32, "建设数据流通利用增值协作网络", False, None),
 ("n10", 32, "提供统一目录标识、统一身份登记、统一接口要求", False, None),
 ("n11", 32, "鼓励社会主体发布数据集或数据产品", False, None),
 ("n12", 32, "发挥公共数据的引领作用", False, None),
 ("n13", 32, "形成开放互联、高效流通的城市可信数据空间", False, None),
 # (十) line 34
 ("q0", 34, "丰富数据应用场景", False, "（十）丰富数据应用场景"),
 ("q1", 34, "实施“数据要素×”行动", False, None),
 ("q2", 34, "推进示范场景落地", False, None),
 ("q3", 34, "推出一批满足群众办事和民生服务的公共数据产品和服务", False, None),
 ("q4", 34, "鼓励水、电、气、热、公共交通等企业对持有的公共数据资源开发利用", False, None),
 ("q5", 34, "鼓励和支持企事业单位和社会组织有条件无偿使用公共数据开发公益产品", False, None),
 ("q6", 34, "提供便民利民服务", False, None),
 ("q7", 34, "加快人工智能大模型发展", False, None),
 ("q8", 34, "建立市场供需撮合机制", False, None),
 ("q9", 34, "打造高质量数据集定制开发、迭代更新与开放使用的环境", False, None),
 ("q10", 34, "形成一批行业领域高质量公共数据集", False, None),
 ("q11", 34, "支持大模型开发、训练和应用", False, None),
 # (十一) line 35
 ("r0", 35, "加强央地协同和区域合作发展", False, "（十一）加强央地协同和区域合作发展"),
 ("r1", 35, "推动与国家部委、央企总部、平台企业等建立数据合作机制", False, None),
 ("r2", 35, "探索建立央地共建服务载体等方式", False, None),
 ("r3", 35, "推动国家数据资源中心建设", False, None),
 ("r4", 35, "推进部委数据共享并授权地方实施运营", False, None),
 ("r5", 35, "形成权责清晰的部市协同授权运营格局", False, None),
 ("r6", 35, "探索建立公共数据资源开发利用区域合作和利益调节机制", False, None),
 ("r7", 35, "完善京津冀蒙一体化算力协同机制", False, None),
 ("r8", 35, "推动京津冀数据协同发展战略合作", False, None),
 ("r9", 35, "建立京津冀公共数据共享协调机制", False, None),
 ("r10", 35, "制定京津冀公共数据资源目录和共享清单", False, None),
 # (十二) line 36
 ("s0", 36, "促进公共数据产品流通交易", False, "（十二）促进公共数据产品流通交易"),
 ("s1", 36, "充分发挥北京国际大数据交易所枢纽作用", False, None),
 ("s2", 36, "引领高价值、高频次数据流通交易", False, None),
 ("s3", 36, "建立与数据流通利用增值协作网络、公共数据专区的联动机制", False, None),
 ("s4", 36, "优先推动金融、医疗健康、交通等数据价值高、社会需求度大的公共数据产品入场交易", False, None),
 ("s5", 36, "赋能实体经济发展", False, None),
 ("s6", 36, "推进京津冀数据流通交易协同", False, None),
 ("s7", 36, "逐步向全国辐射", True, None),
 ("s8", 36, "支撑全国一体化数据市场建设", False, None),
 # (十三) line 37
 ("u0", 37, "繁荣数据产业发展生态", False, "（十三）繁荣数据产业发展生态"),
 ("u1", 37, "将数据产业作为鼓励发展类纳入产业结构调整指导目录", False, None),
 ("u2", 37, "完善数据产业链条布局", False, None),
 ("u3", 37, "支持数据采集标注、分析挖掘、流通使用、数据安全等技术创新应用", False, None),
 ("u4", 37, "鼓励开发数据模型、数据核验、评价指数等多形式的数据产品", False, None),
 ("u5", 37, "鼓励运营机构以公共数据聚集行业数据", False, None),
 ("u6", 37, "构建新业态新模式", False, None),
 ("u7", 37, "培育一批创新活跃的数据资源企业", False, None),
 ("u8", 37, "落实研发费用加计扣除、高新技术企业税收优惠等政策", False, None),
 ("u9", 37, "支持数据行业协会、学会等社会团体和产业联盟发展", False, None),
 ("u10", 37, "凝聚行业共识", False, None),
 ("u11", 37, "加强行业自律", False, None),
 ("u12", 37, "推动行业发展", False, None),
 # (十四) line 39
 ("v0", 39, "加大创新激励", False, "（十四）加大创新激励"),
 ("v1", 39, "明确公共数据管理和运营的责任边界", False, None),
 ("v2", 39, "优化机构编制资源配置", False, None),
 ("v3", 39, "承担数据运营职责的事业单位按照有关规定转企改制", False,
  "按照管运适度分离的原则，探索在保障政务应用和公共服务的前提下，承担数据运营职责的事业单位按照有关规定转企改制"),
 ("v4", 39, "试点成立行业性、区域性运营机构", False, None),
 ("v5", 39, "按照国有资产有关法律法规进行管理", True, None),
 ("v6", 39, "纳入经营性国有资产集中统一监管", False, None),
 ("v7", 39, "研究制定支持运营机构发展的激励政策", False, None),
 ("v8", 39, "鼓励各区结合区域特色开展公共数据资源开发利用示范", False, None),
 ("v9", 39, "积极参与公共数据分领域授权的建设运营", False, None),
 ("v10", 39, "推动形成产业集聚的规模效应", False, None),
 # (十五) line 40
 ("x0", 40, "强化安全管理", False, "（十五）强化安全管理"),
 ("x1", 40, "强化数据安全和个人信息保护", False, None),
 ("x2", 40, "加强对数据资源生产、加工使用、产品经营等开发利用全过程的监督和管理", False, None),
 ("x3", 40, "建立健全分类分级、风险评估、监测预警、应急处置等工作体系", False, None),
 ("x4", 40, "依托第三方开展公共数据流通利用的安全风险评估和数据应用方案的规范性审查", False, None),
 ("x5", 40, "履行数据安全主体责任", False, None),
 ("x6", 40, "采取必要安全措施", False, None),
 ("x7", 40, "保护公共数据安全", False, None),
 ("x8", 40, "加强技术能力建设", False, None),
 ("x9", 40, "依托第三方提升数据汇聚关联风险识别和管控水平", False, None),
 ("x10", 40, "依法依规予以保密的公共数据不予开放", True, None),
 ("x11", 40, "严格管控未依法依规公开的原始公共数据直接进入市场", False, None),
 # (十六) line 41
 ("y0", 41, "鼓励先行先试", False, "（十六）鼓励先行先试"),
 ("y1", 41, "落实“三个区分开来”", False, "充分考虑数据领域未知变量，落实“三个区分开来”"),
 ("y2", 41, "鼓励和保护干部担当作为", False, None),
 ("y3", 41, "营造鼓励创新、包容创新的干事创业氛围", False, None),
 ("y4", 41, "在数据产权归属认定、市场交易、权益分配、利益保护等领域开展先行先试", False, None),
 ("y5", 41, "坚决防止以数谋私等“数据上的腐败”", False, "充分认识数据规模利用的潜在风险，坚决防止以数谋私等“数据上的腐败”"),
 ("y6", 41, "坚持有错必纠、有过必改", False, None),
 ("y7", 41, "对苗头性、倾向性问题早发现早纠正", False, None),
 ("y8", 41, "对失误错误及时采取补救措施", False, None),
 ("y9", 41, "维护公共数据安全", False, None),
 # (十七) line 43
 ("z0", 43, "加强组织领导", False, "（十七）加强组织领导"),
 ("z1", 43, "坚持和加强党对数据工作的全面领导", False, None),
 ("z2", 43, "各区各部门要抓好工作落实", False, "按照市委市政府统一部署要求，各区各部门要抓好工作落实"),
 ("z3", 43, "加强工作统筹", False, None),
 ("z4", 43, "动态掌握全市公共数据资源开发利用情况", False, None),
 ("z5", 43, "及时协调解决工作中的重大问题", False, None),
 ("z6", 43, "重要情况及时按程序向市委市政府、国家数据局请示报告", False, None),
 # (十八) line 44
 ("aa0", 44, "加强资金保障", False, "（十八）加强资金保障"),
 ("aa1", 44, "加大财政资金对数据基础设施、平台建设、生态培育的支持力度", False, None),
 ("aa2", 44, "将数据产品和服务采购经费纳入财政预算统筹安排", False, None),
 ("aa3", 44, "鼓励各类金融机构创新产品和服务", False, None),
 ("aa4", 44, "加大对数据要素型企业和数据基础设施企业的融资支持力度", False, None),
 ("aa5", 44, "引导社会资本有序参与公共数据资源开发利用活动", False, None),
 # (十九) line 45
 ("bb0", 45, "增强支撑能力", False, "（十九）增强支撑能力"),
 ("bb1", 45, "开展全市公共数据资源调查", False, None),
 ("bb2", 45, "摸清数据资源底数", False, None),
 ("bb3", 45, "推动数据资源标准化、规范化建设", False, None),
 ("bb4", 45, "制定公共数据分类分级、数据治理、数据基础设施、数据流通交易等标准规范", False, None),
 ("bb5", 45, "建设数据科技创新中心", False, None),
 ("bb6", 45, "开展数据加密、可信流通、安全治理等关键技术攻关", False, None),
 ("bb7", 45, "深化首席数据官制度", False, None),
 ("bb8", 45, "加强数据领域人才队伍建设", False, None),
 ("bb9", 45, "将提高做好数据工作的能力纳入干部教育培训内容", False, None),
 ("bb10", 45, "研究建立公共数据登记授权中心等专业服务机构", False, None),
 ("bb11", 45, "加强数据领域国际交流合作", False, None),
 # (二十) line 46
 ("cc0", 46, "加强评价监督", False, "（二十）加强评价监督"),
 ("cc1", 46, "建立审计电子数据共享工作机制", False, None),
 ("cc2", 46, "建立公共数据资源开发利用成效评价、第三方评估和监督检查工作机制", False, None),
 ("cc3", 46, "优选公共数据资源开发利用优秀企业和典型案例", False, None),
 ("cc4", 46, "加强经验总结和宣传推广", False, None),
]
for id, ln, lab, opt, e in T:
    assert lab in L[ln], (ln, lab)
    G(id, ln, lab, opt=opt, evidence=e)

# z6 reports to 国家数据局; s1 names the exchange: no hasGoal for them (they do not set the goals)
# promotes: the drafting bureau pushes the technologies through its draft (optional: the goals are the document's)
for t in ("blockchain", "privacy", "ai", "llm", "probe", "compute", "indmodel", "smartcity", "trusted", "encrypt"):
    rel("bjdata", "promotes", t, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
