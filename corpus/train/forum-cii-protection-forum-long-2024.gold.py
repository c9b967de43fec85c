"""Gold annotation of forum-cii-protection-forum-long-2024 (聚焦 | 2024年度关键信息基础设施安全保护论坛成功举办), by hand per shared/eval/ANNOTATE.md."""
ID = "forum-cii-protection-forum-long-2024"
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
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=(), opt_tech=()):
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
    for t in opt_tech: rel(id, "involvesTechnology", t, optional=True)

# Event, place
ent("forum", "Event", "2024年度关键信息基础设施安全保护论坛", ["关键信息基础设施安全保护论坛"])
ent("beijing", "Place", "北京")
rel("forum", "locatedIn", "beijing")
ent("china", "Place", "中国", ["我国"], optional=True)  # 中国 only inside names here, 我国 once
ent("ukraine-crisis", "Event", "乌克兰危机", optional=True)
ent("ukraine", "Place", "乌克兰", optional=True)
# talk titles (in 《》) and the plan named by 郭启全
for id, l in [("t-wu", "以互联网核心技术应对网络空间安全的新挑战"), ("t-feng", "网络空间安全未来重要发展方向"),
              ("t-guo", "网络安全新质实战能力的构建与提升"),
              ("t-gu", "坚定履行关保工作责任 护航数字经济社会发展——中国电信关于关键信息基础设施安全保护工作的探索实践"),
              ("t-dun", "工商银行关键信息基础设施安全保护实践"), ("t-suo", "中国石化关键信息基础设施安全保护实践分享"),
              ("t-guyan", "铸就坚实壁垒，护航数字电科发展——网络安全运营实践分享")]:
    ent(id, "Document", l, [f"《{l}》"], optional=True)
ent("fyp15", "Document", "“十五五”规划")
# Government bodies
ent("mps", "Agency", "公安部")
ent("mps11", "Agency", "公安部十一局", ["十一局"])
rel("mps11", "subOrganizationOf", "mps")
# Organisations (the forum's organisers first)
ent("cii-alliance", "Organization", "中关村华安关键信息基础设施安全保护联盟", ["关保联盟"])
ent("cep", "Organization", "《中国企业报》集团", ["中国企业报"])
ent("zgc-mil", "Organization", "中关村科创智慧军工产业技术创新战略联盟")
ent("cnsia", "Organization", "中国网络安全产业创新发展联盟")
ent("cetc-cyber", "Organization", "中电科网络安全科技股份有限公司")
ent("cnisa", "Organization", "中国网络信息安全科技创新发展联盟")
ent("zgc-lab", "Organization", "中关村实验室")
ent("cis", "Organization", "中国信息安全", optional=True)  # the publishing account, on the dateline only
ent("cae", "Organization", "中国工程院")
ent("cas", "Organization", "中国科学院")
ent("ct", "Organization", "中国电信集团", ["中国电信"])
ent("ct-sec", "Organization", "中国电信集团网络和信息安全管理部", ["网络和信息安全管理部"])
rel("ct-sec", "subOrganizationOf", "ct")
ent("icbc", "Organization", "中国工商银行", ["工商银行"])
ent("icbc-rd", "Organization", "中国工商银行业务研发中心", ["业务研发中心"])
rel("icbc-rd", "subOrganizationOf", "icbc")
ent("sinopec", "Organization", "中国石化集团", ["中国石化"])
ent("sinopec-lab", "Organization", "中国石化集团工业互联网和网络安全重点实验室",
    ["工业互联网和网络安全重点实验室", "集团公司网络安全重点实验室"])
rel("sinopec-lab", "subOrganizationOf", "sinopec")
ent("pcitc", "Organization", "石化盈科信息技术有限责任公司")
ent("cetc", "Organization", "中国电子科技集团有限公司", ["中国电科"])
ent("cetc-it", "Organization", "中国电子科技集团有限公司信息化处", ["信息化处"])
rel("cetc-it", "subOrganizationOf", "cetc")
# People: (id, name, [(body, post, optional)])
P = [("qingyu", "卿昱", [("zgc-lab", "主任助理、首席科学家", False), ("cii-alliance", "理事长", False)]),
     ("wujp", "吴建平", []),
     ("fengdg", "冯登国", []),
     ("guoqq", "郭启全", [("mps11", "原副局长、一级巡视员、总工程师", True)]),
     ("guhx", "谷红勋", [("ct-sec", "总经理", False)]),
     ("dunhc", "敦宏程", [("icbc-rd", "副总经理", False)]),
     ("suohs", "索寒生", [("sinopec-lab", "主任", False), ("pcitc", "副总裁", False)]),
     ("guyan", "谷岩", [("cetc-it", "处长", False)])]
