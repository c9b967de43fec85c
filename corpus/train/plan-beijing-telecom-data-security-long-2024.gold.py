"""Gold annotation of plan-beijing-telecom-data-security-long-2024 (2024年度北京地区电信和互联网行业数据安全管理实施方案, as reprinted by 中国信息安全), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-beijing-telecom-data-security-long-2024"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type == "Statistic" or label in text or any(a in text for a in aliases), label
    for a in aliases: assert a in text, a
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    if "evidence" in kw: ev(kw["evidence"])
    d.update(kw); E.append(d)

def goal(id, label, evidence=None, optional=False):
    evidence = evidence or label
    assert label in text, label
    assert 4 <= len(label) <= 45, label
    assert label in evidence, (label, evidence)
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def write():
    gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
    (here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
    print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
# ---- bodies ----
ent("cab", "Agency", "北京市通信管理局")
ent("miit", "Agency", "工业和信息化部")
ent("hb-cab", "Agency", "河北省通信管理局")
ent("tj-cab", "Agency", "天津市通信管理局", ["天津市、河北省通信管理局"])
ent("cisj", "Organization", "中国信息安全", optional=True)
ent("bjtx", "Organization", "北京通信业", optional=True)
# ---- documents, places ----
ent("plan", "Document", "2024年度北京地区电信和互联网行业数据安全管理实施方案", ["数据安全管理工作实施方案"])
rel("plan", "publishedBy", "cab")
ent("miit-rule", "Document", "工业和信息化领域数据安全管理办法（试行）")
rel("miit-rule", "publishedBy", "miit", optional=True)
ent("bj-rule", "Document", "北京地区电信领域数据安全管理实施细则")
rel("bj-rule", "publishedBy", "cab", optional=True)
ent("bj-plan", "Document", "北京地区电信领域数据安全事件应急预案")
rel("bj-plan", "publishedBy", "cab", optional=True)
ent("std1", "Document", "电信领域重要数据识别指南")
ent("std2", "Document", "电信领域数据安全风险评估规范")
ent("beijing", "Place", "北京", ["北京地区", "首都"])
ent("jjj", "Place", "京津冀", ["京津冀地区"])
# ---- technologies ----
TECH = [("iov", "车联网", False), ("icv", "智能网联汽车", False), ("ad", "自动驾驶", False), ("llm", "大模型", False),
        ("dc", "数据中心", False), ("cloud", "云业务", True), ("dx", "数字化转型", True)]
TOPT = {}
for id, l, opt in TECH:
    ent(id, "Technology", l, optional=opt)
    TOPT[id] = opt

def clause(line, label):
    i = line.index(label); j = i + len(label)
    while i > 0 and line[i - 1] not in "，。；：": i -= 1
    while j < len(line) and line[j] not in "，。；": j += 1
    return line[i:j]

PROMO = set()
def G(id, line, label, opt=False, bodies=(), obodies=(), evidence=None):
    e = evidence or clause(line, label)
    goal(id, label, e, optional=opt)
    rel("plan", "hasGoal", id, optional=opt)
    for b in bodies: rel(b, "hasGoal", id, optional=opt)
    for b in obodies: rel(b, "hasGoal", id, optional=True)
    for t, l, _ in TECH:
        if l in e:
            rel(id, "involvesTechnology", t, optional=opt or TOPT[t])
            PROMO.update((b, t) for b in bodies)

L = {i + 1: l for i, l in enumerate(lines)}
CAB = ("cab",)
# line: [(label, optional, evidence or None, extra optional bodies)]; bodies = CAB where the line's subject is 北京市通信管理局
SPEC = {
 3: (False, [("全面贯彻《工业和信息化领域数据安全管理办法（试行）》", True,
              "为全面贯彻《工业和信息化领域数据安全管理办法（试行）》及《北京地区电信领域数据安全管理实施细则》", ()),
             ("发挥电信和互联网行业力量", False, None, ()), ("助推北京建设全球数字经济标杆城市", False, None, ()),
             ("护航京津冀一体化协同发展", False, None, ()), ("夯实首都经济社会高质量发展安全基石", False, None, ())]),
 5: (False, [("组织开展北京地区电信和互联网行业“三提升一示范”专项行动", False,
              "以贯彻落实《北京地区电信领域数据安全管理实施细则》为抓手，组织开展北京地区电信和互联网行业“三提升一示范”专项行动", ()),
             ("着力加强北京地区数据安全风险治理能力、数据安全事件应急处置能力、数据安全管理能力", False, None, ()),
             ("征集遴选行业数据安全管理和应用试点示范", False, None, ()),
             ("持续巩固和拓展2023年北京地区电信和互联网行业数据安全“五个一”专项行动治理工作成果", False, None, ()),
             ("推动完善数据安全治理体系、治理能力建设持续走深走实", False, None, ()),
             ("为充分发挥数据要素价值、培育新质生产力贡献力量", False, None, ()),
             ("推动数据安全助推首都经济社会高质量发展", False, None, ())]),
 7: (True, [("统筹推进数据安全管理工作", False, None, ()),
            ("指导监督北京地区电信和互联网行业重点企业落实落细数据安全管理各项要求", False, None, ()),
            ("有序推进数据安全管理工作", False, None, ()), ("遴选支撑单位", False, None, ()),
            ("做好政策解读、风险评估、标准研制、工具检测等管理和技术支撑", False, None, ())]),
 8: (False, [("强化数据安全主体责任意识", False, None, ()), ("抓好方案的实施落地", False, None, ())]),
 10: (True, [("持续推进数据安全风险治理能力提升", False, None, ())]),
 11: (True, [("持续深化数据安全风险治理能力专项提升", False, None, ("miit",)),
             ("推动数据安全风险评估制度全面落地实施", False, None, ()),
             ("对名录内已备案重要数据的企业全面部署风险评估工作要求", False, None, ()),
             ("解读数据安全风险评估制度要求和方法模型", False, None, ()), ("严格开展评估报告备案审核", False, None, ()),
             ("敦促企业系统性、综合性、全面性识别数据安全风险", False, None, ()), ("针对性开展风险处置", False, None, ()),
             ("有效防范化解重大风险", False, None, ()),
             ("强化数据安全风险防控技术能力", False, None, ()), ("督促企业筑牢数据安全内防内控第一道防线", False, None, ()),
             ("加强属地数据安全风险信息共享与监测预警", False,
              "利用数据安全管理能力和相关技术手段，加强属地数据安全风险信息共享与监测预警", ()),
             ("开展车联网数据安全专项行动", False, None, ()),
             ("面向北京地区智能网联汽车、车联网平台企业开展数据安全风险防范能力专项提升", False, None, ()),
             ("督促指导车联网企业强化数据分类分级管理", False, None, ()),
             ("落实数据安全风险评估、自动驾驶模型安全检测、数据接口安全防护等管理要求", False, None, ()),
             ("深入开展数据安全风险隐患排查与监督检查", False, None, ()),
             ("统筹基础电信企业考核、“双随机一公开”“数安护航”专项行动等工作", False, None, ()),
             ("科学设计风险排查与监督检查方案", False, None, ()),
             ("全面排查数据安全风险问题", False,
              "针对合作方管理、权限管理、用户数据使用安全、数据中心和云业务安全、大模型数据安全等重点场景，采用现场检查、远程技术监测、随机飞行检查等多种检查方式，全面排查数据安全风险问题", ()),
             ("切断风险源头", False, None, ())]),
 12: (False, [("积极落实数据安全风险评估制度要求", False, None, ()), ("全面、准确评估数据安全风险并及时落实整改", False, None, ()),
              ("持续加强自身数据安全技术能力建设优化", False, None, ()), ("健全完善内网侧数据安全监测技术措施", False, None, ()),
              ("聚焦合作方管理、权限管理等突出风险环节提升风险防范能力", False, None, ()),
              ("按要求开展风险评估及风险自查", False, None, ()), ("形成风险评估及风险自查报告并按要求报送", False, None, ()),
              ("加强风险防范和安全加固", False, None, ()), ("完成风险闭环管理", False, None, ())]),
 13: (True, [("全面助力数据安全事件应急处置能力提升", False, None, ())]),
 14: (True, [("着力完善北京地区电信领域数据安全事件应急处置机制", False, None, ()),
             ("持续提升数据安全事件综合应对能力", False, None, ()),
             ("出台属地行业数据安全事件应急处置管理要求", False, None, ()),
             ("制定《北京地区电信领域数据安全事件应急预案》", False,
              "按照工信领域数据安全事件应急处置相关要求，结合北京地区工作实际，制定《北京地区电信领域数据安全事件应急预案》", ()),
             ("构建事件处置组织体系", False, None, ()),
             ("明确细化事件定级规则、应急处理机制、应急响应流程、事后总结上报等管理要求", False, None, ()),
             ("为推动北京地区数据安全应急处置工作制度化、规范化开展提供实施指引", False, None, ()),
             ("组织数据安全事件应急演练试点工作", False, None, ()),
             ("牵头开展京津冀地区电信领域数据安全事件应急演练联合行动", False,
              "根据工业和信息化部统一工作部署，以京津冀协同发展十周年为契机，联合天津市、河北省通信管理局，牵头开展京津冀地区电信领域数据安全事件应急演练联合行动",
              ("miit", "tj-cab", "hb-cab")),
             ("选取京津冀地区大型央企、互联网数据中心等重点企业", False, None, ()),
             ("制定演练脚本", False, "针对典型事件场景，制定演练脚本", ()), ("开展应急演练试点", False, None, ()),
             ("组织京津冀三地重点企业座谈交流", False, None, ()), ("互相借鉴优势长处", False, None, ()),
             ("共同学习交流经验", False, None, ())]),
 15: (False, [("严格落实数据安全事件应急处置工作要求", False, None, ()), ("制定企业数据安全事件应急预案并定期开展应急演练", False, None, ()),
              ("积极参与试点工作", False, "试点企业按照我局有关工作部署积极参与试点工作", ()), ("形成工作总结报送我局", False, None, ()),
              ("不断完善应急处置工作机制", False, "并结合试点工作经验不断完善应急处置工作机制", ()), ("提升应急处置能力", False, None, ())]),
 16: (True, [("重点推进行业数据安全管理能力全面提升", False, None, ())]),
 17: (True, [("持续提升行业数据安全保护意识与人员能力水平", False, None, ()), ("助力全行业数据安全管理能力进一步提升", False, None, ()),
             ("持续深化重点企业、重要数据安全管理", False, None, ()), ("动态更新重点企业名录", False, "聚焦重点监管对象，动态更新重点企业名录", ()),
             ("及时扩充监管覆盖范围", False, None, ()), ("督促企业严格落实数据识别备案工作", False, None, ()),
             ("从严开展重要数据和核心数据目录审核", False, None, ()), ("督促企业落实数据分级保护要求", False, None, ()),
             ("加强重要数据和大规模个人用户数据安全保护", False, None, ()),
             ("组织系列数据安全宣贯培训", False, None, ()),
             ("数据要素流通等相关政策文件、行业标准解读与宣传推广", False, None, ()),
             ("明确要求、统一思想", False, None, ()), ("为行业数据安全管理工作的顺利开展奠定良好基础", False, None, ()),
             ("大力开展数据安全人才队伍建设", False, None, ()), ("健全人才培养体系", False, None, ()), ("加大人才培养力度", False, None, ()),
             ("创新人才培养模式", False, None, ()),
             ("组织开展首席数据官、数据安全管理师、评估师和工程师等紧缺岗位数据安全人才培养", False, None, ()),
             ("持续性培育、强化、壮大北京地区数据安全人才队伍", False, None, ()),
             ("开展行业标准贯标达标工作", False, None, ()),
             ("重点行业标准贯标达标工作", True,
              "面向外资企业、数据基础制度先行区内重点企业开展《电信领域重要数据识别指南》《电信领域数据安全风险评估规范》等重点行业标准贯标达标工作", ()),
             ("加大行业数据安全监管覆盖面", False, None, ()), ("进一步提升行业数据安全保护水平", False, None, ()),
             ("拉齐监管基线", False, None, ()), ("消除监管死角", False, None, ())]),
 18: (False, [("主动落实数据安全保护责任要求", False, None, ()), ("识别重要数据并及时向我局备案", False, None, ()),
              ("加强重要数据、大规模个人用户数据安全保护", False, None, ()), ("明确政策管理要求", False, "通过培训明确政策管理要求", ()),
              ("深化工作机制理解", False, None, ()), ("掌握实践操作规程", False, None, ()),
              ("积极组织参与数据安全专项培训及行业竞赛", False, None, ()), ("提升数据安全关键岗位人员技能", False, None, ()),
              ("增强全员数据安全风险意识", False, None, ())]),
 19: (True, [("部署开展数据安全管理和应用试点示范", False, None, ())]),
 20: (True, [("坚持发展和安全并重", False, None, ()), ("加大力度强化创新发展驱动", False, None, ()),
             ("部署开展数据安全管理和应用试点示范工作", True, None, ()),
             ("设置人才培养、风险评估、事件处置、先进技术产品应用、数据要素安全流通等多条赛道", False, None, ()),
             ("遴选一批管理水平先进、技术能力突出、应用成效显著的试点示范项目", False, None, ()),
             ("鼓励解决方案在各地方、各行业应用推广", False, None, ()), ("充分发挥试点示范带头作用", False, None, ())]),
 21: (False, [("坚持将数据安全理念融入业务发展全过程", False, None, ()),
              ("坚持稳字当头", False, "在数字化转型过程中坚持稳字当头", ()),
              ("积极参与优秀解决方案征集遴选", False, None, ()),
              ("为行业提供可对标、可借鉴、可复制、可推广的数据安全实践案例", False, None, ())]),
 23: (False, [("提高政治站位加强组织领导", False, None, ())]),
 24: (False, [("充分认清做好数据安全管理工作的重要作用和意义", False, None, ()), ("加强组织领导", True, None, ()),
              ("完善工作机制", False, None, ()), ("明确职责分工", False, None, ()), ("细化工作方案", False, None, ()),
              ("跟踪工作进度", False, None, ()), ("认真抓好数据安全管理工作实施方案的落实", False, None, ()),
              ("确保各项工作按时按质完成", False, None, ())]),
 25: (False, [("强化工作部署推动工作落实", False, None, ())]),
 26: (False, [("扛起主体责任", False, None, ()), ("认真组织方案的学习宣贯", False, None, ()),
              ("制定切实可行工作计划", False, "结合本单位实际制定切实可行工作计划", ()),
              ("确保数据安全管理工作高起点推进", False, None, ()),
              ("建立健全内部各项制度", False, "对标法律法规和政策标准，建立健全内部各项制度", ()),
              ("牵头做好本单位数据安全管理工作", False, None, ())]),
 27: (False, [("做好信息共享 增强协同联动", False, None, ())]),
 28: (False, [("积极总结工作经验", False, None, ()), ("做好重大事件、重要节点的信息共享与上报", False, None, ()),
              ("探索建立政企联动、跨企协同工作机制", False, None, ()), ("多方协作", True, None, ()),
              ("共同推动北京地区电信和互联网行业数据安全工作走深走实", False, None, ()),
              ("构筑数据安全首都防线", False, None, ())]),
}
for n, (by_cab, items) in SPEC.items():
    for i, (lab, opt, evd, extra) in enumerate(items):
        G(f"g{n}-{i}", L[n], lab, opt=opt, bodies=CAB if by_cab else (), obodies=extra, evidence=evd)
# promotes: the bureau governs these technologies through its tasks; whether it "pushes" them is doubtful
for b, t in sorted(PROMO):
    rel(b, "promotes", t, optional=True)
write()
