"""Gold annotation of briefing-nda-data-work-system-long-2024 (刘烈宏：上下联动、横向协同的数据工作体系基本形成), by hand per shared/eval/ANNOTATE.md (annotator ann9)."""
ID = "briefing-nda-data-work-system-long-2024"
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
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=()):
    """a Goal; evidence defaults to the sentence stating it; by = proposers, body = hasGoal subjects"""
    assert label in text, label
    e = ev(evidence) if evidence else sent(label)
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=optional, evidence=e)
    for p in by: rel(p, "proposes", id, optional=optional)
    for p in opt_by: rel(p, "proposes", id, optional=True)
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)
    for t in tech: rel(id, "involvesTechnology", t, optional=optional)

def stat(id, label, value, evidence, optional=False):
    assert str(value) in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=ev(evidence), optional=optional)
L = lines
# Agencies and organisations
ent("scio", "Agency", "国务院新闻办公室", ["国新办"])
ent("ndrc", "Agency", "国家发展改革委")
ent("nda", "Agency", "国家数据局")
ent("miit", "Agency", "工业和信息化部")
ent("nhc", "Agency", "国家卫生健康委员会", ["卫健委"])
ent("xpcc", "Agency", "新疆生产建设兵团", ["新疆兵团"])
ent("dpc", "Agency", "数据发展促进中心", optional=True)
ent("pt", "Organization", "人民邮电报")
# People
ent("liu", "Person", "刘烈宏")
rel("liu", "holdsPost", "nda", post="局长")
rel("liu", "holdsPost", "ndrc", post="党组成员")
ent("su", "Person", "苏德悦")
# Events
ent("presser", "Event", "新闻发布会", ["发布会"], optional=True)
rel("liu", "speaksAt", "presser", optional=True)
ent("summit", "Event", "第七届数字中国建设峰会", ["数字中国建设峰会"])
ent("contest", "Event", "2024年“数据要素×”大赛", ["“数据要素×”大赛"])
# Documents
ent("plan", "Document", "“数据要素×”三年行动计划（2024—2026年）",
    ["《“数据要素×”三年行动计划（2024—2026年）》", "“数据要素×”行动计划"])
rel("plan", "publishedBy", "nda")
# Places
ent("beijing", "Place", "北京")
ent("china", "Place", "中国", optional=True)
# Technologies
ent("iiot", "Technology", "工业互联网")
ent("compute", "Technology", "算力")
ent("miot", "Technology", "移动物联网")
ent("digitech", "Technology", "数字技术", optional=True)
ent("datasec", "Technology", "数据安全", optional=True)
ent("netsec", "Technology", "网络安全", optional=True)
ent("smartcity", "Technology", "智慧城市", optional=True)
ent("diginfra", "Technology", "数字基础设施", optional=True)
for t in ("iiot", "compute", "miot"):
    rel("nda", "promotes", t)
for t in ("digitech", "datasec", "netsec", "smartcity", "diginfra"):
    rel("nda", "promotes", t, optional=True)
# Statistics (line 4)
stat("s-prov", "完成数据工作机构组建的省（区、市）", "31个", "31个省（区、市）和新疆兵团均完成机构组建")
stat("s-indep", "独立设置的数据工作机构", "26个", "独立设置机构26个")
stat("s-plate", "加挂牌子的数据工作机构", "6个", "加挂牌子6个")
stat("s-egov", "将数字政府建设纳入数据工作范围的地区", "21个", "北京等21个地区还将数字政府建设纳入数据工作范围")
stat("s-aspects", "推动“数据要素×”相关工作的方面", "3个", "下一步，将从试点探索、办好大赛、典型案例征集3个方面推动相关工作", optional=True)