for id, n, posts in P:
    ent(id, "Person", n)
    for org, post, opt in posts:
        rel(id, "holdsPost", org, post=post, optional=opt)
    rel(id, "speaksAt", "forum")
rel("suohs", "holdsPost", "sinopec", post="党委委员", optional=True)  # 党委委员 of which body is not said
ent("xi", "Person", "习近平", optional=True)
# Technologies
ent("ai", "Technology", "人工智能", ["AI"])
ent("bigdata", "Technology", "大数据")
ent("cloud", "Technology", "云计算")
ent("pqc", "Technology", "抗量子密码")
ent("llm", "Technology", "大型语言模型")
ent("fhe-mpc", "Technology", "全密态多方联合计算")
ent("satnet", "Technology", "卫星互联网")
ent("ics", "Technology", "工业控制系统")
for id, l in [("internet", "互联网"), ("core-tech", "互联网核心技术"), ("comm", "通信技术"), ("routing", "路由控制"),
              ("os-sec", "操作系统安全"), ("sw-supply", "软件供应链安全"), ("cii-sec", "关键信息基础设施安全"),
              ("iiot", "工业互联网"), ("soc", "SOC"), ("sinopec-cloud", "石化智云"), ("cybersec", "网络安全"),
              ("compute", "算力")]:
    ent(id, "Technology", l, optional=True)

# the forum's aims (paragraph 1)
goal("f1", "推动关保联盟成员间的资源共享与协同发展", opt_body=["cii-alliance"])
goal("f2", "国家关键信息基础设施安全综合防护体系建设", optional=True, opt_body=["cii-alliance"])
# 卿昱 (关保联盟)
Q = dict(by=["qingyu"], body=["cii-alliance"])
goal("q0", "切实做好国家关键信息基础设施安全防护", "要求，“我们必须深入研究，采取有效措施，切实做好国家关键信息基础设施安全防护”",
     optional=True, opt_by=["xi"], opt_body=["cii-alliance"])
goal("q1", "打造一个思想交流、经验分享、力量凝聚的高端平台", **Q)
q2 = "在此聚焦关键信息基础设施的保护与能力建设等核心议题，深入研讨如何夯实网络安全的坚实基础，携手构建一个更为安全、更加可信赖的数字化生态安全新纪元"
goal("q2", "聚焦关键信息基础设施的保护与能力建设", q2, optional=True, opt_by=["qingyu"], opt_body=["cii-alliance"])
goal("q3", "夯实网络安全的坚实基础", q2, **Q)
goal("q4", "构建一个更为安全、更加可信赖的数字化生态安全新纪元", q2, **Q)
# 吴建平
WU = dict(by=["wujp"])
goal("w1", "互联网体系结构的安全性是网络安全的关键，需要重点关注和加强", **WU)
w2 = "并强调了人才培养的重要性，提出需要通过实战化训练和高层次教育培养网络空间安全领域的专业人才，呼吁业界和学术界共同努力，以构建更加安全、可靠的网络环境"
goal("w2", "培养网络空间安全领域的专业人才", w2, **WU)
goal("w3", "业界和学术界共同努力", w2, **WU)
goal("w4", "构建更加安全、可靠的网络环境", w2, **WU)
goal("w0", "利用互联网核心技术来应对网络安全挑战", optional=True, opt_by=["wujp"], opt_tech=["core-tech"])
# 冯登国
FE = dict(by=["fengdg"])
goal("fe1", "持续更新防护策略和技术", **FE)
fe2 = "构建富有弹性的网络空间安全保障体系需要重点研究和创新弹性安全理论、技术和策略，从供应链、技术体系、未来挑战、基础设施和人才储备等方面全方位构建富有弹性的网络空间安全保障体系"
goal("fe2", "构建富有弹性的网络空间安全保障体系", fe2, **FE)
goal("fe3", "重点研究和创新弹性安全理论、技术和策略", fe2, **FE)
goal("fe4", "七个关键领域作为未来的研究重点", tech=["pqc", "llm", "fhe-mpc", "satnet", "ics"],
     opt_tech=["sw-supply", "cii-sec"], **FE)
