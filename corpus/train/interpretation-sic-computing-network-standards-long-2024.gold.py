"""Gold annotation of interpretation-sic-computing-network-standards-long-2024 (专家解读：徐强《坚持标准创新引领 加快推进全国一体化算力网建设》, 国家数据局 2024-10, reprinted by 中国信息安全), by hand per shared/eval/ANNOTATE.md (annotator ann11)."""
ID = "interpretation-sic-computing-network-standards-long-2024"
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
            return ev(s.strip().lstrip("”’").rstrip("；。"))
    raise AssertionError(label)

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

# People and bodies
ent("xu", "Person", "徐强")
ent("xi", "Person", "习近平", optional=True)
ent("sic", "Agency", "国家信息中心")
rel("xu", "holdsPost", "sic", post="党委书记、主任")
ent("ndrc", "Agency", "国家发展改革委")
ent("nda", "Agency", "国家数据局")
ent("iso", "Organization", "国际标准化组织", optional=True)  # here rather generic: 'international standardisation bodies'
# Documents
ent("guide", "Document", "国家数据标准体系建设指南", ["建设指南"])
ent("opinion", "Document", "深入实施“东数西算”工程\u00a0加快构建全国一体化算力网的实施意见", ["实施意见"])
for d in ("guide", "opinion"):
    for a in ("ndrc", "nda"):
        rel(d, "publishedBy", a)
# Statistics
ent("s-depts", "Statistic", "印发《建设指南》的部门", value="6", optional=True, evidence=ev("国家发展改革委、国家数据局等6部门印发《国家数据标准体系建设指南》"))
# Places
ent("china", "Place", "我国", ["中国"], optional=True)
# Technologies
T = [("ai", "人工智能", (), False), ("cloud", "云计算", (), False), ("iot", "物联网", (), False),
     ("compute", "算力", (), False), ("smartmfg", "智能制造", (), False), ("driverless", "无人驾驶", (), False),
     ("routing", "算力路由", (), False), ("orchestr", "算网编排", (), False),
     ("cnet", "全国一体化算力网", ("算力网",), True), ("edws", "“东数西算”工程", ("东数西算",), True),
     ("dc", "数据中心", (), True), ("gencomp", "通用算力", (), True), ("intcomp", "智能算力", (), True),
     ("supcomp", "超级算力", (), True), ("gencalc", "通用计算", (), True), ("intcalc", "智能计算", (), True),
     ("supcalc", "超级计算", (), True), ("measure", "算力度量", (), True), ("sched", "算力调度", (), True),
     ("liquid", "液冷散热", (), True), ("cloudplat", "云平台", (), True), ("container", "容器", (), True),
     ("lowalt", "低空经济", (), True), ("netsec", "网络安全", (), True), ("datasec", "数据安全", (), True),
     ("storage", "储能", (), True), ("digtech", "数字技术", (), True)]
for id, l, al, opt in T:
    ent(id, "Technology", l, al, optional=opt)
TOPT = {id for id, l, al, opt in T if opt}
TLAB = {id: (l,) + tuple(al) for id, l, al, opt in T}

def techs_of(label):
    """technologies the goal's own words name; 算力 only inside 算力网 counts as optional"""
    out = []
    for id, labs in TLAB.items():
        if id == "compute":
            if "算力" in label.replace("算力网", ""): out.append((id, False))
            elif "算力网" in label: out.append((id, True))
            continue
        if any(a.strip("“”") in label for a in labs):
            out.append((id, id in TOPT))
    return out

