"""Gold annotation of proposal-lianghui-2024-cybersecurity-ai-roundup-long-2024 (网安要闻｜2024全国两会关于网络安全、人工智能的那些热点建议: proposals of ten NPC deputies and CPPCC members), by hand per shared/eval/ANNOTATE.md (annotator annF14)."""
ID = "proposal-lianghui-2024-cybersecurity-ai-roundup-long-2024"
import collections, json, pathlib
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type == "Statistic" or label in text or any(a in text for a in aliases), label
    for a in aliases: assert a in text, a
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    if "evidence" in kw: ev(kw["evidence"])
    d.update(kw); E.append(d)

def goal(id, label, evidence=None, optional=False):
    evidence = evidence or label
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    assert label in evidence, (label, evidence)
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)


def sent(label):
    """the sentence (up to 。；) of the text that holds the label"""
    i = text.index(label)
    s = max(text.rfind(c, 0, i) for c in "。；\n") + 1
    e = min(j for j in (text.find(c, i + len(label)) for c in "。；\n") if j >= 0)
    return text[s:e + 1].strip()

# ---- outlets, event, bodies of the two sessions ----
ent("jcs", "Organization", "网络空间安全科学学报")
ent("nsi", "Organization", "网络安全和信息化", ["《网络安全和信息化》杂志"])
ent("lh", "Event", "全国两会", ["两会"], optional=True)
ent("npc", "Agency", "全国人大", optional=True)     # only inside 全国人大代表
ent("cppcc", "Agency", "全国政协", optional=True)   # only inside 全国政协委员 / 全国政协常委
ent("gwr", "Document", "政府工作报告")
ent("china", "Place", "我国", optional=True)

# ---- technologies ----
ent("ai", "Technology", "人工智能", ["AI"])
ent("llm", "Technology", "大模型", ["AI大模型"])
ent("gai", "Technology", "生成式人工智能")
ent("agi", "Technology", "通用人工智能")
ent("gllm", "Technology", "通用大模型", optional=True)
ent("aisec", "Technology", "“AI+安全”", optional=True)
ent("secloud", "Technology", "安全云", optional=True)
ent("algo", "Technology", "人工智能算法", optional=True)
ent("netid", "Technology", "网络身份认证", optional=True)
TECH = [("gai", "生成式人工智能"), ("agi", "通用人工智能"), ("gllm", "通用大模型"), ("algo", "人工智能算法"),
        ("aisec", "AI+安全"), ("secloud", "安全云"), ("netid", "网络身份认证"), ("llm", "大模型"), ("ai", "人工智能"), ("ai", "AI")]
OPT_T = {"gllm", "aisec", "secloud", "algo", "netid"}

def G(id, label, who=None, doc=None, org=None, evidence=None, opt=False, doc_opt=False):
    goal(id, label, evidence or sent(label), optional=opt)
    if who: rel(who, "proposes", id, optional=opt)
    if doc: rel(doc, "hasGoal", id, optional=opt or doc_opt)
    if org: rel(org, "hasGoal", id, optional=True)   # the deputy speaks as deputy, not for his company
    done = set()
    specific = any(l in label for t, l in TECH[:4])
    for t, l in TECH:
        if l in label and t not in done:
            o = opt or t in OPT_T or (t == "ai" and specific) or (t == "llm" and "通用大模型" in label)
            rel(id, "involvesTechnology", t, optional=o); done.add(t)

# ---- line 3: the government work report's items ----
G("r1", "深入推进数字经济创新发展", doc="gwr", doc_opt=True, evidence="深入推进数字经济创新发展；")
G("r2", "开展“人工智能＋”行动", doc="gwr", doc_opt=True, evidence="开展“人工智能＋”行动，为推动我国人工智能产业发展带来强有力的政策支持。")
G("r3", "推动我国人工智能产业发展", doc="gwr", opt=True, evidence="开展“人工智能＋”行动，为推动我国人工智能产业发展带来强有力的政策支持。")
G("x1", "统筹发展和安全", opt=True)
G("x2", "坚持发展和安全并重", opt=True)
for id, l in [("hd1", "维护网络安全"), ("hd2", "强化网络空间治理"), ("hd3", "推动AI产业发展"), ("hd4", "重视AI治理")]:
    G(id, l, evidence=l, opt=True)   # the compilation's section headings

