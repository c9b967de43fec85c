"""Gold annotation of document-miit-new-info-infra-coordination-long-2024 (工业和信息化部等十一部门《关于推动新型信息基础设施协调发展有关事项的通知》, 工信部联通信〔2024〕165号, with its 名词解释 annex and 中国信息安全's lead paragraph, as reprinted from 工信部网站), by hand per shared/eval/ANNOTATE.md."""
ID = "document-miit-new-info-infra-coordination-long-2024"
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

# ---- the eleven issuers (line 2 and the signature, lines 37-47) ----
ISSUERS = [("miit", "Agency", "工业和信息化部", ("工信部",)), ("cac", "Agency", "中央网信办", ()),
           ("moe", "Agency", "教育部", ()), ("mof", "Agency", "财政部", ()), ("mnr", "Agency", "自然资源部", ()),
           ("mohurd", "Agency", "住房城乡建设部", ()), ("moa", "Agency", "农业农村部", ()),
           ("nhc", "Agency", "国家卫生健康委", ()), ("pbc", "Agency", "中国人民银行", ()),
           ("sasac", "Agency", "国务院国资委", ()), ("cr", "Organization", "中国国家铁路集团有限公司", ())]
for id, t, l, al in ISSUERS:
    ent(id, t, l, al)
# ---- named addressees (line 5) ----
ent("pbc-sh", "Agency", "人民银行上海总部")
rel("pbc-sh", "subOrganizationOf", "pbc")
for id, l in [("ct", "中国电信集团有限公司"), ("cm", "中国移动通信集团有限公司"), ("cu", "中国联合网络通信集团有限公司"),
              ("cbn", "中国广播电视网络集团有限公司"), ("tower", "中国铁塔股份有限公司")]:
    ent(id, "Organization", l)
ent("xpcc", "Agency", "新疆生产建设兵团", optional=True)     # only as the addressees' region
# 各省、自治区、直辖市通信管理局 / 各地通信管理局: a class of bodies, not one named body
ent("cas", "Agency", "通信管理局", ["各省、自治区、直辖市通信管理局", "各地通信管理局"], optional=True)
ent("miit-site", "Organization", "工信部网站", optional=True)
ent("finplat", "Organization", "国家产融合作平台", optional=True)   # a platform
# ---- places: regions named as actors (line 13); a Place cannot have goals ----
for id, l in [("east", "东部发达地区"), ("midwest", "中西部"), ("northeast", "东北地区"), ("west", "西部地区")]:
    ent(id, "Place", l, optional=True)
# ---- events, documents ----
ent("cpc20", "Event", "党的二十大")
ent("plenums", "Event", "二十届二中、三中全会", optional=True)
ent("notice", "Document", "关于推动新型信息基础设施协调发展有关事项的通知", ["工信部联通信〔2024〕165号"])
for id, *_ in ISSUERS:
    rel("notice", "publishedBy", id)
ent("iiot-id-plan", "Document", "工业互联网标识解析体系“贯通”行动计划")
# ---- statistic ----
ent("s-work", "Statistic", "《通知》提出的主要工作方面", value="7方面",
    evidence="提出了“1统筹6协调”等7方面主要工作")
# ---- technologies ----
TECH = [("5g", "5G", ("5G网络",), False), ("5ga", "5G-A", (), False), ("ai", "人工智能", (), False),
        ("gigabit", "千兆光网", (), False), ("fiber", "光纤", (), False), ("iiot", "工业互联网", (), False),
        ("blockchain", "区块链", (), False), ("qc", "量子计算", (), False), ("qi", "量子信息", (), False),
        ("ipv6", "IPv6", (), False), ("miot", "移动物联网", (), False), ("iot", "物联网", (), False),
        ("satcom", "卫星通信", (), False), ("satnet", "卫星互联网", (), False), ("v2x", "车联网", (), False),
        ("cloud", "云计算", (), False), ("cim", "城市信息模型", (), False),
        ("compute", "算力", (), True), ("smart-compute", "智能算力", (), True), ("dc", "数据中心", (), True),
        ("aicc", "智能计算中心", ("智算中心", "人工智能计算中心"), True), ("hpc", "超算中心", ("超算数据中心",), True),
        ("edge-dc", "边缘数据中心", (), True), ("ixp", "新型互联网交换中心", (), True),
        ("st-bigdata", "时空大数据", (), True), ("mobile", "移动通信", (), True), ("broadband", "宽带", (), True),
        ("ict", "新一代信息通信技术", (), True), ("compute-net", "算力互联网", (), True),
        ("supercomputer", "超级计算机", (), True),
        ("nii", "新型信息基础设施", (), True), ("gigabit2", "双千兆", (), True)]
