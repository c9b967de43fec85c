"""Gold annotation of forum-isc-ai-2024-opening-long-2024 (聚焦ISC.AI 2024 | 共建安全+AI新生态，ISC.AI 2024第十二届互联网安全大会在京开幕), by hand per shared/eval/ANNOTATE.md."""
ID = "forum-isc-ai-2024-opening-long-2024"
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
ent("isc", "Event", "第十二届互联网安全大会", ["ISC.AI 2024", "ISC.AI 2024第十二届互联网安全大会", "ISC大会"])
ent("ai-summit", "Event", "人工智能峰会")
ent("sh-summit", "Event", "ISC.AI 2024上海AI峰会", ["上海AI峰会"])
ent("sandbox", "Event", "创新独角兽沙盒大赛", optional=True)
ent("isc-talk", "Event", "ISC开讲啦", optional=True)
ent("beijing", "Place", "北京")
ent("shanghai", "Place", "上海")
ent("chaoyang", "Place", "朝阳区", ["北京市朝阳区"])
ent("china", "Place", "中国", ["我国"], optional=True)
rel("isc", "locatedIn", "beijing")
rel("sh-summit", "locatedIn", "shanghai", optional=True)
# Hosts and organisers
ent("isc-org", "Organization", "中国信息安全", optional=True)
for id, l in [("isc-a", "中国互联网协会"), ("caai", "中国人工智能学会"), ("csia", "中国软件行业协会"), ("q360-c", "360互联网安全中心"),
              ("zgc-ai", "中关村数智人工智能产业联盟"), ("bj-iif", "北京信息化和工业化融合服务联盟"), ("llm-al", "大模型产业联盟")]:
    ent(id, "Organization", l)
ent("ccf", "Organization", "中国计算机学会")
ent("ccf-cs", "Organization", "计算机安全专业委员会", ["中国计算机学会计算机安全专业委员会"])
rel("ccf-cs", "subOrganizationOf", "ccf")
ent("caai-sec", "Organization", "人工智能与安全专业委员会", ["中国人工智能学会人工智能与安全专业委员会"])
rel("caai-sec", "subOrganizationOf", "caai")
ent("cac-a", "Organization", "中国网络空间安全协会")
ent("cac-a-ai", "Organization", "人工智能安全治理专业委员会", ["中国网络空间安全协会人工智能安全治理专业委员会"])
rel("cac-a-ai", "subOrganizationOf", "cac-a")
ent("isc-plat", "Organization", "ISC平台", optional=True)
ent("hongke", "Organization", "红客社区", ["安全KER社区"], optional=True)
ent("q360", "Organization", "360")
rel("q360-c", "subOrganizationOf", "q360", optional=True)
# Bodies of the speakers
ent("cac", "Agency", "中央网络安全和信息化委员会办公室")
ent("cac-s", "Agency", "国家互联网信息办公室", ["国家网信办"])
ent("acfic", "Organization", "全国工商联")
ent("cppcc-sl", "Agency", "全国政协社会和法制委员会", ["十三届全国政协社会和法制委员会"])
ent("cafp", "Organization", "中国友谊促进会")
ent("mps", "Agency", "公安部")
ent("npc-sc", "Agency", "全国人民代表大会社会建设委员会", ["十三届全国人民代表大会社会建设委员会"])
ent("wic", "Organization", "世界互联网大会")
ent("miit", "Agency", "工业和信息化部")
ent("miit-cs", "Agency", "网络安全管理局", ["工业和信息化部网络安全管理局"])
rel("miit-cs", "subOrganizationOf", "miit")
ent("bjeit", "Agency", "北京市经济和信息化局")
ent("cy-cpc", "Agency", "朝阳区委", ["北京市朝阳区委"])
ent("cy-gov", "Agency", "朝阳区人民政府", ["区人民政府"])
ent("zgc-cy", "Agency", "中关村科技园区朝阳园党工委")
ent("cae", "Organization", "中国工程院")
# People, posts, speeches
P = [("wangjt", "王京涛", [("cac", "副主任", False), ("cac-s", "副主任", False)]),
     ("wanghy", "汪鸿雁", [("acfic", "党组成员、副主席", False)]),
     ("chenzm", "陈智敏", [("cppcc-sl", "副主任", False), ("cafp", "理事长", False), ("mps", "原副部长", True), ("cac-s", "原副主任", True)]),
     ("renxl", "任贤良", [("npc-sc", "副主任委员", False), ("wic", "秘书长", False), ("cac-s", "原副主任", True)]),
     ("suij", "隋静", [("miit-cs", "局长", False)]),
     ("guj", "顾瑾栩", [("bjeit", "党组成员、副局长", False)]),
     ("shubl", "舒毕磊", [("cy-cpc", "常委", False), ("cy-gov", "党组成员、副区长", False), ("zgc-cy", "书记(兼)", False)]),
     ("wuhq", "邬贺铨", [])]
