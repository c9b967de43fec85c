"""Gold annotation of interpretation-nda-liulihong-data-work-long-2025 (刘烈宏：担当作为 改革攻坚 扎实推动数据工作取得新突破新进展, signed article of the head of 国家数据局 reprinted by 中国信息安全), by hand per shared/eval/ANNOTATE.md (annotator annI14)."""
ID = "interpretation-nda-liulihong-data-work-long-2025"
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
    assert 4 <= len(label) <= 30, label
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
ent("ndrc", "Agency", "国家发展改革委")
ent("ndrc-pg", "Agency", "国家发展改革委党组", optional=True)
ent("nda", "Agency", "国家数据局", ["数据局"])
ent("nda-pg", "Agency", "国家数据局党组", optional=True)
rel("ndrc-pg", "subOrganizationOf", "ndrc", optional=True)
rel("nda-pg", "subOrganizationOf", "nda", optional=True)
ent("cpc", "Agency", "党中央")
ent("sc", "Agency", "国务院")
ent("moa", "Agency", "农业农村部")
ent("nbs", "Agency", "国家统计局")
ent("mof", "Agency", "财政部")
ent("tc-data", "Organization", "全国数据标准化技术委员会")
ent("experts", "Organization", "国家数据专家咨询委员会")
ent("nda-inst", "Organization", "国家数据发展研究院")
ent("un", "Organization", "联合国")
ent("cis-mag", "Organization", "中国信息安全", optional=True)
ent("journal", "Organization", "习近平经济思想研究", ["《习近平经济思想研究》"], optional=True)
# People
ent("liu", "Person", "刘烈宏")
rel("liu", "holdsPost", "ndrc", post="党组成员")
rel("liu", "holdsPost", "nda", post="党组书记、局长")
ent("xi", "Person", "习近平", optional=True)
# Events
ent("dc-meet", "Event", "数字中国建设工作推进会议")
ent("dc-summit", "Event", "第七届数字中国建设峰会", ["数字中国建设峰会"])
ent("bigdata-expo", "Event", "2024中国国际大数据产业博览会", ["中国国际大数据产业博览会"])
ent("sg-dialogue", "Event", "中国—新加坡数字政策对话机制首次会议")
ent("cewc", "Event", "中央经济工作会议")
ent("ndrc-conf", "Event", "全国发展和改革工作会议")
ent("plenum3", "Event", "党的二十届三中全会", ["二十届三中全会"])
ent("congress20", "Event", "党的二十大", optional=True)
ent("dx-contest", "Event", "“数据要素×”大赛", ["数据要素×”大赛"])
ent("label-fair", "Event", "数据标注产业供需对接会", optional=True)
ent("sc-exec", "Event", "国务院常务会议", optional=True)
# Documents
ent("label-op", "Document", "关于促进数据标注产业高质量发展的实施意见", ["《关于促进数据标注产业高质量发展的实施意见》"])
ent("dc-2024pts", "Document", "数字中国建设2024年工作要点清单", ["《数字中国建设2024年工作要点清单》"])
ent("dc-report", "Document", "数字中国发展报告（2023年）", ["《数字中国发展报告（2023年）》"])
ent("city-op", "Document", "关于深化智慧城市发展 推进城市全域数字化转型的指导意见",
    ["《关于深化智慧城市发展 推进城市全域数字化转型的指导意见》"])
ent("depa", "Document", "数字经济伙伴关系协定", ["《数字经济伙伴关系协定》", "DEPA"])
ent("gdc", "Document", "全球数字契约", ["《全球数字契约》"])
rel("gdc", "publishedBy", "un", optional=True)
ent("fyp14", "Document", "“十四五”规划", ["十四五”规划"])
ent("dc-layout", "Document", "数字中国建设整体布局规划", ["《数字中国建设整体布局规划》"])
ent("tds-plan", "Document", "可信数据空间发展行动计划", optional=True)
ent("intl-plan", "Document", "体系化推进数据领域国际合作的行动方案", optional=True)
for d in ("label-op", "dc-2024pts", "dc-report", "city-op"):
    rel(d, "publishedBy", "nda", optional=True)
