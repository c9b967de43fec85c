"""Gold annotation of interpretation-rmydb-ai-plus-rule-of-law-long-2024 (专家解读 | 开展“人工智能+”行动呼唤法治保障, by 王春晖, 中国信息安全 2024-12-28, from 人民邮电报: the 2024 中央经济工作会议's “人工智能+” call and the legal and ethical rules for AI), by hand per shared/eval/ANNOTATE.md (annotator annK15)."""
ID = "interpretation-rmydb-ai-plus-rule-of-law-long-2024"
import collections, json, pathlib
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
L = {i + 1: l for i, l in enumerate(lines)}
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type == "Statistic" or label in text, label
    for a in aliases: assert a in text, a
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    if "evidence" in kw: ev(kw["evidence"])
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def sent(frag):
    """the sentence (up to 。 or ；, or the whole line for a heading) of the text containing frag"""
    for l in lines:
        if frag in l:
            i = l.index(frag)
            a = max(l.rfind("。", 0, i), l.rfind("；", 0, i)) + 1
            b = l.find("。", i)
            return l[a:b + 1 if b >= 0 else len(l)]
    raise AssertionError(frag)


# ---- people and bodies ----
ent("wang", "Person", "王春晖")  # the author (byline of the reprint; 笔者 in the text)
ent("rmydb", "Organization", "人民邮电报")  # closing source line
ent("xi", "Person", "习近平")
ent("cpc", "Agency", "中共中央")
rel("xi", "holdsPost", "cpc", optional=True, post="总书记")  # 习近平总书记 (the body is not named with the post)
ent("politburo", "Agency", "中共中央政治局", optional=True)
rel("politburo", "subOrganizationOf", "cpc", optional=True)
ent("aigov", "Agency", "国家新一代人工智能治理专业委员会")
ent("cpc-office", "Agency", "中共中央办公厅")
ent("gov-office", "Agency", "国务院办公厅")
ent("cstc", "Agency", "中央科技委员会")
ent("most", "Agency", "科技部")
ent("moe", "Agency", "教育部")
ent("miit", "Agency", "工信部")
ent("sc", "Agency", "国务院")
# ---- events ----
ent("cewc", "Event", "中央经济工作会议")
rel("xi", "speaksAt", "cewc")  # 在…会议上，习近平总书记发表重要讲话
ent("study9", "Event", "中共中央政治局第九次集体学习")
rel("xi", "speaksAt", "study9")  # 主持…集体学习时，指出要…
ent("brf3", "Event", "第三届“一带一路”国际合作高峰论坛")
rel("xi", "speaksAt", "brf3")  # 开幕式主旨演讲
ent("unga78", "Event", "第78届联合国大会")
# ---- documents ----
ent("gaigi", "Document", "全球人工智能治理倡议", ["《全球人工智能治理倡议》", "《倡议》"])
rel("gaigi", "adoptedAt", "brf3", optional=True)  # 习近平主席 proposed it in his keynote there
ent("res", "Document", "加强人工智能能力建设国际合作决议")
rel("res", "adoptedAt", "unga78")  # 第78届联合国大会协商一致通过
ent("ethics", "Document", "新一代人工智能伦理规范", ["《新一代人工智能伦理规范》", "《伦理规范》"])
rel("ethics", "publishedBy", "aigov")
ent("stop", "Document", "关于加强科技伦理治理的意见", ["《关于加强科技伦理治理的意见》"])
rel("stop", "publishedBy", "cpc-office")
rel("stop", "publishedBy", "gov-office")
ent("review", "Document", "科技伦理审查办法（试行）", ["《科技伦理审查办法（试行）》"])
for b in ("most", "moe", "miit"):
    rel("review", "publishedBy", b)
rel("review", "publishedBy", "cstc", optional=True)  # 经中央科技委员会同意
ent("genai-m", "Document", "生成式人工智能服务管理暂行办法", ["《生成式人工智能服务管理暂行办法》", "《办法》"])
ent("outline", "Document", "法治社会建设实施纲要（2020—2025年）", ["《法治社会建设实施纲要（2020—2025年）》"])
rel("outline", "publishedBy", "cpc")
ent("algo-r", "Document", "互联网信息服务算法推荐管理规定", ["《互联网信息服务算法推荐管理规定》", "《管理规定》"])
ent("ailaw", "Document", "人工智能法")
ent("legplan", "Document", "立法工作计划", optional=True)
rel("legplan", "publishedBy", "sc", optional=True)
# ---- places ----
ent("china", "Place", "中国", optional=True)
ent("wo", "Place", "我国", optional=True)
# ---- technologies ----
T = [("ai", "人工智能", (), False), ("genai", "生成式人工智能", (), False), ("algrec", "算法推荐", (), False),
     ("deepfake", "深度伪造", (), False), ("llm", "大模型", (), False),
     ("ngai", "新一代人工智能", (), True), ("algo", "算法", (), True), ("dana", "数据分析", (), True),
     ("agent", "人工智能体", (), True)]
