"""Gold annotation of plan-minhang-hongqiao-trade-long-2025 (闵行区推进落实《关于支持虹桥国际中央商务区建设国际贸易中心新平台的若干措施》重点任务分工方案, as reprinted by 安全圈), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-minhang-hongqiao-trade-long-2025"
import collections, json, pathlib, re
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

def goal(id, label, evidence, optional=False):
    assert 4 <= len(label) <= 42, label
    assert label in evidence, (label, evidence)
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    key = (s, p, o)
    for r in R:
        if (r["s"], r["p"], r["o"]) == key:   # keep the stronger of two identical relations
            if not optional: r.pop("optional", None)
            return
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

# ---- agencies ----
ent("mh-gov", "Agency", "上海市闵行区人民政府", optional=True)
ent("mh-office", "Agency", "上海市闵行区人民政府办公室")
rel("mh-office", "subOrganizationOf", "mh-gov", optional=True)
ent("sh-commerce", "Agency", "市商务委")
ent("sh-ndrc", "Agency", "市发展改革委")
ent("hq-admin", "Agency", "虹桥商务区管委会")
ent("sh-police", "Agency", "市公安局")
DISTRICT = [("d-commerce", "区商务委"), ("d-econ", "区经委"), ("d-market", "区市场监管局"), ("d-culture", "区文化旅游局"),
            ("d-invest", "区投促中心"), ("d-data", "区数据局"), ("xinzhuang-customs", "莘庄海关"), ("d-cac", "区委网信办"),
            ("d-police", "区公安分局"), ("d-finance", "区财政局"), ("d-health", "区卫生健康委"), ("d-sci", "区科委"),
            ("d-ndrc", "区发展改革委"), ("d-service", "区政务服务中心"), ("d-foreign", "区政府外办"), ("d-talent", "区人才局"),
            ("d-justice", "区司法局"), ("d-hrss", "区人力资源社会保障局")]
for id, l in DISTRICT:
    ent(id, "Agency", l)
    if id != "xinzhuang-customs":   # 区… = 闵行区: the district government's own units, implied not stated
        rel(id, "subOrganizationOf", "mh-gov", optional=True)
# ---- organizations ----
ent("nhq", "Organization", "南虹桥集团")
ent("xhq", "Organization", "新虹桥公司")
ent("mjt", "Organization", "闵金投公司")
ent("ste", "Organization", "上海技术交易所")
ent("xhq-med", "Organization", "新虹桥国际医学中心")
ent("bri-assoc", "Organization", "长三角“一带一路”高质量发展促进会")
ent("hq-overseas-dev", "Organization", "虹桥海外发展服务中心")
ent("hq-overseas-trade", "Organization", "虹桥海外贸易中心")
ent("hq-talent", "Organization", "虹桥国际人才服务中心")
ent("dt-alliance", "Organization", "数字贸易产业联盟", optional=True)
ent("rcep-desk", "Organization", "RCEP企业服务咨询站（虹桥站）", ["RCEP企业服务咨询站"], optional=True)
ent("police-platform", "Organization", "海外人才直联平台（虹桥）", ["海外人才直联平台"], optional=True)
rel("police-platform", "subOrganizationOf", "sh-police", optional=True)
ent("expo-platform", "Organization", "上海国际展览贸易促进平台", ["365展贸网"], optional=True)
ent("hq-pinhui", "Organization", "虹桥品汇", optional=True)
ent("greenland-port", "Organization", "绿地全球贸易港", optional=True)
ent("digital-port", "Organization", "全球数字贸易港", ["数字贸易港"], optional=True)
ent("live-base", "Organization", "长三角虹桥直播产业带选品基地", optional=True)
ent("xhq-health-park", "Organization", "新虹桥数字健康医学园区", optional=True)
ent("apec", "Organization", "APEC", optional=True)
ent("silk-center", "Organization", "“丝路电商”数字技术应用中心", optional=True)
ent("aqq", "Organization", "安全圈", optional=True)
# ---- event, documents, places ----
ent("ciie", "Event", "进博会")
ent("plan", "Document", "闵行区推进落实《关于支持虹桥国际中央商务区建设国际贸易中心新平台的若干措施》重点任务分工方案",
    ["闵行区推进落实<关于支持虹桥国际中央商务区建设国际贸易中心新平台的若干措施>重点任务分工方案", "分工方案"])
ent("measures", "Document", "关于支持虹桥国际中央商务区建设国际贸易中心新平台的若干措施")
ent("notice", "Document", "上海市闵行区人民政府办公室关于印发《闵行区推进落实<关于支持虹桥国际中央商务区建设国际贸易中心新平台的若干措施>重点任务分工方案》的通知",
    optional=True)
ent("fund-rules", "Document", "商务区专项资金管理办法", optional=True)
ent("dongfang", "Document", "东方英才计划", optional=True)
ent("rcep", "Document", "RCEP", optional=True)
rel("plan", "publishedBy", "mh-office")
rel("notice", "publishedBy", "mh-office", optional=True)
for b in ("sh-commerce", "sh-ndrc", "hq-admin"):
    rel("measures", "publishedBy", b)
rel("fund-rules", "publishedBy", "hq-admin", optional=True)
ent("shanghai", "Place", "上海", ["上海市"])
ent("minhang", "Place", "闵行区")
ent("hongqiao-cbd", "Place", "虹桥国际中央商务区", ["虹桥商务区", "商务区"])
ent("hongqiao", "Place", "虹桥", optional=True)
ent("yrd", "Place", "长三角")
ent("hk", "Place", "香港")
ent("macao", "Place", "澳门")
ent("ftz", "Place", "上海自贸试验区")
ent("china", "Place", "中国", optional=True)
ent("legal-zone", "Place", "法务区", optional=True)
# ---- technologies ----
TECH = [("ai", "人工智能", False), ("blockchain", "区块链", False), ("bigdata", "大数据", False), ("llm", "大模型", False),
        ("cloud", "云服务", True), ("dc", "数据中心", True), ("ecny", "数字人民币", True), ("internet", "互联网", True),
        ("digitech", "数字技术", True)]
TOPT = {}
for id, l, opt in TECH:
    ent(id, "Technology", l, optional=opt)
    TOPT[id] = opt

PROMO = {}
def G(id, label, evidence, opt=False, bodies=(), obodies=(), doc=True, notech=()):
    goal(id, label, evidence, optional=opt)
    if doc: rel("plan", "hasGoal", id, optional=opt)
    for b in bodies: rel(b, "hasGoal", id, optional=opt)
    for b in obodies: rel(b, "hasGoal", id, optional=True)
    for t, l, _ in TECH:
        if l in label and t not in notech:
            o = opt or TOPT[t]
            rel(id, "involvesTechnology", t, optional=o)
            for b in bodies:
                PROMO[(b, t)] = PROMO.get((b, t), False) or not o

NAME = {l: id for id, l in DISTRICT}
NAME.update({"南虹桥集团": "nhq", "新虹桥公司": "xhq", "闵金投公司": "mjt"})
def bodies_of(line):
    m = re.search(r"（责任单位：([^（）]*)）$", line)
    assert m, line
    return [NAME[p] for p in m.group(1).split("、") if p != "相关街镇"]

def clause(line, label):
    """the clause of line (between ，。；：) that contains label"""
    i = line.index(label); j = i + len(label)
    while i > 0 and line[i - 1] not in "，。；：": i -= 1
    while j < len(line) and line[j] not in "，。；（": j += 1
    return line[i:j]

# ---- preamble (line 9) and the overall aim ----
G("p1", "组织推进各项政策措施落地落实", clause(L[9], "组织推进各项政策措施落地落实"))
G("p2", "制定本分工方案", clause(L[9], "制定本分工方案"), opt=True)
G("p0", "建设国际贸易中心新平台", L[8], opt=True)
rel("measures", "hasGoal", "p0", optional=True)
# ---- the five section headings (the summary lines 3-7 restate them) ----
HEAD = {10: "h1", 16: "h2", 25: "h3", 33: "h4", 40: "h5"}
for n, id in HEAD.items():
    lab = L[n].split("、", 1)[1]
    G(id, lab, L[n])
# ---- the 31 numbered tasks: each coordinated verb phrase; bodies from the closing （责任单位：…） ----
ITEMS = {
 11: [("提升虹桥品汇、绿地全球贸易港等“6天+365天”常年展销平台功能", 0), ("提供全栈式服务", 0), ("促进展贸与产业联动", 0),
      ("推动上海国际展览贸易促进平台（365展贸网）建设", 0), ("促进线上与线下展览相结合、展览与贸易相结合", 0), ("放大展览贸易促进效应", 0)],
 12: [("建立特殊食品注册备案、CCC产品认证指导服务协作机制", 0), ("帮助进博会等展会展品便捷进入中国市场", 0)],
 13: [("建设直播经济集聚区", 0), ("加速聚集头部直播平台、MCN机构（主播服务机构）、直播企业、品牌企业", 0), ("构建完整直播产业链", 0),
      ("打造“长三角虹桥直播产业带选品基地”", 0)],
 14: [("促进商旅文体展联动发展", 0), ("加强向酒店、餐饮、购物、文娱等商贸资源引流", 0), ("积极推动首发经济高质量发展", 0),
      ("支持打造进博新品首发平台", 0), ("为进博新品首发活动和首店落户提供保障", 0)],
 15: [("完善商务区展会信息共享机制", 0), ("放大会展经济的综合带动效应", 0), ("促进展商变投资商", 0)],
 17: [("提升全球数字贸易港能级", 0), ("集聚数字贸易服务功能", 0), ("鼓励区内数字龙头企业成立数字贸易产业联盟", 0)],
 18: [("建立数据跨境服务中心", 0), ("为数据出境安全评估、个人出境信息标准合同、个人信息保护认证等提供服务", 0),
      ("支持商务区企业便利化访问国际互联网", 0), ("升级国际互联网专用通道", 0)],
 19: [("探索建设有国际服务能力及长三角辐射功能的数据中心", 0), ("支持跨境电商、数据流通、人工智能等产业发展", 0),
      ("促进区块链、大数据等技术在货物贸易、服务贸易及数字贸易中的应用", 0)],
 20: [("有序推进数字人民币试点", 0), ("在贸易结算、连锁商超、旅游餐饮等领域培育应用场景", 0)],
 21: [("深化“丝路电商”辐射引领区建设", 0), ("打造“丝路电商”数字技术应用中心", 0), ("推广电子提单应用", 0), ("加强跨境电子支付合作", 0),
      ("推动电子口岸互联互通", 0), ("扩大电子发票示范应用", 0), ("开展国际合作", 0)],
 22: [("支持新虹桥国际医学中心提升服务能级", 0), ("开展深度合作", 0), ("形成优质品牌医疗服务聚集地", 0), ("支持引入高端国际医疗机构", 0),
      ("支持举办外商独资医疗机构", 0), ("加大力度建设国际医疗部", 0), ("支持新虹桥国际医学中心提升国际医疗服务能力", 0),
      ("推动国际医疗、医疗旅游等新业态加快发展", 0), ("支持新虹桥数字健康医学园区建设", 0), ("构建统一的医学园区服务门户", 0)],
 23: [("建立跨境技术交易服务机制", 0), ("设立咨询服务窗口", 0), ("为企业提供跨境技术交易、业务出海咨询、科技金融等服务", 0),
      ("定期举行相关活动", 0), ("助力优质企业出海", 0), ("推动海外优质项目引入", 0)],
 24: [("建立服务贸易和离岸贸易的统计制度", 0), ("为服务贸易、离岸贸易发展提供有力保障", 0)],
 26: [("打造长三角民营企业海外总部集聚区", 0), ("培育本土跨国公司", 0),
      ("培育跨国公司地区总部、民营企业总部、贸易型总部等总部机构在商务区集聚发展", 0), ("增强全球资源配置、市场链接、对外辐射等功能", 0)],
 27: [("打造“走出去”服务高地", 0), ("提升虹桥海外发展服务中心和长三角“一带一路”高质量发展促进会功能", 0),
      ("设立对外投资咨询服务点", 0), ("做好企业“走出去”政策指导和服务", 0)],
 28: [("打造虹桥海外贸易中心升级版", 0), ("引进更多具有国际影响力、标准制定权、行业话语权的国际行业协会", 0),
      ("为“引进来”和“走出去”提供国际交流、经贸往来、贸易对接、项目引进等功能", 0)],
 29: [("加快RCEP企业服务咨询站（虹桥站）线上平台建设", 0), ("完善跨境供应链规划、智能原产地判定、关税筹划以及跨境合规等一站式服务", 0)],
 30: [("设定和用好各类引导基金", 0), ("支持创新企业成长、优势企业并购重组和重点项目招商引资", 0)],
 31: [("支持商务区会同四区政府制定资金支持政策", 0), ("加大支持力度", 0), ("发展重点产业集群", 1), ("集聚高能级总部机构", 1),
      ("提升贸易和消费能级", 1), ("引进和培育高端人才", 1), ("优化提升公共服务水平", 1)],
 32: [("创建上海自贸试验区联动创新区", 0), ("协同推进制度创新", 0), ("促进产业联动发展", 0)],
 34: [("大力发展金融、会计审计、咨询、法律、人力资源服务等专业服务业", 0), ("支持企业数智化、绿色化转型", 0),
      ("完善专业服务机构“走出去”服务体系", 0), ("加快构建国际服务市场网络", 0), ("提升跨境服务能力", 0)],
 35: [("打造生产性互联网服务平台集聚区", 0), ("大力引进和培育工业品电商、数字化转型、专业服务、大宗商品交易等领域头部平台企业", 0),
      ("推动区块链、大模型技术赋能生产性互联网服务平台发展", 0)],
 36: [("支持商务区法律服务业发展", 0), ("鼓励本市仲裁机构、公证机构、司法鉴定机构、商事调解组织入驻法务区", 0),
      ("积极引育知名度高、专业服务能力强的品牌综合型、品牌专精型法律服务机构", 0), ("提升法务区综合服务能级", 0),
      ("用好法务区支持法律科技行业发展政策", 0), ("吸引国内外法律科技企业总部或研发中心入驻法务区", 0), ("组建专业服务队伍", 0),
      ("加强与海外维权援助基地平台等商务区平台联动", 0), ("推动法务区向商务区企业提供针对性服务保障", 0)],
 37: [("建立数据知识产权登记服务站", 0), ("为长三角企业提供数据知识产权登记、咨询等服务", 0), ("设立知识产权服务基地", 0),
      ("提供知识产权交易、运营管理、维权保护等全链条知识产权服务", 0), ("促进知识产权和技术成果的转移、转化", 0)],
 38: [("支持引进检验检测、认证认可等第三方合格评定服务机构", 0), ("为企业提供质量标准、检验检测、认证认可等一站式服务", 0)],
 39: [("大力引进一批国内外知名ESG相关专业服务机构落户", 0), ("鼓励商务区内行业协会、社会组织等制定ESG标准及规则指引", 0),
      ("举办各类ESG活动", 0), ("打响商务区ESG服务品牌", 0)],
 41: [("加大人才引进重点机构推荐力度", 0), ("推荐纳入本市人才引进重点机构目录", 0), ("赋予商务区内符合条件的企业引才更大自主权", 0),
      ("充分运用区域特殊人才引进落户政策", 0), ("给予一定人才引进落户额度", 0)],
 42: [("加大商贸等领域人才队伍建设", 0), ("支持商贸领域优秀人才申报东方英才计划拔尖、青年人才项目", 0)],
 43: [("办理APEC商旅卡和赴香港、澳门人才签注", 0), ("发挥市公安局海外人才直联平台（虹桥）功能", 0),
      ("为外籍人才签证、居留、永久居留及工作、创业、生活配套服务提供便利", 0)],
 44: [("换发多次入境有效商贸签证", 0)],
 45: [("支持境外人员参加商务区内的重点展、会、活动", 0), ("给予口岸签证和口岸通关便利", 0)],
}
# evidence wider than the bare clause where a means/area phrase belongs to the goal
WIDE = {"提供全栈式服务": "为新质生产力、工业品电商、生产性互联网等企业，以及“上海品牌”认证及培育等企业在商品展示、交易撮合、商贸洽谈等方面提供全栈式服务",
        "为进博新品首发活动和首店落户提供保障": "在活动审批、宣传保障等方面为进博新品首发活动和首店落户提供保障",
        "集聚数字贸易服务功能": "围绕跨境电商、数字内容、数字服务及行业应用和云服务，集聚数字贸易服务功能",
        "开展国际合作": "在推广电子提单应用、加强跨境电子支付合作、推动电子口岸互联互通、扩大电子发票示范应用等方面开展国际合作",
        "推广电子提单应用": "在推广电子提单应用、加强跨境电子支付合作、推动电子口岸互联互通、扩大电子发票示范应用等方面开展国际合作",
        "加强跨境电子支付合作": "在推广电子提单应用、加强跨境电子支付合作、推动电子口岸互联互通、扩大电子发票示范应用等方面开展国际合作",
        "推动电子口岸互联互通": "在推广电子提单应用、加强跨境电子支付合作、推动电子口岸互联互通、扩大电子发票示范应用等方面开展国际合作",
        "扩大电子发票示范应用": "在推广电子提单应用、加强跨境电子支付合作、推动电子口岸互联互通、扩大电子发票示范应用等方面开展国际合作",
        "开展深度合作": "鼓励园区内社会办医疗机构与高水平公立医疗机构在品牌、管理、技术、人才等方面开展深度合作",
        "建立跨境技术交易服务机制": "支持上海技术交易所在商务区建立跨境技术交易服务机制",
        "为企业提供跨境技术交易、业务出海咨询、科技金融等服务": "为企业提供跨境技术交易、业务出海咨询、科技金融等服务并定期举行相关活动",
        "定期举行相关活动": "为企业提供跨境技术交易、业务出海咨询、科技金融等服务并定期举行相关活动",
        "引进更多具有国际影响力、标准制定权、行业话语权的国际行业协会": "引进更多具有国际影响力、标准制定权、行业话语权的国际行业协会、贸易促进机构、非政府经济组织等国际经济组织",
        "支持创新企业成长、优势企业并购重组和重点项目招商引资": "以股权投资等方式，支持创新企业成长、优势企业并购重组和重点项目招商引资",
        "加大支持力度": "围绕发展重点产业集群、集聚高能级总部机构、提升贸易和消费能级、引进和培育高端人才、优化提升公共服务水平等领域加大支持力度",
        "协同推进制度创新": "以经营主体需求为牵引，协同推进制度创新",
        "加快构建国际服务市场网络": "鼓励本土专业服务机构通过并购联营、品牌输出、自建等方式，加快构建国际服务市场网络",
        "鼓励本市仲裁机构、公证机构、司法鉴定机构、商事调解组织入驻法务区": "鼓励本市仲裁机构、公证机构、司法鉴定机构、商事调解组织入驻法务区或在法务区开展业务",
        "积极引育知名度高、专业服务能力强的品牌综合型、品牌专精型法律服务机构": "在法务区积极引育知名度高、专业服务能力强的品牌综合型、品牌专精型法律服务机构",
        "推荐纳入本市人才引进重点机构目录": "将商务区内符合国际贸易中心新平台建设和产业发展需要的优质用人单位推荐纳入本市人才引进重点机构目录",
        "办理APEC商旅卡和赴香港、澳门人才签注": "依托虹桥国际人才服务中心等服务点位，为符合条件的企业、机构高层管理人员、人才办理APEC商旅卡和赴香港、澳门人才签注",
        "换发多次入境有效商贸签证": "对商务区内因商贸业务需要多次往返的外国人，入境后可以换发多次入境有效商贸签证",
        "给予口岸签证和口岸通关便利": "凭邀请函等材料，出入境管理部门及边检部门给予口岸签证和口岸通关便利"}
for area in ("发展重点产业集群", "集聚高能级总部机构", "提升贸易和消费能级", "引进和培育高端人才", "优化提升公共服务水平"):
    WIDE[area] = WIDE["加大支持力度"]
OTHER = {23: ["ste"]}   # 支持上海技术交易所在商务区建立…: the exchange pursues the task
NOTECH = {"打造“丝路电商”数字技术应用中心": ()}
for n, items in ITEMS.items():
    l = L[n]
    bodies = bodies_of(l)
    for i, (lab, opt) in enumerate(items):
        e = WIDE.get(lab) or clause(l, lab)
        assert e in l, (n, lab)
        G(f"i{n}-{i}", lab, e, opt=bool(opt), bodies=bodies, obodies=OTHER.get(n, ()))
# the goal's own evidence names 云服务 (围绕…行业应用和云服务，集聚数字贸易服务功能)
rel("i17-1", "involvesTechnology", "cloud", optional=True)
# ---- the reprint's summary (lines 3-7): aims it names that no task states are goals; paraphrases of a task are optional nodes ----
SUMMARY = {3: [("提升展销平台功能", 1), ("建立协作机制", 1), ("促进商旅文体展联动", 1), ("完善展会信息共享机制", 1)],
           4: [("开展跨境电商业务", 0), ("加强港务联动", 0), ("提升数字贸易港能级", 1), ("建设数据中心", 1), ("推进数字人民币试点", 1),
               ("深化 “丝路电商” 建设", 1), ("提升医疗服务能级", 1), ("建立统计制度", 1)],
           5: [("打造总部集聚区", 1), ("加快 RCEP 企业服务咨询站建设", 1), ("支持创新与招商", 1), ("加大资金支持力度", 1), ("创建联动创新区", 1)],
           6: [("发展专业服务业", 1), ("完善 “走出去” 服务体系", 1), ("支持法律服务机构入驻", 1), ("引进第三方合格评定服务机构", 1)],
           7: [("发挥海外人才直联平台（虹桥）功能", 1)]}
for n, items in SUMMARY.items():
    for i, (lab, opt) in enumerate(items):
        G(f"s{n}-{i}", lab, L[n], opt=bool(opt))
# ---- promotes: the bodies responsible for a task push the technologies it names ----
for (b, t), req in sorted(PROMO.items()):
    rel(b, "promotes", t, optional=not req)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