# Places
for pid, p in [("cd", "成都"), ("sy", "沈阳"), ("hf", "合肥"), ("cs", "长沙"), ("hk", "海口"), ("bd", "保定"), ("dt", "大同")]:
    ent(pid, "Place", p)
ent("sg", "Place", "新加坡")
ent("china", "Place", "中国", ["我国"], optional=True)
# Technologies
T = [("bc", "区块链", (), False), ("ppc", "隐私保护计算", ("隐私保护计算设施",), False),
     ("tds", "可信数据空间", (), False), ("dnet", "数联网", (), False), ("dfield", "数场", (), False),
     ("delem", "数据元件", (), False), ("ai", "人工智能", (), False), ("iiot", "工业互联网", (), False),
     ("dinfra", "国家数据基础设施", ("数据基础设施",), True), ("rs", "卫星遥感", (), True),
     ("dtech", "数字技术", (), True), ("im", "智能制造", (), True), ("sagri", "智慧农业", (), True),
     ("scity", "智慧城市", (), True), ("digi", "数字化转型", (), True), ("label", "数据标注", (), True)]
for id, l, al, opt in T:
    ent(id, "Technology", l, al, optional=opt)

# Statistics
stat("s-talks", "召开企业家、专家座谈会", "100余次", "召开企业家、专家座谈会100余次")
stat("s-props", "首次承办完成人大政协建议提案", "500多件", "首次承办完成人大政协建议提案500多件")
stat("s-docs", "推动出台的数据政策文件", "19份", "推动出台公共数据资源开发利用、企业数据资源开发利用等19份政策文件")
stat("s-scen", "国家数据局重点联系第一批示范场景", "18个", "启动国家数据局重点联系第一批18个示范场景建设")
stat("s-logi", "筹划开展物流数据开放互联专项试点的城市", "16个", "筹划在16个城市开展物流数据开放互联专项试点", optional=True)
stat("s-ind", "“数据要素×”大赛聚焦的重点行业和领域", "12个", "“数据要素×”大赛聚焦智能制造、智慧农业、商贸流通等12个重点行业和领域")
stat("s-county", "农业农村部隐私保护计算应用覆盖县级行政区", "2000多个", "覆盖全国2000多个县级行政区、600多万农户")
stat("s-farm", "农业农村部隐私保护计算应用覆盖农户", "600多万", "覆盖全国2000多个县级行政区、600多万农户")
stat("s-label", "承担数据标注基地建设任务的城市", "7个", "成都、沈阳、合肥、长沙、海口、保定、大同7个承担数据标注基地建设任务的城市")
stat("s-dm0", "我国数据商企业数量（近10年前）", "11万家", "近10年来，我国数据商企业数量从11万家增长到超过100万家")
stat("s-dm1", "我国数据商企业数量", "100万家", "近10年来，我国数据商企业数量从11万家增长到超过100万家")
stat("s-mou", "签署数字经济合作备忘录的国家", "20多个", "与20多个国家签署数字经济合作备忘录")
stat("s-tasks", "2025年重点工作", "9项", "重点做好以下9项工作", optional=True)

LIU = dict(by=("liu",), body=("nda",))
OTH = dict(by=("liu",), opt_body=("nda",))          # said of others (各地区, 有关部门, 企业)
PAST = dict(optional=True, opt_by=("liu",), opt_body=("nda",))   # 2024 work reviewed (line 4-15)

# --- standing aims restated in the 2025 line (line 25)
goal("m1", "深入学习贯彻习近平总书记关于数据发展和安全的重要论述",
     "深入学习贯彻习近平总书记关于数据发展和安全的重要论述，全面贯彻党的二十大和二十届二中、三中全会精神", **LIU)