# ---- 王麒 ----
ent("wangqi", "Person", "王麒")
ent("sc-acfic", "Organization", "四川省工商联")
ent("zgd-sc", "Organization", "致公党四川省委")
ent("qiyang", "Organization", "四川启阳汽车集团")
ent("sc", "Place", "四川", optional=True)
rel("wangqi", "holdsPost", "npc", post="全国人大代表", optional=True)
rel("wangqi", "holdsPost", "sc-acfic", post="副主席")
rel("wangqi", "holdsPost", "zgd-sc", post="常委")
rel("wangqi", "holdsPost", "qiyang", post="董事长")
ent("d-wq", "Document", "关于进一步保障维护网络安全的建议", ["《关于进一步保障维护网络安全的建议》"])
G("wq0", "进一步保障维护网络安全", "wangqi", "d-wq", evidence="提交了《关于进一步保障维护网络安全的建议》")
G("wq1", "加强开展网络安全相关教育与培训", "wangqi", "d-wq", "qiyang")
G("wq2", "进一步完善构建网络安全制度体系", "wangqi", "d-wq", "qiyang")
G("wq3", "加强个人信息保护和数据安全管理", "wangqi", "d-wq", "qiyang")

# ---- 苗伟 ----
ent("miao", "Person", "苗伟")
ent("zte", "Organization", "中兴通讯")
rel("miao", "holdsPost", "npc", post="全国人大代表", optional=True)
rel("miao", "holdsPost", "zte", post="高级副总裁")
G("mw1", "完善我国网络犯罪防治的法律体系", "miao", org="zte")
G("mw2", "全方位保障网络安全", "miao", org="zte")
G("mw3", "为公众和企业创造更安全、清朗的网络环境", "miao", org="zte")

# ---- 贾晓亮 ----
ent("jia", "Person", "贾晓亮")
ent("dq-psb", "Agency", "黑龙江省大庆市公安局", ["大庆市公安局"])
ent("dq-cyber", "Agency", "黑龙江省大庆市公安局网络警察分局", ["网络警察分局"])
rel("dq-cyber", "subOrganizationOf", "dq-psb")
ent("hlj", "Place", "黑龙江省", optional=True)
ent("dq", "Place", "大庆市", optional=True)
rel("jia", "holdsPost", "npc", post="全国人大代表", optional=True)
rel("jia", "holdsPost", "dq-cyber", post="副局长")
ent("d-jia", "Document", "关于建立国家统一网络身份认证平台的建议", ["《关于建立国家统一网络身份认证平台的建议》"])
G("jx0", "建立国家统一网络身份认证平台", "jia", "d-jia")
G("jx1", "在国家层面加强顶层设计", "jia", "d-jia")
G("jx2", "建立网络身份认证平台", "jia", "d-jia", evidence="由公安部门会同有关部门建立网络身份认证平台")
G("jx3", "制定统一的技术参数和执行标准", "jia", "d-jia")
G("jx4", "开放认证接口", "jia", "d-jia")
G("jx5", "互联网平台接入认证系统", "jia", "d-jia")
G("jx6", "统一向社会提供网络身份核验服务", "jia", "d-jia")
G("jx7", "实名认证和授权验证进行管理", "jia", "d-jia")

# ---- 周鸿祎 ----
ent("zhou", "Person", "周鸿祎")
ent("360", "Organization", "360集团")
ent("openai", "Organization", "OpenAI")
rel("zhou", "holdsPost", "cppcc", post="全国政协委员", optional=True)
rel("zhou", "holdsPost", "360", post="创始人兼董事长")
ent("d-z1", "Document", "关于深化人工智能多场景应用 支持大模型向垂直化、产业化方向发展的提案",
    ["《关于深化人工智能多场景应用 支持大模型向垂直化、产业化方向发展的提案》"])
ent("d-z2", "Document", "关于鼓励兼具“安全和AI”能力的企业 解决通用大模型安全问题的提案",
    ["《关于鼓励兼具“安全和AI”能力的企业 解决通用大模型安全问题的提案》"])
