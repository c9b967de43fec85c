"""Gold annotation of document-miit-ict-business-environment-long-2024 (工业和信息化部《关于创新信息通信行业管理 优化营商环境的意见》, 工信部信管〔2024〕147号, with 中国信息安全's lead paragraph, as reprinted from 工信部网站), by hand per shared/eval/ANNOTATE.md."""
ID = "document-miit-ict-business-environment-long-2024"
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
ent("miit", "Agency", "工业和信息化部", ["工信部"])
ent("cpc-cc", "Agency", "党中央")
ent("sc", "Agency", "国务院")
# the addressees: a class of bodies (各省、自治区、直辖市通信管理局), not one named body
ent("cas", "Agency", "通信管理局", ["各省、自治区、直辖市通信管理局"], optional=True)
ent("miit-site", "Organization", "工信部网站", optional=True)
ent("xi", "Person", "习近平", optional=True)                 # only inside 习近平新时代中国特色社会主义思想
# ---- events, documents ----
ent("cpc20", "Event", "党的二十大")
ent("doc", "Document", "关于创新信息通信行业管理 优化营商环境的意见", ["工信部信管〔2024〕147号"])
rel("doc", "publishedBy", "miit")
ent("catalog", "Document", "电信业务分类目录")
ent("iiot-opinion", "Document", "工业互联网高质量发展指导意见", optional=True)   # to be issued, not in 《》
rel("iiot-opinion", "publishedBy", "miit", optional=True)
# ---- statistic ----
ent("s-tasks", "Statistic", "《意见》提出的重点任务", value="12项",
    evidence="围绕持续优化高效开放统一的准入环境，积极营造健康公平有序的竞争环境，进一步打造规范透明可预期的监管环境，着力构建便捷可靠优质的服务环境等四个方面提出12项重点任务")
# ---- technologies ----
TECH = [("5g", "5G", ("5G网络",), False), ("ai", "人工智能", (), False), ("quantum", "量子信息", (), False),
        ("satnet", "卫星互联网", (), False), ("bigdata", "大数据", (), False), ("blockchain", "区块链", (), False),
        ("gigabit", "千兆光网", (), False), ("iiot", "工业互联网", (), False),
        ("compute", "算力", (), True), ("smart-compute", "智算", (), True), ("idc", "互联网数据中心", (), True),
        ("internet", "互联网", (), True), ("mobile-internet", "移动互联网", (), True),
        ("mobile", "移动通信", (), True), ("algorithm", "算法", (), True), ("e-license", "电子证照", (), True),
        ("broadband", "宽带", (), True)]
TOPT = {}
for id, l, al, opt in TECH:
    ent(id, "Technology", l, al, optional=opt)
    TOPT[id] = opt

USED = set()
def G(id, line, label, opt=False, evidence=None, doc=True, miit=None, cas=False, maxlen=40):
    """a goal stated on line; doc: the 意见 sets it (required unless the goal is optional);
    miit: True required / None optional / False none; cas: the 通信管理局 (optional node) carry it out;
    involvesTechnology for each technology the label names (optional if the tech or the goal is)"""
    assert label in L[line], (line, label)
    assert 4 <= len(label) <= maxlen, label
    e = evidence or clause(line, label)
    assert label in e and e in L[line], (label, e)
    ent(id, "Goal", label, optional=opt, evidence=ev(e))
    if doc: rel("doc", "hasGoal", id, optional=opt)
    if miit is not False: rel("miit", "hasGoal", id, optional=opt or miit is None)
    if cas: rel("cas", "hasGoal", id, optional=True)
    hits = [(t, l, al, o) for t, l, al, o in TECH if l in label or any(a in label for a in al)]
    # a longer technology name shadows the one it contains (卫星互联网 ⊃ 互联网)
    names = [l for _, l, _, _ in hits]
    for t, l, al, o in hits:
        if any(l != m and l in m for m in names): continue
        rel(id, "involvesTechnology", t, optional=opt or o)
        if not (opt or o): USED.add(t)

