"""Gold annotation of forum-cybersecurity-week-gba-summit-long-2024 (2024网安周 | 网络安全技术高峰论坛主论坛暨粤港澳大湾区网络安全大会在广州市举行, 中国信息安全 reprinting 中国网信网), by hand per shared/eval/ANNOTATE.md."""
ID = "forum-cybersecurity-week-gba-summit-long-2024"
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



# events and places
ent("week", "Event", "2024年国家网络安全宣传周", ["国家网络安全宣传周"])
ent("forum", "Event", "网络安全技术高峰论坛主论坛暨粤港澳大湾区网络安全大会",
    ["网络安全技术高峰论坛", "粤港澳大湾区网络安全大会"])
ent("plenum", "Event", "党的二十届三中全会", ["二十届三中全会"])
ent("launch", "Event", "启动仪式", optional=True)
ent("gz", "Place", "广州市")
ent("venue", "Place", "南沙国际金融论坛会议中心")
ent("gd", "Place", "广东", ["广东省"])
ent("gba", "Place", "粤港澳大湾区", optional=True)
ent("ns", "Place", "南沙", optional=True)
ent("hk", "Place", "香港", optional=True)
ent("mo", "Place", "澳门", optional=True)
rel("forum", "locatedIn", "venue")
rel("forum", "locatedIn", "gz")
rel("week", "locatedIn", "gz", optional=True)
rel("launch", "locatedIn", "venue", optional=True)
# bodies
ent("cac", "Agency", "中央网信办")
ent("cac-state", "Agency", "国家网信办")
ent("gd-gov", "Agency", "广东省", optional=True)      # the post 广东省副省长: the province's unnamed government
ent("gzpc", "Agency", "广州市委")
ent("gzprop", "Agency", "宣传部")
rel("gzprop", "subOrganizationOf", "gzpc")
ent("cae", "Organization", "中国工程院")
ent("cu", "Organization", "中国联合网络通信集团有限公司")
ent("pboc", "Agency", "中国人民银行")
ent("pboc-tech", "Agency", "科技司", ["中国人民银行科技司"])
rel("pboc-tech", "subOrganizationOf", "pboc")
ent("hk-dpo", "Agency", "香港数字政策办公室")
ent("mo-cert", "Agency", "澳门网络安全事故预警及应急中心")
ent("tc260", "Agency", "全国网络安全标准化技术委员会")
ent("cncert", "Agency", "国家计算机网络应急技术处理协调中心")
ent("cpd", "Agency", "中央宣传部")
ent("cacnet", "Organization", "中国网信网")
ent("cis", "Organization", "中国信息安全", optional=True)  # the publishing account, on the dateline only
# documents
ent("aigov", "Document", "人工智能安全治理框架")
rel("aigov", "publishedBy", "tc260")
ent("testres", "Document", "2024年人工智能技术赋能网络安全应用测试结果", optional=True)
rel("testres", "publishedBy", "cncert", optional=True)
# people
ent("wjt", "Person", "王京涛")
rel("wjt", "holdsPost", "cac", post="副主任")
rel("wjt", "holdsPost", "cac-state", post="副主任")
rel("wjt", "speaksAt", "forum")
ent("zsk", "Person", "张少康")
rel("zsk", "holdsPost", "gd-gov", post="副省长", optional=True)
rel("zsk", "speaksAt", "forum")
ent("dxs", "Person", "杜新山")
rel("dxs", "holdsPost", "gzpc", post="常委")
rel("dxs", "holdsPost", "gzprop", post="部长")
rel("dxs", "speaksAt", "forum", optional=True)     # 主持
ent("fbx", "Person", "方滨兴")
rel("fbx", "speaksAt", "forum")
ent("czy", "Person", "陈忠岳")
rel("czy", "holdsPost", "cu", post="董事长")
rel("czy", "speaksAt", "forum")
# technologies
T = [("ai", "人工智能", ("人工智能技术",), False), ("netsec", "网络安全", (), True), ("datasec", "数据安全", (), True)]
for id, l, a, opt in T:
    ent(id, "Technology", l, a, optional=opt)

def G(id, l, e=None, opt=False, bodies=(), obodies=(), tech=(), otech=(), who=(), owho=()):
    goal(id, l, e, optional=opt)
    for b in bodies: rel(b, "hasGoal", id, optional=opt)
    for b in obodies: rel(b, "hasGoal", id, optional=True)
    for t in tech: rel(id, "involvesTechnology", t, optional=opt)
    for t in otech: rel(id, "involvesTechnology", t, optional=True)
    for p in who: rel(p, "proposes", id, optional=opt)
    for p in owho: rel(p, "proposes", id, optional=True)

