"""Gold annotation of signing-most-henan-consultation-long-2018 (2018年部省工作会商会议), by hand per shared/eval/ANNOTATE.md."""
ID = "signing-most-henan-consultation-long-2018"
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

# Events, document, places
ent("meeting", "Event", "2018年部省工作会商会议暨新一轮会商制度议定书签字仪式",
    ["2018年部省工作会商会议", "部省工作会商会议"])
ent("cpc19", "Event", "党的十九大", ["十九大"])
ent("consult5", "Event", "第五次部省工作会商", ["第五次部省会商"], optional=True)  # the previous round, named in passing
ent("protocol", "Document", "科学技术部、河南省人民政府部省工作会商制度议定书（2018—2022年）",
    ["《科学技术部、河南省人民政府部省工作会商制度议定书（2018—2022年）》", "科学技术部、河南省人民政府部省工作会商制度议定书"])
ent("zhengzhou", "Place", "郑州")
ent("henan", "Place", "河南", ["河南省"])
ent("zlx", "Place", "郑洛新国家自主创新示范区", optional=True)
ent("midwest", "Place", "中西部", optional=True)
rel("meeting", "locatedIn", "zhengzhou")
# Government bodies
ent("most", "Agency", "科学技术部", ["科技部"])
ent("hn-gov", "Agency", "河南省人民政府", ["省政府"])
ent("hn-cpc", "Agency", "河南省委", ["省委"])
ent("cpc-central", "Agency", "党中央")
rel("protocol", "publishedBy", "most")
rel("protocol", "publishedBy", "hn-gov")
rel("protocol", "adoptedAt", "meeting")
# Companies and institutes visited
ent("yutong", "Organization", "宇通客车")
ent("crec-eq", "Organization", "中铁装备")
ent("cetc27", "Organization", "中国电科27所")
ent("cetc", "Organization", "中国电科", optional=True)
rel("cetc27", "subOrganizationOf", "cetc", optional=True)
# People
P = [("wangzg", "王志刚", [("most", "部长", False)], True),
     ("wanggs", "王国生", [("hn-cpc", "书记", False)], True),
     ("chenre", "陈润儿", [("hn-gov", "省长", False)], True),
     ("huangq", "黄强", [("hn-cpc", "常委", False), ("hn-gov", "常务副省长", False)], None),
     ("huojh", "霍金花", [("hn-gov", "副省长", False)], True),
     ("xunp", "徐南平", [("most", "副部长", False)], True)]
for id, n, posts, speaks in P:
    ent(id, "Person", n)
    for org, post, opt in posts:
        rel(id, "holdsPost", org, post=post, optional=opt)
    rel(id, "speaksAt", "meeting", optional=speaks is None)  # 黄强 chaired the meeting: optional
ent("xi", "Person", "习近平", optional=True)
ent("zhudy", "Person", "朱殿勇")  # reporters in the byline
ent("quf", "Person", "屈芳")

BOTH = ["most", "hn-gov"]
# what the meeting was to study (paragraph 1)
m0 = lines[1].split("。")[1]
goal("m01", "深入学习贯彻习近平新时代中国特色社会主义思想和党的十九大精神", m0, optional=True, opt_body=BOTH)
goal("m02", "贯彻落实习近平总书记视察指导河南时的重要讲话和指示精神", m0, optional=True, opt_body=BOTH)
goal("m1", "深化部省科技合作", m0, body=BOTH)
goal("m2", "进一步发挥科技创新核心作用", m0, body=BOTH)
goal("m3", "推动河南高质量发展", m0, body=BOTH)
goal("m4", "共推创新型国家建设", m0, body=BOTH)
# 王志刚 (科学技术部)
goal("z01", "深入践行新发展理念", optional=True, opt_body=["hn-gov"])  # what Henan has done: past measures
goal("z02", "积极实施创新驱动发展战略", optional=True, opt_body=["hn-gov"])
goal("z03", "推动创新型河南建设", optional=True, opt_body=["hn-gov"])
z1 = "王志刚就本次部省工作会商议定的优化区域创新战略布局，加快创新引领型企业、平台、人才、机构建设，实施转型升级创新专项等，进行深入解读"
for id, l in [("z11", "优化区域创新战略布局"), ("z12", "加快创新引领型企业、平台、人才、机构建设"), ("z13", "实施转型升级创新专项")]:
    goal(id, l, z1, body=BOTH, opt_by=["wangzg"], opt_body=["protocol"])
z2 = "他说，部省开展工作会商，旨在共同落实习近平总书记关于科技创新的重要论述，落实党中央的决策部署，把握事关全局的大势，做实一件件具体的要事，推动以科技创新为核心的全面创新，加快经济高质量发展步伐"
for id, l in [("z21", "共同落实习近平总书记关于科技创新的重要论述"), ("z22", "落实党中央的决策部署"), ("z23", "把握事关全局的大势"),
              ("z24", "做实一件件具体的要事"), ("z25", "推动以科技创新为核心的全面创新"), ("z26", "加快经济高质量发展步伐")]:
    goal(id, l, z2, by=["wangzg"], body=BOTH)
