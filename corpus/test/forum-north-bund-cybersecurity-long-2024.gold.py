"""Gold annotation of forum-north-bund-cybersecurity-long-2024 (聚焦 | 人工智能与网络安全双向赋能，推动数字化时代安全新实践——2024第三届北外滩网络安全论坛圆满举办), by hand per shared/eval/ANNOTATE.md."""
ID = "forum-north-bund-cybersecurity-long-2024"
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
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
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
    assert value in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=ev(evidence), optional=optional)

# Events, documents, places
ent("forum", "Event", "2024第三届北外滩网络安全论坛", ["北外滩网络安全论坛", "第三届北外滩网络安全论坛"])
ent("contest", "Event", "“中华武数杯”全国网络攻防精英赛", ["中华武数杯", "全国网络攻防精英赛"])
ent("initiative", "Document", "北外滩网络安全论坛2024倡议书", ["《北外滩网络安全论坛2024倡议书》"])
ent("rt-topic", "Document", "新时代下网络安全的变革与潮流", ["《新时代下网络安全的变革与潮流》"], optional=True)  # the round table's title, in 《》
ent("shanghai", "Place", "上海", ["上海市"])
ent("venue", "Place", "北外滩世界会客厅", ["上海市北外滩世界会客厅"], optional=True)
ent("hongkou", "Place", "虹口区", ["虹口"])
ent("putuo", "Place", "普陀区", ["上海市普陀区"], optional=True)
ent("china", "Place", "中国", ["我国"], optional=True)
rel("forum", "locatedIn", "shanghai")
rel("forum", "locatedIn", "venue", optional=True)
# Government bodies
ent("sh-cac", "Agency", "上海市委网信办")
ent("hk-cpc", "Agency", "虹口区委")
ent("pt-cpc", "Agency", "上海市普陀区区委", ["普陀区区委"])
ent("nea", "Agency", "国家能源局")
ent("nea-ic", "Agency", "国家能源局信息中心")
rel("nea-ic", "subOrganizationOf", "nea")
# Universities, institutes, companies
ent("sjtu", "Organization", "上海交通大学", ["上海交大"])
ent("sjtu-cs", "Organization", "上海交大网络空间安全学院")
rel("sjtu-cs", "subOrganizationOf", "sjtu")
ent("cae", "Organization", "中国工程院")
ent("qax", "Organization", "奇安信集团")
ent("colasoft", "Organization", "科来网络技术股份有限公司")
ent("cnsec", "Organization", "中国网安")
ent("huawei", "Organization", "华为")
ent("tcloud", "Organization", "腾讯云")
ent("shailab", "Organization", "上海人工智能实验室")
ent("scpc", "Organization", "四川警察学院")
ent("scpc-osint", "Organization", "四川警察学院开源情报研究中心", ["开源情报研究中心"])
rel("scpc-osint", "subOrganizationOf", "scpc")
ent("fudan", "Organization", "复旦大学")
ent("fudan-cs", "Organization", "复旦大学计算机科学技术学院", ["计算机科学技术学院"])
rel("fudan-cs", "subOrganizationOf", "fudan")
ent("bit", "Organization", "北京理工大学")
ent("bit-cs", "Organization", "北京理工大学网络空间安全学院")
rel("bit-cs", "subOrganizationOf", "bit")
ent("sass", "Organization", "上海社会科学院")
ent("sass-ic", "Organization", "上海社会科学院互联网研究中心", ["互联网研究中心"])
rel("sass-ic", "subOrganizationOf", "sass")
ent("scu", "Organization", "四川大学")
ent("scu-cs", "Organization", "四川大学网络空间安全学院")
rel("scu-cs", "subOrganizationOf", "scu")
ent("wechat-acct", "Organization", "风起江河", ["“风起江河”"], optional=True)  # the forum's official WeChat account
# People: (id, name, [(body, post, optional)], speaks)
P = [("yangzb", "杨振斌", [("sjtu", "党委书记", False)], True),
     ("xuj", "徐炯", [("sh-cac", "主任", False)], True),
     ("jiangaf", "姜爱锋", [("hk-cpc", "副书记", False)], True),
     ("huangdz", "黄殿中", [], True),
     ("wusz", "吴世忠", [], True),
     ("wujx", "邬江兴", [], True),
     ("tongxh", "童小华", [], False),
     ("xiaowg", "肖文高", [("pt-cpc", "副书记", False)], False),
     ("hanyg", "韩永刚", [("qax", "副总裁", False)], True),
     ("mengzr", "孟召瑞", [("colasoft", "副总经理", False)], True),
     ("yit", "易涛", [("cnsec", "总经理助理", False)], True),
     ("lijh", "李建华", [("sjtu-cs", "荣誉院长", True)], True),
     ("wangf", "王峰", [("huawei", "安全产品领域副总裁", False)], True),
     ("liuyh", "刘煜宏", [("tcloud", "副总裁", False)], True),
     ("lucc", "陆超超", [("shailab", "科学家", True)], True),
     ("shif", "石峰", [("scpc-osint", "主任", False)], True),
     ("yangm", "杨珉", [("fudan-cs", "院长", False)], True),
     ("anjp", "安建平", [("bit-cs", "院长", False)], True),
     ("huizb", "惠志斌", [("sass-ic", "主任", False)], True),
     ("chenxs", "陈兴蜀", [("scu-cs", "院长", False)], True),
     ("huhs", "胡红升", [("nea-ic", "原副主任", True)], True)]
