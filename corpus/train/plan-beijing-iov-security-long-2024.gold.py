"""Gold annotation of plan-beijing-iov-security-long-2024 (北京车联网安全筑基工作方案, as reprinted by 中国信息安全), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-beijing-iov-security-long-2024"
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
# ---- bodies, people ----
ent("cab", "Agency", "北京市通信管理局")
ent("eit", "Agency", "北京市经济和信息化局")
ent("miit", "Agency", "工业和信息化部")
ent("jia", "Person", "贾媛媛")
ent("yang", "Person", "杨柏林")
rel("jia", "holdsPost", "cab", optional=True, post="联系人")
rel("yang", "holdsPost", "eit", optional=True, post="联系人")
ent("alliance", "Organization", "车联网安全集智联盟")
ent("cisj", "Organization", "中国信息安全", optional=True)
ent("cab-site", "Organization", "北京市通信管理局网站", optional=True)
ent("xi", "Person", "习近平", optional=True)
ent("cpc20", "Event", "党的二十大")
ent("beijing", "Place", "北京", ["北京地区"])
# ---- documents ----
ent("plan", "Document", "北京车联网安全筑基工作方案")
ent("notice", "Document", "关于印发《北京车联网安全筑基工作方案》的通知", ["京信网安发〔2024〕50号"], optional=True)
for b in ("cab", "eit"):
    rel("plan", "publishedBy", b)
    rel("notice", "publishedBy", b, optional=True)
D = [("d-guide", "车联网网络安全防护定级备案实施指南"), ("d-req", "车联网服务平台网络安全防护要求"),
     ("d-fraud", "反电信网络诈骗法"), ("d-vuln", "网络产品安全漏洞管理规定"), ("d-dsl", "数据安全法"),
     ("d-miit-rule", "工业和信息化领域数据安全管理办法（试行）"),
     ("d-miit-iov", "工业和信息化部关于加强车联网网络安全和数据安全工作的通知"),
     ("d-bj-rule", "北京地区电信领域数据安全管理实施细则"),
     ("d-miit-risk", "工业和信息化领域数据安全风险评估实施细则（试行)")]
for id, l in D:
    ent(id, "Document", l)
rel("d-miit-iov", "publishedBy", "miit")
# ---- technologies ----
TECH = [("iov", "车联网", False, []), ("icv", "智能网联汽车", False, []), ("ad", "自动驾驶", False, []),
        ("v2x", "车路协同", False, []), ("its", "智慧交通", False, []), ("ota", "OTA", False, ["在线升级服务"]),
        ("platform", "全国车联网网络安全防护管理平台", True, ["全国车联网网络安全防护管理系统"])]
TOPT = {}
for id, l, opt, al in TECH:
    ent(id, "Technology", l, al, optional=opt)
    TOPT[id] = opt
TNAMES = {id: [l] + al for id, l, _, al in TECH}

def clause(line, label):
    i = line.index(label); j = i + len(label)
    while i > 0 and line[i - 1] not in "，。；：": i -= 1
    while j < len(line) and line[j] not in "，。；": j += 1
    return line[i:j]

PROMO = set()
BOD = {"B": ("cab", "eit"), "C": ("cab",), "": ()}
def G(id, line, label, opt=False, bodies=(), evidence=None, doc="plan"):
    e = evidence or clause(line, label)
    goal(id, label, e, optional=opt)
    rel(doc, "hasGoal", id, optional=opt or doc == "notice")
    for b in bodies: rel(b, "hasGoal", id, optional=opt)
    for t, names in TNAMES.items():
        if any(n in e for n in names):
            rel(id, "involvesTechnology", t, optional=opt or TOPT[t])
            PROMO.update((b, t) for b in bodies)

L = {i + 1: l for i, l in enumerate(lines)}
G("n0", L[6], "抓好贯彻落实", opt=True, doc="notice")
# line: [(label, optional, evidence or None, bodies code)]
SPEC = {
 12: [("全面提升本市车联网安全水平", False, None, "B"), ("筑牢车联网网络安全防线", False, None, "B"),
      ("护航新型工业化和新时代汽车强国建设", False, None, "B"), ("联合开展车联网安全筑基行动", False, None, "B")],
 14: [("深入贯彻党的二十大精神", False, None, ""), ("统筹发展与安全", False, None, ""), ("坚持问题导向、目标导向", False, None, ""),
      ("构建车联网网络安全安全保障体系", False, None, ""), ("扎实高效推进车联网安全管理制度机制建设", False, None, ""),
      ("开展网络安全威胁检测和通报处置", False, None, ""), ("提升监管效能", False, None, ""),
      ("更好推动本市车联网企业落实安全主体责任", False, None, ""),
      ("护航北京车联网产业高质量发展", False, "以网络安全、数据安全护航北京车联网产业高质量发展", "")],
 16: [("统筹推进车联网网络安全和数据安全管理工作", False, None, "B"),
      ("指导督促北京地区车联网企业落实落细网络安全、数据安全各项管理要求", False, None, "B"),
      ("开展网络和数据安全政策宣贯及标准培训", False, None, "B"),
      ("帮助企业完成风险排查、威胁治理和问题整改等工作", False, None, "B"), ("抓好工作落实", False, None, "")],
 19: [("提升企业网络安全水平", False, None, "")],
 20: [("落实安全主体责任", False, "1. 落实安全主体责任", ""), ("加大资源保障力度", False, None, ""),
      ("明确安全责任人和管理部门", False, None, ""),
      ("建立网络安全与信息化、研发、生产制造、合规等部门间的协调机制", False, None, ""),
      ("构建网络安全防护、安全运维、监测预警、应急响应等管理制度和技术能力", False, None, ""),
      ("落实网络安全和数据安全保护责任", False, None, "")],
 21: [("强化政策标准宣贯指导", False, None, "B"), ("组织开展1-2场属地政策宣贯或专题培训", False, None, "B"),
      ("加强车联网安全政策法规、标准规范、技术应用等宣贯解读和实践交流", False, None, "B"),
      ("覆盖不少于30家企业", False, None, "B"), ("持续提升企业安全意识和能力水平", False, None, "B")],
 22: [("强化车联网网络安全分级防护", False, None, "")],
 23: [("加快完成定级备案", False, None, ""),
      ("对所属车联网服务平台、网络设施和系统开展网络安全防护定级工作", False,
       "依托全国车联网网络安全防护管理系统（https://www.iovsec.org.cn/#/），对所属车联网服务平台、网络设施和系统开展网络安全防护定级工作", ""),
      ("及时申报、更新备案信息", False, None, ""), ("对相关定级备案申请和更新进行审核", False,
       "北京市通信管理局会同北京市经济和信息化局对相关定级备案申请和更新进行审核", "B"),
      ("核发定级备案号", False, "并对通过审核的车联网服务平台、网络设施和系统核发定级备案号", "B")],
 24: [("实施分级防护", False, None, ""), ("采取相应级别安全管理、安全技术等防护措施", False, None, ""),
      ("加强智能网联汽车、路侧设备等平台接入安全", False,
       "加强智能网联汽车、路侧设备等平台接入安全，主机、数据存储系统等平台设施安全，以及资源管理、服务访问接口等平台应用安全防护能力", ""),
      ("防范网络侵入、数据窃取、远程控制等安全风险", False, None, "")],
 25: [("开展标准符合性评测", False, "5. 开展标准符合性评测", ""),
      ("自行或委托第三方机构开展标准符合性评测和风险评估", False, None, ""),
      ("将结果上传至全国车联网网络安全防护管理平台", False, None, ""),
      ("每年进行一次符合性评测和安全风险评估", False,
       "定级为三级及三级以上的车联网服务平台、网络设施和系统应当每年进行一次符合性评测和安全风险评估", ""),
      ("每两年进行一次符合性评测和安全风险评估", False,
       "二级车联网服务平台、网络设施和系统应当每两年进行一次符合性评测和安全风险评估", "")],
 26: [("加强车联网卡实名登记管理", False, None, ""), ("严格落实《反电信网络诈骗法》", False, None, ""),
      ("加强源头治理", False, None, ""), ("抓好工作部署", False, None, ""),
      ("进一步从严推进新入网用户实名登记", False, None, ""), ("做好实名登记责任告知", False, None, ""),
      ("全面准确登记实名信息", False, None, ""), ("加快推进存量联网车辆补登记", False, None, ""),
      ("提供便捷补登记方式", False, None, ""), ("与其签订责任告知书", False, None, ""),
      ("原则上仅保留紧急呼叫、应急救援等影响生命安全的功能", False, None, "")],
 27: [("深化车联网网络安全威胁治理", False, None, "")],
 28: [("开展威胁监测预警管理", False, None, ""), ("建立网络安全监测发现、分析预警等技术能力", False, None, ""),
      ("对汽车产品、运营平台、生产制造产线等开展网络安全相关监测", False, None, ""),
      ("及时发现网络安全漏洞、网络安全事件或异常行为", False, None, ""),
      ("向有关部门报送车联网网络、数据等安全相关数据", False, None, "")],
 29: [("强化漏洞管理责任落实", False, None, ""), ("落实《网络产品安全漏洞管理规定》有关要求", False, None, ""),
      ("明确本企业漏洞发现、验证、分析、修补、报告等工作程序", False, None, ""),
      ("及时将漏洞风险及修补方式告知可能受影响的用户", False, None, ""), ("提供必要技术支持", False, None, "")],
 30: [("健全安全威胁通报机制", False, None, ""), ("建立车联网网络安全威胁通报机制", False, None, "C"),
      ("定期对本市车联网服务平台、网络设施和系统等开展威胁检测", False, None, "C"),
      ("加强问题通报和监督整改", False, None, "C"),
      ("加强在线升级服务（OTA）、车联网应用程序、车载信息交互系统等安全管理制度机制", False, None, ""),
      ("在更新发布前自行或委托第三方机构开展网络安全检测", False, None, ""),
      ("将相关检测报告向北京市通信管理局进行报备", False, None, "")],
 31: [("推动企业数据安全保护", False, None, "")],
 32: [("健全数据全生命周期安全管理制度", False, None, ""), ("健全完善本单位数据安全管理制度机制", False, None, ""),
      ("明确收集、存储、使用、加工、传输、提供、公开等环节的具体分级防护要求和操作规程", False, None, "")],
 33: [("强化重要数据和个人用户数据安全管理", False, None, ""), ("每年定期开展业务数据分类分级梳理工作", False, None, ""),
      ("记录梳理范围、过程、以及操作人员等", False, None, ""), ("形成数据清单", False, None, ""),
      ("单独标注个人用户数据", False, None, ""), ("识别重要数据和核心数据", False,
       "按照电信领域重要数据和核心数据识别标准识别重要数据和核心数据", ""),
      ("形成重要数据目录报北京市通信管理局备案", False, None, ""),
      ("对不同类别级别数据配备差异化安全保障能力", False, None, ""), ("开展数据分类分级保护", False, None, ""),
      ("重点加强重要数据和个人用户数据安全管理", False, None, "")],
 34: [("落实车联网数据安全风险评估", False, None, ""),
      ("每年对其数据处理活动开展一次数据安全风险评估", False, None, ""), ("及时发现、整改风险问题", False, None, ""),
      ("于每年9月30日前向北京市通信管理局报送风险评估报告", False, None, "")],
 35: [("加强合作方数据安全管理", False, "13. 加强合作方数据安全管理", ""), ("建立合作方管理台账", False, None, ""),
      ("记录合作方名称、共享数据的类别、级别、规模、用途、提供方式、安全保障措施等信息并及时更新", False, None, ""),
      ("明确所涉数据情况及双方数据安全管理责任划分、保障措施、违约责任等", False, None, ""),
      ("要求合作方提供所在地省级通信管理局审核通过的数据安全风险评估报告", False, None, ""),
      ("对合作方数据安全保护能力开展核验", False, None, ""), ("保障其数据安全履约能力", False, None, "")],
 36: [("提升数据安全风险监测及应急处置能力", False, None, ""),
      ("配备数据异常流动分析、违规跨境传输监测、安全事件追踪溯源等风险监测技术手段", False, None, ""),
      ("及时发现数据泄露、恶意篡改、未授权访问、重要数据非法披露、敏感个人信息非法公开等安全风险", False, None, ""),
      ("进行拦截处置", False, None, ""), ("制定数据安全应急预案", False, None, ""),
      ("差异化明确各类各级数据安全事件响应流程、职责分工、处置措施等", False, None, ""),
      ("每年组织开展一次应急演练", False, None, ""), ("根据应急预案及时开展事件响应", False, None, "")],
 37: [("加强辅助和自动驾驶算法安全风险检测评估及技术保障能力建设", False, None, ""),
      ("对辅助和自动驾驶算法的鲁棒性、可控性、可解释性等风险进行安全评估", False, None, ""),
      ("采取有效的技术手段保障算法安全", False, None, ""), ("具备完善的算法安全管理制度", False, None, "")],
 38: [("加强数据安全人才队伍建设", False, None, ""), ("健全数据人才培养体系", False, None, ""),
      ("明确首席数据官、管理师、评估师、工程师等数据安全岗位设置、能力要求及职责划分", False, None, ""),
      ("加强数据安全培训及考核", False, None, ""), ("全面提升人员数据安全保护意识及技能水平", False, None, ""),
      ("鼓励参加本地区、本行业数据安全人才培养计划、人才选拔竞赛等活动", False, None, ""),
      ("畅通数据安全人才选拔应用渠道", False, None, ""), ("为行业供给优秀数据安全人才", False, None, "")],
 39: [("促进产业创新发展", False, None, "")],
 40: [("推动技术产品创新应用", False, None, ""),
      ("搭建研发、测试、适配、应用集中化环境", False,
       "鼓励汽车、通信、安全等领域的重点企业和科研机构，面向自动驾驶、车路协同、智慧交通等新场景，搭建研发、测试、适配、应用集中化环境", ""),
      ("推进安全技术产品的中试熟化和工程化应用", False, None, ""),
      ("汇聚车联网安全创新产品和解决方案", False, None, "C"), ("打造车联网安全资源池", False, None, "C"),
      ("支持企业申报网络安全技术应用试点示范", False, None, "C")],
 41: [("探索开展自动驾驶功能网络安全管理", False, "18. 探索开展自动驾驶功能网络安全管理", ""),
      ("探索开展智能网联汽车搭载的自动驾驶功能的网络安全管理", True, None, ""),
      ("试点开展专项安全评估", False,
       "对搭载自动驾驶功能的智能网联汽车生产企业和使用主体，以及自动驾驶功能产品提供商和解决方案提供商试点开展专项安全评估", "")],
 43: [("推动责任落实", False, None, ""), ("高度重视车联网网络和数据安全工作", False, None, ""),
      ("加大安全投入", False, None, ""), ("加强组织领导", False, None, ""), ("明确责任分工", False, None, ""),
      ("细化方案措施", False, None, ""), ("推动车联网安全技术、产品和服务部署应用", False, None, ""),
      ("切实落实相关工作要求", False, None, "")],
 44: [("加强日常督查", False, None, "B"), ("建立专项行动落实情况督查和通报机制", False, None, "B"),
      ("定期对任务推进情况进行进度核查", False, None, "B"), ("对工作成效突出的单位予以表扬", False, None, "B"),
      ("对责任落实不到位的单位予以通报", False, None, "B")],
 45: [("强化创新赋能", False, None, ""),
      ("完善网络安全制度机制和管理模式", False, "依托全国车联网网络安全防护管理平台等技术手段，完善网络安全制度机制和管理模式", ""),
      ("协同推进车联网安全标准研制、技术创新、成果转化和产业合作", False,
       "依托车联网安全集智联盟等联盟协会，协同推进车联网安全标准研制、技术创新、成果转化和产业合作", "")],
}
for n, items in SPEC.items():
    for i, (lab, opt, evd, b) in enumerate(items):
        G(f"g{n}-{i}", L[n], lab, opt=opt, bodies=BOD[b], evidence=evd)
# promotes: the two bureaus push the connected-vehicle industry (护航北京车联网产业高质量发展); the rest is governance of it
for b in ("cab", "eit"):
    rel(b, "promotes", "iov")
for b, t in sorted(PROMO):
    if t != "iov":
        rel(b, "promotes", t, optional=True)
write()
