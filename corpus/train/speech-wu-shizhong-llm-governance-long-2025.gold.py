"""Gold annotation of speech-wu-shizhong-llm-governance-long-2025 (吴世忠院士：大模型安全治理的现状与展望), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-wu-shizhong-llm-governance-long-2025"
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


# Bodies
ent("tongji", "Organization", "同济大学")
ent("yangpu-gov", "Agency", "上海市杨浦区人民政府")
ent("cae", "Organization", "中国工程院")
ent("cac", "Agency", "网信办")
ent("google", "Organization", "谷歌")
ent("openai", "Organization", "OpenAI")
ent("eu", "Organization", "欧盟", optional=True)
ent("un", "Organization", "联合国")
ent("g7", "Organization", "G7", optional=True)
ent("waico", "Organization", "世界人工智能合作组织")
ent("caisi", "Agency", "标准和创新研究中心", optional=True)
# People
ent("wu", "Person", "吴世忠")
ent("hinton", "Person", "杰弗里·辛顿", ["辛顿"])
ent("bengio", "Person", "本吉奥")
ent("lecun", "Person", "杨立昆")
ent("schmidt", "Person", "施密特")
ent("trump", "Person", "特朗普", optional=True)
rel("schmidt", "holdsPost", "google", post="CEO", optional=True)  # 前谷歌CEO: a former post
# Events
ent("forum", "Event", "2025年世界人工智能大会智能社会论坛", ["2025世界人工智能大会智能社会论坛", "世界人工智能大会智能社会论坛", "智能社会论坛"])
ent("waic", "Event", "世界人工智能大会", ["2025年世界人工智能大会", "2025世界人工智能大会"], optional=True)
rel("wu", "speaksAt", "forum")
rel("wu", "speaksAt", "waic", optional=True)
rel("hinton", "speaksAt", "waic", optional=True)  # 此次大会嘉宾
ent("aiss", "Event", "全球AI安全峰会")
ent("london", "Event", "伦敦峰会")
ent("seoul", "Event", "首尔峰会")
ent("paris", "Event", "巴黎峰会")
# Places
ent("shanghai", "Place", "上海")
rel("forum", "locatedIn", "shanghai")
rel("waic", "locatedIn", "shanghai", optional=True)
ent("yangpu", "Place", "上海杨浦区", ["杨浦区"])
ent("us", "Place", "美国")
ent("uk", "Place", "英国")
ent("europe", "Place", "欧洲", optional=True)
ent("china", "Place", "中国", ["我国"], optional=True)
ent("nation", "Place", "全国", optional=True)
# Documents
ent("talk", "Document", "大模型安全治理的现状与展望", ["《大模型安全治理的现状与展望》"], optional=True)
ent("euaia", "Document", "人工智能法案", ["《人工智能法案》"])
rel("euaia", "publishedBy", "eu", optional=True)
ent("usplan", "Document", "人工智能行动计划", ["“人工智能行动计划”"])
ent("cnplan", "Document", "人工智能全球治理行动计划")
ent("cninit", "Document", "人工智能治理全球倡议")
# Technologies
ent("ai", "Technology", "人工智能", ["AI"])
ent("genai", "Technology", "生成式人工智能")
ent("llm", "Technology", "大模型")
for id, l, al in [("agi", "通用AI", ["通用智能"]), ("chatgpt", "ChatGPT", []), ("deepseek", "DeepSeek", []),
                  ("qwen", "通义千问", []), ("cot", "思维链", []), ("longctx", "长上下文技术", []),
                  ("multimodal", "多模态", []), ("deepfake", "深度伪造", []), ("weapon", "智能武器", [])]:
    ent(id, "Technology", l, al, optional=True)
rel("cac", "promotes", "ai")
rel("cac", "promotes", "llm", optional=True)

W = dict(by=["wu"])
# Section 1: trends; the governance constraint's aim
goal("t1", "保障技术创新与应用推广的健康可持续发展", optional=True, opt_by=["wu"])
# Section 2: what others call for or do
goal("h1", "重视安全风险", "一是AI领军人物纷纷呼吁重视安全风险", optional=True, opt_by=["wu"])
goal("h2", "高度关注安全问题", by=["hinton"])
goal("h3", "推进人工智能安全方面的研究和治理", by=["bengio"], tech=["ai"])
goal("h4", "要在设计中间就把安全考虑好", "杨立昆尽管相对乐观，但依然提出要在设计中间就把安全考虑好", by=["lecun"])
goal("h5", "必须高度关注安全风险", by=["schmidt"])
e21 = "非常典型就是欧盟，欧盟主要把自己定位为人工智能的应用方，制定《人工智能法案》，采取强监管的策略，针对10的25次方flops运算大模型设定严格监管要求"
goal("eu1", "采取强监管的策略", e21, optional=True, opt_body=["eu"])
goal("eu2", "针对10的25次方flops运算大模型设定严格监管要求", e21, optional=True, opt_body=["eu"], opt_tech=["llm"])
goal("us1", "保持技术领先地位", "美国特朗普政府持续放松监管，主要是为了保持技术领先地位", optional=True)
goal("us0", "持续放松监管", "美国特朗普政府持续放松监管，主要是为了保持技术领先地位", optional=True)
goal("un1", "推进治理策略的制定", opt_body=["un", "g7"])
goal("acad1", "把发展和安全统筹好", "还有学术团体，包括产业界，也纷纷提出政策建议，希望能够把发展和安全统筹好")
e22a = "三是先发国家纷纷成立专门机构研究安全对策，抢占治理话语权和领导权"
goal("w1", "成立专门机构研究安全对策", e22a, optional=True)
goal("w2", "抢占治理话语权和领导权", e22a, optional=True)
goal("w3", "开展安全风险、安全测评和安全治理的技术和对策研究", optional=True)
goal("w4", "着手国际治理的谋划和实践", "特别值得关注的是，西方多国发起了全球AI安全峰会，组建了安全研究机构网络，开展了大模型跨国间安全测评，着手国际治理的谋划和实践", optional=True)
goal("w5", "推动更加灵活的治理", optional=True)
e22b = "几天前，美国发布了“人工智能行动计划”，明确提出通过“加速AI创新，建设AI基础设施，引领国际AI外交和安全”这三大核心支柱，赢得全球AI竞赛"
goal("us2", "加速AI创新", e22b, body=["usplan"], tech=["ai"])
goal("us3", "建设AI基础设施", e22b, body=["usplan"], tech=["ai"])
goal("us4", "引领国际AI外交和安全", e22b, body=["usplan"], tech=["ai"])
goal("us5", "赢得全球AI竞赛", e22b, body=["usplan"], tech=["ai"])
# China's governance (我国/我们: no agency named; 网信办's work has it)
goal("c1", "坚持统筹发展与安全", "我们坚持统筹发展与安全，发布了推进人工智能技术发展，安全监管和伦理规范的系列文件", opt_by=["wu"])
goal("c2", "推进人工智能技术发展，安全监管和伦理规范", "我们坚持统筹发展与安全，发布了推进人工智能技术发展，安全监管和伦理规范的系列文件",
     optional=True, opt_by=["wu"], opt_tech=["ai"])
goal("c3", "秉承“以人为本，智能向善”", "秉承“以人为本，智能向善”，公布了人工智能治理全球倡议", optional=True, opt_by=["wu"])
goal("c4", "坚持边发展边治理的基本原则", opt_by=["wu"])
goal("c5", "探索出一条具有中国特色和中国智慧的治理路径", opt_by=["wu"])
goal("c6", "牵头组织相应技术攻坚和产业布局", optional=True, opt_by=["wu"])
e23 = "在社会治理方面，网信办在加强大模型伦理对齐和合规备案的同时，与多部委齐心协力，在全国推进人工智能社会应用和治理实践"
goal("c7", "加强大模型伦理对齐和合规备案", e23, body=["cac"], tech=["llm"], opt_by=["wu"])
goal("c8", "推进人工智能社会应用和治理实践", e23, body=["cac"], tech=["ai"], opt_by=["wu"])
# the four kinds of evaluation: what they serve (present functions, optional)
goal("m1", "支撑模型备案", "第一类是合规性测评，支撑模型备案，这方面工作越做越细，效果越来越好", optional=True)
goal("m2", "促进技术迭代", "第二类是商业发展的评比，在促进技术迭代，激发应用创新等方面积极作为", optional=True)
goal("m3", "激发应用创新", "第二类是商业发展的评比，在促进技术迭代，激发应用创新等方面积极作为", optional=True)
goal("m4", "有效促进技术发展和安全提升", optional=True)
e24 = "第四类是系统评估，维护国家安全，主要是对大模型应用从硬件、软件、模型、数据、应用等多个层面、多个维度的测试评估，促进技术自主可控、科技自立自强，也取得了显著成效"
goal("m5", "维护国家安全", e24, optional=True)
goal("m6", "促进技术自主可控、科技自立自强", e24, optional=True)
# Section 3: difficulties, then the way forward
goal("d1", "求得创新发展和安全监管的平衡", optional=True, opt_by=["wu"])
e31 = "只要我们保持战略定力，坚持久久为功，继续突破核心技术的瓶颈、提升安全测评的能力、完善法治伦理的规范以及增强全球治理的主动，我们就一定能为世界奉献具有中国特色的AI治理方案"
for id, l in [("f1", "保持战略定力"), ("f2", "坚持久久为功"), ("f3", "突破核心技术的瓶颈"), ("f4", "提升安全测评的能力"),
              ("f5", "完善法治伦理的规范"), ("f6", "增强全球治理的主动")]:
    goal(id, l, e31, **W)
goal("f7", "为世界奉献具有中国特色的AI治理方案", e31, tech=["ai"], **W)
# four proposals
e32 = lines[31]
goal("p1", "加强创新驱动", e32, **W)
goal("p1a", "以新型举国体制推动技术发展和应用赋能", e32, **W)
goal("p1b", "突破关键技术点", e32, **W)
goal("p1c", "打造核心产业链", e32, **W)
goal("p1d", "形成垂域应用面", e32, **W)
goal("p1e", "充分发挥体制优势、组织优势和政策的优势", e32, **W)
goal("p1f", "始终把发展作为第一要务", e32, **W)
e33 = lines[32]
goal("p2", "加强安全研究", e33, **W)
goal("p2a", "推进安全测评", e33, **W)
goal("p2b", "确保大模型在关键行业、重要部门、重点单位和敏感部位的应用做到安全稳妥", e33, tech=["llm"], **W)
goal("p2c", "有效防控安全风险", e33, **W)
e34 = lines[33]
goal("p3", "加强伦理规范", e34, **W)
goal("p3a", "以中华传统文化为根基，赓续大模型文明血脉", e34, tech=["llm"], **W)
goal("p3b", "将中国的伦理道德和传统文化融进大模型", e34, tech=["llm"], **W)
goal("p3c", "细化伦理准则", e34, **W)
goal("p3d", "构建法规体系", e34, **W)
goal("p3e", "强化技术保障", e34, **W)
goal("p3f", "使伦理和法规能够落实落地", e34, **W)
e35 = lines[34]
goal("p4", "落实全球倡议", e35, **W)
goal("p4a", "加强国际合作", e35, **W)
goal("p4b", "细化实化人类命运共同体理念", e35, **W)
goal("p4c", "推进国际治理框架的互认互信", e35, **W)
goal("p4d", "推动线上线下国际合作与交流", e35, **W)
goal("p4e", "成立世界人工智能合作组织", "昨天，我们正式公布将成立世界人工智能合作组织", **W)
goal("p4f", "为人工智能的全球治理注入新的活力和智慧", "这更是体现我国大国担当的务实举措，必将为人工智能的全球治理注入新的活力和智慧",
     optional=True, opt_by=["wu"], opt_tech=["ai"])
# three appeals to the research community
goal("q1", "需要安全兜底、及时跟上", lines[36], **W)
goal("q2", "需要技术赋能、及时跟进", lines[37], **W)
goal("q3", "迫切需要人文滋养、及时跟随", "大模型乃至人工智能的发展、安全与治理，迫切需要人文滋养、及时跟随", opt_tech=["llm", "ai"], **W)
e39 = "这样，才能更好推动智能向善，才能最终实现同球共济"
goal("q4", "更好推动智能向善", e39, **W)
goal("q5", "最终实现同球共济", e39, **W)
goal("q6", "技术创新更需要社会人文的温度", "社会发展需要技术创新的锐度，技术创新更需要社会人文的温度", optional=True, opt_by=["wu"])

# Statistics: the only digits are the EU's threshold (a rule, not a reported figure)
stat("s1", "欧盟设定严格监管要求的大模型运算量", "10的25次方flops", e21, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
