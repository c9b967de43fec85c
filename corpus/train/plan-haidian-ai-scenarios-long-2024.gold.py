"""Gold annotation of plan-haidian-ai-scenarios-long-2024 (极客公园: 海淀区全力打造 AI 全景赋能第一城，首批应用场景重磅发布 — a news report of the 中关村科学城人工智能全景赋能行动计划 and its first open-scenario list), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-haidian-ai-scenarios-long-2024"
import collections, json, pathlib
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

def stat(id, label, value, evidence, optional=False):
    assert value.replace(" ", "") in evidence.replace(" ", ""), value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

L = {i + 1: l for i, l in enumerate(lines)}

def clause(line, label):
    """the clause of line (split at ，。；：) that holds label"""
    i = line.index(label); j = i + len(label)
    while i > 0 and line[i - 1] not in "，。；：「": i -= 1
    while j < len(line) and line[j] not in "，。；」": j += 1
    return line[i:j]

# ---- bodies and people ----
ent("hd-gov", "Agency", "海淀区政府")
ent("zgc-unit", "Agency", "中关村科学城产业促进一处", ["产业促进一处"])
ent("li-nan", "Person", "李楠")
rel("li-nan", "holdsPost", "zgc-unit", post="处长")
ent("bjsti", "Agency", "北京市科委")
ent("zgc-admin", "Agency", "中关村管委会")
ent("geekpark", "Organization", "极客公园", optional=True)
ent("zheng", "Person", "郑玄")
ent("lafeng", "Person", "拉风的极客", optional=True)  # pen name in the byline
rel("zheng", "holdsPost", "geekpark", optional=True, post="编辑")
rel("lafeng", "holdsPost", "geekpark", optional=True, post="作者")
ent("baidu", "Organization", "百度", ["百度集团"])
ent("bdcloud", "Organization", "百度智能云", ["百度智能"])
rel("bdcloud", "subOrganizationOf", "baidu", optional=True)  # not stated in so many words
ent("biomap", "Organization", "百图生科")
ent("teamsun", "Organization", "华胜天成")
ent("thu", "Organization", "清华大学", ["清华"])
ent("pku", "Organization", "北京大学")
ent("casia", "Organization", "中科院自动化研究所")
ent("zhipu", "Organization", "智谱 AI")
ent("google", "Organization", "Google")
ent("shendou", "Person", "沈抖")
rel("shendou", "holdsPost", "baidu", post="执行副总裁")
ent("liyanhong", "Person", "李彦宏")
rel("liyanhong", "holdsPost", "baidu", optional=True, post="创始人")
ent("liuwei", "Person", "刘维")
rel("liuwei", "holdsPost", "baidu", optional=True, post="前副总裁")  # former post
# ---- events, documents, places ----
ent("launch", "Event", "2024 年北京市人工智能应用场景联合研发平台发布活动")
ent("contest", "Event", "2024 年北京市人工智能行业大模型创新应用大赛启动仪式", optional=True)  # joined to the launch by 暨
ent("yunzhi", "Event", "2024 年百度云智大会", ["百度云智大会", "云智大会"])
ent("ciftis", "Event", "北京服贸会")
rel("shendou", "speaksAt", "yunzhi")
rel("li-nan", "speaksAt", "launch", optional=True)  # the text does not say where he spoke
ent("plan", "Document", "中关村科学城人工智能全景赋能行动计划（2024-2026 年）", ["行动计划"])
rel("plan", "publishedBy", "hd-gov", optional=True)  # 海淀区落实《…》: issuer not named
ent("list", "Document", "中关村科学城人工智能全景赋能首批开放场景", optional=True)  # the 榜单
rel("list", "publishedBy", "hd-gov", optional=True)
ent("haidian", "Place", "海淀区", ["海淀"])
ent("zgc-city", "Place", "中关村科学城")
ent("huabei", "Place", "华北")
ent("huadong", "Place", "华东")
ent("china", "Place", "中国", optional=True)
ent("beijing", "Place", "北京市", ["北京"], optional=True)  # only inside names
ent("swpark", "Place", "海淀区软件园二期", optional=True)
ent("block", "Place", "人工智能创新街区", optional=True)
# ---- technologies ----
TECH = [("ai", "人工智能", ("AI",), False), ("llm", "大模型", ("大模型技术",), False),
        ("embodied", "具身智能", (), False), ("robot", "智能机器人", (), False), ("cloud", "云计算", (), False),
        ("nlp", "自然语言处理", (), False), ("agent", "智能体", (), False),
        ("compute", "算力", ("智能算力",), True), ("biotech", "生物技术", (), True), ("foundation", "基础模型", (), True),
        ("recsys", "智能推荐系统", (), True), ("digihuman", "数字人", (), True), ("cs", "智能客服", (), True),
        ("xtrimo", "xTrimo", (), True), ("alphafold", "Alphafold", (), True), ("wenxin", "文心大模型", (), True),
        ("baige", "百舸 AI 异构计算平台 4.0", ("百舸 AI 平台 4.0",), True), ("qianfan", "千帆大模型平台 3.0", ("千帆平台",), True),
        ("bid", "AI 投标助手", (), True), ("dataassist", "智能数据助手", (), True), ("indllm", "行业大模型", (), True)]
TOPT = {}
for id, l, al, opt in TECH:
    ent(id, "Technology", l, al, optional=opt)
    TOPT[id] = opt

PROMO = {}
def G(id, ln, label, opt=False, evidence=None, bodies=(), obodies=(), people=(), opeople=(), doc=None, odoc=None):
    e = evidence or clause(L[ln], label)
    assert label in L[ln] and e in L[ln], (ln, label, e)
    assert 4 <= len(label) <= 40, label
    assert label not in {x["label"] for x in E if x["type"] == "Goal"}, label
    ent(id, "Goal", label, optional=opt, evidence=e)
    for b in bodies: rel(b, "hasGoal", id, optional=opt)
    for b in obodies: rel(b, "hasGoal", id, optional=True)
    for p in people: rel(p, "proposes", id, optional=opt)
    for p in opeople: rel(p, "proposes", id, optional=True)
    if doc: rel(doc, "hasGoal", id, optional=opt)
    if odoc: rel(odoc, "hasGoal", id, optional=True)
    for t, l, al, _ in TECH:
        if any(x in e for x in (l,) + tuple(al)):
            o = opt or TOPT[t]
            rel(id, "involvesTechnology", t, optional=o)
            for b in bodies:
                PROMO[(b, t)] = PROMO.get((b, t), False) or not o
            for b in obodies:
                PROMO.setdefault((b, t), False)

HD = dict(obodies=("hd-gov",))  # 海淀区 as subject: a region standing for its government
# the district's aim, stated in the title, line 8, line 14, line 15 (the plan) and line 43: one node
G("main", 14, "打造人工智能全景赋能第一城",
  evidence="是海淀区落实《中关村科学城人工智能全景赋能行动计划（2024-2026 年）》、打造人工智能全景赋能第一城的重要举措",
  doc="plan", **HD)
G("carry", 14, "落实《中关村科学城人工智能全景赋能行动计划（2024-2026 年）》", opt=True,
  evidence="是海淀区落实《中关村科学城人工智能全景赋能行动计划（2024-2026 年）》", **HD)
G("lede", 3, "加速 AI 应用落地", **HD)
G("l7", 7, "推动 AI 技术应用落地", opt=True, evidence="也进一步明确了海淀区在推动 AI 技术应用落地方面的决心和目标", **HD)
G("l9a", 9, "推动人工智能技术的产业化进程", opt=True, **HD)  # 近年来: past measures
G("l9b", 9, "着力打造人工智能全景赋能第一城的生态环境", **HD)
G("l10", 10, "推动人工智能应用加速落地", evidence="海淀区也推出更多相关政策，推动人工智能应用加速落地", **HD)
G("l11", 11, "公开征集揭榜方", **HD)
# the list's aims (line 12)
LIST = dict(obodies=("hd-gov",), odoc="list")
G("l12a", 12, "推动行业用户前瞻布局未来业务方向", evidence="榜单中的场景设计旨在通过公开征集和揭榜的方式，推动行业用户前瞻布局未来业务方向", **LIST)
G("l12b", 12, "促进人工智能企业深入挖掘用户真实需求", **LIST)
G("l12c", 12, "实现产业升级转型", evidence="最终实现产业升级转型", **LIST)
# the scenario fields (line 13)
G("l13a", 13, "重点支持具身智能技术的落地和应用", **LIST)
G("l13b", 13, "帮助提升智能机器人在实际应用中的表现", **LIST)
G("l13c", 13, "推动 AI 在医疗健康行业的应用", evidence="在医药健康领域，推动 AI 在医疗健康行业的应用", **LIST)
G("l13d", 13, "提升教育行业的智能化水平", evidence="在教育教学领域，专注于提升教育行业的智能化水平", **LIST)
G("l13e", 13, "帮助学生更高效地学习", opt=True, evidence="通过智能辅导和个性化学习方案，帮助学生更高效地学习", **LIST)
G("l13f", 13, "促进文化和旅游行业的数字化转型", **LIST)
G("l13g", 13, "通过智能推荐系统提升用户体验", opt=True, evidence="例如通过智能推荐系统提升用户体验", **LIST)
# the plan (line 15)
P = dict(doc="plan", obodies=("hd-gov",))
G("p0", 15, "将场景应用创新作为重要抓手", opt=True, **P)
G("p1", 15, "以人工智能创新街区为「主阵地」", evidence="以人工智能创新街区为「主阵地」", **P)
G("p2", 15, "以十大应用示范工程为「主平台」", evidence="以十大应用示范工程为「主平台」", **P)
G("p3", 15, "以全栈国产技术创新迭代为「主引擎」", evidence="以全栈国产技术创新迭代为「主引擎」", **P)
G("p4", 15, "牢牢把握人工智能发展的「主动权」", evidence="牢牢把握人工智能发展的「主动权」", **P)
G("p5", 15, "产出 100 个标杆行业模型产品", evidence="力争到 2026 年，产出 100 个标杆行业模型产品", **P)
G("p6", 15, "涌现 100 个示范引领典型案例", **P)
G("p7", 15, "赋能民生、科研、产业等领域应用", **P)
G("p8", 15, "引领带动万亿经济发展新局面", **P)
# 致力于将中关村科学城打造成为「人工智能全景赋能第一城」 (line 15) restates "main", which the plan has
# 李楠 (line 16), speaking for his unit
LN = dict(bodies=("zgc-unit",), people=("li-nan",))
G("q1", 16, "深入挖掘人工智能场景需求", evidence="「我们希望通过发榜、揭榜的方式，深入挖掘人工智能场景需求", **LN)
G("q2", 16, "广泛征集解决方案", **LN)
G("q3", 16, "促进供需高效对接", **LN)
G("q4", 16, "共同探索人工智能创新应用的新路径和新模式", **LN)
G("q5", 16, "共创更广领域、更大范围、更远边界的人工智能全场景应用",
  evidence="我们也诚邀各界创新伙伴，共创更广领域、更大范围、更远边界的人工智能全场景应用", **LN)
# companies' aims
G("c1", 22, "将前沿的人工智能技术与生物技术结合", evidence="致力于将前沿的人工智能技术与生物技术结合", bodies=("biomap",))
G("c2", 22, "推动生命科学的创新与发展", bodies=("biomap",))
G("c3", 25, "帮助客户实现数字化转型", evidence="华胜天成致力于帮助客户实现数字化转型", bodies=("teamsun",))
G("c4", 36, "推动 AI 技术在各行各业的应用落地", opt=True, obodies=("baidu", "bdcloud"))
# the author's view of large-model application (line 39): no body holds these
G("v1", 39, "发挥出乘数效应", opt=True, evidence="而是要发挥出乘数效应")
G("v2", 39, "与各行业核心业务流程相结合", opt=True)
G("v3", 39, "为经济社会各领域带来新产业、新模式、新动能", opt=True)
G("v4", 39, "催生新质生产力", opt=True)
# the policy guidance of 北京市科委、中关村管委会、海淀区政府 (lines 41-43)
PG = dict(obodies=("bjsti", "zgc-admin", "hd-gov"))
G("g1", 42, "引导组织行业用户和技术厂商开展联合研发", evidence="通过引导组织行业用户和技术厂商开展联合研发", **PG)
G("g2", 42, "打造深度适配核心业务逻辑的行业大模型产品", **PG)
G("g3", 42, "推动快速形成「需求-技术-产品-应用」的产业闭环", evidence="推动快速形成「需求-技术-产品-应用」的产业闭环", **PG)
for i, lab in enumerate(["开放出核心业务场景和高质量行业数据", "组织业务专家梳理业务知识逻辑", "提出定义明确的大模型应用需求",
                         "帮助技术厂商快速定义产品", "定制化开展模型调优、知识库搭建、智能体开发", "加快形成产品级解决方案"]):
    G(f"g4{i}", 42, lab, opt=True, **PG)
G("g5", 43, "实现三方共赢", evidence="最终实现三方共赢", **PG)
G("h1", 43, "建设形成高效的人工智能产业链", evidence="也将在一轮轮合作中建设形成高效的人工智能产业链", **HD)
G("h2", 43, "成为中国 AI 技术创新的产业高地", **HD)

# ---- statistics (lines 19-21, 33) ----
S = [("s1", "海淀区高校数量", "37", "汇聚了 37 所高校", False),
     ("s2", "海淀区新型研发机构数量", "12", "12 个新型研发机构", False),
     ("s3", "海淀区全国重点实验室数量", "52", "52 个全国重点实验室", False),
     ("s4", "海淀区国家科研机构数量", "106", "106 个国家科研机构", False),
     ("s5", "人工智能领域全国重点实验室数量", "14", "有人工智能领域全国重点实验室 14 家", False),
     ("s6", "人工智能领域新型研发机构数量", "3", "新型研发机构 3 家", False),
     ("s7", "获批人工智能本科专业的高校数量", "21", "获批人工智能本科专业的高校有 21 所", False),
     ("s8", "人工智能学者和产业者人数", "1.23万", "海淀区汇聚了 1.23 万名人工智能的学者和产业者", False),
     ("s9", "AI 2000 全球顶尖学者人数", "101", "101 位 AI 2000 全球顶尖学者", False),
     ("s10", "入驻海淀区的人工智能企业数量", "1300", "帮助海淀区吸引了 1300 多家人工智能企业入驻", False),
     ("s11", "独角兽企业数量", "20", "其中 20 家被认定为独角兽企业", False),
     ("s12", "大模型相关单位数量", "90", "90 多家大模型相关单位在此落户", False),
     ("s13", "文心大模型日均调用量", "7亿", "指出文心大模型的日均调用量已超过 7 亿次", False)]
for id, lab, val, e, opt in S:
    stat(id, lab, val, e, optional=opt)

# ---- promotes ----
for (b, t), req in PROMO.items():
    rel(b, "promotes", t, optional=not req)
for b, t, opt in [("biomap", "llm", False), ("biomap", "foundation", True), ("teamsun", "cloud", False), ("teamsun", "ai", False),
                  ("teamsun", "nlp", False), ("teamsun", "llm", False), ("baidu", "llm", False), ("baidu", "wenxin", True),
                  ("bdcloud", "ai", False), ("bdcloud", "llm", False), ("bdcloud", "compute", True), ("bdcloud", "digihuman", True),
                  ("bdcloud", "cs", True), ("bdcloud", "baige", True), ("bdcloud", "qianfan", True), ("zhipu", "ai", True),
                  ("biomap", "xtrimo", True), ("teamsun", "bid", True), ("teamsun", "dataassist", True)]:
    if (b, t) not in PROMO:
        rel(b, "promotes", t, optional=opt)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