ent("d-z3", "Document", "关于全面建设安全云、推广数字安全云化服务的提案", ["《关于全面建设安全云、推广数字安全云化服务的提案》"])
TZ1 = "在《关于深化人工智能多场景应用 支持大模型向垂直化、产业化方向发展的提案》 中"
TZ2 = "在《关于鼓励兼具“安全和AI”能力的企业 解决通用大模型安全问题的提案》中，周鸿祎阐述了解决通用大模型安全问题的必要性和紧迫性。"
TZ3 = "在《关于全面建设安全云、推广数字安全云化服务的提案》中"
G("z1", "深化人工智能多场景应用", "zhou", "d-z1", "360", evidence=TZ1)
G("z2", "支持大模型向垂直化、产业化方向发展", "zhou", "d-z1", "360", evidence=TZ1)
G("z3", "鼓励兼具“安全和AI”能力的企业", "zhou", "d-z2", "360", evidence=TZ2)
G("z4", "解决通用大模型安全问题", "zhou", "d-z2", "360", evidence=TZ2)
G("z5", "全面建设安全云", "zhou", "d-z3", "360", evidence=TZ3)
G("z6", "推广数字安全云化服务", "zhou", "d-z3", "360", evidence=TZ3)
G("z7", "建设国家级、行业级、城市级 “安全云”", "zhou", "d-z3", "360")
rel("360", "promotes", "llm", optional=True)
rel("360", "promotes", "secloud", optional=True)

# ---- 齐向东 ----
ent("qi", "Person", "齐向东")
ent("acfic", "Organization", "全国工商联")
ent("qax", "Organization", "奇安信集团")
rel("qi", "holdsPost", "cppcc", post="全国政协委员", optional=True)
rel("qi", "holdsPost", "acfic", post="副主席")
rel("qi", "holdsPost", "qax", post="董事长")
ent("d-qi", "Document", "关于创新发展“AI+安全”护航中国式现代化的提案", ["《关于创新发展“AI+安全”护航中国式现代化的提案》"])
TQ = "提交了《关于创新发展“AI+安全”护航中国式现代化的提案》"
G("q0", "创新发展“AI+安全”", "qi", "d-qi", "qax", evidence=TQ)
G("q00", "护航中国式现代化", "qi", "d-qi", "qax", evidence=TQ)
G("q1", "大力探索“AI+安全”创新应用", "qi", "d-qi", "qax")
G("q2", "抢占国家安全的人工智能战略制高", "qi", "d-qi", "qax")
G("q3", "开展联合创新", "qi", "d-qi", "qax")
G("q4", "实现“AI+安全”尖端技术研发突破", "qi", "d-qi", "qax")
G("q5", "强化政策牵引", "qi", "d-qi", "qax")
G("q6", "推动“AI+安全”技术创新产品在各行业落地应用", "qi", "d-qi", "qax")
G("q7", "壮大“AI+安全”领域的实战型、复合型人才队伍", "qi", "d-qi", "qax")
rel("qax", "promotes", "aisec", optional=True)

# ---- 杨杰 ----
ent("yang", "Person", "杨杰")
ent("cmcc", "Organization", "中国移动")
rel("yang", "holdsPost", "cppcc", post="全国政协常委", optional=True)
rel("yang", "holdsPost", "cmcc", post="董事长")
ent("d-yang", "Document", "关于全面推进“AI+”行动、加快形成新质生产力的提案", ["《关于全面推进“AI+”行动、加快形成新质生产力的提案》"])
TY = "全国政协常委、中国移动董事长杨杰在《关于全面推进“AI+”行动、加快形成新质生产力的提案》中认为"
G("y1", "全面推进“AI+”行动", "yang", "d-yang", "cmcc", evidence=TY)
G("y2", "加快形成新质生产力", "yang", "d-yang", "cmcc", evidence=TY)
G("y3", "加快从“+AI”向“AI+”转变", "yang", "d-yang", "cmcc", opt=True)   # read as his account of the trend
G("y4", "推动人工智能从助力千行百业提质增效的辅助手段", "yang", "d-yang", "cmcc", opt=True)
rel("cmcc", "promotes", "ai", optional=True)

# ---- 楼向平 ----
ent("lou", "Person", "楼向平")
ent("hamobile", "Organization", "河南移动")
rel("hamobile", "subOrganizationOf", "cmcc", optional=True)
rel("lou", "holdsPost", "npc", post="全国人大代表", optional=True)
rel("lou", "holdsPost", "hamobile", post="党委书记、董事长、总经理")
ent("henan", "Place", "河南", optional=True)
G("l1", "积极推动人工智能领域立法进程", "lou", org="hamobile")
G("l2", "明确生成式人工智能“事前—事中—事后”全链条监管机制", "lou", org="hamobile")
G("l3", "建立人工智能责任认定和追责机制", "lou", org="hamobile")
G("l4", "各利益相关方共同参与的系统化治理体系", "lou", org="hamobile")

