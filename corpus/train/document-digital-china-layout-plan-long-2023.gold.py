"""Gold annotation of document-digital-china-layout-plan-long-2023 (中共中央 国务院印发《数字中国建设整体布局规划》, Xinhua summary of the plan as reprinted by 中国信息安全 on 2023-03-01), by hand per shared/eval/ANNOTATE.md."""
ID = "document-digital-china-layout-plan-long-2023"
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

# ---- bodies ----
ent("cpc-cc", "Agency", "中共中央", ["党中央"])
ent("sc", "Agency", "国务院")
ent("ccac", "Agency", "中央网络安全和信息化委员会")
ent("local-cac", "Agency", "地方党委网络安全和信息化委员会", optional=True)   # a class of bodies, none named
ent("xinhuanet", "Organization", "新华网", optional=True)                     # only as the source line
for id, l, opt in [("un", "联合国", False), ("wto", "世界贸易组织", False), ("g20", "二十国集团", True),
                   ("apec", "亚太经合组织", False), ("brics", "金砖国家", True), ("sco", "上合组织", False)]:
    ent(id, "Organization", l, optional=opt)
ent("xi", "Person", "习近平", optional=True)
# ---- events, documents, places ----
ent("cpc20", "Event", "党的二十大", ["二十大"])
ent("summit", "Event", "数字中国建设峰会")
ent("doc", "Document", "数字中国建设整体布局规划", ["《规划》", "规划"])
ent("culture-strategy", "Document", "国家文化数字化战略", optional=True)
ent("china", "Place", "中国", optional=True)
rel("doc", "publishedBy", "cpc-cc")
rel("doc", "publishedBy", "sc")

# ---- technologies ----
TECH = [("5g", "5G", ("5G网络",), False), ("gigabit", "千兆光网", (), False), ("ipv6", "IPv6", (), False),
        ("iot", "移动物联网", ("物联网",), False), ("beidou", "北斗", (), False), ("twin", "数字孪生", (), False),
        ("compute", "算力", (), True), ("dc", "数据中心", (), True), ("hpc", "超算中心", (), True),
        ("aic", "智能计算中心", (), True), ("edge", "边缘数据中心", (), True), ("bigdata", "大数据", (), True),
        ("mobile-internet", "移动互联网", (), True), ("internet", "互联网", (), True),
        ("digital-tech", "数字技术", (), True), ("netsec", "网络安全", (), True),
        ("edu-platform", "国家智慧教育平台", (), True), ("land-platform", "国土空间基础信息平台", (), True)]
TOPT = {}
for id, l, al, opt in TECH:
    ent(id, "Technology", l, al, optional=opt)
    TOPT[id] = opt

USED = set()
def G(id, line, label, opt=False, evidence=None, maxlen=40):
    """a goal of the 规划 stated on line; involvesTechnology for each technology the label names"""
    assert label in L[line], (line, label)
    assert 4 <= len(label) <= maxlen, label
    e = evidence or clause(line, label)
    assert label in e and e in L[line], (label, e)
    ent(id, "Goal", label, optional=opt, evidence=ev(e))
    rel("doc", "hasGoal", id, optional=opt)
    for b in ("cpc-cc", "sc"):
        rel(b, "hasGoal", id, optional=True)
    for t, l, al, _ in TECH:
        if l in label or any(a in label for a in al):
            if t == "internet" and "移动互联网" in label: continue      # the narrower node takes it
            if t == "netsec" and "网络安全和信息化委员会" in label: continue   # a body's name, not the field
            if t == "dc" and "数据中心" not in label.replace("边缘数据中心", ""): continue
            o = opt or TOPT[t]
            rel(id, "involvesTechnology", t, optional=o)
            if not o: USED.add(t)

# ---- line 2-3: issuance, significance ----
G("a1", 2, "结合实际认真贯彻落实", opt=True)
G("a2", 3, "加快数字中国建设", opt=True)
# ---- line 4: guiding thought (《规划》强调) ----
G("b0", 4, "坚持以习近平新时代中国特色社会主义思想特别是习近平总书记关于网络强国的重要思想为指导", opt=True, maxlen=50)
G("b1", 4, "深入贯彻党的二十大精神")
G("b2", 4, "坚持稳中求进工作总基调")
G("b3", 4, "完整、准确、全面贯彻新发展理念")
G("b4", 4, "加快构建新发展格局")
G("b5", 4, "着力推动高质量发展")
G("b6", 4, "统筹发展和安全")
G("b7", 4, "强化系统观念和底线思维")
G("b8", 4, "加强整体布局")
G("b9", 4, "全面提升数字中国建设的整体性、系统性、协同性",
  evidence="按照夯实基础、赋能全局、强化能力、优化环境的战略路径，全面提升数字中国建设的整体性、系统性、协同性")
