"""Gold annotation of forum-ccid-digital-simulation-long-2020 (赛迪研究院举办“2020年制造业数字仿真解决方案对接会”), by hand per shared/eval/ANNOTATE.md."""
ID = "forum-ccid-digital-simulation-long-2020"
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
# Event, places, documents
ent("meet", "Event", "2020年制造业数字仿真解决方案对接会", ["制造业数字仿真解决方案对接会"])
ent("beijing", "Place", "北京")
ent("zone-svc", "Place", "国家服务业扩大开放综合示范区", optional=True)
ent("zone-ftz", "Place", "自由贸易示范区", optional=True)
ent("doc-iiot", "Document", "北京市工业互联网行动计划")
ent("doc-infra", "Document", "加快新型基础设施建设行动方案")
ent("doc-de", "Document", "促进数字经济创新发展行动纲要")
# Agencies
ent("miit", "Agency", "工业和信息化部")
ent("miit-itd", "Agency", "信息技术发展司", ["工业和信息化部信息技术发展司"])
rel("miit-itd", "subOrganizationOf", "miit")
ent("ccid", "Agency", "中国电子信息产业发展研究院", ["赛迪研究院"])
ent("ccid-is", "Organization", "赛迪智库信息化与软件产业研究所", ["信息化与软件产业研究所"])
rel("ccid-is", "subOrganizationOf", "ccid", optional=True)
ent("bjeit", "Agency", "北京市经济和信息化局")
# Organizations
ent("comac", "Organization", "中国商飞", optional=True)
ent("comac-bj", "Organization", "中国商飞北京民用飞机技术研究中心")
rel("comac-bj", "subOrganizationOf", "comac", optional=True)
ent("yundao", "Organization", "北京云道智造科技有限公司", ["云道智造"])
ent("pku", "Organization", "北京大学")
ent("thu", "Organization", "清华大学")
ent("cas", "Organization", "中国科学院", ["中科院"])
ent("cae", "Organization", "中国工程院")
ent("toai", "Organization", "走向智能研究院")
ent("peraglobal", "Organization", "安世亚太科技股份有限公司")
ent("gstarsoft", "Organization", "苏州浩辰软件股份有限公司")
ent("tongyuan", "Organization", "苏州同元软控信息技术有限公司")
ent("casic", "Organization", "中国航天科工集团")
ent("casic-bj", "Organization", "北京空天技术研究所", ["中国航天科工集团北京空天技术研究所"])
rel("casic-bj", "subOrganizationOf", "casic")
ent("crrc-tmt", "Organization", "中车株洲时代新材料科技股份有限公司")
ent("cisri", "Organization", "中国钢研科技集团有限公司")
ent("cisri-dc", "Organization", "数字化研究中心", ["中国钢研科技集团有限公司数字化研究中心"])
rel("cisri-dc", "subOrganizationOf", "cisri")
ent("dfl-di", "Organization", "东风设计研究院")
ent("dfl-tc", "Organization", "技术中心", ["东风设计研究院技术中心"])
rel("dfl-tc", "subOrganizationOf", "dfl-di")
ent("sgjy", "Organization", "北京世冠金洋科技发展有限公司")
ent("cicc", "Organization", "中国国际金融股份有限公司")
ent("cicc-ib", "Organization", "投资银行部", ["中国国际金融股份有限公司投资银行部"])
rel("cicc-ib", "subOrganizationOf", "cicc")
ent("nidm", "Organization", "国家数字化设计与制造创新中心（北京中心）", ["国家数字化设计与制造创新中心"])
ent("bjdm", "Organization", "北京数字化设计与制造产业创新中心")
ent("itsw", "Organization", "工业技术软件化创新中心")
# People and posts
P = [("wangjw", "王建伟", [], [("miit-itd", "副司长")]),
     ("huangzh", "黄子河", [], [("ccid", "副院长")]),
     ("zhangj", "张军", [], [("comac-bj", "党委书记、主任")]),
     ("guj", "顾谨栩", ["顾瑾栩"], [("bjeit", "总工程师")]),
     ("zhangpw", "张平文", [], [("pku", "副校长")]),
     ("jiangx", "蒋欣", [], [("comac-bj", "副主任")]),
     ("zhaom", "赵敏", [], [("toai", "执行院长")]),
     ("qukf", "屈凯峰", [], [("yundao", "董事长")]),
     ("tianf", "田锋", [], [("peraglobal", "高级副总裁")]),
     ("lianghx", "梁海霞", [], [("gstarsoft", "副总裁")]),
     ("liuq", "刘奇", [], [("tongyuan", "副总经理")]),
     ("jinl", "金亮", [], [("casic-bj", "副总师")]),
     ("bujl", "卜继玲", [], []),
     ("suh", "苏航", [], [("cisri-dc", "主任")]),
     ("zhouh", "周欢", [], [("dfl-tc", "副主任")]),
     ("lijy", "李京燕", [], [("sgjy", "董事长")]),
     ("wuzy", "吴占宇", [], [("cicc-ib", "执行总经理")])]
for id, n, al, posts in P:
    ent(id, "Person", n, al)
    for org, post in posts:
        rel(id, "holdsPost", org, post=post)
rel("bujl", "holdsPost", "crrc-tmt", post="CAE首席专家", optional=True)
# who speaks: the four quoted, the two keynotes, the eleven who shared; 张军 only attended
for p in ("wangjw", "huangzh", "guj", "zhangpw", "jiangx", "zhaom", "qukf", "tianf", "lianghx", "liuq", "jinl",
          "bujl", "suh", "zhouh", "lijy", "wuzy"):
    rel(p, "speaksAt", "meet")
