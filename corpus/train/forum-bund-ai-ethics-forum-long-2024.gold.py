"""Gold annotation of forum-bund-ai-ethics-forum-long-2024 (聚焦 | 2024外滩大会· 科技伦理见解论坛在沪举行), by hand per shared/eval/ANNOTATE.md (annotator ann37)."""
ID = "forum-bund-ai-ethics-forum-long-2024"
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

# ---- Events, places
ent("forum", "Event", "2024外滩大会· 科技伦理见解论坛", ["科技伦理见解论坛"])
ent("bund", "Event", "2024外滩大会", ["外滩大会"], optional=True)   # the parent conference, named only inside the forum's name
ent("roundtable", "Event", "跨界对话", ["圆桌论坛"], optional=True)  # a session of the forum
ent("sh", "Place", "沪", optional=True)                             # 在沪举行: the abbreviation only
rel("forum", "locatedIn", "sh", optional=True)
ent("china", "Place", "中国", optional=True)
ent("us", "Place", "美国")
ent("eu", "Organization", "欧盟", optional=True)
# ---- Documents: the initiative 吴世忠 asks to implement; talk titles (in quotes) optional
ent("gaigi", "Document", "全球人工智能治理倡议", ["《全球人工智能治理倡议》"])
for id, l in [("t-wu", "AI治理的机遇与挑战——核控、疾控给我们的启示"),
              ("t-liang", "发展视角下的人工智能治理：以善治促‘善智’"),
              ("t-zeng", "善治理促进善智能与善智慧——推进人工智能安全、向善的稳健发展"),
              ("t-wei", "智者畏因-论大模型的应用与责任"),
              ("t-sheng", "内容平台3.0——大模型带来的to C应用创新及安全考量"),
              ("t-zhou", "蚂蚁 AI 大模型实践进展与伦理思考")]:
    ent(id, "Document", l, optional=True)
