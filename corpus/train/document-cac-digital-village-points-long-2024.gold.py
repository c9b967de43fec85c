"""Gold annotation of document-cac-digital-village-points-long-2024 (中央网信办等四部门印发《2024年数字乡村发展工作要点》), by hand per shared/eval/ANNOTATE.md."""
ID = "document-cac-digital-village-points-long-2024"
import collections, json, pathlib
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
    assert 4 <= len(label) <= 30, label
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


# Bodies, people, meetings, documents
ent("cac", "Agency", "中央网信办")
ent("moa", "Agency", "农业农村部")
ent("ndrc", "Agency", "国家发展改革委")
ent("miit", "Agency", "工业和信息化部")
ISSUERS = ["cac", "moa", "ndrc", "miit"]
ent("cpc", "Agency", "中共中央")
ent("sc", "Agency", "国务院")
ent("xi", "Person", "习近平")
rel("xi", "holdsPost", "cpc", optional=True, post="总书记")
ent("cewc", "Event", "中央经济工作会议")
ent("crwc", "Event", "中央农村工作会议")
ent("cacnet", "Organization", "中国网信网")
ent("doc", "Document", "2024年数字乡村发展工作要点", ["工作要点"])
for a in ISSUERS: rel("doc", "publishedBy", a)
ent("no1", "Document", "中共中央 国务院关于学习运用“千村示范、万村整治”工程经验 有力有效推进乡村全面振兴的意见",
    ["中发〔2024〕1号"])
rel("no1", "publishedBy", "cpc"); rel("no1", "publishedBy", "sc")
ent("outline", "Document", "数字乡村发展战略纲要")
ent("plan", "Document", "数字乡村发展行动计划（2022—2025年）", ["数字乡村发展行动计划"])

# Technologies: only generic words and fields here, all optional
ent("t-dig", "Technology", "数字技术", optional=True)
ent("t-net", "Technology", "互联网", optional=True)
ent("t-bb", "Technology", "宽带", optional=True)
ent("t-sa", "Technology", "智慧农业", optional=True)

# Statistics: the count of the tasks (optional)
stat("s-areas", "重点任务方面数", "9个方面", "《工作要点》部署了9个方面28项重点任务。", optional=True)
stat("s-tasks", "重点任务数", "28项", "《工作要点》部署了9个方面28项重点任务。", optional=True)

# Goals: all set by the 工作要点 (hasGoal required); its four issuers have them optionally.
# The preamble's 贯彻落实/深入实施 clauses are optional goals; each numbered heading is one goal and
# each 包括… item inside it another; the targets with figures are goals.
def G(id, label, evidence, optional=False, tech=()):
    goal(id, label, evidence, optional=optional)
    rel("doc", "hasGoal", id, optional=optional)
    for a in ISSUERS: rel(a, "hasGoal", id, optional=True)
    for t in tech: rel(id, "involvesTechnology", t, optional=True)

PRE = "通知要求，深入贯彻落实习近平总书记关于乡村振兴的重要指示批示精神和中央经济工作会议、中央农村工作会议精神"
PRE2 = "深入实施《数字乡村发展战略纲要》《数字乡村发展行动计划（2022—2025年）》，以信息化驱动引领农业农村现代化，促进农业高质高效、乡村宜居宜业、农民富裕富足，为加快建设网络强国、农业强国提供坚实支撑。"
G("p1", "深入贯彻落实习近平总书记关于乡村振兴的重要指示批示精神", PRE, optional=True)
G("p2", "深入实施《数字乡村发展战略纲要》", PRE2, optional=True)
G("p3", "以信息化驱动引领农业农村现代化", PRE2)
G("p4", "促进农业高质高效、乡村宜居宜业、农民富裕富足", PRE2)
G("p5", "加快建设网络强国、农业强国", PRE2)

T = "《工作要点》明确了工作目标：到2024年底，数字乡村建设取得实质性进展。"
T2 = "农村宽带接入用户数超过2亿，农村地区互联网普及率提升2个百分点，农产品电商网络零售额突破6300亿元，农业生产信息化率进一步提升"
T3 = "培育一批既懂农业农村、又懂数字技术的实用型人才，打造一批示范性强、带动性广的数字化应用场景，抓好办成一批线上线下联动、群众可感可及的实事。"
G("t1", "数字乡村建设取得实质性进展", T)
G("t2", "数字技术保障国家粮食安全、巩固拓展脱贫攻坚成果更加有力",
  "数字技术保障国家粮食安全、巩固拓展脱贫攻坚成果更加有力。", tech=["t-dig"])
G("t3", "农村宽带接入用户数超过2亿", T2, tech=["t-bb"])
G("t4", "农村地区互联网普及率提升2个百分点", T2, tech=["t-net"])
G("t5", "农产品电商网络零售额突破6300亿元", T2)
G("t6", "农业生产信息化率进一步提升", T2)
G("t7", "培育一批既懂农业农村、又懂数字技术的实用型人才", T3, tech=["t-dig"])
G("t8", "打造一批示范性强、带动性广的数字化应用场景", T3)
G("t9", "抓好办成一批线上线下联动、群众可感可及的实事", T3)

H = [
 ("一是筑牢数字乡村发展底座。", "筑牢数字乡村发展底座",
  ["提升农村网络基础设施供给能力", "加大农村基础设施改造升级力度", "加快推进涉农数据资源集成共享"]),
 ("二是以数字化守牢“两条底线”。", "以数字化守牢“两条底线”",
  ["强化确保粮食安全数字化支撑", "强化防止返贫监测和帮扶举措"]),
 ("三是大力推进智慧农业发展。", "大力推进智慧农业发展",
  ["加强农业科技创新与应用推广", "提升农业全产业链数字化水平", "以数字技术深化农业社会化服务"]),
 ("四是激发县域数字经济新活力。", "激发县域数字经济新活力",
  ["加快推进农村电商高质量发展", "多措并举推动农文旅融合发展", "释放涉农数据要素乘数效应", "运用数字技术促进农民增收"]),
 ("五是推动乡村数字文化振兴。", "推动乡村数字文化振兴",
  ["加快乡村文化文物资源数字化", "丰富乡村公共文化服务数字供给"]),
 ("六是健全乡村数字治理体系。", "健全乡村数字治理体系",
  ["稳步推进农村“三务”信息化建设", "提升农村社会治理数字化效能", "增强农村智慧应急管理能力"]),
 ("七是深化乡村数字普惠服务。", "深化乡村数字普惠服务",
  ["着力提升乡村教育数字化水平", "持续推进乡村数字健康发展", "增强农村数字普惠金融服务实效", "加强农村特殊人群信息服务保障"]),
 ("八是加快建设智慧美丽乡村。", "加快建设智慧美丽乡村",
  ["加强农村人居环境整治数字化应用", "提升农村生态环境保护监管效能"]),
 ("九是统筹推进数字乡村建设。", "统筹推进数字乡村建设",
  ["加强跨部门跨层级协调联动", "健全多元化投入保障机制", "培养壮大乡村数字人才队伍", "推进重点领域标准化建设", "讲好新时代数字乡村故事"]),
]
n = 0
for i, (hev, hl, items) in enumerate(H, 1):
    G(f"h{i}", hl, hev, tech=["t-sa"] if "智慧农业" in hl else [])
    for j, l in enumerate(items, 1):
        n += 1
        G(f"h{i}-{j}", l, l, tech=["t-dig"] if "数字技术" in l else [])
assert n == 28

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
