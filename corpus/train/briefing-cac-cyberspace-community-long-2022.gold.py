"""Gold annotation of briefing-cac-cyberspace-community-long-2022 (共同建设人类美好的网络家园——国新办发布会聚焦携手构建网络空间命运共同体), by hand per shared/eval/ANNOTATE.md (annotator ann1)."""
ID = "briefing-cac-cyberspace-community-long-2022"
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
# Agencies, units, organisations
ent("scio", "Agency", "国务院新闻办公室", ["国新办"])
ent("cac", "Agency", "国家互联网信息办公室", ["国家网信办"])
units = [("cac-pr", "政策研究局", "国家网信办政策研究局"), ("cac-sec", "网络安全协调局", "国家网信办网络安全协调局"),
         ("cac-inf", "信息化发展局", "国家网信办信息化发展局"), ("cac-int", "国际合作局", "国家网信办国际合作局"),
         ("cac-com", "网络传播局", "国家网信办网络传播局")]
for id, l, a in units:
    ent(id, "Agency", l, [a]); rel(id, "subOrganizationOf", "cac")
ent("cpc", "Agency", "党中央", ["中共中央"])
ent("un", "Organization", "联合国")
ent("xinhuanet", "Organization", "新华网")
# People
P = [("cao", "曹淑敏", "cac", "副主任", False), ("yang", "杨树桢", "cac-pr", "局长", False),
     ("sun", "孙蔚敏", "cac-sec", "局长", False), ("wang", "王崧", "cac-inf", "局长", False),
     ("qi", "祁小夏", "cac-int", "局长", False), ("chen", "陈仁泽", "cac-com", "负责人", True)]
for id, name, org, post, opt in P:
    ent(id, "Person", name)
    rel(id, "holdsPost", org, optional=opt, post=post)
ent("xi", "Person", "习近平", optional=True)
rel("xi", "holdsPost", "cpc", optional=True, post="总书记")
# Events
ent("presser", "Event", "新闻发布会", ["国新办发布会"], optional=True)
for id, *_ in P:
    rel(id, "speaksAt", "presser", optional=True)
ent("cpc18", "Event", "党的十八大", ["十八大"])
ent("wic2", "Event", "第二届世界互联网大会", ["世界互联网大会"])
rel("xi", "speaksAt", "wic2", optional=True)
# Documents
ent("wp", "Document", "携手构建网络空间命运共同体", ["《携手构建网络空间命运共同体》白皮书", "白皮书"])
rel("wp", "publishedBy", "scio")
ent("plan", "Document", "数字化绿色化协同转型发展行动计划")
# Places
ent("china", "Place", "中国", ["中方", "我国"], optional=True)
# Technologies
ent("internet", "Technology", "互联网")
ent("digitech", "Technology", "数字技术", optional=True)
ent("ecom", "Technology", "电子商务", optional=True)
# Statistic
ent("s-actions", "Statistic", "数字化绿色化协同转型发展行动计划部署的重点行动", value="18项",
    evidence=ev("这一计划围绕推动数字产业的绿色低碳发展、加快数字技术赋能传统行业绿色转型、发挥行业绿色转型对数字产业的带动作用等三方面部署了18项重点行动"))

