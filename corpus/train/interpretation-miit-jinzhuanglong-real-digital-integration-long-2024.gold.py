"""Gold annotation of interpretation-miit-jinzhuanglong-real-digital-integration-long-2024 (网安要闻 | 工信部部长：发展卫星互联网，推进第六代移动通信（6G）网络技术研发 — 金壮龙's signed article 《健全促进实体经济和数字经济深度融合制度（学习贯彻党的二十届三中全会精神）》, 人民日报 2024-08-20, reprinted by 网络空间安全科学学报 2024-08-24), by hand per shared/eval/ANNOTATE.md (annotator annC13)."""
ID = "interpretation-miit-jinzhuanglong-real-digital-integration-long-2024"
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
    key = (s, p, o)
    for r in R:
        if (r["s"], r["p"], r["o"]) == key:  # keep the stronger of two statements
            if not optional: r.pop("optional", None)
            return
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def sent(n, frag):
    """the sentence (up to 。 or ；) of line n containing frag; a heading line whole"""
    l = L[n]
    assert frag in l, (n, frag)
    i = l.index(frag)
    a = max(l.rfind("。", 0, i), l.rfind("；", 0, i)) + 1
    ends = [x for x in (l.find("。", i), l.find("；", i)) if x >= 0]
    b = min(ends) if ends else len(l) - 1
    return l[a:b + 1]

# ---- people, bodies, events, documents, places ----
ent("jin", "Person", "金壮龙")
ent("miit", "Agency", "工信部")
rel("jin", "holdsPost", "miit", post="部长")
ent("xi", "Person", "习近平")  # 习近平总书记: no body named
ent("rmrb", "Organization", "人民日报", ["《人民日报》"])  # the paper that printed the article (line 2, source line)
ent("cc", "Agency", "中共中央")  # only in the Decision's title
ent("plenum3", "Event", "党的二十届三中全会")
ent("cpc18", "Event", "党的十八大")
ent("dec", "Document", "中共中央关于进一步全面深化改革、推进中国式现代化的决定",
    ["《中共中央关于进一步全面深化改革、推进中国式现代化的决定》", "《决定》"])
rel("dec", "publishedBy", "cc")  # the title names the issuer
rel("dec", "adoptedAt", "plenum3")  # 党的二十届三中全会通过的《决定》
ent("china", "Place", "我国", ["中国"], optional=True)

# ---- technologies ----
T = [("5g", "5G", (), False), ("6g", "6G", ("第六代移动通信",), False), ("sat", "卫星互联网", (), False),
     ("iiot", "工业互联网", (), False), ("ai", "人工智能", (), False), ("bd", "大数据", (), False),
     ("inet", "互联网", (), False), ("chain", "区块链", (), False), ("iot", "物联网", (), False),
     ("llm", "大模型", ("通用大模型", "行业大模型"), False), ("ic", "集成电路", (), False),
     ("robot", "人形机器人", (), False), ("quantum", "量子信息", (), False), ("bci", "脑机接口", (), False),
     ("v2x", "车联网", (), False), ("ppc", "隐私计算", (), False),
     ("compute", "算力", (), True), ("basesw", "基础软件", (), True), ("im", "智能制造", (), True),
     ("cloudmfg", "云制造", (), True), ("dspace", "数据空间", (), True), ("desens", "数据脱敏", (), True),
     ("icc", "智能计算中心", (), True), ("bdc", "大数据中心", (), True), ("ngit", "新一代信息技术", (), True),
     ("dtech", "数字技术", (), True), ("dztech", "数智技术", (), True), ("infra", "信息基础设施", (), True),
     ("dinfra", "数据基础设施", ("国家数据基础设施",), True)]
for id, l, al, opt in T:
    ent(id, "Technology", l, al, optional=opt)
TOPT = {id for id, l, al, opt in T if opt}

