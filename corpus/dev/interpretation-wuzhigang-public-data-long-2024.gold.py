"""Gold annotation of interpretation-wuzhigang-public-data-long-2024 (吴志刚：双力齐发释放公共数据潜能 五措并举助力数字经济发展, an expert interpretation of the 中办国办《关于加快公共数据资源开发利用的意见》), by hand per shared/eval/ANNOTATE.md (annotator ann35)."""
ID = "interpretation-wuzhigang-public-data-long-2024"
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
ent("ccid", "Organization", "中国电子信息产业发展研究院")      # MIIT's institute (Agency accepted too)
ent("ccid-sic", "Organization", "软件与集成电路评测中心", ["中国电子信息产业发展研究院软件与集成电路评测中心"])
rel("ccid-sic", "subOrganizationOf", "ccid")
ent("cpc-cc", "Agency", "党中央")
ent("sc", "Agency", "国务院")
ent("cpc-go", "Agency", "中共中央办公厅")
ent("sc-go", "Agency", "国务院办公厅")
ent("nda", "Agency", "国家数据局")
# People
ent("wu", "Person", "吴志刚")
rel("wu", "holdsPost", "ccid-sic", post="副主任")
ent("xi", "Person", "习近平", optional=True)
# Events
ent("plenum3", "Event", "党的二十届三中全会")
# Documents
ent("opinion", "Document", "中共中央办公厅、国务院办公厅关于加快公共数据资源开发利用的意见",
    ["《中共中央办公厅、国务院办公厅关于加快公共数据资源开发利用的意见》", "意见", "《意见》"])
rel("opinion", "publishedBy", "cpc-go"); rel("opinion", "publishedBy", "sc-go")
ent("norms", "Document", "公共数据资源授权运营实施规范(试行)", ["《公共数据资源授权运营实施规范(试行)》", "实施规范", "《实施规范》"])
rel("norms", "publishedBy", "nda")      # 国家数据局就《…》面向公众公开征求意见
# Places
for id, l in [("sh", "上海"), ("js", "江苏"), ("zj", "浙江")]:
    ent(id, "Place", l)
ent("china", "Place", "我国", optional=True)
# Technologies
ent("ai", "Technology", "人工智能")
ent("llm", "Technology", "大模型")
ent("gov-llm", "Technology", "人工智能政务服务大模型", optional=True)
ent("ndi", "Technology", "国家数据基础设施", optional=True)
ent("digital", "Technology", "数字化", optional=True)       # only in 数字化转型
# Statistics
stat("s-pilot", "开展公共数据资源开发利用试点的地区", "8个", "2020年上海、江苏、浙江等8个地区组织开展为期两年的公共数据资源开发利用试点工作")
stat("s-meas", "《意见》提出的具体措施", "17项", "提出了17项具体措施")

