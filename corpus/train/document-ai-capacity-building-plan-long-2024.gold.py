"""Gold annotation of document-ai-capacity-building-plan-long-2024 (《人工智能能力建设普惠计划》全文, 外交部 2024-09, reprinted by 中国信息安全), by hand per shared/eval/ANNOTATE.md (ann8)."""
ID = "document-ai-capacity-building-plan-long-2024"
import collections, json, pathlib, re
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

def write():
    gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
    (here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
    print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
# bodies, places, documents, events
ent("plan", "Document", "人工智能能力建设普惠计划", ["“人工智能能力建设普惠计划”"])
ent("mfa", "Agency", "外交部", ["外交部网站"])
rel("plan", "publishedBy", "mfa", optional=True)  # only 来源：外交部网站
ent("cn-gov", "Agency", "中国政府", optional=True)
ent("un", "Organization", "联合国")
ent("unga", "Organization", "联大")
rel("unga", "subOrganizationOf", "un", optional=True)
ent("res", "Document", "加强人工智能能力建设国际合作决议", ["A/RES/78/311", "联大加强人工智能能力建设国际合作决议"])
rel("res", "publishedBy", "unga")
ent("agenda", "Document", "2030年可持续发展议程", ["联合国2030年可持续发展议程"])
rel("agenda", "publishedBy", "un", optional=True)
ent("summit", "Event", "联合国未来峰会", ["未来峰会"])
ent("seminar", "Event", "首届人工智能能力建设研讨班", ["人工智能能力建设研讨班"], optional=True)
ent("china", "Place", "中国", ["中方"], optional=True)
ent("south", "Place", "全球南方", optional=True)
# technologies
T = {}
for id, l, al, opt in [("ai", "人工智能", [], False), ("aiplus", "“人工智能+”", [], True),
                       ("dinfra", "数字基础设施", [], True), ("datainfra", "数据基础设施", [], True),
                       ("aimodel", "人工智能模型", [], True), ("algo", "算法", [], True)]:
    ent(id, "Technology", l, al, optional=opt)
    T[id] = opt

def G(id, label, evidence=None, opt=False, tech=(), gov=False):
    """every goal is the plan's; gov: the (五)(六) items whose subject is 中国政府 (an optional Agency)"""
    goal(id, label, evidence, optional=opt)
    rel("plan", "hasGoal", id, optional=opt)
    if gov: rel("cn-gov", "hasGoal", id, optional=True)
    for t in tech:
        rel(id, "involvesTechnology", t, optional=opt or T[t])

L = lines
# preamble: the aims and principles behind the plan
G("i1", "弥合数字和智能鸿沟", "为弥合数字和智能鸿沟")
G("i2", "帮助全球南方在人工智能发展进程中平等受益", "特别是帮助全球南方在人工智能发展进程中平等受益", tech=["ai"])
G("i3", "坚持联合国在国际发展合作中的统筹协调作用", "中方认为要坚持联合国在国际发展合作中的统筹协调作用")
G("i4", "坚持真正多边主义", "坚持真正多边主义")
G("i4b", "基于主权平等、发展导向、以人为本、普惠包容、协同合作原则", opt=True)  # principles, nouns
G("i5", "切实落实联大加强人工智能能力建设国际合作决议", "切实落实联大加强人工智能能力建设国际合作决议（A/RES/78/311）")
rel("i5", "involvesTechnology", "ai", optional=True)  # 人工智能 only inside the resolution's name
G("i6", "推动落实联合国2030年可持续发展议程", "推动落实联合国2030年可持续发展议程")
G("i7", "呼吁各方对人工智能能力建设加大投入", "并呼吁各方对人工智能能力建设加大投入", tech=["ai"])
# 一、愿景目标
G("v1", "促进人工智能和数字基础设施联通", tech=["ai", "dinfra"])
G("v1a", "完善全球可互操作的人工智能和数字基础设施布局", tech=["ai", "dinfra"])
G("v1b", "积极协助各国特别是全球南方发展人工智能技术和服务", tech=["ai"])
G("v1c", "助力全球南方真正接触到人工智能", tech=["ai"])
G("v1d", "跟上人工智能发展的步伐", "助力全球南方真正接触到人工智能，跟上人工智能发展的步伐", opt=True, tech=["ai"])
G("v2", "推进“人工智能+”赋能千行百业", tech=["aiplus"])
G("v2a", "探索推进人工智能全方位全链条多场景赋能实体经济", tech=["ai"])
G("v2b", "推进人工智能赋能工业制造", "推进人工智能赋能工业制造、传统农业、绿色转型发展、气候变化应对、生物多样性保护等应用", tech=["ai"])
G("v2c", "因地制宜推动构建丰富多样、健康向善的人工智能发展生态", tech=["ai"])
G("v3", "加强人工智能素养和人才培养", tech=["ai"])
G("v3a", "积极推动人工智能在教育中的广泛应用", tech=["ai"])
G("v3b", "开展人工智能人才培养和交流", tech=["ai"])
G("v3c", "加大分享通用专业知识和最佳实践")
G("v3d", "培育公众人工智能素养", "培育公众人工智能素养，保障和强化妇女和儿童数字和智能权益", tech=["ai"])
G("v3e", "保障和强化妇女和儿童数字和智能权益")
G("v3f", "共享人工智能知识成果和经验", tech=["ai"])
G("v4", "提升人工智能数据安全和多样性", tech=["ai"])
G("v4a", "合作推动数据依法有序自由跨境流动")
G("v4b", "探索构建数据共享的全球性机制平台")
G("v4c", "维护个人隐私和数据安全")
G("v4d", "推动人工智能数据语料库平等多样", tech=["ai"])
G("v4e", "消除种族主义、歧视和其他形式的算法偏见", tech=["algo"])
G("v4f", "促进、保护和保全文明多样性")
G("v5", "确保人工智能安全可靠可控", tech=["ai"])
G("v5a", "坚持公平和非歧视原则")
G("v5b", "建立兼顾发展中国家利益的全球可互操作的人工智能安全风险评估框架",
  "支持在联合国框架下建立兼顾发展中国家利益的全球可互操作的人工智能安全风险评估框架、标准和治理体系", tech=["ai"])
G("v5c", "共同研判人工智能研发与应用风险", tech=["ai"])
G("v5d", "推进和完善应对人工智能安全风险的技术和政策", "积极推进和完善应对人工智能安全风险的技术和政策", tech=["ai"])
G("v5e", "确保人工智能设计、研发、使用和应用促进人类福祉", tech=["ai"])
# 二、中国行动
G("a1", "开展人工智能领域南北合作、南南合作和三方合作", "中方愿同所有国家开展人工智能领域南北合作、南南合作和三方合作", tech=["ai"])
G("a1b", "共同落实联合国未来峰会成果")
G("a1c", "开展人工智能基础设施建设合作", "积极同各国特别是发展中国家开展人工智能基础设施建设合作", tech=["ai"])
G("a1d", "共建联合实验室")
G("a2", "开展人工智能模型研发和赋能合作", "中方愿开展人工智能模型研发和赋能合作", tech=["ai", "aimodel"])
G("a2b", "推进人工智能赋能减贫、医疗、农业、教育和工业制造", "特别是推进人工智能赋能减贫、医疗、农业、教育和工业制造等", tech=["ai"])
G("a2c", "深化人工智能产供链国际合作", tech=["ai"])
G("a2d", "释放人工智能作为新质生产力的红利", tech=["ai"])
G("a3", "共同挖掘人工智能赋能绿色发展、气候变化应对、生物多样性保护等潜力",
  "中方愿同各国特别是发展中国家共同挖掘人工智能赋能绿色发展、气候变化应对、生物多样性保护等潜力", tech=["ai"])
G("a3b", "助力全球气候治理和可持续发展")
G("a4", "搭建人工智能能力建设国际合作平台", "中方愿搭建人工智能能力建设国际合作平台", tech=["ai"])
G("a4b", "开展多种形式的交流活动", "中方人工智能产业界和产业联盟愿同各国特别是发展中国家开展多种形式的交流活动")
G("a4c", "共享最佳实践", "共享最佳实践，以负责任态度共建人工智能开源开放社区")
G("a4d", "共建人工智能开源开放社区", "以负责任态度共建人工智能开源开放社区", tech=["ai"])
G("a4e", "推动构建多层次多业态合作生态")
G("a5", "面向发展中国家举办人工智能能力建设中短期教育培训", "中国政府将面向发展中国家举办人工智能能力建设中短期教育培训", tech=["ai"], gov=True)
G("a5b", "共享人工智能教育资源", tech=["ai"], gov=True)
G("a5c", "开展人工智能联合办学和访问交流等活动", tech=["ai"], gov=True)
G("a5d", "助力发展中国家培养高水平人工智能科技与应用人才", tech=["ai"], gov=True)
G("a6", "加强同发展中国家的人力资源援助合作", "中国政府愿加强同发展中国家的人力资源援助合作", gov=True)
G("a6p", "举办首届人工智能能力建设研讨班", "在今年举办首届人工智能能力建设研讨班的基础上", opt=True, tech=["ai"], gov=True)  # past measure
G("a6b", "再举办十期人工智能领域研修研讨项目", "将于2025年底前重点面向发展中国家再举办十期人工智能领域研修研讨项目", tech=["ai"], gov=True)
# (七) restates two aims of 愿景目标（三）: the restatements are optional so that either wording matches
G("a7", "共同培育公众人工智能素养", "中方愿同各国特别是发展中国家共同培育公众人工智能素养", opt=True, tech=["ai"])
G("a7b", "推广人工智能科普和专业知识", "多维度、多层次、多载体推广人工智能科普和专业知识", tech=["ai"])
G("a7c", "提高各自人民的人工智能素养和技能水平", "努力提高各自人民的人工智能素养和技能水平", tech=["ai"])
G("a7d", "保障和提高妇女和儿童数字权益", "特别是保障和提高妇女和儿童数字权益", opt=True)
G("a8", "共同开展人工智能语料建设", tech=["ai"])
G("a8b", "消除种族、算法、文化歧视", "采取积极举措消除种族、算法、文化歧视等", tech=["algo"])
G("a8c", "维护并促进语言和文明多样性", "致力于维护并促进语言和文明多样性")
G("a9", "促进和完善数据基础设施", tech=["datainfra"])
G("a9b", "共同促进全球数据公平普惠利用")
G("a10", "加强人工智能战略对接和政策交流", "共同加强人工智能战略对接和政策交流", tech=["ai"])
G("a10b", "分享在人工智能测试、评估、认证与监管方面的政策与技术实践", "积极分享在人工智能测试、评估、认证与监管方面的政策与技术实践", tech=["ai"])
G("a10c", "携手应对人工智能伦理与安全风险", tech=["ai"])
# promotes: only the optional bodies could push the technology
rel("cn-gov", "promotes", "ai", optional=True)
rel("mfa", "promotes", "ai", optional=True)
write()
