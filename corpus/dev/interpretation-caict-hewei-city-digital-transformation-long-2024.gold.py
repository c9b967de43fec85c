"""Gold annotation of interpretation-caict-hewei-city-digital-transformation-long-2024 (专家解读 | 坚持分类施策，系统性推动城市全域数字化转型, 中国信息安全 2024-10-01, from 国家数据局: CAICT deputy chief engineer 何伟 on the 2024 城市全域数字化转型 guidance), by hand per shared/eval/ANNOTATE.md (annotator ann45)."""
ID = "interpretation-caict-hewei-city-digital-transformation-long-2024"
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

# ---- people and bodies ----
ent("he", "Person", "何伟")
ent("caict", "Agency", "中国信息通信研究院")
rel("he", "holdsPost", "caict", post="副总工")
ent("xi", "Person", "习近平", optional=True)  # corpus convention
ent("nda", "Agency", "国家数据局")  # the closing source line: the article is the NDA's
ent("cisj", "Organization", "中国信息安全", optional=True)  # the reprinting magazine, line 2 only
# ---- events, document, places ----
ent("meeting", "Event", "城市全域数字化转型现场推进会")
ent("plenum3", "Event", "党的二十届三中全会", ["二十届三中全会"])
ent("opinion", "Document", "关于深化智慧城市发展 推进城市全域数字化转型的指导意见",
    ["《关于深化智慧城市发展 推进城市全域数字化转型的指导意见》"])
rel("opinion", "publishedBy", "nda", optional=True)  # this text does not say who issued it (the NDA did)
ent("cq", "Place", "重庆市", ["重庆"])
rel("meeting", "locatedIn", "cq")
ent("china", "Place", "我国", optional=True)
# ---- technologies (all optional: no named technology field beyond these city-platform terms) ----
TECH = [("smartcity", "智慧城市", ()), ("hub", "城市运行和治理智能中枢", ()), ("database", "数据底座", ("城市数据底座",))]
for id, l, al in TECH:
    ent(id, "Technology", l, al, optional=True)

def G(id, label, evidence, who="he", opt=False, doc=False):
    """who: he = the author's recommendation (何伟 proposes, 信通院 hasGoal optional);
    xi = quoted from 习近平 (optional Person: proposes optional); meet = the 推进会's call (an Event: no holder);
    plenum = the 三中全会's call (an Event: no holder)."""
    assert label in evidence, (label, evidence)
    assert 4 <= len(label) <= 42, label
    assert label not in {e["label"] for e in E if e["type"] == "Goal"}, label
    ent(id, "Goal", label, optional=opt, evidence=ev(evidence))
    if who == "he":
        rel("he", "proposes", id, optional=opt)
        rel("caict", "hasGoal", id, optional=True)
    elif who == "xi":
        rel("xi", "proposes", id, optional=True)
    if doc:
        rel("opinion", "hasGoal", id, optional=opt)
    for t, l, al in TECH:
        if any(x in label for x in (l,) + tuple(al)):
            rel(id, "involvesTechnology", t, optional=True)

