"""Gold annotation of forum-china-internet-conf-beijing-long-2024 (聚焦 | 2024（第二十三届）中国互联网大会在京开幕), by hand per shared/eval/ANNOTATE.md."""
ID = "forum-china-internet-conf-beijing-long-2024"
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
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=(), opt_tech=()):
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
    for t in opt_tech: rel(id, "involvesTechnology", t, optional=True)

def stat(id, label, value, evidence, optional=False):
    assert value in evidence or re.sub(r"[^0-9.]", "", value) in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=ev(evidence), optional=optional)
# Events and places
ent("conf", "Event", "2024（第二十三届）中国互联网大会", ["中国互联网大会", "第二十三届中国互联网大会"])
ent("rite", "Event", "中国互联网30周年主题仪式", ["“中国互联网30周年主题仪式”"])
ent("award", "Event", "首届“金灵光杯”中国互联网创新大赛", ["“金灵光杯”中国互联网创新大赛", "金灵光杯"])
ent("cpc18", "Event", "党的十八大", ["十八大"])
ent("beijing", "Place", "北京", ["北京市"])
ent("cnec", "Place", "国家会议中心", ["北京国家会议中心"], optional=True)
ent("china", "Place", "中国", ["我国"], optional=True)
rel("conf", "locatedIn", "beijing")
rel("conf", "locatedIn", "cnec", optional=True)
# Government bodies
ent("miit", "Agency", "工业和信息化部")
ent("miit-stc", "Agency", "信息通信科技委", ["工业和信息化部信息通信科技委"])
rel("miit-stc", "subOrganizationOf", "miit")
ent("bj-gov", "Agency", "北京市人民政府")
ent("mpt", "Agency", "邮电部")
ent("mii", "Agency", "信息产业部")
ent("cppcc", "Agency", "全国政协", optional=True)
ent("cppcc-ec", "Agency", "经济委员会", ["全国政协经济委员会"])
rel("cppcc-ec", "subOrganizationOf", "cppcc", optional=True)
# Associations, institutes, companies
ent("isc", "Organization", "中国互联网协会")
ent("isc-exp", "Organization", "专家咨询委员会", ["中国互联网协会专家咨询委员会"])
rel("isc-exp", "subOrganizationOf", "isc")
for id, l in [("cfie", "中国工业经济联合会"), ("cae", "中国工程院"), ("cic", "中国通信学会"), ("itu", "国际电信联盟"),
              ("cie", "中国电子学会"), ("caict", "中国信息通信研究院"), ("acfic", "全国工商联"), ("qax", "奇安信集团"),
              ("pdd", "拼多多"), ("didi", "滴滴"), ("sohu", "搜狐"), ("q360", "360集团")]:
    ent(id, "Organization", l)