for id, l, al, opt in T:
    ent(id, "Technology", l, al, optional=opt)
TOPT = {id for id, l, al, opt in T if opt}
# ---- statistics ----
ent("s-cosp", "Statistic", "参加加强人工智能能力建设国际合作决议联署的国家", value="140多", evidence=ev("140多国参加决议联署"))
ent("s-basic", "Statistic", "《伦理规范》基本伦理要求", value="6项", evidence=ev("提升伦理素养等6项基本伦理要求"), optional=True)
ent("s-spec", "Statistic", "《伦理规范》具体伦理要求", value="18项", evidence=ev("特定活动的18项具体伦理要求"), optional=True)

def G(id, label, evidence, by=(), has=(), opt_by=(), opt_has=(), opt=False, tech=()):
    """by: the persons who state or propose the goal (proposes); has: the bodies or documents that set it
    (hasGoal); opt_by / opt_has the same, optional. A goal of an Event (the 中央经济工作会议's call) has no holder."""
    assert label in evidence, (label, evidence)
    assert 4 <= len(label) <= 30, label
    assert label not in {e["label"] for e in E if e["type"] == "Goal"}, label
    ent(id, "Goal", label, optional=opt, evidence=ev(evidence))
    for p in by: rel(p, "proposes", id, optional=opt)
    for p in opt_by: rel(p, "proposes", id, optional=True)
    for h in has: rel(h, "hasGoal", id, optional=opt)
    for h in opt_has: rel(h, "hasGoal", id, optional=True)
    for t in tech:
        rel(id, "involvesTechnology", t, optional=opt or t in TOPT)
    for t, l, al, o in T:
        if t not in tech and any(x in label for x in (l,) + tuple(al)):
            if t == "ai" and "人工智能体" in label and label.count("人工智能") == 1:
                continue
            if t == "algo" and "算法推荐" in label:
                continue
            rel(id, "involvesTechnology", t, optional=opt or o)

W = ("wang",)
# ---- line 3: the 中央经济工作会议 and the author's thesis (title) ----
G("c0", "扎实做好明年经济工作", sent("为扎实做好明年经济工作指明方向"), opt_by=("xi",), opt=True)
e3 = sent("会议提出开展“人工智能+”行动")
G("c1", "开展“人工智能+”行动", e3, by=W, opt_by=("xi",))  # the meeting's call, taken up by the author (笔者认为, title)
G("c2", "培育未来产业", e3, opt_by=("xi",))
e3b = sent("笔者认为")
G("a1", "继续加强立法", e3b, by=W)
G("a2", "构建“以人为本与智能向善”的人工智能生态", e3b, by=W)
G("a3", "提供法治保障", e3b, by=W)  # title: …呼唤法治保障
# ---- line 4: 习近平 (2018), the 倡议 (2023) ----
e4 = sent("指出要“加强人工智能相关法律")
G("x1", "加强人工智能相关法律、伦理、社会问题研究", e4, by=("xi",))
G("x2", "建立健全保障人工智能健康发展的法律法规、制度体系、伦理道德", e4, by=("xi",))
e4b = sent("核心内容包括坚持以人为本、智能向善")
G("i1", "坚持以人为本、智能向善", e4b, has=("gaigi",), opt_by=("xi",), opt_has=("res",))
# restated by the 决议 (line 5: 人工智能发展应坚持以人为本、智能向善、造福人类的原则): one node
G("i2", "引导人工智能朝着有利于人类文明进步的方向发展", e4b, has=("gaigi",), opt_by=("xi",))
G("i3", "构建“以人为本、智能向善”的人工智能命运共同体", sent("中国正在积极构建"), opt_by=W)
# ---- part 1: ethics ----
G("h1", "加强人工智能伦理治理", L[6], by=W)
e7 = sent("一是增进人类福祉")
for id, l in [("e1", "增进人类福祉"), ("e2", "促进公平公正"), ("e3", "保护隐私安全"), ("e4", "确保可控可信"),
              ("e5", "强化责任担当"), ("e6", "提升伦理素养")]:
    G(id, l, e7, has=("ethics",), opt_has=("aigov",))