# ---- lead paragraph (line 2, 中国信息安全's summary): the aims of the 意见 as MIIT issues it ----
P = dict(miit=True)
G("l1", 2, "全面优化行业管理制度、方式、手段", **P)
G("l2", 2, "进一步完善支持信息通信企业高质量发展的政策举措", **P)
G("l3", 2, "更大激发企业内生动力", **P)
G("l4", 2, "为支撑经济社会高质量发展作出更大贡献", opt=True, **P)   # close to a13 (line 8)
# ---- preamble (line 6): 工业和信息化部 speaks (提出以下意见); restated in the lead (line 2) ----
G("p1", 6, "贯彻落实党中央、国务院关于优化营商环境部署要求", **P)
G("p2", 6, "深入推进信息通信行业管理创新", **P)
G("p3", 6, "进一步优化营商环境", **P)
G("p4", 6, "推动信息通信行业高质量发展", **P)            # restated line 8: 以推动信息通信行业高质量发展为主题
G("p5", 6, "持续发挥行业支撑经济社会发展的战略性、基础性、先导性作用", **P)
# ---- 一、总体要求 (line 8) ----
G("a0", 8, "以习近平新时代中国特色社会主义思想为指导", opt=True)
G("a1", 8, "深入贯彻落实党的二十大精神")
G("a2", 8, "立足新发展阶段", opt=True)
G("a3", 8, "完整、准确、全面贯彻新发展理念")
G("a4", 8, "加快构建新发展格局")
G("a5", 8, "坚持改革创新、依法行政、技管结合、赋能发展的原则")
G("a6", 8, "以创新行业管理为着力点", opt=True)                # the means of p2
G("a7", 8, "加快建设与数字化发展相适应的现代化行业监管和服务体系")
G("a8", 8, "助力构建市场化、法治化、国际化一流营商环境")
G("a9", 8, "更好地发挥“一业带百业”的赋能作用", miit=True)    # restated in the lead (line 2)
G("a10", 8, "推进新型工业化")
G("a11", 8, "建设制造强国、网络强国和数字中国")
G("a12", 8, "促进经济社会高质量发展")
# ---- 二、准入环境 (lines 9-12); the four part headings are restated in the lead (line 2) ----
G("h2", 9, "持续优化高效开放统一的准入环境", evidence=L[9])
G("b1", 10, "优化市场准入管理", evidence="（一）优化市场准入管理。")
G("b2", 10, "加强业务指导")
G("b3", 10, "优化审批流程")
G("b4", 10, "实现“一次性申请、一站式审批”")
G("b5", 10, "完善电信设备产品系族管理")
G("b6", 10, "有序开展电信设备进网许可自检自证试点")
G("b7", 10, "推行电信业务经营许可、电信网码号资源使用证书、设备进网许可标志电子证照")
G("b8", 10, "加强互通互认")
G("c1", 11, "加强创新发展支持", evidence="（二）加强创新发展支持。")
G("c2", 11, "加快修订《电信业务分类目录》")
G("c3", 11, "推动业务分类及界定更好满足新技术新业务发展需要")
G("c4", 11, "支持企业创新发展")
G("c5", 11, "统筹开展新型电信业务商用试点")
G("c6", 11, "支持相关地区和企业有序开展业务创新", evidence="在确保安全底线的前提下支持相关地区和企业有序开展业务创新")
G("c7", 11, "加快制定新技术新业务创新发展配套支持政策")
G("c8", 11, "鼓励企业进一步深化在5G、人工智能、量子信息等新兴领域的技术创新和产业应用", maxlen=45)
G("d1", 12, "扩大电信业务开放", evidence="（三）扩大电信业务开放。")
G("d2", 12, "推动形成高水平对外开放新局面")
G("d3", 12, "进一步试点扩大增值电信业务开放")
G("d4", 12, "深入推进电信业务向民间资本开放")
G("d5", 12, "加大对民营企业参与移动通信转售等业务和服务创新的支持力度")
G("d6", 12, "有序推进卫星互联网业务准入制度改革")
G("d7", 12, "更好地支持民营电信企业发展")
# ---- 三、竞争环境 (lines 13-16) ----
G("h3", 13, "积极营造健康公平有序的竞争环境", evidence=L[13])
G("e1", 14, "健全市场公平竞争规则", evidence="（一）健全市场公平竞争规则。")
G("e2", 14, "加快完善信息通信领域市场秩序相关监管制度规则")
G("e3", 14, "进一步完善认定标准和处置依据",
  evidence="针对滥用技术和算法优势扰乱市场等新型不正当竞争行为，进一步完善认定标准和处置依据")
