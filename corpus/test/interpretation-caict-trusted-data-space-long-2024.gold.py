"""Gold annotation of interpretation-caict-trusted-data-space-long-2024 (专家解读 | 魏亮：加快可信数据空间实践落地，构建数据要素流通利用新格局, 中国信息安全 2024-12-07, from 国家数据局: CAICT vice-president 魏亮 on the 《可信数据空间发展行动计划（2024—2028年）》), by hand per shared/eval/ANNOTATE.md (annotator annK15)."""
ID = "interpretation-caict-trusted-data-space-long-2024"
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
ent("wei", "Person", "魏亮")
ent("caict", "Agency", "中国信息通信研究院")
rel("wei", "holdsPost", "caict", post="副院长")
ent("nda", "Agency", "国家数据局")  # issuer of the 行动计划; also the closing source line
ent("alliance", "Organization", "可信数据空间发展联盟", optional=True)  # an alliance the author wants founded (尽快成立…)
# ---- documents, places ----
ent("plan", "Document", "可信数据空间发展行动计划（2024—2028年）",
    ["《可信数据空间发展行动计划（2024—2028年）》", "《行动计划》", "行动计划"])
rel("plan", "publishedBy", "nda")
ent("china", "Place", "我国", optional=True)
ent("eu", "Place", "欧盟", optional=True)
for id, l in [("jp", "日本"), ("us", "美国"), ("kr", "韩国")]:
    ent(id, "Place", l)
ent("bri", "Goal", "“一带一路”", optional=True, evidence=ev("依托“一带一路”等区域合作平台"))  # named initiative, used as a platform

# ---- technologies ----
T = [("internet", "互联网", (), False), ("iot", "物联网", (), False), ("bigdata", "大数据", (), False),
     ("ai", "人工智能", (), False), ("tds", "可信数据空间", (), False), ("ppc", "隐私计算", (), False),
     ("ds", "数据空间", (), True), ("sandbox", "数据沙箱", (), True), ("usectl", "使用控制", (), True),
     ("flowinfra", "数据流通利用基础设施", (), True), ("its", "智能交通", (), True)]
for id, l, al, opt in T:
    ent(id, "Technology", l, al, optional=opt)
TOPT = {id for id, l, al, opt in T if opt}

# ---- statistic ----
ent("s-ds", "Statistic", "全球数据空间数量", value="200个", evidence=ev("近几年全球数据空间发展加速，数量已经超过了200个"))

def G(id, label, evidence, who="wei", opt=False, tech=()):
    """who: wei = the author's own aim or recommendation (魏亮 proposes; 信通院 hasGoal optional;
    the 行动计划, which part 03 takes as its guide, hasGoal optional);
    plan = what the 行动计划 sets, as the author reports it (行动计划 hasGoal; 国家数据局 hasGoal optional;
    魏亮 proposes optional); both = a task the 行动计划 sets (line 10) that the author restates as his
    own recommendation (line 25): one node, 行动计划 hasGoal and 魏亮 proposes both required;
    benefit = an argued function or benefit of the trusted data space (optional, 魏亮 proposes optional);
    none = present practice of unnamed industry actors (optional, no holder)."""
    assert label in evidence, (label, evidence)
    assert 4 <= len(label) <= 30, label
    assert label not in {e["label"] for e in E if e["type"] == "Goal"}, label
    opt = opt or who in ("benefit", "none")
    ent(id, "Goal", label, optional=opt, evidence=ev(evidence))
    if who in ("wei", "both", "benefit"):
        rel("wei", "proposes", id, optional=opt)
        rel("caict", "hasGoal", id, optional=True)
    if who == "wei":
        rel("plan", "hasGoal", id, optional=True)
    if who in ("plan", "both"):
        rel("plan", "hasGoal", id, optional=opt)
        rel("nda", "hasGoal", id, optional=True)
        if who == "plan":
            rel("wei", "proposes", id, optional=True)
    for t in tech:
        rel(id, "involvesTechnology", t, optional=opt or t in TOPT)
    for t, l, al, o in T:
        if t not in tech and any(x in label for x in (l,) + tuple(al)):
            if t == "ds" and "可信数据空间" in label:
                continue
            rel(id, "involvesTechnology", t, optional=opt or o)

