"""Gold annotation of interpretation-nea-power-monitoring-security-long-2024 (国家能源局有关负责人就《电力监控系统安全防护规定》答记者问), by hand per shared/eval/ANNOTATE.md (annotator ann21)."""
ID = "interpretation-nea-power-monitoring-security-long-2024"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def sent(label, after=None):
    """the sentence (split at 。；！？ and line ends) that states the label; after = a string that must precede it"""
    start = text.index(after) if after else 0
    for s in re.split(r"(?<=[。；！？\n])", text[start:]):
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
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence=None, optional=False, after=None, body=(), opt_body=(), tech=()):
    """a Goal; evidence defaults to the sentence stating it; body = required hasGoal subjects (optional if the goal is)"""
    assert label in text, label
    e = ev(evidence) if evidence else sent(label, after)
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=optional, evidence=e)
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)
    for t in tech: rel(id, "involvesTechnology", t, optional=True)

# Agencies and organisations
ent("ndrc", "Agency", "国家发展改革委")
ent("nea", "Agency", "国家能源局")
ent("nea-web", "Organization", "国家能源局网站", optional=True)
ent("cpc", "Agency", "党中央")
ent("sc", "Agency", "国务院")
ent("dispatch", "Organization", "国家电力调度控制中心")
ent("committee", "Organization", "电力监控系统专用安全产品管理委员会")
ent("plenum3", "Event", "党的二十届三中全会", ["二十届三中全会"])

# Documents
ent("d-reg", "Document", "电力监控系统安全防护规定", ["规定", "国家发展改革委2024年第27号令"])
rel("d-reg", "publishedBy", "ndrc")
# the 2014 version, named by its order number (its title equals the new one's): optional
ent("d-old", "Document", "国家发展改革委2014年第14号令", optional=True)
rel("d-old", "publishedBy", "ndrc", optional=True)
ent("d-csl", "Document", "网络安全法")
ent("d-cii", "Document", "关键信息基础设施安全保护条例")
ent("d-plan", "Document", "电力监控系统安全防护总体方案等安全防护方案和评估规范",
    ["电力监控系统安全防护总体方案"])

# Technologies: security techniques and systems; none is a named technology field: all optional
for id, l in [("t-ns", "网络安全"), ("t-sit", "态势感知"), ("t-imm", "安全免疫"), ("t-auth", "加密认证"),
              ("t-mon", "安全监测"), ("t-scada", "电力监控系统"), ("t-nps", "新型电力系统")]:
    ent(id, "Technology", l, optional=True)

# Statistics
ent("s-new", "Statistic", "修订新增条款", value="13条", evidence=ev("新增13条"))
ent("s-all", "Statistic", "修订后条款总数", value="37条", evidence=ev("修订后共六章37条"))

DOC = ("d-reg",)

# Opening: why the provisions were revised (goals of the provisions; the issuing NDRC optional)
goal("o1", "贯彻落实党的二十届三中全会精神", body=DOC, opt_body=("ndrc",))
goal("o2", "深化能源管理体制改革", body=DOC, opt_body=("ndrc",))
goal("o3", "完善电力监控系统网络安全技术防护体系", body=DOC, opt_body=("ndrc",), tech=("t-ns", "t-scada"))
goal("o4", "便于各有关方面准确理解和把握政策内容", optional=True, body=("nea",))
# Q1: background
goal("q1", "电力监控系统安全防护体系亟需健全完善", optional=True, body=DOC, tech=("t-scada",))
# Q2: principles of the revision
goal("p1", "坚持依法合规", "一是坚持依法合规", body=DOC, opt_body=("ndrc", "nea"))
goal("p1a", "确保《网络安全法》《关键信息基础设施安全保护条例》等法律法规和党中央国务院有关要求落实到位",
     body=DOC, opt_body=("ndrc", "nea"))
goal("p2", "坚持问题导向", "二是坚持问题导向", body=DOC, opt_body=("ndrc", "nea"))
goal("p2a", "针对性补充技术和管理要求", body=DOC, opt_body=("ndrc", "nea"))
goal("p3", "坚持守正创新", "三是坚持守正创新", body=DOC, opt_body=("ndrc", "nea"))
goal("p3a", "坚持“安全分区、网络专用、横向隔离、纵向认证”十六字原则", body=DOC, opt_body=("ndrc", "nea"))
# 进一步明确电力监控系统范围 (principle) and 一是明确电力监控系统范围 (content): one node
goal("r1", "明确电力监控系统范围",
     "三是坚持守正创新。在坚持“安全分区、网络专用、横向隔离、纵向认证”十六字原则的基础上，进一步明确电力监控系统范围",
     body=DOC, opt_body=("ndrc", "nea"), tech=("t-scada",))