goal("m2", "坚持数据要素市场化配置改革", "继续坚持数据要素市场化配置改革这条主线", **LIU)
goal("m3", "强化统筹数字中国、数字经济和数字社会规划与建设", **LIU)
# --- part one: 2024 work (past measures, optional) and the standing 政治建设 aims
goal("h1", "坚决贯彻党中央、国务院决策部署", optional=True, opt_by=("liu",), opt_body=("nda",))
goal("s1", "把党的政治建设摆在首位", "始终把党的政治建设摆在首位", **LIU)
goal("s2", "把旗帜鲜明讲政治作为数据工作的生命线", **LIU)
goal("s3", "确保数据事业始终沿着习近平总书记和党中央指引的方向前进", **LIU)
for i, l in enumerate(["以高质量党建引领数据工作高质量发展", "坚持政治引领", "持续深化政治机关建设",
                       "组织学习习近平总书记关于数据发展和安全的重要论述精神", "持续推进基层党组织建设",
                       "深入开展党纪学习教育", "积极培育具有数据特色的机关文化", "坚持问计于民", "大兴调查研究之风",
                       "坚持强基固本", "完成数据系统机构组建", "加大人才引进力度", "抓好全系统业务培训",
                       "坚持系统谋划", "注重加大政策供给", "搭建起数据基础制度的基本框架",
                       "努力将我国海量数据优势转化为国家竞争新优势", "指导地方加快探索数据产权结构性分置制度",
                       "推进健全数据授权机制", "加快完善数据要素市场体系", "为服务地方经济社会高质量发展提供有力支撑",
                       "着力推动公共数据资源开发利用", "规范登记管理、授权运营和价格形成",
                       "启动国家数据局重点联系第一批18个示范场景建设", "开展物流数据开放互联专项试点",
                       "推动数据在不同场景中发挥千姿百态的乘数效应",
                       "打造一批具有代表性、示范性的数据基础设施建设方案", "下发任务书",
                       "指导召开两次数据标注产业供需对接会", "积极推进数字中国建设各项任务", "部署年度重点任务",
                       "系统总结数字中国建设取得的重要进展和工作成效", "制定支持数字经济高质量发展政策",
                       "建立健全透明可预期的常态化监管制度", "提前实现“十四五”目标", "发布首批典型案例及部分城市场景清单",
                       "积极加强政府间数据互信", "务实开展数字经济领域合作", "积极加强国际规则对接",
                       "参与加入《数字经济伙伴关系协定》（DEPA）", "与有关国际组织加强数据领域标准制定合作"]):
    goal(f"p{i}", l, **PAST)
goal("p-dinfra", "部署先行先试任务", "在数场、可信数据空间、数联网、数据元件、区块链、隐私保护计算等方向，部署先行先试任务", **PAST,
     opt_tech=("dfield", "tds", "dnet", "delem", "bc", "ppc"))
goal("p-sg", "就数据跨境、人工智能等议题开展深入交流", **PAST, opt_tech=("ai",))
goal("p-sc", "研究部署推进数字经济高质量发展有关工作", optional=True)
rel("sc", "hasGoal", "p-sc", optional=True)
# --- part two: the 2025 approach
goal("h2a", "把握数据特性和作用机理", "改革攻坚不仅要有敢于胜利的拼搏精神，还要把握数据特性和作用机理", **LIU)
goal("h2b", "深化对数据工作规律的认识", **LIU)
goal("c1", "2025年我国经济要保持稳定增长", "中央经济工作会议强调，2025年我国经济要保持稳定增长")
rel("cpc", "hasGoal", "c1", optional=True)
goal("c2", "稳中求进、以进促稳", optional=True)
goal("t1", "发挥好数据的基础资源作用和创新引擎作用", "落实上述要求，亟须发挥好数据的基础资源作用和创新引擎作用", **LIU)
goal("t2", "以数据要素提升其他生产要素组合效率", **LIU)
goal("t3", "激发其他生产要素创新活力", **LIU)
goal("t4", "提升全要素生产率", **LIU)
goal("t5", "大力推进数据要素的市场化价值化", **LIU)
goal("t6", "让数据的价值体现在企业降本增效里", **LIU)
goal("t7", "体现在培育新质生产力中", **LIU)
goal("t8", "体现在赋能经济社会高质量发展上", **LIU)
goal("t9", "将2025年明确为数据工作“改革攻坚年”", **LIU)
goal("t10", "增强破解难题的能力", **LIU)
goal("t11", "确保谋篇布局规划工作的站位更高", **LIU)
goal("t12", "做到五个“更加突出”", **LIU)
# 更加突出 1: 赋能经济社会发展 (line 19)
for i, l in enumerate(["更加突出赋能经济社会发展", "将数据工作全面融入经济社会发展大局", "发挥数据要素创新配置的作用",
                       "促转型、扩内需、稳外贸", "培育经济增长新动能", "推动“数据要素×”行动深入实施",
                       "更好发挥数字经济在培育发展新质生产力方面的重要引擎作用", "塑造国家竞争新优势"]):
    goal(f"e{i}", l, **LIU)
