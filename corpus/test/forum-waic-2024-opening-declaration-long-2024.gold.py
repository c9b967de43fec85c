"""Gold annotation of forum-waic-2024-opening-declaration-long-2024 (李强出席2024世界人工智能大会暨人工智能全球治理高级别会议开幕式并致辞), by hand per shared/eval/ANNOTATE.md."""
ID = "forum-waic-2024-opening-declaration-long-2024"
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
    if "人工智能" in label and "ai" not in tech:
        tech = tuple(tech) + ("ai",)  # the goal's own words name 人工智能
    for t in tech: rel(id, "involvesTechnology", t, optional=optional)
    for t in opt_tech: rel(id, "involvesTechnology", t, optional=True)

# Events, documents, places
ent("waic", "Event", "2024世界人工智能大会暨人工智能全球治理高级别会议",
    ["2024世界人工智能大会", "人工智能全球治理高级别会议"])
ent("unga78", "Event", "第78届联合国大会")
ent("shanghai", "Place", "上海")
rel("waic", "locatedIn", "shanghai")
ent("china", "Place", "中国", optional=True)
ent("brazil", "Place", "巴西", optional=True)  # only inside 巴西联邦最高法院
ent("decl", "Document", "人工智能全球治理上海宣言", ["《人工智能全球治理上海宣言》"])
rel("decl", "adoptedAt", "waic")  # 大会发表《人工智能全球治理上海宣言》
ent("gaigi", "Document", "全球人工智能治理倡议", ["《全球人工智能治理倡议》"])
ent("un-res", "Document", "加强人工智能能力建设国际合作决议")
rel("un-res", "adoptedAt", "unga78")  # 向第78届联合国大会提出……并获得一致通过
# Bodies
ent("sc", "Agency", "国务院")
ent("stf-brazil", "Agency", "巴西联邦最高法院")
ent("ndb", "Organization", "新开发银行")
ent("un", "Organization", "联合国")
ent("unido", "Organization", "联合国工业发展组织")
rel("unido", "subOrganizationOf", "un", optional=True)
ent("xinhuanet", "Organization", "新华网")
ent("cis", "Organization", "中国信息安全", optional=True)  # the reprinting account, on the dateline only
# People
ent("liqiang", "Person", "李强")
rel("liqiang", "holdsPost", "sc", post="总理")
rel("liqiang", "speaksAt", "waic")
ent("xi", "Person", "习近平", optional=True)
for id, n, org, post in [("barroso", "巴罗索", "stf-brazil", "院长"), ("rousseff", "罗塞夫", "ndb", "行长"),
                         ("mueller", "穆勒", "unido", "总干事")]:
    ent(id, "Person", n)
    rel(id, "holdsPost", org, post=post)
    rel(id, "speaksAt", "waic", optional=True)  # 出席开幕式: attended; the text does not say they spoke
for id, n in [("chenjn", "陈吉宁"), ("wuzl", "吴政隆")]:
    ent(id, "Person", n)
    rel(id, "speaksAt", "waic", optional=True)  # 参加上述活动
ent("feng", "Person", "冯歆然")  # byline
ent("gong", "Person", "龚雯")
# Technologies
ent("ai", "Technology", "人工智能", ["新一代人工智能"])
ent("compute", "Technology", "算力", optional=True)
ent("cybersec", "Technology", "网络安全", optional=True)
rel("sc", "promotes", "ai", optional=True)  # 中国……大力推进人工智能创新发展 (said by the Premier)
# Statistic
ent("s-att", "Statistic", "出席开幕式人数", value="约1000人", evidence=ev("产学研等各界代表约1000人出席开幕式"))