for id, n, posts in P:
    ent(id, "Person", n)
    for org, post, opt in posts:
        rel(id, "holdsPost", org, post=post, optional=opt)
    rel(id, "speaksAt", "isc")
# Technologies
ent("ai", "Technology", "人工智能", ["AI", "人工智能技术"])
ent("llm", "Technology", "大模型", ["AI大模型", "安全大模型"])
ent("bigdata", "Technology", "大数据")
ent("ind-llm", "Technology", "行业大模型", optional=True)
ent("small", "Technology", "小模型", optional=True)
ent("aisearch", "Technology", "360AI搜索", ["i搜"], optional=True)
ent("aibrowser", "Technology", "360AI浏览器", optional=True)
ent("zhinao", "Technology", "360智脑大模型", optional=True)
ent("digsec", "Technology", "数字安全", optional=True)
ent("aisec", "Technology", "AI+安全", ["“AI+安全”", "安全+AI"], optional=True)

# Goals: the meeting's theme and aim
hosts = ["isc-a", "caai", "csia", "q360-c"]
th = "本届大会以“打造安全大模型，引领安全行业革命”为主题，旨在呼吁业界利用大模型重塑安全体系，护航数字经济稳健发展"
goal("t1", "打造安全大模型", th, optional=True, opt_body=hosts, opt_tech=["llm"])
goal("t2", "引领安全行业革命", th, optional=True, opt_body=hosts)
goal("t3", "利用大模型重塑安全体系", th, tech=["llm"], opt_body=hosts)
goal("t4", "护航数字经济稳健发展", th, opt_body=hosts)
goal("h1", "构建“安全+AI”创新生态", lines[4], optional=True, opt_tech=["ai", "aisec"])
goal("h2", "加速千行百业转型升级", lines[5], optional=True)
# 王京涛 (中央网信办、国家网信办)
W = dict(by=["wangjt"], body=["cac"], opt_body=["cac-s"])
w = "要强化协调联动，构建纵深布防的国家网络安全防护体系，突出重点防护，不断提升关键信息基础设施的安全韧性"
for id, l in [("w1", "强化协调联动"), ("w2", "构建纵深布防的国家网络安全防护体系"), ("w3", "突出重点防护"),
              ("w4", "不断提升关键信息基础设施的安全韧性")]:
    goal(id, l, w, **W)
w2 = "同时要夯实工作基础，加快构建教育、技术、产业融合发展的良性形态"
goal("w5", "夯实工作基础", w2, **W)
goal("w6", "加快构建教育、技术、产业融合发展的良性形态", w2, **W)
# 汪鸿雁 (全国工商联): tasks she sets for private firms
H = dict(by=["wanghy"], opt_body=["acfic"])
hy = "相关行业领域的民营企业要主动融入国家战略发展大局，以服务健全国家安全体系、引领新一轮科技革命为目标，积极投身全面深化改革重大战略任务"
for id, l in [("y1", "主动融入国家战略发展大局"), ("y2", "服务健全国家安全体系"), ("y3", "引领新一轮科技革命"),
              ("y4", "积极投身全面深化改革重大战略任务")]:
    goal(id, l, hy, **H)
hy2 = "要练好创新内功，开展基础理论创新，重大问题研究和关键核心技术的攻关"
goal("y5", "练好创新内功", hy2, **H)
goal("y6", "开展基础理论创新", hy2, **H)
goal("y7", "重大问题研究", hy2, optional=True, opt_by=["wanghy"])
goal("y8", "关键核心技术的攻关", hy2, **H)
hy3 = "广大科技企业要要坚持科技向上向善，积极参与行业合规建设，不断完善企业治理结构和管理制度"
for id, l in [("y9", "坚持科技向上向善"), ("y10", "积极参与行业合规建设"), ("y11", "不断完善企业治理结构和管理制度")]:
    goal(id, l, hy3, **H)
