"""Gold annotation of forum-caict-trusted-cloud-conf-long-2023 (2023可信云大会在京召开, 嘶吼 企业资讯 2023-07-27), by hand per shared/eval/ANNOTATE.md (annotator annT16)."""
ID = "forum-caict-trusted-cloud-conf-long-2023"
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
    assert value in evidence or re.sub(r"[^0-9.]", "", value) in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=ev(evidence), optional=optional)

# Event and places
ent("conf", "Event", "2023年可信云大会", ["可信云大会", "2023可信云大会"])
ent("bj", "Place", "北京")
rel("conf", "locatedIn", "bj")
ent("cn", "Place", "我国", optional=True)
# Bodies
ent("caict", "Agency", "中国信息通信研究院", ["中国信通院"])
ent("cbd", "Agency", "中国信通院云计算与大数据研究所", ["云计算与大数据研究所"])
rel("cbd", "subOrganizationOf", "caict")
ent("cc", "Agency", "中国信通院云计算与大数据研究所云计算部", ["云计算部"])
rel("cc", "subOrganizationOf", "cbd")
ent("ccsa", "Organization", "中国通信标准化协会")
ent("cie", "Organization", "中国电子学会")
ent("isc", "Organization", "中国互联网协会")
ent("miit", "Agency", "工业和信息化部")
ent("miit-ict", "Agency", "工业和信息化部信息通信发展司", ["信息通信发展司"])
rel("miit-ict", "subOrganizationOf", "miit")
ent("cpc", "Agency", "党中央")
ent("sc", "Agency", "国务院")
ent("comm", "Organization", "推进委员会", optional=True)   # unnamed further (the CCSA's cloud promotion committee?)
ent("community", "Organization", "一云多芯应用创新生态社区", optional=True)
# People (posts as in the text; parents of the units optional)
for pid, name, org, post, parent in [
        ("zhangf", "张峰", "cie", "理事长", None),
        ("liuyl", "刘郁林", "miit-ict", "一级巡视员", "miit"),
        ("daixh", "代晓慧", "ccsa", "副理事长兼秘书长", None),
        ("chenjc", "陈家春", "isc", "常务副秘书长", None),
        ("weil", "魏亮", "caict", "副院长", None),
        ("hebh", "何宝宏", "cbd", "所长", "caict"),
        ("liw", "栗蔚", "cbd", "副所长", "caict"),
        ("maf", "马飞", "cc", "主任", "caict"),
        ("chenyl", "陈屹力", "cbd", "副总工", "caict"),
        ("yand", "闫丹", "cc", "副主任", "caict")]:
    ent(pid, "Person", name)
    rel(pid, "holdsPost", org, post=post)
    if parent:
        rel(pid, "holdsPost", parent, post=post, optional=True)
    rel(pid, "speaksAt", "conf")
# Documents
ent("wp", "Document", "云计算白皮书（2023年）", ["云计算白皮书"])
rel("wp", "publishedBy", "caict", optional=True)   # released by the conference, read out by 栗蔚 (CAICT)
rel("wp", "publishedBy", "ccsa", optional=True)
ent("rep", "Document", "中国算力服务研究报告（2023年）", ["中国算力服务研究报告"])
rel("rep", "publishedBy", "caict")                 # 魏亮发布并解读了…
ent("talent", "Document", "中国云计算人才发展趋势洞察")
rel("talent", "publishedBy", "caict", optional=True)
ent("soe-talk", "Document", "央国企云发展现状与趋势展望", optional=True)   # title of 马飞's talk
# Technologies
ent("cloud", "Technology", "云计算")
ent("ai", "Technology", "人工智能")
ent("bd", "Technology", "大数据")
ent("llm", "Technology", "大模型")
ent("chip", "Technology", "芯片")
for id, l, al in [("compute", "算力", ["算力服务"]), ("internet", "互联网", []), ("oneclouds", "一云多芯", []),
                  ("cloudnative", "云原生", []), ("cnsec", "云原生安全", []), ("dcloud", "分布式云", []),
                  ("zt", "零信任", []), ("cloudsec", "云安全", []), ("nextgen", "新一代信息技术", []),
                  ("digtech", "数字技术", []), ("cnet", "算力网络", []), ("dc", "数据中心", []),
                  ("platform", "可信算力服务平台", ["可信云服务网站"]), ("computenet", "算力互联网", [])]:
    ent(id, "Technology", l, al, optional=True)