G("b10", 4, "促进数字经济和实体经济深度融合")
G("b11", 4, "以数字化驱动生产生活和治理方式变革")
G("b12", 4, "为以中国式现代化全面推进中华民族伟大复兴注入强大动力")
# ---- line 5: targets for 2025 and 2035 ----
G("t1", 5, "到2025年，基本形成横向打通、纵向贯通、协调有力的一体化推进格局",
  evidence="到2025年，基本形成横向打通、纵向贯通、协调有力的一体化推进格局")
G("t2", 5, "数字中国建设取得重要进展")
G("t3", 5, "数字基础设施高效联通")
G("t4", 5, "数据资源规模和质量加快提升")
G("t5", 5, "数据要素价值有效释放")
G("t6", 5, "数字经济发展质量效益大幅增强")
G("t7", 5, "政务数字化智能化水平明显提升")
G("t8", 5, "数字文化建设跃上新台阶")
G("t9", 5, "数字社会精准化普惠化便捷化取得显著成效")
G("t10", 5, "数字生态文明建设取得积极进展")
G("t11", 5, "数字技术创新实现重大突破")
G("t12", 5, "应用创新全球领先")
G("t13", 5, "数字安全保障能力全面提升")
G("t14", 5, "数字治理体系更加完善")
G("t15", 5, "数字领域国际合作打开新局面")
G("t16", 5, "到2035年，数字化发展水平进入世界前列", evidence="到2035年，数字化发展水平进入世界前列")
G("t17", 5, "数字中国建设取得重大成就")
G("t18", 5, "数字中国建设体系化布局更加科学完备")
G("t19", 5, "经济、政治、文化、社会、生态文明建设各领域数字化发展更加协调充分")
G("t20", 5, "有力支撑全面建设社会主义现代化国家", opt=True)
# ---- line 6: the "2522" framework ----
G("f0", 6, "按照“2522”的整体框架进行布局", opt=True)
G("f1", 6, "夯实数字基础设施和数据资源体系“两大基础”")
G("f2", 6, "推进数字技术与经济、政治、文化、社会、生态文明建设“五位一体”深度融合")
G("f3", 6, "强化数字技术创新体系和数字安全屏障“两大能力”")
G("f4", 6, "优化数字化发展国内国际“两个环境”")
# ---- line 7: 夯实数字中国建设基础 ----
G("c0", 7, "夯实数字中国建设基础")
G("c1", 7, "打通数字基础设施大动脉")
G("c2", 7, "加快5G网络与千兆光网协同建设")
G("c3", 7, "深入推进IPv6规模部署和应用")
G("c4", 7, "推进移动物联网全面发展")
G("c5", 7, "大力推进北斗规模应用")
G("c6", 7, "系统优化算力基础设施布局")
G("c7", 7, "促进东西部算力高效互补和协同联动")
G("c8", 7, "引导通用数据中心、超算中心、智能计算中心、边缘数据中心等合理梯次布局")
G("c9", 7, "整体提升应用基础设施水平")
G("c10", 7, "加强传统基础设施数字化、智能化改造")
G("c11", 7, "畅通数据资源大循环")
G("c12", 7, "构建国家数据管理体制机制")
G("c13", 7, "健全各级数据统筹管理机构")
G("c14", 7, "推动公共数据汇聚利用")
G("c15", 7, "建设公共卫生、科技、教育等重要领域国家数据资源库")
G("c16", 7, "释放商业数据价值潜能")
G("c17", 7, "加快建立数据产权制度")
G("c18", 7, "开展数据资产计价研究")
G("c19", 7, "建立数据要素按价值贡献参与分配机制")
# ---- line 8: 全面赋能经济社会发展 ----
G("d0", 8, "全面赋能经济社会发展")
G("d1", 8, "做强做优做大数字经济")
G("d2", 8, "培育壮大数字经济核心产业")
G("d3", 8, "研究制定推动数字产业高质量发展的措施")
G("d4", 8, "打造具有国际竞争力的数字产业集群")
G("d5", 8, "推动数字技术和实体经济深度融合")
G("d6", 8, "加快数字技术创新应用",
  evidence="在农业、工业、金融、教育、医疗、交通、能源等重点领域，加快数字技术创新应用")
