"""Gold annotation of forum-bcs2023-beijing-cybersecurity-conf-long-2023 (数智安全 内生为本，BCS2023北京网络安全大会开幕！), by hand per shared/eval/ANNOTATE.md (annotator ann32)."""
ID = "forum-bcs2023-beijing-cybersecurity-conf-long-2023"
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
    assert re.sub(r"[^0-9.]", "", value) in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=ev(evidence), optional=optional)

# Events and places
ent("conf", "Event", "2023全球数字经济大会数字安全高峰论坛暨BCS2023北京网络安全大会",
    ["BCS2023北京网络安全大会", "数字安全高峰论坛", "BCS大会", "BCS2023"])
ent("gdec", "Event", "2023全球数字经济大会", ["全球数字经济大会"])
ent("beijing", "Place", "北京")
ent("cnec", "Place", "国家会议中心", ["北京国家会议中心"], optional=True)
ent("egypt", "Place", "埃及", optional=True)
ent("singapore", "Place", "新加坡", optional=True)
ent("china", "Place", "我国", ["中国"], optional=True)
rel("conf", "locatedIn", "beijing")
rel("conf", "locatedIn", "cnec", optional=True)
rel("gdec", "locatedIn", "beijing", optional=True)  # the text places only the forum
# Documents
ent("d-init", "Document", "加强数字安全建设与保障", ["《加强数字安全建设与保障》倡议", "《加强数字安全建设与保障》"])
# Government bodies
ent("bj-cpc", "Agency", "北京市委")
ent("bj-gov", "Agency", "市政府", optional=True)  # 北京市政府, named only as 市政府
ent("cac", "Agency", "中央网信办")
ent("cac-cyb", "Agency", "网络安全协调局", ["中央网信办网络安全协调局"])
rel("cac-cyb", "subOrganizationOf", "cac")
ent("miit", "Agency", "工业和信息化部")
ent("miit-cyb", "Agency", "网络安全管理局", ["工业和信息化部网络安全管理局"])
rel("miit-cyb", "subOrganizationOf", "miit")
ent("mps", "Agency", "公安部")
ent("mps-cyb", "Agency", "网络安全保卫局", ["公安部网络安全保卫局"])
rel("mps-cyb", "subOrganizationOf", "mps")
ent("npc", "Agency", "全国人大", optional=True)   # named only in 全国人大代表
ent("cppcc", "Agency", "全国政协", optional=True)  # named only in 全国政协委员
ent("egypt-scc", "Agency", "埃及最高网络安全委员会", ["最高网络安全委员会"])
# Organisations
ent("cec", "Organization", "中国电子信息产业集团有限公司", ["中国电子"])
ent("un", "Organization", "联合国")
ent("cic", "Organization", "中国通信学会")
ent("cic-ds", "Organization", "数据安全委员会", ["中国通信学会数据安全委员会"])
rel("cic-ds", "subOrganizationOf", "cic")
ent("qax", "Organization", "奇安信集团", ["奇安信"])
ent("acfic", "Organization", "全国工商联")
ent("acfic-bd", "Organization", "全国工商联大数据运维（网络安全）委员会", ["大数据运维（网络安全）委员会"])
rel("acfic-bd", "subOrganizationOf", "acfic")
ent("idc", "Organization", "IDC")
ent("ccid", "Organization", "中国电子信息产业发展研究院")
ent("smu", "Organization", "新加坡管理大学")
ent("smu-sis", "Organization", "计算与信息系统学院", ["新加坡管理大学计算与信息系统学院"])
rel("smu-sis", "subOrganizationOf", "smu")
ent("cae", "Organization", "中国工程院")
ent("huawei", "Organization", "华为")
ent("columbia", "Organization", "哥伦比亚大学")
rel("d-init", "publishedBy", "qax")  # 奇安信集团与60家企业共同发起的《加强数字安全建设与保障》倡议
# People: (id, name, aliases, [(body, post, optional)])
P = [("jinw", "靳伟", [], [("bj-cpc", "常委", False), ("bj-gov", "党组成员、副市长", True)]),
     ("guot", "郭涛", [], [("cac-cyb", "副局长、一级巡视员", False)]),
     ("zhousq", "周少清", [], [("miit-cyb", "一级巡视员", False)]),
     ("kongcq", "孔长青", [], [("mps-cyb", "二级巡视员", False)]),
     ("zengy", "曾毅", [], [("cec", "党组书记、董事长", False)]),
     ("lijh", "李军华", [], [("un", "副秘书长", False)]),
     ("wulf", "武连峰", [], [("idc", "中国区副总裁兼首席分析师", False)]),
     ("zhangl", "张立", [], [("ccid", "院长", False), ("npc", "全国人大代表", True)]),
     ("qixd", "齐向东", [], [("qax", "董事长", False), ("acfic", "副主席", False), ("cppcc", "全国政协委员", True)]),
     ("zhufd", "朱飞达", [], [("smu-sis", "副院长", False)]),
     ("hafiz", "艾哈迈德·阿卜杜勒·哈菲兹", ["哈菲兹"], [("egypt-scc", "执行局主席", False)]),
     ("fangbx", "方滨兴", [], []),
     ("taojw", "陶景文", [], [("huawei", "董事、质量流程IT总裁", False)]),
     ("gurh", "顾荣辉", [], [("columbia", "计算机系教授", True)])]