goal("e-iiot", "促进工业互联网加快创新发展", tech=("iiot",), **LIU)
goal("e-dt", "将数字技术与市场优势、产业优势更好结合起来", opt_tech=("dtech",), **LIU)
# 更加突出 2: 锐意改革 (line 20)
goal("r0", "更加突出锐意改革", **LIU)
goal("r1", "从应用的角度看数据", **LIU)
goal("r2", "从数据的角度看系统", **LIU)
goal("r3", "破除束缚数据生产、流通、利用的惯性思维和条条框框", **LIU)
goal("r4", "让其既在数字政府建设这个传统“主战场”上发挥作用",
     "对于政务数据，要让其既在数字政府建设这个传统“主战场”上发挥作用，还要在服务经济社会高质量发展、高水平安全这个全局性的新的“主战场”上发挥更大作用", **LIU)
goal("r5", "把数据进一步“供出来”", **OTH)
goal("r6", "服务产业链、生态链上的大中小企业", **OTH)
# 更加突出 3: 统筹协调 (line 21)
for i, l in enumerate(["更加突出统筹协调", "发挥好统筹协调和服务的角色", "充分调动各数据持有部门的积极性",
                       "强化跨部门、跨层级沟通协调和政策协同", "合力推进数据整合共享、开发利用"]):
    goal(f"u{i}", l, **LIU)
# 更加突出 4: 创新方式方法 (line 22)
for i, l in enumerate(["更加突出创新方式方法", "找到抓手和平台", "调动新的资源和力量", "做好基础工作", "做强宏大事业",
                       "承接数字中国整体部署", "加快数字经济创新发展和城市治理能力现代化", "开辟出新的工作增量空间",
                       "加快数字产业集群建设", "带动大中小企业梯度式、集群式发展", "纵深推进数字中国、数字经济试点试验工作",
                       "取得一批牵引性、创新性、撬动性强的工作成果"]):
    goal(f"i{i}", l, **LIU)
goal("i-city", "推进城市全域数字化转型", "比如，通过推进城市全域数字化转型，既承接数字中国整体部署，又对接智慧城市建设", opt_tech=("digi",), **LIU)
goal("i-sc", "对接智慧城市建设", opt_tech=("scity",), **LIU)
# 更加突出 5: 落地见效 (line 23)
for i, l in enumerate(["更加突出落地见效", "层层压实责任", "推动各项政策举措落地生根、开花结果", "坚持效果导向",
                       "以回答好这“三大问题”作为评判数据工作实效的标准"]):
    goal(f"o{i}", l, **LIU)
goal("o-act", "当好实干家、行动派", optional=True, opt_by=("liu",), opt_body=("nda",))
# --- part three: the 2025 line (line 25) and the nine tasks
goal("z0", "推动数据工作取得新突破新进展", "三、攻坚克难、狠抓落实，推动数据工作取得新突破新进展", **LIU)
goal("z1", "坚持以习近平新时代中国特色社会主义思想为指导", optional=True, opt_by=("liu",), opt_body=("nda",))
goal("z2", "全面贯彻党的二十大和二十届二中、三中全会精神", optional=True, opt_by=("liu",), opt_body=("nda",))
for i, l in enumerate(["深入落实中央经济工作会议决策部署", "聚焦党的二十届三中全会部署的重点改革任务",
                       "持续完善政策制度和体制机制", "重点突破制约数据要素市场化价值化的难点堵点痛点问题",
                       "完成“十四五”规划和《数字中国建设整体布局规划》目标任务", "为实现“十五五”良好开局打下基础"]):
    goal(f"z{i + 3}", l, **LIU)