ent("ct", "Organization", "中国电信集团有限公司", ["中国电信"])
ent("cmcc", "Organization", "中国移动通信集团有限公司", ["中国移动"])
ent("cu", "Organization", "中国联合网络通信集团有限公司", ["中国联通"])
# People: (id, name, [(body, post, optional)], speaks)
P = [("zhaozg", "赵志国", [("miit", "总工程师", False)], True),
     ("xuxc", "许心超", [("bj-gov", "副秘书长", False)], True),
     ("shangb", "尚冰", [("isc", "理事长", False)], True),
     ("wujc", "吴基传", [("mpt", "原部长", True), ("mii", "原部长", True)], False),
     ("wangxd", "王旭东", [("mii", "原部长", True)], False),
     ("liyz", "李毅中", [("miit", "原部长", True), ("cfie", "会长", False)], False),
     ("miaow", "苗圩", [("cppcc", "常委", True), ("cppcc-ec", "副主任", False), ("miit", "原部长", True)], False),
     ("wuhq", "邬贺铨", [("isc-exp", "主任", False)], True),
     ("zhaohl", "赵厚麟", [("cic", "名誉理事长", True), ("itu", "前秘书长", True)], False),
     ("zhangf", "张峰", [("cie", "理事会党委书记", False), ("miit", "原总工程师", True)], False),
     ("hanx", "韩夏", [("miit-stc", "常务副主任兼秘书长", False), ("miit", "原总工程师", True)], False),
     ("yuxh", "余晓晖", [("isc", "副理事长兼秘书长", False), ("caict", "院长", False)], False),
     ("luanxw", "栾晓维", [("ct", "副总经理", False)], True),
     ("zhangd", "张冬", [("cmcc", "副总经理", False)], True),
     ("tangyb", "唐永博", [("cu", "副总经理", False)], True),
     ("qixd", "齐向东", [("cppcc", "全国政协委员", True), ("acfic", "副主席", False), ("qax", "董事长", False)], True),
     ("zhuz", "朱政", [("pdd", "高级副总裁、首席发展官", False)], True),
     ("huc", "胡成", [("didi", "党委书记、副总裁", False)], True),
     ("zhangcy", "张朝阳", [("sohu", "创始人、董事局主席兼首席执行官", False)], True),
     ("zhouhy", "周鸿祎", [("q360", "创始人", True)], True)]
for id, n, posts, speaks in P:
    ent(id, "Person", n)
    for org, post, opt in posts:
        rel(id, "holdsPost", org, post=post, optional=opt)
    if speaks:
        rel(id, "speaksAt", "conf")
ent("xi", "Person", "习近平", optional=True)
# Technologies
ent("ai", "Technology", "人工智能", ["AI"])
ent("mobile-net", "Technology", "移动互联网")
for id, l in [("internet", "互联网"), ("smart-net", "智能互联网"), ("web3", "互联网3.0"), ("it", "信息技术"),
              ("newinfra", "新型基础设施")]:
    ent(id, "Technology", l, optional=True)
# Statistics
stat("s-att", "开幕式参会人数", "1000余人", "新闻媒体等1000余人参加了开幕式")
stat("s-rev", "北京信息软件业营收", "2.93万亿", "2023年信息软件业营收2.93万亿")
stat("s-30", "中国全功能接入国际互联网年数", "30周年", "今年是中国全功能接入国际互联网30周年", optional=True)
stat("s-55", "互联网历史", "55年", "55年历史的互联网，30年的全功能接入", optional=True)
stat("s-22", "中国互联网大会连续举办届数", "22届", "中国互联网大会从2002年起至今已连续成功举办22届", optional=True)

# 赵志国 (工业和信息化部): tasks for the whole industry, then his four points
Z = dict(by=["zhaozg"], body=["miit"])
ZI = dict(by=["zhaozg"], opt_body=["miit"])
z0 = lines[4].split("。")[0]
goal("z01", "从实现中国式现代化的历史使命中把握发展方位", z0, **ZI)
goal("z02", "深刻认识互联网是推进强国建设、民族复兴伟业的重要力量", z0, optional=True, opt_by=["zhaozg"], opt_body=["miit"])
goal("z03", "充分发挥互联网在现代化建设全局中的战略性、基础性、先导性作用", z0, opt_tech=["internet"], **ZI)
goal("z04", "有力促进新型工业化、信息化、城镇化、农业现代化同步发展", z0, **ZI)
z1 = "站在增强我国经济实力、科技实力、综合国力的高度，不断拓展互联网发展新空间，打造竞争新优势"
goal("z05", "不断拓展互联网发展新空间", z1, opt_tech=["internet"], **ZI)
goal("z06", "打造竞争新优势", z1, **ZI)
for n, (h, g, i) in enumerate([("聚焦强基固本", "优化升级新型基础设施", "一是聚焦强基固本，优化升级新型基础设施"),
                               ("聚焦创新引领", "加快培育新质生产力", "二是聚焦创新引领，加快培育新质生产力"),
                               ("聚焦数实融合", "深度赋能新型工业化", "三是聚焦数实融合，深度赋能新型工业化"),
                               ("聚焦环境优化", "支撑构建新发展格局", "四是聚焦环境优化，支撑构建新发展格局")], 1):
    goal(f"z{n}h", h, i, **Z)
    goal(f"z{n}g", g, i, opt_tech=["newinfra"] if n == 1 else [], **Z)