labels = {}
def G(n, label, frag=None, opt=False, tech=(), who="jin", evidence=None):
    """a goal stated on line n. who: jin = the minister's task (金壮龙 proposes, 工信部 hasGoal: he writes as
    its head, 我们要/必须/要…); dec = what the Decision sets (《决定》 hasGoal; 金壮龙 proposes and 工信部 hasGoal
    optional); xi = 习近平's quoted aim (习近平 proposes optional); both = the Decision's aim that the minister
    restates as his own."""
    e = evidence or sent(n, frag or label)
    assert label in e, (label, e)
    assert 4 <= len(label) <= 30, (len(label), label)
    assert label not in labels, label
    id = f"g{n}-{sum(1 for x in labels.values() if x.startswith(f'g{n}-')) + 1}"
    labels[label] = id
    ent(id, "Goal", label, optional=opt, evidence=ev(e))
    if who in ("jin", "both"):
        rel("jin", "proposes", id, optional=opt)
        rel("miit", "hasGoal", id, optional=opt)
    if who in ("dec", "both"):
        rel("dec", "hasGoal", id, optional=opt)
    if who == "dec":
        rel("jin", "proposes", id, optional=True)
        rel("miit", "hasGoal", id, optional=True)
    if who == "xi":
        rel("xi", "proposes", id, optional=True)
    for t in tech:
        rel(id, "involvesTechnology", t, optional=opt or t in TOPT)
        if who in ("jin", "both"):
            rel("miit", "promotes", t, optional=opt or t in TOPT)
    return id

def again(n, label, who="jin", frag=None):
    """a restated aim: the node already made, its holder and proposer confirmed"""
    id = labels[label]
    assert label in L[n] or (frag and frag in L[n]), (n, label)
    if who == "jin":
        rel("jin", "proposes", id); rel("miit", "hasGoal", id)

# ---- line 1 (title) and line 2 (the reprinter's lead, quoting line 18) — nodes made at line 18 ----
# ---- line 4: the Decision ----
G(4, "健全促进实体经济和数字经济深度融合制度", who="both")  # also the article's title (line 2)
G(4, "加快推进新型工业化", who="both")  # restated line 11 (必须加快推进新型工业化)
G(4, "加快构建促进数字经济发展体制机制", who="dec")
G(4, "完善促进数字产业化和产业数字化政策体系", who="dec")
# ---- line 6: 习近平's call ----
G(6, "推动实体经济和数字经济融合发展", who="xi")
G(6, "以信息化培育新动能", who="xi")
G(6, "用新动能推动新发展", who="xi")
G(6, "紧紧抓住数字技术变革机遇", who="xi", tech=("dtech",))
G(6, "促进实体经济和数字经济深度融合")  # the article's theme, restated on lines 7-11, 17
rel("dec", "hasGoal", labels["促进实体经济和数字经济深度融合"], optional=True)
rel("xi", "proposes", labels["促进实体经济和数字经济深度融合"], optional=True)
G(6, "为高质量发展提供新动能", who="xi")
for l in ("紧紧抓住数字技术变革机遇", "为高质量发展提供新动能"):  # 要…: 习近平's call or the minister's own
    rel("jin", "proposes", labels[l], optional=True); rel("miit", "hasGoal", labels[l], optional=True)