for b in ("caict", "miit", "cie", "ccsa", "isc"):
    rel(b, "promotes", "cloud")
for b, t in [("caict", "compute"), ("caict", "oneclouds"), ("caict", "platform"), ("miit", "compute"), ("miit", "cnet"),
             ("miit", "dc"), ("miit", "nextgen"), ("isc", "compute"), ("isc", "computenet"), ("isc", "digtech")]:
    rel(b, "promotes", t, optional=True)

# Goals
# the initiative launched at the conference
goal("i1", "央国企高质量用云创新赋能计划", optional=True, opt_body=["caict"])
# 张峰 (中国电子学会): four suggestions, two verb phrases each
Z = dict(by=["zhangf"], body=["cie"])
for n, (i, gs, techs) in enumerate([
        ("一是积极促进技术创新，夯实信息通信产业基础能力", ["积极促进技术创新", "夯实信息通信产业基础能力"], [[], []]),
        ("二是不断完善产业生态，大力培育云计算创新应用体系", ["不断完善产业生态", "大力培育云计算创新应用体系"], [[], ["cloud"]]),
        ("三是提升产业人才能力，大力培养云计算创新人才队伍", ["提升产业人才能力", "大力培养云计算创新人才队伍"], [[], ["cloud"]]),
        ("四是加强国际组织合作，努力推进云计算全球化发展", ["加强国际组织合作", "努力推进云计算全球化发展"], [[], ["cloud"]])], 1):
    for k, (l, t) in enumerate(zip(gs, techs)):
        goal(f"z{n}{k}", l, i, tech=t, **Z)
# 刘郁林 (工业和信息化部): what the ministry does (past results: optional), then three suggestions
m = "工业和信息化部深入贯彻落实党中央、国务院决策部署，推动云计算等新一代信息技术向各行业融合渗透，助力经济社会数字化转型，在政策环境优化、产业规模增长、信任体系完善等方面取得了积极成效"
goal("l01", "推动云计算等新一代信息技术向各行业融合渗透", m, optional=True, opt_by=["liuyl"], opt_body=["miit"], opt_tech=["cloud", "nextgen"])
goal("l02", "助力经济社会数字化转型", m, optional=True, opt_by=["liuyl"], opt_body=["miit"])
L = dict(by=["liuyl"], body=["miit"], opt_body=["miit-ict"])
l1 = "一是强化基础设施建设，推进全国一体化算力网络国家枢纽节点和数据中心集群建设"
goal("l11", "强化基础设施建设", l1, **L)
goal("l12", "推进全国一体化算力网络国家枢纽节点和数据中心集群建设", l1, opt_tech=["cnet", "compute", "dc"], **L)
l2 = "二是不断完善产业生态，加快推进云计算技术、服务、标准以及应用等方面的发展"
# 不断完善产业生态: the same words as 张峰's z20, so one node with both speakers and both bodies
rel("liuyl", "proposes", "z20"); rel("miit", "hasGoal", "z20"); rel("miit-ict", "hasGoal", "z20", optional=True)
goal("l22", "加快推进云计算技术、服务、标准以及应用等方面的发展", l2, tech=["cloud"], **L)
l3 = "三是深化赋能行业转型，持续推动传统行业上云用云，不断提升以云计算为主的算力服务水平"
goal("l31", "深化赋能行业转型", l3, **L)
goal("l32", "持续推动传统行业上云用云", l3, opt_tech=["cloud"], **L)
goal("l33", "不断提升以云计算为主的算力服务水平", l3, tech=["cloud"], opt_tech=["compute"], **L)
# 代晓慧 (中国通信标准化协会): three suggestions for cloud standardisation
D = dict(by=["daixh"], body=["ccsa"])
for n, (i, gs) in enumerate([("一是贯彻国家相关政策，积极引领企业上好云用好云", ["贯彻国家相关政策", "积极引领企业上好云用好云"]),
                             ("二是广泛开展跨界合作，制定垂直行业云应用相关标准", ["广泛开展跨界合作", "制定垂直行业云应用相关标准"]),
                             ("三是促进供需侧有效对接，发挥推进委员会的平台作用", ["促进供需侧有效对接", "发挥推进委员会的平台作用"])], 1):
    for k, l in enumerate(gs):
        goal(f"d{n}{k}", l, i, opt_tech=["cloud"] if (n, k) in {(1, 1), (2, 1)} else [], **D)