# 陈智敏: the paragraph's lead (optional, not in his quoted words) and his remarks
cl = "发展人工智能要坚持“以人为本”，坚持“共同、综合、合作、可持续”的安全观和“科技向善”原则"
goal("c0", "坚持“以人为本”", cl, optional=True, opt_by=["chenzm"], opt_tech=["ai"])
goal("c01", "坚持“共同、综合、合作、可持续”的安全观和“科技向善”原则", cl, optional=True, opt_by=["chenzm"])
C = dict(by=["chenzm"], opt_body=["cppcc-sl"])
cz = "在保障好数据安全的前提下，人工智能发展的当务之急是构建与新质生产力相适应的新型生产关系，同时要完善法律制度并加强国际合作"
goal("c1", "保障好数据安全", cz, optional=True, opt_by=["chenzm"])
goal("c2", "构建与新质生产力相适应的新型生产关系", cz, opt_tech=["ai"], **C)
goal("c3", "完善法律制度", cz, **C)
goal("c4", "加强国际合作", cz, **C)
# 任贤良
RX = dict(by=["renxl"], opt_body=["wic", "npc-sc"])
rx = "要倡导遵守网络空间国际规则，把防控网络安全风险放在人工智能发展与治理的重要位置"
goal("r1", "倡导遵守网络空间国际规则", rx, **RX)
goal("r2", "把防控网络安全风险放在人工智能发展与治理的重要位置", rx, tech=["ai"], **RX)
rx2 = "此外，广大安全企业应以技术为本，深入研究人工智能等重点领域，构建跨领域、多层次的数字安全技术产品和服务创新体系，同时注重开放合作，推动协同共治"
goal("r3", "以技术为本", rx2, optional=True, opt_by=["renxl"])
goal("r4", "深入研究人工智能等重点领域", rx2, tech=["ai"], **RX)
goal("r5", "构建跨领域、多层次的数字安全技术产品和服务创新体系", rx2, opt_tech=["digsec"], **RX)
goal("r6", "注重开放合作", rx2, **RX)
goal("r7", "推动协同共治", rx2, **RX)
# 隋静 (工业和信息化部网络安全管理局)
S = dict(by=["suij"], body=["miit"], opt_body=["miit-cs"])
sj = "未来将加快培育新支柱新赛道，推动安全产品集约化、高端化智能化发展"
goal("s1", "加快培育新支柱新赛道", sj, **S)
goal("s2", "推动安全产品集约化、高端化智能化发展", sj, **S)
goal("s3", "促进供需两端有效对接", **S)
goal("s4", "强化新型工业化保障能力", **S)
sj3 = "此外，在积极防范人工智能等新技术带来的安全风险，持续开展筑网系列实网攻防演练的同时，加强网络协同，构建产业生态"
goal("s5", "积极防范人工智能等新技术带来的安全风险", sj3, tech=["ai"], **S)
goal("s6", "持续开展筑网系列实网攻防演练", sj3, **S)
goal("s7", "加强网络协同", sj3, **S)
goal("s8", "构建产业生态", sj3, **S)
# 顾瑾栩 (北京市经济和信息化局): 北京要… (a region as subject: hasGoal optional)
G = dict(by=["guj"], opt_body=["bjeit"])
gj = "北京要发挥首都核心优势，加强创新体系建设，提升创新产业发展能级，完善创新产业生态，为首都数字经济高质量发展提供强劲动能"
for id, l in [("g1", "发挥首都核心优势"), ("g2", "加强创新体系建设"), ("g3", "提升创新产业发展能级"), ("g4", "完善创新产业生态"),
              ("g5", "为首都数字经济高质量发展提供强劲动能")]:
    goal(id, l, gj, **G)
# 舒毕磊 (朝阳区): 朝阳区将… ; the fusion aim is also the lead of 顾瑾栩's paragraph (one node)
sb = "未来朝阳区将一如既往支持以360为代表的创新企业，通过技术创新和携手合作，推动人工智能技术与数字安全融合创新、协同发展，共同构建安全可信、可控的发展生态"
B = dict(by=["shubl"], opt_body=["cy-gov", "cy-cpc"])
goal("b1", "一如既往支持以360为代表的创新企业", sb, **B)
goal("b2", "推动人工智能技术与数字安全融合创新、协同发展", sb, tech=["ai"], opt_tech=["digsec"], opt_by=["guj"], **B)
goal("b3", "共同构建安全可信、可控的发展生态", sb, **B)
# 邬贺铨
wh = "大模型提供方与垂直行业合作开发行业大模型，将大模型拆分成模块提供服务，将有利于中小型企业更容易地应用AI大模型"
goal("u1", "大模型提供方与垂直行业合作开发行业大模型", wh, by=["wuhq"], tech=["llm"], opt_tech=["ind-llm"])
goal("u2", "将大模型拆分成模块提供服务", wh, by=["wuhq"], tech=["llm"])
goal("u3", "中小型企业更容易地应用AI大模型", wh, by=["wuhq"], tech=["llm"])
goal("u4", "注重创新升级数字安全防护措施", by=["wuhq"])
# the organisers' invitation and the section heading (optional)
goal("x0", "打造沉浸式智能化参会体验", lines[15], optional=True, opt_body=["q360"])
goal("x1", "共同探索“数字安全和人工智能”的领域最前沿", optional=True, opt_tech=["ai", "digsec"])
# promotes
rel("q360", "promotes", "llm", optional=True)
rel("q360", "promotes", "ai", optional=True)
rel("cy-gov", "promotes", "ai", optional=True)
rel("miit", "promotes", "ai", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