# ---- title ----
G("t1", "加快可信数据空间实践落地", L[1])
G("t2", "构建数据要素流通利用新格局", L[1])
# ---- line 3: opening ----
e3 = sent("为促进数据要素合规高效流通使用指明了方向")
G("p1", "促进数据要素合规高效流通使用", e3, "plan")
G("p2", "构建全国一体化数据市场", e3, "plan")  # restated line 8: 支撑构建全国一体化数据市场
e3b = sent("我们要充分把握")
G("a1", "充分把握可信数据空间的发展机遇", e3b)
G("a2", "探索符合我国国情的可信数据空间推进路径", e3b)
G("a3", "全力支撑数据市场建设和数字经济高质量发展", e3b)
# ---- part 01 ----
G("h1", "有效推动数据规模化流通利用", L[4])  # heading 01; restated in heading 03 (促进数据大规模流通利用, optional node below)
e6 = sent("通过构建可信可管、互联互通、价值共创三大能力")
G("b1", "构建可信可管、互联互通、价值共创三大能力", e6, "plan", opt=True)
G("b2", "提供流通全过程的控制、管理、计量等共性技术服务", e6, "benefit")
G("b3", "为数据流通利用提供多元化的商业服务", sent("能够为数据流通利用提供多元化的商业服务"), "benefit")
G("h1b", "全国一体化数据市场建设", L[7], "benefit")  # heading (二): restates p2 as a noun phrase
e8 = sent("能够有效推动数据要素价值释放")
G("b4", "有效推动数据要素价值释放", e8, "benefit")
G("b5", "激发全社会内生动力和创新活力", e8, "benefit")
e8b = sent("保护数据权益，增强数据供给意愿")
G("b6", "保护数据权益", e8b, "benefit")
G("b7", "增强数据供给意愿", e8b, "benefit")
e8c = sent("促进数据跨主体、跨行业、跨领域互联互通")
G("b8", "促进数据跨主体、跨行业、跨领域互联互通", e8c, "benefit")
G("b9", "为数据融合开发利用提供保障", e8c, "benefit")
e8d = sent("同时通过建立高价值场景和合理的规则机制")
G("b10", "建立高价值场景和合理的规则机制", e8d, "benefit")
G("b11", "共同开展数据产品和服务创新", e8d, "benefit")
G("b12", "实现数据要素价值释放", e8d, "benefit")
G("h1c", "构建国际数据资源开发合作", L[9], "benefit")  # heading (三)
e10 = sent("《行动计划》提出要建立可信数据空间对话合作机制")
G("c1", "建立可信数据空间对话合作机制", e10, "both")  # = line 25 建立常态化的对话合作机制
G("c2", "形成发展共识", e10, "plan")
G("c3", "积极参与国际化标准化组织活动", e10, "plan")
G("c4", "推动我国可信数据空间技术标准、运营规则和认证体系全球适用", e10, "plan")
e10b = sent("并推动可信数据空间国际合作示范项目建设")
G("c5", "推动可信数据空间国际合作示范项目建设", e10b, "both")  # = line 25 推动数据空间国际合作示范项目的建设
G("c6", "探索国内外数据空间互联互通", e10b, "both")  # = line 25 探索数据空间互联互通
# ---- part 02: present practice (line 13), challenges (line 15: no goals) ----
G("h2", "积极把握、主动应对我国可信数据空间发展面临的机遇和挑战", L[11])
e13a = sent("一是链主企业发挥带动作用")
G("n1", "以企业可信数据空间推动上下游数据共享", e13a, "none")
G("n2", "实现产业链、供应链协同发展", e13a, "none")
e13b = sent("二是行业龙头企业联合行业协会")
G("n3", "打通行业内多个数据孤岛", e13b, "none")
G("n4", "探索数字产品护照、碳足迹管理等行业共性应用场景", e13b, "none")
G("n5", "促进行业转型升级", e13b, "none")
G("n6", "统筹整合城市内人口、交通、金融、医疗等多行业、多领域数据", sent("三是地方数据集团"), "none")
# ---- part 03: the author's recommendations, with the 行动计划 as guide ----
G("h3", "以《行动计划》为指引加快空间落地", L[16], opt=True)  # restates t1 in other words
G("h3b", "促进数据大规模流通利用", L[16], opt=True)  # restates h1 in other words
G("p3", "提升各领域数据开发开放和流通使用水平", sent("为提升各领域数据开发开放和流通使用水平"), "plan")
# (一)
G("d0", "积极开展实践探索", L[18])
G("d1", "打造空间应用推广样板", L[18])
e19 = L[19]
G("d2", "加快可信数据空间建设", e19)
G("d3", "探索形成一批面向产业链上下游协同、行业多源数据共建共治共享", e19)  # …的应用场景、数据产品和服务模式 (over 30 characters)
G("d4", "探索形成面向重点领域的可信数据空间实施架构", e19)  # …、实践路径和典型案例库
G("d5", "形成可复制的经验和模式", e19)
G("d6", "加速释放数据要素价值", e19)
# (二)
G("e0", "突破共性技术和标准瓶颈", L[20])
G("e1", "完善公共服务支撑", L[20])
e21a = sent("一是研究出台可信数据空间参考架构")
G("e2", "研究出台可信数据空间参考架构、能力要求等基础共性标准", e21a)
G("e3", "共同参与行业标准制定", e21a)  # 指导企业、高校、科研院所等主体在共性标准指引下共同参与行业标准制定
G("e4", "引导可信数据空间规范发展", e21a)
e21b = sent("二是针对使用控制")
G("e5", "加强技术攻关和集成创新", e21b, tech=("ppc", "sandbox", "usectl"))
G("e6", "形成一批可信数据空间解决方案", e21b)
e21c = sent("三是围绕身份认证")
G("e7", "逐步构建可信数据空间公共服务体系", e21c)
G("e8", "降低建设和使用门槛", e21c)
# (三)
G("f0", "积极营造产业生态", L[22])
G("f1", "加速构建多方协同发展格局", L[22])
e23a = sent("加强产学研用各方供需对接交流")
G("f2", "加强产学研用各方供需对接交流", e23a)
G("f3", "开展产品适配和测试验证", e23a)  # 推动互联网企业、数据服务商、安全服务商等开展…
G("f4", "不断壮大服务商队伍", e23a)
e23b = sent("尽快成立可信数据空间发展联盟")
G("f5", "尽快成立可信数据空间发展联盟", e23b)
G("f6", "围绕可信数据空间概念、目标等重大问题达成共识", e23b)
G("f7", "建立联合技术研发、试验验证、应用试点等机制和模式", e23b)
G("f8", "构建有力的创新协作生态", e23b)
# (四)
G("g0", "持续开展国际对话", L[24])
G("g1", "建立开放合作发展路径", L[24])
e25a = sent("开展与数据空间领域相关国际组织")
G("g2", "开展与数据空间领域相关国际组织、协会联盟和企业间的多层次交流", e25a)
G("g3", "不断凝聚国际共识", e25a)

# ---- promotes ----
rel("nda", "promotes", "tds")  # issues the action plan on trusted data spaces
rel("caict", "promotes", "tds", optional=True)
rel("nda", "promotes", "ppc", optional=True)
rel("caict", "promotes", "ppc", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
