"""Gold annotation of forum-china-internet-conf-shenzhen-long-2022 (聚焦 | 发展数字经济 促进数字文明——2022（第二十一届）中国互联网大会在深圳开幕), by hand per shared/eval/ANNOTATE.md."""
ID = "forum-china-internet-conf-shenzhen-long-2022"
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
# Events, places, documents
ent("conf", "Event", "2022（第二十一届）中国互联网大会", ["中国互联网大会", "本届中国互联网大会"])
ent("cpc20", "Event", "党的二十大", ["二十大"])
ent("cpc18", "Event", "党的十八大", ["十八大"])
ent("shenzhen", "Place", "深圳", ["深圳市"])
ent("gba", "Place", "粤港澳大湾区")
ent("apac", "Place", "亚太地区", optional=True)
ent("china", "Place", "中国", ["我国"], optional=True)
rel("conf", "locatedIn", "shenzhen")
ent("plan14", "Document", "“十四五”数字经济和信息通信行业发展规划", ["十四五数字经济和信息通信行业发展规划"])
ent("sz-soft", "Document", "深圳市推动软件产业高质量发展的若干措施", ["《深圳市推动软件产业高质量发展的若干措施》"])
ent("report20", "Document", "党的二十大报告", ["二十大报告"])
# Bodies
ent("miit", "Agency", "工业和信息化部")
ent("sz-cpc", "Agency", "深圳市委")
ent("sz-gov", "Agency", "深圳市人民政府", ["市人民政府"])
ent("gd-ca", "Agency", "广东省通信管理局")
ent("sz-miit", "Agency", "深圳市工业和信息化局")
ent("qianhai", "Agency", "深圳市前海互联网安全保障中心")
ent("isc", "Organization", "中国互联网协会")
ent("cae", "Organization", "中国工程院")
rel("sz-soft", "publishedBy", "sz-gov", optional=True)
rel("report20", "adoptedAt", "cpc20", optional=True)
# People
P = [("zhangym", "张云明", [("miit", "党组成员、副部长", False)], True),
     ("zhenghb", "郑红波", [("sz-cpc", "常委", False), ("sz-gov", "党组成员", False)], True),
     ("shangb", "尚冰", [("isc", "理事长", False)], True),
     ("cailz", "蔡立志", [("gd-ca", "党组书记、局长", False)], False),
     ("yush", "余少华", [], False)]
for id, n, posts, speaks in P:
    ent(id, "Person", n)
    for org, post, opt in posts:
        rel(id, "holdsPost", org, post=post, optional=opt)
    if speaks:
        rel(id, "speaksAt", "conf")
rel("cailz", "speaksAt", "conf", optional=True)  # 主持开幕式
# Technologies
for id, l in [("5g", "5G"), ("iiot", "工业互联网"), ("beidou", "北斗"), ("iot", "物联网"), ("6g", "6G"), ("quantum", "量子计算")]:
    ent(id, "Technology", l)
for id, l in [("it", "信息技术"), ("digitech", "数字技术"), ("newinfra", "数字新基建"), ("internet", "互联网")]:
    ent(id, "Technology", l, optional=True)
# Statistic
stat("s-ed", "中国互联网大会举办届数", "第21届", "中国互联网大会从2002年开始举办，迄今已是第21届", optional=True)