# task 1 (line 26)
for i, l in enumerate(["着力促进党建和业务工作深度融合", "定期开展党组理论学习中心组学习", "办好“数据大讲堂”", "健全组织体系建设",
                       "加强党务干部队伍建设", "落实机关党建责任制", "加强党员干部教育监督管理",
                       "着力提升“三会一课”、主题党日等组织生活质量", "纵深推进全面从严治党", "巩固深化党纪学习教育成果",
                       "推进党纪学习教育常态化长效化", "持之以恒正风肃纪反腐", "持续抓好干部队伍建设", "坚持新时代好干部标准",
                       "注重在急难险重任务中培养、锻炼和选拔年轻优秀干部", "落实“三个区分开来”", "倡导学习型机关",
                       "培育具有数据工作特色的机关文化"]):
    goal(f"k1-{i}", l, **LIU)
# task 2 (line 27)
for i, l in enumerate(["着力实现2025年数字中国建设目标", "充分发挥现有工作机制作用", "加强工作体系建设", "凝聚各方力量",
                       "推动跨部门协同和纵向联动", "统筹做好各方面政策措施的有效衔接", "进一步落实主体责任",
                       "加强统筹协调、整体推进", "营造良好发展氛围", "统筹开展试点试验", "持续挖掘典型案例", "及时总结推广",
                       "搭建宣传交流合作平台", "广泛凝聚发展共识"]):
    goal(f"k2-{i}", l, **LIU)
goal("k2-expo", "继续谋划办好数字中国建设峰会", "继续谋划办好数字中国建设峰会、中国国际大数据产业博览会等重大活动", **LIU)
for i, l in enumerate(["制定政策措施", "强化资源整合", "形成工作合力", "充分发挥数据管理机构职能作用",
                       "将数字化发展摆在本地区工作重要位置"]):
    goal(f"k2o-{i}", l, **OTH)
# task 3 (line 28)
for i, l in enumerate(["着力推动数字经济和数字社会高质量发展", "制定数字经济、数字社会2025年工作要点",
                       "推动构建数字产业集群梯次布局体系", "在重点区域布局一批具有国际竞争力的数字产业集群",
                       "深入实施数字化转型工程", "搭建公共服务平台", "培育服务商", "推进适数化改革", "促进平台经济创新发展",
                       "加快数字经济创新型企业梯队培育", "深化国家数字经济创新发展试验区建设", "推进统计核算试点",
                       "完善数字经济监测评估指标体系", "构建数字社会应用示范场景", "加速推进数智化转型升级",
                       "制定数据融合应用场景任务清单", "进一步夯实城市数据底座", "制定完善城市数字化转型标准规范"]):
    goal(f"k3-{i}", l, **LIU)
# task 4 (line 29)
for i, l in enumerate(["着力培育壮大全国一体化数据市场", "细化数据流通交易规则", "推动发布数据流通交易标准示范合同",
                       "推进数据资源化和产品化", "建立数据产品质量监督管理机制", "激励数据富集型企业加大供数力度",
                       "吸引更多经营主体投身数据市场建设", "出台促进数据交易机构高质量发展政策文件",
                       "探索数据要素价值实现模式和路径", "完善数据市场信息交互渠道", "构建完善数据流通交易标准体系",
                       "构建数据市场监测体系", "研究完善数据交易机构及数据市场运行监测评估指标", "界定数据责任",
                       "完善利益保护机制", "探索建立数据流通交易参与各方的收益分配机制", "强化数据流通合规治理"]):
    goal(f"k4-{i}", l, **LIU)
# task 5 (line 30)
for i, l in enumerate(["着力提升数据基础制度保障力", "统筹开展数据领域规划编制工作", "加快形成数据领域规划体系",
                       "制定印发数据产权制度和培育全国一体化数据市场文件", "指导推进数据要素综合试验区建设",
                       "因地制宜开展先行先试", "坚持顶层设计和基层探索相结合", "不断完善和优化顶层设计",
                       "加快形成系统完整、科学合理、协调统一的数据基础制度体系"]):
    goal(f"k5-{i}", l, **LIU)