N = dict(by=("liu",), body=("nda",))
# line 4: NDA's mandate and what the provinces did (reported, optional)
goal("m0", "统筹数字化发展和数据行业管理", optional=True, **N)
goal("m1", "理顺数据管理、资源整合和开发利用的关系", optional=True)
goal("m2", "进一步加强组织保障", optional=True)
# line 5
goal("g0", "推进数字中国建设", "刘烈宏表示，国家数据局将从几方面推进数字中国建设", **N)
goal("h1", "全面加强统筹推进", **N)
goal("h1a", "准确把握职能定位", **N)
goal("h1b", "统筹推进数字技术与“五位一体”总体布局深度融合", tech=("digitech",), **N)
goal("h1c", "增强数字经济发展质量效益", **N)
goal("h1d", "提升政务数字化智能化水平", **N)
goal("h1e", "繁荣数字文化事业", **N)
goal("h1f", "推动数字社会精准化普惠化便捷化", **N)
goal("h1g", "大力发展绿色智慧的数字生态文明", **N)
goal("h1h", "建立健全数字中国建设统筹推进工作机制", **N)
goal("h1i", "持续办好“数字中国建设峰会”", **N)
# line 6
goal("h2", "推进数据要素市场化配置改革", **N)
goal("h2a", "建立健全数据产权制度", **N)
goal("h2b", "制定促进数据合规高效流通和交易的政策", **N)
goal("h2c", "建立数据要素收益分配机制", **N)
goal("h2d", "健全数据流通利用安全治理机制", **N)
goal("h2e", "组织开展全国数据资源调查", **N)
goal("h2f", "推进公共数据资源管理和运营机制改革", **N)
# line 7
goal("h3", "努力夯实数字底座", **N)
goal("h3a", "加速数字基础设施升级部署", tech=("diginfra",), **N)
goal("h3b", "加快工业互联网、算力、移动物联网等数字基础设施建设", tech=("iiot", "compute", "miot", "diginfra"), **N)
# line 8
goal("h4", "持续提升关键能力", **N)
goal("h4a", "加快研究数据安全技术体系", tech=("datasec",), **N)
goal("h4b", "提升数据安全的技术保障水平", tech=("datasec",), **N)
goal("h4c", "筑牢网络安全屏障", tech=("netsec",), **N)
goal("h4d", "推动数据领域技术创新不断取得新突破", **N)
# line 9
goal("h5", "全面赋能转型发展", **N)
goal("h5a", "持续推进制造业数字化转型和智能化升级", **N)
goal("h5b", "打造供需对接、全链协同、价值驱动的产业数字化转型生态", **N)
goal("h5c", "推动数字产业绿色低碳发展", **N)
goal("h5d", "数字技术赋能传统行业绿色发展", tech=("digitech",), **N)
goal("h5e", "积极构建绿色低碳循环经济体系", **N)
goal("h5f", "高质量建设数字社会", **N)
goal("h5g", "推动智慧城市和数字乡村建设", tech=("smartcity",), **N)
goal("h5h", "深入实施“数据要素×”行动计划", **N)
goal("h5i", "激励多方主体积极参与数据要素开发利用", **N)
# line 10
goal("h6", "不断优化发展环境", **N)
goal("h6a", "充分发挥各地区的首创精神", **N)
goal("h6b", "用市场和创新的力量推动数字中国建设", **N)
goal("h6c", "持续推进网络文明建设", **N)
goal("h6d", "统筹做好数字经济领域国际合作", **N)
goal("h6e", "完善国际数据治理“中国方案”", **N)
goal("h6f", "持续优化数据跨境流动规则", **N)
# line 11: the action plan's aims, as Liu states them
P = dict(by=("liu",), body=("plan",), opt_body=("nda",))
goal("p1", "推动数据在多场景应用", **P)
goal("p2", "提高资源配置效率", **P)
goal("p3", "创新新产业新模式", **P)
goal("p4", "培育发展新动能", **P)
goal("p5", "实现经济规模和效率的倍增", **P)
goal("p6", "实现数据供得出、流得动、用得好、保安全", **P)
goal("p7", "从试点探索、办好大赛、典型案例征集3个方面推动相关工作", **N)
# line 12: pilots
goal("t1", "就工业制造、医疗健康等领域试点方案开展系统研究", by=("liu",), body=("nda",), opt_body=("miit", "nhc"))
goal("t2", "持续深化试点方案研究工作", **N)
goal("t3", "尽快推进一批试点", **N)
goal("t4", "推动解决数据要素开发利用中面临的供给不足、流通不畅、应用效益不明显等问题", **N)
goal("t5", "加快数据要素开发利用", **N)
# line 13: the contest
goal("c0", "办好大赛", "其次，在办好大赛上", optional=True, **N)
goal("c1", "认真研究大赛赛制、赛题等内容", optional=True, **N)
goal("c2", "认真做好大赛相关筹备工作", optional=True, **N)
goal("c3", "聚焦重点行业或领域数据开发利用的难题", **N)
goal("c4", "积极做好大赛相关准备工作", **N)
# line 14: typical cases
goal("k0", "组织开展了数据要素开发利用典型案例征集工作", optional=True, **N)
goal("k1", "组织开展案例遴选等工作", optional=True, **N)
goal("k2", "分批次发布数据要素开发利用典型案例", **N)
goal("k3", "促进相关经验分享和交流", **N)
goal("k4", "充分释放案例的引领示范作用", **N)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
