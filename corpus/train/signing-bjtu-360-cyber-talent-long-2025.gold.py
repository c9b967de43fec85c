"""Gold annotation of signing-bjtu-360-cyber-talent-long-2025 (360与北京交通大学达成战略合作，开启网安人才培养新篇章), by hand per shared/eval/ANNOTATE.md (annotator annL15)."""
ID = "signing-bjtu-360-cyber-talent-long-2025"
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
    assert value in evidence or re.sub(r"[^0-9.]", "", value) in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=ev(evidence), optional=optional)

# Events, places
ent("cer", "Event", "签约仪式", optional=True)
ent("award", "Event", "授牌仪式", optional=True)
ent("cn", "Place", "我国", ["国内"], optional=True)

# Bodies
ent("q360", "Organization", "360数字安全集团", ["360"])
ent("bjtu", "Organization", "北京交通大学", ["北交大"])
ent("bjtu-cs", "Organization", "北京交通大学网络空间安全学院")
rel("bjtu-cs", "subOrganizationOf", "bjtu")
ent("base1", "Organization", "北交大 - 360 产学研一体化实践基地")
ent("center", "Organization", "北交大 - 360 网络空间安全技术创新中心")
ent("base2", "Organization", "北京交通大学- 360就业实习基地")
for o in ("base1", "center", "base2"):
    rel(o, "subOrganizationOf", "bjtu", optional=True)
    rel(o, "subOrganizationOf", "q360", optional=True)
# People
ent("liu", "Person", "刘吉强")
rel("liu", "holdsPost", "bjtu-cs", post="院长")
rel("liu", "holdsPost", "bjtu", post="网络空间安全学院院长", optional=True)
ent("bu", "Person", "卜思南")
rel("bu", "holdsPost", "q360", post="副总裁")
rel("bu", "speaksAt", "cer", optional=True)  # the ceremony is an unnamed, optional Event
rel("liu", "speaksAt", "cer", optional=True)  # the text does not say where he spoke

# Technologies
ent("ai", "Technology", "人工智能")
ent("secllm", "Technology", "安全大模型")
for id, l in [("aisec", "人工智能安全"), ("its", "智能交通"), ("dsec", "数字安全"), ("cybersec", "网络安全"),
              ("dst", "数字安全技术"), ("datasec", "数据安全")]:
    ent(id, "Technology", l, optional=True)
rel("q360", "promotes", "secllm")
rel("q360", "promotes", "ai")
rel("q360", "promotes", "aisec", optional=True)
rel("bjtu", "promotes", "secllm", optional=True)  # through the joint research
rel("bjtu", "promotes", "ai", optional=True)
rel("bjtu", "promotes", "its", optional=True)
rel("q360", "promotes", "dst", optional=True)
rel("bjtu", "promotes", "dst", optional=True)

# Statistics
stat("s-grad", "加入360的北交大优秀毕业生人数", "50余位", "其中50余位北交大优秀毕业生加入360，成为守护数字空间的核心力量")

# Goals
BOTH = dict(body=["q360", "bjtu"])
goal("t0", "开启网安人才培养新篇章", lines[0], optional=True, opt_body=["q360", "bjtu"])
a = lines[3].split("。")[1]
goal("a1", "共同构建国内一流科研创新平台", a, **BOTH)
a2 = lines[3].split("。")[2]
goal("a2", "推动教育链、人才链与产业链、创新链的深度融合", a2, **BOTH)
goal("a3", "为国家数字安全产业输送高层次复合型人才", a2, **BOTH)
goal("a4", "为筑牢国家数字安全屏障注入核心动能", a2, **BOTH)
# 刘吉强 (北京交通大学网络空间安全学院)
L = dict(by=["liu"], body=["bjtu"], opt_body=["bjtu-cs", "q360"])
l = lines[4].split("“")[1].rstrip("”").rstrip("。")
goal("l1", "开创出具有示范意义的合作模式", l, **L)
goal("l2", "产出一系列突破性成果", l, **L)
goal("l3", "为国家网络安全事业筑牢人才与技术的双重基石", l, **L)
# 卜思南 (360数字安全集团)
B = dict(by=["bu"], body=["q360"])
b = lines[5].split("卜思南指出，")[1].rstrip("。")
goal("b1", "将二十余年积累的实战经验转化为教育资源", b, **B)
goal("b2", "与北交大共同打造\"产学研用\"协同创新标杆", b, opt_body=["bjtu"], **B)
goal("b3", "科研平台共建", b, opt_body=["bjtu"], **B)
goal("b4", "人才联合培养", b, opt_body=["bjtu"], **B)
goal("b5", "培育一批高层次实战型人才", b, opt_body=["bjtu"], **B)
goal("b6", "为数字中国建设筑牢人才基石", b, opt_body=["bjtu"], **B)
# the agreement's content (双方将…)
c = lines[6].split("。")[0]
goal("c1", "共建 “北交大 - 360 产学研一体化实践基地”", c, **BOTH)
goal("c2", "开展课程研发、人才培养、产业服务等多维度合作", c, **BOTH)
c3 = lines[6].split("。")[1]
for id, lab in [("c3", "联合开发契合产业需求的模块化课程体系"), ("c4", "设计沉浸式小学期实践项目"),
                ("c5", "实现理论教学与产业需求的无缝衔接"), ("c6", "组建校企混编师资团队"),
                ("c7", "提升 “双师型” 教师队伍的专业素养"), ("c8", "推动教学内容与技术前沿同步迭代")]:
    goal(id, lab, c3, **BOTH)
c9 = lines[6].split("。")[2]
goal("c9", "开展联合技术攻关", c9, tech=["secllm"], opt_tech=["its", "datasec"], **BOTH)
goal("c10", "加速科研成果向产业应用的转化进程", c9, **BOTH)
d = lines[7].split("。")[0]
goal("d1", "在学生实习就业方面紧密合作", d, **BOTH)
d2 = lines[7].split("。")[2]
goal("d2", "为北交大学子提供优质实习岗位", d2, body=["base2"], opt_body=["q360", "bjtu"])
goal("d3", "助力学生将理论知识转化为实战能力", d2, body=["base2"], opt_body=["q360", "bjtu"])
goal("d4", "构建从校园到职场的人才成长闭环", d2, body=["base2"], opt_body=["q360", "bjtu"])
e = lines[8].split("。")[1]
goal("e1", "持续深化合作", e, **BOTH)
goal("e2", "不断探索创新合作模式", e, **BOTH)
goal("e3", "在数字安全技术研发、人才培养等领域取得更多突破性成果", e, opt_tech=["dst"], **BOTH)
goal("e4", "推动数字安全技术与智能交通、人工智能等前沿产业的深度融合", e, tech=["ai"], opt_tech=["its", "dst"], **BOTH)
goal("e5", "为我国数字经济高质量发展筑牢安全防线", e, **BOTH)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