goal("k5-stat", "建立全国数据资源统计调查制度", opt_body=("nbs",), **LIU)
goal("k5-loc", "大胆探索、先行先试", **OTH)
# task 6 (line 31)
for i, l in enumerate(["着力增强数据资源价值释放驱动力", "积极推动公共数据资源管理和运营机制改革",
                       "以公共数据开发利用引领撬动各方数据的融合应用", "大力推动企业数据资源的开发利用",
                       "围绕重点场景建立数据融合任务清单", "加快形成应用成果", "鼓励地方建立数据企业培育库",
                       "培育一批生态带动和产业引领力强的数据企业", "纵深推进“数据要素×”大赛", "分行业探索数据流通交易新模式",
                       "更好释放数据要素价值", "以推进数据资产入表带动企业数据开发利用", "稳妥推进数据资本化",
                       "稳步推进数据资产融资增信", "规范公司股东以数据作价出资行为"]):
    goal(f"k6-{i}", l, **LIU)
goal("k6-tds", "实施可信数据空间发展行动计划", tech=("tds",), **LIU)
rel("tds-plan", "hasGoal", "k6-tds", optional=True)
goal("k6-tds2", "开展企业、行业、城市、个人、跨境各类可信数据空间创新试点试验", tech=("tds",), **LIU)
goal("k6-mof", "完善数据资产入表政策体系", opt_body=("mof",), **LIU)
goal("k6-loc1", "促进数据合规高效流通使用", **OTH)
goal("k6-loc2", "建立数据利用的多应用场景和模式", **OTH)
# task 7 (line 32)
goal("k7-0", "着力夯实数据基础设施支撑力", opt_tech=("dinfra",), **LIU)
goal("k7-1", "建设和运营国家数据基础设施", "在党的二十届三中全会上进一步提出“建设和运营国家数据基础设施，促进数据共享”",
     tech=("dinfra",), by=("liu",), body=("nda",), opt_body=("cpc",))
goal("k7-2", "促进数据共享", "在党的二十届三中全会上进一步提出“建设和运营国家数据基础设施，促进数据共享”",
     by=("liu",), body=("nda",), opt_body=("cpc",))
goal("k7-3", "遵循“三个统一”夯实数据基础设施底座", opt_tech=("dinfra",), **LIU)
for i, l in enumerate(["统一目录标识", "统一身份登记", "统一接口要求"]):
    goal(f"k7-u{i}", l, optional=True, opt_by=("liu",), opt_body=("nda",))
for i, l in enumerate(["遵循市场规律培育产业生态", "培育一批信息通信、技术开发、系统集成", "发挥数据基础设施建设的带动作用",
                       "赋能产业上下游协同发展", "遵循法律法规和安全要求", "筑牢数据安全“防火墙”",
                       "安全保障体系与流通利用等设施能够同步规划、同步建设、同步运营", "区分使用场景和用途用量",
                       "建立健全数据安全相关标准规范"]):
    goal(f"k7-{i + 4}", l, **LIU)
# task 8 (line 33)
for i, l in enumerate(["着力高质量做好投资工作", "谋划并组织实施一批具有示范带动作用的重大项目",
                       "组织一批结合地方实际、满足应用需求的项目", "统筹抓好“硬投资”和“软建设”",
                       "把项目建设和数据领域的配套改革结合起来", "充分发挥规划引领作用", "出台有针对性和操作性的配套制度和政策",
                       "统筹把握当前和中长期任务安排", "与“十四五”规划落实相结合", "与“十五五”发展需求相衔接"]):
    goal(f"k8-{i}", l, **LIU)
goal("k8-td", "统筹自上而下和自下而上", optional=True, opt_by=("liu",), opt_body=("nda",))
# task 9 (line 34)
for i, l in enumerate(["着力促进数据领域国际合作深化", "稳步推进与重点国家和地区的多双边合作",
                       "为中外数字企业发展创造良好发展环境", "支持鼓励中国企业", "为世界各国提供数字化转型好的方案和经验",
                       "为在华企业务实解决问题", "提供高质量服务", "欢迎世界各国企业参与到中国数据要素市场化、价值化进程中",
                       "共享发展红利和发展机遇"]):
    goal(f"k9-{i}", l, **LIU)
goal("k9-plan", "落实体系化推进数据领域国际合作的行动方案", **LIU)

# promotes: the technologies 国家数据局 pushes through its goals
for t in ("tds", "iiot"):
    rel("nda", "promotes", t)
for t in ("dinfra", "dfield", "dnet", "delem", "bc", "ppc", "ai", "dtech", "digi", "scity", "label"):
    rel("nda", "promotes", t, optional=True)

write()
