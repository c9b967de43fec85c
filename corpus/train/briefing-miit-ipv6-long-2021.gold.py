"""Gold annotation of briefing-miit-ipv6-long-2021 (工信部：中国的IPv6网络“高速公路”已经全面建成), by hand per shared/eval/ANNOTATE.md."""
ID = "briefing-miit-ipv6-long-2021"
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
# Bodies, people, events
ent("scio", "Agency", "国务院新闻办", ["国务院新闻办公室", "国新办"])
ent("miit", "Agency", "工业和信息化部", ["工信部"])
ent("miit-ict", "Agency", "信息通信管理局", ["工业和信息化部信息通信管理局"])
rel("miit-ict", "subOrganizationOf", "miit")
ent("cpc", "Agency", "党中央")
ent("sc", "Agency", "国务院")
ent("thepaper", "Organization", "澎湃新闻")
ent("wg", "Organization", "IPv6标准工作组")
ent("zhao", "Person", "赵志国")
rel("zhao", "holdsPost", "miit-ict", post="局长")
rel("zhao", "holdsPost", "miit", post="新闻发言人")
ent("presser", "Event", "前三季度工业和信息化发展情况新闻发布会", ["新闻发布会"])
rel("zhao", "speaksAt", "presser")
ent("contest", "Event", "“光华杯”千兆光网应用创新大赛", ["光华杯千兆光网应用创新大赛", "“光华杯”千兆光网应用创新大赛IPv6子赛道"])
ent("plan", "Document", "IPv6流量提升三年专项行动计划（2021-2023年）", ["《IPv6流量提升三年专项行动计划（2021-2023年）》", "IPv6流量提升三年专项行动计划"])
rel("plan", "publishedBy", "miit", optional=True)
ent("china", "Place", "中国", ["我国"], optional=True)
# Technologies
ent("ipv6", "Technology", "IPv6", ["IPv6网络"])
ent("ipv6plus", "Technology", "IPv6+", ["“IPv6+”"], optional=True)
ent("ipv4", "Technology", "IPv4", optional=True)
ent("lte", "Technology", "LTE", ["LTE网络"])
ent("gpon", "Technology", "千兆光网")
ent("cdn", "Technology", "内容分发网络")
ent("dc", "Technology", "数据中心", optional=True)
ent("cloudhost", "Technology", "云主机", optional=True)
# Statistics
stat("s-ixp", "实现IPv6互联互通的骨干网直联点", "14个", "实现了全国14个骨干网直联点IPv6互联互通")
stat("s-cdn", "支持IPv6的内容分发网络节点", "超过90%", "全国已有超过90%的内容分发网络节点支持IPv6")
stat("s-cloud", "国内主要云服务企业", "11家", "国内主要11家云服务企业，接近半数的云主机IPv6性能优于IPv4", optional=True)
stat("s-traffic", "移动通信网络IPv6流量占比", "22.87%", "截至9月底，我国移动通信网络IPv6流量占比已经达到22.87%")
# Goals: past work (optional), the stage target already met (optional)
Z = dict(by=["zhao"], body=["miit"], opt_body=["miit-ict"])
O = dict(opt_by=["zhao"], opt_body=["miit"])
goal("o1", "坚决贯彻落实党中央、国务院关于IPv6高质量发展的决策部署", optional=True, opt_tech=["ipv6"], **O)
goal("o2", "遵循“能用、好用、爱用、全用”的工作思路", optional=True, **O)
goal("o3", "组织开展IPv6网络就绪、IPv6端到端贯通等专项行动", optional=True, opt_tech=["ipv6"], **O)
goal("o4", "指导基础电信企业完成了骨干网络、LTE网络、城域网络IPv6升级改造", optional=True, opt_tech=["ipv6", "lte"], **O)
goal("o5", "推动基础电信企业完成全部数据中心IPv6改造", optional=True, opt_tech=["ipv6", "dc"], **O)
goal("o6", "20%的阶段性目标", "提前完成20%的阶段性目标", optional=True, opt_tech=["ipv6"], opt_body=["plan"])
# next steps
goal("n0", "切实抓好已发布的《IPv6流量提升三年专项行动计划（2021-2023年）》组织落实", tech=["ipv6"], **Z)
goal("n00", "引导行业各方扎实推进", "针对商业互联网应用IPv6比例较低、家庭终端IPv6支持能力不足、应用基础设施IPv6服务性能有待增强等短板，引导行业各方扎实推进，协同解决", **Z)
goal("n1", "加快标准制定", **Z)
goal("n1a", "联合有关部门成立IPv6标准工作组", tech=["ipv6"], **Z)
goal("n1b", "进一步加快推进“IPv6+”测试等系列标准研制工作", tech=["ipv6"], opt_tech=["ipv6plus"], **Z)
goal("n1c", "为IPv6网络建设和产业发展提供有力支撑", tech=["ipv6"], **Z)
goal("n2", "提升服务性能", **Z)
goal("n2a", "持续完善指标监测机制", **Z)
goal("n2b", "推动数据中心、内容分发网络等应用基础设施服务性能进一步提升", tech=["cdn"], opt_tech=["dc"], **Z)
goal("n2c", "持续推动相关企业进一步加快存量老旧终端在线升级替换", **Z)
goal("n2d", "打通“堵点”", **Z)
goal("n3", "深化融合应用", **Z)
goal("n3a", "推协作、树标杆", opt_tech=["gpon", "ipv6"], **Z)
goal("n3b", "鼓励IPv6同各行各业开展更大范围、更深层次的协同创新", tech=["ipv6"], **Z)
goal("n3c", "推动我国IPv6高质量发展", tech=["ipv6"], **Z)
rel("miit", "promotes", "ipv6")
rel("miit", "promotes", "cdn")
rel("miit", "promotes", "gpon", optional=True)
rel("miit", "promotes", "ipv6plus", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