# ---- line 4: opening ----
ex1 = "加快智慧城市建设步伐，构建城市运行和治理智能中枢，建立健全‘大综合一体化’城市综合治理体制机制，让城市治理更智能、更高效、更精准"
G("x1", "加快智慧城市建设步伐", ex1, "xi")
G("x2", "构建城市运行和治理智能中枢", ex1, "xi")
G("x3", "建立健全‘大综合一体化’城市综合治理体制机制", ex1, "xi")
G("x4", "让城市治理更智能、更高效、更精准", ex1, "xi")
G("d0", "深化智慧城市发展", "《关于深化智慧城市发展 推进城市全域数字化转型的指导意见》", "doc-only", doc=True)
em = "会议提出要“把握好顶层设计与实践探索的关系，更加注重因地制宜、分类施策、注重实效”"
G("m1", "把握好顶层设计与实践探索的关系", em, "meet")
rel("he", "proposes", "m1")  # restated as his own: 要把握好顶层设计“一体化”与实践探索“个性化”的关系
G("m2", "更加注重因地制宜、分类施策、注重实效", em, "meet")
ea = "推进城市全域数字化转型，要把握好顶层设计“一体化”与实践探索“个性化”的关系，因地制宜构建分类发展格局，激发不同城市数字化转型实效"
G("a1", "推进城市全域数字化转型", ea, doc=True)  # = title 系统性推动城市全域数字化转型 and the 指导意见's title
G("a3", "因地制宜构建分类发展格局", ea)
G("a4", "激发不同城市数字化转型实效", ea)  # = part 03 heading 务实激发不同城市数字化转型实效
# ---- title / part 01 ----
G("t1", "坚持分类施策", "坚持分类施策是实现城市全域数字化转型可落地、有特色、出实效的必备条件")  # also the title
G("h1a", "系统布局", "系统布局，深刻认识整体推进与分类施策的必要性", opt=True)
G("h1b", "深刻认识整体推进与分类施策的必要性", "系统布局，深刻认识整体推进与分类施策的必要性")
ex5 = "城市工作要树立系统思维，从构成城市诸多要素、结构、功能等方面入手，对事关城市发展的重大问题进行深入研究和周密部署，系统推进各方面工作"
G("x5", "城市工作要树立系统思维", ex5, "xi")
G("x6", "对事关城市发展的重大问题进行深入研究和周密部署", ex5, "xi")
G("x7", "系统推进各方面工作", ex5, "xi")
e6 = L[6]
G("a5", "坚持“系统论”的科学方法", e6)
G("a6", "把城市看作一个有机整体", e6)
G("a7", "做到因地制宜、因城施策", e6)
G("a7b", "形成符合当地实际、体现资源禀赋、立足发展定位的城市数字化转型路径", e6)
e7 = L[7]
G("b0", "坚持系统观念", e7)
G("b0a", "实现城市全域数字化转型整体性、系统性、一体化", e7, opt=True)  # what 坚持系统观念 is needed for
for id, l in [("b1", "注重全局视野"), ("b2", "全领域推进城市数字化转型"), ("b3", "强化顶层设计"),
              ("b4", "推动数据资源的整合共享"), ("b5", "打破条块分割信息孤岛"),
              ("b6", "统一规划、统一架构、统一标准、统一运维"), ("b7", "实现资源的最优配置和效率的最大化"),
              ("b8", "注重技术集成"), ("b9", "全方位增强城市数字化转型支撑"), ("b10", "一手抓技术集成应用的数据底座"),
              ("b11", "一手抓大综合一体化体制机制"), ("b12", "实现城市设施联通、数据融通、平台互通、业务贯通"),
              ("b13", "提升城市运行的感知能力、分析能力和响应能力"), ("b14", "注重环节衔接"),
              ("b15", "全过程优化城市数字化转型生态"), ("b16", "做到从概念到实施再到评估的各个阶段都能协调一致"),
              ("b17", "实现长期可持续发展")]:
    G(id, l, e7)
e8 = L[8]
G("t1a", "实现城市全域数字化转型可落地、有特色、出实效", e8, opt=True)  # what 坚持分类施策 is needed for
G("p1", "引导大中小城市和小城镇协调发展、集约紧凑布局", e8, "plenum")
G("p2", "推动形成超大特大城市智慧高效治理新体系", e8, "plenum")
# the benefits argued for 分类施策: optional goals
for id, l in [("v1", "有效促进城市间的协同发展"), ("v2", "实现资源共享、功能互补和产业链协同"), ("v3", "提高区域整体竞争力"),
              ("v4", "制定个性化的发展战略"), ("v5", "避免盲目跟风和资源浪费"), ("v6", "提升城市魅力和吸引力"),
              ("v7", "更精准地评估城市数字化转型的需求、成效、问题"), ("v8", "为城市治理决策者指明发展方向和发展重点"),
              ("v9", "引导智慧城市科学健康发展")]:
    G(id, l, e8, opt=True)
# ---- part 02: three classes of city ----
G("h2", "构建分类推进城市数字化发展格局", "因地制宜，构建分类推进城市数字化发展格局")
e10 = L[10]
G("c0", "综合考虑城市数字化发展阶段、基础条件、资源禀赋等因素", e10, opt=True)  # means clause
G("c1", "采取适合城市特点的数字化转型策略", e10)
G("c2", "形成分类施策、有序推进的发展格局", e10)
e11 = L[11]
for id, l, o in [("s1", "先行先试", False), ("s2", "勇于打造数据领域“先行区”", False), ("s3", "持续发力突出“头雁效应”", False),
                 ("s4", "引领城市全域转型持续创新突破", False), ("s5", "持续加强技术前瞻布局与重大机制创新", False),
                 ("s5a", "瞄准制约我国城市数字化转型的共性技术瓶颈和普遍问题", True),
                 ("s6", "率先突破数据跨境流动、数据要素制度规则建设、适数化改革等先行探索", False),
                 ("s7", "蹚出成熟路径模式", False), ("s8", "及时总结提炼上升为政策制度", False), ("s9", "形成推广辐射效应", False),
                 ("s10", "引领带动城市群数字化转型整体效能提升", False),
                 ("s11", "主动加强与周边城市和欠发达地区的数字化要素流动、公共服务共享和数字产业互促", False),
                 ("s12", "带动周边大中小城市区域数字化协同发展", False),
                 ("s13", "为国内城市数字化转型提供经验学习和借鉴标杆", False),
                 ("s14", "积极加强国际合作", False),  # 三是积极加强国际合作… and 应加强国际合作: one node
                 ("s15", "打造具有国际竞争力的数字产业集群", False), ("s16", "发挥示范引领作用", False),
                 ("s17", "提升城市国际竞争力", False)]:  # 提升国际竞争力 (the 三是 lead) restated
    G(id, l, e11, opt=o)
