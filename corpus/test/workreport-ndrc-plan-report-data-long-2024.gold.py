"""Gold annotation of workreport-ndrc-plan-report-data-long-2024 (嘶吼 RoarTalk 2024-03-15, source 国家数据局: the passages of the 2024 《计划报告》 (report on the 2023 plan's execution and the 2024 draft plan, approved by 十四届全国人大二次会议) that concern data), by hand per shared/eval/ANNOTATE.md (annotator ann6).
Part 一 reports 2023 measures: their verb phrases are optional goals, its figures Statistics. Part 二 sets the 2024 tasks: each coordinated verb phrase is a required goal, and each numbered heading is one too."""
ID = "workreport-ndrc-plan-report-data-long-2024"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def clause(label):
    """the clause (between 。，；： marks) of the text that contains label; it must be unique"""
    hits = [s for s in re.split(r"[。，；：\n]", text) if label in s]
    if len(hits) > 1:
        hits = [h for h in hits if h.strip() == label]
    assert len(hits) == 1, (label, hits)
    return ev(hits[0].strip())

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
    assert label in text, label
    assert 4 <= len(label) <= 30, (label, len(label))
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence) if evidence else clause(label))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

# Events, places, bodies
ent("npc14-2", "Event", "第十四届全国人民代表大会第二次会议")
ent("lianghui", "Event", "两会", optional=True)
ent("gh", "Place", "北京人民大会堂")
ent("beijing", "Place", "北京", optional=True)
rel("npc14-2", "locatedIn", "gh")
rel("npc14-2", "locatedIn", "beijing", optional=True)
ent("brf3", "Event", "第三届“一带一路”国际合作高峰论坛")
ent("nda", "Agency", "国家数据局")
ent("gstia", "Organization", "全球可持续交通创新联盟")
ent("wto", "Organization", "世界贸易组织")
ent("gdip", "Organization", "绿色发展投融资合作伙伴关系", optional=True)
ent("pipechina", "Organization", "国家管网", optional=True)
for id, l, opt in [("jjj", "京津冀", False), ("yrd", "长三角", False), ("gba", "粤港澳大湾区", False), ("yangtze", "长江", True),
                   ("pudong", "上海浦东新区", False), ("shanghai", "上海", True), ("shenzhen", "深圳", False), ("xiamen", "厦门", False),
                   ("ecuador", "厄瓜多尔", False), ("nicaragua", "尼加拉瓜", False), ("serbia", "塞尔维亚", False),
                   ("singapore", "新加坡", False), ("china", "中国", True)]:
    ent(id, "Place", l, optional=opt)

# Documents
ent("report", "Document", "关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告",
    ["《关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告》", "计划报告", "《计划报告》"])
rel("report", "adoptedAt", "npc14-2")
ent("market-plan", "Document", "建设全国统一大市场总体工作方案", optional=True)
ent("trade-guide", "Document", "全国公共资源交易目录指引", optional=True)
ent("gba-plan", "Document", "粤港澳大湾区国际一流营商环境建设三年行动计划")
ent("pudong-plan", "Document", "上海浦东新区综合改革试点实施方案")
ent("rcep", "Document", "区域全面经济伙伴关系协定", ["《区域全面经济伙伴关系协定》"])
ent("cptpp", "Document", "全面与进步跨太平洋伙伴关系协定", ["《全面与进步跨太平洋伙伴关系协定》"])
ent("depa", "Document", "数字经济伙伴关系协定", ["《数字经济伙伴关系协定》"])
ent("ifd", "Document", "投资便利化协定", optional=True)
ent("bri-digital", "Document", "“一带一路”数字经济国际合作北京倡议", optional=True)
ent("newmat-plan", "Document", "新材料创新发展行动方案", optional=True)
ent("data-x", "Document", "“数据要素×”行动计划", optional=True)
ent("mfg-dx-plan", "Document", "制造业数字化转型行动方案", optional=True)
ent("toll-reg", "Document", "收费公路管理条例", ["《收费公路管理条例》"])

# Technologies
for id, l, al in [("5g", "5G", ["第五代移动通信"]), ("iiot", "工业互联网", []), ("iov", "车联网", []), ("ai", "人工智能", ["人工智能+"]),
                  ("beidou", "北斗", []), ("satnet", "卫星互联网", []), ("quantum", "量子技术", [])]:
    ent(id, "Technology", l, al)
for id, l in [("compute", "算力"), ("dc", "数据中心"), ("fiber", "宽带光纤网络"), ("digtech", "数字技术"), ("cert", "数字证书"),
              ("fusion", "核聚变"), ("h2", "氢能"), ("nev", "新能源汽车"), ("biomfg", "生物制造"), ("space", "商业航天"),
              ("ict", "信息通讯"), ("computenet", "全国一体化算力网")]:
    ent(id, "Technology", l, optional=True)

