"""Gold annotation of interpretation-osca-egov-ecert-long-2024 (《电子政务电子认证服务管理办法》 权威解读 by 国家密码管理局), by hand per shared/eval/ANNOTATE.md (annotator ann42)."""
ID = "interpretation-osca-egov-ecert-long-2024"
import collections, json, pathlib
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
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

# Bodies
ent("osca", "Agency", "国家密码管理局", ["国家密码管理部门"])
ent("cpc", "Agency", "党中央")
ent("sc", "Agency", "国务院")
ent("local-crypto", "Agency", "密码管理部门", optional=True)   # generic: 县级以上地方各级密码管理部门
rel("local-crypto", "subOrganizationOf", "osca", optional=True)

# Documents
ent("measures", "Document", "电子政务电子认证服务管理办法", ["办法", "国家密码管理局令第4号"])
rel("measures", "publishedBy", "osca")
ent("cryptolaw", "Document", "中华人民共和国密码法", ["密码法"])
ent("esiglaw", "Document", "中华人民共和国电子签名法", ["电子签名法"])
ent("regs", "Document", "商用密码管理条例", ["条例"])

# Technologies
ent("crypto", "Technology", "商用密码", ["商用密码技术"])
ent("esig", "Technology", "电子签名")
ent("ecert", "Technology", "电子认证", optional=True)
ent("egov", "Technology", "电子政务", optional=True)
rel("osca", "promotes", "crypto", optional=True)

# Statistic
stat("st-art", "《办法》条数", "42条", "《办法》分为总则、资质认定、行为规范、监督管理、法律责任和附则六章，共42条", optional=False)

L4, L5, L6 = lines[3], lines[4], lines[5]
# Goals: (id, label, evidence, optional, agency-required?, techs)
# Section 一/二: the reasons and approach of 国家密码管理局 in making the 办法 -> 办法 and 国家密码管理局 both have them.
G1 = [
 ("n1", "贯彻落实党中央、国务院关于商用密码管理决策部署", "制定《办法》是贯彻落实党中央、国务院关于商用密码管理决策部署的必然要求", False, ("crypto",)),
 ("n2", "有效贯彻落实上位法规定", "为有效贯彻落实上位法规定，按照商用密码依法管理要求，有必要制定《办法》，细化电子政务电子认证服务机构管理措施", False, ()),
 ("n3", "细化电子政务电子认证服务机构管理措施", "为有效贯彻落实上位法规定，按照商用密码依法管理要求，有必要制定《办法》，细化电子政务电子认证服务机构管理措施", False, ()),
 ("n4", "深化行政审批制度改革", "制定《办法》是深化行政审批制度改革、优化营商环境的重要举措", False, ()),
 ("n5", "优化营商环境", "制定《办法》是深化行政审批制度改革、优化营商环境的重要举措", False, ()),
 ("n6", "落实行政审批制度改革要求", "为严格落实行政审批制度改革要求，有必要制定《办法》", False, ()),
 ("n7", "明确审批条件", "有必要制定《办法》，明确审批条件，优化审批流程，规范服务行为", False, ()),
 ("n8", "优化审批流程", "有必要制定《办法》，明确审批条件，优化审批流程，规范服务行为", False, ()),
 ("n9", "规范服务行为", "有必要制定《办法》，明确审批条件，优化审批流程，规范服务行为", False, ()),
 ("n10", "保障电子政务安全可靠", "为保障电子政务安全可靠，维护电子政务电子认证服务有关各方合法权益，净化市场环境，优化政务服务，规范监管执法提供法治保障和政策支持", False, ("egov",)),
 ("n11", "维护电子政务电子认证服务有关各方合法权益", "为保障电子政务安全可靠，维护电子政务电子认证服务有关各方合法权益，净化市场环境，优化政务服务，规范监管执法提供法治保障和政策支持", False, ()),
 ("n12", "净化市场环境", "为保障电子政务安全可靠，维护电子政务电子认证服务有关各方合法权益，净化市场环境，优化政务服务，规范监管执法提供法治保障和政策支持", False, ()),
 ("n13", "优化政务服务", "为保障电子政务安全可靠，维护电子政务电子认证服务有关各方合法权益，净化市场环境，优化政务服务，规范监管执法提供法治保障和政策支持", False, ()),
 ("n14", "规范监管执法", "为保障电子政务安全可靠，维护电子政务电子认证服务有关各方合法权益，净化市场环境，优化政务服务，规范监管执法提供法治保障和政策支持", False, ()),
 ("n15", "提供法治保障和政策支持", "为保障电子政务安全可靠，维护电子政务电子认证服务有关各方合法权益，净化市场环境，优化政务服务，规范监管执法提供法治保障和政策支持", True, ()),
 ("n16", "规范电子政务电子认证服务机构管理", "制定《办法》是规范电子政务电子认证服务机构管理的迫切需要", False, ()),
 ("n17", "规范电子政务电子认证服务机构市场准入及从业行为", "对于规范电子政务电子认证服务机构市场准入及从业行为、促进电子政务电子认证服务行业健康发展具有重要意义", False, ()),
 ("n18", "促进电子政务电子认证服务行业健康发展", "对于规范电子政务电子认证服务机构市场准入及从业行为、促进电子政务电子认证服务行业健康发展具有重要意义", False, ()),
 # 二、总体思路
 ("p1", "坚持依法管理", "（一）坚持依法管理。", False, ()),
 ("p2", "深入贯彻落实《密码法》、《电子签名法》和《条例》有关规定", "深入贯彻落实《密码法》、《电子签名法》和《条例》有关规定，明确密码管理部门职责", False, ()),
 ("p3", "明确密码管理部门职责", "明确密码管理部门职责，细化完善电子政务电子认证服务机构资质认定条件和程序，完善事中事后监管措施", False, ()),
 ("p4", "细化完善电子政务电子认证服务机构资质认定条件和程序", "细化完善电子政务电子认证服务机构资质认定条件和程序，完善事中事后监管措施", False, ()),
 ("p5", "完善事中事后监管措施", "细化完善电子政务电子认证服务机构资质认定条件和程序，完善事中事后监管措施", False, ()),
 ("p6", "突出问题导向", "（二）突出问题导向。", False, ()),
 ("p7", "准确把握新情况新问题", "准确把握新情况新问题，深入科学论证，有针对性地完善管理措施，填补制度空白，强化规范管理", False, ()),
 ("p8", "深入科学论证", "准确把握新情况新问题，深入科学论证，有针对性地完善管理措施，填补制度空白，强化规范管理", False, ()),
 ("p9", "有针对性地完善管理措施", "准确把握新情况新问题，深入科学论证，有针对性地完善管理措施，填补制度空白，强化规范管理", False, ()),
 ("p10", "填补制度空白", "准确把握新情况新问题，深入科学论证，有针对性地完善管理措施，填补制度空白，强化规范管理", False, ()),
 ("p11", "强化规范管理", "准确把握新情况新问题，深入科学论证，有针对性地完善管理措施，填补制度空白，强化规范管理", False, ()),
 ("p12", "创新监管制度", "（三）创新监管制度。", False, ()),
 ("p13", "科学设置准入条件和监督管理措施", "落实行政审批制度改革要求，科学设置准入条件和监督管理措施，明确电子政务电子认证服务机构权利、义务和责任，强化事中事后监管", False, ()),
 ("p14", "明确电子政务电子认证服务机构权利、义务和责任", "明确电子政务电子认证服务机构权利、义务和责任，强化事中事后监管", False, ()),
 ("p15", "强化事中事后监管", "明确电子政务电子认证服务机构权利、义务和责任，强化事中事后监管", False, ()),
]
for id, l, e, opt, techs in G1:
    goal(id, l, e, optional=opt)
    rel("measures", "hasGoal", id, optional=opt)
    rel("osca", "hasGoal", id, optional=opt)
    for t in techs:
        rel(id, "involvesTechnology", t, optional=(t in ("egov", "ecert")))