# 郭启全 (former 公安部十一局 official: he speaks for himself)
G = dict(by=["guoqq"])
g1 = "在网络安全领域，这意味着需要通过创新来构建和提升网络安全的新质实战能力，以适应数字化时代的安全挑战"
goal("g1", "构建和提升网络安全的新质实战能力", g1, **G)
goal("g2", "适应数字化时代的安全挑战", g1, optional=True, opt_by=["guoqq"])
g3 = "郭启全指出，网络安全的新质战斗力应以大数据为支撑，利用人工智能等先进技术进行技术升级，从而提高技术对抗能力，并构建高素质的专业人才队伍"
goal("g3", "网络安全的新质战斗力应以大数据为支撑", g3, tech=["bigdata"], **G)
goal("g4", "利用人工智能等先进技术进行技术升级", g3, tech=["ai"], **G)
goal("g5", "提高技术对抗能力", g3, **G)
goal("g6", "构建高素质的专业人才队伍", g3, **G)
goal("g7", "实施“网络安全新质战斗力提升工程”", **G)
g8 = "他建议，应以问题导向、实战引领、体系化设计为原则，通过六大任务攻坚和十七项重点措施来实现网络安全业务和能力的提档升级"
goal("g8", "以问题导向、实战引领、体系化设计为原则", g8, optional=True, opt_by=["guoqq"])
goal("g9", "六大任务攻坚和十七项重点措施", g8, **G)
goal("g10", "实现网络安全业务和能力的提档升级", g8, **G)
g11 = sent("建立网络安全实战能力清单")
goal("g11", "建立网络安全实战能力清单", g11, **G)
goal("g12", "完善网络空间安全体系架构", g11, **G)
goal("g13", "深化关键技术的研发和应用", g11, **G)
goal("g14", "打造攻防兼备的队伍", g11, **G)
goal("g15", "以“人工智能技术+大数据”为支撑", g11, tech=["ai", "bigdata"], **G)
goal("g16", "打造新一代指挥作战平台和“网络朱日和”", g11, **G)
goal("g18", "为网络安全新质战斗力提供重要保障", g11, **G)
g19 = "以及开展新型网络安全理论研究，以理论和技术创新支撑实战"
goal("g19", "开展新型网络安全理论研究", g19, **G)
goal("g20", "以理论和技术创新支撑实战", g19, **G)
g21 = "他提出，要通过深化联合作战机制和建立完善的保障机制来创新发展网络安全新机制、新生态、新业态"
goal("g21", "深化联合作战机制", g21, **G)
goal("g22", "建立完善的保障机制", g21, **G)
goal("g23", "创新发展网络安全新机制、新生态、新业态", g21, **G)
g24 = "包括加强机构、编制、经费、装备、工程科研等方面的保障，制定“工程”的时间表和路线图，并将其纳入“十五五”规划中"
goal("g24", "加强机构、编制、经费、装备、工程科研等方面的保障", g24, **G)
goal("g25", "制定“工程”的时间表和路线图", g24, **G)
goal("g26", "纳入“十五五”规划中", g24, **G)
# 谷红勋 (中国电信)
T = dict(by=["guhx"], body=["ct"])
TO = dict(optional=True, opt_by=["guhx"], opt_body=["ct"])
t0 = "他提到，中国电信采取了多层次的安全防护措施，包括加强基础设施的安全、提升网络安全技术、强化数据保护和隐私合规等"
goal("t01", "加强基础设施的安全", t0, **TO)
goal("t02", "提升网络安全技术", t0, **TO)
goal("t03", "强化数据保护和隐私合规", t0, **TO)
t1 = "他还强调了中国电信在健全全网两级SOC运营体系，加快构建关基安全能力体系等方面的努力，通过集中监控和响应机制，提高对网络安全事件的快速反应和处理能力"
goal("t1", "健全全网两级SOC运营体系", t1, opt_tech=["soc"], **T)
goal("t2", "加快构建关基安全能力体系", t1, **T)
goal("t3", "提高对网络安全事件的快速反应和处理能力", t1, **T)
goal("t4", "持续创新和升级安全技术和策略", **T)
t5 = "他提到，中国电信将认真落实发展新质生产力和“AI+行动”要求，继续加大对人工智能、大数据和云计算等新兴技术的研究和应用，以提升网络安全防护的智能化和自动化水平"
goal("t5", "认真落实发展新质生产力和“AI+行动”要求", t5, opt_tech=["ai"], **T)
goal("t6", "继续加大对人工智能、大数据和云计算等新兴技术的研究和应用", t5, tech=["ai", "bigdata", "cloud"], **T)
goal("t7", "提升网络安全防护的智能化和自动化水平", t5, **T)
for t in ("ai", "bigdata", "cloud"):
    rel("ct", "promotes", t)
