"""Gold annotation of plan-wuhan-ai-2023 (《武汉建设国家人工智能创新应用先导区实施方案(2023-2025年)》政策解读), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-wuhan-ai-2023"
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

def goal(id, label, evidence, optional=False):
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

ent("miit", "Agency", "工信部")
ent("wh-gov", "Agency", "武汉市人民政府", ["市政府"])
ent("wh-cpc", "Agency", "中共武汉市委", ["市委"])
ent("plan", "Document", "武汉建设国家人工智能创新应用先导区实施方案(2023-2025年)", ["《方案》"])
rel("plan", "publishedBy", "wh-gov", optional=True)
rel("plan", "publishedBy", "wh-cpc", optional=True)
ent("wuhan", "Place", "武汉", ["武汉市"])
ent("yrd", "Place", "长三角")
ent("gba", "Place", "大湾区")
ent("pilot", "Place", "国家人工智能创新应用先导区", optional=True)
ent("testzone", "Place", "武汉国家新一代人工智能创新发展试验区", optional=True)
rel("pilot", "locatedIn", "wuhan", optional=True); rel("testzone", "locatedIn", "wuhan", optional=True)
T = [("ai", "人工智能", False), ("agi", "通用人工智能", True), ("compute", "算力", False), ("algo", "算法", True),
     ("llm", "大模型", False), ("chip", "智能芯片", False), ("terminal", "智能终端", True), ("icv", "智能网联汽车", False),
     ("equip", "智能装备", True), ("smartmfg", "智能制造", False), ("smartcon", "智能建造", True),
     ("smartmed", "智慧医疗", True), ("smartedu", "智慧教育", True), ("smartcity", "智慧城市", False)]
for id, l, o in T:
    ent(id, "Technology", l, optional=o)
    rel("wh-gov", "promotes", id, optional=True)
rel("miit", "promotes", "ai", optional=True)
G = [("b1", "创建国家人工智能创新应用先导区", "去年9月工信部正式批复武汉市创建国家人工智能创新应用先导区", True, ["ai"]),
     ("b2", "积极抢抓通用人工智能发展机遇", "编制过程中,我局积极抢抓通用人工智能发展机遇", True, ["agi"]),
     ("b3", "深入贯彻落实国家关于人工智能发展的部署要求", "深入贯彻落实国家关于人工智能发展的部署要求", True, ["ai"]),
     ("b4", "对标学习长三角、大湾区等先进地区经验", "对标学习长三角、大湾区等先进地区经验", True, []),
     ("b5", "将党政代表团学习考察成果转化为具体举措", "努力将党政代表团学习考察成果转化为具体举措", True, []),
     ("p1", "突出双区联动", "一是突出双区联动。", False, []),
     ("p1a", "紧紧把握人工智能从技术到产品转化的重大机遇", "紧紧把握人工智能从技术到产品转化的重大机遇", False, ["ai"]),
     ("p1b", "与武汉国家新一代人工智能创新发展试验区紧密衔接", "与武汉国家新一代人工智能创新发展试验区紧密衔接", False, []),
     ("p1c", "推动人工智能深入拓展到产业、园区和应用场景", "推动人工智能深入拓展到产业、园区和应用场景", False, ["ai"]),
     ("p2", "突出产业导向", "二是突出产业导向。以产业发展为主线", False, []),
     ("p2a", "发展算力、算法(大模型)、数据三大领域", "在软件领域,发展算力、算法(大模型)、数据三大领域", False, ["compute", "algo", "llm"]),
     ("p2b", "实施人工智能伙伴计划", "实施人工智能伙伴计划", False, ["ai"]),
     ("p2c", "发展智能芯片、智能终端、智能网联汽车和智能装备四大产业", "在硬件领域,发展智能芯片、智能终端、智能网联汽车和智能装备四大产业", False, ["chip", "terminal", "icv", "equip"]),
     ("p2d", "实施人工智能产业提能计划", "实施人工智能产业提能计划", False, ["ai"]),
     ("p3", "突出应用先导", "三是突出应用先导。", False, []),
     ("p3a", "充分发挥武汉应用场景丰富的优势", "充分发挥武汉应用场景丰富的优势", False, []),
     ("p3b", "突出智能制造、智能建造、智慧医疗、智慧教育、智慧城市", "突出智能制造、智能建造、智慧医疗、智慧教育、智慧城市五大领域", False, ["smartmfg", "smartcon", "smartmed", "smartedu", "smartcity"]),
     ("p3c", "实施人工智能场景应用计划", "实施人工智能场景应用计划", False, ["ai"])]
OPT_T = {id for id, l, o in T if o}
for id, l, e, opt, techs in G:
    goal(id, l, e, optional=opt)
    rel("plan", "hasGoal", id, optional=opt)
    for t in techs:
        rel(id, "involvesTechnology", t, optional=opt or t in OPT_T)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