for id, l, al, opt in TECH:
    ent(id, "Technology", l, al, optional=opt)

USED = set()
def G(id, line, label, opt=False, evidence=None, notice=True, miit=None, all11=False, by=(), oby=(), maxlen=40):
    """a goal stated on line; the 通知 sets it; miit: True required / None optional (lead issuer);
    all11: the eleven issuers speak (required); by/oby: further bodies required/optional;
    involvesTechnology for each technology the label names (a longer name shadows the one it contains)"""
    assert label in L[line], (line, label)
    assert 4 <= len(label) <= maxlen, label
    e = evidence or clause(line, label)
    assert label in e and e in L[line], (label, e)
    ent(id, "Goal", label, optional=opt, evidence=ev(e))
    if notice: rel("notice", "hasGoal", id, optional=opt)
    if all11:
        for b, *_ in ISSUERS: rel(b, "hasGoal", id, optional=opt)
    else:
        rel("miit", "hasGoal", id, optional=opt or miit is None)
    for b in by: rel(b, "hasGoal", id, optional=opt)
    for b in oby: rel(b, "hasGoal", id, optional=True)
    hits = [(t, l, o) for t, l, al, o in TECH if l in label or any(a in label for a in al)]
    names = [m for t, l, al, o in TECH if l in label or any(a in label for a in al) for m in (l,) + tuple(al) if m in label]
    for t, l, o in hits:
        own = [m for m in (l,) + dict((x, a) for x, _, a, _ in TECH)[t] if m in label]
        if all(any(m != n and m in n for n in names) for m in own): continue
        rel(id, "involvesTechnology", t, optional=opt or o)
        if not (opt or o): USED.add(t)

# ---- lead paragraph (line 2) and preamble (line 6): the eleven issuers speak ----
G("n1", 6, "深入贯彻落实党的二十大和二十届二中、三中全会精神", all11=True)
G("n2", 6, "推动新型信息基础设施协调发展", all11=True)          # also line 2: 部署推动新型信息基础设施协调发展
G("l1", 2, "促进协调发展", opt=True, evidence="以促进协调发展为目标")   # restates n2
G("l2", 2, "推动新型信息基础设施跨区域、跨网络、跨行业协同建设")
# the seven areas of line 2 (全国统筹布局、跨区域协调 …) restate the part headings below
# ---- 一、加强全国统筹规划布局 (lines 7-10) ----
G("h1", 7, "加强全国统筹规划布局", evidence=L[7])
G("a1", 8, "统筹规划骨干网络设施", evidence="（一）统筹规划骨干网络设施。")
G("a2", 8, "加强全国省际干线光缆网络规划建设统筹")
G("a3", 8, "共建重要路由光缆")
G("a4", 8, "增加重要节点通达方向")
G("a5", 8, "扩大新型高性能光缆的应用")
G("a6", 8, "制定国际通信设施中长期规划")
G("a7", 8, "在东中西部地区均衡布局国际通信出入口局")
G("a8", 8, "加快扩展国际海缆、陆缆信息通道方向")
G("a9", 8, "协同规划和建设国际陆缆、国际铁路、国际油气管道等跨境基础设施", oby=("cr",))
G("b1", 9, "优化布局算力基础设施", evidence="（二）优化布局算力基础设施。")
G("b2", 9, "实施差异化能耗、用地等政策")
G("b3", 9, "引导面向全国、区域提供服务的大型及超大型数据中心、智能计算中心、超算中心在枢纽节点部署", maxlen=50)
G("b4", 9, "支持数据中心集群与新能源基地协同建设")
G("b5", 9, "推动算力基础设施与能源、水资源协调发展")
G("b6", 9, "加强本地数据中心规划")
G("b7", 9, "合理布局区域性枢纽节点")
G("b8", 9, "逐步提升智能算力占比")
G("b9", 9, "鼓励企业发展算力云服务")
G("b10", 9, "探索建设全国或区域服务平台")
G("c1", 10, "合理布局新技术设施", evidence="（三）合理布局新技术设施。")
G("c2", 10, "支持企业和机构建设面向行业应用的标准化公共数据集")
G("c3", 10, "打造具有影响力的通用和行业人工智能算法模型平台")
G("c4", 10, "部署区域性人工智能公共服务平台")
G("c5", 10, "统筹建设区块链基础设施")
G("c6", 10, "推动跨链互通与互操作")
G("c7", 10, "合理布局量子计算云平台设施")
ent("qc-cloud", "Technology", "量子计算云平台", optional=True)
rel("c7", "involvesTechnology", "qc-cloud", optional=True)
rel("miit", "promotes", "qc-cloud", optional=True)
# ---- 二、加强跨区域均衡普惠发展 (lines 11-14) ----
G("h2", 11, "加强跨区域均衡普惠发展", evidence=L[11])
G("d1", 12, "推进重大战略区域设施一体化发展", evidence="（一）推进重大战略区域设施一体化发展。")
G("d2", 12, "深入落实区域协调发展战略和区域重大战略")
G("d3", 12, "加强新型信息基础设施区域统筹")
G("d4", 12, "深化跨省市规划衔接和建设合作")
G("d5", 12, "推动区域内骨干节点向全互联组网发展",
  evidence="基础电信企业网络组织可合理突破行政区划限制，推动区域内骨干节点向全互联组网发展")