# Goals: the meeting's theme (optional, for its two hosts)
th = "大会主题为“发展数字经济 促进数字文明”，会期三天，将举办系列论坛和特色活动"
goal("t1", "发展数字经济", th, optional=True, opt_body=["miit", "sz-gov"])
goal("t2", "促进数字文明", th, optional=True, opt_body=["miit", "sz-gov"])
goal("t3", "举办系列论坛和特色活动", th, optional=True)
# 张云明 (工业和信息化部将…)
Z = dict(by=["zhangym"], body=["miit"])
ZO = dict(optional=True, opt_by=["zhangym"], opt_body=["miit"])
z0 = lines[3].split("。")[0]
goal("z01", "全面学习、全面把握、全面落实党的二十大精神", z0, **ZO)
goal("z02", "立足新发展阶段", z0, **ZO)
goal("z03", "完整、准确、全面贯彻新发展理念", z0, **ZO)
goal("z04", "构建新发展格局", z0, **Z)
goal("z05", "落实“十四五”数字经济和信息通信行业发展规划", z0, **Z)
goal("z06", "让互联网行业发展焕发出新的蓬勃生机", z0, **Z)
z1 = "坚持强基固本，以网络建设支撑发展，聚焦5G、工业互联网、北斗、物联网等重点领域，大力推进体系化建设、规模化部署、产业化应用"
goal("z1", "坚持强基固本", z1, **Z)
goal("z2", "以网络建设支撑发展", z1, **ZO)
goal("z3", "聚焦5G、工业互联网、北斗、物联网等重点领域", z1, tech=["5g", "iiot", "beidou", "iot"], **Z)
goal("z4", "大力推进体系化建设、规模化部署、产业化应用", z1, **Z)
z2 = "坚持技术引领，以创新融合驱动发展，推动6G、量子计算等关键核心技术、基础前沿技术加快突破，发挥信息技术对经济发展的放大、叠加、倍增作用"
goal("z5", "坚持技术引领", z2, **Z)
goal("z6", "以创新融合驱动发展", z2, **ZO)
goal("z7", "推动6G、量子计算等关键核心技术、基础前沿技术加快突破", z2, tech=["6g", "quantum"], **Z)
goal("z8", "发挥信息技术对经济发展的放大、叠加、倍增作用", z2, opt_tech=["it"], **Z)
z3 = "坚持底线思维，以安全规范保障发展，健全完善法律法规和政策制度，构建与数字经济特征相适应的监管体系，加快营造稳定公开透明可预期的营商环境"
goal("z9", "坚持底线思维", z3, **Z)
goal("z10", "以安全规范保障发展", z3, **ZO)
goal("z11", "健全完善法律法规和政策制度", z3, **Z)
goal("z12", "构建与数字经济特征相适应的监管体系", z3, **Z)
goal("z13", "加快营造稳定公开透明可预期的营商环境", z3, **Z)
z4 = "坚持对外开放，以互利共赢促进发展，加强网络空间国际合作，积极参与全球数字治理和国际规则制定，为全球互联网发展治理贡献中国方案、中国智慧"
goal("z14", "坚持对外开放", z4, **Z)
goal("z15", "以互利共赢促进发展", z4, **ZO)
goal("z16", "加强网络空间国际合作", z4, **Z)
goal("z17", "积极参与全球数字治理和国际规则制定", z4, **Z)
goal("z18", "为全球互联网发展治理贡献中国方案、中国智慧", z4, **Z)
# 郑红波 (深圳: a region as subject, so hasGoal for 深圳市人民政府 optional)
H = dict(by=["zhenghb"], opt_body=["sz-gov"])
HO = dict(optional=True, opt_by=["zhenghb"], opt_body=["sz-gov"])
goal("h0", "全方位地推动互联网产业蓬勃发展", optional=True, opt_by=["zhenghb"], opt_body=["miit"])  # MIIT's past work, as he reports it
goal("h1", "全力打造数字化、网络化、智能化的创新型城市", **H)
goal("h2", "纳入了“20+8”产业集群重点培育", **HO)
h3 = "当前，深圳正在全面学习、全面把握、全面落实党的二十大精神，奋力建设好中国特色社会主义先行示范区，创建社会主义现代化强国的城市范例"
goal("h3", "奋力建设好中国特色社会主义先行示范区", h3, **H)
goal("h4", "创建社会主义现代化强国的城市范例", h3, **H)
h5 = "深圳将以数字产业化和产业数字化为主线，着力打造全国数字经济产业重要策源地和全国数字技术应用场景首选试验田"
goal("h5", "以数字产业化和产业数字化为主线", h5, **HO)
goal("h6", "着力打造全国数字经济产业重要策源地", h5, **H)
goal("h7", "全国数字技术应用场景首选试验田", h5, opt_tech=["digitech"], **H)
h8 = "期待各方积极地建言献策，推动深圳加快建设全球数字先锋城市"
goal("h8", "推动深圳加快建设全球数字先锋城市", h8, **H)
goal("h9", "期待各方积极地建言献策", h8, **HO)
# 尚冰 (中国互联网协会); the report's aims as he cites them
goal("r1", "推动我国数字经济实现更高质量发展", body=["report20"], opt_by=["shangb"])
goal("r2", "加快数字中国建设", body=["report20"], opt_by=["shangb"])
B = dict(by=["shangb"], body=["isc"])
b1 = "一是坚持创新驱动，提升关键核心技术自主创新能力，努力推动集群创新，持续提升数字中国创新能力"
goal("b1", "坚持创新驱动", b1, **B)
goal("b2", "提升关键核心技术自主创新能力", b1, **B)
goal("b3", "努力推动集群创新", b1, **B)
goal("b4", "持续提升数字中国创新能力", b1, **B)
b2 = "二是坚持应用牵引，深化制造业数字化转型升级，催生新产业新业态新模式，推进新型工业化发展进程"
goal("b5", "坚持应用牵引", b2, **B)
goal("b6", "深化制造业数字化转型升级", b2, **B)
goal("b7", "催生新产业新业态新模式", b2, **B)
goal("b8", "推进新型工业化发展进程", b2, **B)
b3 = "三是坚持安全发展，全面提升数字经济治理水平，扩大数字技术在治理中的应用，提升治理效能"
goal("b9", "坚持安全发展", b3, **B)
goal("b10", "全面提升数字经济治理水平", b3, **B)
goal("b11", "扩大数字技术在治理中的应用", b3, opt_tech=["digitech"], **B)
goal("b12", "提升治理效能", b3, **B)
b4 = "四是坚持普惠发展，持续提高人民群众获得感，让数字经济发展更加普惠大众"
goal("b13", "坚持普惠发展", b4, **B)
goal("b14", "持续提高人民群众获得感", b4, **B)
goal("b15", "让数字经济发展更加普惠大众", b4, **B)
# 深圳市前海互联网安全保障中心: what its founding is to achieve
q = "将有力地推动深圳数字新基建、网络信息安全、应急通信保障等工作再上新台阶，为优化营商环境、推进粤港澳大湾区数字经济高质量发展提供重要保障"
Q = dict(body=["qianhai"])
goal("q1", "推动深圳数字新基建、网络信息安全、应急通信保障等工作", q, opt_tech=["newinfra"], **Q)
goal("q2", "优化营商环境", q, **Q)
goal("q3", "推进粤港澳大湾区数字经济高质量发展", q, **Q)
# promotes
for t in ("5g", "iiot", "beidou", "iot", "6g", "quantum"):
    rel("miit", "promotes", t)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