e8 = sent("将制定生命科学、医学、人工智能等重点领域")
STOP = dict(has=("stop",), opt_has=("cpc-office", "gov-office"))
G("s1", "制定生命科学、医学、人工智能等重点领域的科技伦理规范", e8, **STOP)
G("s2", "完善科技伦理相关标准", e8, **STOP)
G("s3", "明确科技伦理要求", e8, **STOP)
G("s4", "引导科技机构和科技人员合规开展科技活动", e8, **STOP)
G("r1", "设立科技伦理（审查）委员会", sent("应设立科技伦理（审查）委员会"), has=("review",), opt_has=("most", "moe", "miit"))
# ---- part 2: 以人为本 ----
e11 = sent("人工智能的立法宗旨应当贯彻")
G("b1", "贯彻“以人为本”和“智能向善”的根本理念", e11, by=W)
G("b2", "打造人工智能良好发展生态", e11, by=W, opt=True)  # restates a2 in other words
e12 = sent("《办法》要求，提供和使用生成式人工智能服务")
GM = dict(has=("genai-m",))
G("m1", "遵守法律、行政法规", e12, **GM)
G("m2", "尊重社会公德和伦理道德", e12, **GM)
G("m3", "尊重他人合法权益", e12, **GM)
G("m4", "不得危害他人身心健康", e12, opt=True, **GM)
G("m5", "不得侵害他人肖像权、名誉权、荣誉权、隐私权和个人信息权益", e12, opt=True, **GM)
e13 = L[13]
G("m6", "依法承担个人信息处理者责任", e13, **GM)
G("m7", "履行个人信息保护义务", e13, **GM)
G("m8", "对使用者的输入信息和使用记录应当依法履行保护义务", e13, **GM)
G("m9", "不得收集非必要个人信息", e13, opt=True, **GM)
G("m10", "不得非法留存能够识别使用者身份的输入信息和使用记录", e13, opt=True, **GM)
G("m11", "不得非法向他人提供使用者的输入信息和使用记录", e13, opt=True, **GM)
# ---- part 3: algorithms ----
G("h3", "促进人工智能算法应用向善", L[14], by=W)
G("o1", "制定算法推荐、深度伪造等新技术应用规范管理办法", sent("要制定算法推荐、深度伪造等新技术应用规范管理办法"),
  has=("outline",), opt_has=("cpc",))
e15 = sent("算法推荐服务提供者应当坚持主流价值导向")
GR = dict(has=("algo-r",))
G("g1", "坚持主流价值导向", e15, **GR)
G("g2", "优化算法推荐服务机制", e15, **GR)
G("g3", "积极传播正能量", e15, **GR)
G("g4", "促进算法应用向上向善", e15, **GR)
G("r2", "作为科技伦理（审查）委员会审查的重点内容", sent("明确将算法、模型和系统的设计"), has=("review",), opt=True,
  tech=("algo",))  # 将算法、模型和系统的设计、实现、应用等是否遵守…原则作为…审查的重点内容
e18 = sent("算法推荐服务提供者应当定期审核")
G("g5", "定期审核、评估、验证算法机制机理、模型、数据和应用结果", e18, **GR)
G("g6", "不得设置诱导用户沉迷、过度消费等违反法律法规", e18, opt=True, **GR)  # …或者违背伦理道德的算法模型
# ---- line 19: legislation and the author's proposals ----
G("l1", "积极推动人工智能的相关立法", sent("我国正在积极推动人工智能的相关立法"), opt_has=("sc",))
G("l2", "将人工智能法纳入立法工作计划", sent("国务院已将人工智能法纳入立法工作计划"), opt=True, opt_has=("sc",))
e19 = sent("笔者建议")
for id, l in [("p1", "坚持“以人为本”的价值导向"), ("p2", "推动人工智能创新发展"), ("p3", "确保“智能向善”"),
              ("p4", "平衡和协调人工智能发展、安全与治理之间的关系"), ("p5", "清晰界定相关主体权利、义务和责任边界"),
              ("p6", "建立人工智能体问责和追溯机制"), ("p7", "构建人工智能发展、安全与治理有机统一的法律制度")]:
    G(id, l, e19, by=W)

# ---- promotes ----
rel("sc", "promotes", "ai", optional=True)
rel("aigov", "promotes", "ai", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
