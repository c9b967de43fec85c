"""Gold annotation of plan-hainan-digital-collectibles-long-2023 (海南省市场监督管理局等十部门《关于加强数字藏品风险监管工作的通知》, as reprinted by 中国信息安全), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-hainan-digital-collectibles-long-2023"
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

def goal(id, label, evidence=None, optional=False):
    evidence = evidence or label
    assert label in text, label
    assert 4 <= len(label) <= 45, label
    assert label in evidence, (label, evidence)
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def write():
    gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
    (here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
    print(collections.Counter((r["p"], r.get("optional", False)) for r in R))

# ---- the ten issuing bodies (signatures, lines 20-29) and other bodies ----
ISSUERS = [("amr", "海南省市场监督管理局"), ("prop", "中共海南省委宣传部"),
           ("cac", "中共海南省委网络安全和信息化委员会办公室"), ("tourism", "海南省旅游和文化广电体育厅"),
           ("iit", "海南省工业和信息化厅"), ("commerce", "海南省商务厅"), ("police", "海南省公安厅"),
           ("finance", "海南省地方金融监督管理局"), ("tax", "国家税务总局海南省税务局"), ("comms", "海南省通信管理局")]
for id, l in ISSUERS:
    ent(id, "Agency", l)
ent("gov", "Agency", "省政府", optional=True)             # 经省政府同意 / 省政府直属各单位: the Hainan provincial government, unnamed
ent("cpc-hn", "Agency", "中共海南省委", optional=True)      # only inside the names of its two departments
ent("sat", "Agency", "国家税务总局", optional=True)         # only inside 国家税务总局海南省税务局
rel("prop", "subOrganizationOf", "cpc-hn", optional=True)
rel("cac", "subOrganizationOf", "cpc-hn", optional=True)
rel("tax", "subOrganizationOf", "sat", optional=True)
ent("cisj", "Organization", "中国信息安全", optional=True)  # the magazine's WeChat account that reprinted the notice
# ---- the notice and the laws and rules it cites ----
ent("notice", "Document", "关于加强数字藏品风险监管工作的通知")
for id, _ in ISSUERS:
    rel("notice", "publishedBy", id)
LAWS = [("law-auction", "中华人民共和国拍卖法"), ("law-registration", "中华人民共和国市场主体登记管理条例"),
        ("law-internet-info", "互联网信息服务管理办法"), ("law-telecom-licence", "电信业务经营许可管理办法"),
        ("law-art", "艺术品经营管理办法"), ("law-internet-culture", "互联网文化管理暂行规定"),
        ("law-blockchain", "区块链信息服务管理规定"), ("law-ads", "中华人民共和国广告法"),
        ("law-competition", "中华人民共和国反不正当竞争法"), ("law-prepaid", "单用途商业预付卡管理办法（试行）"),
        ("law-consumer", "中华人民共和国消费者权益保护法"), ("law-hn-fraud", "海南自由贸易港反消费欺诈规定"),
        ("law-hn-exchange", "海南省交易场所管理办法实施细则")]
for id, l in LAWS:
    assert f"《{l}》" in text, l
    ent(id, "Document", l)
# ---- places ----
ent("hainan", "Place", "海南", ["海南省"])
ent("ftp", "Place", "海南自由贸易港", ["海南自贸港"])
ent("china", "Place", "中国", optional=True)               # only in 具有中国特色
# ---- technologies ----
ent("bc", "Technology", "区块链", ["区块链技术", "区块链应用技术"])
ent("bc-service", "Technology", "区块链信息服务", optional=True)
ent("nft", "Technology", "数字藏品", optional=True)          # a blockchain-based product class rather than a technology
ent("dig-econ", "Technology", "数字经济", optional=True)
ent("internet", "Technology", "互联网", optional=True)      # only in 互联网平台 and in law names
TECH = [("bc", "区块链"), ("bc-service", "区块链信息服务"), ("nft", "数字藏品"), ("dig-econ", "数字经济"), ("internet", "互联网")]
TOPT = {"bc": False, "bc-service": True, "nft": True, "dig-econ": True, "internet": True}

def clause(line, label):
    i = line.index(label); j = i + len(label)
    while i > 0 and line[i - 1] not in "，。；：": i -= 1
    while j < len(line) and line[j] not in "，。；：": j += 1
    return line[i:j]

HEAD = []
def G(id, n, label, opt=False, evidence=None, head=False):
    e = evidence or clause(L[n], label)
    goal(id, label, e, optional=opt)
    rel("notice", "hasGoal", id, optional=opt)
    if head: HEAD.append((id, opt))
    for t, l in TECH:
        if l in label:
            rel(id, "involvesTechnology", t, optional=opt or TOPT[t])
        elif l in e and t == "bc":
            rel(id, "involvesTechnology", t, optional=True)

# title and preamble
G("t0", 1, "加强数字藏品风险监管工作", evidence=L[1])
G("p1", 5, "促进数字藏品产业健康发展")
G("p2", 5, "切实防范相关风险")
# 一、
G("h1", 6, "提高数字藏品监管的责任感和紧迫感", evidence=L[6], head=True)
G("h1a", 6, "高度重视", opt=True, evidence=L[6])
G("a1", 7, "引导数字藏品赋能实体")
G("a2", 7, "推动“数字藏品+文旅”、“数字藏品+文创”、“数字藏品+商业”发展")
G("a3", 7, "打造“数字藏品-传统文化-行业发展”良性闭合循环", opt=True)
G("a4", 7, "建设海南自由贸易港促进数字经济发展", opt=True)
G("a5", 7, "亟需监管制约和引导", opt=True)
G("a6", 7, "增强做好数字藏品监管工作的责任感和紧迫感", opt=True)   # restates the heading
G("a7", 7, "研判存在的风险")
G("a8", 7, "积极采取监管手段")
G("a9", 7, "切实净化数字藏品市场环境")
G("a10", 7, "推动数字藏品行业健康、合规、有序发展")
# 二、
G("h2", 8, "全方位防范数字藏品的监管风险", evidence=L[8], head=True)
G("h2a", 8, "多措并举", opt=True, evidence=L[8])
G("b1", 9, "坚持“发展与规范并重”的原则")
G("b2", 9, "加大对数字藏品行业的监管")
G("b3", 9, "引导市场主体合法合规经营")
G("b4", 9, "充分享受海南自贸港红利")
# （一）
G("m1", 10, "规范市场准入和行政许可管理", evidence="（一）规范市场准入和行政许可管理。", head=True)
G("m1a", 10, "进一步规范数字藏品行业准入标准")
G("m1b", 10, "对数字藏品行业准入予以相应行政许可或备案")
G("m1c", 10, "依法依规坚决予以查处", evidence="对未经许可或未取得相关资质擅自开展经营的，依法依规坚决予以查处")
G("m1d", 10, "依法予以清理吊销", evidence="对连续两个年度未依法报送年度报告、未进行纳税申报且通过法定住所无法取得联系的长期未经营企业，依法予以清理吊销")
# （二）
G("m2", 11, "严厉打击虚假宣传行为", evidence="（二）严厉打击虚假宣传行为。", head=True)
G("m2a", 11, "密切关注数字藏品网络虚假宣传舆情")
G("m2b", 11, "加大涉及数字藏品的广告监测力度")
G("m2c", 11, "及时处理虚假宣传线索")
G("m2d", 11, "依法严查含有招商等有投资回报预期的商品或者服务的广告内容",
  evidence="依法严查含有招商等有投资回报预期的商品或者服务的广告内容，以及欺骗、误导消费者等虚假宣传行为")
G("m2e", 11, "从严从重查处社会影响大、造成人民群众财产损失的虚假宣传行为",
  evidence="依据《中华人民共和国广告法》《中华人民共和国反不正当竞争法》等法律法规，从严从重查处社会影响大、造成人民群众财产损失的虚假宣传行为")
G("m2f", 11, "公开曝光情节严重、性质恶劣、社会反映强烈的虚假宣传典型案例",
  evidence="公开曝光情节严重、性质恶劣、社会反映强烈的虚假宣传典型案例")
G("m2g", 11, "震慑违法者")
G("m2h", 11, "警示经营者")
G("m2i", 11, "加强行刑衔接")
G("m2j", 11, "坚决打击虚假广告犯罪")
# （三）
G("m3", 12, "大力整治消费欺诈乱象", evidence="（三）大力整治消费欺诈乱象。", head=True)
G("m3a", 12, "强化投诉举报数据分析研判")
G("m3b", 12, "对投诉举报集中的数字藏品销售平台、企业实施重点监管",
  evidence="对投诉举报集中的数字藏品销售平台、企业实施重点监管")
G("m3c", 12, "对投诉举报集中的数字藏品销售平台、企业进行公示",
  evidence="依托消费投诉信息公示制度，对投诉举报集中的数字藏品销售平台、企业进行公示")
G("m3d", 12, "依据《单用途商业预付卡管理办法（试行）》强化管理",
  evidence="采取单用途商业预付卡消费的，依据《单用途商业预付卡管理办法（试行）》强化管理")
S3 = L[12][L[12].index("对未按合同约定退款"):L[12].index("强化震慑作用") + len("强化震慑作用")]
G("m3e", 12, "从严查处", evidence=S3)
G("m3f", 12, "从重处罚", evidence=S3)
G("m3g", 12, "强化震慑作用", evidence=S3)
# （四）
G("m4", 13, "重拳打击诈骗等犯罪行为", evidence="（四）重拳打击诈骗等犯罪行为。", head=True)
G("m4a", 13, "集中优势警力")
G("m4b", 13, "加强对线索的搜集研判")
G("m4c", 13, "保持高压严打态势",
  evidence=L[13][L[13].index("对数字藏品平台以"):L[13].index("保持高压严打态势") + len("保持高压严打态势")])
G("m4d", 13, "力争快侦快破")
G("m4e", 13, "全面查清犯罪事实")
G("m4f", 13, "依法追究刑事责任")
G("m4g", 13, "积极追赃挽损")
G("m4h", 13, "切实维护群众利益")
# （五）
G("m5", 14, "全面防范版权侵权和意识形态安全风险", evidence="（五）全面防范版权侵权和意识形态安全风险。", head=True)
G("m5a", 14, "向社会发布数字藏品版权风险提示")
G("m5b", 14, "禁止任何组织和个人未经授权使用他人作品上链铸造、制作数字藏品的行为",
  evidence="禁止任何组织和个人未经授权使用他人作品上链铸造、制作数字藏品的行为")
G("m5c", 14, "指导、协调、督促互联网平台加强数字藏品版权监管",
  evidence="指导、协调、督促互联网平台加强数字藏品版权监管")
G("m5d", 14, "建立完善的数字藏品版权审核机制和侵权投诉处置机制")
G("m5e", 14, "畅通举报投诉渠道")
G("m5f", 14, "侵权盗版行为进行坚决查处和严厉打击",
  evidence="对未经授权使用他人美术、音乐、动漫、游戏、影视等作品铸造、制作数字藏品的侵权盗版行为进行坚决查处和严厉打击")
G("m5g", 14, "加强对数字藏品作品内容的审核")
G("m5h", 14, "确保上链作品符合社会主义核心价值观")
G("m5i", 14, "杜绝平台及用户从事危害国家安全、扰乱社会秩序、侵犯他人合法权益等法律法规禁止的活动",
  evidence="杜绝平台及用户从事危害国家安全、扰乱社会秩序、侵犯他人合法权益等法律法规禁止的活动")
G("m5j", 14, "切实防范意识形态安全风险")
# （六）
G("m6", 15, "防范化解数据安全和金融风险", evidence="（六）防范化解数据安全和金融风险。", head=True)
G("m6a", 15, "防范平台及用户利用区块链信息服务制作、复制、发布、传播法律法规禁止的信息内容",
  evidence="防范平台及用户利用区块链信息服务制作、复制、发布、传播法律法规禁止的信息内容")
G("m6b", 15, "对属地从事数字藏品等区块链信息服务活动的平台开展日常监管巡查")
G("m6c", 15, "依据《区块链信息服务管理规定》查处",
  evidence="发现违法违规从事区块链信息服务的市场主体，依据《区块链信息服务管理规定》查处")
G("m6d", 15, "强化对省内交易场所的管理")
G("m6e", 15, "对非法设立的交易所，要坚决予以取缔", evidence="对非法设立的交易所，要坚决予以取缔")
G("m6f", 15, "做好全省交易所的准入管理、日常监管、统计监测和风险处置等工作",
  evidence="并根据《海南省交易场所管理办法实施细则》等有关规定，做好全省交易所的准入管理、日常监管、统计监测和风险处置等工作")
G("m6g", 15, "切实防范数字藏品非法交易等安全风险")
# （七）
G("m7", 16, "强化失信联合惩戒", evidence="（七）强化失信联合惩戒。", head=True)
G("m7a", 16, "及时归集数字藏品经营企业的行政处罚等失信信息",
  evidence="及时归集数字藏品经营企业的行政处罚等失信信息并向社会公示")
G("m7b", 16, "向社会公示", opt=True, evidence="及时归集数字藏品经营企业的行政处罚等失信信息并向社会公示")
G("m7c", 16, "依法依规将数字藏品失信市场主体列入经营异常名录或严重违法失信名单")
G("m7d", 16, "将“双随机、一公开”监管与企业信用风险分类结果进行有机结合",
  evidence="将“双随机、一公开”监管与企业信用风险分类结果进行有机结合")
G("m7e", 16, "对信用风险高的企业加大抽查比例和频次")
G("m7f", 16, "进一步提高监管的针对性和靶向性")
G("m7g", 16, "加大对违法失信者的约束和惩戒力度")
# （八）
G("m8", 17, "加强宣传教育引导", evidence="（八）加强宣传教育引导。", head=True)
G("m8a", 17, "加大对数字藏品市场的风险和法律法规宣传力度")
G("m8b", 17, "引导消费者慎重参与、谨慎购买", evidence="引导消费者慎重参与、谨慎购买")
G("m8c", 17, "避免因盲目性投机炒作造成个人财产损失")
G("m8d", 17, "切实树立理性消费和风险防范意识")
G("m8e", 17, "积极引导数字藏品企业合法合规经营")
G("m8f", 17, "重视和发挥数字藏品本身固有的文化价值属性")
G("m8g", 17, "创造具有中国特色、文化内涵和艺术价值的数字艺术品",
  evidence="通过创造具有中国特色、文化内涵和艺术价值的数字艺术品，实现自身平台的长期存续和向好发展")
G("m8h", 17, "实现自身平台的长期存续和向好发展",
  evidence="通过创造具有中国特色、文化内涵和艺术价值的数字艺术品，实现自身平台的长期存续和向好发展")
# 三、
G("h3", 18, "形成部门联动的协同监管机制", evidence=L[18], head=True)
G("h3a", 18, "加强合作", opt=True, evidence=L[18])
G("c1", 19, "坚持问题导向")
G("c2", 19, "全面梳理问题", evidence="结合单位职责分工全面梳理问题")
G("c3", 19, "进一步分析存在的监管风险和隐患")
G("c4", 19, "逐项制定务实管用的监管措施",
  evidence="依照现行有效的法律法规、部门规章以及有关政策规定，逐项制定务实管用的监管措施")
G("c5", 19, "切实堵塞监管漏洞")
G("c6", 19, "强化部门联动")
G("c7", 19, "做到各司其职，各负其责，密切配合，齐抓共管", opt=True, evidence="做到各司其职，各负其责，密切配合，齐抓共管")
G("c8", 19, "形成监管合力")
G("c9", 19, "进一步强化行政许可管理、数据共享、信息传递、结果通报等工作的互联互通",
  evidence="要进一步强化行政许可管理、数据共享、信息传递、结果通报等工作的互联互通")
G("c10", 19, "实现交易链条全过程监管")
G("c11", 19, "共同规范数字藏品领域市场秩序")

# the issuing bodies jointly set the notice's goals; the lead body holds the headline measures (doubtful: the text says 各相关部门和各市县)
for g, opt in HEAD + [("t0", False)]:
    rel("amr", "hasGoal", g, optional=True)
# promotes: the notice encourages 数字藏品+文旅 etc. but mainly regulates; doubtful for every issuer
for id, _ in ISSUERS:
    rel(id, "promotes", "nft", optional=True)
    rel(id, "promotes", "bc", optional=True)
write()