z3 = "科技部将与河南省一道，围绕贯彻落实习近平总书记视察指导河南时的重要讲话和指示精神，积极对接河南省重大安排和工作需求，为推动河南经济高质量发展提供服务和支持"
goal("z31", "积极对接河南省重大安排和工作需求", z3, by=["wangzg"], body=["most"])
goal("z32", "为推动河南经济高质量发展提供服务和支持", z3, by=["wangzg"], body=["most"])
z4 = "希望河南省切实把创新摆在发展全局的核心位置，用好难得机遇、突出创新重点、优化创新布局、加强政策引领，奋力建设中西部科技创新高地，为创新型国家建设作出应有贡献"
for id, l in [("z41", "把创新摆在发展全局的核心位置"), ("z42", "用好难得机遇"), ("z43", "突出创新重点"), ("z44", "优化创新布局"),
              ("z45", "加强政策引领"), ("z46", "建设中西部科技创新高地"), ("z47", "为创新型国家建设作出应有贡献")]:
    # 突出创新重点 is restated by 陈润儿 for Henan below (one node): hn-gov has it
    goal(id, l, z4, by=["wangzg"], body=["hn-gov"] if id == "z43" else [], opt_body=["most"] if id == "z43" else ["hn-gov", "most"])
# 王国生 (河南省委, speaking for 省委、省政府)
G = dict(by=["wanggs"], body=["hn-cpc", "hn-gov"])
g00 = "是加快河南创新发展、推动经济发展高质量的一件大事"
goal("g01", "加快河南创新发展", g00, optional=True, opt_by=["wanggs"], opt_body=BOTH)  # what the consultation is for
goal("g02", "推动经济发展高质量", g00, optional=True, opt_by=["wanggs"], opt_body=BOTH)
goal("g0", "打好创新驱动发展牌", optional=True, opt_by=["wanggs"], opt_body=["hn-cpc", "hn-gov"])
g1 = lines[3].split("。")[2]
for id, l in [("g1", "把部省工作会商议定的任务作为大事要事来抓"), ("g2", "转变思维方式和工作方式"),
              ("g3", "把创新作为激活高质量发展的第一动力"), ("g4", "深化科技体制改革"),
              ("g5", "构建以企业为主体、以市场为导向、产学研深度融合的技术创新体系"),
              ("g6", "充分发挥郑洛新国家自主创新示范区等战略平台作用"),
              ("g7", "抓好创新载体"), ("g8", "壮大创新主体"), ("g9", "完善创新机制"), ("g10", "强化人才支撑"),
              ("g11", "加强对中小企业创新的支持"), ("g12", "促进科技成果转化"), ("g13", "依靠创新驱动塑造优势")]:
    goal(id, l, g1, **G)
goal("g14", "赢得未来", g1, optional=True, opt_by=["wanggs"], opt_body=["hn-cpc", "hn-gov"])
# 陈润儿 (河南省人民政府)
C = dict(by=["chenre"], body=["hn-gov"])
c0 = "第五次部省工作会商以来，我们按照习近平总书记打好“四张牌”的要求，以加快郑洛新国家自主创新示范区建设为龙头，着力推进“四个一批”“四个融合”，创新资源加速汇聚，创新实力整体提升，创新引领作用增强"
goal("c01", "打好“四张牌”", c0, optional=True, opt_by=["chenre"], opt_body=["hn-gov"])  # past measures since the last round
goal("c02", "加快郑洛新国家自主创新示范区建设", c0, optional=True, opt_by=["chenre"], opt_body=["hn-gov"])
goal("c03", "推进“四个一批”“四个融合”", c0, optional=True, opt_by=["chenre"], opt_body=["hn-gov"])
c1 = "实践证明，建立部省工作会商机制，是促进部省互动、服务国家战略的重要举措和提升河南创新能力、推进高质量发展的重要支撑"
for id, l in [("c11", "促进部省互动"), ("c12", "服务国家战略"), ("c13", "提升河南创新能力"), ("c14", "推进高质量发展")]:
    goal(id, l, c1, optional=True, opt_by=["chenre"], opt_body=BOTH)
goal("c2", "依靠创新驱动来加快转型发展", **C)
c3 = "期望科技部在河南更好利用创新平台、放大创新效益，汇聚创新资源、增强创新能力，壮大创新主体、建设创新中心，突出创新重点、实施创新专项等方面给予更多指导帮助，双方携手让部省合作路子越走越宽、成果越结越多"
for id, l in [("c31", "更好利用创新平台"), ("c32", "放大创新效益"), ("c33", "汇聚创新资源"), ("c34", "增强创新能力"),
              ("c36", "建设创新中心"), ("c38", "实施创新专项")]:
    goal(id, l, c3, opt_body=["most"], **C)
# 壮大创新主体 and 突出创新重点 restate aims already stated by 王国生 (g8) and 王志刚 (z43): one node each
rel("chenre", "proposes", "g8")
rel("chenre", "proposes", "z43")
goal("c4", "让部省合作路子越走越宽、成果越结越多", c3, opt_body=["most"], **C)
# the protocol: what the two sides agreed
p = lines[5].split("。")[1]
for id, l in [("p1", "集中精力推动郑洛新国家自主创新示范区建设"), ("p2", "培育创新引领型企业、平台、人才、机构"),
              ("p3", "促进科技金融、军工民用、国家地方、院所产业融合发展"), ("p4", "强化重大创新项目带动"),
              ("p5", "进一步释放科技创新潜能"), ("p6", "夯实建设现代化经济体系的战略支撑")]:
    goal(id, l, p, body=["protocol", "most", "hn-gov"], opt_by=["wangzg", "chenre"])

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