for id, n, al, posts in P:
    ent(id, "Person", n, al)
    for org, post, opt in posts:
        rel(id, "holdsPost", org, post=post, optional=opt)
    rel(id, "speaksAt", "conf")
    rel(id, "speaksAt", "gdec", optional=True)  # the forum is one of the 全球数字经济大会's six summits
# Technologies
ent("zt", "Technology", "零信任", ["零信任安全"])
ent("web3", "Technology", "web3.0", ["第三代互联网"])
for id, l in [("endo", "内生安全"), ("datasec", "数据安全"), ("cybersec", "网络安全"), ("ict", "ICT"), ("digital-tech", "数字技术"),
              ("model-factory", "模型加工场"), ("tds", "可信数据空间"), ("kernel", "多核操作系统内核"), ("certik", "CertiK"),
              ("privacy", "隐私保护")]:
    ent(id, "Technology", l, optional=True)
# Statistics
stat("s-bcs", "BCS大会连续举办届数", "4届", "连续举办4届的BCS大会今年升级为全球数字经济大会网络安全板块", optional=True)
stat("s-60", "共同发起倡议的企业数", "60家", "奇安信集团与60家企业共同发起的《加强数字安全建设与保障》倡议也在开幕式上宣读")
stat("s-ict", "全球数字化转型支出占总体企业ICT支出的比例", "52%", "到2023年底，全球数字化转型支出占总体企业ICT支出的比例为52%")
stat("s-2000", "全球2000强公司总收入来自数字化产品、服务和体验的比例", "40%", "到2026年，全球2000强公司总收入来自数字化产品、服务和体验的比例为40%")
stat("s-zb", "全球新产生的数据量", "291ZB", "2027年，全球新产生的数据量为291ZB")
stat("s-tb", "全球每人新产生的数据", "35.3TB", "相当于全球每人新产生的数据35.3TB")
stat("s-21", "华为数据主权控制核心能力", "21项", "华为通过确立21项数据主权控制核心能力，构造出信息优势、决策优势和行动优势")

# the guests' recommendations (line 4) and the reporter's framing (line 27)
goal("n1", "推动网络安全行业健康高质量发展", lines[3].split("。")[2])
n2 = "面向数智时代的网络安全，需要依靠脚踏实地的实践与摸索，趟出一条真正可行的道路来"
goal("n2", "趟出一条真正可行的道路来", n2, optional=True)
goal("n3", "积极探索数智时代网络安全发展新路径")
# 中国通信学会数据安全委员会: its plan (line 5)
C = dict(body=["cic-ds"], opt_body=["cic"])
c0 = lines[4].split("。")[1]
for id, l in [("c1", "搭建产学研用交流平台"), ("c2", "建立高端智库"), ("c3", "推动数据安全相关技术标准的建立和健全"),
              ("c4", "推动科技成果与企业需求有效对接"), ("c5", "网络安全人才培养")]:
    goal(id, l, c0, **C)
goal("c6", "引领推动数据安全技术与产业快速发展", c0, opt_tech=["datasec"], **C)
rel("cic-ds", "promotes", "datasec", optional=True)
# the initiative's title
goal("i1", "加强数字安全建设与保障", lines[5].split("，")[1], optional=True, opt_body=["d-init", "qax"])
# 靳伟 (北京市委, 市政府): Beijing's tasks; a region as the subject, so hasGoal is optional
JW = dict(by=["jinw"], opt_body=["bj-cpc", "bj-gov"])
j0 = "深刻的把握数字安全的风险，有力的维护网络空间的安全，已经成为全社会必须面对和解决的重大难题"
goal("j01", "深刻的把握数字安全的风险", j0, **JW)
goal("j02", "有力的维护网络空间的安全", j0, **JW)
j1 = lines[27]
for id, l in [("j1", "以全球数字经济标杆城市建设为引领"), ("j2", "抢抓数字经济的发展机遇"), ("j3", "持续加强核心技术的创新突破"),
              ("j4", "加快抢占技术创新制高点"), ("j5", "繁荣壮大数字安全产业")]:
    goal(id, l, j1, **JW)
