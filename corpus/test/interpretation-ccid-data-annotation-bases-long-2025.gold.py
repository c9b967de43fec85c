"""Gold annotation of interpretation-ccid-data-annotation-bases-long-2025 (专家解读 | 强化数据标注基地引领作用 带动数据标注产业高质量发展, 中国信息安全 2025-01-19, from 国家数据局网站: CCID president 张立 on the data-annotation bases and the 《关于促进数据标注产业高质量发展的实施意见》), by hand per shared/eval/ANNOTATE.md (annotator annA13)."""
ID = "interpretation-ccid-data-annotation-bases-long-2025"
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

def sent(frag):
    """the sentence (up to 。, or the whole line for a heading) of the text containing frag"""
    for l in lines:
        if frag in l:
            i = l.index(frag)
            a = max(l.rfind("。", 0, i), l.rfind("；", 0, i)) + 1
            b = l.find("。", i)
            return l[a:b + 1 if b >= 0 else len(l)]
    raise AssertionError(frag)

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

# ---- people and bodies ----
ent("zhang", "Person", "张立")
ent("ccid", "Agency", "中国电子信息产业发展研究院")
rel("zhang", "holdsPost", "ccid", post="院长")
ent("ndrc", "Agency", "国家发展改革委")
ent("nda", "Agency", "国家数据局")  # co-issuer; guides the bases; the closing source line (国家数据局网站)
ent("mof", "Agency", "财政部")
ent("mohrss", "Agency", "人力资源社会保障部")
ISSUERS = ("ndrc", "nda", "mof", "mohrss")
ent("mit", "Organization", "麻省理工大学")  # as written (麻省理工学院)
ent("baidu", "Organization", "百度智能云")
ent("hkbase", "Organization", "百度智能云人工智能基础数据产业基地", optional=True)
# ---- documents and events ----
ent("opinion", "Document", "关于促进数据标注产业高质量发展的实施意见",
    ["《关于促进数据标注产业高质量发展的实施意见》", "《实施意见》"])
for b in ISSUERS:
    rel("opinion", "publishedBy", b)
ent("sydoc", "Document", "数据标注技术创新指导意见", ["《数据标注技术创新指导意见》"])  # 沈阳市制定 (no body named)
ent("contest", "Event", "首届人工智能基础数据标注职工职业技能大赛")
# ---- places ----
P = [("cd", "成都", ("成都市",)), ("sy", "沈阳", ("沈阳市",)), ("hf", "合肥", ("合肥市",)), ("cs", "长沙", ("长沙市",)),
     ("hk", "海口", ("海口市",)), ("bd", "保定", ("保定市",)), ("dt", "大同", ("大同市",))]
for id, l, al in P:
    ent(id, "Place", l, al)
ent("tx", "Place", "天心经济开发区", ["长沙市天心经济开发区"], optional=True)
ent("china", "Place", "我国", optional=True)
rel("contest", "locatedIn", "bd", optional=True)  # 保定市举办
rel("hkbase", "subOrganizationOf", "baidu", optional=True)
# ---- technologies ----
T = [("ai", "人工智能", (), False), ("llm", "大模型", (), False), ("chain", "区块链", ("区块链技术",), False),
     ("annot", "数据标注", ("数据标注技术",), True), ("smartannot", "智能标注", ("智能标注技术",), True),
     ("its", "智能交通", (), True), ("aimodel", "人工智能模型", (), True), ("netsec", "网络安全", (), True),
     ("medimg", "人工智能医学图像分析系统", (), True)]
for id, l, al, opt in T:
    ent(id, "Technology", l, al, optional=opt)
TOPT = {id for id, l, al, opt in T if opt}