WJT = dict(bodies=("cac",), obodies=("cac-state",), who=("wjt",))
E0 = "党的二十届三中全会提出了“加强网络安全体制建设，建立人工智能安全监管制度”等一系列新任务新要求"
G("p1", "加强网络安全体制建设", E0, bodies=(), obodies=("cac",), owho=("wjt",), otech=("netsec",))
E1 = "做好新时期国家网络安全工作，一是健全网络安全指挥协调功能，构建纵深布防、高效协同的国家网络安全防御体系；二是建立人工智能安全监管制度，大力提升人工智能安全治理水平；三是强化数据安全治理监管能力，规范促进数据安全有序流动和有效利用；四是加强网络安全科技力量建设，加快形成教育技术产业融合发展的良性生态"
G("w0", "做好新时期国家网络安全工作", E1, **WJT, otech=("netsec",))
G("w1", "健全网络安全指挥协调功能", "一是健全网络安全指挥协调功能，构建纵深布防、高效协同的国家网络安全防御体系", **WJT, otech=("netsec",))
G("w2", "构建纵深布防、高效协同的国家网络安全防御体系", "一是健全网络安全指挥协调功能，构建纵深布防、高效协同的国家网络安全防御体系", **WJT, otech=("netsec",))
G("w3", "建立人工智能安全监管制度", "二是建立人工智能安全监管制度，大力提升人工智能安全治理水平", **WJT, tech=("ai",))
G("w4", "大力提升人工智能安全治理水平", "二是建立人工智能安全监管制度，大力提升人工智能安全治理水平", **WJT, tech=("ai",))
G("w5", "强化数据安全治理监管能力", "三是强化数据安全治理监管能力，规范促进数据安全有序流动和有效利用", **WJT, otech=("datasec",))
G("w6", "规范促进数据安全有序流动和有效利用", "三是强化数据安全治理监管能力，规范促进数据安全有序流动和有效利用", **WJT, otech=("datasec",))
G("w7", "加强网络安全科技力量建设", "四是加强网络安全科技力量建设，加快形成教育技术产业融合发展的良性生态", **WJT, otech=("netsec",))
G("w8", "加快形成教育技术产业融合发展的良性生态", "四是加强网络安全科技力量建设，加快形成教育技术产业融合发展的良性生态", **WJT)

ZSK = dict(obodies=("gd-gov",), who=("zsk",))
E2 = "张少康表示，广东将聚焦守牢守好国家网络安全“南大门”，在共筑国家网络安全防线上积极展现新担当新作为"
G("z1", "守牢守好国家网络安全“南大门”", E2, **ZSK, otech=("netsec",))
G("z2", "在共筑国家网络安全防线上积极展现新担当新作为", E2, **ZSK, otech=("netsec",))
E3 = "深刻把握关键信息基础设施是网络安全防护的重中之重，要进一步加强网络安全体制建设，探索建立保护责任体系"
G("z3", "进一步加强网络安全体制建设", E3, **ZSK, otech=("netsec",))
G("z4", "探索建立保护责任体系", E3, **ZSK)
E4 = "深刻把握数据是信息时代最重要的基础性战略性资源，以关键数据资源保护为重点，统筹加强安全监督管理"
G("z5", "统筹加强安全监督管理", E4, **ZSK)
E5 = "深刻把握人工智能技术的不确定性和应用的广泛性，坚持包容审慎和敏捷治理，建立完善人工智能安全监管制度"
G("z6", "坚持包容审慎和敏捷治理", E5, **ZSK, otech=("ai",))
G("z7", "建立完善人工智能安全监管制度", E5, **ZSK, tech=("ai",))

E6 = "分别围绕“积极打造网络安全护卫体系”、“强化网络安全协同防御 共筑网络安全坚固防线”等主题作主旨演讲"
G("t1", "积极打造网络安全护卫体系", E6, opt=True, owho=("fbx", "czy"), otech=("netsec",))
G("t2", "强化网络安全协同防御", E6, opt=True, owho=("fbx", "czy"), otech=("netsec",))
G("t3", "共筑网络安全坚固防线", E6, opt=True, owho=("fbx", "czy"), otech=("netsec",))
G("t4", "加快南沙（粤港澳）数据服务试验区建设", "此外，还举行了“加快南沙（粤港澳）数据服务试验区建设”启动仪式", opt=True)

stat("s-att", "参加活动人数", "约800人", "相关政府部门负责同志、知名专家学者、企业机构代表和媒体记者等约800人参加了活动")

# promotes (through the goals above)
rel("cac", "promotes", "ai")
rel("cac-state", "promotes", "ai", optional=True)
rel("gd-gov", "promotes", "ai", optional=True)
rel("tc260", "promotes", "ai", optional=True)   # through the 人工智能安全治理框架
rel("cncert", "promotes", "ai", optional=True)
for b in ("cac", "cac-state", "gd-gov"):
    rel(b, "promotes", "netsec", optional=True)
rel("cac", "promotes", "datasec", optional=True)
rel("cac-state", "promotes", "datasec", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
