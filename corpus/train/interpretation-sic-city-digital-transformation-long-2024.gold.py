"""Gold annotation of interpretation-sic-city-digital-transformation-long-2024 (专家解读：单志广《坚持把城市作为推进数字中国建设的综合载体 以城市全域数字化转型统领新时期数智化高质量发展》, 国家数据局 2024-09, reprinted by 中国信息安全), by hand per shared/eval/ANNOTATE.md (annotator ann11)."""
ID = "interpretation-sic-city-digital-transformation-long-2024"
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
ent("shan", "Person", "单志广")
ent("xi", "Person", "习近平", optional=True)
ent("sic", "Agency", "国家信息中心")
ent("sic-dept", "Agency", "信息化和产业发展部", ["国家信息中心信息化和产业发展部"])
rel("sic-dept", "subOrganizationOf", "sic")
rel("shan", "holdsPost", "sic-dept", post="主任")
ent("nda", "Agency", "国家数据局")
ent("xpcc", "Agency", "新疆生产建设兵团")
# Events and documents
ent("meeting", "Event", "城市全域数字化转型现场推进会", ["“城市全域数字化转型现场推进会”", "推进会", "现场推进会"])
ent("plenum3", "Event", "党的二十届三中全会", ["二十届三中全会"])
ent("opinion", "Document", "关于深化智慧城市发展\u00a0推进城市全域数字化转型的指导意见", ["指导意见"])
rel("opinion", "publishedBy", "nda")
ent("cases", "Document", "城市全域数字化转型典型案例集")
rel("cases", "publishedBy", "nda", optional=True)  # 会上发布: released at the NDA's meeting
# Places
P = [("cq", "重庆市", ("重庆",)), ("xiongan", "河北雄安新区", ()), ("sh", "上海市", ()), ("jinan", "济南市", ()),
     ("huizhou", "惠州市", ()), ("bjeda", "北京经开区", ()), ("putian", "莆田市", ()), ("foshan", "佛山市", ()),
     ("xuhui", "上海徐汇区", ()), ("bj", "北京市", ()), ("guiyang", "贵阳市", ()), ("wenzhou", "温州市", ()),
     ("wuhu", "芜湖市", ()), ("zhengzhou", "郑州市", ()), ("qingdao", "青岛市", ()), ("kunming", "昆明市", ()),
     ("xian", "西安市", ()), ("chengdu", "成都市", ()), ("suzhou", "苏州市", ()), ("hangzhou", "杭州市", ()),
     ("jian", "吉安市", ()), ("wuxi", "无锡市", ()), ("guangzhou", "广州市", ()), ("yangpu", "上海杨浦区", ()),
     ("binhai", "天津滨海新区", ()), ("shangrao", "上饶市", ()), ("ningbo", "宁波市", ()), ("quanzhou", "泉州市", ()),
     ("shenzhen", "深圳市", ()), ("huzhou", "湖州市", ()), ("xiamen", "厦门市", ()), ("dalian", "大连市", ()),
     ("wuhan", "武汉市", ()), ("nantong", "南通市", ()), ("changsha", "长沙市", ()), ("nanjing", "南京市", ()),
     ("hefei", "合肥市", ()), ("changchun", "长春市", ()), ("shenyang", "沈阳市", ()), ("harbin", "哈尔滨市", ()),
     ("yangzhou", "扬州市", ()), ("taiyuan", "太原市", ()), ("haikou", "海口市", ())]
for id, l, al in P:
    ent(id, "Place", l, al)
ent("china", "Place", "我国", ["中国"], optional=True)
rel("meeting", "locatedIn", "cq")
# Technologies
T = [("ai", "人工智能", (), False), ("dtwin", "数字孪生", (), False), ("iov", "车联网", (), False),
     ("ad", "自动驾驶", (), False), ("uav", "无人机", (), False),
     ("smartcity", "智慧城市", ("新型智慧城市",), True), ("smartagri", "智慧农业", (), True),
     ("smartcomm", "智慧社区", (), True), ("smarttraffic", "智慧交通", (), True),
     ("hub", "城市治理和运行智能中枢", (), True), ("onenet", "一网统管", ("“一网统管”",), True),
     ("citybase", "城市数字底座", (), True)]
for id, l, al, opt in T:
    ent(id, "Technology", l, al, optional=opt)
TOPT = {id for id, l, al, opt in T if opt}
TLAB = {id: (l,) + tuple(al) for id, l, al, opt in T}

