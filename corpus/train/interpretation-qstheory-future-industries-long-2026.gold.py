"""Gold annotation of interpretation-qstheory-future-industries-long-2026 (求是网 commentary on the Politburo's 24th collective study on future industries, as reprinted by 财联社 cls.cn 2026-02-10), by hand per shared/eval/ANNOTATE.md (annS16)."""
ID = "interpretation-qstheory-future-industries-long-2026"
import collections, json, pathlib
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


# bodies, people, events, documents, places
ent("qs", "Organization", "求是网")
ent("pb", "Agency", "中共中央政治局")
ent("cpc", "Agency", "党中央")
ent("miit", "Agency", "工业和信息化部")
ent("xi", "Person", "习近平")
ent("study", "Event", "第二十四次集体学习")
rel("xi", "speaksAt", "study")  # 在主持学习时强调
ent("fi-op", "Document", "关于推动未来产业创新发展的实施意见")
rel("fi-op", "publishedBy", "miit")  # 工业和信息化部等七部门联合印发 (the other six are not named)
ent("fyp-rec", "Document", "“十五五”规划建议")
ent("china", "Place", "中国", ["我国"], optional=True)

# technologies: the frontier tracks the text lists
T = {}
for id, l, opt in [("metaverse", "元宇宙", False), ("bci", "脑机接口", False), ("qinfo", "量子信息", False),
                   ("humanoid", "人形机器人", False), ("genai", "生成式人工智能", False),
                   ("biomfg", "生物制造", False), ("qtech", "量子科技", False), ("embodied", "具身智能", False),
                   ("6g", "第六代移动通信", False), ("fdisplay", "未来显示", True), ("fnet", "未来网络", True),
                   ("storage", "新型储能", True), ("h2", "氢能", True), ("fusion", "核聚变能", True)]:
    ent(id, "Technology", l, optional=opt)
    T[id] = opt

def G(id, label, evidence=None, opt=False, who="qs", tech=()):
    """who: 'xi' = stated by 习近平 at the study (proposes; hasGoal 中共中央政治局 optional: the body he presides, not named as his post's);
    'qs' = the commentary's own 要…/我们要… (hasGoal 求是网 optional: an unsigned commentary); 'rec' = set by the “十五五”规划建议"""
    goal(id, label, evidence, optional=opt)
    if who == "xi":
        rel("xi", "proposes", id, optional=opt)
        rel("pb", "hasGoal", id, optional=True)
    elif who == "qs":
        rel("qs", "hasGoal", id, optional=True)
    elif who == "rec":
        rel("fyp-rec", "hasGoal", id, optional=opt)
    for t in tech:
        rel(id, "involvesTechnology", t, optional=opt or T[t])

L = lines
S, D, W, P, K, E2 = L[5], L[6], L[7], L[8], L[9], L[10]
assert S.startswith("近日") and E2.startswith("开启未来")
# the study (line 6): 习近平's aims; the commentary restates 发挥比较优势 / 坚持稳中求进、梯度培育 (same nodes)
# the study's theme, the commentary's title and last paragraph: a required goal, but not a 强调 of 习近平
goal("x0", "前瞻布局和发展未来产业", S)
rel("xi", "proposes", "x0", optional=True)
rel("pb", "hasGoal", "x0", optional=True)
rel("qs", "hasGoal", "x0", optional=True)
G("x0b", "站在推进强国建设、民族复兴伟业的战略高度", S, opt=True, who="xi")  # means clause
G("x1", "立足客观条件", S, who="xi")
G("x2", "发挥比较优势", S, who="xi")
G("x3", "坚持稳中求进、梯度培育", S, who="xi")
G("x4", "推动我国未来产业发展不断取得新突破", S, who="xi")
# the 15th five-year-plan recommendations (line 7)
G("r1", "前瞻布局量子科技、生物制造、氢能和核聚变能、脑机接口、具身智能、第六代移动通信", D, who="rec",
  tech=["qtech", "biomfg", "h2", "fusion", "bci", "embodied", "6g"])
# why (line 8): what developing future industries serves; stated as significance, not as tasks
for id, l in [("w1", "抢占科技和产业制高点"), ("w2", "把握发展主动权"), ("w3", "发展新质生产力"),
              ("w4", "建设现代化产业体系"), ("w5", "提高人民生活品质"), ("w6", "促进人的全面发展和社会全面进步"),
              ("w7", "再造一个中国高技术产业")]:
    G(id, l, W, opt=True, who=None)
# how (line 9)
G("p1", "树立全新的理念和思路", P)
G("p2", "因地制宜、错位发展", P)
G("p3", "尊重经济发展和产业发展的客观规律和动态变化特征", P)
G("p3b", "不能脱离实际、一哄而上", P, opt=True)
G("p4", "综合考虑国家战略需求、技术成熟程度、要素支撑条件等", P)
G("p4b", "因地制宜、因企制宜", P, opt=True)
G("p5", "强化产业协同", P)
G("p6", "推动未来产业与新兴产业、传统产业深度融合", P)
G("p7", "形成新旧动能顺畅转换、协同共进的产业生态", P)
G("p7b", "既不丢传统产业优势，也不忽视新兴产业积累", P, opt=True)
G("p8", "抓住未来产业机遇", P)
G("p9", "实现三者有机衔接", P)
# science and enterprises (line 10)
G("k1", "推动科技与产业同频共振、双向赋能", K)
G("k2", "加大重点领域关键核心技术攻关力度", K)
G("k3", "着力解决“卡脖子”问题", K)
G("k4", "加快科技成果转化应用", K)
G("k5", "打通从实验室到市场的“最后一公里”", K)
G("k6", "让科技创新成果真正转化为产业发展实效", K)
G("k7", "更好发挥企业创新主体作用", K)
G("k8", "让企业真正成为连接科技研发与产业应用的关键纽带", K)
G("k9", "推动各类创新资源向企业集聚", K)
G("k10", "聚焦培育核心技术领先、创新能力强的科技领军企业和高新技术企业", K)
G("k11", "让企业真正成为技术创新决策、研发投入、成果转化的主力军", K)
G("k12", "在市场竞争中持续锻造核心竞争力", K)
G("k13", "以企业创新活力激活未来产业发展的内生动力", K)
# closing (line 11)
G("e1", "加强科技前沿知识学习", E2)
G("e2", "落实好党中央关于未来产业的各项政策部署", E2)
G("e3", "持续激发未来产业发展的强劲动能", E2)
G("e4", "在未来产业的赛道上抢占先机、赢得主动", E2)
G("e5", "书写我国高质量发展新篇章", E2, opt=True)
write()