# 2024 tasks (二、2024年国民经济和社会发展计划的主要任务): required goals
L = {i + 1: l for i, l in enumerate(lines)}
assert L[24] == "坚定不移深化改革，构建高水平社会主义市场经济体制。", L[24]
G2 = [
 ("t1", "以科技创新引领现代化产业体系建设", None), ("t2", "加快形成新质生产力", None),
 ("t3", "全面推进高水平科技自立自强", None), ("t4", "完善支持全面创新的基础制度", None), ("t5", "大力推进新型工业化", None),
 ("t6", "加快推进关键核心技术攻关", None), ("t7", "促进创新链和产业链协同联动", None), ("t8", "以科技创新推动产业创新", None),
 ("t9", "培育壮大发展新动能新优势", None), ("t10", "不断提高全要素生产率", None),
 ("t11", "积极培育发展新兴产业和未来产业", None),
 ("t12", "启动实施产业创新工程", None), ("t13", "深入实施国家战略性新兴产业集群发展工程", None),
 ("t14", "加强产业集群核心承载区和公共服务体等建设", None), ("t15", "强化东中西部产业集群协同联动", None),
 ("t16", "推动新能源汽车企业做优做强", None), ("t17", "巩固扩大新能源汽车、信息通讯等产业优势", None),
 ("t18", "打造生物制造、商业航天、新材料、低空经济等新增长引擎", None), ("t19", "加快重点产品创新和应用示范", None),
 ("t20", "全链条支持创新药发展", None), ("t21", "加快先进医疗设备研制及示范应用", None),
 ("t22", "推进北斗规模应用和卫星互联网建设应用", None), ("t23", "加快建设商业航天发射场", None),
 ("t24", "制定新材料创新发展行动方案", None), ("t25", "加快发展高纯稀土金属", None),
 ("t26", "开展低空经济试点", None), ("t27", "完善发展制度", None), ("t28", "培育应用场景", None),
 ("t29", "制定未来产业发展规划和支持政策", None), ("t30", "开辟量子技术、生命科学等新赛道", None),
 ("t31", "开展“人工智能+”行动", None), ("t32", "有序赋能重点领域", None), ("t33", "加快重塑产业生态", None),
 ("t34", "加快推动氢能等未来能源产业创新发展", None), ("t35", "持续推进核聚变等前沿技术研究开发", None),
 ("t36", "优化产业投资基金功能", None), ("t37", "出台促进创业投资发展的具体政策", None),
 ("t38", "促进数字技术与实体经济深度融合", None),
 ("t39", "有序开发利用数据要素", None), ("t40", "加快完善数据产权、流通交易、收益分配、安全治理等制度规则", None),
 ("t41", "制定支持数字经济高质量发展政策措施", None), ("t42", "适度超前布局建设数字基础设施", None),
 ("t43", "统筹提升“东数西算”整体效能", None), ("t44", "优化数据中心建设布局和供给结构", None),
 ("t45", "加快形成全国一体化算力体系", None), ("t46", "培育算力产业生态", None), ("t47", "提升多元算力综合供给", None),
 ("t48", "提高西部地区算力利用水平", None), ("t49", "实施“数据要素×”行动计划", None),
 ("t50", "协同推进数字产业化和产业数字化", None),
 ("t51", "组织实施数字化转型工程", "协同推进数字产业化和产业数字化，组织实施数字化转型工程，持续实施制造业数字化转型行动方案"),
 ("t52", "持续实施制造业数字化转型行动方案", None), ("t53", "打造具有国际竞争力的数字产业集群", None),
 ("t54", "开展全国数据资源调查", None), ("t55", "加强数据要素应用场景指引", None),
 ("t56", "推进公共数据资源管理和运营机制改革", None), ("t57", "加快公共数据授权运营试点和应用示范", None),
 ("t58", "推动建立企业数据公平授权合理使用机制", None), ("t59", "深化数据要素市场化配置改革", None),
 ("t60", "持续推进数据跨境流动试点", None), ("t61", "积极参与制定国际数字治理规则", None),
 ("t62", "坚定不移深化改革", L[24]), ("t63", "构建高水平社会主义市场经济体制", None),
 ("t64", "持续深化重点领域改革", None), ("t65", "扎实推进上海浦东新区、深圳、厦门综合改革试点", None),
 ("t66", "加快形成更多可复制推广的制度性成果", None), ("t67", "谋划新一轮财税体制改革", None),
 ("t68", "研究健全地方税体系", None), ("t69", "研究建立完善促进高质量发展的转移支付激励约束机制", None),
 ("t70", "落实金融体制改革", None), ("t71", "完善中国特色现代金融企业制度", None), ("t72", "推动金融机构改革发展", None),
 ("t73", "制定进一步深化公共资源交易平台整合共享的指导意见", None), ("t74", "加快推进能源价格改革", None),
 ("t75", "落实煤电容量电价机制", None), ("t76", "完善成品油管道运输价格形成机制", None),
 ("t77", "有序推进水电气热等公用事业和公共服务价格改革", None), ("t78", "健全资源环境要素市场化配置体系", None),
 ("t79", "研究建立公共数据价格形成机制", None), ("t80", "促进公共数据合规高效流通使用", None),
 ("t81", "健全自然垄断环节监管体制机制", None), ("t82", "优化运输结构", None), ("t83", "强化“公转铁”、“公转水”", "强化“公转铁”、“公转水”"),
 ("t84", "深化综合交通运输体系改革", None), ("t85", "研究修订《收费公路管理条例》", None),
 ("t86", "深化人民防空管理体制改革", None), ("t87", "推动工程建设、防护设备等模式变革、效能提升", None)]
