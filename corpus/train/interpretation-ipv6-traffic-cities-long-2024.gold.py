"""Gold annotation of interpretation-ipv6-traffic-cities-long-2024 (《全国重点城市IPv6流量提升专项行动工作方案》解读), by hand per shared/eval/ANNOTATE.md (annotator ann1)."""
ID = "interpretation-ipv6-traffic-cities-long-2024"
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
L = lines
# Agencies, organisations, people
ent("cac", "Agency", "中央网信办")
ent("miit", "Agency", "工业和信息化部")
ent("cacnet", "Organization", "中国网信网")
ent("xi", "Person", "习近平", optional=True)
# Documents
ent("plan", "Document", "全国重点城市IPv6流量提升专项行动工作方案", ["工作方案"])
rel("plan", "publishedBy", "cac"); rel("plan", "publishedBy", "miit")
ent("arr", "Document", "深入推进IPv6规模部署和应用2024年工作安排")
# Places
for id, l in [("bj", "北京市"), ("tj", "天津市"), ("sh", "上海市"), ("sz", "深圳市"), ("hz", "杭州市"),
              ("hf", "合肥市"), ("wx", "无锡市"), ("yt", "烟台市")]:
    ent(id, "Place", l)
ent("china", "Place", "中国", ["我国"], optional=True)
# Technologies
ent("ipv6", "Technology", "IPv6")
ent("cdn", "Technology", "内容分发网络")
T_OPT = [("dc", "数据中心", ()), ("idc", "互联网数据中心", ("IDC",)), ("cloud", "云服务", ()),
         ("tv", "智能电视", ()), ("stb", "智能机顶盒", ()), ("dinfra", "数字基础设施", ()),
         ("internet", "互联网", ()), ("router", "家庭路由器", ())]
for id, l, al in T_OPT:
    ent(id, "Technology", l, al, optional=True)
# Statistics
S = [("s-users", "IPv6活跃用户数", "7.98亿", "我国IPv6活跃用户数达7.98亿", False),
     ("s-share", "IPv6活跃用户在网民中占比", "73.04%", "在网民中占比达73.04%", False),
     ("s-mob", "移动网络IPv6流量占比", "64.31%", "移动网络IPv6流量占比达64.31%", False),
     ("s-fix", "固定网络IPv6流量占比", "21.34%", "固定网络IPv6流量占比达21.34%", False),
     ("s-cities", "部署IPv6流量提升专项行动的城市", "8个", "烟台市等8个城市部署IPv6流量提升专项行动", True),
     ("s-ind", "《工作方案》设置的指标", "8项", "云服务产品IPv6支持率等8项指标", True)]
for id, l, v, e, opt in S:
    ent(id, "Statistic", l, value=v, evidence=ev(e), optional=opt)

