"""Gold annotation of briefing-pboc-digital-rmb-pilot-long-2022 (央行：扎实开展数字人民币研发试点工作,
中国信息安全 reprinting 中国人民银行, 2022-10-14), by hand per shared/eval/ANNOTATE.md (annG13).

Conventions: the whole text is the bank's own account (来源：中国人民银行), so every goal is held by
中国人民银行 (人民银行/央行); no person states any of it. Section 五 (继续推动…) and the continuing work
(坚持…, 着力…, 不断…, 深入践行…) are required goals; the section headings of 一、三、四 and the
sub-headings of 三 are required; past measures told in passing (成立数研所, 制定研发框架, 推出硬件钱包,
提出设计理念 …) are optional goals. 数字人民币 (a product: the central bank's currency) and 央行数字货币 /
法定数字货币 are optional Technologies, so their involvesTechnology/promotes relations are optional;
智能合约 is a required Technology. Every figure with digits about pilots to 2022-08-31 is a Statistic.
"""
ID = "briefing-pboc-digital-rmb-pilot-long-2022"
import json, pathlib
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type == "Statistic" or label in text or any(a in text for a in aliases), label
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
    assert 4 <= len(label) <= 30, label
    assert label in evidence, (label, evidence)
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

# ---- Bodies ---------------------------------------------------------------------------------
ent("pboc", "Agency", "中国人民银行", ["人民银行", "央行"])
ent("dci", "Agency", "数字货币研究所", ["数研所"])
rel("dci", "subOrganizationOf", "pboc", optional=True)   # 人民银行成立数字货币研究所 … 金融基础设施单位
ent("wg", "Agency", "数字人民币研发工作组", ["人民银行数字人民币研发工作组"])
rel("wg", "subOrganizationOf", "pboc")
ent("bis", "Organization", "国际清算银行")
ent("g20", "Organization", "二十国集团", ["G20"])

# ---- People, events, places -----------------------------------------------------------------
ent("xi", "Person", "习近平", optional=True)        # only in 习近平新时代中国特色社会主义思想
ent("cpc19", "Event", "党的十九大", optional=True)    # 党的十九大以来: a time reference
ent("olympics", "Event", "2022年北京冬奥会", ["北京冬奥会"])
ent("paralympics", "Event", "冬残奥会", optional=True)
ent("bj", "Place", "北京", optional=True)            # only inside the Games' name
rel("olympics", "locatedIn", "bj", optional=True)
ent("hk", "Place", "香港")
ent("cn", "Place", "中国", ["我国"], optional=True)

# ---- Documents ------------------------------------------------------------------------------
ent("wp", "Document", "中国数字人民币的研发进展", ["《中国数字人民币的研发进展》白皮书"])
rel("wp", "publishedBy", "wg")
rel("wp", "publishedBy", "pboc", optional=True)
ent("framework", "Document", "数字人民币研发框架", optional=True)
rel("framework", "publishedBy", "pboc", optional=True)
ent("csl", "Document", "网络安全法", ["《网络安全法》"])
ent("pipl", "Document", "个人信息保护法", ["《个人信息保护法》"])
ent("aml", "Document", "反洗钱法", ["《反洗钱法》"])

# ---- Technologies ---------------------------------------------------------------------------
ent("ercny", "Technology", "数字人民币", optional=True)
ent("cbdc", "Technology", "央行数字货币", ["法定数字货币", "数字货币"], optional=True)
ent("sc", "Technology", "智能合约")
ent("fintech", "Technology", "金融科技", optional=True)
ent("app", "Technology", "“数字人民币”APP", optional=True)
ent("fps", "Technology", "转数快", optional=True)
rel("pboc", "promotes", "sc")
rel("pboc", "promotes", "ercny", optional=True)
rel("pboc", "promotes", "cbdc", optional=True)

