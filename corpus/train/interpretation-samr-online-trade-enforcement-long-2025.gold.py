"""Gold annotation of interpretation-samr-online-trade-enforcement-long-2025 (市场监管总局发布《网络交易执法协查暂行办法》, 法治日报 via 中国信息安全), by hand per shared/eval/ANNOTATE.md."""
import collections, json, pathlib
here = pathlib.Path(__file__).resolve().parent
ID = "interpretation-samr-online-trade-enforcement-long-2025"
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
L = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type == "Statistic" or label in text or any(a in text for a in aliases), label
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
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

# ---- agencies ----
ent("samr", "Agency", "国家市场监督管理总局", ["市场监管总局"])
ent("samr-ntd", "Agency", "网络交易监督管理司", ["市场监管总局网络交易监督管理司"])
rel("samr-ntd", "subOrganizationOf", "samr")
ent("cpc-cc", "Agency", "党中央")
ent("sc", "Agency", "国务院")
ent("cac", "Agency", "中央网信办")
ent("miit", "Agency", "工业和信息化部")
# classes of bodies (市场监督管理部门 at every level), not one named body: optional
ent("amr", "Agency", "市场监督管理部门", ["市场监管部门", "基层市场监管部门", "县级以上市场监管部门", "我国市场监管部门"], optional=True)
ent("amr-prov", "Agency", "省级市场监督管理部门", ["省级市场监管部门"], optional=True)
# ---- organisations, people ----
ent("cupl", "Organization", "中国政法大学")
ent("sun", "Person", "孙颖")
rel("sun", "holdsPost", "cupl", optional=True, post="教授")   # 教授: an academic title, not an office
ent("fzrb", "Organization", "法治日报", optional=True)       # source line
# ---- events ----
ent("cewc", "Event", "中央经济工作会议")
ent("samr-conf", "Event", "全国市场监管工作会议")
# ---- documents ----
ent("measures", "Document", "网络交易执法协查暂行办法", ["《网络交易执法协查暂行办法》", "《办法》", "办法"])
rel("measures", "publishedBy", "samr")
ent("ecom-law", "Document", "中华人民共和国电子商务法", ["《中华人民共和国电子商务法》", "电子商务法"])
ent("ntsm", "Document", "网络交易监督管理办法", ["《网络交易监督管理办法》"])
ent("bigdata-wp", "Document", "大数据标准化白皮书（2023版）", ["《大数据标准化白皮书（2023版）》"])
rel("bigdata-wp", "publishedBy", "samr", optional=True)     # 市场监管总局指导发布: guided, not issued
ent("fee-guide", "Document", "网络交易平台收费行为合规指南")
rel("fee-guide", "publishedBy", "samr", optional=True)      # to be issued (将加快出台)
# ---- places ----
ent("china", "Place", "中国", ["我国"], optional=True)
# ---- technologies and platforms: all optional (fields and platforms, no named technology) ----
TECH = [("bigdata", "大数据", ()), ("digtech", "数字技术", ()), ("digecon", "数字经济", ()),
        ("cloud", "云服务", ()), ("mini-program", "小程序", ()), ("mobile-app", "移动互联网应用程序", ()),
        ("datasec", "数据安全", ()), ("livecom", "直播电商", ()), ("ecom", "电子商务", ("电商",)),
        ("xb-ecom", "跨境电商", ()), ("pay", "在线支付", ()),
        ("ntsp", "国家网络交易监管平台", ()), ("p12315", "全国12315平台", ())]
for id, l, al in TECH:
    ent(id, "Technology", l, al, optional=True)
# ---- statistics ----
S = [("s-digecon", "数字经济核心产业企业总量", "457.41万家", "截至2024年11月30日，我国数字经济核心产业企业总量达到457.41万家", False),
     ("s-depts", "联合部署2024网络市场监管促发展保安全专项行动的部门", "14个", "市场监管总局、中央网信办、工业和信息化部等14个部门联合部署2024网络市场监管促发展保安全专项行动", False),
     ("s-cases", "查处涉网案件", "1.66万件", "共查处涉网案件1.66万件", False),
     ("s-items", "督促平台删除违法商品信息", "6.03万条", "督促平台删除违法商品信息6.03万条", False),
     ("s-rect", "责令整改网站", "1.03万个次", "责令整改网站1.03万个次", False),
     ("s-close", "提请关闭网站", "1443个次", "提请关闭网站1443个次", False),
     ("s-shops", "责令停止平台服务的网店", "2.12万个次", "责令停止平台服务的网店2.12万个次", False),
     ("s-std-data", "与数据要素流通关键环节密切相关的国家标准", "35项", "发布了35项与数据要素流通关键环节密切相关的国家标准", False),
     ("s-std-ecom", "电子商务质量监管国家标准", "22项", "以及22项电子商务质量监管国家标准", False),
     ("s-cert", "已颁发认证证书", "300余张", "已颁发认证证书300余张", False)]
