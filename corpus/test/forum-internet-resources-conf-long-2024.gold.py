"""Gold annotation of forum-internet-resources-conf-long-2024 (聚焦 | 2024（第五届）中国互联网基础资源大会在京召开), by hand per shared/eval/ANNOTATE.md."""
ID = "forum-internet-resources-conf-long-2024"
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
# Event, places, document
ent("conf", "Event", "2024（第五届）中国互联网基础资源大会", ["中国互联网基础资源大会", "第五届中国互联网基础资源大会"])
ent("plenum3", "Event", "党的二十届三中全会", ["二十届三中全会"])
ent("launch", "Event", "“CNNIC智库+”启动仪式", ["CNNIC智库+启动仪式"], optional=True)
ent("beijing", "Place", "北京")
ent("china", "Place", "中国", optional=True)
ent("apac", "Place", "亚太区", optional=True)
rel("conf", "locatedIn", "beijing")
ent("report", "Document", "生成式人工智能应用发展报告（2024）", ["《生成式人工智能应用发展报告（2024）》"])
# Organisers and bodies
ent("cnnic", "Organization", "中国互联网络信息中心", ["CNNIC"])
ent("cas", "Organization", "中国科学院")
ent("cas-cnic", "Organization", "中国科学院计算机网络信息中心", ["计算机网络信息中心"])
rel("cas-cnic", "subOrganizationOf", "cas")
ent("isc", "Organization", "中国互联网协会")
ent("miit", "Agency", "工业和信息化部")
ent("miit-stc", "Agency", "信息通信科学技术委员会", ["工业和信息化部信息通信科学技术委员会"])
rel("miit-stc", "subOrganizationOf", "miit")
ent("apnic", "Organization", "亚太互联网络信息中心", ["APNIC"])
ent("cae", "Organization", "中国工程院")
ent("isc-wc", "Organization", "中国互联网协会互联网基础资源工作委员会", ["互联网基础资源工作委员会"])
rel("isc-wc", "subOrganizationOf", "isc")
ent("phish", "Organization", "公共互联网反网络钓鱼工作组")
ent("ngi-group", "Organization", "下一代互联网基础资源技术创新推进组")
ent("thinktank", "Organization", "CNNIC智库+", optional=True)
ent("ietf", "Organization", "IETF")
ent("icann", "Organization", "ICANN")
ent("ipalliance", "Organization", "IP地址分配联盟")
rel("report", "publishedBy", "cnnic", optional=True)
# People
P = [("shanzd", "单忠德", [("miit", "党组成员、副部长", False)]),
     ("hanx", "韩夏", [("miit-stc", "常务副主任兼秘书长", False)]),
     ("luojr", "罗嘉荣", [("apnic", "总裁", False)]),
     ("wuhq", "邬贺铨", []),
     ("lujh", "陆建华", []),
     ("zhanghk", "张宏科", []),
     ("fengdg", "冯登国", []),
     ("sundg", "孙德刚", [("cas-cnic", "党委书记、副主任（主持工作）", False)]),
     ("liuyl", "刘郁林", [("cnnic", "主任、党委书记", False)])]
for id, n, posts in P:
    ent(id, "Person", n)
    for org, post, opt in posts:
        rel(id, "holdsPost", org, post=post, optional=opt)
    rel(id, "speaksAt", "conf")
ent("xi", "Person", "习近平", optional=True)
# Technologies
for id, l, al in [("ngi", "下一代互联网", []), ("ngmobile", "下一代移动通信", []), ("advcomp", "先进计算", []),
                  ("blockchain", "区块链", []), ("bigdata", "大数据", []), ("ai", "人工智能", ["AI", "人工智能技术"]),
                  ("agi", "通用人工智能", []), ("iiot-id", "工业互联网标识", ["工业互联网"]), ("ipv6", "IPv6", []),
                  ("ipv4", "IPv4", []), ("5g", "5G", []), ("iot", "物联网", []), ("cpn", "算力网络", []),
                  ("satnet", "卫星互联网", []), ("llm", "大模型", [])]:
    ent(id, "Technology", l, al)
for id, l, al in [("ngit", "新一代信息技术", []), ("nettech", "网络技术", []), ("cn-domain", "中文域名", []),
                  ("addr", "网络寻址解析", []), ("sky-ground", "天地一体网络", []), ("satnet-arch", "卫星网络", ["新型卫星网络"]),
                  ("agent-id", "智能体小程序标识", []), ("meta-id", "元数据标识", []), ("resil", "弹性安全技术", []),
                  ("datainfra", "数据基础设施", []), ("newtech", "新技术", []), ("digitech", "数字技术", [])]:
    ent(id, "Technology", l, al, optional=True)