# ---- 李强's address (he speaks as Premier: hasGoal 国务院 optional, 中国 is a Place)
L = dict(by=["liqiang"], opt_body=["sc"])
l0 = "中国始终积极拥抱智能变革，大力推进人工智能创新发展，高度重视人工智能安全治理"
goal("l01", "积极拥抱智能变革", l0, **L)
goal("l02", "大力推进人工智能创新发展", l0, **L)
goal("l03", "高度重视人工智能安全治理", l0, **L)
goal("l04", "加强人工智能能力建设国际合作", optional=True, opt_by=["liqiang"], opt_body=["sc"])  # a past measure named in passing
l1 = "李强强调，人工智能发展迫切需要各国深入探讨、凝聚共识，共抓机遇、共克挑战"
goal("l11", "深入探讨", l1, optional=True, opt_by=["liqiang"], opt_body=["sc"])
goal("l12", "凝聚共识", l1, **L)
goal("l13", "共抓机遇", l1, **L)
goal("l14", "共克挑战", l1, **L)
l2 = "中国愿与各国一道，推动人工智能更好服务全球发展、增进人类福祉，共同走向更加美好的智能未来"
goal("l21", "推动人工智能更好服务全球发展", l2, **L)
goal("l22", "增进人类福祉", l2, **L)
goal("l23", "共同走向更加美好的智能未来", l2, **L)
# 一是
goal("a0", "深化创新合作，释放智能红利", "一是深化创新合作，释放智能红利", **L)
goal("a1", "促进技术联合攻关、数据跨境流动、设备自由贸易和设施互联互通", **L)
goal("a2", "加强基础研究和人才交流合作", **L)
goal("a3", "共同维护产业链供应链安全稳定", **L)
goal("a4", "推动创新成果不断涌现、产业发展持续突破、智能红利更大释放", **L)
# 二是
goal("b0", "推动普惠发展，弥合智能鸿沟", "二是推动普惠发展，弥合智能鸿沟", **L)
goal("b1", "携手打造开放、公平、非歧视的人工智能发展环境", **L)
goal("b2", "帮助发展中国家加强能力建设", **L)
goal("b3", "推进网络、算力、数据等普惠化", opt_tech=["compute"], **L)
goal("b4", "为广大中小企业和普通民众提供低门槛、低价格的人工智能服务", **L)
goal("b5", "实现更大程度的数字包容", **L)
# 三是
goal("c0", "加强协同共治，确保智能向善", "三是加强协同共治，确保智能向善", **L)
goal("c1", "加强发展战略、治理规则、技术标准等对接协调", **L)
goal("c2", "推动建立普遍参与的国际机制", **L)
goal("c3", "形成具有广泛共识的治理框架和标准规范", **L)
goal("c4", "确保人工智能发展安全、可靠、可控", **L)
goal("c5", "始终符合人类的根本利益和价值标准", **L)

# ---- 《人工智能全球治理上海宣言》 (no speaker: the declaration has the goals)
D = dict(body=["decl"])
d0 = lines[13]
goal("d01", "共同促进人工智能技术发展和应用", d0.split("。")[0], **D)
goal("d02", "确保其发展过程中的安全性、可靠性、可控性和公平性", d0.split("。")[0], **D)
goal("d03", "促进人工智能技术赋能人类社会发展", d0.split("。")[0], **D)
goal("d04", "充分发挥人工智能的潜力", optional=True, opt_body=["decl"])
goal("d05", "为人类带来更大的福祉", optional=True, opt_body=["decl"])
# 一、促进人工智能发展
goal("h1", "促进人工智能发展", "一、促进人工智能发展", **D)
for id, l in [("e01", "积极推进研发"), ("e02", "释放人工智能在医疗、教育、交通、农业、工业、文化、生态"),
              ("e03", "鼓励创新思维"), ("e04", "支持跨学科研究合作"), ("e05", "共同推动人工智能技术突破与向善发展"),
              ("e06", "共同关注和缓解人工智能对就业的影响"), ("e07", "引导和促进人工智能赋能人类工作的质量与效率的提升"),
              ("e08", "倡导开放与共享的精神"), ("e09", "推动全球人工智能研究资源的交流与合作"), ("e10", "建立合作平台"),
              ("e11", "促进技术转移与成果转化"), ("e12", "推动人工智能基础设施公平分配"), ("e13", "避免技术壁垒"),
              ("e14", "共同提升全球人工智能的发展水平"), ("e15", "以高水平数据安全保障高质量数据发展"),
              ("e16", "推动数据的依法有序自由流动"), ("e17", "反对歧视性、排他性的数据训练"), ("e18", "合作打造高质量数据集"),
              ("e19", "为人工智能发展注入更多养料"), ("e20", "建立合作机制"), ("e21", "大力推进人工智能赋能各行各业"),
              ("e22", "率先在制造、物流、采矿等领域加速智能化"), ("e23", "同步推进相关技术、标准的共用共享"),
              ("e24", "培养更多的人工智能专业人才"), ("e25", "加强教育培训与人才交流合作"),
              ("e26", "提高全球范围内人工智能素养与技能水平"), ("e27", "秉持以人为本、智能向善原则"),
              ("e28", "确保各国在开发和利用人工智能技术方面权利平等"), ("e30", "尊重各国自主发展的权利"),
              ("e31", "鼓励各国根据自身国情制定人工智能战略政策和法律法规"), ("e32", "遵守产品与服务对象国的法律法规"),
              ("e33", "遵守适用的国际法"), ("e34", "尊重其经济社会制度、宗教文化传统和价值理念")]:
    goal(id, l, **D)