for id, l, v, e, opt in S:
    ent(id, "Statistic", l, value=v, evidence=ev(e), optional=opt)

def G(id, line, label, opt=False, evidence=None, doc=False, samr=None, by=(), oby=(), maxlen=40):
    """a goal stated on L[line]; doc: the 《办法》 has it (required); samr: True required, False none,
    None optional (the issuer of the 《办法》); by/oby: required/optional proposers (Persons);
    optional involvesTechnology for each listed field the label names"""
    assert label in L[line], (line, label)
    assert 4 <= len(label) <= maxlen, label
    e = evidence or clause(line, label)
    assert label in e and e in L[line], (label, e)
    ent(id, "Goal", label, optional=opt, evidence=ev(e))
    if doc: rel("measures", "hasGoal", id, optional=opt)
    if samr is not False: rel("samr", "hasGoal", id, optional=opt or samr is None)
    for p in by: rel(p, "proposes", id, optional=opt)
    for p in oby: rel(p, "proposes", id, optional=True)
    for t, l, al in TECH:
        if l in label or any(a in label for a in al):
            rel(id, "involvesTechnology", t, optional=True)

# ---- line 1: aims for which 国家市场监督管理总局 issued the 《办法》 ----
G("a1", 1, "贯彻落实党中央、国务院提升平台经济常态化监管水平的决策部署", doc=True, samr=True,
  evidence="为进一步贯彻落实党中央、国务院提升平台经济常态化监管水平的决策部署")
G("a2", 1, "完善网络交易执法协查机制", doc=True, samr=True)   # restated: 建立健全网络交易执法协查机制 (title, line 3)
G("a3", 1, "促进平台经济健康发展", doc=True, samr=True)       # restated lines 3, 16 (中央经济工作会议), 22 (确保…)
# ---- line 2: rules of the 《办法》 ----
G("r1", 2, "要求平台经营者提供平台内经营者身份信息", opt=True, doc=True)   # a power (可以…), restated line 13
G("r2", 2, "按照标准化字段提供执法协查信息", doc=True)
G("r3", 2, "应当报省级市场监督管理部门同意", doc=True)                      # restated line 13
# ---- line 3: aims of issuing (旨在) ----
G("b1", 3, "落实落细《中华人民共和国电子商务法》《网络交易监督管理办法》等法律法规中的执法协查要求",
  doc=True, samr=True, evidence="旨在落实落细《中华人民共和国电子商务法》《网络交易监督管理办法》等法律法规中的执法协查要求", maxlen=50)