# Section 三: what the 办法 provides -> the 办法 has them; 国家密码管理局 optional.
G3 = [
 ("c1", "保护政务活动敏感信息和数据安全", "为保护政务活动敏感信息和数据安全，《办法》明确要求外商投资电子政务电子认证服务应当依法进行外商投资安全审查", False, ()),
 ("c2", "依法进行外商投资安全审查", "《办法》明确要求外商投资电子政务电子认证服务应当依法进行外商投资安全审查", False, ()),
 ("c3", "强化委托机构责任", "《办法》对电子政务电子认证服务机构委托开展电子签名认证证书注册业务提出了明确要求，强化委托机构责任，保证电子政务电子认证服务安全可靠", False, ()),
 ("c4", "保证电子政务电子认证服务安全可靠", "强化委托机构责任，保证电子政务电子认证服务安全可靠", False, ()),
 # document provisions described in passing: a careful reader could go either way
 ("c5", "分级负责的电子政务电子认证服务监管体制", "国家密码管理局和县级以上地方各级密码管理部门分级负责的电子政务电子认证服务监管体制", True, ()),
 ("c6", "密码管理部门依法对电子政务电子认证服务活动进行监督检查", "《办法》第四章对密码管理部门依法对电子政务电子认证服务活动进行监督检查提出了规范要求", True, ()),
 ("c7", "年度工作报告、重大事项报告等监管机制", "对电子政务电子认证服务机构明确了持续符合资质认定条件和要求、年度工作报告、重大事项报告等监管机制", True, ()),
]
for id, l, e, opt, techs in G3:
    goal(id, l, e, optional=opt)
    rel("measures", "hasGoal", id, optional=opt)
    rel("osca", "hasGoal", id, optional=True)

# The superior laws' requirements, quoted in section 一 (optional)
goal("law1", "对采用商用密码技术从事电子政务电子认证服务的机构进行认定",
     "国家密码管理部门对采用商用密码技术从事电子政务电子认证服务的机构进行认定", optional=True)
rel("cryptolaw", "hasGoal", "law1", optional=True)
rel("law1", "involvesTechnology", "crypto", optional=True)
goal("law2", "依法取得电子政务电子认证服务机构资质",
     "采用商用密码技术从事电子政务电子认证服务的机构，应当经国家密码管理部门认定，依法取得电子政务电子认证服务机构资质", optional=True)
rel("regs", "hasGoal", "law2", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
