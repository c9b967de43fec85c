"""Gold annotation of interpretation-cac-zhuangrongwen-reform-long-2024 (庄荣文：深化网信领域改革 以网信事业高质量发展助力中国式现代化, Xinhua interview), by hand per shared/eval/ANNOTATE.md (annotator ann31)."""
ID = "interpretation-cac-zhuangrongwen-reform-long-2024"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
L = lines
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
    # a relation to an optional entity is optional too
    optional = optional or any(e.get("optional") for e in E if e["id"] in (s, o))
    key = (s, p, o)
    assert key not in {(r["s"], r["p"], r["o"]) for r in R}, key
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=(), opt_tech=()):
    """a Goal; evidence defaults to the sentence stating it; by = proposers, body = hasGoal subjects"""
    assert label in text, label
    e = ev(evidence) if evidence else sent(label)
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=optional, evidence=e)
    for p in by: rel(p, "proposes", id, optional=optional)
    for p in opt_by: rel(p, "proposes", id, optional=True)
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)
    for t in tech: rel(id, "involvesTechnology", t, optional=optional)
    for t in opt_tech: rel(id, "involvesTechnology", t, optional=True)

def stat(id, label, value, evidence, optional=False):
    assert str(value) in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=ev(evidence), optional=optional)

def write():
    gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
    (here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
    print(collections.Counter((r["p"], r.get("optional", False)) for r in R))

# Agencies and organisations
ent("cac", "Agency", "中央网信办")
ent("cac-state", "Agency", "国家网信办")
ent("cpc-cc", "Agency", "中共中央", ["党中央"])
ent("lg", "Agency", "中央网络安全和信息化领导小组")
ent("cac-comm", "Agency", "中央网信委")   # the leading group 后改为委员会
ent("xinhua", "Organization", "新华社")
ent("xinhuanet", "Organization", "新华网")
# People
ent("zhuang", "Person", "庄荣文")
rel("zhuang", "holdsPost", "cac", post="主任")
ent("wang", "Person", "王思北")   # byline (the Xinhua reporter)
ent("xi", "Person", "习近平", optional=True)
# Events
ent("plenum3", "Event", "党的二十届三中全会", ["二十届三中全会"])
ent("congress18", "Event", "党的十八大")
ent("wic", "Event", "世界互联网大会乌镇峰会")
ent("wuzhen", "Place", "乌镇", optional=True)
rel("wic", "locatedIn", "wuzhen", optional=True)
ent("china", "Place", "中国", ["我国"], optional=True)
# Documents
ent("decision", "Document", "中共中央关于进一步全面深化改革、推进中国式现代化的决定",
    ["《中共中央关于进一步全面深化改革、推进中国式现代化的决定》", "《决定》"])
rel("decision", "adoptedAt", "plenum3")
rel("decision", "publishedBy", "cpc-cc")
ent("genai-rules", "Document", "生成式人工智能服务管理暂行办法", ["《生成式人工智能服务管理暂行办法》"])
rel("genai-rules", "publishedBy", "cac-state")
# Technologies
T = [("genai", "生成式人工智能", ("生成式人工智能技术",), False), ("ai", "人工智能", ("人工智能技术",), False),
     ("llm", "大模型", ("自主大模型",), False), ("chip", "算力芯片", (), False),
     ("algo", "算法框架", (), True), ("corpus", "中文语料库", ("高质量中文语料库",), True),
     ("infra", "信息基础设施", (), True), ("cii", "关键信息基础设施", (), True),
     ("internet", "互联网", ("互联网新技术新应用",), True), ("it", "信息技术", (), True),
     ("cybersec", "网络安全", (), True), ("datasec", "数据安全", (), True)]
for id, l, al, opt in T:
    ent(id, "Technology", l, al, optional=opt)
# Statistics
stat("s-laws", "网络领域立法", "150多部", "网络领域立法150多部")
stat("s-wic", "世界互联网大会乌镇峰会连续成功举办", "10年", "创设并连续10年成功举办世界互联网大会乌镇峰会", optional=True)
stat("s-llm", "完成备案并上线、能为公众提供服务的生成式人工智能服务大模型", "190多个",
     "我国完成备案并上线、能为公众提供服务的生成式人工智能服务大模型已达190多个")
stat("s-users", "生成式人工智能服务注册用户", "超过6亿", "注册用户超过6亿")

Z = dict(by=("zhuang",), body=("cac",))
D = dict(body=("decision",))
# title and the Decision (lines 1-4)
goal("t1", "深化网信领域改革", L[0], **Z)
goal("t2", "以网信事业高质量发展助力中国式现代化", L[0], **Z)
goal("d1", "健全网络综合治理体系", L[2], opt_by=("zhuang",), **D)
# lines 9-12: achievements since 十八大 (past measures, optional)
P = dict(optional=True, opt_by=("zhuang",))
goal("p1", "改革和完善互联网管理领导体制机制", opt_body=("cpc-cc",), **P)
goal("p1b", "把党管互联网作为重要政治原则", opt_body=("cpc-cc",), **P)
goal("p1c", "成立中央网络安全和信息化领导小组", opt_body=("cpc-cc",), **P)
goal("p2", "压实网络意识形态工作责任制、网络安全工作责任制", **P)
goal("p3", "推动党管互联网落到实处", **P)
goal("p4", "全面加强网信系统党的建设和干部队伍建设", **P)
goal("p5", "强化网信领域顶层设计、总体布局、统筹协调、整体推进和督促落实", **P)
goal("p6", "健全完善各领域、多层级协调机制", **P)
goal("p7", "统筹推进网信领域重要任务、重大项目、重点工程", **P)
goal("p8", "创新网络内容建设和管理", **P)
goal("p9", "大力推动党的创新理论深入人心", **P)
goal("p10", "精心做好网上重大主题宣传", **P)
goal("p11", "健全完善网上风险防范机制", **P)
goal("p12", "推动网络治理由事后管理向过程治理、多头管理向协同治理转变", **P)
goal("p13", "建立健全网络安全防护体系", opt_tech=("cybersec",), **P)
goal("p14", "强化关键信息基础设施安全防护、数据安全管理和个人信息保护", opt_tech=("cii", "datasec"), **P)
goal("p15", "加强网信领域核心技术自主创新", **P)
goal("p15b", "建成全球规模最大、技术领先、性能优越的信息基础设施", opt_tech=("infra",), **P)
goal("p16", "推进依法治网", **P)
goal("p17", "加大网络执法力度", **P)
goal("p18", "深入开展网信领域国际交流合作", **P)
# lines 13-20: the new situation and tasks
goal("h2", "持续巩固和深化网信领域各项改革", L[12], optional=True, opt_by=("zhuang",), opt_body=("cac",))  # restates t1
goal("r1", "深入贯彻党的二十届三中全会重要决策部署", **Z)
goal("r2", "持续深化网信领域各项改革", optional=True, opt_by=("zhuang",), opt_body=("cac",))  # restates t1
goal("r3", "不断完善网信领域各项制度机制", **Z)
goal("r4", "深刻认识抢抓新一轮科技革命和产业变革机遇的极端重要性和紧迫性", optional=True, opt_by=("zhuang",), opt_body=("cac",))
goal("r5", "牢牢掌握时代发展主动权", **Z)
for i, l in enumerate(["举旗帜聚民心", "防风险保安全", "强治理惠民生", "增动能促发展", "谋合作图共赢"]):
    goal(f"m{i+1}", l, opt_by=("xi",), **Z)
goal("r6", "加快网信事业改革发展", **Z)
goal("r7", "为推进中国式现代化提供强大精神力量、可靠安全保障、强劲发展动能、良好发展环境", **Z)
goal("r7b", "加快建设网络强国", optional=True, opt_by=("zhuang",), opt_body=("cac",))
goal("r8", "进一步深化网信领域改革", optional=True, opt_by=("zhuang",), opt_body=("cac",))  # restates t1
goal("r9", "推动网信事业高质量发展", **Z)
# lines 21-31: generative AI
goal("a0", "积极推动生成式人工智能发展和管理", tech=("genai",), **Z)
goal("d2", "完善生成式人工智能发展和管理机制", tech=("genai",), opt_by=("zhuang",), **D)
goal("a0b", "在全球范围内率先开展立法", optional=True, opt_body=("genai-rules",))
goal("a0c", "为我国人工智能健康发展保驾护航", optional=True, opt_body=("genai-rules",), opt_tech=("ai",))
goal("a1", "坚持统筹高质量发展和高水平安全", **Z)
goal("a2", "推动这一重要领域的产业发展、技术进步与安全保障", **Z)
goal("a3", "强化自主可控", L[27], **Z)
goal("a4", "激发创新活力", L[27], **Z)
goal("a5", "着力促进自主可控算力芯片、算法框架研发建设", tech=("chip",), opt_tech=("algo",), **Z)
goal("a6", "打造高质量中文语料库", opt_tech=("corpus",), **Z)
goal("a7", "大力推进人工智能基础能力建设", tech=("ai",), **Z)
goal("a8", "加速自主大模型研发和应用", tech=("llm",), **Z)
goal("a9", "坚持包容审慎和敏捷治理", **Z)
goal("a10", "优化大模型备案流程", tech=("llm",), **Z)
goal("a11", "降低企业合规成本", **Z)
goal("a12", "持续激发企业创新活力", optional=True, opt_by=("zhuang",), opt_body=("cac",))  # restates a4
goal("b1", "引导应用落地", L[28], **Z)
goal("b2", "赋能行业发展", L[28], **Z)
goal("b3", "充分发挥我国超大规模市场优势", **Z)
goal("b4", "促进生成式人工智能技术在工业、农业及教育、医疗、卫生等领域落地应用", tech=("genai",), **Z)
goal("b5", "激活人工智能技术赋能实体经济发展的作用", tech=("ai",), **Z)
goal("b6", "合力推动人工智能在传统行业领域应用取得更大突破", tech=("ai",), **Z)
goal("c1", "守牢安全底线", L[29], **Z)
goal("c2", "防范滥用风险", L[29], **Z)
goal("c3", "在分类分级、安全测试、应急响应等方面丰富完善安全标准体系", **Z)
goal("c4", "引导推动大模型提升安全能力水平", tech=("llm",), **Z)
goal("c5", "指导相关平台企业合法合规向网民提供优质服务", **Z)
goal("c6", "防范技术滥用带来的个人数据泄露、虚假信息生成、知识产权侵权等风险", **Z)
goal("e1", "坚持协同共治", L[30], **Z)
goal("e2", "营造良好生态", L[30], **Z)
goal("e3", "推动建立健全相关法律和规章制度", **Z)
goal("e4", "推动人工智能安全治理政府监管、行业自治、企业自律、社会监督协调一致", tech=("ai",), **Z)
goal("e5", "开展人工智能安全国际合作", tech=("ai",), **Z)
goal("e6", "共同引导人工智能朝着有利于人类文明进步的方向发展", tech=("ai",), **Z)
# lines 32-41: the online ecosystem
goal("f0", "着力构建良好网络生态", **Z)
goal("f1", "加强网络空间法治建设", L[37], **Z)
goal("f2", "健全网络生态治理长效机制", L[35], **Z)
goal("f3", "实施网络强国战略", optional=True, opt_by=("zhuang",), opt_body=("cac",))
goal("f4", "营造清朗网络空间", optional=True, opt_by=("zhuang",), opt_body=("cac",))
goal("f5", "深入推进系统治理、依法治理、综合治理、源头治理", **Z)
goal("g0", "完善管网治网领导体制", **Z)
goal("g1", "坚持党管互联网原则", opt_tech=("internet",), **Z)
goal("g2", "巩固深化互联网管理领导体制改革成果", **Z)
goal("g3", "不断完善中央网信委领导、各部门协同联动的工作机制", **Z)
goal("g4", "充分发挥网信部门统筹协调作用", **Z)
goal("g5", "进一步完善网信工作体系", **Z)
goal("g6", "形成网络治理强大合力", **Z)
goal("h1", "坚持把依法治网作为基础性手段", **Z)
goal("h2b", "加快制定修订相关法律法规", **Z)
goal("h3", "推动构建系统完备的网络法律体系", **Z)
goal("h4", "完善网络执法协调工作机制", **Z)
goal("h5", "推进跨领域跨部门联合执法", **Z)
goal("h6", "严厉打击网络违法违规行为", **Z)
goal("i0", "强化技术治网能力", **Z)
goal("i1", "加强技术管网体系建设", **Z)
goal("i2", "提升技术治网能力和水平", optional=True, opt_by=("zhuang",), opt_body=("cac",))  # restates i0
goal("i3", "健全完善互联网新技术新应用安全评估机制", opt_tech=("internet",), **Z)
goal("i4", "加快新技术的创新应用", **Z)
goal("j0", "压实主管责任和主体责任", **Z)
goal("j1", "进一步强化属地管理和主管主办责任", **Z)
goal("j2", "落实网络意识形态工作责任制", **Z)
goal("j3", "有效整治网络生态突出问题", **Z)
goal("j4", "压实网站平台主体责任", **Z)
goal("j5", "督促网站平台规范内容、运营、资质管理", **Z)
goal("j6", "健全平台规则和内部机制", **Z)
goal("j7", "持续开展“清朗”系列专项行动", **Z)
goal("j8", "深化“自媒体”及MCN机构治理", **Z)
goal("j9", "有力打击各种网络乱象", **Z)
goal("j10", "构建清朗网络空间", **Z)
goal("k0", "提高网络文明水平", **Z)
goal("k1", "坚持以习近平新时代中国特色社会主义思想引领网络空间", **Z)
goal("k2", "积极培育和践行社会主义核心价值观", **Z)
goal("k3", "丰富优质网络文化产品供给", **Z)
goal("k4", "提供更多满足广大网民精神文化需求的网络产品和服务", **Z)

# 中央网信办 pushes the technologies its director's goals name
for t in ("genai", "ai", "llm", "chip"):
    rel("cac", "promotes", t)
for t in ("algo", "corpus", "internet"):
    rel("cac", "promotes", t, optional=True)

write()