for id, l, e in G2:
    goal(id, l, e)
    rel("report", "hasGoal", id)

# 2023 measures (一、2023年国民经济和社会发展计划执行情况): optional goals
G1 = ["加快建设现代化产业体系", "大力发展以数据为关键要素的数字经济", "深化产业数字化", "支持一批数字化示范项目",
      "发布平台企业典型投资案例", "推动平台企业规范健康持续发展", "支持中西部地区支线机场和西部地区枢纽机场建设",
      "出台建设全国统一大市场总体工作方案", "全面清理妨碍统一市场和公平竞争的政策措施", "加强反垄断反不正当竞争监管执法",
      "开展工程建设招标投标等重点领域专项整治", "着力破除经营主体反映强烈的地方保护、市场分割等突出问题",
      "全面实施市场准入负面清单制度", "探索制定全国统一的市场准入效能评估指标体系", "深化公共资源交易平台整合共享",
      "修订全国公共资源交易目录指引", "开展数字证书跨区域兼容互认", "提升公共资源市场化配置水平", "加大重点区域营商环境建设力度",
      "出台粤港澳大湾区国际一流营商环境建设三年行动计划", "完善失信行为纠正后的信用信息修复制度",
      "支持重大改革试点探索创新", "出台上海浦东新区综合改革试点实施方案", "深入推进深圳综合改革试点",
      "赋予试点地区在重点领域和关键环节改革上更大自主权", "自然垄断环节独立运营和竞争性环节市场化改革",
      "强化对经营自然垄断环节业务企业的监管", "深化油气管网管理体制和运营机制改革", "积极稳妥推进省级管网以市场化方式融入国家管网",
      "提升“全国一张网”覆盖水平", "加快建设全国统一电力市场体系", "推动具备条件的电力现货市场转入正式运行", "深化绿色电力市场建设",
      "完善重要资源价格形成机制", "建立煤电容量电价机制", "完成第三监管周期输配电价改革", "健全天然气上下游价格联动机制",
      "首次分区核定跨省天然气管道运输价格", "实施供热价格改革", "推动数据要素市场化配置改革", "强化公共数据资源开发利用",
      "深化数据管理体制机制改革", "组建国家数据局", "构建国家数据管理体系", "取消人防专用设备跨省域销售、安装限制",
      "扩大高水平对外开放", "成立全球可持续交通创新联盟", "发起绿色发展投融资合作伙伴关系", "发起“一带一路”数字经济国际合作北京倡议",
      "扎实做好《区域全面经济伙伴关系协定》高质量实施各项工作", "扎实推进加入《全面与进步跨太平洋伙伴关系协定》",
      "坚定维护多边贸易体制", "积极参与世界贸易组织改革", "引领完成投资便利化协定谈判",
      "加强经济安全能力建设", "促进数据流通交易和开发利用", "加快数据基础设施建设", "推进数据领域核心技术攻关", "强化数据安全治理"]
P = {}
for i, l in enumerate(G1, 1):
    id = f"p{i}"; P[l] = id
    ev_ = None
    if l == "扎实推进加入《全面与进步跨太平洋伙伴关系协定》":
        ev_ = "扎实推进加入《全面与进步跨太平洋伙伴关系协定》和《数字经济伙伴关系协定》"
    if l == "自然垄断环节独立运营和竞争性环节市场化改革":
        ev_ = "深入推进能源、铁路、电信、水利、公用事业等行业自然垄断环节独立运营和竞争性环节市场化改革"
    goal(id, l, ev_, optional=True)
    rel("report", "hasGoal", id, optional=True)

# involvesTechnology
for g, t, opt in [("t22", "beidou", False), ("t22", "satnet", False), ("t30", "quantum", False), ("t31", "ai", False),
                  ("t34", "h2", True), ("t35", "fusion", True), ("t16", "nev", True), ("t17", "nev", True), ("t17", "ict", True),
                  ("t18", "biomfg", True), ("t18", "space", True), ("t23", "space", True), ("t44", "dc", True),
                  ("t45", "compute", True), ("t46", "compute", True), ("t47", "compute", True), ("t48", "compute", True),
                  ("t38", "digtech", True), (P["开展数字证书跨区域兼容互认"], "cert", True)]:
    rel(g, "involvesTechnology", t, optional=opt)

# Statistics (2023 execution)
stat("s1", "已建成投产铁路里程", "15.9万公里", "已建成投产铁路里程15.9万公里，其中高速铁路4.5万公里")
stat("s2", "高速铁路里程", "4.5万公里", "已建成投产铁路里程15.9万公里，其中高速铁路4.5万公里")
stat("s3", "市场化交易电量占比", "60%", "市场化交易电量占比超过60%")
stat("s4", "第三届“一带一路”国际合作高峰论坛高级别论坛成果", "7项", "高级别论坛成果7项")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