W = ("wu",)
O = ("opinion",)
L = lines
# title (the author's)
goal("t1", "双力齐发释放公共数据潜能", L[0], by=W, opt_body=O)
goal("t2", "五措并举助力数字经济发展", L[0], by=W, opt_body=O)
# opening: the benefits of better use of public data
goal("a0", "提高公共数据资源开发利用水平", by=W, body=O)   # restated as the Opinions' 目标 (提高资源开发利用水平) and in 《意见》指出
goal("a1", "加快传统产业转型升级", optional=True, by=W)
goal("a2", "优化经济结构和运行机制", optional=True, by=W)
goal("a3", "激发市场创新活力", optional=True, by=W)
goal("a4", "培育数据产业", optional=True, by=W)
goal("a5", "形成新的经济增长点", optional=True, by=W)
goal("a6", "加快政府职能转变", optional=True, by=W)
goal("a7", "推进国家治理体系和治理能力现代化", optional=True, by=W)
# part 01
goal("h1", "对公共数据开发利用系统部署", L[3], optional=True, opt_body=O)
goal("p1", "建设和运营国家数据基础设施", optional=True, opt_tech=("ndi",))     # the Third Plenum's
goal("p2", "促进数据共享", "提出“建设和运营国家数据基础设施，促进数据共享”“培育全国一体化技术和数据市场”", optional=True)
goal("p3", "培育全国一体化技术和数据市场", optional=True)
goal("p4", "组织开展为期两年的公共数据资源开发利用试点工作", optional=True)   # past (2020)
goal("b1", "加强政策引导", by=W)
goal("b2", "完善制度规则", by=W)
goal("b3", "加快公共数据资源开发利用", "针对这些突出问题，国家层面亟需加强政策引导，完善制度规则，加快公共数据资源开发利用", by=W, opt_body=O)
goal("c0", "贯彻落实党的二十届三中全会精神", optional=True, opt_body=O)
goal("c1", "促进公共数据合规高效流通使用", body=O, opt_by=W)
goal("c2", "激发共享开放动力", body=O, opt_by=W)
goal("c3", "释放市场创新活力", body=O, opt_by=W)
goal("c4", "持续深化公共数据资源供给侧结构性改革", body=O, opt_by=W)
goal("c5", "规范公共数据授权运营", body=O, opt_by=W)        # = 规范授权运营 (measure 2, heading of part 03)
goal("c6", "扩大资源供给", body=O, opt_by=W)
goal("c7", "鼓励应用创新", body=O, opt_by=W)
goal("c8", "营造良好环境", body=O, opt_by=W)
goal("c9", "强化组织保障", body=O, opt_by=W)
goal("c10", "打通公共数据流通使用双循环", body=O, opt_by=W)
goal("c11", "充分发挥公共数据的基础性、先导性作用", body=O, opt_by=W)
goal("c12", "推动数字经济高质量发展", body=O, opt_by=W)       # restated at the end: 推动数字经济健康有序发展
# part 02: two driving forces
goal("d0", "坚持双力齐发", L[6], by=W, opt_body=O)
goal("d0a", "打造数字经济发展的核心动能", L[6], by=W, opt_body=O)
goal("d1", "深化数据要素市场化配置改革", body=O, opt_by=W)
goal("d2", "解决当前数字经济发展中供需不匹配问题", optional=True, by=W)
# supply
goal("e0", "系统性地解决公共数据资源“供得出”的问题", body=O, opt_by=W)
goal("e0a", "满足不同的开发利用需要", optional=True, opt_body=O)
goal("e0b", "提出针对性的管理要求", optional=True, opt_body=O)
goal("e1", "政务数据共享", "一是政务数据共享", optional=True, opt_body=O)
goal("e1a", "推进跨层级、跨地域、跨系统、跨部门、跨业务政务数据共享和业务协同", body=O)
goal("e1b", "满足政务部门依法履职", optional=True, opt_body=O)
goal("e1c", "提升管理和服务效能", optional=True, opt_body=O)
goal("e1d", "实现政务数据的前置治理和资源汇聚", body=O)
goal("e2", "公共数据开放", "二是公共数据开放", optional=True, opt_body=O)
goal("e2a", "建立公共数据开放需求受理反馈机制", body=O)
goal("e2b", "提高开放数据的完整性、准确性、及时性和机器可读性", body=O)
goal("e2c", "在一定范围内开放公共数据并提高可用性", body=O)
goal("e3", "公共数据授权运营", "三是公共数据授权运营", optional=True, opt_body=O)
goal("e3a", "探索建立公共数据分类分级授权机制", body=O)
goal("e3b", "采取整体授权、分领域授权、依场景授权等模式", body=O)
goal("e3c", "授权符合条件的运营机构开展公共数据资源开发、产品经营和技术服务", body=O)
goal("e3d", "对原始数据资源进行专业化加工处理", optional=True, opt_body=O)
goal("e3e", "确保“原始数据不出域、数据可用不可得”", body=O)
goal("e3f", "促进数据产品和服务面向市场持续供给", body=O)
# demand and applications
goal("f1", "丰富数据应用场景", body=O)
goal("f2", "推动区域数据协作", body=O)
goal("f3", "加强数据服务能力建设", body=O)
goal("f4", "繁荣数据产业发展生态", body=O)
goal("f5", "拓展应用场景", "《意见》从两个“鼓励”和一个“坚持”三个维度提出要“在市场需求大、数据资源多的行业和领域，拓展应用场景”", body=O)
goal("f6", "凸显应用场景导向", optional=True, opt_body=O)
goal("f7", "加大“数据要素×”行动力度", body=O)
goal("f8", "鼓励经营主体利用公共数据资源开发产品、提供服务", body=O)
goal("f9", "推动行业和领域公共数据价值实现", body=O)
goal("f10", "鼓励和支持企事业单位和社会组织有条件无偿使用公共数据开发公益产品", body=O)
goal("f11", "提供便民利民服务", body=O)
goal("f12", "支持人工智能政务服务大模型开发、训练和应用", body=O, tech=("ai", "llm"), opt_tech=("gov-llm",))
goal("f13", "打通数据应用商业闭环", optional=True, by=W)
goal("f14", "与千行百业深入融合", optional=True, by=W)
goal("f14a", "降本提质增效", optional=True, by=W)
goal("f15", "推动数据利用方式向共享汇聚和应用服务能力并重的方向转变", by=W, opt_body=O)
goal("f16", "促进多元数据融合应用", by=W, opt_body=O)
goal("f17", "丰富数据产品和服务", "以“降本提质增效”为核心，推动数据利用方式向共享汇聚和应用服务能力并重的方向转变，促进多元数据融合应用，丰富数据产品和服务", by=W, opt_body=O)
# part 03: authorised operation
goal("g0", "建立合规高效流通的关键机制", L[10], by=W, opt_body=O)
goal("g0a", "对各地方各部门开展公共数据授权运营工作给予指导", optional=True, opt_body=O)
goal("g0b", "授权运营机制的落地实施", optional=True, opt_body=("norms",))
goal("g1", "细化运营要求", None, by=W, opt_body=O)
goal("g1a", "加强对授权运营工作的统筹管理", body=O)
goal("g1b", "明确数据管理机构", body=O)
goal("g1c", "将授权运营纳入‘三重一大’决策范围", body=O)
goal("g1d", "履行行业监管职责", body=O)             # repeated in 合规监管
goal("g1e", "指导监督运营机构依法依规经营", body=O)
goal("g1f", "落实授权要求", body=O)
goal("g1g", "规范运营行为", body=O)
goal("g1h", "面向市场公平提供服务", body=O)
goal("g1i", "严禁未经授权超范围使用数据", body=O)
goal("g1j", "纳入授权运营范围", optional=True, opt_body=("norms",))
goal("g1k", "将参与公共数据授权运营的主体分为“实施机构”和“运营机构”", optional=True, opt_body=("norms",))
goal("g1l", "分别明确其职责权限", optional=True, opt_body=("norms",))
goal("g2", "强化资源管理", None, by=W, opt_body=O)
goal("g2a", "建立公共数据资源登记制度", body=O)
goal("g2b", "摸清家底", body=O, opt_by=W)
goal("g2c", "更有效地促进供需对接", optional=True, by=W)
goal("g2d", "便于市场发现高价值数据", optional=True, by=W)
goal("g2e", "催生更多应用场景", optional=True, by=W)
goal("g2f", "明确数据源头治理和质量监督检查要求", body=O)
goal("g2g", "压实数据提供部门数据治理职责", body=O)
goal("g2h", "实现“一数一源”及主数据管理", body=O)
goal("g2i", "构建“数据质量、环环有责”的动态持续更新机制", body=O)
goal("g2j", "做好数据质量监督检查", body=O)
goal("g2k", "加强数据质量事前、事中和事后监督检查", body=O)
goal("g2l", "做到数据质量可反馈、使用过程可追溯、数据异议可处置", body=O)
goal("g2m", "有效提高公共数据资源可用性", body=O, opt_by=W)
goal("g3", "推动措施落实", None, by=W, opt_body=O)
goal("g3a", "优化机构编制资源配置", body=O)
goal("g3b", "鼓励先行先试", body=O)
goal("g3c", "探索有数据运营职责的事业单位转企改制", body=O)
goal("g3d", "成立运营机构", body=O)
goal("g3e", "调动运营机构的积极性", optional=True, by=W)
goal("g3f", "激发经营动力和运营活力", optional=True, by=W)
goal("g3g", "落实“三个区分开来”", body=O)
goal("g3h", "鼓励和保护干部担当作为", body=O)
# part 04: fairness and rules
goal("h0", "强调公平正义", L[15], optional=True, by=W)
goal("h0a", "构筑数据合规可信的基本规则", L[15], by=W, opt_body=O)
goal("h1a", "坚持政府指导、市场驱动", body=O)
goal("h1b", "加强政府指导和调控", body=O)
goal("h1c", "更好发挥市场机制作用", body=O)
goal("h1d", "有效扩大公共数据供给", body=O)
goal("h1e", "提高公共数据资源配置效率和使用效益", body=O)
goal("h1f", "正确处理公益性和市场化开发利用关系", body=O, opt_by=W)
goal("h1g", "保护经营主体公平参与开发利用的正当权益", body=O, opt_by=W)
goal("h1h", "实现经济和社会综合效益最大化", body=O, opt_by=W)
goal("h2a", "确保公平性、公益性", body=O)
goal("h2b", "不得实施垄断行为", body=O)
goal("h2c", "不得实施不正当竞争行为", body=O)
goal("h2d", "促进合理定价", body=O)
goal("h2e", "公共数据产品和服务有条件无偿使用", body=O)
goal("h2f", "实行政府指导定价管理", "用于产业发展、行业发展的公共数据经营性产品和服务，确需收费的，实行政府指导定价管理", body=O)
goal("h2g", "支持运营机构等相关方按投入和贡献取得合理的回报", body=O)
goal("h2h", "保障了公共数据公益属性不发生根本改变", optional=True, by=W)
goal("h2i", "维护公共利益", optional=True, by=W)
goal("h3a", "指导各行业各地方构建规则体系", body=O)
goal("h3b", "适时制定公共数据资源授权运营管理规定", body=O)
goal("h3c", "明确授权条件、运营模式、运营期限、退出机制和安全管理责任", body=O)
goal("h3d", "强化数据安全和个人信息保护", body=O)
goal("h3e", "建立健全工作体系", body=O)
goal("h3f", "开展公共数据利用的安全风险评估和应用业务合规性审查", body=O)
goal("h4a", "实现公共数据资源开发利用效率与公平的平衡", body=O)
goal("h4b", "建立公共数据资源授权运营信息披露制度", body=O)
goal("h4c", "按规定公开授权对象、内容、范围和时限等授权运营情况", body=O)
goal("h4d", "公开数据产品和服务能力清单", body=O)
goal("h4e", "接受社会的监督", body=O)
goal("h4f", "探索开展公共数据资源开发利用绩效考核", body=O)
goal("h4g", "确保公共数据资源开发利用进展", body=O)
# summary
goal("k1", "以授权运营机制打造高效流通利用的内外枢纽", optional=True, opt_body=O, opt_by=W)
goal("k2", "加快培育以公共数据资源为牵引的数据要素市场", body=O, opt_by=W)

# the author restates the Opinions' goals throughout: he proposes them optionally
for g in sorted({r["o"] for r in R if r["s"] == "opinion" and r["p"] == "hasGoal" and not r.get("optional")}):
    if not any(r["s"] == "wu" and r["p"] == "proposes" and r["o"] == g for r in R):
        rel("wu", "proposes", g, optional=True)

# the issuing bodies push AI and large models through the Opinions' goal f12
for a in ("cpc-go", "sc-go"):
    rel(a, "promotes", "ai"); rel(a, "promotes", "llm")

write()
