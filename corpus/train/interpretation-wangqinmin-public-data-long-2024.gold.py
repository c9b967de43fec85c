"""Gold annotation of interpretation-wangqinmin-public-data-long-2024 (王钦敏：构建公共数据资源开发利用新格局, an expert interpretation of the 中办国办《关于加快公共数据资源开发利用的意见》), by hand per shared/eval/ANNOTATE.md (annotator ann35)."""
ID = "interpretation-wangqinmin-public-data-long-2024"
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
    hits = [s for s in re.split(r"(?<=[。；！？\n])", text) if label in s]
    assert hits, label
    return ev(hits[0].strip().rstrip("；。"))

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type == "Statistic" or label in text or any(a in text for a in aliases), label
    assert all(a in text for a in aliases), (label, aliases)
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert not any(r["s"] == s and r["p"] == p and r["o"] == o for r in R), (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def stat(id, label, value, evidence, optional=False):
    e = ev(evidence); assert value in e, (value, e)
    ent(id, "Statistic", label, optional=optional, value=value, evidence=e)

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=(), opt_tech=()):
    """a Goal; evidence defaults to the sentence stating it; by = proposers, body = hasGoal subjects"""
    assert label in text, label
    assert 4 <= len(label) <= 32, (len(label), label)   # 31-32 only where no shorter verbatim phrase names the goal
    e = ev(evidence) if evidence else sent(label)
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=optional, evidence=e)
    for p in by: rel(p, "proposes", id, optional=optional)
    for p in opt_by: rel(p, "proposes", id, optional=True)
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)
    for t in tech: rel(id, "involvesTechnology", t, optional=optional)
    for t in opt_tech: rel(id, "involvesTechnology", t, optional=True)