G("e4", 14, "强化市场秩序监管的法治保障")
G("e5", 14, "加强信息通信行业政策文件公平竞争审查")
G("e6", 14, "依法清理废除妨碍统一市场和公平竞争的政策措施")
G("f1", 15, "维护市场良好竞争秩序", evidence="（二）维护市场良好竞争秩序。")
G("f2", 15, "加强基础电信市场竞争管理")
G("f3", 15, "建立校园电信市场等重点领域公平竞争状况监测、巡查和通报机制")
G("f4", 15, "对苗头性、典型性、集中性问题提前研判、快速处置、妥善化解",
  evidence="对苗头性、典型性、集中性问题提前研判、快速处置、妥善化解")
G("f5", 15, "依法维护市场秩序")
G("f6", 15, "大力营造公平竞争、开放共享的互联网行业生态")
G("f7", 15, "督促大型平台企业公平、平等对待第三方企业")
G("f8", 15, "依法处置恶意不兼容、干扰互联网应用安装运行等扰乱市场秩序的行为")
G("i1", 16, "深化行业组织协同共治", evidence="（三）深化行业组织协同共治。")
G("i2", 16, "指导行业协会等第三方组织规范高效参与行业协同共治")
G("i3", 16, "建立信息通信市场争议预处理机制")
G("i4", 16, "引导企业自觉维护市场竞争秩序")
G("i5", 16, "组织协调相关企业签署自律承诺")
G("i6", 16, "加强公平竞争正面案例宣传")
G("i7", 16, "推动形成公平有序发展的行业氛围")
# ---- 四、监管环境 (lines 17-20) ----
G("h4", 17, "进一步打造规范透明可预期的监管环境", evidence=L[17])
G("j1", 18, "创新包容审慎监管方式", evidence="（一）创新包容审慎监管方式。")
G("j2", 18, "健全以信用为基础的长效监管机制")
G("j3", 18, "推动实施事前信用承诺、事中信用分类监管、事后信用修复的行业管理新模式")
G("j4", 18, "引导企业自觉合规经营")
G("j5", 18, "推广行政指导、行政约谈等柔性监管手段")
G("j6", 18, "细化信息通信领域“轻微违法不罚”的具体标准",
  evidence="按照合法、科学、审慎的原则，细化信息通信领域“轻微违法不罚”的具体标准")
