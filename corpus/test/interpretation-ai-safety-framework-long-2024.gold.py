"""Gold annotation of interpretation-ai-safety-framework-long-2024 (专家解读：框架重磅发布，加快构建我国人工智能安全治理格局, 姚相振, 全国网安标委 2024-09, reprinted by 中国信息安全), by hand per shared/eval/ANNOTATE.md (ann8)."""
ID = "interpretation-ai-safety-framework-long-2024"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
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

def goal(id, label, evidence=None, optional=False):
    evidence = evidence or label
    assert label in text, label
    assert 4 <= len(label) <= 40, label
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

def write():
    gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
    (here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
    print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
# people, bodies
ent("yao", "Person", "姚相振")
ent("cesi", "Agency", "中国电子技术标准化研究院")
ent("cesi-sec", "Agency", "网络安全研究中心", ["中国电子技术标准化研究院网络安全研究中心"])
rel("cesi-sec", "subOrganizationOf", "cesi")
rel("yao", "holdsPost", "cesi-sec", post="主任")
ent("tc260", "Agency", "全国网络安全标准化技术委员会", ["全国网安标委"])
ent("xi", "Person", "习近平")
# documents, events
ent("fw", "Document", "人工智能安全治理框架", ["《人工智能安全治理框架》", "框架"])
rel("fw", "publishedBy", "tc260")
ent("gaigi", "Document", "全球人工智能治理倡议", ["《全球人工智能治理倡议》"])
# the initiative was proposed by 习近平 (a person: no publishedBy)
ent("std1", "Document", "生成式人工智能服务安全基本要求")
ent("std2", "Document", "训练数据安全规范")
ent("std3", "Document", "数据标注安全规范")
ent("std4", "Document", "人工智能生成合成内容标识方法")
ent("week", "Event", "2024年全国网络安全宣传周", ["全国网络安全宣传周"])
rel("fw", "adoptedAt", "week", optional=True)  # 于2024年全国网络安全宣传周正式发布
ent("bri", "Event", "“一带一路”国际高峰合作论坛")
rel("xi", "speaksAt", "bri")
ent("china", "Place", "我国", optional=True)
# technologies
T = {}
for id, l, al, opt in [("ai", "人工智能", [], False), ("llm", "大模型", [], False),
                       ("genai", "生成式人工智能", [], True), ("algo", "模型算法", [], True),
                       ("annot", "数据标注", [], True), ("newmedia", "新媒体", [], True)]:
    ent(id, "Technology", l, al, optional=opt)
    T[id] = opt

def G(id, label, evidence=None, opt=False, tech=(), yao=None, fw=None, tc=None, xi=None):
    """each of yao/fw/tc/xi: None = no relation, True = required, 'opt' = optional"""
    goal(id, label, evidence, optional=opt)
    for subj, pred, flag in (("yao", "proposes", yao), ("xi", "proposes", xi),
                             ("fw", "hasGoal", fw), ("tc260", "hasGoal", tc)):
        if flag: rel(subj, pred, id, optional=opt or flag == "opt")
    for t in tech:
        rel(id, "involvesTechnology", t, optional=opt or T[t])
    if yao is True and not opt:  # the author speaks from 中国电子技术标准化研究院: optional
        rel("cesi", "hasGoal", id, optional=True)

L = lines
# opening: what is urgently needed (the author)
E3 = "在此背景下，亟需构筑坚实的人工智能安全治理体系，妥善应对人工智能安全风险，保障人工智能安全、快速、有序发展"
G("o1", "构筑坚实的人工智能安全治理体系", E3, tech=["ai"], yao=True)
G("o2", "妥善应对人工智能安全风险", E3, tech=["ai"], yao=True)
G("o3", "保障人工智能安全、快速、有序发展", E3, tech=["ai"], yao=True)
# why TC260 drew up the framework
G("p1", "坚持以人为本、智能向善", "遵循习近平总书记提出的“坚持以人为本、智能向善”的理念和宗旨", xi=True, tc="opt")
G("p2", "贯彻落实《全球人工智能治理倡议》", "积极响应并贯彻落实《全球人工智能治理倡议》，全国网络安全标准化技术委员会制定《人工智能安全治理框架》", tc=True, fw="opt")
rel("p2", "involvesTechnology", "ai", optional=True)  # 人工智能 only inside the initiative's name
G("p3", "构建全方位、全链条的治理体系", "聚焦于构建全方位、全链条的治理体系，旨在推动形成覆盖人工智能发展全周期、全要素的治理格局，是推动人工智能健康发展和规范应用的关键依据", fw=True)
G("p4", "推动形成覆盖人工智能发展全周期、全要素的治理格局", "旨在推动形成覆盖人工智能发展全周期、全要素的治理格局", tech=["ai"], fw=True)
G("p5", "推动人工智能健康发展和规范应用", "是推动人工智能健康发展和规范应用的关键依据", tech=["ai"], fw=True)
G("p6", "促进了人工智能安全治理工作的持续深化与优化", "有力促进了人工智能安全治理工作的持续深化与优化", opt=True, tech=["ai"], fw="opt")
# the Global AI Governance Initiative (xi)
G("x1", "坚持发展和安全并重的原则看待人工智能", "强调要坚持发展和安全并重的原则看待人工智能", tech=["ai"], xi=True)
rel("gaigi", "hasGoal", "x1", optional=True)
G("p7", "推动人工智能安全治理工作向更深层次、更广泛领域迈进", "同时也成为推动人工智能安全治理工作向更深层次、更广泛领域迈进的关键力量", opt=True, tech=["ai"], fw="opt")
G("p8", "构建多方协同的全链条安全治理机制", "为构建多方协同的全链条安全治理机制提供助力", fw=True)
G("p9", "为全球人工智能安全治理工作贡献中国智慧", opt=True, tech=["ai"], fw="opt")
# the framework's content: principles, risks, measures, guidelines
EP = "提出了包容审慎、确保安全，风险导向、敏捷治理，技管结合、协同应对，开放合作、共治共享四项原则"
for id, l in [("r1", "包容审慎、确保安全"), ("r2", "风险导向、敏捷治理"), ("r3", "技管结合、协同应对"), ("r4", "开放合作、共治共享")]:
    G(id, l, EP, opt=True, fw="opt")
G("m0", "有效识别人工智能安全风险", "为有效识别人工智能安全风险提供了基本依据", opt=True, tech=["ai"], fw="opt")
G("m1", "从技术、管理两方面提出防范应对措施", "针对不同类型安全风险，《框架》从技术、管理两方面提出防范应对措施，为应对人工智能安全风险提供整体指导", fw=True)
G("m2", "提出安全开发运维、输出内容标识等技术应对措施", "针对模型、数据、系统等方面的内生安全风险，提出安全开发运维、输出内容标识等技术应对措施", fw=True)
G("m3", "推动负责任研发应用体系、供应链安全保障等综合治理措施", "并推动负责任研发应用体系、供应链安全保障等综合治理措施", fw=True)
G("m4", "提出安全防护机制、最终用途追溯等技术应对措施", "针对网络、现实、认知、伦理等方面的应用安全风险，提出安全防护机制、最终用途追溯等技术应对措施", fw=True)
G("m5", "实施分类分级管理、人才培养等综合治理措施", "并实施分类分级管理、人才培养等综合治理措施", fw=True)
G("m6", "提出了人工智能安全开发应用的指引", "同时，《框架》还提出了人工智能安全开发应用的指引", opt=True, tech=["ai"], fw="opt")
# 三、以标准工作促进《框架》有效落地 (the author's proposals; TC260 published the piece)
G("s0", "以标准工作促进《框架》有效落地", "三、以标准工作促进《框架》有效落地", yao=True, tc="opt")
G("s0a", "推动各方就人工智能安全治理达成共识", "《框架》的发布为推动各方就人工智能安全治理达成共识、协调一致起到了促进作用", opt=True, tech=["ai"], fw="opt")
G("s0b", "加强人工智能安全治理", "加强人工智能安全治理，需要社会各方的共同努力、紧密协作", tech=["ai"], yao=True, tc="opt")
G("s0c", "积极推动人工智能安全标准工作", "在标准工作方面，积极推动人工智能安全标准工作，通过标准促进《框架》的有效落地实施", tech=["ai"], yao=True, tc="opt")
G("s0d", "通过标准促进《框架》的有效落地实施", opt=True, yao="opt", tc="opt")  # restates the heading
E16 = L[15]
G("s1", "加快构建并持续完善人工智能安全标准体系", E16, tech=["ai"], yao=True, tc="opt")
G("s1a", "统筹规划、合理布局", E16, opt=True, yao="opt", tc="opt")
G("s1b", "凝聚各方在人工智能安全方面的共识", "通过标准凝聚各方在人工智能安全方面的共识", tech=["ai"], yao=True, tc="opt")
G("s1c", "助力构建开放、公正、有效的治理机制", yao=True, tc="opt")
G("s2", "大力推动重点急需标准研制工作", L[16], yao=True, tc="opt")
E18 = L[17]
G("s3", "聚焦行业领域安全问题开展标准化工作探索", E18, yao=True, tc="opt")
G("s3a", "开展标准化研究", "在金融、能源、电信、交通、民生等行业领域，组织相关单位开展标准化研究", yao=True, tc="opt")
G("s3b", "防范化解人工智能安全风险", E18, tech=["ai"], yao=True, tc="opt")
G("s3c", "保障人工智能的应用安全", E18, tech=["ai"], yao=True, tc="opt")
E19 = L[18]
G("s4", "加强《框架》及人工智能安全标准宣贯", E19, tech=["ai"], yao=True, tc="opt")
G("s4a", "开展人工智能安全标准宣讲", "面向网络安全企业、科研机构、地方主管部门，开展人工智能安全标准宣讲", tech=["ai"], yao=True, tc="opt")
G("s4b", "利用新媒体、新渠道加强标准宣贯", E19, tech=["newmedia"], yao=True, tc="opt")
G("s4c", "推动标准落地实施", E19, yao=True, tc="opt")
# promotes
rel("tc260", "promotes", "ai", optional=True)
rel("cesi", "promotes", "ai", optional=True)
write()