# ---- Agencies
ent("miit", "Agency", "工业和信息化部")
ent("nhc", "Agency", "国家卫健委")
# ---- Organizations
ent("cae", "Organization", "中国工程院")
ent("thu", "Organization", "清华大学")
ent("thu-spp", "Organization", "清华大学公共管理学院")
rel("thu-spp", "subOrganizationOf", "thu")
ent("thu-i-aigi", "Organization", "人工智能国际治理研究院")
rel("thu-i-aigi", "subOrganizationOf", "thu", optional=True)   # Tsinghua's institute, by juxtaposition only
ent("un", "Organization", "联合国", optional=True)              # only inside the advisory body's name
ent("un-ai", "Organization", "联合国高级别人工智能咨询机构")
rel("un-ai", "subOrganizationOf", "un", optional=True)
ent("baisgl", "Organization", "北京人工智能安全与治理实验室")
ent("cas", "Organization", "中国科学院")
ent("casia", "Organization", "中国科学院自动化研究所")
rel("casia", "subOrganizationOf", "cas")
ent("cupl", "Organization", "中国政法大学")
ent("cupl-data", "Organization", "中国政法大学数据法治研究院")
rel("cupl-data", "subOrganizationOf", "cupl")
ent("ms", "Organization", "微软")
ent("ms-cn", "Organization", "微软(中国)有限公司")
rel("ms-cn", "subOrganizationOf", "ms", optional=True)
ent("iflytek", "Organization", "科大讯飞")
ent("iflytek-med", "Organization", "讯飞医疗研究院")
rel("iflytek-med", "subOrganizationOf", "iflytek", optional=True)   # not said in the text
ent("ant", "Organization", "蚂蚁集团", ["蚂蚁"])
ent("ant-ethics", "Organization", "蚂蚁集团科技伦理委员会", ["科技伦理委员会"])
rel("ant-ethics", "subOrganizationOf", "ant")
ent("minimax", "Organization", "MiniMax")
ent("huawei", "Organization", "华为")
ent("huawei-si", "Organization", "华为战略研究院")
rel("huawei-si", "subOrganizationOf", "huawei")
ent("tencent", "Organization", "腾讯")
ent("tencent-ri", "Organization", "腾讯研究院")
rel("tencent-ri", "subOrganizationOf", "tencent")
ent("tencent-fc", "Organization", "腾讯研究院前沿科技研究中心", ["前沿科技研究中心"])
rel("tencent-fc", "subOrganizationOf", "tencent-ri")
ent("pumc", "Organization", "北京协和医学院")
ent("pumc-bio", "Organization", "生命伦理学研究中心")
rel("pumc-bio", "subOrganizationOf", "pumc", optional=True)       # by juxtaposition only
ent("hastings", "Organization", "美国海斯廷研究中心", ["海斯廷研究中心"])
ent("fudan", "Organization", "复旦大学")
ent("fudan-sph", "Organization", "复旦大学公共卫生学院")
rel("fudan-sph", "subOrganizationOf", "fudan")
ent("nhc-lab", "Organization", "国家卫健委卫生技术评估重点实验室", ["卫生技术评估重点实验室"])
rel("nhc-lab", "subOrganizationOf", "fudan", optional=True)       # 重点实验室(复旦大学): hosted by Fudan
rel("nhc-lab", "subOrganizationOf", "nhc", optional=True)         # the commission's key laboratory
ent("sjtu", "Organization", "上海交通大学")
ent("sjtu-cs", "Organization", "上海交通大学计算机系")
rel("sjtu-cs", "subOrganizationOf", "sjtu")
ent("xbh", "Organization", "信百会")
ent("xbh-ri", "Organization", "信百会研究院")
rel("xbh-ri", "subOrganizationOf", "xbh", optional=True)
ent("ncds", "Organization", "国家创新与发展战略研究会")
ent("ucas", "Organization", "中国科学院大学")
ent("ucas-sem", "Organization", "中国科学院大学经管学院")
rel("ucas-sem", "subOrganizationOf", "ucas")
rel("ucas", "subOrganizationOf", "cas", optional=True)
ent("cis", "Organization", "中国信息安全", optional=True)        # the publishing account, on the dateline only
# ---- People: (id, name, speaksAt optional?, [(body, post, optional)])
P = [("yang", "杨学山", False, [("miit", "原副部长", True)]),
     ("wusz", "吴世忠", False, []),                                  # 中国工程院院士: honorary
     ("liang", "梁正", False, [("thu-i-aigi", "副院长", False), ("thu-spp", "教授", True)]),
     ("zeng", "曾毅", False, [("baisgl", "主任", False), ("un-ai", "专家组专家", True), ("casia", "研究员", True)]),
     ("zhanglh", "张凌寒", False, [("cupl-data", "教授", True), ("un-ai", "专家组专家", True)]),
     ("weiq", "韦青", False, [("ms-cn", "首席技术官", False)]),
     ("zhaojh", "赵景鹤", False, [("iflytek-med", "副院长", False)]),
     ("shengjy", "盛静远", False, [("minimax", "海外业务总经理", False)]),
     ("zhouzf", "周志峰", False, [("ant", "资深副总裁", False), ("ant-ethics", "联席主席", False)]),
     ("zhaixm", "翟晓梅", False, [("pumc", "教授", True), ("pumc-bio", "执行主任", False), ("hastings", "外籍研究员", True)]),
     ("xued", "薛迪", False, [("fudan-sph", "教授", True), ("nhc-lab", "副主任", False)]),
     ("wumy", "吴梦玥", False, [("sjtu-cs", "副教授", True)]),
     ("liujq", "柳嘉琪", False, [("huawei-si", "AI治理产业发展首席专家", False)]),
     ("wangq", "王强", False, [("tencent-fc", "主任", False)]),
     ("lvbf", "吕本富", True, [("ncds", "副会长", False), ("xbh", "成员", True), ("ucas-sem", "教授", True)])]
for id, n, sopt, posts in P:
    ent(id, "Person", n)
    for org, post, opt in posts:
        rel(id, "holdsPost", org, post=post, optional=opt)
    rel(id, "speaksAt", "forum", optional=sopt)
for p in ("zhaixm", "xued", "wumy", "liujq", "wangq", "zhanglh"):
    rel(p, "speaksAt", "roundtable", optional=True)