def write():
    gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
    (here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
    print(collections.Counter((r["p"], r.get("optional", False)) for r in R))

# Agencies and organisations
ent("egov", "Organization", "国家电子政务专家委员会")      # a standing expert committee (Agency accepted too)
ent("cpc-go", "Agency", "中共中央办公厅")
ent("sc-go", "Agency", "国务院办公厅")
ent("cpc-cc", "Agency", "党中央")
ent("sc", "Agency", "国务院")
ent("mohrss", "Agency", "人社部")
ent("spc", "Agency", "最高法")
ent("xpcc", "Agency", "新疆生产建设兵团")
ent("jjrb", "Organization", "经济日报")                   # source line （来源：经济日报）
# People
ent("wang", "Person", "王钦敏")
ent("xi", "Person", "习近平", optional=True)
rel("wang", "holdsPost", "egov", post="主任")
# Events
ent("cpc18", "Event", "党的十八大")
ent("cpc20", "Event", "党的二十大")
ent("plenum3", "Event", "党的二十届三中全会")
# Documents
ent("opinion", "Document", "关于加快公共数据资源开发利用的意见", ["《关于加快公共数据资源开发利用的意见》"])
rel("opinion", "publishedBy", "cpc-go"); rel("opinion", "publishedBy", "sc-go")
# Places
for id, l in [("bj", "北京"), ("zj", "浙江"), ("fj", "福建"), ("hn", "海南")]:
    ent(id, "Place", l)
ent("china", "Place", "我国", optional=True)
# Technologies (all generic or platform-like here: optional)
for id, l in [("digtech", "数字技术"), ("digital", "数字化"), ("network", "网络化"), ("smart", "智能化"),
              ("trusted", "可信流通设施"), ("share-sys", "国家政务数据共享交换体系"),
              ("gov-bigdata", "全国一体化政务大数据体系"), ("open-plat", "公共数据开放平台")]:
    ent(id, "Technology", l, optional=True)
# Statistics (reported figures)
stat("s-dept", "国家政务数据共享交换体系接入部门", "62个", "国家政务数据共享交换体系已接入62个部门")
stat("s-prov", "国家政务数据共享交换体系接入省级地方", "31个", "31个省级地方和新疆生产建设兵团")
stat("s-res", "累计发布各类数据资源", "3.2万余类", "累计发布各类数据资源3.2万余类")
stat("s-call", "累计支撑共享调用", "超5400亿次", "累计支撑共享调用超5400亿次")
stat("s-plat", "上线的省级和城市公共数据开放平台", "243个", "截至今年7月，已有243个省级和城市的公共数据开放平台上线")
stat("s-sets", "全国累计开放的有效数据集", "超过37万个", "全国累计开放的有效数据集超过37万个")
stat("s-grow", "有效数据集8年增长", "44倍", "8年增长了44倍")
stat("s-link", "公共数据资源开发利用环节", "4个方面", "包括资源供给、过程管理、应用创新、环境营造4个方面", optional=True)

W = ("wang",)
OB = ("egov",)          # the author's committee: hasGoal optional (he writes as an expert)
L = lines
# title
goal("t1", "构建公共数据资源开发利用新格局", L[0], by=W, opt_body=OB)
# opening paragraph
goal("x1", "构建以数据为关键要素的数字经济", optional=True, opt_by=("xi",))
goal("x0", "以中国式现代化全面推进中华民族伟大复兴", optional=True)
goal("x2", "深化要素市场化改革", "党的二十大擘画了以中国式现代化全面推进中华民族伟大复兴的宏伟蓝图，对“深化要素市场化改革”“加快发展数字经济”作出重要部署", optional=True)
goal("x3", "加快发展数字经济", optional=True)
goal("o1", "扩大公共数据资源供给和流通使用", body=("opinion",), opt_by=W)
goal("o2", "进一步释放数据价值", body=("opinion",), opt_by=W)
goal("o3", "做强做优做大数字经济", optional=True, opt_body=("opinion",))
goal("o4", "构筑国家竞争新优势", optional=True, opt_body=("opinion",))
goal("a1", "深入贯彻落实习近平总书记关于数据发展和安全的重要指示精神", optional=True, by=W)
goal("a2", "落实党中央、国务院决策部署", optional=True, by=W)
goal("a3", "深化数据要素配置改革", by=W, opt_body=OB)
goal("a4", "推动数据应用创新", by=W, opt_body=OB)
goal("a5", "带动全社会数据资源的开发利用", by=W, opt_body=OB)
goal("a6", "促进数字经济创新发展", "以公共数据为突破口，深化数据要素配置改革，推动数据应用创新，带动全社会数据资源的开发利用，促进数字经济创新发展，更好支撑经济社会高质量发展", by=W, opt_body=OB)
goal("a7", "更好支撑经济社会高质量发展", by=W, opt_body=OB)
# part 一: significance
goal("h1", "深刻认识做好公共数据资源开发利用的重大意义", L[3], optional=True, by=W, opt_body=OB)
goal("b0", "加快推进公共数据资源开发利用", by=W, opt_body=OB)   # restated as 加快公共数据资源开发利用 in part 一 (3)
goal("b0a", "融合带动各类数据发挥乘数效应", optional=True, by=W)
goal("h1a", "完善要素市场化配置", L[5], optional=True, by=W)
goal("p1", "构建全国统一大市场", optional=True)
goal("p2", "建设高标准市场体系", optional=True)
goal("p1a", "构建新发展格局", "党的二十大将构建全国统一大市场、深化要素市场化改革、建设高标准市场体系列为构建新发展格局、推动高质量发展的战略任务", optional=True)
goal("p1b", "推动高质量发展", "党的二十大将构建全国统一大市场、深化要素市场化改革、建设高标准市场体系列为构建新发展格局、推动高质量发展的战略任务", optional=True)
goal("p3", "培育全国一体化技术和数据市场", optional=True)
goal("b1", "破除阻碍公共数据流通使用的体制机制障碍", by=W, opt_body=OB)
goal("b2", "着力优化公共数据资源配置", by=W, opt_body=OB)
goal("b3", "培育壮大数据要素市场", optional=True, by=W)
goal("b4", "提高全要素生产率", optional=True, by=W)
goal("b5", "促进新质生产力的形成", optional=True, by=W)
goal("b6", "推动经济发展质量变革、效率变革、动力变革", optional=True, by=W)
goal("h1b", "统筹推进数字化发展", L[6], optional=True, by=W, opt_tech=("digital",))
goal("c1", "加快推进数字化发展", by=W, opt_body=OB, opt_tech=("digital",))
goal("c2", "促进数字技术与经济、政治、文化、社会、生态文明建设深度融合", by=W, opt_body=OB, opt_tech=("digtech",))
goal("c3", "更加注重发挥数据的基础资源和创新引擎作用", by=W, opt_body=OB)
goal("c4", "推动各地区各部门加强数据服务能力建设", by=W, opt_body=OB)
goal("c5", "提升数据资源供给规模和质量", optional=True, by=W)
goal("c6", "推动数据合规高效流通使用", optional=True, by=W)
goal("c7", "不断丰富数据产品和服务", optional=True, by=W)
goal("c8", "赋能实体经济", optional=True, by=W)      # 充分发挥数据在赋能实体经济、扩大消费需求、拓展投资空间中的要素作用
goal("c9", "扩大消费需求", optional=True, by=W)
goal("c10", "拓展投资空间", optional=True, by=W)
goal("h1c", "促进国家治理能力现代化", L[7], optional=True, by=W)
goal("d1", "促进政务数据共享和业务协调", optional=True, by=W)
goal("d2", "加大公共数据特别是与民生紧密相关、社会迫切需求的数据的开放力度", optional=True, by=W)
goal("d3", "提升公共数据持有主体开展数据治理的积极性", optional=True, by=W)
goal("d4", "激发数据要素潜能", optional=True, by=W)
goal("d5", "发挥数据在优化公共服务资源配置中的作用", by=W, opt_body=OB)
goal("d6", "深入推进数据价值的有效挖掘和应用", by=W, opt_body=OB)
goal("d7", "促进公共服务便捷化、精细化和普惠化", optional=True, by=W)
goal("d8", "有效提升国家治理能力和公共服务水平", optional=True, by=W)
# part 二: the utilisation system (heading, restated 创新性、系统化构建… and, in part 一, 加快构建权责清晰、高效协同的…体系)
goal("e0", "建立健全公共数据资源开发利用体系", L[8], by=W, opt_body=OB)
goal("e1", "探索整体授权、分领域授权、依场景授权等模式", optional=True, opt_body=("mohrss", "spc"))   # past practice
goal("e2", "以市场化手段实现供需对接和数据价值释放", optional=True)
goal("e3", "促进公共数据合规高效流通使用", by=W, opt_body=OB)     # restated in part 三: 强化公共数据合规高效流通使用
goal("e4", "提高资源开发利用水平", by=W, opt_body=OB)
goal("e5", "平衡资源开发利用公益性和市场化", optional=True, by=W)
goal("e5a", "兼顾价值释放和满足社会多元化用数需求", optional=True, by=W)
goal("e5b", "调动各方力量充分挖掘数据价值", optional=True, by=W)
goal("e5c", "落实各方责任和义务", optional=True, by=W)
goal("e5d", "规范开发利用行为", optional=True, by=W)
goal("e6", "确保公共数据供得出", by=W, opt_body=OB)
goal("e7", "加强资源管理", by=W, opt_body=OB)
goal("e8", "保障运营公平", by=W, opt_body=OB)
goal("e9", "维护公共利益", by=W, opt_body=OB)
goal("e10", "增强服务能力", by=W, opt_body=OB)
goal("e11", "提升管理水平", by=W, opt_body=OB)
goal("e12", "促进开发利用", "要从加强资源管理、保障运营公平、维护公共利益、增强服务能力等方面入手提升管理水平，促进开发利用", optional=True, by=W)
goal("e13", "持续拓展应用场景", by=W, opt_body=OB)
goal("e14", "推动区域协作", by=W, opt_body=OB)
goal("e15", "加强能力建设", by=W, opt_body=OB)
goal("e16", "繁荣产业生态", by=W, opt_body=OB)
goal("e17", "让公共数据用起来", by=W, opt_body=OB)
goal("e18", "创新激励机制", by=W, opt_body=OB)
goal("e19", "加强安全管理", by=W, opt_body=OB)
goal("e20", "鼓励先行先试", by=W, opt_body=OB)
goal("e21", "为开发利用营造安全可靠、积极向上的环境氛围", by=W, opt_body=OB)
# part 三: releasing the value of public data
goal("f0", "以公共数据价值释放赋能数字经济创新发展", L[14], by=W, opt_body=OB)
goal("f1", "推动公共数据资源开发利用的政策落地", by=W, opt_body=OB)
goal("f2", "充分释放公共数据资源价值", by=W, opt_body=OB)
goal("f3", "把握好方向和原则", by=W, opt_body=OB)
goal("f4", "促进数据资源优化配置", by=W, opt_body=OB)
goal("f5", "推动数字经济发展再上新台阶", by=W, opt_body=OB)
# 一是
goal("g1", "坚持公益优先的价值取向", by=W, opt_body=OB)
goal("g1a", "扩大数据有效供给", by=W, opt_body=OB)
goal("g1b", "降低全社会用数成本", by=W, opt_body=OB)
goal("g1c", "协同推进", "虽然各有侧重，但要协同推进，形成开发利用合力", optional=True, by=W)
goal("g1d", "形成开发利用合力", by=W, opt_body=OB)
goal("g1e", "平衡好公益性和市场化关系", by=W, opt_body=OB)
goal("g1f", "推动用于公共治理、公益事业的公共数据产品和服务有条件无偿使用", by=W, opt_body=OB)
goal("g1g", "探索用于产业发展、行业发展的公共数据经营性产品和服务", by=W, opt_body=OB)
goal("g1h", "实行有条件有偿使用", by=W, opt_body=OB)
goal("g1i", "不能因为开展授权运营，冲击共享、开放的既有成果", optional=True, by=W)
# 二是
goal("g2", "加强授权运营的合规管理", by=W, opt_body=OB)
goal("g2a", "进一步细化授权运营的配套政策", by=W, opt_body=OB)
goal("g2b", "明确对纳入授权运营的公共数据资源开展登记管理的实施细则", by=W, opt_body=OB)
goal("g2c", "制定授权运营的管理规定", by=W, opt_body=OB)
goal("g2d", "将授权运营纳入“三重一大”决策范围", by=W, opt_body=OB)
goal("g2e", "明确授权条件、运营模式、运营期限、退出机制和安全管理责任", by=W, opt_body=OB)
goal("g2f", "授权运营情况应及时向社会披露", by=W, opt_body=OB)
goal("g2g", "接受社会监督", by=W, opt_body=OB)
goal("g2h", "坚持公平性原则", by=W, opt_body=OB)
goal("g2i", "在授权范围内积极满足各类组织和机构的用数需求", by=W, opt_body=OB)
# 三是
goal("g3", "促进多源数据的融合应用", by=W, opt_body=OB)
goal("g3a", "开发各类公共数据产品和服务", by=W, opt_body=OB)
goal("g3b", "充分利用跨层级、跨区域、跨部门的公共数据", by=W, opt_body=OB)
goal("g3c", "广泛融合企业数据、个人数据", by=W, opt_body=OB)
goal("g3d", "提供更多有价值的数据产品和服务", by=W, opt_body=OB)
goal("g3e", "繁荣发展数据开发利用生态", by=W, opt_body=OB)
goal("g3f", "进一步激发数据潜能", by=W, opt_body=OB)
goal("g3g", "推进高质量发展", "繁荣发展数据开发利用生态，进一步激发数据潜能，推进高质量发展", optional=True, by=W)
# 四是
goal("g4", "守好数据安全的底线要求", by=W, opt_body=OB)
goal("g4a", "统筹好发展和安全", by=W, opt_body=OB)
goal("g4b", "推动制度建设和能力建设相结合", by=W, opt_body=OB)
goal("g4c", "将安全贯穿公共数据资源开发利用全过程", by=W, opt_body=OB)
goal("g4d", "严格管控数据范围", by=W, opt_body=OB)
goal("g4e", "探索建设可信流通设施", by=W, opt_body=OB, opt_tech=("trusted",))
goal("g4f", "实现“原始数据不出域、数据可用不可见”", by=W, opt_body=OB)
goal("g4g", "定期开展公共数据开发利用安全风险评估和应用业务规范性审查", by=W, opt_body=OB)
goal("g4h", "确保开发利用全过程合法合规", by=W, opt_body=OB)

# part 二 builds the system 按照相关政策文件的要求 (the Opinions): the document's hasGoal optional
for g in ["e0", "e3", "e4"] + ["e%d" % i for i in range(6, 22) if i != 12]:
    rel("opinion", "hasGoal", g, optional=True)

write()