# ---- Statistics (pilots, to 2022-08-31) -----------------------------------------------------
L7 = "截至目前，人民银行先后选择15个省（市）的部分地区开展数字人民币试点，并综合评估确定了10家指定运营机构。"
L8 = "截至2022年8月31日，15个省（市）的试点地区累计交易笔数3.6亿笔、金额1000.4亿元，支持数字人民币的商户门店数量超过560万个。"
stat("s-prov", "数字人民币试点省（市）数量", "15个", L7)
stat("s-ops", "指定运营机构数量", "10家", L7)
stat("s-txn", "试点地区累计交易笔数", "3.6亿笔", L8)
stat("s-amt", "试点地区累计交易金额", "1000.4亿元", L8)
stat("s-merch", "支持数字人民币的商户门店数量", "560万个", L8)
stat("s-red", "数字人民币消费红包活动次数", "30次",
     "2022年以来，各试点地区政府围绕“促进消费”“抗击疫情”“低碳出行”等主题累计开展了近30次数字人民币消费红包活动")

# ---- Goals ----------------------------------------------------------------------------------
# (id, label, evidence or None, optional, technologies named in the goal's own words)
G = [
    # line 2: the lead
    ("a1", "扎实开展数字人民币研发试点各项工作", None, False, ["ercny"]),
    ("a2", "坚持人民性、市场化和法治化原则", None, False, []),
    ("a3", "推动数字人民币走出一条符合中国国情的发展道路", None, False, ["ercny"]),
    # 一、 theory and design
    ("b0", "深入开展理论研究和顶层设计", "一、深入开展理论研究和顶层设计", False, []),
    ("b1", "成立数字货币研究所", "2016年，人民银行成立数字货币研究所（以下简称“数研所”），作为具体推进数字人民币工作的金融基础设施单位", True, []),
    ("b2", "制定了数字人民币研发框架", "2018年，人民银行制定了数字人民币研发框架，作为研发工作的基础性指引", True, []),
    ("b3", "保证对货币发行和货币政策的调控能力", "央行通过实施中心化管理保证对货币发行和货币政策的调控能力", True, []),
    ("b4", "分散化解风险", "通过市场驱动、竞争选优，分散化解风险，避免“金融脱媒”", True, []),
    ("b5", "避免“金融脱媒”", "通过市场驱动、竞争选优，分散化解风险，避免“金融脱媒”", True, []),
    ("b6", "夯实制度和规范保障", "人民银行不断夯实制度和规范保障，加强个人信息保护", False, []),
    ("b7", "加强个人信息保护", "人民银行不断夯实制度和规范保障，加强个人信息保护", False, []),
    ("b8", "确保个人信息安全", "通过一系列制度安排和技术手段确保个人信息安全，同时防范违法犯罪风险", False, []),
    ("b9", "防范违法犯罪风险", "通过一系列制度安排和技术手段确保个人信息安全，同时防范违法犯罪风险", False, []),
    # 二、 pilots: results, contributions told in passing
    ("c1", "拓展农村金融服务覆盖面", "基于农产品销售、惠农补贴发放等特色场景拓展农村金融服务覆盖面，助力“乡村振兴”和“数字乡村”建设", True, []),
    ("c2", "助力“乡村振兴”和“数字乡村”建设", "基于农产品销售、惠农补贴发放等特色场景拓展农村金融服务覆盖面，助力“乡村振兴”和“数字乡村”建设", True, []),
    # 三、 products and services (continuing: 持续推进)
    ("d0", "产品研发和服务升级持续推进", "三、产品研发和服务升级持续推进", True, []),
    ("d1", "强化基础产品供给", None, False, []),
    ("d1a", "支持线上线下全场景数字人民币应用", "通过“数字人民币”APP，便捷提供兑换、支付、钱包管理等服务，支持线上线下全场景数字人民币应用", True, ["ercny", "app"]),
    ("d1b", "推出多种形态的硬件钱包", None, True, []),
    ("d1c", "探索软硬融合的产品能力", None, True, []),
    ("d1d", "推出差异化的对公支付结算方案", "发挥数字人民币高效率、低成本等优势，推出差异化的对公支付结算方案，服务实体经济发展", True, []),
    ("d1e", "服务实体经济发展", "推出差异化的对公支付结算方案，服务实体经济发展", True, []),
    ("d2", "探索智能化产品应用", None, False, []),
    ("d2a", "提升交易透明度和资金管理的智能化水平", "有利于提升交易透明度和资金管理的智能化水平，降低结算和合规成本", True, []),
    ("d2b", "降低结算和合规成本", "有利于提升交易透明度和资金管理的智能化水平，降低结算和合规成本", True, []),
    ("d3", "完善无障碍适老化设计", None, False, []),
    ("d3a", "高度重视无障碍服务能力建设", "人民银行一直高度重视无障碍服务能力建设，着力弥合“数字鸿沟”", True, []),
    ("d3b", "着力弥合“数字鸿沟”", "人民银行一直高度重视无障碍服务能力建设，着力弥合“数字鸿沟”", False, []),
    ("d3c", "践行普惠金融", "把践行普惠金融、打造符合“人民性”原则的数字人民币产品体系作为数字人民币研发的重要理念", True, []),
    ("d3d", "打造符合“人民性”原则的数字人民币产品体系", "把践行普惠金融、打造符合“人民性”原则的数字人民币产品体系作为数字人民币研发的重要理念", True, ["ercny"]),
    ("d3e", "提出了“控源头、建体系、可扩展、有温度”的包容性设计理念", None, True, []),
    ("d4", "坚守安全底线", None, False, []),
    ("d4a", "深入践行总体国家安全观", "人民银行深入践行总体国家安全观，建立健全网络安全纵深防御体系", False, []),
    ("d4b", "建立健全网络安全纵深防御体系", "人民银行深入践行总体国家安全观，建立健全网络安全纵深防御体系", False, []),
    ("d4c", "将安全底线始终贯穿于数字人民币应用全生命周期", None, True, ["ercny"]),
    ("d4d", "确保技术先进性", "为确保技术先进性，人民银行不预设技术路线，坚持长期演进、持续迭代、动态升级理念", False, []),
    ("d4e", "坚持长期演进、持续迭代、动态升级理念", None, False, []),
    ("d4f", "采取竞争选优策略", None, True, []),
    ("d4g", "支持稳态与敏态双模共存", None, True, []),
    ("d4h", "构建央行端系统架构", "基于多地多活、单元化、分布式、松耦合架构设计原则构建央行端系统架构", True, []),
    # 四、 international cooperation
    ("e0", "积极参与国际交流合作和标准制定", "四、积极参与国际交流合作和标准制定", False, []),
    ("e1", "积极参与多边和双边交流合作", None, False, []),
    ("e2", "响应二十国集团（G20）等关于改善跨境支付的倡议", None, False, []),
    ("e3", "秉持“无损、合规、互通”原则", None, True, []),
    ("e4", "研究央行数字货币在跨境领域的适用性", None, False, ["cbdc"]),
    ("e5", "积极参与国际清算银行倡导的多边央行数字货币桥项目",
     "一是积极参与国际清算银行倡导的多边央行数字货币桥项目（以下简称“货币桥”项目）", False, ["cbdc"]),
    ("e6", "探索建立基于法定数字货币的跨境支付多边合作机制",
     "探索建立基于法定数字货币的跨境支付多边合作机制和新型跨境支付基础设施与安排", False, ["cbdc"]),
    ("e7", "启动内地与香港跨境支付技术测试", "二是启动内地与香港跨境支付技术测试", False, []),
    ("e8", "探索数字人民币系统与香港本地“转数快”快速支付系统的互联互通", None, False, ["ercny", "fps"]),
    ("e9", "支持香港当地居民和商户的港币结算需求", None, False, []),
    # 五、 next tasks
    ("f0", "继续推动数字人民币业务持续健康发展", "五、继续推动数字人民币业务持续健康发展", False, ["ercny"]),
    ("f1", "坚持以人民为中心", "一是坚持以人民为中心，做好产品服务", False, []),
    ("f1a", "做好产品服务", "一是坚持以人民为中心，做好产品服务", False, []),
    ("f1b", "统筹兼顾客户隐私保护和安全合规", None, False, []),
    ("f1c", "遵循“小额匿名、大额依法可溯”的原则", None, False, []),
    ("f1d", "充分保障公众合理的个人信息保护需求", None, False, []),
    ("f1e", "推动对公业务与个人业务深度融合、相互促进", None, False, []),
    ("f1f", "为中小微企业提供便利化的资金管理、薪资发放、进销存等服务",
     "支持为中小微企业提供便利化的资金管理、薪资发放、进销存等服务", False, []),
    ("f1g", "支持在财政、税收、政务等对公领域发挥数字人民币优势", None, False, ["ercny"]),
    ("f1h", "为政府数字化和智能化治理提供先进的支付服务", None, False, []),
    ("f1i", "实现数字人民币体系与传统电子支付工具的互联互通", None, False, ["ercny"]),
    ("f1j", "让消费者可以“一码通扫”", "让消费者可以“一码通扫”，商户也尽量不用增加成本即可支持各类支付工具", True, []),
    ("f1k", "持续推进数字人民币无障碍和适老化能力建设", None, False, ["ercny"]),
    ("f1l", "完善无障碍产品规范和标准体系", None, False, []),
    ("f1m", "继续深化国际合作", None, False, []),
    ("f1n", "深度参与数字货币领域国际治理建设", None, False, ["cbdc"]),
    ("f2", "坚持法治化规范化建设", "二是坚持法治化规范化建设，夯实数字人民币发展的法治和监管基础", False, []),
    ("f2a", "夯实数字人民币发展的法治和监管基础", "二是坚持法治化规范化建设，夯实数字人民币发展的法治和监管基础", False, ["ercny"]),
    ("f2b", "进一步完善数字人民币相关法律法规和行业配套政策", None, False, ["ercny"]),
    ("f2c", "夯实数字人民币法治基础", None, True, ["ercny"]),    # near-restatement of f2a
    ("f2d", "巩固数字人民币法偿性地位", None, False, ["ercny"]),
    ("f2e", "发挥金融基础设施作用", None, False, []),
    ("f2f", "强化对数字人民币业务、风控、技术、安全等方面的统筹协调", None, False, ["ercny"]),
    ("f2g", "牢牢守住安全运营底线", None, False, []),
    ("f3", "坚持市场化发展", "三是坚持市场化发展，激励各方合作共赢", False, []),
    ("f3a", "激励各方合作共赢", "三是坚持市场化发展，激励各方合作共赢", False, []),
    ("f3b", "鼓励市场主体自主开展推广活动", "在坚持中心化管理和依法合规的前提下，鼓励市场主体自主开展推广活动", False, []),
    ("f3c", "利用智能合约实现可编程特性", None, False, ["sc"]),
    ("f3d", "打造开源生态平台", None, False, []),
    ("f3e", "充分调动各方积极性", None, False, []),
    ("f3f", "加大资源投入", None, False, []),
    ("f3g", "促进受理环境建设提质增效", None, False, []),
]
for gid, label, evid, opt, techs in G:
    goal(gid, label, evid, optional=opt)
    rel("pboc", "hasGoal", gid, optional=opt)
    for t in techs:
        tech_opt = opt or any(e["id"] == t and e.get("optional") for e in E)
        rel(gid, "involvesTechnology", t, optional=tech_opt)
# the white paper sets the design aims b3–b5 (首次系统披露顶层设计思路，即…)
for g in ["b3", "b4", "b5"]:
    rel("wp", "hasGoal", g, optional=True)

out = {"document": ID, "text": ID + ".txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(E), "entities", len(R), "relations",
      sum(1 for e in E if not e.get("optional")), "required entities",
      sum(1 for r in R if not r.get("optional")), "required relations")