goal("p3b", "提出强化措施", body=DOC, opt_body=("ndrc", "nea"))
goal("p3c", "优化管理体系", body=DOC, opt_body=("ndrc", "nea"))
# Q3: the eight main revisions (a heading goal and the phrases inside it)
goal("r1a", "将罗列典型系统名称改为列举功能", body=DOC, opt_body=("ndrc",))
goal("r2", "优化安全分区要求", body=DOC, opt_body=("ndrc",))
goal("r2a", "调整原《规定》阐述逻辑及表述", optional=True, body=DOC)
goal("r3", "强化安全接入区防护要求", body=DOC, opt_body=("ndrc",))
goal("r3a", "明确安全接入区加密认证、安全监测等技术要求", body=DOC, opt_body=("ndrc",), tech=("t-auth", "t-mon"))
goal("r4", "强化技术防护措施", body=DOC, opt_body=("ndrc",))
goal("r4a", "补充安全免疫、态势感知、动态评估和备用应急措施", body=DOC, opt_body=("ndrc",), tech=("t-imm", "t-sit"))
goal("r5", "定义电力监控专用网络", body=DOC, opt_body=("ndrc",))
goal("r5a", "明确承载电力监视和控制业务的专用广域数据网络、专用局域网络以及专用通信线路属于电力监控专用网络范畴",
     optional=True, body=DOC)
goal("r6", "强化供应链及电力监控系统专用安全产品管理", body=DOC, opt_body=("ndrc",), tech=("t-scada",))
goal("r6a", "以合同条款的方式对电力监控系统供应商提出安全要求", body=DOC, opt_body=("ndrc",))
goal("r6b", "组建电力监控系统专用安全产品管理委员会", body=DOC, opt_body=("ndrc", "dispatch"))
goal("r7", "优化技术监督管理", body=DOC, opt_body=("ndrc",))
goal("r7a", "明确不同主体技术监督的工作要求", body=DOC, opt_body=("ndrc",))
goal("r7b", "增加技术监督过程中风险管控措施", body=DOC, opt_body=("ndrc",))
goal("r8", "细化罚则", body=DOC, opt_body=("ndrc",))
# Q4: the NEA's implementation work (the NEA required, the provisions optional)
NEA = ("nea",)
goal("i0", "确保《规定》落到实处", body=NEA, opt_body=DOC)
goal("i1", "加强政策宣传解读", "一是加强政策宣传解读", body=NEA, opt_body=DOC)
goal("i1a", "指导督促各有关方面准确把握《规定》政策沿革、立法考量、适用场景和具体规定", body=NEA, opt_body=DOC)
goal("i1b", "鼓励各相关主体进行系统性的培训和宣贯学习", body=NEA, opt_body=DOC)
goal("i1c", "尽快普及到全行业", body=NEA, opt_body=DOC)
goal("i2", "完善细化配套措施", "二是完善细化配套措施", body=NEA, opt_body=DOC)
goal("i2a", "加强政策统筹", body=NEA, opt_body=DOC)
goal("i2b", "启动对《电力监控系统安全防护总体方案等安全防护方案和评估规范》的修订工作", body=NEA, opt_body=DOC)
goal("i2c", "将《规定》的政策思想细化到具体执行方案和措施上", body=NEA, opt_body=DOC)
goal("i2d", "有效引导全行业落地实施", body=NEA, opt_body=DOC)
goal("i3", "做好实施情况跟踪", "三是做好实施情况跟踪", body=NEA, opt_body=DOC)
goal("i3a", "密切跟踪《规定》的实施情况", body=NEA, opt_body=DOC)
goal("i3b", "持续加强对电力监控系统安全防护工作的监督管理", body=NEA, opt_body=DOC)
goal("i3c", "及时总结推广《规定》执行过程中的好经验好做法", body=NEA, opt_body=DOC)
goal("i3d", "对文件执行过程中涉及的新情况新问题加强研究", body=NEA, opt_body=DOC)
goal("i3e", "进一步增强《规定》的可操作性", body=NEA, opt_body=DOC)

for a in ("ndrc", "nea"):
    for t in ("t-ns", "t-sit", "t-imm", "t-auth", "t-mon", "t-scada"):
        rel(a, "promotes", t, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
