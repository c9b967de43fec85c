"""Gold annotation of interpretation-bjtu-national-data-standards-long-2024 (专家解读：张向宏《构建国家数据标准体系，加快推进数据要素市场化配置改革》, 国家数据局 2024-10, reprinted by 中国信息安全), by hand per shared/eval/ANNOTATE.md (annotator annD13)."""
ID = "interpretation-bjtu-national-data-standards-long-2024"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
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
ent("zhang", "Person", "张向宏")
ent("bjtu", "Organization", "北京交通大学")
rel("zhang", "holdsPost", "bjtu", optional=True, post="教授")  # 教授: an academic title, not an office
ent("nda", "Agency", "国家数据局")  # the closing 来源 line: the article was first published by 国家数据局
# Places
ent("china", "Place", "我国", ["中国"], optional=True)
# Technologies: the text names infrastructure kinds only; all optional
T = [("internet", "互联网"), ("datainfra", "数据基础设施", ("国家数据基础设施",)),
     ("netinfra", "网络基础设施"), ("cinfra", "算力基础设施"), ("flowinfra", "数据流通利用基础设施"),
     ("metadata", "元数据管理工具"), ("dsmgmt", "数据标准化管理系统")]
TLAB = {}
for t in T:
    id, l = t[0], t[1]; al = t[2] if len(t) > 2 else ()
    ent(id, "Technology", l, al, optional=True)
    TLAB[id] = (l,) + tuple(al)
# Statistic (a figure with digits; structural, so optional)
ent("s-areas", "Statistic", "国家数据标准体系构建方面", value="7个", optional=True, evidence=ev("安全保障等7个方面体系化构建"))