G("b2", 3, "加强市场监管部门与平台企业的协同联动", doc=True, samr=True)
G("b3", 3, "提升平台经济常态化监管效能", doc=True, samr=True)   # title: 提升监管效能
G("b4", 3, "维护广大消费者和经营者合法权益", doc=True, samr=True)
# ---- lines 4-9: 解决执法协查难点堵点问题 ----
G("c0", 4, "解决执法协查难点堵点问题", doc=True, evidence=L[4])
G("c00", 6, "尽快出台规范网络交易执法协查的制度规范", opt=True, samr=False)   # 社会各界's wish, met by the 《办法》
G("c1", 7, "明示其接收协查的相应方式的具体信息", doc=True)
G("c2", 7, "确保接收信息的渠道畅通", doc=True)
G("c3", 7, "高效便捷协助市场监督管理部门开展执法协查工作", doc=True)
G("c4", 7, "提高数据交互效率和质量", doc=True)
G("c5", 8, "规范协查程序和内容", doc=True)
G("c6", 8, "明确其他服务提供者应履行的协查义务", doc=True, evidence="兼顾小程序、公众号等新业态，明确其他服务提供者应履行的协查义务")
G("c7", 9, "依法履行平台经营者的执法协查义务", doc=True)
G("c8", 9, "及时协助市场监督管理部门依法查处网络交易违法行为", doc=True)
G("c9", 9, "提供其掌握的有关数据信息", doc=True)
# ---- lines 10-15: 明确执法协查范畴内容主体 ----
G("d0", 10, "明确执法协查范畴内容主体", doc=True, evidence=L[10])
G("d1", 11, "进一步营造稳定透明可预期的政策环境", doc=True, samr=True)
G("d2", 11, "规范监管部门和平台企业双方的权利义务", doc=True, samr=True)
G("d3", 11, "有效平衡各方诉求", doc=True, samr=True)
G("d4", 13, "规范基层市场监管部门行为", doc=True)
G("d5", 13, "加强数据安全管理", doc=True)
G("d6", 14, "规范执法协查主体", doc=True)
G("d7", 14, "明确县级以上市场监管部门可以依法要求平台经营者协助调查", opt=True, doc=True)   # what the 《办法》 specifies
G("d7b", 14, "由市场监管总局及其授权的省级市场监管部门要求平台经营者协助提供", opt=True, doc=True)   # allocation of a power
G("d8", 15, "厘清网络交易的执法协查对象", doc=True)
# ---- line 16: 孙颖 (the 中央经济工作会议's call, her own points) ----
G("e1", 16, "加强监管", samr=False, oby=("sun",), evidence="中央经济工作会议提出“加强监管，促进平台经济健康发展”")
rel("sun", "proposes", "a3", optional=True)
G("e2", 16, "实现常态化和高水平化", samr=False, by=("sun",), evidence="监管不仅要加强，更要实现常态化和高水平化")
G("e3", 16, "切实规范平台经济市场秩序", samr=False, by=("sun",))
G("e4", 16, "引导平台企业优化规则", samr=False, by=("sun",))
G("e5", 16, "合理收费", samr=False, by=("sun",), evidence="引导平台企业优化规则、合理收费")
G("e6", 16, "纠正“流量至上”“低价为王”等侵犯平台内经营者合法权益的行为", samr=False, by=("sun",))
G("e7", 16, "提升平台经济常态化监管水平", opt=True, samr=False, by=("sun",),
  evidence="提升平台经济常态化监管水平，对于促进平台经济规范有序和健康发展具有重要意义")   # restates a1's aim
# ---- lines 17-24: 保障平台经济规范健康发展 (市场监管总局's work) ----
G("f0", 17, "保障平台经济规范健康发展", opt=True, evidence=L[17])     # section heading restating a3
G("f1", 19, "联合部署2024网络市场监管促发展保安全专项行动", opt=True)   # past campaign (Mar-Nov 2024)
rel("cac", "hasGoal", "f1", optional=True); rel("miit", "hasGoal", "f1", optional=True)
G("f2", 20, "加快出台网络交易平台收费行为合规指南", samr=True)
G("f3", 20, "降低平台内商户成本负担", samr=True)
G("f4", 20, "督促平台合理确定收费比例", samr=True)
G("f5", 20, "促进平台经济领域各方主体互利共赢", samr=True)
G("f6", 21, "尽快制定出台监督管理办法", samr=True, evidence=L[21].rstrip("。"))
G("f7", 21, "保护平台市场公平竞争", samr=True, evidence=L[21].rstrip("。"))
G("f8", 21, "净化直播电商行业生态", samr=True, evidence=L[21].rstrip("。"))
G("f9", 22, "国家网络交易监管平台建设", evidence="国家网络交易监管平台建设工作也在顺利推进")   # continuing work; samr optional
G("f10", 22, "重点提升平台经济领域重大风险预警和应急处置能力")
G("f11", 23, "不断完善电子商务标准体系", samr=True, evidence="不断完善电子商务标准体系、跨境电商等重点领域的标准制修订")
G("f12", 23, "跨境电商等重点领域的标准制修订", opt=True, samr=True, evidence="不断完善电子商务标准体系、跨境电商等重点领域的标准制修订")
G("f13", 23, "推进电商质量信息追溯、电商发展评价等标准的研制", samr=True)
G("f14", 24, "持续构建和完善数据领域的质量认证制度体系", samr=True, evidence="同时，市场监管总局持续构建和完善数据领域的质量认证制度体系")
G("f15", 24, "加大对移动互联网应用程序、数据安全管理、个人信息保护等领域的认证工作力度", samr=True)
G("f16", 24, "推动质量认证全方位、多层次应用采信", samr=True)
G("f17", 24, "不断提升认证制度的有效性和公信力", samr=True)
G("f18", 24, "增强平台企业的数据安全意识和个人信息保护能力", samr=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
