"""Gold annotation of speech-cac-zhuangrongwen-cyber-power-long-2022 (庄荣文：以网络强国建设助力民族伟大复兴, signed article in 学习时报 reprinted by 中国信息安全), by hand per shared/eval/ANNOTATE.md (annotator ann36)."""
ID = "speech-cac-zhuangrongwen-cyber-power-long-2022"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
L = lines
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
    # a relation to an optional entity is optional too
    optional = optional or any(e.get("optional") for e in E if e["id"] in (s, o))
    key = (s, p, o)
    assert key not in {(r["s"], r["p"], r["o"]) for r in R}, key
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
    assert str(value) in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=ev(evidence), optional=optional)

def write():
    gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
    (here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
    print(collections.Counter((r["p"], r.get("optional", False)) for r in R))


def sl(label, i):
    """the sentence of line i (0-based) that states the label"""
    for s in re.split(r"(?<=[。；！？])", L[i]):
        if label in s:
            return ev(s.strip().rstrip("；。"))
    raise AssertionError((label, i))

# Agencies and organisations
ent("cac", "Agency", "中央网信办")
ent("cac-state", "Agency", "国家网信办")
ent("cpd", "Agency", "中央宣传部")
ent("cpc-cc", "Agency", "中共中央", ["党中央"])
ent("lg", "Agency", "中央网络安全和信息化领导小组")   # （后改为委员会）: the committee is not named on its own
ent("xxsb", "Organization", "学习时报")   # the source line
# People
ent("zhuang", "Person", "庄荣文")
rel("zhuang", "holdsPost", "cpd", post="副部长")
rel("zhuang", "holdsPost", "cac", post="主任")
rel("zhuang", "holdsPost", "cac-state", post="主任")
ent("xi", "Person", "习近平", optional=True)
# Events
ent("congress20", "Event", "党的二十大")
ent("congress18", "Event", "党的十八大")
ent("cybermeet", "Event", "全国网络安全和信息化工作会议")   # 党的历史上首次…, convened by 党中央
# Documents
ent("report20", "Document", "党的二十大报告")
rel("report20", "adoptedAt", "congress20", optional=True)
ent("charter", "Document", "党章")
ent("rules", "Document", "党内政治生活准则", optional=True)
# Places
ent("china", "Place", "中国", ["我国"], optional=True)
# Technologies (this article names only broad fields)
T = [("internet", "互联网", ()), ("it", "信息化", ()), ("infra", "新一代信息基础设施", ()),
     ("cybersec", "网络安全", ()), ("datasec", "数据安全", ()), ("smartcity", "新型智慧城市", ()),
     ("digital", "数字化", ())]
for id, l, al in T:
    ent(id, "Technology", l, al, optional=True)

Z = dict(by=("zhuang",), body=("cac",))
ZO = dict(optional=True, opt_by=("zhuang",), opt_body=("cac",))   # restatements and slogans
# title (line 0) and the opening (line 2)
goal("t1", "以网络强国建设助力民族伟大复兴", L[0], **Z)
goal("a1", "坚决贯彻落实以习近平同志为核心的党中央决策部署", **Z)
goal("a2", "把学习宣传贯彻党的二十大精神作为首要政治任务", **Z)
goal("a3", "在全面学习、全面把握、全面落实上下功夫", **Z)
goal("a4", "坚定不移把党的二十大提出的目标任务落到实处", **Z)
goal("a5", "奋力开创网信事业发展新局面", **Z)
goal("a6", "以网络强国建设新成效助力全面建设社会主义现代化国家", **ZO)   # restates the title
goal("a0", "全面建设社会主义现代化国家", sl("为全面建设社会主义现代化国家、全面推进中华民族伟大复兴而团结奋斗", 2), optional=True)
# heading 1 (line 3) and its paragraph (line 5)
goal("h1a", "深入学习领会把握“两个确立”的决定性意义", L[3], **Z)
goal("h1b", "坚定拥护“两个确立”、坚决做到“两个维护”", L[3], **Z)
goal("b1", "讲政治是对网信部门第一位的要求", **Z)   # 深刻领悟习近平总书记关于“……”的重要指示精神
rel("xi", "proposes", "b1", optional=True)
goal("b2", "牢牢把握网信工作显著的政治特征和网信部门鲜明的政治属性", **Z)
goal("b3", "坚定不移把“两个确立”作为最执着的政治信念", **Z)
goal("b4", "深刻领悟“两个确立”的决定性意义", **ZO)   # restates h1a
goal("b5", "牢记“国之大者”", **Z)
goal("b6", "增强“四个意识”", **Z)
goal("b7", "坚定“四个自信”", **Z)
goal("b8", "做到“两个维护”", sl("做到“两个维护”", 5), **ZO)   # restates h1b
goal("b9", "不断提高政治判断力、政治领悟力、政治执行力", **Z)
goal("b10", "同以习近平同志为核心的党中央保持高度一致", **Z)
goal("b11", "不折不扣贯彻落实习近平总书记重要指示批示精神和党中央决策部署", **Z)
goal("b12", "确保网信事业始终沿着正确政治方向和道路前进", **Z)
# heading 2 (line 6) and its paragraph (line 8)
goal("h2a", "深入学习领会把握习近平新时代中国特色社会主义思想的世界观和方法论", L[6], **Z)
goal("h2b", "始终用党的创新理论指引网络强国建设实践", L[6], **Z)
goal("c1", "深入学习贯彻习近平新时代中国特色社会主义思想", sl("深入学习贯彻习近平新时代中国特色社会主义思想", 8), **Z)
goal("c2", "深刻领会党的创新理论的道理学理哲理", **Z)
goal("c3", "全面把握其世界观和方法论", **ZO)   # restates h2a
goal("c4", "坚持好、运用好贯穿其中的立场观点方法", **Z)
goal("c5", "深刻领会“两个结合”“六个坚持”的核心要义和基本要求", **Z)
goal("c6", "做到知其言更知其义、知其然更知其所以然", **ZO)
goal("c7", "切实将党的创新理论贯彻落实到网信工作各方面全过程", **Z)
goal("c8", "推动思想伟力转化为加快推进网络强国建设的巨大实践动力", **Z)
# heading 3 (line 9); line 10 the past ten years; line 11 the tasks
goal("h3a", "深入学习领会把握过去五年的工作和新时代十年的伟大变革", L[9], **Z)
goal("h3b", "切实增强推进网络强国建设的信心决心和底气志气", L[9], **Z)
goal("p0", "建设网络强国", sl("明确提出建设网络强国的战略目标", 10), body=("cpc-cc",), opt_by=("zhuang",))   # the strategic aim 党中央 set and the article pursues
P = dict(optional=True, opt_body=("cpc-cc",))   # 党中央's past measures, named in passing
goal("p1", "成立中央网络安全和信息化领导小组", **P)
goal("p2", "统筹谋划和推进网络安全和信息化工作", opt_tech=("cybersec",), **P)
goal("d1", "坚定历史自信", **Z)
goal("d2", "增强历史主动", **Z)
goal("d3", "认真总结网信事业取得的发展成就和宝贵经验", **Z)
goal("d4", "深入落实网络强国建设战略部署", **Z)
goal("d5", "不忘初心、牢记使命", sl("不忘初心、牢记使命", 11), **ZO)
goal("d6", "谦虚谨慎、艰苦奋斗", **ZO)
goal("d7", "坚守道不变、志不改的信念与决心", **ZO)
goal("d8", "坚定不移走中国特色治网之道", **Z)
goal("d9", "向网络强国战略目标迈进", **Z)
# heading 4 (line 12); line 13 the congress's mission and Xi's remarks; line 14 the tasks
goal("h4a", "深入学习领会把握以中国式现代化全面推进中华民族伟大复兴的使命任务", L[12], **Z)
goal("h4b", "着力以信息化推进中国式现代化", L[12], opt_tech=("it",), **Z)
goal("x0", "分两步走全面建成社会主义现代化强国", optional=True, opt_body=("report20",))
goal("x3", "以中国式现代化全面推进中华民族伟大复兴", sl("政治宣言", 13), optional=True, opt_body=("report20",))
goal("x1", "推动新型工业化、信息化、城镇化、农业现代化同步发展", optional=True, opt_by=("xi",), opt_tech=("it",))
goal("x2", "建设网络强国的战略部署要与“两个一百年”奋斗目标同步推进", optional=True, opt_by=("xi",))
goal("e1", "切实增强“现代化建设、信息化先行”的责任感使命感紧迫感", opt_tech=("it",), **Z)
goal("e2", "坚持网络强国建设与实现第二个百年奋斗目标同步推进", **Z)
goal("e3", "自觉将信息化建设贯穿于全面建设社会主义现代化国家进程", opt_tech=("it",), **Z)
goal("e4", "统筹发展和安全", **Z)
goal("e5", "积极防范化解前进道路上的各种风险", **Z)
goal("e6", "敢于斗争、善于斗争", **ZO)
goal("e7", "奋力谱写网信事业发展新篇章", **Z)
# heading 5 (line 15); line 16 the congress's requirements; line 17 the tasks
goal("h5a", "深入学习领会把握党的二十大作出的战略部署", L[15], **Z)
goal("h5b", "着力推动网信事业高质量发展", L[15], **Z)
Q = dict(opt_by=("zhuang",), opt_body=("report20",))   # the congress's requirements as the article reports them (line 16)
goal("q1", "加快建设网络强国、数字中国", **Q)
# 加快发展数字经济 (line 16) is the same aim as g14 (line 17): one node
goal("q3", "加快实现高水平科技自立自强", **Q)
goal("q4", "健全网络综合治理体系", sl("健全网络综合治理体系", 16), optional=True)   # restated by f13 in line 17
goal("q5", "推动形成良好网络生态", **Q)
goal("q6", "强化网络、数据等安全保障体系建设", **Q)
goal("q7", "加强个人信息保护", **Q)
goal("f0", "在全面学习把握落实党的二十大精神上下功夫", **ZO)   # restates a3
goal("f01", "细化目标任务", **Z)
goal("f02", "制定工作方案", **Z)
goal("f03", "狠抓部署落实", **Z)
goal("f04", "确保各项任务落地见效", **Z)
goal("f1", "开创网络内容建设新局面", **Z)
goal("f11", "做好习近平新时代中国特色社会主义思想网上宣传", **Z)
goal("f12", "加强网络内容建设与管理", **Z)
goal("f13", "加快建立健全网络综合治理体系", **Z)
goal("f14", "加强网络文明建设", **Z)
goal("f15", "切实维护网络意识形态安全和政治安全", **Z)
goal("g1", "迈出信息化发展新步伐", opt_tech=("it",), **Z)
goal("g11", "加强数字中国建设整体布局", **Z)
goal("g12", "加快新一代信息基础设施建设", opt_tech=("infra",), **Z)
goal("g13", "打赢信息领域关键核心技术攻坚战", **Z)
goal("g14", "加快发展数字经济", sl("加快发展数字经济", 17), **Z)
goal("g15", "扎实推进新型智慧城市、数字乡村建设", opt_tech=("smartcity",), **Z)
goal("g16", "深化信息惠民为民", **Z)
goal("g17", "推进数字化绿色化协同转型发展", opt_tech=("digital",), **Z)
goal("g18", "统筹推进网信军民融合深度发展", **Z)
goal("k1", "筑牢网络安全新屏障", opt_tech=("cybersec",), **Z)
goal("k11", "深入落实网络安全工作责任制", opt_tech=("cybersec",), **Z)
goal("k12", "强化数据安全和个人信息保护", opt_tech=("datasec",), **Z)
goal("k13", "完善网络安全保障体系", opt_tech=("cybersec",), **Z)
goal("m1", "塑造网络空间国际合作新格局", **Z)
goal("m11", "大力宣介习近平总书记关于构建网络空间命运共同体的理念主张", **Z)
goal("m12", "深化网信领域国际合作", **Z)
goal("m13", "增强网络空间国际话语权和影响力", **Z)
goal("m14", "为建设网络强国创造更加有利的国际环境", **Z)
# heading 6 (line 18); line 19 the congress on self-reform; line 20 the tasks
goal("h6a", "深入学习领会把握以党的自我革命引领社会革命的重要要求", L[18], **Z)
goal("h6b", "坚定不移推进网信系统党的建设和干部队伍建设", L[18], **Z)
goal("y1", "持之以恒推进全面从严治党", optional=True)   # the congress's requirements (line 19)
goal("y2", "深入推进新时代党的建设新的伟大工程", optional=True)
goal("n1", "牢记打铁必须自身硬", **ZO)
goal("n2", "永葆“赶考”的清醒和坚定", **ZO)
goal("n3", "增强全面从严治党永远在路上的政治自觉", **Z)
goal("n4", "全面提高网信系统党的建设和干部队伍建设水平", **ZO)   # restates h6b
goal("n5", "深入落实新时代党的建设总要求", **Z)
goal("n6", "严格遵守党章和党内政治生活准则", **Z)
goal("n7", "持续纠治“四风”", **Z)
goal("n8", "强化涉网权力的风险排查和防范管控", **Z)
goal("n9", "一体推进不敢腐、不能腐、不想腐", **Z)
goal("n10", "落实“讲政治、懂网络、敢担当、善创新”重要标准要求", **Z)
goal("n11", "将政治标准、政治要求融入干部“选育管用”各方面各环节", **Z)
goal("n12", "加强对年轻干部的教育、管理和培养", **Z)
goal("n13", "建设高素质网信人才队伍", **Z)
goal("n14", "为网信事业高质量发展提供坚强保障", **Z)

# 中央网信办 pushes the (broad) fields its director's goals name: all optional, as the fields are
for t in ("it", "infra", "cybersec", "datasec", "smartcity", "digital"):
    rel("cac", "promotes", t, optional=True)

write()