# 郭涛 (中央网信办网络安全协调局): the three tiers of responsibility for critical information infrastructure
G = dict(by=["guot"], body=["cac"], opt_body=["cac-cyb"])
g0 = lines[9].split("：")[1]
goal("g1", "运营者全面落实安全保护的主体责任", g0, **G)
goal("g2", "保护工作部门要落实好监督管理责任", g0, **G)
goal("g3", "国家有关职能部门的协调、监督、指导以及安全保卫责任", g0, optional=True, opt_by=["guot"], opt_body=["cac", "cac-cyb"])
# 周少清 (工业和信息化部网络安全管理局): aims named inside his assessment (optional)
Z = dict(optional=True, opt_by=["zhousq"], opt_body=["miit", "miit-cyb"])
z0 = "网络安全是护航数字经济发展引擎的关键，是数字时代构筑新优势、领先新赛道的前提"
goal("z1", "护航数字经济发展引擎", z0, opt_tech=["cybersec"], **Z)
goal("z2", "构筑新优势", z0, **Z)
goal("z3", "领先新赛道", z0, **Z)
# 孔长青 (公安部网络安全保卫局)
K = dict(by=["kongcq"], body=["mps"], opt_body=["mps-cyb"])
k0 = lines[11].split("认为，")[1].rstrip("。")
goal("k1", "筑牢网络安全防线", k0, **K)
goal("k2", "在统筹发展与安全过程中做优做强数字经济", k0, **K)
goal("k3", "在兼顾创新和实践过程中推进数据安全技术", k0, opt_tech=["datasec"], **K)
goal("k4", "在坚持可信与可控中筑牢数据安全屏障", k0, **K)
# 曾毅 (中国电子信息产业集团有限公司)
Y = dict(by=["zengy"], body=["cec"])
y0 = lines[12].split("”")[0]
goal("y1", "共同打造生态", y0, **Y)
goal("y2", "与国际一流企业、国内一流企业真正地协同起来、合作起来", y0, **Y)
goal("y3", "推动网络安全发展", y0, **Y)
y4 = lines[24].split("”")[0]
goal("y4", "以内生安全为主", y4, optional=True, opt_by=["zengy"], opt_body=["cec"], opt_tech=["endo"])
goal("y5", "把网络安全和信息系统的建设和未来智能化的发展有机地融合在一起", y4, **Y)
y6 = lines[24].split("曾毅说，")[1].rstrip("。")
goal("y6", "打造省级政府平台、数字部委平台，以及央企平台", y6, **Y)
goal("y7", "加速核心技术能力创新", y6, opt_body=["qax"], **Y)  # 将联合奇安信一起
goal("y8", "为各平台提供内生安全保障", y6, opt_body=["qax"], opt_tech=["endo"], **Y)
rel("cec", "promotes", "endo", optional=True)
# 哈菲兹 (埃及最高网络安全委员会)
H = dict(by=["hafiz"], opt_body=["egypt-scc"])
goal("h0", "新网络安全理念需要应运而生", lines[21].split("。")[1], optional=True, opt_by=["hafiz"], opt_body=["egypt-scc"])
goal("h1", "未来的网络安全应当是定制网络安全", lines[22], optional=True, opt_by=["hafiz"], opt_body=["egypt-scc"])
for id, l in [("h2", "准确识别自身所面临的威胁"), ("h3", "厘清自身拥有的业务资产"), ("h4", "确定明确目标和方向"), ("h5", "管理自身的网络安全风险")]:
    goal(id, l, lines[22], **H)
# 张立 (中国电子信息产业发展研究院): trends he foresees (forecasts, optional)
T = dict(optional=True, opt_by=["zhangl"], opt_body=["ccid"])
t0 = lines[17]
goal("t1", "数据安全将成为数字安全产业发展核心驱动力", t0, opt_tech=["datasec"], **T)
goal("t2", "数据确权与可信流通将推动数字安全产业健康持续发展", t0, **T)
goal("t3", "零信任安全创新将进入爆发期", t0, opt_tech=["zt"], **T)
rel("ccid", "promotes", "zt", optional=True)
# 齐向东 (奇安信集团)
Q = dict(by=["qixd"], body=["qax"])
q0 = lines[23].split("。")[1]
goal("q1", "用实战结果评估指导新的规划、建设、体系运行", q0, opt_tech=["endo"], **Q)
goal("q2", "保卫数智世界的安全", q0, opt_tech=["endo"], **Q)
goal("q3", "数智安全要以‘零事故’为目标", lines[28], **Q)
goal("q4", "业务不中断、数据不出事、合规不踩线", lines[28], optional=True, opt_by=["qixd"], opt_body=["qax"])
rel("qax", "promotes", "endo", optional=True)
# 方滨兴: what his 模型加工场 is for
F = dict(by=["fangbx"])
f0 = lines[29].split("。")[1]
goal("f1", "在隐私保护前提下充分发挥数据最大价值", f0, opt_tech=["privacy", "model-factory"], **F)
goal("f2", "打造数据要素流通交易可信数据空间的中国范式", f0, opt_tech=["tds"], **F)
# 顾荣辉
R0 = dict(by=["gurh"])
r0 = lines[31].split("。")[1]
goal("r1", "将前沿学术成果转化为企业级产品CertiK", r0, opt_tech=["certik"], **R0)
goal("r1b", "开发出多核操作系统内核", r0, optional=True, opt_by=["gurh"], opt_tech=["kernel"])
goal("r2", "为web3.0提供一站式安全解决方案", r0, tech=["web3"], **R0)
goal("r3", "防范第三代互联网技术背后的安全漏洞与实时攻击", r0, tech=["web3"], **R0)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