def G(id, label, evidence, who="zhang", opt=False, tech=()):
    """who: zhang = the author's own recommendation or aim (张立 proposes; 赛迪研究院 hasGoal optional);
    doc = what the 实施意见 sets, as the author reports it (实施意见 hasGoal; its four issuers hasGoal optional;
    张立 proposes optional); nda = what 国家数据局 does (hasGoal); none = a goal with no named holder
    (有关地方, a city, an event's 旨在)."""
    assert label in evidence, (label, evidence)
    assert 4 <= len(label) <= 30, label
    assert label not in {e["label"] for e in E if e["type"] == "Goal"}, label
    ent(id, "Goal", label, optional=opt, evidence=ev(evidence))
    if who == "zhang":
        rel("zhang", "proposes", id, optional=opt)
        rel("ccid", "hasGoal", id, optional=True)
    elif who == "doc":
        rel("opinion", "hasGoal", id, optional=opt)
        for b in ISSUERS:
            rel(b, "hasGoal", id, optional=True)
        rel("zhang", "proposes", id, optional=True)
    elif who == "nda":
        rel("nda", "hasGoal", id, optional=opt)
    for t in tech:
        rel(id, "involvesTechnology", t, optional=opt or t in TOPT)
    for t, l, al, o in T:
        if t not in tech and o and any(x in label for x in (l,) + tuple(al)):
            rel(id, "involvesTechnology", t, optional=True)

# ---- line 3: the 实施意见 ----
e3a = sent("对于提升数据供给质量")
G("a1", "提升数据供给质量", e3a, opt=True)  # significance argued (also line 6)
G("a2", "推动人工智能创新发展", e3a, opt=True, tech=("ai",))  # significance argued (also line 7)
e3 = sent("明确提出要从深化需求牵引")
for id, l, o in [("o1", "深化需求牵引", False), ("o2", "增强创新驱动", False), ("o3", "培育繁荣生态", False),
                 ("o4", "优化支撑体系", False), ("o5", "多管齐下、协同发力", True),
                 ("o6", "鼓励和支持数据标注基地先行先试", False),
                 ("o7", "打造一批科技水平高、资源集聚强、辐射带动广的典型样板", False),
                 ("o8", "为我国数据标注产业高质量发展指明发展方向和推进路径", True)]:
    G(id, l, e3, "doc", opt=o)
# ---- line 4 ----
e4a = sent("有关地方正在积极推动建设数据标注基地")
G("n1", "推动建设数据标注基地", e4a, "none")
rel("nda", "hasGoal", "n1", optional=True)  # 在国家数据局的指导下
G("n2", "推动产业集聚发展", e4a, "none")
e4 = sent("有关地方应发挥数据标注基地的示范引领作用")
G("z1", "发挥数据标注基地的示范引领作用", e4)  # = title 强化数据标注基地引领作用
G("z2", "从供需两端双向发力", e4)  # restated on line 12
G("z3", "构建高水平供给体系", e4)  # = heading (一) 构建高水平数据标注供给体系
G("z4", "全方位促进需求增长", e4)
G("z5", "推动数据标注产业高质量发展", e4)  # = title 带动数据标注产业高质量发展; the 实施意见's title aim
rel("opinion", "hasGoal", "z5", optional=True)
# ---- part 01: significance ----
G("s1", "推进“数据要素×”和“人工智能+”行动", L[5], opt=False, tech=("ai",))  # heading; = line 7 “人工智能+”行动的顺利实施
e6a = sent("发展数据标注产业是数据要素价值释放的前提条件")
G("s2", "发展数据标注产业", e6a)  # the core aim, restated (大力发展数据标注产业, line 7)
rel("opinion", "hasGoal", "s2", optional=True)
e6b = sent("发展数据标注产业有助于提升数据供给质量")
G("s3", "提高数据开发利用水平", e6b, opt=True)
G("s4", "释放数据要素价值", e6b, opt=True)
e6c = sent("发挥我国海量数据规模和应用场景优势")
G("s5", "发挥我国海量数据规模和应用场景优势", e6c, opt=True)
G("s6", "推动数据要素在不同领域形成乘数效应", e6c, opt=True)
G("s7", "打开私域数据供给空间", sent("打开私域数据供给空间"), opt=True)
G("s8", "为人工智能持续创新发展提供高质量数据集", sent("为人工智能持续创新发展提供高质量数据集"), "none", opt=True, tech=("ai",))
# ---- part 02: the seven bases ----
G("b0", "为地方产业发展提供新的增长引擎", L[8], opt=True)  # heading, a claim about the bases
e9 = sent("国家数据局部署了")
for id, l in [("b1", "汇聚数据资源"), ("b2", "提升数据质量"), ("b3", "盘活数据要素价值"),
              ("b4", "探索数据标注产业高质量发展的科学路径"), ("b5", "数据安全等方面先行先试")]:
    G(id, l, e9, "nda")  # b5: 支持上述城市在技术创新、…、数据安全等方面先行先试 (over 30 characters)