# 陈家春 (中国互联网协会): four suggestions
C = dict(by=["chenjc"], body=["isc"])
for n, (i, gs, techs, opts) in enumerate([
        ("一是加快云计算关键技术创新，夯实数字技术底座", ["加快云计算关键技术创新", "夯实数字技术底座"], [["cloud"], []], [[], ["digtech"]]),
        ("二是优化基础设施建设布局，提升云服务供给质量", ["优化基础设施建设布局", "提升云服务供给质量"], [[], []], [[], ["cloud"]]),
        ("三是优化云计算与算力、网络的协同发展环境，筑基算力互联网", ["优化云计算与算力、网络的协同发展环境", "筑基算力互联网"],
         [["cloud"], []], [["compute"], ["computenet", "compute", "internet"]]),
        ("四是完善云计算产业生态建设，激发数字经济新动能", ["完善云计算产业生态建设", "激发数字经济新动能"], [["cloud"], []], [[], []])], 1):
    for k, l in enumerate(gs):
        goal(f"c{n}{k}", l, i, tech=techs[k], opt_tech=opts[k], **C)
# the upgraded platform (将…, 为满足…); who runs it is not said (the 可信云 brand is CAICT's)
P = dict(opt_body=["caict"], opt_tech=["compute", "platform"])
p = "随着算力成为数字经济时代的新型生产力，为满足行业用户对于算力服务的迫切需要，网站正式升级为可信算力服务平台，将逐步纳入智能算力服务、边缘算力服务、弹性算力服务、超算服务、算力交易、算网质量、算网大脑、视频渲染、算力时延圈等多种算力服务类型，同时探索算力调度服务等创新模式，为政府支撑、行业规范、用户选型提供重要参考"
goal("p1", "满足行业用户对于算力服务的迫切需要", p, **P)
goal("p2", "逐步纳入智能算力服务、边缘算力服务、弹性算力服务", p, **P)
goal("p3", "探索算力调度服务等创新模式", p, **P)
goal("p4", "为政府支撑、行业规范、用户选型提供重要参考", p, **P)
# 魏亮 (中国信通院): four directions
W = dict(by=["weil"], body=["caict"])
w = "魏亮还表示，未来算力服务发展需要从推进跨异构资源互联互通、积极探索应用场景、优化服务供给模式以及加强产业协作四方面展开，共创算力服务繁荣生态"
for id, l in [("w1", "推进跨异构资源互联互通"), ("w2", "积极探索应用场景"), ("w3", "优化服务供给模式"), ("w4", "加强产业协作")]:
    goal(id, l, w, **W)
goal("w5", "共创算力服务繁荣生态", w, opt_tech=["compute"], **W)
# 马飞 (中国信通院): what 央国企 should do, and CAICT's own work
goal("m0", "全面推进数字中国建设", optional=True, opt_by=["maf"])   # 国家…, background
M = dict(by=["maf"], body=["caict"])
m1 = "国资央企应加快上云步伐，加强云计算应用，推动自身数字化转型进程"
goal("m1", "加快上云步伐", m1, opt_tech=["cloud"], **M)
goal("m2", "加强云计算应用", m1, tech=["cloud"], **M)
goal("m3", "推动自身数字化转型进程", m1, **M)
m2 = "央国企深化用云正当时，应立足自身禀赋，合理选择上云路径，并从云化改造、云上全链路安全保障、云上生态建设及数据互联互通等多方面发力，推进上云用云进程"
goal("m4", "合理选择上云路径", m2, **M)
for id, l in [("m5", "云化改造"), ("m6", "云上全链路安全保障"), ("m7", "云上生态建设"), ("m8", "数据互联互通")]:
    goal(id, l, m2, **M)
goal("m9", "推进上云用云进程", m2, **M)
m3 = "在此背景下，中国信通院也正式开展央国企上云用云工作，在标准规范和产业研究等方面联合产业专家通力合作，助力央国企高质量上云用云"
goal("m10", "正式开展央国企上云用云工作", m3, **M)
goal("m11", "联合产业专家通力合作", m3, **M)
goal("m12", "助力央国企高质量上云用云", m3, **M)
# 闫丹 (中国信通院)
Y = dict(by=["yand"], body=["caict"])
y = "为保障云计算产业高速发展，云计算人才队伍的建设与培养势在必行"
goal("y1", "保障云计算产业高速发展", y, tech=["cloud"], **Y)
goal("y2", "云计算人才队伍的建设与培养", y, tech=["cloud"], **Y)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