# 敦宏程 (工商银行)
D = dict(by=["dunhc"], body=["icbc"])
DO = dict(optional=True, opt_by=["dunhc"], opt_body=["icbc"])
d0 = "他强调，工商银行在面对这些挑战时，采取了一系列措施，包括加强网络安全防护体系的建设，提升安全运营能力，以及强化数据安全和供应链安全管理等"
goal("d01", "加强网络安全防护体系的建设", d0, **DO)
goal("d02", "提升安全运营能力", d0, **DO)
goal("d03", "强化数据安全和供应链安全管理", d0, **DO)
d1 = "他提出，工商银行将继续推进纵深防御体系的迭代升级，加强网络安全人才的培养和储备，推进网络安全运营平台的智慧化升级，以及加强与行业的交流与合作"
goal("d1", "继续推进纵深防御体系的迭代升级", d1, **D)
goal("d2", "加强网络安全人才的培养和储备", d1, **D)
goal("d3", "推进网络安全运营平台的智慧化升级", d1, **D)
goal("d4", "加强与行业的交流与合作", d1, **D)
# 索寒生 (中国石化)
S = dict(by=["suohs"], body=["sinopec"])
goal("s1", "统筹关键信息基础设施的安全防护工作", **S)
s2 = "他强调，在人工智能时代，数据治理不仅要确保数据质量，还要关注数据的多样性、代表性和标注准确性，以支持AI模型的训练和应用"
goal("s2", "确保数据质量", s2, **S)
goal("s3", "关注数据的多样性、代表性和标注准确性", s2, **S)
goal("s4", "支持AI模型的训练和应用", s2, tech=["ai"], **S)
s5 = "并对人工智能技术在网络安全领域的未来发展进行了展望，提出了积极应用AI技术解决安全风险、提升网络安全工作效能的策略"
goal("s5", "积极应用AI技术解决安全风险", s5, tech=["ai"], **S)
goal("s6", "提升网络安全工作效能", s5, **S)
rel("sinopec", "promotes", "ai")
# 谷岩 (中国电科)
C = dict(by=["guyan"], body=["cetc"])
goal("c1", "三位一体安全运营体系", **C)
c2 = "这一体系旨在通过高效整合全集团资产、威胁、流程全要素，实现从查缺补漏到系统规划的转变，从局部单一防护向整体综合防护转变、从事后处置整改向事前预警监测的转变，从而提升集团整体的网络安全防护能力"
goal("c2", "高效整合全集团资产、威胁、流程全要素", c2, **C)
goal("c3", "实现从查缺补漏到系统规划的转变", c2, **C)
goal("c4", "从局部单一防护向整体综合防护转变", c2, **C)
goal("c5", "从事后处置整改向事前预警监测的转变", c2, **C)
goal("c6", "提升集团整体的网络安全防护能力", c2, **C)
goal("c7", "以网络安全“三化六防”思想为指导", optional=True, opt_by=["guyan"], opt_body=["cetc"])

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