# ---- Technologies
ent("ai", "Technology", "人工智能", ["AI"])
ent("llm", "Technology", "大模型", ["AI大模型", "人工智能大模型"])
ent("agent", "Technology", "智能体")
for id, l in [("med-llm", "医疗大模型"), ("ai-safety", "人工智能安全"), ("cybersec", "网络安全"),
              ("silicon", "硅基智能")]:
    ent(id, "Technology", l, optional=True)

# ---- the forum's theme and section headings (optional goals, no speaker)
goal("th1", "让AI更负责任", optional=True, opt_tech=["ai"])
goal("th2", "以善治促‘善智’", lines[2], optional=True)
goal("h2", "打造“负责任”的AI大模型", optional=True, opt_tech=["llm"])
goal("h3", "应对人工智能大模型在严谨行业落地的伦理挑战", optional=True, opt_tech=["llm"])
# ---- 杨学山 (former vice-minister; speaks for himself)
Y = dict(by=["yang"])
y1 = "如何在促进人工智能技术快速发展和应用的同时，又确保其安全性、可靠性和可控性，显得尤为关键"
goal("y1", "促进人工智能技术快速发展和应用", y1, optional=True, opt_by=["yang"], opt_tech=["ai"])
goal("y2", "确保其安全性、可靠性和可控性", y1, optional=True, opt_by=["yang"])
goal("y3", "为全球人工智能治理贡献“中国智慧”", optional=True, opt_by=["yang"], opt_tech=["ai"])   # reported of 中国, continuing
goal("y3b", "逐步建立健全治理体系", optional=True, opt_by=["yang"])
goal("y3c", "抢占人工智能国际竞争的战略制高点", optional=True, opt_tech=["ai"])   # what the major economies pursue
y4 = "他表示，期望通过政策界、产业界、学术界的沟通与联动，共同探索人工智能治理的有效路径"
goal("y4", "通过政策界、产业界、学术界的沟通与联动", y4, **Y)
goal("y5", "共同探索人工智能治理的有效路径", y4, tech=["ai"], **Y)
# ---- 吴世忠
W = dict(by=["wusz"])
goal("w1", "落实《全球人工智能治理倡议》", **W)
goal("w2", "进一步细化人工智能国际治理的中国方案", tech=["ai"], **W)
goal("w3", "统筹治理资源", **W)
goal("w4", "积极对接人工智能国际治理前沿", tech=["ai"], **W)
goal("w5", "兼顾“多边”“多方”", **W)
goal("w6", "调动多行为体力量为治理议程赋能", **W)
# ---- 梁正
L = dict(by=["liang"])
goal("l0", "治理要为发展服务", **L)
goal("l1", "把握发展与规制之间的平衡", **L)
goal("l2", "坚持包容审慎的态度", **L)
goal("l3", "构建敏捷协同的治理方案", **L)
goal("l4", "确保技术发展与公共政策的良性互动", **L)
goal("l5", "建立分层分级的治理框架", **L)
goal("l6", "开发多维共治的治理工具", **L)
goal("l7", "加强人工智能全球治理", tech=["ai"], **L)
goal("l8", "构建开放、公正、有效的治理机制", **L)
# ---- 曾毅
Z = dict(by=["zeng"])
goal("z0", "推进人工智能安全、向善的稳健发展", lines[9].split("进行了主题演讲")[0], optional=True, opt_by=["zeng"], opt_tech=["ai"])
goal("z0b", "加速人工智能稳健发展与应用", optional=True, opt_by=["zeng"], opt_tech=["ai"])
goal("z1", "人工智能系统风险防范要从被动式转变为主动式", tech=["ai"], **Z)
goal("z2", "从防御性转变为建设性", **Z)
z3 = "人工智能安全需要通过系统化的科学技术布局确保外部安全（Security）与内生安全(Safety)"
goal("z3", "确保外部安全（Security）与内生安全(Safety)", z3, opt_tech=["ai-safety"], **Z)
goal("z4", "通过系统化的科学技术布局", z3, optional=True, opt_by=["zeng"])
goal("z5", "应是人工智能产学研用的基因", sent("人工智能伦理安全与治理不是选择题"),
     optional=True, opt_by=["zeng"], opt_tech=["ai"])