e12 = L[12]
for id, l in [("i1", "加强协同优化"), ("i2", "持续提升标准化、规范化建设水平"), ("i3", "打造高标高质智慧城市"),
              ("i4", "深化数字化架构的整体性重塑和集成部署"), ("i5", "推动各条线治理系统、服务平台和业务数据联通联动"),
              ("i6", "增强智慧城市各层级各条线之间的按需灵活互动"), ("i7", "提高智慧城市复杂工程的协同性"),
              ("i8", "加快城市产业、服务、治理协同转型"), ("i9", "落实推进城市管理业务流程变革"),
              ("i10", "推动建立横向到边、纵向到底的全域转型工作机制"), ("i11", "落实落地落细国家各项政策与数据制度体系"),
              ("i12", "总结提炼形成地方典型案例和路径经验"), ("i13", "推动数字经济与城市数字化双向互促"),
              ("i14", "充分发挥城市海量场景优势"), ("i15", "深化场景开放创新"), ("i16", "释放市场化机会空间"),
              ("i17", "做大高质量数据资源池"), ("i18", "做强数字产业集群"), ("i19", "为数字经济创新实践与发展壮大提供良好沃土")]:
    G(id, l, e12)
e13 = L[13]
for id, l, o in [("w1", "尽力而为、量力而行", True), ("w2", "强化对标对表找准目标方向", False), ("w3", "探索利用共享组件", False),
                 ("w4", "降低转型成本", False), ("w5", "打造数字化转型一城一景、百城千景", False), ("w6", "增强比较优势", False),
                 ("w7", "加快补短板强弱项", False), ("w8", "完善城市数据底座建设", False),
                 ("w9", "探索“一地创新、多地复用”的普惠性共性组件共享机制", False), ("w10", "提升数据服务能力", False),
                 ("w11", "设计更具针对性与特色化转型路线", False), ("w12", "深入研究本地区发展基础与资源储备", False),
                 ("w13", "设计合理突破方向", False), ("w14", "聚焦区域特色场景应用、特色产业数字化转型等要点", True),
                 ("w15", "以点带面牵引数字化转型", False), ("w16", "加强交流协作", False), ("w17", "积极争取外部资源", False),
                 ("w18", "争取与基础好的城市开展合作", False),
                 ("w19", "加大数字人才干部借调挂职、数字项目援建、数字经济投资、数字组件等资源共建共享力度", False),
                 ("w20", "探索土地能源等与数字资源的置换合作", False), ("w21", "保障本地数字化转型的持续有效投入", False)]:
    G(id, l, e13, opt=o)
# ---- part 03 ----
e15 = L[15]
for id, l in [("e1", "坚持政策指引"), ("e2", "以标准规范和评价指标体系化引领规范发展"),
              ("e3", "出台城市全域数字化转型评价体系"), ("e4", "引导城市形成梯次有序发展格局"),
              ("e5", "准确定位自身发展水平和短板问题"), ("e6", "因地制宜出台落实方案"),
              ("e7", "建立完善数字化项目成效评价机制和数字化生态市场主体监管机制"), ("e8", "明确数字化项目运营主体的权责"),
              ("e9", "形成规范长效运营机制")]:
    G(id, l, e15)
e16 = L[16]
for id, l, o in [("f1", "坚持场景牵引", False), ("f2", "以场景融合带动数据融合、产城融合", False), ("f3", "提升数字化转型实效", False),
                 ("f4", "以全领域场景融通为牵引", True), ("f5", "将本地实际需求解构为场景清单", False),
                 ("f6", "以特色化场景清单带动数据融通", False), ("f7", "形成数字产品方案", False), ("f8", "以产品联动数据生态", False),
                 ("f9", "以全流程数据贯通为核心", True), ("f10", "倒逼业务流程优化再造", False),
                 ("f11", "通过融合场景带动跨部门数据贯通", False), ("f12", "释放政府、社会数据价值", False),
                 ("f13", "以全链条数据产业培育为目标", False), ("f14", "实现数据技术、产品和服务迭代", False),
                 ("f15", "将我国规模市场优势、海量数据优势转化为产业优势", False), ("f16", "培育新质生产力", False)]:
    G(id, l, e16, opt=o)
e17 = L[17]
for id, l in [("g1", "坚持实践先行"), ("g2", "以典型案例总结形成不同地区全面深化全域数字化转型的方法经验"),
              ("g3", "开展城市数字化转型典型案例征集工作"), ("g4", "通过奖补政策、案例宣传、经验宣讲等多种方式推广经验"),
              ("g5", "积极利用各类金融工具"), ("g6", "形成资源合力"), ("g7", "率先打造一批有影响力的全域数字化转型城市"),
              ("g8", "加强建设运营过程的监管和评估")]:
    G(id, l, e17)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