G("d6", 12, "协同布局算力设施")
G("d7", 12, "按需开展数据中心跨省直连和算力资源调度")
G("e1", 13, "深化区域间均衡协调发展", evidence="（二）深化区域间均衡协调发展。")
G("e2", 13, "东部发达地区先行先试", evidence="东部发达地区先行先试")
G("e3", 13, "探索5G-A、人工智能等建设和应用新模式", evidence="探索5G-A、人工智能等建设和应用新模式")
G("e4", 13, "加快千兆城市建设")
G("e5", 13, "实现5G、千兆光网均衡发展")
G("e6", 13, "合理布局重大算力设施", evidence="西部地区在综合成本优势明显地区合理布局重大算力设施")
G("e7", 13, "探索建设超大型人工智能训练算力设施")
G("e8", 13, "打造具有区位优势的国际信息枢纽", evidence="沿边省份利用对外合作机制，打造具有区位优势的国际信息枢纽")
G("e9", 13, "加快“5G+工业互联网”等设施建设")
G("f1", 14, "促进城乡融合普惠发展", evidence="（三）促进城乡融合普惠发展。")
G("f2", 14, "继续深化电信普遍服务")
G("f3", 14, "推动农村地区5G和光纤网络建设")
G("f4", 14, "提升乡村治理、农业生产、农民生活等场景网络覆盖质量")
G("f5", 14, "加快“宽带边疆”建设")
G("f6", 14, "推进边疆地区行政村、农村学校、边境管理及贸易机构、沿边道路、沿海海域等重点场景宽带网络覆盖", maxlen=50)
# ---- 三、加强跨网络协调联动发展 (lines 15-17) ----
G("h3", 15, "加强跨网络协调联动发展", evidence=L[15])
G("g1", 16, "推进多种网络端到端协同升级", evidence="（一）推进多种网络端到端协同升级。")
G("g2", 16, "深入开展“双千兆”网络建设")
G("g3", 16, "协同建设5G与千兆光网")
G("g4", 16, "推动IP承载和光传输融合发展")
G("g5", 16, "促进接入网、城域网和骨干网同步扩容升级")
G("g6", 16, "持续建设低中高速协同发展的移动物联网体系")
G("g7", 16, "协同推进卫星通信系统与地面移动通信网络、数据中心和骨干网融合组网")
G("g8", 16, "深入推进IPv6规模部署和应用")
G("g9", 16, "推进IPv6技术演进和应用创新发展")
G("i1", 17, "鼓励网络与算力设施协同发展", evidence="（二）鼓励网络与算力设施协同发展。")
G("i2", 17, "加强算网协同规划")
G("i3", 17, "建设国家数据中心集群之间、区域数据中心与国家数据中心集群间的直联网络")
G("i4", 17, "增加光缆网络连通度")
G("i5", 17, "积极开展算网融合技术研发")
G("i6", 17, "提升算网资源统一管理、统一调度和智能编排等能力")
G("i7", 17, "实现云网边一体化智能调度和服务")
G("i8", 17, "鼓励算力企业依托新型互联网交换中心等创新算力互联服务")
G("i9", 17, "推进算力互联互通")
G("i10", 17, "探索构建算力互联网")
# ---- 四、加强跨行业融合共享发展 (lines 18-20) ----
G("h4", 18, "加强跨行业融合共享发展", evidence=L[18])
G("j1", 19, "推进信息设施与传统设施融合发展", evidence="（一）推进信息设施与传统设施融合发展。")
G("j2", 19, "组织开展“信号升格”专项行动")
G("j3", 19, "推进“5G+工业互联网”规模部署")
G("j4", 19, "深入实施工业互联网标识解析体系“贯通”行动计划")
G("j5", 19, "统筹建设高速公路、城市干线道路沿线车联网路侧设施")
G("j6", 19, "集约部署城市感知终端")
G("j7", 19, "统一建设城市级物联网感知终端管理和数据分析平台")
G("j8", 19, "全面建设实景三维中国", oby=("mnr",))
G("j9", 19, "搭建数字中国时空基座和数据融合平台", oby=("mnr",))
G("j10", 19, "完善国土空间基础信息、时空大数据、城市信息模型等基础平台", oby=("mnr", "mohurd"))
G("j11", 19, "推进平台功能整合")
G("j12", 19, "为城市数字化转型提供统一的时空框架")
G("k1", 20, "深化基础设施跨行业共建共享", evidence="（二）深化基础设施跨行业共建共享。")
G("k2", 20, "完善跨行业协调机制", evidence="各地通信管理局要会同有关行业主管部门，完善跨行业协调机制", oby=("cas",))
G("k3", 20, "建立跨行业共建共享需求清单", oby=("cas",))
G("k4", 20, "推动双向开放通信、市政、交通、电力、公安等领域的杆塔、管道、光缆、机房等资源", maxlen=45)
G("k5", 20, "提前规划和预留通信设施布放空间")
G("k6", 20, "提供电力保障")
# ---- 五、构建绿色低碳发展方式 (lines 21-23) ----
G("h5", 21, "构建绿色低碳发展方式", evidence=L[21])
G("m1", 22, "推进重点设施绿色低碳发展", evidence="（一）推进重点设施绿色低碳发展。")
G("m2", 22, "配合构建信息通信业绿色低碳发展统计指标体系和碳管理信息平台")
G("m3", 22, "建设绿色数据中心")
G("m4", 22, "开展数据中心绿色低碳等级评估")
G("m5", 22, "推进传统通信机房绿色改造、老旧通信设备及机房配套设备更新")
G("m6", 22, "加强基站节能技术应用")
G("m7", 22, "出台鼓励企业使用绿电的政策")
G("m8", 22, "支持企业利用自有场所建设绿色能源设施")
G("o1", 23, "促进设施与环境协调发展", evidence="（二）促进设施与环境协调发展。")
G("o2", 23, "加强通信基站、铁塔、机房、光缆交接箱等设施与建筑物、构筑物协同设计")
G("o3", 23, "创新融合一体、多元美化建设方案")
G("o4", 23, "鼓励地方政府加大政策和资金保障力度")
G("o5", 23, "支持开展通信杆线综合整治")
# ---- 六、增强全方位安全保障能力 (lines 24-27) ----
G("h6", 24, "增强全方位安全保障能力", evidence=L[24])
G("q1", 25, "提升网络和数据安全保障能力", evidence="（一）提升网络和数据安全保障能力。")
G("q2", 25, "加强网络安全设施与信息基础设施协同建设")
G("q3", 25, "配合开展网络安全能力成熟度评价")
G("q4", 25, "强化物联网、人工智能等新技术风险评估")
G("q5", 25, "严格落实物联网卡安全管理要求")
G("q6", 25, "建立健全数据安全管理制度")
G("q7", 25, "强化重要数据识别备案和分级防护")
G("q8", 25, "加强数据安全监测预警和应急处置手段建设")
G("q9", 25, "开展数据安全风险评估")
G("q10", 25, "提升数据安全保障能力", evidence="提升数据安全保障能力。")
G("r1", 26, "增强跨行业安全服务赋能", evidence="（二）增强跨行业安全服务赋能。")
G("r2", 26, "升级完善国家工业互联网安全技术监测体系", oby=("cas",))
G("r3", 26, "支持重点工业互联网企业、车联网企业建设网络和数据安全技术监测手段")
G("r4", 26, "推广实施工业互联网安全分类分级管理、车联网网络安全定级防护备案")
G("r5", 26, "加快安全防护贯标")
G("r6", 26, "加强车联网卡实名登记管理")
G("s1", 27, "增强信息基础设施稳定安全运行能力", evidence="（三）增强信息基础设施稳定安全运行能力。")
G("s2", 27, "指导基础电信企业开展运行安全风险评估", oby=("cas",))
G("s3", 27, "严格落实“三同步”要求", oby=("cas",))
G("s4", 27, "对重要网元进行分级分类管理", oby=("cas",))
G("s5", 27, "做好通信安全生产工作")
G("s6", 27, "完善抗震、防灾、防火、防雷等措施")
G("s7", 27, "加强隐患排查整治")
G("s8", 27, "坚决遏制重特大安全事故")
# ---- 七、加强跨部门政策协调 (lines 28-31) ----
G("h7", 28, "加强跨部门政策协调", evidence=L[28])
G("t1", 29, "发挥要素配置牵引作用", evidence="（一）发挥要素配置牵引作用。")
G("t2", 29, "统筹做好频谱资源中长期规划", evidence="工业和信息化部统筹做好频谱资源中长期规划", miit=True)
G("t3", 29, "优化频率资源配置", miit=True)
G("t4", 29, "鼓励频谱资源共享使用", miit=True)
G("t5", 29, "健全跨部门工作机制")
G("t6", 29, "优化国际海缆审批程序")
G("t7", 29, "保障国际海缆建设用海用地需求", oby=("mnr",))
G("t8", 29, "对信息基础设施用地布局规划、报建审批、环境评估等给予政策支持")
G("t9", 29, "将信息基础设施空间布局矢量数据纳入各级国土空间规划“一张图”实施监督信息系统", maxlen=45, oby=("mnr",))
G("u1", 30, "协同推进跨领域标准化工作", evidence="（二）协同推进跨领域标准化工作。")
G("u2", 30, "加强协作", evidence="新一代通信网络、数据与算力设施等标准工作组织要加强协作")
G("u3", 30, "加快融合标准制定和应用")
G("u4", 30, "构建跨行业融合标准协调工作机制")
G("u5", 30, "加快跨行业标准化工作")
G("u6", 30, "加强新型信息基础设施工程建设类国家标准、行业标准的落地实施")
G("u7", 30, "完善与相关设施共建共享所涉及施工标准和验收规范")
G("v1", 31, "加大投融资支持", evidence="（三）加大投融资支持。")
G("v2", 31, "充分利用现有资金渠道")
G("v3", 31, "支持农村及偏远地区电信普遍服务等项目")
G("v4", 31, "规范实施政府和社会资本合作新机制")
G("v5", 31, "引导社会资本积极参与投资运营")
G("v6", 31, "健全政银企合作对接机制")
G("v7", 31, "发挥国家产融合作平台作用")
G("v8", 31, "鼓励各类金融机构为新型信息基础设施项目提供信贷支持", oby=("pbc",))
# ---- 八、加强组织实施 (lines 32-35) ----
G("h8", 32, "加强组织实施", evidence=L[32])
G("w1", 33, "加强组织领导", evidence="（一）加强组织领导。", miit=True)
G("w2", 33, "组织相关单位健全协同工作机制", evidence="工业和信息化部联合有关部门，组织相关单位健全协同工作机制", miit=True)
G("w3", 33, "优化资源和政策支持", miit=True)
G("w4", 33, "推进解决新型信息基础设施系统布局和协调发展过程中遇到的重大事项", miit=True)
G("w5", 33, "加强对基础电信企业、互联网企业指导和协调", miit=True)
G("w6", 33, "推动重点任务落实", miit=True)
G("x1", 34, "加强协同落实", evidence="（二）加强协同落实。", oby=("cas",))
G("x2", 34, "完善地方协调机制", oby=("cas",))
G("x3", 34, "做好工作衔接", oby=("cas",))
G("x4", 34, "强化上下联动和区域横向协同", oby=("cas",))
G("x5", 34, "开展本地区新型信息基础设施布局规划")
G("x6", 34, "推动协同建设和协调发展")
G("y1", 35, "加强评估问效", evidence="（三）加强评估问效。", miit=True)
G("y2", 35, "探索建设全国新型信息基础设施体系化发展监测平台", miit=True)
G("y3", 35, "建立各地和相关企业广泛参与的数据采集和上报机制", miit=True)
G("y4", 35, "加强对新型信息基础设施协调发展实施情况监测", miit=True)
G("y5", 35, "定期开展第三方分析评估", miit=True)
G("y6", 35, "对重要环节进行评价", miit=True)

# ---- promotes: MIIT leads the 通知 whose goals name these technologies; co-issuers optional ----
for t, l, al, opt in TECH:
    rel("miit", "promotes", t, optional=t not in USED)
    for b, *_ in ISSUERS[1:]:
        rel(b, "promotes", t, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