goal("z6", "人工智能需要从合乎伦理发展到具有道德", tech=["ai"], **Z)
goal("z7", "用善智慧把人类自身带向追求本真的道路", optional=True, opt_by=["zeng"])
# ---- 韦青 (微软中国)
WQ = dict(by=["weiq"], opt_body=["ms-cn"])
goal("q1", "从实证的角度去探索", **WQ)
goal("q2", "不能过早下判断", optional=True, opt_by=["weiq"])
q3 = "面对AI所带来的挑战，人类首先应该守住人性，守住人的智慧，在此基础上一步步迭代我们的治理体系"
goal("q3", "守住人性", q3, **WQ)
goal("q4", "守住人的智慧", q3, **WQ)
goal("q5", "一步步迭代我们的治理体系", q3, **WQ)
# ---- 赵景鹤 (讯飞医疗研究院)
ZJ = dict(by=["zhaojh"], opt_body=["iflytek-med"])
zj = "为了克服这些障碍，企业需要采取措施加强数据保护、获得必要的版权授权、确保模型的公正性和合规性，同时也需要提高透明度和公众教育"
goal("zj0", "克服这些障碍", zj, optional=True, opt_by=["zhaojh"])
goal("zj1", "加强数据保护", zj, **ZJ)
goal("zj2", "获得必要的版权授权", zj, **ZJ)
goal("zj3", "确保模型的公正性和合规性", zj, **ZJ)
goal("zj4", "提高透明度和公众教育", zj, **ZJ)
# ---- 盛静远 (MiniMax)
SJ = dict(by=["shengjy"], opt_body=["minimax"])
sj1 = lines[13].split("。")[0]
goal("sj1", "将智能体以类人的视角从法律、道德、文化以及向善等方向进行引导", sj1, tech=["agent"], **SJ)
goal("sj2", "参考信息隐私安全、网络安全、业务安全、数据污染等治理原则", sj1, optional=True, opt_by=["shengjy"],
     opt_tech=["cybersec"])
goal("sj3", "关注训练模型的数据、跟人的对齐、持续的用户反馈", **SJ)
goal("sj4", "奖励机制设计以及模型外安全体系", sent("奖励机制设计以及模型外安全体系"), optional=True, opt_by=["shengjy"])
# ---- 周志峰 (蚂蚁集团)
ZZ = dict(by=["zhouzf"], body=["ant"])
goal("zz0", "AI 伦理建设，既刻不容缓，也需要长期主义", optional=True, opt_by=["zhouzf"], opt_body=["ant"], opt_tech=["ai"])
zz1 = "他表示 AI 伦理建设需适应三大趋势：从“准确性”到“人情味”；从“显性风险被动防控”到“隐性风险主动防控”；从“对话交互”到“有效协同”"
goal("zz1", "AI 伦理建设需适应三大趋势", zz1, tech=["ai"], by=["zhouzf"], opt_body=["ant"])
goal("zz2", "从“准确性”到“人情味”", zz1, optional=True, opt_by=["zhouzf"], opt_body=["ant"])
goal("zz3", "从“显性风险被动防控”到“隐性风险主动防控”", zz1, optional=True, opt_by=["zhouzf"], opt_body=["ant"])
goal("zz4", "从“对话交互”到“有效协同”", zz1, optional=True, opt_by=["zhouzf"], opt_body=["ant"])
zz5 = "我们希望能和大家一起共同探索 AI 伦理的系统解决方案，始终保持AI的发展处于人类良善价值的轨道上"
goal("zz5", "共同探索 AI 伦理的系统解决方案", zz5, tech=["ai"], **ZZ)
goal("zz6", "始终保持AI的发展处于人类良善价值的轨道上", zz5, tech=["ai"], **ZZ)
rel("ant", "promotes", "ai")   # through its goals zz5, zz6
rel("ant", "promotes", "llm", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