# Goals. kind "a": the author's own aim or proposal (张向宏 proposes; 北京交通大学 and 国家数据局 hasGoal optional).
G = [
 # title, lead and part 01
 ("g-build", "构建国家数据标准体系", "构建国家数据标准体系，已成为推动数据技术创新应用、促进数据产业高质量发展、建设和运营国家数据基础设施、加快建设全国统一数据市场的重要支撑", False),
 # restated: 建立和完善国家数据标准体系 (01), 一是要尽快建成国家数据标准体系 / 建立形成国家数据标准体系 (03): one node
 ("g-reform", "加快推进数据要素市场化配置改革", "对加快推进数据要素市场化配置改革具有重要意义", False),
 ("g-techapp", "推动数据技术创新应用", None, False),
 ("g-industry", "促进数据产业高质量发展", None, False),
 ("g-infra", "建设和运营国家数据基础设施", None, False),
 # restated in 二是: 统筹推动国家数据基础设施建设和运营
 ("g-market", "加快建设全国统一数据市场", None, False),
 ("g-digecon", "做优做强做大数字经济", None, False),
 ("g-npf", "培育壮大新质生产力", None, False),
 ("g-healthy", "推动我国数字经济健康发展", "从而引领推动我国数字经济健康发展", False),
 # restated: the part heading 国家数据标准体系建设是保障数字经济健康发展的基础
 ("g-h1", "通过数据标准促进数字经济可持续发展", None, False),
 ("g-mech", "尽快形成数据标准化工作机制", "另外要尽快形成数据标准化工作机制", False),
 # restated: 建立健全数据标准化工作机制 (01, 一是)
 ("g-basecap", "不断提升数据标准化基础能力", None, False),
 ("g-four", "保障数据资源“供得出、流得动、用得好、保安全”", None, False),
 # restated: 实现数据“供得出、流得动、用得好、保安全” (02)
 ("g-intl", "增强我国在全球数据领域的国际影响力", None, False),
 ("g-h2", "通过数据标准引领数字经济体系化发展", None, False),
 # restated: 全面、完整、系统地推动数字经济发展
 ("g-7", "7个方面体系化构建", "国家数据标准体系将从基础通用、数据基础设施、数据资源、数据技术、数据流通、融合应用、安全保障等7个方面体系化构建", False),
 # restated: 将从……7个方面制定和完善 (02), 应尽快研究制定基础通用……安全保障等方面国家标准 (03)
 ("g-coretech", "加快关键核心数据技术突破", None, False),
 ("g-resource", "推进数据资源开发利用、流通交易和安全治理", None, False),
 ("g-guideind", "引导数据产业健康发展", None, False),
 ("g-h3", "通过数据标准推动数字经济高质量发展", None, False),
 # restated: 保障数字经济高质量发展
 ("g-govcap", "数据治理能力和水平的提高", None, True),
 ("g-quality", "提升数据质量", "数据标准化能够显著提升数据质量", False),
 ("g-errors", "减少数据错误和冗余", None, False),
 ("g-accuracy", "提高数据的准确性和可靠性", None, False),
 ("g-datasets", "提供高质量数据集", "为数据经济发展提供高质量数据集", False),
 ("g-h4", "通过数据标准催生数字经济新业态产生", None, False),
 # restated: 催生新产业新业态新模式
 ("g-value", "充分挖掘和释放数据价值", None, False),
 ("g-alloc", "促进数据资源的优化配置和高效利用", None, False),
 ("g-apply", "推动数据要素在经济社会各领域的广泛应用", None, False),
 ("g-tradind", "赋能传统产业转型升级", None, False),
 # part 02
 ("g-h5", "加快数据要素化进程", "国家数据标准体系建设是加快数据要素化进程的助推器", False),
 # restated: 为进一步推进数据要素化进程奠定了数据基础
 ("g-supply", "刺激各领域各地方数据持有主体的数据供给动力", None, False),
 ("g-scenes", "激发社会各界拓展数据应用场景的活力", None, False),
 ("g-appent", "促进贴近于各行各业的数据应用企业发展", None, False),
 ("g-flowinfra", "推动数据流通利用基础设施建设", None, False),
 ("g-lifecycle", "推进数据在采存管算用全生命周期各环节的动态安全", None, False),
 # part 03
 ("g-h6", "系统推动数据标准化体系建设和成果落地应用", None, False),
 ("g-parties", "充分发挥政府、企业、科研机构等各方面积极性", None, False),
 ("g-coord", "统筹好数据标准制定、标准落地应用和政策支撑保障等各方面工作", None, False),
 ("g-top", "加强数据标准的顶层设计", None, False),
 ("g-strat", "制定明确的数据标准化发展战略规划", None, False),
 ("g-targets", "明确数据标准化工作的总体目标、重点任务和实施路径", None, False),
 ("g-guidance", "提供清晰的指导方向", "为各级政府部门、企业和科研机构提供清晰的指导方向", True),
 ("g-law", "建立健全数据标准化的法律法规体系", None, False),
 ("g-legal", "明确数据标准的法律地位和实施要求", None, False),
 ("g-exec", "保障数据标准化工作的顺利开展和数据标准的有效执行", None, False),
 ("g-issue", "加快数据标准制定与发布", None, False),
 ("g-routine", "推动形成数据标准制定、审查、发布和管理的常态化工作机制", None, False),
 ("g-priority", "优先制定和实施相关标准", None, False),
 ("g-netstd", "持续完善网络基础设施标准", None, False),
 ("g-cstd", "不断优化算力基础设施标准", None, False),
 ("g-flowstd", "重点推进数据流通利用基础设施标准的研究制定和落地实施", None, False),
 ("g-process", "形成数据标准制修订工作流程和规范", "充分发挥国家数据主管部门、标准化技术组织、各高校、研究机构以及各种数据企业的不同作用，形成数据标准制修订工作流程和规范", False),
 ("g-revise", "实施国家数据标准的制修订工作", None, False),
 ("g-h7", "高度重视数据标准的落地应用", None, False),
 ("g-effect", "更加注重标准的应用效果", None, False),
 ("g-change", "彻底改变“重标准研究轻标准实施”的现象", None, False),
 ("g-pilot", "加大数据标准的试验试点力度", None, False),
 ("g-sumup", "在试验试点中不断总结经验", "在试验试点中不断总结经验，并向全国推广", False),
 # restated: 将试验试点经验总结提炼后向其他领域和地区推广 (三是)
 ("g-demo", "尽快开展重要数据标准应用示范", None, False),
 # restated: 加快研究制定相关数据标准并推动应用示范
 ("g-cases", "形成一批典型应用案例", "尽快形成一批典型应用案例，向全国推广", False),
 ("g-capbuild", "加强数据标准化能力建设", None, False),
 ("g-verify", "建设数据标准验证和应用服务平台", "支持和鼓励数据基础设施建设先行先试城市、国家数据标注先行先试城市、数据要素综合示范试验区、数据空间试点城市等有基础、有条件的地方，建设数据标准验证和应用服务平台", False),
 ("g-3rdparty", "专业第三方标准化服务机构", "培育形成一批专业的数据管理能力评估、数据评价和数据服务能力评估、公共数据授权运营绩效评估、数据要素化绩效评估等专业第三方标准化服务机构", False),
 ("g-techplat", "加快数据标准化管理系统、元数据管理工具等数据标准化技术平台的建设", None, False),
 ("g-support", "为数据标准化工作提供必要的技术支撑", None, True),
 ("g-research", "开展数据标准化技术创新研究", "要鼓励和支持科研机构和企业开展数据标准化技术创新研究", False),
 ("g-newtech", "推动新技术、新方法在数据标准化工作中的应用", None, False),
 ("g-eff", "不断提升数据标准化工作的效率和质量", None, False),
 ("g-h8", "落实数据标准体系相关组织保障", None, False),
 ("g-train", "开展数据标准培训、实施与评估", None, False),
 ("g-publicity", "加强对数据标准化工作的宣传和培训", "通过举办培训班、研讨会、论坛等多种形式，加强对数据标准化工作的宣传和培训", False),
 ("g-aware", "提高政府部门、企业和科研机构对数据标准化的认识和重视程度", None, False),
 ("g-landing", "推动数据标准化成果的应用落地", None, False),
 ("g-pilotproj", "实施数据标准化试验试点项目", None, False),
 ("g-evalmech", "建立健全数据标准化工作的评估座谈会机制", None, False),
 ("g-evaluate", "定期对数据标准化成果的应用落地情况进行评估", None, False),
 ("g-improve", "确保数据标准化工作的持续改进和不断提升", None, True),
 ("g-talent", "加强数据标准化人才队伍建设", None, False),
 ("g-edu", "加强数据标准化教育培训力度", None, False),
 ("g-team", "形成一支专业化、职业化、国际化的标准化人才队伍", None, False),
 ("g-coop", "加强国际合作与交流", None, False),
 ("g-absorb", "积极吸纳全球的先进经验和做法", None, False),
 # restated: 借鉴其成功经验和做法
 ("g-align", "与国际数据标准和惯例接轨", None, False),
 ("g-join", "积极参与国际数据标准化相关组织的工作", None, False),
 ("g-mutual", "推动中国数据标准与国际标准的接轨和互认", None, False),
 ("g-influence", "提升中国在国际数据标准化领域的影响力", None, False),
 ("g-contrib", "提高对国际标准工作的贡献质量", None, False),
 ("g-exchange", "与国际上的先进国家和地区开展数据标准化工作的交流合作", None, False),
 ("g-promote", "推动中国数据标准化成果在国际上的推广应用", None, False),
 ("g-compete", "提升中国数据标准化的国际竞争力", None, False),
]
for id, label, e, opt in G:
    assert label in text, label
    evid = ev(e) if e else sent(label)
    assert label in evid, (label, evid)
    ent(id, "Goal", label, optional=opt, evidence=evid)
    rel("zhang", "proposes", id, optional=opt)
    rel("bjtu", "hasGoal", id, optional=True)
    rel("nda", "hasGoal", id, optional=True)
    for t, labs in TLAB.items():
        if any(a in label for a in labs):
            rel(id, "involvesTechnology", t, optional=True)

# past programmes named in passing (各领域各地方先后实施了……): optional goals with no owner
ent("g-past1", "Goal", "三金工程", optional=True, evidence=ev("各领域各地方先后实施了“三金工程”、“二网一站四库十二金工程”等"))
ent("g-past2", "Goal", "二网一站四库十二金工程", optional=True, evidence=ev("各领域各地方先后实施了“三金工程”、“二网一站四库十二金工程”等"))

# promotes (the source body and the author's university through the aims; optional)
for t in ("datainfra", "flowinfra", "cinfra", "netinfra"):
    rel("nda", "promotes", t, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