# 尚冰 (中国互联网协会): four proposals
B = dict(by=["shangb"], body=["isc"])
for id, l in [("b1", "巩固基础网络的领先优势"), ("b2", "强化互联网技术创新能力"), ("b3", "提升融合创新发展格局"), ("b4", "深化高水平开放合作")]:
    goal(id, l, **B)
# 许心超 (北京市人民政府)
X = dict(by=["xuxc"], body=["bj-gov"])
goal("x00", "持续累高新发优势", "北京市率先布局多维发力，持续累高新发优势", optional=True, opt_by=["xuxc"], opt_body=["bj-gov"])
x0 = "他就加速推进数智融合，加快建设全球数字经济标杆城市提出四点建议"
goal("x01", "加速推进数智融合", x0, **X)
goal("x02", "加快建设全球数字经济标杆城市", x0, **X)
for n, (i, gs) in enumerate([("一是坚持创新驱动，打造互联网发展新引擎，着眼发展新质生产力", ["坚持创新驱动", "打造互联网发展新引擎", "着眼发展新质生产力"]),
                             ("二是坚持共建共享，夯实互联网发展新基础，夯实城市数字基础底座", ["坚持共建共享", "夯实互联网发展新基础", "夯实城市数字基础底座"]),
                             ("三是坚持依法治理，塑造互联网发展新环境，统筹好发展和安全", ["坚持依法治理", "塑造互联网发展新环境", "统筹好发展和安全"]),
                             ("四是坚持开放合作，共创互联网发展新局面，坚持高水平开放", ["坚持开放合作", "共创互联网发展新局面", "坚持高水平开放"])], 1):
    for k, l in enumerate(gs):
        goal(f"x{n}{k}", l, i, **X)
# 邬贺铨
w = "互联网需要在新的时期数字化转型和高质量发展中找准位置，抓住时代机遇，实现使命担当"
goal("w1", "在新的时期数字化转型和高质量发展中找准位置", w, by=["wuhq"], opt_tech=["internet"])
goal("w2", "抓住时代机遇", w, by=["wuhq"])
goal("w3", "实现使命担当", w, by=["wuhq"])
# the titles of the industry speakers' talks (optional)
goal("k1", "建设智能互联网", optional=True, opt_by=["zhangd"], opt_body=["cmcc"], opt_tech=["smart-net"])
goal("k2", "发展新质生产力", "中国移动通信集团有限公司副总经理张冬围绕“建设智能互联网 发展新质生产力”主题作了分享介绍",
     optional=True, opt_by=["zhangd"], opt_body=["cmcc"])
goal("k3", "以AI驱动安全", optional=True, opt_by=["qixd"], opt_body=["qax"], opt_tech=["ai"])
goal("k4", "全力护航互联网新质变", optional=True, opt_by=["qixd"], opt_body=["qax"])
goal("k5", "坚持高质量发展", optional=True, opt_by=["zhuz"], opt_body=["pdd"])
goal("k6", "构筑新质生产力", optional=True, opt_by=["zhuz"], opt_body=["pdd"])
goal("k7", "共创智慧未来", optional=True, opt_by=["tangyb"], opt_body=["cu"])
goal("k8", "移动互联网让出行更美好", optional=True, opt_by=["huc"], opt_body=["didi"], opt_tech=["mobile-net"])
# the conference's stated aim
goal("c1", "提供权威、高效的行业交流平台", opt_body=["isc"])
# promotes (optional: only through the talks' titles)
rel("qax", "promotes", "ai", optional=True)
rel("cmcc", "promotes", "smart-net", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