AG = ("cac", "miit")
# Goals: (id, label, evidence or None, optional, required bodies, optional bodies, techs)
G = [
 ("a1", "部署IPv6流量提升专项行动", None, False, ("plan",), AG, ("ipv6",)),
 ("a2", "扩大共识", None, True, (), ("plan",) + AG, ()),
 ("a3", "凝聚力量", None, True, (), ("plan",) + AG, ()),
 ("a4", "推动专项行动走深走实", None, True, (), ("plan",) + AG, ()),
 # background and significance
 ("b1", "推进IPv6规模部署和应用", None, False, AG, ("plan",), ("ipv6",)),
 ("b2", "贯彻落实习近平总书记关于网络强国的重要思想", None, False, (), ("plan",) + AG, ()),
 ("b3", "加快数字基础设施建设", None, False, (), ("plan",) + AG, ("dinfra",)),
 ("b4", "打造竞争新优势", None, False, (), ("plan",) + AG, ()),
 ("b5", "加快形成新质生产力", None, False, (), ("plan",) + AG, ()),
 ("b6", "推动高质量发展", None, False, (), ("plan",) + AG, ()),
 ("b7", "加强统筹协调、政策扶持、应用引领和协同推进", None, True, (), (), ()),
 ("b8", "重点突破", None, False, (), ("plan",) + AG, ()),
 ("b9", "补齐短板", None, False, (), ("plan",) + AG, ()),
 ("b10", "推动重点城市IPv6发展水平再上新台阶", None, False, ("plan",), AG, ("ipv6",)),
 ("b11", "带动全国IPv6流量整体提升", None, False, ("plan",), AG, ("ipv6",)),
 ("b12", "提供可复制、可推广的经验和做法", None, False, ("plan",), AG, ()),
 # approach and targets
 ("c1", "提升固定网络IPv6流量", None, False, ("plan",), AG, ("ipv6",)),
 ("c2", "提升IPv6端到端贯通水平和服务质量", None, False, ("plan",), AG, ("ipv6",)),
 ("c3", "推动大型互联网应用扩大IPv6放量引流规模", None, True, ("plan",), AG, ("ipv6",)),
 ("c4", "提升家庭路由器IPv6开启率", None, False, ("plan",), AG, ("ipv6",)),
 ("c5", "提高重点单位政企专线IPv6实际使用率", None, False, ("plan",), AG, ("ipv6",)),
 ("c6", "全面升级改造数据中心承载业务", None, False, ("plan",), AG, ("dc",)),
 ("c7", "提升云服务产品IPv6支持率", None, False, ("plan",), AG, ("ipv6", "cloud")),
 ("c8", "实现重点城市网络IPv6流量占比明显提升", None, False, ("plan",), AG, ("ipv6",)),
 ("c9", "增强全国IPv6发展内生动力", None, False, ("plan",), AG, ("ipv6",)),
 ("c10", "确保工作成效可量化", None, False, ("plan",), AG, ()),
 # task 1
 ("t1", "深入开展IPv6网络流量分析", None, False, ("plan",), AG, ("ipv6",)),
 ("t1a", "组织开展固定网络流量分析", None, False, ("plan",), AG, ()),
 ("t1b", "摸清固定网络流量组成", None, False, ("plan",), AG, ()),
 ("t1c", "梳理大流量IDC业务用户清单和重点单位政企专线清单", None, False, ("plan",), AG, ("idc",)),
 ("t1d", "深入挖掘各类业务IPv6流量提升难点堵点", None, False, ("plan",), AG, ("ipv6",)),
 # task 2
 ("t2", "推动大型互联网应用IPv6放量引流", None, False, ("plan",), AG, ("ipv6",)),
 ("t2a", "推动大流量互联网应用IPv6深度改造", None, False, ("plan",), AG, ("ipv6",)),
 ("t2b", "应用服务核心机房承载的业务、模块、域名等支持IPv6", None, False, ("plan",), AG, ("ipv6",)),
 ("t2c", "固定和移动网络下均优先采用IPv6访问", None, False, ("plan",), AG, ("ipv6",)),
 ("t2d", "推动全国范围IPv6放量引流", None, False, ("plan",), AG, ("ipv6",)),
 ("t2e", "提升核心节点、边缘节点等各层级内容分发网络节点IPv6流量占比", None, False, ("plan",), AG, ("ipv6", "cdn")),
 # task 3
 ("t3", "提升家庭终端IPv6连通水平", None, False, ("plan",), AG, ("ipv6",)),
 ("t3a", "替换不支持IPv6的老旧家庭网关（光猫）和定制家庭路由器", None, False, ("plan",), AG, ("ipv6", "router")),
 ("t3b", "推动存量家庭路由器全面启用IPv6", None, False, ("plan",), AG, ("ipv6", "router")),
 ("t3c", "新生产家庭路由器全面默认开启IPv6", None, False, ("plan",), AG, ("ipv6", "router")),
 ("t3d", "推动智能电视、智能机顶盒、投影仪等智慧家庭产品支持并启用IPv6", None, False, ("plan",), AG, ("ipv6", "tv", "stb")),
 ("t3e", "引导用户更换老旧家庭路由器并开启IPv6功能", None, False, ("plan",), AG, ("ipv6", "router")),
 # task 4
 ("t4", "推动政企机构加快普及使用IPv6", None, False, ("plan",), AG, ("ipv6",)),
 ("t4a", "推动重点单位网络设备和互联网出口开启IPv6", None, False, ("plan",), AG, ("ipv6",)),
 ("t4b", "提高基础电信企业政企专线产品IPv6服务能力", None, False, ("plan",), AG, ("ipv6",)),
 ("t4c", "加强IPv6业务推广", None, False, ("plan",), AG, ("ipv6",)),
 ("t4d", "为新增用户默认开通IPv6", None, False, ("plan",), AG, ("ipv6",)),
 ("t4e", "引导并配合存量用户开通IPv6", None, False, ("plan",), AG, ("ipv6",)),
 ("t4f", "提高产业园区、科技园区、会议中心、酒店等大型场所IPv6网络接入能力", None, False, ("plan",), AG, ("ipv6",)),
 # task 5
 ("t5", "强化数据中心IPv6升级改造", None, False, ("plan",), AG, ("ipv6", "dc")),
 ("t5a", "提高数据中心IPv6网络接入能力", None, False, ("plan",), AG, ("ipv6", "dc")),
 ("t5b", "数据中心出口线路全面开通IPv6", None, False, ("plan",), AG, ("ipv6", "dc")),
 ("t5c", "积极引导并配合用户开通IPv6", None, False, ("plan",), AG, ("ipv6",)),
 ("t5d", "数据中心承载的各类应用服务支持并启用IPv6", None, False, ("plan",), AG, ("ipv6", "dc")),
 ("t5e", "提高数据中心出口IPv6流量占比", None, False, ("plan",), AG, ("ipv6", "dc")),
 # task 6
 ("t6", "提高云服务平台IPv6服务能力", None, False, ("plan",), AG, ("ipv6", "cloud")),
 ("t6a", "深化主流云服务平台IPv6升级改造", None, False, ("plan",), AG, ("ipv6", "cloud")),
 ("t6b", "云资源池和各类规格的云产品全面支持IPv6", None, False, ("plan",), AG, ("ipv6",)),
 ("t6c", "新开通服务默认启用IPv6功能", None, False, ("plan",), AG, ("ipv6",)),
 ("t6d", "加强对云产品存量用户的宣传推广", None, False, ("plan",), AG, ()),
 ("t6e", "主动提供IPv6升级指引", None, False, ("plan",), AG, ("ipv6",)),
]
TOPT = {id for id, *_ in T_OPT}
for id, l, e, opt, body, obody, techs in G:
    goal(id, l, e, optional=opt, body=body, opt_body=obody)
    for t in techs:
        rel(id, "involvesTechnology", t, optional=opt or t in TOPT)
# the plan deploys the campaign in the eight cities; the 2024 arrangement sets the scale-deployment work
rel("arr", "hasGoal", "b1", optional=True)
for a in AG:
    rel(a, "promotes", "ipv6")
    rel(a, "promotes", "cdn", optional=True)
    for t in ("dc", "cloud", "dinfra", "router", "idc", "tv", "stb"):
        rel(a, "promotes", t, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
