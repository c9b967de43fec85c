"""Gold annotation of plan-beijing-digital-talent-long-2024 (北京市加快数字人才培育支撑数字经济发展实施方案（2024-2026年）, as reprinted by 中国信息安全), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-beijing-digital-talent-long-2024"
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
# ---- bodies ----
A = [("hrss", "北京市人力资源和社会保障局", ["北京市人社局", "市人力资源社会保障局"]),
     ("talent", "北京市人才工作局", ["市人才工作局"]),
     ("cac", "中共北京市委网络安全和信息化委员会办公室", ["市委网信办"]),
     ("ndrc", "北京市发展和改革委员会", []),
     ("edu", "北京市教育委员会", ["市教委"]),
     ("sci", "北京市科学技术委员会", ["市科委中关村管委会"]),
     ("zgc", "中关村科技园区管理委员会", []),
     ("eit", "北京市经济和信息化局", ["市经济和信息化局"]),
     ("fin", "北京市财政局", []),
     ("data", "北京市政务服务和数据管理局", ["市政务服务和数据管理局"])]
for id, l, al in A:
    ent(id, "Agency", l, al)
ent("mohrss", "Agency", "人力资源社会保障部")
ent("bda", "Agency", "北京经济技术开发区管委会")
ent("bda-soc", "Agency", "北京经济技术开发区社会事业局")
rel("bda-soc", "subOrganizationOf", "bda", optional=True)
ent("group", "Agency", "北京市专业技术人才知识更新工程指导协调小组", ["市专业技术人才知识更新工程指导协调小组"])
ent("bj-cpc", "Agency", "中共北京市委", ["市委"], optional=True)
rel("cac", "subOrganizationOf", "bj-cpc", optional=True)
ent("cisj", "Organization", "中国信息安全", optional=True)
ent("portal", "Organization", "首都之窗网站", optional=True)
ent("base-sw", "Organization", "国家软件与集成电路人才国际培训基地")
ent("base-data", "Organization", "北京公共数据开放创新基地")
ent("xi", "Person", "习近平", optional=True)
# ---- events, documents, places ----
ent("cpc20", "Event", "党的二十大")
ent("talentconf", "Event", "市委人才工作会议")
ent("talentconf-c", "Event", "中央和市委人才工作会议", optional=True)
ent("contest", "Event", "北京市数字工程师创新创业大赛")
ent("plan", "Document", "北京市加快数字人才培育支撑数字经济发展实施方案（2024-2026年）")
ent("notice", "Document", "北京市人力资源和社会保障局等部门关于印发《北京市加快数字人才培育支撑数字经济发展实施方案（2024-2026年）》的通知",
    ["京人社专技字〔2024〕104号"], optional=True)
ent("natplan", "Document", "加快数字人才培育支撑数字经济发展行动方案（2024-2026年）", ["人社部发〔2024〕37号"])
for id, _, _ in A:
    rel("plan", "publishedBy", id)
rel("notice", "publishedBy", "hrss", optional=True)
rel("natplan", "publishedBy", "mohrss")
ent("beijing", "Place", "北京市", ["北京", "首都"])
ent("zgc-zone", "Place", "中关村国家自主创新示范区")
ent("jjj", "Place", "京津冀")
# ---- technologies ----
TECH = [("bigdata", "大数据", False), ("ai", "人工智能", False), ("smartmfg", "智能制造", False),
        ("ic", "集成电路", False), ("iiot", "工业互联网", False), ("blockchain", "区块链", False),
        ("quantum", "量子信息", False), ("vr", "虚拟现实", False),
        ("datasec", "数据安全", True), ("it", "信息技术", True), ("digitech", "数字技术", True),
        ("ecommerce", "电子商务", True), ("xinchuang", "信创", True)]
TOPT = {}
for id, l, opt in TECH:
    ent(id, "Technology", l, optional=opt)
    TOPT[id] = opt

def clause(line, label):
    """the clause(s) of line (split at ，。；：) that contain label"""
    i = line.index(label); j = i + len(label)
    while i > 0 and line[i - 1] not in "，。；：": i -= 1
    while j < len(line) and line[j] not in "，。；": j += 1
    return line[i:j]

PROMO = {}
def G(id, line, label, opt=False, bodies=(), obodies=(), doc=True, evidence=None, weak=()):
    e = evidence or clause(line, label)
    goal(id, label, e, optional=opt)
    if doc: rel("plan", "hasGoal", id, optional=opt)
    for b in bodies: rel(b, "hasGoal", id, optional=opt)
    for b in obodies: rel(b, "hasGoal", id, optional=True)
    for t, l, _ in TECH:
        if l in e:
            rel(id, "involvesTechnology", t, optional=opt or TOPT[t] or t in weak)
            for b in bodies:
                req = not opt and not TOPT[t] and t not in weak
                PROMO[(b, t)] = PROMO.get((b, t), False) or req

L = {i + 1: l for i, l in enumerate(lines)}
SHORT = {"市人才工作局": ["talent"], "市人力资源社会保障局": ["hrss"], "市经济和信息化局": ["eit"],
         "市政务服务和数据管理局": ["data"], "市教委": ["edu"], "市委网信办": ["cac"],
         "市科委中关村管委会": ["sci", "zgc"], "北京经济技术开发区社会事业局": ["bda-soc"]}
def bodies_of(line):
    m = re.search(r"（([^（）]*)）$", line)
    req, opt = [], []
    if m:
        for part in m.group(1).split("、"):
            if part in SHORT: req += SHORT[part]
            elif part.startswith("市专业技术人才知识更新工程指导协调小组"): opt.append("group")
    return req, opt

# ---- preamble (line 18) ----
l = L[18]
G("p0", l, "深入贯彻落实人力资源社会保障部等9部门", opt=True,
  evidence="为深入贯彻落实人力资源社会保障部等9部门《加快数字人才培育支撑数字经济发展行动方案（2024-2026年）》（人社部发〔2024〕37号）等文件要求")
rel("natplan", "hasGoal", "p0", optional=True)
G("p1", l, "加快推动形成新质生产力")
G("p2", l, "进一步发挥数字人才支撑数字经济的基础性作用")
G("p3", l, "为北京建设全球数字经济标杆城市提供有力人才保障")
# ---- 一、目标任务 (line 20) ----
l = L[20]
for i, (lab, opt) in enumerate([("全面贯彻党的二十大精神", False), ("落实中央和市委人才工作会议部署", False),
                                ("坚持党管人才原则", False), ("坚持创新引领和服务发展", False), ("坚持需求导向和能力导向", False),
                                ("更好推动“五子联动”服务和融入新发展格局", False),
                                ("扎实开展数字领域重点人才队伍建设", True), ("数字人才培育平台、发展机制和组织保障体系建设", True),
                                ("不断提升数字人才自主创新能力", False), ("激发数字人才创新创业活力", False),
                                ("增加数字人才有效供给", False), ("形成数字人才集聚效应", False),
                                ("建设一支为北京数字经济发展贡献重要力量的数字人才队伍", False)]):
    G(f"t{i}", l, lab, opt=opt)
# ---- section headings and their lead paragraphs ----
SECT = {21: ("s2", "加强数字领域重点人才队伍建设"), 27: ("s3", "加大数字人才培育平台建设"),
        33: ("s4", "加快数字人才发展机制建设"), 39: ("s5", "加强数字人才组织保障体系建设")}
for n, (id, lab) in SECT.items():
    G(id, L[n], lab, evidence=L[n])
LEAD = {22: [("着力培养数字战略科学家、数字领军人才、数字技术人才和技能人才", False), ("不断优化人才培养结构", False), ("加大人才储备", False)],
        28: [("聚焦高水平人才高地建设", True), ("发挥国家实验室、国家科研机构、高水平研究型大学、科技领军企业的作用", False),
             ("重点打造一批行业特色鲜明、集聚创新人才的平台", False)],
        34: [("鼓励将数字人才纳入各类人才计划支持范围", False), ("积极探索高效灵活的人才引进、评价、激励和流动政策", False)],
        40: [("进一步提高政治站位", False), ("深刻认识加强数字人才培育的重要性", True), ("确保政策到位、措施到位、成效到位", False)]}
for n, items in LEAD.items():
    for i, (lab, opt) in enumerate(items):
        G(f"l{n}-{i}", L[n], lab, opt=opt)
# ---- the sixteen numbered tasks: heading + each coordinated verb phrase; bodies in the closing parentheses ----
ITEMS = {
 23: ("建设数字战略科学家梯队", [("发现和培养数字领域具有战略科学家潜质的高层次复合型人才", False), ("引进一批海外高层次数字人才", False),
      ("支持一批留学回国数字人才创新创业", False), ("组织一批海外高层次数字人才回国服务", False), ("着力培养战略科学家", False),
      ("形成成长梯队", False), ("不断提高原始创新能力", False), ("解决突破“卡脖子”难关", False)]),
 24: ("支持数字领军人才加快成长", [("鼓励各单位设立首席数据官", False), ("优先聘请取得数字类专业技术等级证书的数字技术人员担任", False),
      ("开设订单、订制、定向培训班", False), ("举办高级研修项目", False), ("不断提升首席数据官和企业管理人员数字能力素质", False),
      ("培养一批既懂产业技术又懂数字技术的复合型人才", False), ("助力产业数字化转型和高质量发展", False)]),
 25: ("培育数字人才重要后备力量", [("深入实施专业技术人才知识更新工程", False), ("培育壮大数字技术工程师队伍", False),
      ("实施数字技术工程师培育项目", False, "重点围绕大数据、人工智能、智能制造、集成电路、数据安全等数字领域新职业，实施数字技术工程师培育项目"), ("分职业、分专业、分等级开展规范化培训、社会化评价", False),
      ("取得专业技术等级证书的可衔接认定相应职称", False), ("不断提升从业人员数字素养和专业水平", False)]),
 26: ("壮大高素质数字技能人才队伍", [("持续开展职业院校、技工院校专业设置工作", False), ("完善动态优化调整机制", False),
      ("推动开展专业升级和数字化改造", False), ("重点支持工业互联网应用、人工智能技术应用、区块链技术应用", False),
      ("推进数字技能类相关课程、教材教程和教学团队建设", False), ("支持技工院校开展数字技能社会培训", False),
      ("加强北京市技工院校数字技能人才培养力度", False)]),
 29: ("深化产学研融合培养体系建设", [("探索数字领域新工科研究与实践", False), ("加强高等院校数字领域相关学科专业建设", False),
      ("加大交叉学科人才培养力度", False), ("建设一批数字领域“一流专业”“一流课程”", False),
      ("提升首都急需紧缺领域卓越工程师自主培养能力", False), ("支持高校、科研院所与企业联合培养复合型数字人才", False),
      ("加快构建各方面协同配合的创新联合体", False), ("突出企业承载数字人才主体地位", False),
      ("支持国家信创企业营造具有国际竞争力的人才发展环境", False), ("提升集聚吸引优秀人才的示范效应", False),
      ("培养和造就一批一流数字人才", False)]),
 30: ("完善数字技术人才基地建设", [("专业技术人才知识更新工程向数字领域倾斜", False),
      ("发挥专业技术人员继续教育基地、数字卓越工程师实践基地、产教融合实训基地", False),
      ("深化“北京公共数据开放创新基地”建设", False), ("开展数字人才继续教育和学术技术交流活动", False),
      ("加强数字领域博士后科研流动站、工作站建设", False), ("加大数字领域博士后人才培养力度", False)]),
 31: ("强化数字技能人才培养载体建设", [("重点培育一批具有数字技能培养优势的高技能人才培训基地和技能大师工作室", False, "围绕战略性数字经济新业态、新职业、新岗位，重点培育一批具有数字技能培养优势的高技能人才培训基地和技能大师工作室"),
      ("开展高技能人才培训和带徒传技、技术攻关等活动", False), ("企业新型学徒制培训", False),
      ("鼓励支持社会力量按要求举办数字产业职业技能培训机构", False)]),
 32: ("支持数字经济创新创业载体建设", [("深化人力资源服务产业园建设", False), ("加强统筹规划", False),
      ("指导人力资源服务产业园发展贴近数字产业、贴近数字经济需求", False), ("加强留学人员创业园建设", False),
      ("支持数字人才在园内创新创业", False), ("深度融合创新、产业、资金、人才等资源链条", False),
      ("加大数字人才创业培训力度", False), ("促进数字人才在人工智能、信息技术、智能制造、电子商务等数字经济领域创新创业", False)]),
 35: ("改进人才引进机制", [("开展数字人才引进工作", False, "紧密围绕首都重大项目、重大改革、重点产业和中关村国家自主创新示范区建设的重大任务，开展数字人才引进工作"), ("探索举办北京市数字工程师创新创业大赛等数字领域人才比赛", False),
      ("快速集聚一批有突出技术创新能力，善于解决复杂工程问题的工程师人才", False),
      ("对大赛表现突出的人员在人才引进、职称评审等方面予以倾斜", False), ("充分发挥“以赛引才”的人才培养作用", False),
      ("加大为本市数字经济发展作出突出贡献的优秀高技能人才引进力度", False)]),
 36: ("创新人才评价机制", [("升级国际职业资格认可目录", False), ("持续发布数字职业", False), ("动态调整数字职称专业设置", False),
      ("在工程技术系列增设大数据、量子信息、虚拟现实、集成电路等数字领域相关新职称", False),
      ("逐步向相关产业高度聚集区下放职称评审权", False), ("支持具备条件的各级各类数字型企业备案后自主开展职业技能等级认定", False),
      ("对优秀技能人才可直接认定或破格晋升职业技能等级", False),
      ("征集遴选数字产业头部企业、社会团体、职业学校、高等学校等备案成为社会培训评价组织", False),
      ("面向社会提供数字职业技能等级认定服务", False), ("推动落实“新八级工”职业技能等级制度", False),
      ("开展特级技师、首席技师评聘工作", False), ("大力培养创新性、实用型数字技能人才", False)]),
 37: ("健全人才激励机制", [("强化对数字人才的政治引领和精神激励", False), ("大力弘扬科学家精神、工程师文化和工匠精神", False),
      ("集中宣传一批优秀数字人才典型", False), ("持续发布数字经济从业人员相关岗位工资价位信息", False),
      ("引导企业建立健全符合数字人才特点的企业薪酬分配制度", False), ("制定和完善高层次人才管理办法及薪酬分配办法", False),
      ("鼓励事业单位参考人才市场价格合理确定薪酬水平", False), ("实行年薪制、协议工资、项目工资等灵活多样的分配形式", False),
      ("完善以市区奖励为引领、行业和企业奖励为主体的高技能人才奖励激励体系", False), ("评选表彰名额向数字型企业倾斜", False),
      ("给予相应奖励或津贴", False)]),
 38: ("优化人才流动机制", [("支持开展高层次数字人才出国（境）培训交流", False), ("加强与共建“一带一路”国家数字人才国际交流", False),
      ("培养一批具有国际视野的骨干人才", False), ("对接服务国家重大区域战略", False), ("鼓励数字人才在京津冀三地流动", False),
      ("支持各区制定出台精准有效的数字人才支持政策", False), ("引导优秀数字人才向重点企业流动", False),
      ("畅通企业数字人才向高校流动渠道", False), ("支持高校设立流动岗位", False),
      ("吸引符合条件的企业高层次数字人才按规定兼职", False), ("兼职创新、在职和离岗创办企业", False),
      ("持续推动流动人员人事档案基本公共服务各项政策措施落地见效", False),
      ("为数字人才提供方便快捷、同事同标的人事档案基本公共服务", False), ("促进数字人才资源顺畅有序流动", False)]),
 41: ("健全数字人才工作体系", [("积极发挥北京市专业技术人才知识更新工程指导协调小组作用", False),
      ("负责指导全市数字人才队伍建设工作", True),
      ("加强对数字人才队伍建设的组织领导、统筹协调、整体推进和督促落实", False),
      ("进一步加强本领域数字人才队伍建设", False), ("更好支撑重点工作", False), ("服务行业发展", False), ("提升核心竞争力", False),
      ("牵头负责本地区、本行业数字人才队伍建设工作", True),
      ("加强与组织、网信、发改、教育、科技、经信、数据、财政等部门协同联动", False),
      ("发挥区域内重点企业、社会组织和培养平台积极性", False), ("强化数字人才工作谋划", False), ("及时协调解决重点难点工作", False)]),
 42: ("夯实数字人才工作基础", [("加强数字人才工作政策研究体系建设", False), ("每年召开一次市专业技术人才知识更新工程指导协调小组会议", False),
      ("专题研究数字人才发展现状和配套支持政策", False), ("支持数字人才智库建设", False),
      ("汇聚来自企业、高校、科研院所等各方的专家", False), ("为高质量开展人才工作提供智力支持", False),
      ("不断增强数字人才工作前瞻性、系统性", False), ("持续开展数字领域产业人才需求预测工作", False),
      ("精准识别需求与供给", False), ("及时调整人才培养方向", False)]),
 43: ("提高数字人才投入水平", [("鼓励企业足额提取和使用职工教育经费", False), ("不断加大数字人才培养培训投入力度", False),
      ("积极培育数字经济细分领域专业投资机构", False), ("投成一批数字经济专精特新“小巨人”企业", False),
      ("重点支持数字经济“硬科技”和未来产业领域发展", False)]),
 44: ("加强数字人才服务保障", [("将高层次数字人才纳入地方高级专家库", False), ("开展咨询服务、走访慰问", True, "通过国情研修、休假疗养，开展咨询服务、走访慰问等方式"), ("体现对数字人才的关心关爱", False),
      ("支持和引导各区、用人单位在薪酬待遇、住房、子女入学等方面加大支持力度", False),
      ("为有就业意愿的数字人才配偶提供精细化、便捷化、专业化公共就业服务", False), ("解决数字人才的后顾之忧", False), ("让他们安身、安心、安业", True),
      ("不断营造数字人才成长成才良好环境", False)]),
}
for n, (head, items) in ITEMS.items():
    l = L[n]
    req, opt = bodies_of(l)
    G(f"i{n}", l, head, bodies=req, obodies=opt, evidence=l.split("。")[0] + "。")
    for i, it in enumerate(items):
        G(f"i{n}-{i}", l, it[0], opt=it[1], bodies=req, obodies=opt, evidence=it[2] if len(it) > 2 else None,
          weak={"ic"} if (n, i) == (30, 1) else ())  # 集成电路 only in the name of a training base
# ---- closing paragraph (line 45) ----
l = L[45]
for i, (lab, opt) in enumerate([("高度重视数字人才培育工作", False), ("抓住北京市数字经济发展的重要机遇期", False),
                                ("切实加强组织领导和沟通协调", False), ("凝聚各方力量", False),
                                ("推动建立多层次、多渠道、多类别、多形式的数字人才队伍建设新格局", False),
                                ("为推动首都数字经济高质量发展和建设全球数字经济标杆城市提供有力人才支撑", True)]):
    G(f"c{i}", l, lab, opt=opt)
# ---- figures ----
stat("s9", "联合印发国家行动方案的部门数", "9部门", "人力资源社会保障部等9部门《加快数字人才培育支撑数字经济发展行动方案（2024-2026年）》", optional=True)
# ---- promotes: the bodies responsible for a task push the technologies it names ----
for (b, t), req in sorted(PROMO.items()):
    rel(b, "promotes", t, optional=not req)
write()
