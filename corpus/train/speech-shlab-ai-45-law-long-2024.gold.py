"""Gold annotation of speech-shlab-ai-45-law-long-2024 (WAIC 2024开幕，上海AI Lab主任、首席科学家周伯文提出“人工智能45°平衡律”), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-shlab-ai-45-law-long-2024"
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
    assert value in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=ev(evidence), optional=optional)


# Bodies, person, event, place, documents
ent("shlab", "Organization", "上海人工智能实验室", ["上海AI Lab", "上海AI实验室"])
ent("tsinghua", "Organization", "清华大学")
ent("xianyuan", "Organization", "衔远科技")
ent("zhou", "Person", "周伯文")
rel("zhou", "holdsPost", "shlab", post="主任、首席科学家")
rel("zhou", "holdsPost", "tsinghua", post="惠妍讲席教授", optional=True)
rel("zhou", "holdsPost", "xianyuan", post="创始人", optional=True)
ent("pearl", "Person", "Judea Pearl")
ent("waic", "Event", "2024世界人工智能大会暨人工智能全球治理高级别会议", ["WAIC 2024", "WAIC大会", "2024世界人工智能大会", "世界人工智能大会"])
ent("plenary", "Event", "WAIC 2024全体会议", optional=True)
rel("zhou", "speaksAt", "waic")
rel("zhou", "speaksAt", "plenary", optional=True)
ent("shanghai", "Place", "上海")
rel("waic", "locatedIn", "shanghai")
rel("plenary", "locatedIn", "shanghai", optional=True)
ent("risk", "Document", "Statement of AI Risk", ["《Statement of AI Risk》"])
ent("decl", "Document", "人工智能全球治理上海宣言", ["《人工智能全球治理上海宣言》"])
rel("decl", "adoptedAt", "waic", optional=True)  # 刚刚在发布的: released at the conference
# Technologies
ent("ai", "Technology", "人工智能", ["AI"])
ent("genai", "Technology", "生成式人工智能")
ent("llm", "Technology", "大模型")
ent("agi", "Technology", "通用人工智能", ["AGI", "可信AGI", "TrustWorthy AGI"])
for id, l, al in [("transformer", "Transformer", []), ("redteam", "红队测试", []), ("watermark", "安全标识", []),
                  ("guardrail", "安全护栏", []), ("sft", "监督式微调", ["SFT"]), ("rlhf", "人类反馈的强化学习", ["RLHF"]),
                  ("rlaif", "RLAIF", []), ("superalign", "SuperAlignment", []), ("chatgpt", "ChatGPT", []), ("gpt4", "GPT-4", []),
                  ("intern", "书生Intern大模型", []), ("align", "人类偏好对齐技术", ["对齐技术", "安全对齐技术"]),
                  ("hitl", "人在回路", []), ("mechinterp", "机械可解释性", []), ("advdrill", "对抗演练", []),
                  ("causal", "因果推理", []), ("valuetrain", "基于价值的训练", []), ("causalxai", "因果可解释性", []),
                  ("counterfactual", "反事实推理", []), ("fusion", "核聚变", ["可控核聚变"]), ("bigdata", "大数据", []),
                  ("compute", "算力", []), ("scaling", "尺度定律", ["Scaling Law"])]:
    ent(id, "Technology", l, al, optional=True)
rel("shlab", "promotes", "ai")
rel("shlab", "promotes", "agi")
for t in ("intern", "advdrill", "llm"):
    rel("shlab", "promotes", t, optional=True)

Z = dict(by=["zhou"], opt_body=["shlab"])
# the claim
goal("g0", "探索人工智能45°平衡律", lines[5], tech=["ai"], **Z)
goal("g0a", "AI安全优先，又能保证AI性能长期发展的技术体系", lines[4], optional=True, opt_by=["zhou"], opt_tech=["ai"])
e9 = lines[8]
goal("g1", "防范这些风险需要各界共同努力", e9, **Z)
goal("g2", "需要科学社区做出更多贡献", e9, **Z)
goal("g3", "把防范人工智能带来的风险作为全球优先事项", lines[9], body=["risk"], tech=["ai"])
# 实现安全与性能共同增长
e18 = "智能向善，要确保AI可控，统筹发展与安全"
goal("a0", "智能向善", e18, optional=True, opt_by=["zhou"], opt_body=["shlab"])
goal("a1", "要确保AI可控", e18, tech=["ai"], **Z)
goal("a2", "统筹发展与安全", e18, **Z)
e18b = "毫无疑问地，我们要避免这样的Crippled AI发展，我们应该追求的是：TrustWorthy AGI，可信的AI，可信的通用人工智能"
goal("a3", "避免这样的Crippled AI发展", e18b, tech=["ai"], **Z)
goal("a4", "应该追求的是：TrustWorthy AGI", e18b, tech=["agi"], **Z)
e19 = "可信AGI需要能够兼顾安全与性能，我们需要找到AI安全优先，但又能保证AI性能长期发展的技术体系"
goal("a5", "可信AGI需要能够兼顾安全与性能", e19, tech=["agi"], **Z)
goal("a6", "找到AI安全优先，但又能保证AI性能长期发展的技术体系", e19, tech=["ai"], **Z)
goal("a7", "沿着45度安全与性能平衡发展", "AI-45°平衡律是指从长期的角度来看，我们要大体上沿着45度安全与性能平衡发展", **Z)
e20 = "这个技术思想体系要求强技术驱动、全流程优化、多主体参与以及敏捷治理"
for id, l in [("a8", "强技术驱动"), ("a9", "全流程优化"), ("a10", "多主体参与"), ("a11", "敏捷治理")]:
    goal(id, l, e20, **Z)
# the causal ladder (上海AI实验室 explores it)
goal("b1", "探索一条以因果为核心的路径", "我们上海AI实验室最近在探索一条以因果为核心的路径，我们把它取名为：可信AGI的“因果之梯”",
     by=["zhou"], body=["shlab"], opt_tech=["causal"])
goal("b2", "通过提高可解释性和泛化性来提升安全性", lines[23], optional=True, opt_by=["zhou"], opt_body=["shlab"])
goal("b3", "确保安全和道德边界不被突破", lines[24], optional=True, opt_by=["zhou"])
e26 = "目前，AI安全和性能技术发展主要停留第一阶段，部分在尝试第二阶段，但要真正实现AI的安全与性能平衡，我们必须完善第二阶段并勇于攀登第三阶段"
goal("b4", "实现AI的安全与性能平衡", e26, tech=["ai"], **Z)
goal("b5", "完善第二阶段", e26, **Z)
goal("b6", "勇于攀登第三阶段", e26, **Z)
e26b = "沿着可信AGI的“因果之梯”拾级而上，我们相信可以构建真正可信AGI，实现人工智能的安全与卓越性能的完美平衡"
goal("b7", "构建真正可信AGI", e26b, tech=["agi"], **Z)
goal("b8", "实现人工智能的安全与卓越性能的完美平衡", e26b, optional=True, opt_by=["zhou"], opt_body=["shlab"], opt_tech=["ai"])  # restates b4
e27 = lines[26]
goal("c1", "深入理解AI的内在机理和因果过程", e27, tech=["ai"], **Z)
goal("c2", "安全且有效地开发和使用这项革命性技术", e27, opt_tech=["ai"], **Z)
# closing offer
e28 = lines[27]
goal("d0", "要推动各国加强交流和对话", e28, body=["decl"])
goal("d1", "携手推进AI-45°平衡律的发展", e28, opt_tech=["ai"], **Z)
goal("d2", "共享AI安全技术", e28, tech=["ai"], **Z)
goal("d3", "加强全球AI安全人才交流与合作", e28, tech=["ai"], **Z)
goal("d4", "平衡AI安全与能力的投入", e28, tech=["ai"], **Z)
goal("d5", "共同构建开放、安全的通用人工智能创新生态和人才发展环境", e28, tech=["agi"], **Z)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