def techs_of(label):
    return [(id, id in TOPT) for id, labs in TLAB.items() if any(a in label for a in labs)]

# Statistics
ent("s-cases", "Statistic", "凝练做法的典型案例", value="50个", evidence=ev("从50个典型案例中凝练形成切实可行、真实有效、可复制可推广的具体做法"))

# Goals: (id, label, evidence or None, optional, kind)
# kind a = the author's (单志广 proposes; 国家信息中心 hasGoal optional);
# n = 国家数据局's (its meeting and measures: hasGoal required; the author, who reports them, proposes optionally);
# l = what localities (各地 / named cities) pursue: no named body, the author proposes optionally;
# p = the plenum's call (an Event: no hasGoal; optional proposes)
G = [
 # title and opening
 ("t1", "坚持把城市作为推进数字中国建设的综合载体", lines[0], False, "a"),
 ("t2", "以城市全域数字化转型统领新时期数智化高质量发展", lines[0], False, "a"),
 ("cdt", "深入推进城市全域数字化转型", None, False, "n"),
 ("p1", "深化城市建设、运营、治理体制改革", None, False, "p"),
 ("p2", "加快转变城市发展方式", None, False, "p"),
 ("a1", "深化智慧城市发展", None, False, "a"),
 ("a2", "坚持以城市全域数字化转型统领数字经济、数字社会、数字政府建设", None, False, "a"),
 ("a3", "推动城市治理体系和治理能力现代化", None, True, "a"),
 ("a4", "促进数字经济创新发展", None, True, "a"),
 ("a5", "加快培育新质生产力", None, True, "a"),
 # part 01
 ("d1", "深入贯彻习近平总书记关于加快城市数字化转型的重要指示精神", None, True, "d"),
 ("l1h", "全方位增强城市数字化转型支撑", None, True, "l"),
 ("l1a", "系统化布局、一体化推进", None, True, "l"),
 ("l1b", "加速构建面向未来的城市数字底座", None, False, "l"),
 ("l1c", "推进设施联通、数据融通、平台互通、业务贯通", None, False, "l"),
 ("l1d", "一体化建设网、云、链、算、安", None, True, "l"),
 ("l1e", "打通数据共享堵点", None, True, "l"),
 ("l1f", "构建数据融通应用环境", None, True, "l"),
 ("l1g", "有效促进数据可信可控流通", None, True, "l"),
 ("l1i", "建设城市治理和运行智能中枢", None, True, "l"),
 ("l1j", "实现平急两用的跨层级协同治理和跨部门联合指挥调度", None, True, "l"),
 ("l1k", "支持辅助决策、仿真推演", None, True, "l"),
 ("l2h", "全过程优化城市数字化转型生态", None, True, "l"),
 ("l2a", "积极探索建立与数字化发展相适应的制度规范体系", None, False, "l"),
 ("l2b", "推进流程再造、模式变革、方式重塑", None, False, "l"),
 ("l2c", "积极推动数据基础制度政策本地化试点创新、落地见效", None, True, "l"),
 ("l2d", "率先制定数据要素市场化配置改革文件", None, True, "l"),
 ("l2e", "创新公共数据授权运营模式", None, True, "l"),
 ("l2f", "构建数据安全合规流通交易体系", None, True, "l"),
 ("l2g", "加强政企协同", None, True, "l"),
 ("l2i", "形成应用场景实验室等创新模式", None, True, "l"),
 ("l2j", "探索可持续运营和规范化运维模式", None, True, "l"),
 ("l2k", "探索适数化改革", None, True, "l"),
 ("l2l", "促进企业数据跨境", None, True, "l"),
 ("l2m", "实现医学检验结果互认", None, True, "l"),
 ("l2n", "建立数据专员制度", None, True, "l"),
 ("l2o", "积极突破制度藩篱和堵点卡点", None, True, "l"),
 ("l3h", "全领域赋能城市数字化转型场景", None, True, "l"),
 ("l3a", "以数据驱动经济发展、社会治理、公共服务", None, False, "l"),
 ("l3b", "在车联网、人工智能、数字内容等领域实现产业集聚", None, True, "l"),
 ("l3c", "推动港口物流、文化产业数字化转型", None, True, "l"),
 ("l3d", "开辟以城带产、以产促城的产城融合新空间", None, True, "l"),
 ("l3e", "瞄准解决群众急难愁盼问题", None, True, "l"),
 ("l3f", "加大健康服务、教育入学、民生诉求、居民碳普惠等场景智能化供给", None, True, "l"),
 ("l3g", "构建市域“一网统管”治理能力", None, True, "l"),
 ("l3i", "加强城市生命线安全能力建设", None, True, "l"),
 ("l4h", "因地制宜开展城市数字化转型应用", None, True, "l"),
 ("l4a", "差异化开展个性应用建设", None, False, "l"),
 ("l4b", "探索符合发展实际、具有地方特色的发展路径", None, False, "l"),
 ("l4c", "建设自动驾驶示范区", None, True, "l"),
 ("l4d", "以“人工智能+无人机”推动智慧农业升级", None, True, "l"),
 ("l4e", "以数字化赋能古城新生", None, True, "l"),
 ("l4f", "开展养老全产业场景运营", None, True, "l"),
 ("l4g", "运用信用信息提升审批服务效能", None, True, "l"),
 # part 02: the NDA's measures
 ("n0", "强体系、促发展", None, True, "n"),
 ("n1", "深化落实数字中国战略", None, False, "n"),
 ("n2", "强化数据部门“体系”合力", None, False, "n"),
 ("n3", "构建“大生态”", None, False, "n"),
 ("n3a", "聚焦数据要素市场化配置改革和统筹数字化发展主责主业", None, False, "n"),
 ("n3b", "加强组织领导", None, False, "n"),
 ("n3c", "统筹规划", None, False, "n"),
 ("n3d", "协调联动", None, False, "n"),
 ("n3e", "将城市全域数字化转型纳入经济社会发展全局", None, False, "n"),
 ("n3f", "制定行动计划、年度工作要点", None, False, "n"),
 ("n3g", "形成时间表、路线图", None, False, "n"),
 ("n3h", "确保各项工作落地见效", None, False, "n"),
 ("n3i", "注重开放协作", None, False, "n"),
 ("n3j", "持续优化发展生态", None, False, "n"),
 ("n3k", "加强正向引导、诚信建设和行业自律", None, False, "n"),
 ("n3l", "不断完善城市数字化转型发展生态", None, False, "n"),
 ("n3m", "形成更大发展合力", None, False, "n"),
 ("n4", "发挥典型城市“头雁”作用", None, False, "n"),
 ("n5", "激活“大雁阵”", None, False, "n"),
 ("n5a", "征集城市全域数字化转型典型案例", None, True, "n"),
 ("n5b", "鼓励和引导全国各地以数字化改革引领全面深化改革", None, False, "n"),
 ("n5c", "将数字化理念和创新办法贯穿改革各领域全过程", None, False, "n"),
 ("n6", "发挥财政资金“活水”作用", None, False, "n"),
 ("n7", "灌溉“试验田”", None, False, "n"),
 ("n7a", "积极利用投、贷、债的组合", None, False, "n"),
 ("n7b", "加强城市全域数字化转型“两重”项目储备", None, False, "n"),
 ("n7c", "探索城市共性平台和工具组件的共享机制", None, False, "n"),
 ("n7d", "为各类型、各发展阶段的城市注入活力、提振信心", None, True, "n"),
]
for id, label, e, opt, kind in G:
    assert label in text, label
    evid = ev(e) if e else sent(label)
    assert label in evid, (label, evid)
    ent(id, "Goal", label, optional=opt, evidence=evid)
    if kind == "a":
        rel("shan", "proposes", id, optional=opt)
        rel("sic", "hasGoal", id, optional=True)
    elif kind == "n":
        rel("nda", "hasGoal", id, optional=opt)
        rel("shan", "proposes", id, optional=True)
    elif kind in ("l", "p"):
        rel("shan", "proposes", id, optional=True)
    elif kind == "d":
        rel("opinion", "hasGoal", id, optional=True)
        rel("nda", "hasGoal", id, optional=True)
    for t, topt in techs_of(label):
        rel(id, "involvesTechnology", t, optional=opt or topt)
# the guiding opinion's title states its two aims; the author also argues for them
rel("opinion", "hasGoal", "a1")
rel("opinion", "hasGoal", "cdt")
R[:] = [r for r in R if (r["s"], r["p"], r["o"]) != ("shan", "proposes", "cdt")]
rel("shan", "proposes", "cdt")  # the author argues for it too (title, opening): required
# the meeting's aims (推进会强调 ...) are the NDA's, which held it; the localities' data departments carry them out
# promotes
rel("nda", "promotes", "smartcity", optional=True)
for t in ("ai", "dtwin", "smartcity"):
    rel("sic", "promotes", t, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