rel("zhangj", "speaksAt", "meet", optional=True)
# Technologies
ent("dsim", "Technology", "数字仿真", ["数字仿真技术", "制造业数字仿真"])
ent("iiot", "Technology", "工业互联网")
ent("dtwin", "Technology", "数字孪生")
ent("cfd", "Technology", "计算流体力学", ["CFD"])
ent("cps", "Technology", "信息物理系统")
ent("eda", "Technology", "EDA", ["设计仿真EDA"], optional=True)
ent("caet", "Technology", "CAE", optional=True)
ent("it", "Technology", "信息技术", optional=True)
ent("comp", "Technology", "计算机技术", optional=True)
ent("app", "Technology", "工业APP", optional=True)
ent("nwt", "Technology", "数值风洞", optional=True)
ent("ddesign", "Technology", "数字化设计", optional=True)
ent("plm", "Technology", "产品全生命周期管理", optional=True)
# Statistic
stat("s-att", "参会人数", "200余人", "部分地方工业和信息化主管部门相关工作负责人以及企业代表共200余人参加了本次会议")
# Goals: the meeting's aims (hosted by 赛迪研究院 and 云道智造)
mtg = "聚焦仿真产业发展，探讨制造业数字仿真的应用场景、演进趋势和实施路径，以求深化供需对接和产业合作，加快打造各方协同创新的良好局面"
goal("m1", "深化供需对接和产业合作", mtg, opt_body=["ccid", "yundao"])
goal("m2", "加快打造各方协同创新的良好局面", mtg, opt_body=["ccid", "yundao"])
goal("m0", "探讨制造业数字仿真的应用场景、演进趋势和实施路径", mtg, optional=True, opt_body=["ccid", "yundao"], opt_tech=["dsim"])
# 王建伟 (工业和信息化部信息技术发展司)
W = dict(by=["wangjw"], body=["miit"], opt_body=["miit-itd"])
goal("w0", "扎实推进数字仿真技术发展", tech=["dsim"], **W)
goal("w00", "为做好信息化和工业化深度融合这篇大文章奠定良好基础", **W)
goal("w1", "突破关键技术", **W)
goal("w1a", "加快推进数字仿真领域的核心技术攻关", tech=["dsim"], **W)
goal("w2", "强化平台支撑", **W)
goal("w2a", "打造多层次工业互联网平台体系", tech=["iiot"], **W)
goal("w2b", "加强工业机理模型库建设", **W)
goal("w3", "深化行业应用", "三是深化行业应用，打造数字化设计、数字孪生工厂、产品全生命周期管理等新模式", **W)
goal("w3a", "打造数字化设计、数字孪生工厂、产品全生命周期管理等新模式", tech=["dtwin"], opt_tech=["ddesign", "plm"], **W)
goal("w4", "构建创新生态", "四是构建创新生态，构建多方参与、跨界融通、合作共赢的产业发展格局", **W)
goal("w4a", "构建多方参与、跨界融通、合作共赢的产业发展格局", **W)
for t in ("dsim", "iiot", "dtwin"):
    rel("miit", "promotes", t)
# 黄子河 (赛迪研究院)
H = dict(by=["huangzh"], body=["ccid"])
hz = "为推动数字仿真产业发展壮大，进一步与社会各界深化合作，不断提升服务国家战略及工业和信息化领域的专业化能力，共同推动数字仿真产业发展壮大，下一步重点做好四方面工作"
goal("h01", "推动数字仿真产业发展壮大", hz, tech=["dsim"], **H)
goal("h02", "进一步与社会各界深化合作", hz, **H)
goal("h03", "不断提升服务国家战略及工业和信息化领域的专业化能力", hz, **H)
goal("h1", "聚焦前沿研究", **H)
goal("h1a", "围绕数字仿真领域持续开展基础性、战略性、前瞻性研究", tech=["dsim"], **H)
goal("h1b", "为国家重大政策制定和重大工程实施建言献策", **H)
goal("h2", "聚焦行业应用", **H)
goal("h2a", "深化与制造企业、数字仿真企业合作", opt_tech=["cps", "app"], **H)
goal("h3", "聚焦生态培育", **H)
goal("h3a", "积极打造资源共享、合作共赢的创新生态体系", **H)
goal("h4", "聚焦交流合作", **H)
goal("h4a", "不断提升品牌的国际影响力", **H)
rel("ccid", "promotes", "dsim")
rel("ccid", "promotes", "cps", optional=True)
# 顾瑾栩 (北京市经济和信息化局): past measures (optional) and the next step
B = dict(by=["guj"], opt_body=["bjeit"])
for id, l in [("bp1", "先后印发北京市工业互联网行动计划、加快新型基础设施建设行动方案、促进数字经济创新发展行动纲要"),
              ("bp2", "大力支持设计仿真EDA、CAE和工业领域关键工具型软件开发"),
              ("bp3", "推动国家数字化设计与制造创新中心（北京中心）落地"),
              ("bp4", "创建北京数字化设计与制造产业创新中心、工业技术软件化创新中心")]:
    goal(id, l, optional=True, **B)
rel("bp2", "involvesTechnology", "eda", optional=True)
rel("bp2", "involvesTechnology", "caet", optional=True)
goal("b1", "加快打造引领全国数字仿真发展的产业高地", tech=["dsim"], **B)
goal("b0", "紧抓打造国家服务业扩大开放综合示范区和自由贸易示范区的发展契机", optional=True, **B)
rel("bjeit", "promotes", "dsim", optional=True)
rel("bjeit", "promotes", "iiot", optional=True)
# 张平文: a trend he describes, not a task he sets
goal("z1", "推动传统仿真模拟模式向全生命周期数字工程系统转变", optional=True, opt_by=["zhangpw"], opt_tech=["cfd"])
goal("z0", "企业数字化转型", optional=True, opt_by=["zhangpw"])

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