stat("st-cities", "承担数据标注基地建设任务的城市", "7个", e9)
# line 10: what the bases are doing (present practice named in passing: optional goals, no holder)
L10 = L[10]
for id, l, t in [("p1", "积极布局智能标注技术攻关", ("smartannot",)), ("p2", "积极整合产业链资源", ()),
                 ("p3", "吸引大模型企业和数据标注企业等入驻", ("llm",)), ("p4", "打造协同发展的产业生态", ()),
                 ("p5", "稳步开展标准体系建设", ()), ("p6", "为提升数据标注质量打好基础", ()),
                 ("p7", "积极推进产教融合", ()), ("p8", "培养数据标注人才", ()),
                 ("p9", "强化数据标注全流程安全管理", ()), ("p10", "搭建基于区块链技术的数据标注安全溯源机制", ("chain",)),
                 ("p11", "推动数据标注安全生产环境建设", ()), ("p12", "开展数据合规认证", ()),
                 ("p13", "建立数据安全风险分级分类体系", ())]:
    G(id, l, sent(l), "none", opt=True, tech=t)
G("p14", "推动培养优秀数据标注人才", sent("旨在推动培养优秀数据标注人才"), "none")  # the contest's 旨在
stat("st-sy", "沈阳人工智能医学图像分析系统已标注高质量数据集", "10TB", sent("已标注10TB高质量数据集"))
stat("st-cd", "成都市已储备多模态高质量数据集", "5400TB", sent("5400TB"))
stat("st-cd-models", "成都市数据集赋能训练人工智能模型", "30余个", sent("5400TB"))
stat("st-cs-fields", "长沙市天心经济开发区已聚集数据资源的领域", "8个", sent("共计700TB"))
stat("st-cs", "长沙市天心经济开发区已聚集数据资源", "700TB", sent("共计700TB"))
stat("st-bd-teams", "保定市数据标注职业技能大赛参赛团体", "93个", sent("约93个团体"))
stat("st-bd-people", "保定市数据标注职业技能大赛参赛人数", "400人", sent("约93个团体"))
# ---- part 03: four kinds of supply, two kinds of demand ----
e11 = L[11]
G("h1", "提升四类供给", e11)  # restated on line 12
G("h2", "释放两类需求", e11)
G("h3", "做大做强做优数据标注基地", e11)
G("h4", "为解决上述问题提供指引和路径", sent("为解决上述问题提供指引和路径"), opt=True)
G("h5", "多措并举", L[13], opt=True)
# supply 1: technology
G("q1", "技术创新提升供给效率", sent("技术创新提升供给效率"))
e14a = sent("明确指出要加强数据标注领域关键技术攻关应用")
G("q2", "加强数据标注领域关键技术攻关应用", e14a, "doc", tech=("annot",))
G("q3", "加快科技成果转化和应用落地", e14a, "doc")
e14b = sent("数据标注基地应充分发挥高水平创新载体作用")
for id, l in [("q4", "充分发挥高水平创新载体作用"), ("q5", "加强前沿技术探索"), ("q6", "推动数据标注技术融合创新"),
              ("q7", "研发智能化处理工具和平台"), ("q8", "以技术创新提高企业生产率"),
              ("q9", "为市场提供更加精准、更加多元、更加高效的数据标注服务")]:
    G(id, l, e14b)
# supply 2: ecosystem
G("r1", "生态培育提高供给规模", sent("生态培育提高供给规模"))
e15a = sent("要着力壮大经营主体")
for id, l in [("r2", "着力壮大经营主体"), ("r3", "培育数据标注领域龙头企业"), ("r4", "加快中小企业发展步伐"),
              ("r5", "着力健全产业生态"), ("r6", "推动数据标注产业上下游协同发展")]:
    G(id, l, e15a, "doc")