# Goals: (id, label, evidence or None, optional, kind); kind x = the author's own (徐强 proposes,
# 国家信息中心 / 国家数据局 hasGoal optional), g = set by the 建设指南, o = set by the 实施意见
G = [
 # the quoted call of 习近平 (optional: quoted as background)
 ("q1", "实施标准化战略", None, True, "xi"),
 # title
 ("t1", "坚持标准创新引领", lines[0], False, "x"),
 ("t2", "加快推进全国一体化算力网建设", lines[0], False, "x"),
 # opening
 ("i1", "建立一套适应数据要素市场化配置改革的算力标准", None, False, "x"),
 ("i2", "培育壮大数字经济高质量发展的新动能", None, False, "x"),
 ("i3", "强化基础设施互联互通、算力保障和流通利用标准建设", None, False, "g"),
 ("i4", "为数据资源、数据技术、数据流通、融合应用提供支撑", None, False, "g"),
 ("i5", "建立健全全国一体化算力网标准", None, False, "x"),
 ("i6", "加快推动数据算力融合一体化发展", None, True, "x"),
 ("i7", "构建数字经济新发展格局", None, True, "x"),
 # part 01: significance
 ("a0", "促进全国一体化算力网建设", lines[3], True, "x"),
 ("a1", "构建一套完备的算力标准", None, False, "x"),
 ("a2", "应对多主体、多层级、多地域、多系统使用算力资源的复杂性", None, True, "x"),
 ("a3", "实现算力网建设全国“一盘棋”", None, False, "x"),
 ("a4", "实现算力资源优化布局", None, True, "x"),
 ("a5", "在数据中心建设、运维管理、算力调度接口等方面建立全国统一的标准", None, False, "x"),
 ("a6", "打破上述条块分割格局", None, True, "x"),
 ("a7", "推动数据、算法、模型等资源的共享与复用", None, True, "x"),
 ("a8", "打通各区域、各行业的算力壁垒", None, True, "x"),
 ("a9", "促进全国范围内算力资源的无缝对接与高效协同", None, True, "x"),
 ("a10", "提升不同场景下算力资源的利用效率", None, True, "x"),
 ("a11", "推动数字经济蓬勃发展", None, True, "x"),
 ("a12", "为各类技术和应用场景提供统一算力服务接口", None, True, "x"),
 ("a13", "优化在不同场景下的算力调用流程", None, True, "x"),
 ("a14", "大幅提升各类应用的部署效率", None, True, "x"),
 ("a15", "促进产业链上下游的协同创新", None, True, "x"),
 ("a16", "加速算力技术成果快速布局和高效落地", None, True, "x"),
 ("a17", "推动全国范围内技术创新资源的流动与共享", None, True, "x"),
 ("a18", "赋能数字经济高质量发展", None, True, "x"),
 ("a19", "抢占国际话语权制高点", None, True, "x"),
 ("a19b", "构筑全球竞争优势", None, True, "x"),
 ("a20", "构建具有中国特色的算力标准", None, False, "x"),
 ("a21", "发挥我国在全球算力布局和技术规范制定中的关键作用", None, True, "x"),
 ("a22", "提升在国际数字经济发展中的影响力", None, True, "x"),
 ("a23", "参与国际标准化组织", None, True, "x"),
 ("a24", "积极推动我国自主技术规范在全球范围内的应用推广", None, False, "x"),
 ("a25", "为我国数字技术和算力服务走向国际市场创造条件", None, True, "x"),
 ("a26", "与“一带一路”沿线国家及地区开展标准合作", None, False, "x"),
 ("a27", "扩大跨境算力服务与数据流通的全球朋友圈", None, True, "x"),
 ("a28", "增强我国在全球数字经济产业链中的核心竞争力", None, True, "x"),
 ("a29", "为我国数字经济提供广阔的国际发展空间", None, True, "x"),
 # part 02: five areas of standards
 ("b0", "构建全国一体化算力网标准", None, False, "x"),
 ("o1", "统筹通用算力、智能算力、超级算力协同计算", None, False, "o"),
 ("o2", "东中西地区及大中小城市协同布局", None, False, "o"),
 ("o3", "算力、数据、算法协同应用", None, False, "o"),
 ("o4", "算力和绿色电力协同建设", None, False, "o"),
 ("o5", "算力发展和安全协同保障", None, False, "o"),
 ("b1", "推动多源异构算力协同领域标准建设", None, False, "x"),
 ("b1a", "提升算力资源利用率", None, True, "x"),
 ("b1b", "确保不同应用场景之间算力互联互通", None, True, "x"),
 ("b1c", "统一算力资源的接口、数据格式和通信协议", None, False, "x"),
 ("b1d", "实现不同类型算力资源的高效整合与优化调度", None, False, "x"),
 ("b1e", "促进不同计算精度算力资源服务的有机协同", None, False, "x"),
 ("b1f", "建设涵盖通用计算、智能计算、超级计算的新型算力基础设施", None, False, "x"),
 ("b1g", "促进算力产品和服务的标准化", None, False, "x"),
 ("b1h", "推动政府、企业及社会算力资源集中并网", None, False, "x"),
 ("b1i", "提高算力资源综合利用水平", None, False, "x"),
 ("b1j", "增强计算密集型和数据密集型业务的算力支撑能力", None, False, "x"),
 ("b2", "推动东中西部算力协同领域标准建设", None, False, "x"),
 ("b2a", "实现东中西部算力资源的优化配置", None, False, "x"),
 ("b2b", "促进区域平衡发展", None, False, "x"),
 ("b2c", "提升算力总体供给能力及利用水平", None, False, "x"),
 ("b2d", "加快推动算力标准建设", None, False, "x"),
 ("b2e", "建立统一的跨区域算力调度、运营、结算机制", None, False, "x"),
 ("b2f", "实现东中西部算力供需有效对接", None, False, "x"),
 ("b2g", "确保不同区域算力资源的高效调度及利用", None, False, "x"),
 ("b2h", "推动算力度量、算力路由以及算网编排等关键技术的标准化发展", None, False, "x"),
 ("b2i", "支持不同体系、不同层次算力调度技术的研发与应用", None, False, "x"),
 ("b2j", "提升算力网在新型应用场景下的跨域服务能力", None, False, "x"),
 ("b3", "推动数据算法算力协同领域标准建设", None, False, "x"),
 ("b3a", "提升各行业的算力资源利用效率", None, False, "x"),
 ("b3b", "确保数据流通、算法开发与算力供给的有序衔接", None, False, "x"),
 ("b3c", "为产业转型升级提供有力支撑", None, True, "x"),
 ("b3d", "建立统一的标准化机制", None, False, "x"),
 ("b3e", "实现数据、算法、算力的高效协同", None, False, "x"),
 ("b3f", "推动算力终端灵活接入、应用业务按需入云、数据中心高效转发等流程的标准化", None, False, "x"),
 ("b3g", "优化跨行业的算力资源供给机制", None, False, "x"),
 ("b3h", "实现算力资源的无感拆借和算力任务的自动分派", None, False, "x"),
 ("b3i", "促进行业数据“采、存、洗、标、训”与算力“建、存、传、算、用”的标准化匹配应用", None, False, "x"),
 ("b3j", "形成适应各类数算融合应用场景的标准化算力供给模式", None, False, "x"),
 ("b4", "推动算力绿色电力协同领域标准建设", None, False, "x"),
 ("b4a", "促进绿色电力与算力的技术标准和接入规范", None, False, "x"),
 ("b4b", "推动跨节点、跨区域的算电协同", None, False, "x"),
 ("b4c", "确保算力与电力的优化配置更加精确和高效", None, False, "x"),
 ("b4d", "提升绿色电力资源在算力网中的利用效率", None, False, "x"),
 ("b4e", "液冷散热等领域先进绿色零碳技术标准的推广应用", None, False, "x"),
 ("b4f", "促进分布式风电、光电和储能装置的高效集成与应用", None, False, "x"),
 ("b4g", "强化数据中心智慧能源的规范化管理", None, False, "x"),
 ("b4h", "开展用能监测分析与负荷预测", None, False, "x"),
 ("b4i", "确保节能降碳措施在数据中心的统一实施", None, False, "x"),
 ("b4j", "降低算力网系统的总体运行能耗", None, False, "x"),
 ("b5", "推动算力安全能力提升领域标准建设", None, False, "x"),
 ("b5a", "建立统一的算力安全标准", None, False, "x"),
 ("b5b", "提升枢纽节点算力网安全保障能力", None, False, "x"),
 ("b5c", "促进非枢纽节点与枢纽节点算力体系安全对接", None, False, "x"),
 ("b5d", "确保数据供给、传输及使用的安全可靠", None, False, "x"),
 ("b5e", "建立包括云平台、容器、应用等全栈防护标准", None, False, "x"),
 ("b5f", "提升云平台的安全监测、通报预警、应急响应与处置机制的水平", None, False, "x"),
 ("b5g", "实现各个环节的安全联动", None, False, "x"),
 ("b5h", "保障算力网中数据传输安全可控", None, False, "x"),
 ("b5i", "建立数据可信流通层面的统一标准化框架", None, False, "x"),
 ("b5j", "确保数据在流通和应用过程中的安全性和可信性", None, False, "x"),
 # part 03: three measures
 ("c0", "以标准创新促进全国一体化算力网建设", None, True, "x"),  # restates the title's aims
 ("c0a", "广泛联合产学研用各方优势资源", None, False, "x"),
 ("c0b", "不断完善算力标准的顶层设计", None, False, "x"),
 ("c0c", "有效提升算力资源利用效率", None, False, "x"),
 ("c0d", "确保各类算力资源高效调度和安全使用", None, False, "x"),
 ("c0e", "加快构建联网调度、普惠易用、绿色安全的全国一体化算力网体系", None, False, "x"),
 ("c0f", "以算力高质量发展赋能经济高质量发展", None, False, "x"),
 ("c1", "强化组织管理", None, False, "x"),
 ("c1a", "建立高效协同的跨部门合作机制", None, False, "x"),
 ("c1b", "整体部署、系统推进", None, True, "x"),
 ("c1c", "明确相关部门在标准制定、资源调配等方面的职责", None, False, "x"),
 ("c1d", "定期召开跨部门联席会议", None, False, "x"),
 ("c1e", "协调解决算力标准建设中的问题", None, False, "x"),
 ("c1f", "开展行业调研", None, False, "x"),
 ("c1g", "共同起草标准", None, False, "x"),
 ("c1h", "加强沟通合作", None, False, "x"),
 ("c1i", "共同推进跨行业跨领域算力标准研制工作", None, False, "x"),
 ("c1j", "充分发挥智库和技术专家作用", None, False, "x"),
 ("c1k", "聚集算力技术专家、企业领袖、科研人员等多方力量", None, False, "x"),
 ("c1l", "为算力标准的制定与应用提供科学依据", None, False, "x"),
 ("c2", "加强推广应用", None, False, "x"),
 ("c2a", "组织开展全国一体化算力网标准试点和评估评价工作", None, False, "x"),
 ("c2b", "强化试点地区重要标准的推广应用", None, False, "x"),
 ("c2c", "探索验证相关算力标准的实际成效", None, False, "x"),
 ("c2d", "固化成熟可落地的技术路线形成标准规范", None, False, "x"),
 ("c2e", "在全国范围进行推广应用", None, False, "x"),
 ("c2f", "鼓励创新型企业在算力标准应用中发挥示范带动效应", None, False, "x"),
 ("c2g", "积极加入国际性和地区性标准化组织和行业协会", None, False, "x"),
 ("c2h", "踊跃参与算力领域前沿技术标准制修订工作", None, False, "x"),
 ("c2i", "增强算力标准领域的国际话语权", None, False, "x"),
 ("c3", "培育壮大算力产业生态", None, False, "x"),  # heading （三）培育产业生态 restated
 ("c3a", "统一技术路线", None, False, "x"),
 ("c3b", "提高研发效率", None, False, "x"),
 ("c3c", "促进不同企业间的技术协同和资源共享", None, False, "x"),
 ("c3d", "促进算力产业上下游的协同发展", None, False, "x"),
 ("c3e", "促进技术和资源在算力产业链中的高效整合", None, False, "x"),
 ("c3f", "推动算力经济与区域经济、能源经济的融合创新", None, False, "x"),
 ("c3g", "推进智能制造、无人驾驶、低空经济等重点产业的创新发展", None, False, "x"),
 ("c3h", "提升我国在全球算力产业发展格局中的竞争力", None, False, "x"),
]
for id, label, e, opt, kind in G:
    assert label in text, label
    evid = ev(e) if e else sent(label)
    assert label in evid, (label, evid)
    ent(id, "Goal", label, optional=opt, evidence=evid)
    if kind == "x":
        rel("xu", "proposes", id, optional=opt)
        rel("sic", "hasGoal", id, optional=True)
        rel("nda", "hasGoal", id, optional=True)
    elif kind == "g":
        rel("guide", "hasGoal", id, optional=opt)
        rel("xu", "proposes", id, optional=True)
    elif kind == "xi":
        rel("xi", "proposes", id, optional=True)
    elif kind == "o":
        rel("opinion", "hasGoal", id, optional=opt)
        rel("xu", "proposes", id, optional=True)
    for t, topt in techs_of(label):
        rel(id, "involvesTechnology", t, optional=opt or topt)
# technologies named in the goal's clause rather than in its label
rel("c2a", "involvesTechnology", "ai", optional=True)
rel("c2a", "involvesTechnology", "lowalt", optional=True)
# the five 协同 aims of the 实施意见 are what the 建设指南's standards serve: no hasGoal of the guide
# promotes: the issuing ministries push 算力 through both documents' goals; the author's bodies optionally
for a in ("ndrc", "nda"):
    rel(a, "promotes", "compute")
    for t in ("cnet", "gencomp", "intcomp", "supcomp", "edws"):
        rel(a, "promotes", t, optional=True)
for t in ("compute", "cnet", "routing", "orchestr", "ai", "cloud", "iot", "dc", "liquid", "smartmfg", "driverless"):
    rel("sic", "promotes", t, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