# Goals: the meeting's theme (optional, for the three hosts)
hosts = ["cnnic", "cas-cnic", "isc"]
goal("t1", "筑牢互联网络根基", optional=True, opt_body=hosts)
goal("t2", "促进实数深度融合", lines[2], optional=True, opt_body=hosts)
# 单忠德 (工业和信息化部)
S = dict(by=["shanzd"], body=["miit"])
s0 = "工业和信息化部深入贯彻落实习近平总书记重要指示批示精神，全面落实党的二十届三中全会决策部署，大力推进新型工业化，深入实施制造强国和网络强国战略，推动信息通信业实现跨越式发展"
goal("s01", "深入贯彻落实习近平总书记重要指示批示精神", s0, optional=True, opt_by=["shanzd"], opt_body=["miit"])
goal("s02", "全面落实党的二十届三中全会决策部署", s0, optional=True, opt_by=["shanzd"], opt_body=["miit"])
goal("s03", "大力推进新型工业化", s0, **S)
goal("s04", "深入实施制造强国和网络强国战略", s0, **S)
goal("s05", "推动信息通信业实现跨越式发展", s0, **S)
s1 = "要加快前瞻布局，聚焦下一代互联网、下一代移动通信、先进计算、区块链、大数据、人工智能等强化科研攻关，加快互联网基础资源领域技术攻关，抢占未来科技制高点"
goal("s1", "加快前瞻布局", s1, **S)
goal("s2", "强化科研攻关", s1,
     tech=["ngi", "ngmobile", "advcomp", "blockchain", "bigdata", "ai"], **S)
goal("s3", "加快互联网基础资源领域技术攻关", s1, **S)
goal("s4", "抢占未来科技制高点", s1, **S)
s2 = "要深化融合发展，推动新一代信息技术、网络技术、人工智能在制造业全行业全链条普及应用，增强产业升级新动能"
goal("s5", "深化融合发展", s2, **S)
goal("s6", "人工智能在制造业全行业全链条普及应用", s2, tech=["ai"], opt_tech=["ngit", "nettech"], **S)
goal("s7", "增强产业升级新动能", s2, **S)
s3 = "要坚持底线思维，利用人工智能、区块链等新技术持续提升互联网基础资源安全保障能力，锻造安全保障硬实力"
goal("s8", "坚持底线思维", s3, **S)
goal("s9", "持续提升互联网基础资源安全保障能力", s3, tech=["ai", "blockchain"], opt_tech=["newtech"], **S)
goal("s10", "锻造安全保障硬实力", s3, **S)
s4 = "要拓展国际合作，深化数字领域国际共识，提升网络空间话语权，推动构建网络空间命运共同体"
for id, l in [("s11", "拓展国际合作"), ("s12", "深化数字领域国际共识"), ("s13", "提升网络空间话语权"), ("s14", "推动构建网络空间命运共同体")]:
    goal(id, l, s4, **S)