# ---- 雷军 ----
ent("lei", "Person", "雷军")
ent("xiaomi", "Organization", "小米集团")
rel("lei", "holdsPost", "npc", post="全国人大代表", optional=True)
rel("lei", "holdsPost", "xiaomi", post="创始人、董事长兼CEO")
ent("d-lei", "Document", "关于加强培养人工智能人才满足科技变革需求的建议", ["《关于加强培养人工智能人才满足科技变革需求的建议》"])
TL = "在《关于加强培养人工智能人才满足科技变革需求的建议》中，雷军建议，将人工智能纳入教育培养体系。"
G("lj0", "加强培养人工智能人才", "lei", "d-lei", "xiaomi", evidence=TL)
G("lj00", "满足科技变革需求", "lei", "d-lei", "xiaomi", evidence=TL)
G("lj1", "将人工智能纳入教育培养体系", "lei", "d-lei", "xiaomi", evidence=TL)
for id, l in [("lj2", "从义务教育阶段普及人工智能素养教育"), ("lj3", "九年义务教育阶段设置人工智能通识课程"),
              ("lj4", "将相关内容纳入中小学社会实践活动"), ("lj5", "大力推进高校人工智能相关专业的建设"),
              ("lj6", "加大对高校人工智能学科建设的投入"), ("lj7", "加强与世界一流科研机构的合作交流"),
              ("lj8", "扩大教学力量"), ("lj9", "拓展更多专业"), ("lj10", "提供实习实践机会"),
              ("lj11", "培养理论与实践相融合的综合型人才")]:
    G(id, l, "lei", "d-lei", "xiaomi")

# ---- 刘庆峰 ----
ent("liu", "Person", "刘庆峰")
ent("iflytek", "Organization", "科大讯飞")
rel("liu", "holdsPost", "npc", post="全国人大代表", optional=True)
rel("liu", "holdsPost", "iflytek", post="董事长")
ent("d-agi", "Document", "通用人工智能发展规划", ["《通用人工智能发展规划》"])
for id, l in [("lq1", "制定国家《通用人工智能发展规划》"), ("lq2", "系统性加快推动我国通用人工智能发展"),
              ("lq3", "加快推广大模型赋能全学段"), ("lq4", "加快探索我国人工智能拔尖创新人才培养"),
              ("lq5", "研究通用人工智能时代人才能力素质模型和培养方案"), ("lq6", "加快应用型人才培养"),
              ("lq7", "设立软课题进行通用人工智能相关的伦理人文研究")]:
    G(id, l, "liu", org="iflytek")
rel("d-agi", "hasGoal", "lq2", optional=True)
rel("iflytek", "promotes", "agi", optional=True)

# ---- 张毅 ----
ent("zhangyi", "Person", "张毅")
ent("kwm", "Organization", "金杜律师事务所")
rel("zhangyi", "holdsPost", "cppcc", post="全国政协委员", optional=True)
rel("zhangyi", "holdsPost", "kwm", post="高级合伙人")
ent("d-zy", "Document", "关于进一步完善人工智能算法治理体系的提案", optional=True)   # described, not titled in 《》
ent("ai-law", "Document", "人工智能法")
TZY = "带来了一份关于进一步完善人工智能算法治理体系的提案"
G("zy0", "进一步完善人工智能算法治理体系", "zhangyi", "d-zy", "kwm", doc_opt=True, evidence=TZY)
G("zy1", "尽快推进人工智能法出台", "zhangyi", "d-zy", "kwm", doc_opt=True, evidence="呼吁尽快推进人工智能法出台")
G("zy2", "提炼规范人工智能算法的共性规则", "zhangyi", "d-zy", "kwm", doc_opt=True, evidence="通过统一原则性立法，提炼规范人工智能算法的共性规则")
G("zy3", "构建人工智能算法治理体系", "zhangyi", "d-zy", "kwm", doc_opt=True, opt=True,
  evidence="通过统一原则性立法，提炼规范人工智能算法的共性规则，构建人工智能算法治理体系")   # restates zy0
G("zy4", "通过针对性法规予以规制", "zhangyi", "d-zy", "kwm", doc_opt=True)

# ---- closing remarks of the compilation (no body named): optional ----
E23 = "通过不断完善网络安全制度建设、推动网络安全产业发展、维护网络空间安全，为数字经济及新兴产业发展保驾护航"
for id, l in [("c1", "不断完善网络安全制度建设"), ("c2", "推动网络安全产业发展"), ("c3", "维护网络空间安全"),
              ("c4", "为数字经济及新兴产业发展保驾护航")]:
    G(id, l, evidence=E23, opt=True)
    rel("nsi", "hasGoal", id, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