goal("e29", "不受任何形式的歧视", optional=True, opt_body=["decl"])  # part of e28's clause
# 二、维护人工智能安全
goal("h2", "维护人工智能安全", "二、维护人工智能安全", **D)
goal("f00", "高度重视人工智能的安全问题", optional=True, opt_body=["decl"])
for id, l in [("f01", "推动制定数据保护规则"), ("f02", "加强各国数据与信息保护政策的互操作性"),
              ("f03", "确保个人信息的保护与合法使用"), ("f04", "加强监管"),
              ("f05", "打造可审核、可监督、可追溯和可信赖的人工智能技术"), ("f06", "以人工智能技术防范人工智能风险"),
              ("f07", "提高人工智能治理的技术能力"), ("f08", "制定相应的法律和规范"),
              ("f09", "建立风险等级测试评估体系和科技伦理审查制度"), ("f10", "鼓励行业制定更为及时和敏捷的自律规范"),
              ("f12", "增强系统与应用的安全性与可靠性"), ("f13", "防止黑客攻击与恶意软件应用"),
              ("f14", "共同打击操纵舆论、编造与传播虚假信息的行为"), ("f15", "合作防范恐怖主义、极端势力和跨国有组织犯罪集团"),
              ("f16", "共同打击窃取、篡改、泄露和非法收集利用个人信息的行为"),
              ("f17", "推动制定和采纳具有广泛国际共识的人工智能的伦理指南与规范"), ("f18", "引导人工智能技术的健康发展"),
              ("f19", "防止其被误用、滥用或恶用")]:
    goal(id, l, **D)
goal("f11", "加强人工智能相关的网络安全", opt_tech=["cybersec"], **D)
# 三、构建人工智能治理体系
goal("h3", "构建人工智能治理体系", "三、构建人工智能治理体系", **D)
for id, l in [("g01", "建立全球范围内的人工智能治理机制"), ("g02", "支持联合国发挥主渠道作用"), ("g03", "加强南北合作和南南合作"),
              ("g04", "提升发展中国家的代表性和发言权"), ("g05", "积极发挥与自身角色相匹配的作用"),
              ("g06", "参与人工智能治理体系的构建和实施"), ("g07", "加强与国际组织、专业机构等合作"),
              ("g08", "分享人工智能的测试、评估、认证与监管政策实践"), ("g09", "确保人工智能技术的安全可控可靠"),
              ("g10", "加强人工智能的监管与问责机制"), ("g11", "确保人工智能技术的合规使用与责任追究")]:
    goal(id, l, **D)
# 四、加强社会参与和提升公众素养
goal("h4", "加强社会参与和提升公众素养", "四、加强社会参与和提升公众素养", **D)
for id, l in [("k01", "建立多元化的参与机制"), ("k02", "让公众参与到人工智能决策过程"), ("k03", "加强公众对人工智能的认知与理解"),
              ("k04", "提高公众对人工智能安全性的认识"), ("k05", "开展科普活动"), ("k06", "普及人工智能知识"),
              ("k07", "提升公众的数字素养与安全意识")]:
    goal(id, l, **D)
# 五、提升生活品质与社会福祉
goal("h5", "提升生活品质与社会福祉", "五、提升生活品质与社会福祉", **D)
for id, l in [("m01", "积极推动人工智能在可持续发展领域的应用"), ("m02", "探索人工智能技术在解决全球性问题中的潜力与贡献"),
              ("m03", "利用人工智能提升社会福祉"), ("m04", "共同推动人工智能的健康发展"), ("m05", "共同维护人工智能的安全"),
              ("m06", "赋能人类共同的未来")]:
    goal(id, l, **D)
# 鼓励创新思维 is said again in 五 (lines[36]): one node, e03

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