# 韩夏 (工业和信息化部信息通信科学技术委员会)
H = dict(by=["hanx"], body=["miit-stc"], opt_body=["miit"])
h1 = "要进一步强化核心技术突破，加快推动下一代互联网、通用人工智能等前沿技术研发和应用推广，推动中文域名、工业互联网标识和网络寻址解析等的研究和实践应用"
goal("h1", "进一步强化核心技术突破", h1, **H)
goal("h2", "加快推动下一代互联网、通用人工智能等前沿技术研发和应用推广", h1, tech=["ngi", "agi"], **H)
goal("h3", "推动中文域名、工业互联网标识和网络寻址解析等的研究和实践应用", h1, tech=["iiot-id"], opt_tech=["cn-domain", "addr"], **H)
h2 = "要与国际互联网社群广泛互动，积极参与国际标准和规则制定，推动全球互联网治理体系不断完善"
goal("h4", "与国际互联网社群广泛互动", h2, **H)
goal("h5", "积极参与国际标准和规则制定", h2, **H)
goal("h6", "推动全球互联网治理体系不断完善", h2, **H)
# 罗嘉荣 (APNIC)
L = dict(by=["luojr"], body=["apnic"])
l0 = "APNIC通过分配IP地址和AS号码等互联网数字资源，支持亚太区互联网发展，并与中国互联网络信息中心（CNNIC）密切合作，共同推动中国IP地址资源发展"
goal("l01", "支持亚太区互联网发展", l0, optional=True, opt_by=["luojr"], opt_body=["apnic"])
goal("l02", "共同推动中国IP地址资源发展", l0, optional=True, opt_by=["luojr"], opt_body=["apnic", "cnnic"])
l1 = "应大力推动IPv6部署和应用，共同促进IPv6生态链不断走向成熟"
goal("l1", "大力推动IPv6部署和应用", l1, tech=["ipv6"], **L)
goal("l2", "共同促进IPv6生态链不断走向成熟", l1, tech=["ipv6"], **L)
# 邬贺铨
w = "应重视智能体小程序标识和元数据标识的需求，创新网络数据资源的管理和开发模式，支撑产业数字化、智能化转型"
goal("w1", "重视智能体小程序标识和元数据标识的需求", w, by=["wuhq"], opt_tech=["agent-id", "meta-id"])
goal("w2", "创新网络数据资源的管理和开发模式", w, by=["wuhq"])
goal("w3", "支撑产业数字化、智能化转型", w, by=["wuhq"])
# 陆建华
j1 = "要探索从网络结构、安全体系、根服务架构等研究入手，破解现有网络架构制约安全、效率的挑战"
goal("j1", "探索从网络结构、安全体系、根服务架构等研究入手", j1, by=["lujh"])
goal("j2", "破解现有网络架构制约安全、效率的挑战", j1, by=["lujh"])
j2 = "要抓住天地一体网络发展机遇，以天领地，探索新型卫星网络架构及其资源利用，协议交互、域名服务等新方式，为发展安全、高效、自主可控的卫星互联网新赛道奠定基础"
goal("j3", "抓住天地一体网络发展机遇", j2, by=["lujh"], opt_tech=["sky-ground"])
goal("j4", "以天领地", j2, optional=True, opt_by=["lujh"])
goal("j5", "探索新型卫星网络架构及其资源利用", j2, by=["lujh"], opt_tech=["satnet-arch"])
goal("j6", "发展安全、高效、自主可控的卫星互联网新赛道", j2, by=["lujh"], tech=["satnet"])
# 张宏科
goal("z0", "驱动互联网技术向高移动、高可靠、低延迟等更高目标发展", optional=True, opt_by=["zhanghk"])
z = "需要深入探索在现有网络基础上，创建新型互联网体系架构，满足国家和行业需求"
goal("z1", "创建新型互联网体系架构", z, by=["zhanghk"])
goal("z2", "满足国家和行业需求", z, by=["zhanghk"])
# 冯登国
f1 = "要提升关键信息基础设施弹性安全能力，充分发挥弹性安全技术的重要作用"
goal("f1", "提升关键信息基础设施弹性安全能力", f1, by=["fengdg"])
goal("f2", "充分发挥弹性安全技术的重要作用", f1, by=["fengdg"], opt_tech=["resil"])
f2 = "要提升数据安全防护和治理能力，重点围绕敏感数据的窃取、破解、篡改等攻击活动，保障数据全生命周期安全"
goal("f3", "提升数据安全防护和治理能力", f2, by=["fengdg"])
goal("f4", "保障数据全生命周期安全", f2, by=["fengdg"])
f3 = "要提升新技术应用风险评估能力，高度重视新技术应用带来的安全隐患和潜在风险，切实提升对抗能力和防护水平"
goal("f5", "提升新技术应用风险评估能力", f3, by=["fengdg"])
goal("f6", "高度重视新技术应用带来的安全隐患和潜在风险", f3, by=["fengdg"])
goal("f7", "切实提升对抗能力和防护水平", f3, by=["fengdg"])
# 孙德刚 (中国科学院计算机网络信息中心)
D = dict(by=["sundg"], body=["cas-cnic"])
d = "要构建安全高效新型科研信息化基础平台，提升国家重大科技基础设施、国家科学数据中心、野外台站数据传输、存储、计算、共享能力，支撑重大科学发现和科研成果创新产出"
goal("d1", "构建安全高效新型科研信息化基础平台", d, **D)
goal("d2", "提升国家重大科技基础设施", d, **D)
goal("d3", "支撑重大科学发现和科研成果创新产出", d, **D)
# 刘郁林 (中国互联网络信息中心)
Y = dict(by=["liuyl"], body=["cnnic"])
goal("y0", "支撑大带宽、低时延、确定性的网络服务能力", optional=True, opt_by=["liuyl"], opt_body=["cnnic"])
y = "扎实推动互联网基础资源高质量发展，要重点加强三方面创新"
goal("y01", "扎实推动互联网基础资源高质量发展", y, **Y)
goal("y02", "重点加强三方面创新", y, optional=True, opt_by=["liuyl"], opt_body=["cnnic"])
y1 = "一是加强技术创新，构建基于域名的下一代互联网一体化标识服务体系"
goal("y1", "加强技术创新", y1, **Y)
goal("y2", "构建基于域名的下一代互联网一体化标识服务体系", y1, tech=["ngi"], **Y)
y2 = "二是加强服务创新，优化国家顶级域名核心解析服务，积极应对第二轮新通用顶级域开放，开展天地一体网络域名服务体系研究"
goal("y3", "加强服务创新", y2, **Y)
goal("y4", "优化国家顶级域名核心解析服务", y2, **Y)
goal("y5", "积极应对第二轮新通用顶级域开放", y2, **Y)
goal("y6", "开展天地一体网络域名服务体系研究", y2, opt_tech=["sky-ground"], **Y)
y3 = "三是加强机制创新，充分发挥下一代互联网基础资源技术创新推进组作用开展联合攻关，积极承办IETF、ICANN等国际组织会议，不断深化国际合作"
goal("y7", "加强机制创新", y3, **Y)
goal("y8", "充分发挥下一代互联网基础资源技术创新推进组作用开展联合攻关", y3, **Y)
goal("y9", "积极承办IETF、ICANN等国际组织会议", y3, **Y)
goal("y10", "不断深化国际合作", y3, **Y)
# promotes: through the bodies' own goals
for t in ("ngi", "ngmobile", "advcomp", "blockchain", "bigdata", "ai"):
    rel("miit", "promotes", t)
for t in ("ngi", "agi", "iiot-id"):
    rel("miit-stc", "promotes", t)
rel("apnic", "promotes", "ipv6")
rel("cnnic", "promotes", "ngi")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