e15b = sent("数据标注基地应利用区位优势和资源禀赋")
G("r7", "利用区位优势和资源禀赋", e15b, opt=True)  # means clause
for id, l in [("r8", "通过税收、资金、土地等优惠政策推动产业集聚"), ("r9", "打造完善的产业链"),
              ("r10", "促进技术、人才、资金等配置优化"), ("r11", "形成数据标注产业集聚的规模效应"),
              ("r12", "提升数据标注服务的供给规模")]:
    G(id, l, e15b)
# supply 3: standards
G("u1", "标准完善保障供给质量", sent("标准完善保障供给质量"))
e16a = sent("要围绕数据标注关键环节")
G("u2", "建立标准体系框架", e16a, "doc")
G("u3", "加快制定数据标注技术、质量、能力等方面的标准", e16a, "doc")
e16b = sent("数据标注基地应积极构建")
G("u4", "人员培训等多个方面的数据标注标准体系", e16b)  # 积极构建涵盖流程、…、人员培训等多个方面的数据标注标准体系 (over 30 characters)
G("u5", "保障数据标注产品服务的供给质量", e16b)
G("u6", "形成数据标注基地品牌效应", e16b)
# supply 4: talent
G("v1", "人才引育强化供给支撑", sent("人才引育强化供给支撑"))
e17a = sent("要加强数据标注人才队伍建设")
for id, l in [("v2", "加强数据标注人才队伍建设"), ("v3", "引育高端专业人才"), ("v4", "深化产学研融合"),
              ("v5", "畅通人才发展通道"), ("v6", "强化产业人才支撑")]:
    G(id, l, e17a, "doc")
e17b = sent("数据标注基地应牢牢把握")
for id, l in [("v7", "牢牢把握人才引进和人才培养双管齐下的原则"), ("v8", "着力构建高水平数据标注人才发展体系"),
              ("v9", "利用优质人才资源助推数据标注应用场景不断深化"), ("v10", "为数据标注产业高质量发展提供坚实支撑")]:
    G(id, l, e17b)
# demand
G("w0", "推动数据标注产业蓬勃发展", L[18])
G("w0a", "需求驱动", L[18], opt=True)
# demand 1: public data
G("w1", "释放公共数据标注需求", sent("释放公共数据标注需求。《实施意见》"))  # the heading phrase, restated at the end of the line
e19a = sent("要深化人工智能在公共领域的应用")
G("w2", "深化人工智能在公共领域的应用", e19a, "doc", tech=("ai",))
G("w3", "依法依规有序推动公共数据标注与开发利用", e19a, "doc")
G("w4", "支持公共数据赋能实体经济发展", e19a, "doc")
e19b = sent("统筹安排数据标注服务采购费用")
G("w5", "统筹安排数据标注服务采购费用", e19b)
G("w6", "将标注后高质量公共数据开放或授权开发利用", e19b)
# demand 2: enterprise data
G("x1", "挖掘企业数据标注需求", sent("挖掘企业数据标注需求"))
e20a = sent("深挖企业生产管理全流程数据标注需求")
G("x2", "深挖企业生产管理全流程数据标注需求", e20a, "doc")
G("x3", "加大企业数据开发利用", e20a, "doc")
e20b = sent("数据标注基地应引导企业通过数据标注开展数据资源管理")
for id, l in [("x4", "引导企业通过数据标注开展数据资源管理"), ("x5", "提升数据治理能力"),
              ("x6", "助力企业乃至行业数字化转型"), ("x7", "创造更多企业数据标注需求")]:
    G(id, l, e20b)
e20c = sent("引导企业外包数据标注业务")
G("x8", "引导企业外包数据标注业务", e20c)
G("x9", "释放更多企业数据标注需求", e20c)
# ---- closing outlook, under the 实施意见 ----
e21 = L[21]
for id, l in [("y1", "数据标注产业的专业化、智能化及科技创新能力水平将显著提升"), ("y2", "产业规模将大幅跃升"),
              ("y3", "成为地方新的经济增长点"), ("y4", "推进数据要素市场化配置改革"), ("y5", "更好促进高质量发展")]:
    G(id, l, e21)
    rel("opinion", "hasGoal", id, optional=True)

# ---- promotes ----
for b in ISSUERS:
    rel(b, "promotes", "ai", optional=True)  # through the 实施意见's 深化人工智能在公共领域的应用
    rel(b, "promotes", "annot", optional=True)
rel("ccid", "promotes", "annot", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