# ---- line 7 ----
G(7, "把促进实体经济和数字经济深度融合摆在重要战略位置")
G(7, "充分释放我国制造大国和网络大国的叠加、聚合、倍增效应")
G(7, "拓展经济发展新空间")
G(7, "打造国际竞争新优势")
G(7, "赢得未来发展主动权")
# ---- line 8 ----
G(8, "充分发挥数字经济高创新性、强渗透性、广覆盖性特点")
G(8, "持续拓展实体经济和数字经济融合的深度和广度")
G(8, "提升产业体系现代化水平")
# ---- line 9 ----
G(9, "实现新型工业化", who="xi")
G(9, "把建设制造强国同发展数字经济、产业信息化等有机结合", who="xi")
again(9, "促进实体经济和数字经济深度融合")
G(9, "加快制造业数字化、网络化、智能化发展")
G(9, "推进制造业质量变革、效率变革、动力变革")
G(9, "促进我国产业迈向全球价值链中高端")
# ---- lines 10-11: part 2 ----
G(10, "筑牢实体经济和数字经济深度融合根基")
G(11, "做强做优实体经济")
again(11, "加快推进新型工业化")
G(11, "主动适应和引领新一轮科技革命和产业变革")
G(11, "推进信息化和工业化深度融合")
G(11, "以新一代信息技术赋能全产业体系", tech=("ngit",))
G(11, "加快传统产业改造升级")
G(11, "培育壮大新兴产业")
G(11, "前瞻布局未来产业")
G(11, "坚定不移筑牢制造业")
G(11, "加快建设以先进制造业为骨干的现代化产业体系")
# ---- line 12 ----
G(12, "培育壮大先进制造业集群")
G(12, "完善集群布局")
G(12, "引导技术、资金、人才等各类创新资源要素向先进制造业集群汇聚")
G(12, "推动集群数字化智能化升级")
G(12, "发挥龙头企业带动作用")
G(12, "支持上下游企业协同开展数字化改造")
G(12, "促进资源在线化、生产柔性化、产业链协同化")
G(12, "提升产业集群综合竞争力")
G(12, "加快打造一批世界级先进制造业集群")
# ---- line 13 ----
G(13, "推动制造业高端化、智能化、绿色化")
G(13, "实施制造业重大技术改造升级和大规模设备更新工程")
G(13, "开展制造业新型技术改造城市试点")
G(13, "促进企业广泛应用数智技术、绿色技术实施改造升级", tech=("dztech",))
G(13, "推动设备更新、工艺升级、数字赋能、管理创新")
G(13, "加快向全球价值链中高端迈进")
G(13, "完善智能制造推进机制", tech=("im",))
G(13, "体系化开展场景模式探索、系统解决方案揭榜攻关", frag="体系化开展场景模式探索")
G(13, "以智能制造为主攻方向推动产业技术变革和优化升级", tech=("im",))
G(13, "推动数字化绿色化协同发展")
G(13, "加快数字化绿色化融合技术创新研发和应用")
G(13, "推动制造业绿色低碳转型")
# ---- line 14 ----
G(14, "健全提升优势产业领先地位体制机制")
G(14, "把这个优势巩固住、发挥好")
G(14, "实施重点产业链高质量发展行动")
G(14, "深入实施产业基础再造工程和重大技术装备攻关工程")
G(14, "提升产业链供应链韧性和安全水平")
G(14, "加快培育具有生态主导力和产业链控制力的世界一流企业")
G(14, "促进专精特新中小企业发展")
G(14, "完善上下游企业信息共享机制")
G(14, "构建数据驱动、精准匹配、协同透明的数字化供应链网络")
G(14, "完善东中西部合作、央地合作、产融合作等机制")
G(14, "引导产业在国内梯度有序转移")
G(14, "增强国内产业根植性")
# ---- line 15 ----
G(15, "建立保持制造业合理比重投入机制")
G(15, "保持制造业比重基本稳定")
G(15, "优化财税支持政策")
G(15, "健全重大战略任务资金保障机制")
G(15, "加大对制造业技术创新、绿色发展、数字化智能化升级", frag="加大对制造业技术创新")
G(15, "引导更多资源要素向先进制造业集聚")
G(15, "健全金融支持推进新型工业化的机制")
G(15, "构建重点产业链攻关的全链条金融服务支撑体系")
G(15, "优化重大产业基金运作和监管机制")
G(15, "完善基金绩效考评体系")
G(15, "确保资金投向符合国家战略要求")
G(15, "完善先进制造业增值税加计抵减政策")
G(15, "合理降低制造业综合成本和税费负担")
# ---- lines 16-17: part 3 ----
G(16, "大力推进数字产业化和产业数字化")  # = line 17 推进数字产业化和产业数字化是重要着力点
G(17, "牢牢把握新一轮科技革命和产业变革机遇")
G(17, "统筹谋划", opt=True)
G(17, "协同创新", opt=True)
G(17, "做强做优做大数字经济")
G(17, "深化数字技术为实体经济全方位赋能", tech=("dtech",))
# ---- line 18 (quoted in the lead, line 2, and the title, line 1) ----
G(18, "适度超前部署信息基础设施", tech=("infra",))
G(18, "加强战略布局")
G(18, "加快建设高速泛在、天地一体、云网融合、智能敏捷、绿色低碳", frag="加快建设高速泛在")
G(18, "建立健全信息基础设施统筹规划、整体布局和协调联动的体制机制", tech=("infra",))
G(18, "适度超前建设5G、算力等信息基础设施", tech=("5g", "compute", "infra"))
G(18, "深入推进工业互联网创新发展", tech=("iiot",))
G(18, "深化“5G+工业互联网”融合创新和规模化应用", tech=("5g", "iiot"))
G(18, "发展卫星互联网", tech=("sat",))
G(18, "推进第六代移动通信（6G）网络技术研发", tech=("6g",))
G(18, "加强交通、能源、市政等传统基础设施数字化、智能化改造")
G(18, "形成适应智能经济、智能社会需要的基础设施体系")
G(18, "健全网络和数据安全保障政策、制度、标准体系")
G(18, "提升网络和数据安全保障能力")
# ---- line 19 ----
G(19, "加快新一代信息技术全方位全链条普及应用", tech=("ngit",))
G(19, "把握数字化、网络化、智能化融合发展的契机", opt=True)
G(19, "推进互联网、大数据、人工智能同实体经济深度融合", tech=("inet", "bd", "ai"))
G(19, "加快产业体系优化升级")
G(19, "实施制造业数字化转型行动和智能制造工程", tech=("im",))
G(19, "支持企业围绕典型场景实施软硬件一体化改造")
G(19, "推动生产设备和信息系统全面互联互通")
G(19, "优化业务流程")
G(19, "开展数字化集成应用创新")
G(19, "建设一批数字化转型标杆企业、智能工厂")
G(19, "优化中小企业数字化转型供给体系")
G(19, "实施中小企业数字化赋能专项行动")
G(19, "探索形成促进中小企业数字化转型长效机制")
G(19, "推进人工智能赋能新型工业化", tech=("ai",))
G(19, "加强通用大模型和行业大模型研发布局", tech=("llm",))
G(19, "推动人工智能在工业研发设计、中试验证、生产制造", frag="推动人工智能在工业研发设计", tech=("ai",))
G(19, "构建区块链产业生态", tech=("chain",))
G(19, "推动区块链和人工智能、大数据、物联网等前沿信息技术的深度融合", tech=("chain", "ai", "bd", "iot"))
G(19, "加强区块链技术应用", tech=("chain",))
# ---- line 20 ----
G(20, "加快产业模式和企业组织形态变革")
G(20, "引导企业积极利用新一代信息技术开展业务和流程创新", tech=("ngit",))
G(20, "推进先进制造业与现代服务业深度融合")
G(20, "发展数字化管理、平台化设计、个性化定制、网络化协同", frag="发展数字化管理")
G(20, "壮大柔性生产、云制造、共享制造、虚拟制造、工业电商等新业态", tech=("cloudmfg",))
G(20, "鼓励开展第三方智能服务")
G(20, "实现更广范围资源优化配置", frag="实现更广范围资源优化配置")  # 、更深程度生产方式变革、更高水平价值创造
G(20, "引导企业组织管理创新")
G(20, "鼓励支持扁平化、平台化、生态化等新企业形态发展")
G(20, "培育资源共享、价值共创、风险共担等新型产业组织模式")
# ---- line 21 ----
G(21, "打造具有国际竞争力的数字产业集群")
G(21, "建立健全科技创新和产业创新深度融合的体制机制")
G(21, "强化企业科技创新主体地位")
G(21, "科学布局科技创新、产业创新")
G(21, "建设一批行业共性技术平台")
G(21, "加快布局建设一批概念验证、中试验证平台")
G(21, "促进科技成果转化应用")
G(21, "加大技术研发力度", tech=("ic", "basesw"))  # 针对集成电路、基础软件、科研仪器等瓶颈制约
G(21, "为确保重要产业链供应链自主安全可控提供科技支撑")
G(21, "瞄准未来科技和产业发展制高点", opt=True)
G(21, "加快新一代信息技术、人形机器人、人工智能、量子信息", frag="加快新一代信息技术、人形机器人",
  tech=("ngit", "robot", "ai", "quantum", "chain", "bci"))  # …、区块链、脑机接口等领域科技创新