# Goals: (id, label, evidence or None, optional, by, opt_by, body, opt_body, tech)
G = [
 ("t1", "共同建设人类美好的网络家园", L[0].split("——")[0], False, (), (), (), ("wp", "scio"), ()),
 ("core", "构建网络空间命运共同体", sent("推动构建网络空间命运共同体"), False, ("sun", "cao"), ("xi", "yang"), ("wp", "cac"), (), ()),
 ("h1", "推进网络空间发展和治理体系变革", L[2], False, (), (), ("wp",), (), ()),
 ("c1", "坚持以人民为中心的发展思想", None, False, (), ("cao",), ("wp",), ("cpc",), ()),
 ("c2", "高度重视互联网", None, True, (), (), (), ("cpc", "wp"), ("internet",)),
 ("c3", "大力发展互联网", None, True, (), (), (), ("cpc", "wp"), ("internet",)),
 ("c4", "积极运用互联网", None, True, (), (), (), ("cpc", "wp"), ("internet",)),
 ("c5", "有效治理互联网", None, True, (), (), (), ("cpc", "wp"), ("internet",)),
 ("q1", "深入开展网络空间国际交流合作", None, True, (), ("cao",), (), ("cac",), ()),
 ("q2", "坚持开放合作", None, True, (), ("cao",), (), ("cac",), ()),
 ("q3", "坚持互利共赢", None, True, (), ("cao",), (), ("cac",), ()),
 ("q4", "坚持平等相待", None, True, (), ("cao",), (), ("cac",), ()),
 ("q5", "坚持维护和平安全", None, True, (), ("cao",), (), ("cac",), ()),
 ("q6", "坚持促进公平正义", None, True, (), ("cao",), (), ("cac",), ()),
 ("w1", "顺应信息时代发展趋势", None, True, (), (), (), ("wp",), ()),
 ("w2", "秉持共商共建共享的全球治理观", None, False, (), (), ("wp",), (), ()),
 ("w3", "尊重网络主权", None, True, (), (), (), ("wp",), ()),
 ("h2", "为构建网络空间命运共同体提供坚实基础", L[8], True, (), (), (), ("wp",), ()),
 ("d1", "立足新发展阶段", None, False, (), (), ("wp",), (), ()),
 ("d2", "贯彻新发展理念", None, False, (), (), ("wp",), (), ()),
 ("d3", "构建新发展格局", None, False, (), (), ("wp",), (), ()),
 ("d4", "建设网络强国、数字中国", None, False, (), (), ("wp",), (), ()),
 ("d5", "激发数字经济活力", None, True, (), (), (), ("wp",), ()),
 ("d6", "推进数字生态建设", None, True, (), (), (), ("wp",), ()),
 ("d7", "营造清朗网络空间", None, True, (), (), (), ("wp",), ()),
 ("d8", "防范网络安全风险", None, True, (), (), (), ("wp",), ()),
 ("e1", "发挥数字技术对经济发展的放大、叠加、倍增作用", None, False, (), (), ("wp",), (), ("digitech",)),
 ("e2", "持续深化全球电子商务发展合作", None, False, (), (), ("wp",), (), ("ecom",)),
 ("e3", "助推全球数字产业化和产业数字化进程", None, False, (), (), ("wp",), (), ()),
 ("e4", "推进数字化和绿色化协同转型", None, False, (), (), ("wp",), (), ()),
 ("p1", "推动数字产业的绿色低碳发展", None, False, (), ("wang",), ("plan",), ("cac",), ()),
 ("p2", "加快数字技术赋能传统行业绿色转型", None, False, (), ("wang",), ("plan",), ("cac",), ("digitech",)),
 ("p3", "发挥行业绿色转型对数字产业的带动作用", None, False, (), ("wang",), ("plan",), ("cac",), ()),
 ("n1", "组织开展双化协同综合试点", None, False, ("wang",), (), ("cac",), ("cac-inf",), ()),
 ("n2", "推广数字科技企业双化协同典型案例经验", None, False, ("wang",), (), ("cac",), ("cac-inf",), ()),
 ("n3", "加强双化协同国际合作", None, False, ("wang",), (), ("cac",), ("cac-inf",), ()),
 ("h3", "构建更加紧密的网络空间命运共同体", L[13], True, (), (), (), ("wp",), ()),
 ("f1", "让这个家园更繁荣、更干净、更安全", None, False, (), (), ("wp",), (), ()),
 ("f0", "网络空间的未来应由世界各国共同掌握", None, True, (), ("qi",), (), ("cac",), ()),
 ("f2", "联合国发挥主渠道作用", None, False, ("qi",), (), ("cac",), ("cac-int",), ()),
 ("f3", "坚持共商、共建、共享", None, False, ("qi",), (), ("cac",), ("cac-int",), ()),
 ("f4", "加强合作", None, False, ("qi",), (), ("cac",), ("cac-int",), ()),
 ("f5", "共同制定网络空间国际规则", None, False, ("qi",), (), ("cac",), ("cac-int",), ()),
 ("g1", "科学把握网络国际传播规律", None, False, ("chen",), (), ("cac",), ("cac-com",), ()),
 ("g2", "树立全球视野", None, False, ("chen",), (), ("cac",), ("cac-com",), ()),
 ("g3", "牢记重点任务", None, False, ("chen",), (), ("cac",), ("cac-com",), ()),
 ("g4", "提高斗争本领", None, False, ("chen",), (), ("cac",), ("cac-com",), ()),
 ("g5", "全面提升网络国际传播的能力、水平和实效", None, False, ("chen",), (), ("cac",), ("cac-com",), ()),
 ("g6", "讲好中国故事、中国共产党故事", None, False, ("chen",), (), ("cac",), ("cac-com",), ()),
 ("g7", "让中国声音传得更远更广", None, False, ("chen",), (), ("cac",), ("cac-com",), ()),
 ("g8", "展示好真实、立体、全面的中国", None, False, ("chen",), (), ("cac",), ("cac-com",), ()),
 ("z1", "坚持以构建网络空间命运共同体理念为指引", None, False, ("cao",), (), ("cac",), ("wp",), ()),
 ("z2", "加强团结协作", None, False, ("cao",), (), ("cac",), ("wp",), ()),
 ("z3", "推动构建更加公平合理、开放包容、安全稳定、富有生机活力的网络空间", None, False, ("cao",), (), ("cac",), ("wp",), ()),
 ("z4", "让互联网更好造福世界各国人民", None, False, ("cao",), (), ("cac",), ("wp",), ("internet",)),
]
for id, l, e, opt, by, oby, body, obody, tech in G:
    goal(id, l, e, optional=opt, by=by, opt_by=oby, body=body, opt_body=obody, tech=tech)
# the headline goal is stated again in the white paper's own words (携手构建, 推动构建) and in 孙蔚敏's quote
rel("cac", "promotes", "internet", optional=True)
rel("cpc", "promotes", "internet", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