for id, n, posts, speaks in P:
    ent(id, "Person", n)
    for org, post, opt in posts:
        rel(id, "holdsPost", org, post=post, optional=opt)
    if speaks:
        rel(id, "speaksAt", "forum")
# Technologies
ent("ai", "Technology", "人工智能", ["AI"])
ent("cps", "Technology", "信息物理系统")
for id, l in [("cybersec", "网络安全"), ("datasec", "数据安全"), ("inet-tech", "互联网技术"),
              ("hunyuan", "混元大模型"), ("env-crypto", "环境加密技术")]:
    ent(id, "Technology", l, optional=True)
# Statistics
a = "广泛汇聚来自政府部门、科研院所、行业企业等近300名嘉宾，覆盖20多位业界知名院士与专家学者、30余家行业主管、监管部门及百余家关基单位和网络安全头部企业"
stat("s-guests", "论坛嘉宾人数", "近300名", a)
stat("s-experts", "参会院士与专家学者", "20多位", a)
stat("s-regulators", "参会行业主管、监管部门", "30余家", a)

# the forum's theme (optional)
goal("t1", "高维推动网数安全、人工智能双向融合赋能", optional=True, opt_tech=["ai"])
# 杨振斌 (上海交通大学)
Y = dict(by=["yangzb"], body=["sjtu"])
y0 = "论坛紧跟互联网技术和人工智能发展大势，聚焦关键领域，以高站位谋划发展思路，以高标准提升防护能力"
goal("y03", "紧跟互联网技术和人工智能发展大势", y0, optional=True, opt_by=["yangzb"], opt_tech=["ai", "inet-tech"])
goal("y04", "聚焦关键领域", y0, optional=True, opt_by=["yangzb"])
goal("y01", "以高站位谋划发展思路", y0, optional=True, opt_by=["yangzb"])
goal("y02", "以高标准提升防护能力", y0, optional=True, opt_by=["yangzb"])
y1 = "在新形势下，上海交大将继续发挥自身优势，更加自觉肩负起网络强国建设的职责使命，不断创新人才培养模式和科研机制，依托网络安全和人工智能的协同创新应对新挑战，以高水平安全护航中国式现代化建设行稳致远"
goal("y1", "继续发挥自身优势", y1, **Y)
goal("y2", "肩负起网络强国建设的职责使命", y1, **Y)
goal("y3", "创新人才培养模式和科研机制", y1, **Y)
goal("y4", "依托网络安全和人工智能的协同创新应对新挑战", y1, tech=["ai"], opt_tech=["cybersec"], **Y)
goal("y5", "以高水平安全护航中国式现代化建设行稳致远", y1, **Y)
# 徐炯 (上海市委网信办)
X = dict(by=["xuj"], body=["sh-cac"])
goal("x1", "加强网络安全的综合治理", opt_tech=["cybersec"], **X)
x2 = "徐主任呼吁各界专家和企业携手推动人工智能的安全发展，为应对日益复杂的网络安全威胁提供全方位的支持，打造智能与安全融合的新生态"
goal("x2", "推动人工智能的安全发展", x2, tech=["ai"], **X)
goal("x3", "为应对日益复杂的网络安全威胁提供全方位的支持", x2, opt_tech=["cybersec"], **X)
goal("x4", "打造智能与安全融合的新生态", x2, **X)
goal("x0", "推动智能防护体系构建", "为网络安全带来新机遇 推动智能防护体系构建", optional=True, opt_by=["xuj"], opt_body=["sh-cac"])  # section heading
# 姜爱锋 (虹口区委)
J = dict(by=["jiangaf"], body=["hk-cpc"])
goal("j0", "积极推动科技创新和人工智能应用", optional=True, opt_by=["jiangaf"], opt_body=["hk-cpc"], opt_tech=["ai"])  # past measure
j1 = "虹口将继续强化网络安全基础设施建设，提升防护能力，推动人才培养和技术创新，为区域高质量发展和全球资源集聚提供坚实的安全保障"
goal("j1", "继续强化网络安全基础设施建设", j1, opt_tech=["cybersec"], **J)
goal("j2", "提升防护能力", j1, **J)
goal("j3", "推动人才培养和技术创新", j1, **J)
goal("j4", "为区域高质量发展和全球资源集聚提供坚实的安全保障", j1, **J)
# 黄殿中
H = dict(by=["huangdz"])
h = "未来我国需从理论角度，分析人工智能技术应对智能化认知安全带来的挑战，加快防护技术的突破，完善认知安全的法律制度，打造具有中国特色的治理模式，并构建认知安全协作机制，推动技术创新和行业应用的加速落地，打造具有国际竞争力的人工智能产业集群"
goal("h1", "分析人工智能技术应对智能化认知安全带来的挑战", h, tech=["ai"], **H)
goal("h2", "加快防护技术的突破", h, **H)
goal("h3", "完善认知安全的法律制度", h, **H)
goal("h4", "打造具有中国特色的治理模式", h, **H)
goal("h5", "构建认知安全协作机制", h, **H)
goal("h6", "推动技术创新和行业应用的加速落地", h, **H)
goal("h7", "打造具有国际竞争力的人工智能产业集群", h, tech=["ai"], **H)
goal("h0", "加快技术创新和治理模式构建", "中国正加快技术创新和治理模式构建", optional=True, opt_by=["huangdz"])  # section heading
# 吴世忠
W = dict(by=["wusz"])
w = "建议安全行业应与时俱进，加强安全研究，重视数据安全，建立网络安全保障体系，实现更智能的安全和更安全的智能"
goal("w1", "安全行业应与时俱进", w, **W)
goal("w2", "加强安全研究", w, **W)
goal("w3", "重视数据安全", w, opt_tech=["datasec"], **W)
goal("w4", "建立网络安全保障体系", w, opt_tech=["cybersec"], **W)
goal("w5", "实现更智能的安全和更安全的智能", w, **W)
# 邬江兴
U = dict(by=["wujx"])
goal("u0", "让AI应用系统安全向善", "邬江兴院士探讨了如何让AI应用系统安全向善", optional=True, opt_by=["wujx"], opt_tech=["ai"])
goal("u5", "安全用好人工智能", "从个性和共性两个层面分享了如何安全用好人工智能", optional=True, opt_by=["wujx"], opt_tech=["ai"])
goal("u1", "构建安全质量可承诺的信息物理系统设计理论与方法", tech=["cps"], **U)
u2 = "呼吁智能时代亟需正确的理论方向、亟待发展安全可信AI应用系统"
goal("u2", "亟需正确的理论方向", u2, optional=True, opt_by=["wujx"])
goal("u3", "发展安全可信AI应用系统", u2, tech=["ai"], **U)
goal("u4", "推动构建更安全、更可靠的网络环境", "推动构建更安全、更可靠的网络环境", optional=True, opt_by=["wujx"])  # section heading
# the forum's WeChat account and the forum's own aims
o = "同时，论坛官方公众号“风起江河”上线，普及网络安全知识，提升公众意识"
goal("o1", "普及网络安全知识", o, opt_body=["wechat-acct"], opt_tech=["cybersec"])
goal("o2", "提升公众意识", o, opt_body=["wechat-acct"])
f = "未来，北外滩网络安全论坛将继续发挥平台作用，推动技术创新、政策协同和产业融合，为构建更加安全、智能的网络空间贡献智慧与力量"
goal("f1", "继续发挥平台作用", f)
goal("f2", "推动技术创新、政策协同和产业融合", f)
goal("f3", "为构建更加安全、智能的网络空间贡献智慧与力量", f)
# promotes
rel("sjtu", "promotes", "ai")
rel("sh-cac", "promotes", "ai")
rel("hk-cpc", "promotes", "ai", optional=True)
rel("sjtu", "promotes", "cybersec", optional=True)
rel("sh-cac", "promotes", "cybersec", optional=True)
rel("hk-cpc", "promotes", "cybersec", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