G(21, "培育发展新兴产业和未来产业", opt=True)  # restates line 11's 培育壮大新兴产业, 前瞻布局未来产业
# ---- lines 22-23: part 4 ----
G(23, "加快完善平台经济、数据等重点领域基础性制度")
G(22, "完善数字经济重点领域基础性制度", opt=True)  # the heading, restated on line 23
G(23, "充分激发平台、数据等资源要素活力")
G(23, "为实体经济和数字经济深度融合提供坚实保障")
# ---- line 24 ----
G(24, "促进平台经济创新发展")
G(24, "健全平台经济常态化监管制度")
G(24, "支持平台企业发挥生态优势")
G(24, "提升数字技术和产品服务水平", tech=("dtech",))
G(24, "构建算法安全治理体系")
G(24, "完善算法备案、分类分级管理、安全评估等监管制度")
G(24, "健全保障平台企业境外发展的法律政策和服务体系")
G(24, "完善灵活就业和新就业形态劳动者权益保障制度")
G(24, "加快探索适合新就业形态劳动者特点的社会保障参保办法")
# ---- line 25 ----
G(25, "建设和运营国家数据基础设施", tech=("dinfra",))
G(25, "加快建设适应数据要素特征、促进数据流通利用", frag="加快建设适应数据要素特征", tech=("dinfra",))
G(25, "推动数据汇聚、处理、流通、应用、交易等功能有序高效运转")
G(25, "促进数据共享")  # restated on line 26
G(25, "构建全国一体化大数据中心体系", tech=("bdc",))
G(25, "推动智能计算中心有序发展", tech=("icc",))
G(25, "建设若干国家枢纽节点和大数据中心集群", tech=("bdc",))
G(25, "积极发展车联网等融合基础设施", tech=("v2x",))
G(25, "发展数据空间、隐私计算、区块链、数据脱敏等技术", tech=("dspace", "ppc", "chain", "desens"))
G(25, "有效提升数据流通环节安全可靠水平")
# ---- line 26 ----
G(26, "建立健全数据基础制度")
G(26, "加快建立数据产权归属认定、市场交易、权益分配、利益保护制度")
G(26, "完善数据要素市场体制机制")
G(26, "建立健全数据共享和开发利用的激励约束机制")
again(26, "促进数据共享")
G(26, "推进公共数据、企业数据、个人数据开发利用")
G(26, "强化高质量数据要素供给")
G(26, "建立健全国家公共数据资源体系")
G(26, "推动公共数据资源安全有序开放")
G(26, "建立合规高效的数据要素流通和交易制度")
G(26, "建设规范数据交易市场")
G(26, "提升数据安全治理监管能力")
G(26, "健全行业数据安全管理制度")
G(26, "完善标准规范")
G(26, "构建重要数据识别、目录备案、风险评估等常态化监管机制")
G(26, "建立高效便利安全的数据跨境流动机制")

# ---- statistics ----
S = [("s-core", "2023年数字经济核心产业增加值", "超过12万亿元"),
     ("s-share", "数字经济核心产业增加值占国内生产总值比重", "10%左右"),
     ("s-clusters", "国家级先进制造业集群", "45个"),
     ("s-rank", "制造业总体规模居世界首位", "连续14年")]
for id, l, v in S:
    assert v in text, v
    ent(id, "Statistic", l, value=v)

# ---- checks and output ----
ids = [e["id"] for e in E]
assert len(ids) == len(set(ids))
out = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
c = collections.Counter(e["type"] for e in E)
print(ID, len(E), "entities", dict(c), len(R), "relations",
      sum(1 for e in E if e.get("optional")), "optional entities",
      sum(1 for r in R if r.get("optional")), "optional relations")