G("d7", 8, "支持数字企业发展壮大")
G("d8", 8, "健全大中小企业融通创新工作机制")
G("d9", 8, "发挥“绿灯”投资案例引导作用")
G("d10", 8, "推动平台企业规范健康发展")
G("d11", 8, "发展高效协同的数字政务")
G("d12", 8, "加快制度规则创新")
G("d13", 8, "完善与数字政务建设相适应的规章制度")
G("d14", 8, "强化数字化能力建设")
G("d15", 8, "促进信息系统网络互联互通、数据按需共享、业务高效协同")
G("d16", 8, "提升数字化服务水平")
G("d17", 8, "加快推进“一件事一次办”")
G("d18", 8, "推进线上线下融合")
G("d19", 8, "加强和规范政务移动互联网应用程序管理")
G("d20", 8, "打造自信繁荣的数字文化")
G("d21", 8, "大力发展网络文化")
G("d22", 8, "加强优质网络文化产品供给")
G("d23", 8, "引导各类平台和广大网民创作生产积极健康、向上向善的网络文化产品")
G("d24", 8, "推进文化数字化发展")
G("d25", 8, "深入实施国家文化数字化战略")
G("d26", 8, "建设国家文化大数据体系")
G("d27", 8, "形成中华文化数据库")
G("d28", 8, "提升数字文化服务能力")
G("d29", 8, "打造若干综合性数字文化展示平台")
G("d30", 8, "加快发展新型文化企业、文化业态、文化消费模式")
G("d31", 8, "构建普惠便捷的数字社会")
G("d32", 8, "促进数字公共服务普惠化")
G("d33", 8, "大力实施国家教育数字化战略行动")
G("d34", 8, "完善国家智慧教育平台")
G("d35", 8, "发展数字健康")
G("d36", 8, "规范互联网诊疗和互联网医院发展")
G("d37", 8, "推进数字社会治理精准化")
G("d38", 8, "深入实施数字乡村发展行动")
G("d39", 8, "以数字化赋能乡村产业发展、乡村建设和乡村治理")
G("d40", 8, "普及数字生活智能化")
G("d41", 8, "打造智慧便民生活圈、新型数字消费业态、面向未来的智能化沉浸式服务体验")
G("d42", 8, "建设绿色智慧的数字生态文明")
G("d43", 8, "推动生态环境智慧治理")
G("d44", 8, "加快构建智慧高效的生态环境信息化体系")
G("d45", 8, "运用数字技术推动山水林田湖草沙一体化保护和系统治理")
G("d46", 8, "完善自然资源三维立体“一张图”和国土空间基础信息平台")
G("d47", 8, "构建以数字孪生流域为核心的智慧水利体系")
G("d48", 8, "加快数字化绿色化协同转型")
G("d49", 8, "倡导绿色智慧生活方式")
# ---- line 9: 强化数字中国关键能力 ----
G("e0", 9, "强化数字中国关键能力")
G("e1", 9, "构筑自立自强的数字技术创新体系")
G("e2", 9, "健全社会主义市场经济条件下关键核心技术攻关新型举国体制")
G("e3", 9, "加强企业主导的产学研深度融合")
G("e4", 9, "强化企业科技创新主体地位")
G("e5", 9, "发挥科技型骨干企业引领支撑作用")
G("e6", 9, "加强知识产权保护")
G("e7", 9, "健全知识产权转化收益分配机制")
G("e8", 9, "筑牢可信可控的数字安全屏障")
G("e9", 9, "切实维护网络安全")
G("e10", 9, "完善网络安全法律法规和政策体系")
G("e11", 9, "增强数据安全保障能力")
G("e12", 9, "建立数据分类分级保护基础制度")
G("e13", 9, "健全网络数据监测预警和应急处置工作体系")
# ---- line 10: 优化数字化发展环境 ----
G("h0", 10, "优化数字化发展环境")
G("h1", 10, "建设公平规范的数字治理生态")
G("h2", 10, "完善法律法规体系")
G("h3", 10, "加强立法统筹协调")
G("h4", 10, "研究制定数字领域立法规划")
G("h5", 10, "及时按程序调整不适应数字化发展的法律制度")
G("h6", 10, "构建技术标准体系")
G("h7", 10, "编制数字化标准工作指南")
G("h8", 10, "加快制定修订各行业数字化转型、产业交叉融合发展等应用标准")
G("h9", 10, "提升治理水平")
G("h10", 10, "健全网络综合治理体系")
G("h11", 10, "提升全方位多维度综合治理能力")
G("h12", 10, "构建科学、高效、有序的管网治网格局")
G("h13", 10, "净化网络空间")
G("h14", 10, "深入开展网络生态治理工作")
G("h15", 10, "推进“清朗”、“净网”系列专项行动")
G("h16", 10, "创新推进网络文明建设")
G("h17", 10, "构建开放共赢的数字领域国际合作格局")
G("h18", 10, "统筹谋划数字领域国际合作")
G("h19", 10, "建立多层面协同、多平台支撑、多主体参与的数字领域国际交流合作体系")
G("h20", 10, "高质量共建“数字丝绸之路”")
G("h21", 10, "积极发展“丝路电商”")
G("h22", 10, "拓展数字领域国际合作空间")
G("h23", 10, "积极参与联合国、世界贸易组织、二十国集团、亚太经合组织、金砖国家、上合组织等多边框架下的数字领域合作平台", maxlen=60)
G("h24", 10, "高质量搭建数字领域开放合作新平台")
G("h25", 10, "积极参与数据跨境流动等相关国际规则构建")
# ---- line 11: 加强整体谋划、统筹推进 ----
G("k0", 11, "加强整体谋划、统筹推进")
G("k00", 11, "把各项任务落到实处")
G("k1", 11, "加强组织领导")
G("k2", 11, "坚持和加强党对数字中国建设的全面领导")
G("k3", 11, "加强对数字中国建设的统筹协调、整体推进、督促落实",
  evidence="在党中央集中统一领导下，中央网络安全和信息化委员会加强对数字中国建设的统筹协调、整体推进、督促落实")