G("j7", 18, "完善配套监管制度")
G("j8", 18, "依法给予经营主体容错纠错空间")
G("k1", 19, "构建“以网管网”监管能力", evidence="（二）构建“以网管网”监管能力。")
G("k2", 19, "强化技术赋能监管")
G("k3", 19, "推进现有技术监管能力迭代升级")
G("k4", 19, "建设互联网数据中心等重点电信业务大数据综合监管平台", evidence="建设互联网数据中心等重点电信业务大数据综合监管平台")
G("k5", 19, "面向移动互联网应用程序检测及认证公共服务平台", opt=True, evidence="面向移动互联网应用程序检测及认证公共服务平台")   # the second object of 建设 (k4)
G("k6", 19, "强化业务合规经营情况的线上监测分析、调查取证能力")
G("k7", 19, "健全技术监管体系")
G("k8", 19, "加快探索大数据、区块链、人工智能等新技术在监管中的应用")
G("k9", 19, "推行远程监管、线上监管方式")
G("k10", 19, "进一步提升监管效能")
G("m1", 20, "严格规范行政监管执法", evidence="（三）严格规范行政监管执法。")
G("m2", 20, "严格落实行政执法三项制度")
G("m3", 20, "持续开展专项执法培训")
G("m4", 20, "不断完善行政执法程序")
G("m5", 20, "优化执法方式")
G("m6", 20, "确保执法过程公正公开、执法程序严谨规范")
G("m7", 20, "强化综合监管")
G("m8", 20, "进一步完善互联网领域综合监管体制机制")
G("m9", 20, "积极探索跨地区、跨部门综合执法")
G("m10", 20, "推进监管信息共享互认和执法协作")
G("m11", 20, "避免多头检查和重复执法")
# ---- 五、服务环境 (lines 21-24) ----
G("h5", 21, "着力构建便捷可靠优质的服务环境", evidence=L[21])
G("o1", 22, "提升政务服务水平", evidence="（一）提升政务服务水平。")
G("o2", 22, "提升“一网通办”水平")
G("o3", 22, "持续优化线上服务平台功能")
G("o4", 22, "完善非关键要素材料“容缺办理”标准规范和服务模式")
G("o5", 22, "畅通群众诉求反映直达通道")
G("o6", 22, "充分发挥12381服务热线作用")
G("o7", 22, "做好用户信访、留言等办理")
G("o8", 22, "加强数据分析研究", evidence="针对企业在办事过程中遇到的问题，加强数据分析研究")
G("o9", 22, "推动破解问题关口前移")
G("o10", 22, "实现解决一个诉求、优化一类服务")
G("q1", 23, "改善通信服务感知", evidence="（二）改善通信服务感知。")
G("q2", 23, "持续提升服务能力", evidence="围绕“高效办成一件事”，持续提升服务能力")
G("q3", 23, "加快推进电信业务线上办、异地办")
G("q4", 23, "优化宽带报装服务")
G("q5", 23, "完善在线查询报装要求和办理进度、申请业务开通和缴费等功能")
G("q6", 23, "进一步压减办理时长", evidence="进一步压减办理时长")
G("q7", 23, "提高服务效率", evidence="提高服务效率")
G("q8", 23, "引导基础电信企业提供更加优质、优惠的互联网专线服务")
G("q9", 23, "丰富信息化综合解决方案供给")
G("q10", 23, "切实提升通信服务效能")
G("r1", 24, "加强数字服务赋能", evidence="（三）加强数字服务赋能。")
G("r2", 24, "全面服务支撑新型工业化")
G("r3", 24, "加快推进5G网络与千兆光网协同建设")
G("r4", 24, "优化网络布局架构")
G("r5", 24, "提升网络服务性能")
G("r6", 24, "夯实千行百业数字化发展基石")
G("r7", 24, "开展算力互联互通技术研究和试点应用")
G("r8", 24, "推动公共算力资源标准化互联")
G("r9", 24, "加强算力统筹监测")
G("r10", 24, "打造智算生态圈")
G("r11", 24, "提升算力服务能力")
G("r12", 24, "助力传统产业智能化升级")
G("r13", 24, "出台工业互联网高质量发展指导意见")
G("r14", 24, "构建多层次、系统化的工业互联网平台体系")
G("r15", 24, "提升产业链供应链现代化水平")
# ---- closing (line 25): the provincial 通信管理局 are to carry these out ----
C = dict(cas=True)
G("t1", 25, "高度重视", opt=True, evidence="各省、自治区、直辖市通信管理局要高度重视", **C)   # bare exhortation
G("t2", 25, "主动融入地方经济社会建设大局", **C)
G("t3", 25, "健全完善属地多方协同的优化营商环境机制", **C)
G("t4", 25, "加强组织领导和统筹协调", **C)
G("t5", 25, "压实工作责任", **C)
G("t6", 25, "适时推出更多利企便民举措", **C)
G("t7", 25, "及时总结提炼经验做法和典型模式", **C)
G("t8", 25, "综合利用多种传播渠道主动宣传", **C)
G("t9", 25, "营造优化营商环境、支持企业发展的良好氛围", **C)

# ---- promotes: MIIT issues the 意见 whose goals name these technologies ----
for t, l, al, opt in TECH:
    rel("miit", "promotes", t, optional=t not in USED)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