rel("ccac", "hasGoal", "k3")
G("k4", 11, "充分发挥地方党委网络安全和信息化委员会作用")
G("k5", 11, "健全议事协调机制")
G("k6", 11, "将数字化发展摆在本地区工作重要位置")
G("k7", 11, "切实落实责任")
for g in ("k5", "k6", "k7"):
    rel("local-cac", "hasGoal", g, optional=True)
G("k8", 11, "完善政策措施", evidence="各有关部门按照职责分工，完善政策措施")
G("k9", 11, "强化资源整合和力量协同")
G("k10", 11, "形成工作合力")
G("k11", 11, "健全体制机制")
G("k12", 11, "建立健全数字中国建设统筹协调机制")
G("k13", 11, "及时研究解决数字化发展重大问题")
G("k14", 11, "推动跨部门协同和上下联动")
G("k15", 11, "抓好重大任务和重大工程的督促落实")
G("k16", 11, "开展数字中国发展监测评估")
G("k17", 11, "将数字中国建设工作情况作为对有关党政领导干部考核评价的参考")
G("k18", 11, "保障资金投入")
G("k19", 11, "创新资金扶持方式")
G("k20", 11, "加强对各类资金的统筹引导")
G("k21", 11, "发挥国家产融合作平台等作用")
G("k22", 11, "引导金融资源支持数字化发展")
G("k23", 11, "鼓励引导资本规范参与数字中国建设")
G("k24", 11, "构建社会资本有效参与的投融资体系")
G("k25", 11, "强化人才支撑")
G("k26", 11, "增强领导干部和公务员数字思维、数字认知、数字技能")
G("k27", 11, "统筹布局一批数字领域学科专业点")
G("k28", 11, "培养创新型、应用型、复合型人才")
G("k29", 11, "构建覆盖全民、城乡融合的数字素养与技能发展培育体系")
G("k30", 11, "营造良好氛围")
G("k31", 11, "推动高等学校、研究机构、企业等共同参与数字中国建设")
G("k32", 11, "建立一批数字中国研究基地")
G("k33", 11, "统筹开展数字中国建设综合试点工作")
G("k34", 11, "综合集成推进改革试验")
G("k35", 11, "办好数字中国建设峰会等重大活动")
G("k36", 11, "举办数字领域高规格国内国际系列赛事")
G("k37", 11, "推动数字化理念深入人心")
G("k38", 11, "营造全社会共同关注、积极参与数字中国建设的良好氛围")

# ---- promotes: the two issuing bodies push the technologies their 规划's goals name ----
for t, l, al, opt in TECH:
    for b in ("cpc-cc", "sc"):
        rel(b, "promotes", t, optional=t not in USED)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
