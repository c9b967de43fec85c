"""Gold annotation of forum-belt-road-cybersecurity-forum-long-2024 (聚焦 | 第八届“一带一路”园区建设国际合作峰会首次网络安全国际合作专题论坛在京举办), by hand per shared/eval/ANNOTATE.md."""
ID = "forum-belt-road-cybersecurity-forum-long-2024"
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

# Events, talk titles, places
ent("forum", "Event", "第八届“一带一路”园区建设国际合作峰会首次网络安全国际合作专题论坛",
    ["网络安全国际合作专题论坛"])
ent("summit", "Event", "第八届“一带一路”园区建设国际合作峰会", ["“一带一路”园区建设国际合作峰会"], optional=True)  # named only as part of the forum's name
ent("beijing", "Place", "北京")
ent("singapore", "Place", "新加坡", optional=True)
ent("china", "Place", "中国", ["我国"], optional=True)
rel("forum", "locatedIn", "beijing")
rel("summit", "locatedIn", "beijing", optional=True)
for id, l in [("t-wu", "共建“一带一路”网络空间命运共同体"), ("t-guo", "中国网络安全基本制度的建立与实施"),
              ("t-hum", "网络安全国际标准化的现状与未来"), ("t-jing", "中国企业海外网络安全的对策措施")]:
    ent(id, "Document", l, [f"《{l}》"], optional=True)  # titles of talks, in 《》
ent("ncs", "Document", "国家网络安全战略", optional=True)
# Government bodies
ent("mps", "Agency", "公安部")
ent("mps11", "Agency", "公安部十一局", ["十一局"])
rel("mps11", "subOrganizationOf", "mps")
# Organisations
ent("cep", "Organization", "《中国企业报》集团", ["中国企业报"])
ent("cae", "Organization", "中国工程院")
ent("ntu", "Organization", "南洋理工大学", ["新加坡南洋理工大学"])
ent("wg1", "Organization", "ISO/IEC JTC1/SC27/WG1")
ent("q360", "Organization", "360集团")
ent("nvidia", "Organization", "英伟达")
ent("msft", "Organization", "微软")
ent("apple", "Organization", "苹果")
ent("cnpc", "Organization", "中国石油")
ent("cnpc-dim", "Organization", "中国石油数字和信息化管理部", ["数字和信息化管理部"])
rel("cnpc-dim", "subOrganizationOf", "cnpc")
ent("silkroad", "Organization", "中国丝路集团")
ent("knownsec", "Organization", "北京知道创宇信息技术股份有限公司", ["北京知道创宇"])
ent("bxy", "Organization", "北京北信源软件股份有限公司")
ent("buaa", "Organization", "北京航空航天大学")
ent("buaa-cs", "Organization", "北京航空航天大学网络空间安全学院")
rel("buaa-cs", "subOrganizationOf", "buaa")
ent("cu", "Organization", "中国联合网络通信集团有限公司")
ent("cii-alliance", "Organization", "中关村华安关键信息基础设施安全保护联盟")
ent("q360-ds", "Organization", "三六零数字安全科技集团有限公司")
ent("bp", "Organization", "B.P商业伙伴")
ent("cafte", "Organization", "中国对外经济贸易会计学会")
# People: (id, name, aliases, [(body, post, optional)], speaks: True / None = optional)
P = [("wuyg", "吴昀国", [], [("cep", "社长、总裁", False)], True),
     ("wusz", "吴世忠", [], [], True),
     ("jiangmz", "江明灶", ["MengChow Kang"], [], True),
     ("guoqq", "郭启全", [], [("mps11", "原副局长、一级巡视员、总工程师", True)], True),
     ("humphreys", "爱德华·汉弗莱斯", ["Edward HUMPHREYS"], [("wg1", "召集人", False)], True),
     ("zhouhy", "周鸿祎", [], [("q360", "创始人", True)], True),
     ("jingxw", "靖小伟", [], [("cnpc-dim", "副总经理", False)], True),
     ("yanlj", "闫立金", [], [("silkroad", "董事长", False)], True),
     ("liwc", "李伟辰", [], [("knownsec", "高级副总裁", False)], True),
     ("yangh", "杨华", [], [("bxy", "高级副总裁", False)], True),
     ("liujw", "刘建伟", [], [("buaa-cs", "原院长", True)], None)]
for id, n, al, posts, speaks in P:
    ent(id, "Person", n, al)
    for org, post, opt in posts:
        rel(id, "holdsPost", org, post=post, optional=opt)
    rel(id, "speaksAt", "forum", optional=speaks is None)  # 刘建伟 chaired the forum
# Technologies
ent("ai", "Technology", "人工智能", ["AI"])
ent("llm", "Technology", "大模型")
ent("cloud", "Technology", "云计算")
ent("iot", "Technology", "物联网")
ent("ml", "Technology", "机器学习")
for id, l in [("cybersec", "网络安全"), ("digital-tech", "数字技术"), ("sec-llm", "安全大模型"), ("xinyuan-mx", "信源密信")]:
    ent(id, "Technology", l, optional=True)

# the forum's aims (paragraph 1)
f = lines[2].split("。")[1]
goal("f1", "分享最新研究成果", f, optional=True, opt_body=["cep"])
goal("f2", "进一步加强国际合作", f, opt_body=["cep"])
goal("f3", "共同应对信息化和数字化转型中的网络安全挑战", f, opt_body=["cep"], opt_tech=["cybersec"])
goal("f4", "推动构建网络空间命运共同体", f, opt_body=["cep"])
# 吴昀国 (《中国企业报》集团)
Y = dict(by=["wuyg"], body=["cep"])
goal("y1", "深化国家网络安全战略应强调国际合作", **Y)
y2 = "本次论坛以“网络安全国际合作”为切入点，不仅是响应国家网络安全战略的重要举措，也是推动“一带一路”建设行稳致远的内在要求"
goal("y2", "响应国家网络安全战略", y2, optional=True, opt_by=["wuyg"], opt_body=["cep"])
goal("y3", "推动“一带一路”建设行稳致远", y2, optional=True, opt_by=["wuyg"], opt_body=["cep"])
y4 = "他希望通过深入交流与探讨，为推动网络安全国际合作、构建网络空间命运共同体贡献智慧和力量"
goal("y4", "推动网络安全国际合作", y4, **Y)
goal("y5", "构建网络空间命运共同体", y4, optional=True, opt_by=["wuyg"], opt_body=["cep"])  # restates the forum's aim f4
# 吴世忠
W = dict(by=["wusz"])
w0 = "他指出，“一带一路”发展成效斐然，应当珍惜成绩、更上层楼；智能化发展成为新趋势，必须抓住机遇，乘势而上；网络安全挑战更加复杂，需要强化合作、共同治理"
for id, l in [("w01", "珍惜成绩"), ("w02", "更上层楼"), ("w03", "抓住机遇"), ("w04", "乘势而上"), ("w05", "强化合作"), ("w06", "共同治理")]:
    goal(id, l, w0, **W)
goal("w07", "共建“一带一路”网络空间命运共同体", "他认为，共建“一带一路”网络空间命运共同体，安全是底线要求，需要网络安全保驾护航", **W)
for n, l in enumerate(["建立“一带一路”网络安全多边合作组织或者相应的机制", "加强“一带一路”网络安全信息共享与交流",
                       "加强“一带一路”网络安全技术合作", "加强“一带一路”网络安全应急响应合作",
                       "加强“一带一路”网络安全人才培养"], 1):
    goal(f"w{n}", l, sent(l), opt_tech=["cybersec"], **W)
# 江明灶
J = dict(by=["jiangmz"])
goal("j1", "统一不同的法规", **J)
goal("j2", "采取先进的方法来更好地保护自己", **J)
j3 = "要促进合作、推动创新，并且投资人力资源，只有这样，才能建立非常安全和有韧性的网络空间"
for id, l in [("j3", "促进合作"), ("j4", "推动创新"), ("j5", "投资人力资源"), ("j6", "建立非常安全和有韧性的网络空间")]:
    goal(id, l, j3, **J)
# 郭启全
G = dict(by=["guoqq"])
g = lines[6].split("。")[1]
for id, l in [("g1", "关注中国的等级保护制度"), ("g2", "共享中国的等级保护经验"), ("g3", "交流政策、标准、措施"),
              ("g4", "支持“一带一路”国家和地区建好本国的网络安全生态"), ("g5", "为有关部门提供平台"),
              ("g6", "共建网络空间命运共同体"), ("g7", "共同繁荣进步")]:
    goal(id, l, g, **G)
# 爱德华·汉弗莱斯 (ISO/IEC JTC1/SC27/WG1)
H = dict(by=["humphreys"], opt_body=["wg1"])
h1 = "他表示，网络安全治理问题是非常重要的问题，必须努力合作管理这些风险，也需要制定标准评估和衡量风险，通过一系列的指标告诉我们目前的安全状况如何"
goal("h1", "努力合作管理这些风险", h1, **H)
goal("h2", "制定标准评估和衡量风险", h1, **H)
goal("h3", "控制这些风险或者缓解这些风险", "AI、云计算、物联网等技术也会带来风险，要控制这些风险或者缓解这些风险",
     opt_tech=["ai", "cloud", "iot"], **H)
h4 = "我们工作的目标就是希望尽可能缓解这些风险，也希望能够确保这些风险能够被控制在一个合理范围之内"
goal("h4", "尽可能缓解这些风险", h4, by=["humphreys"], body=["wg1"])
goal("h5", "确保这些风险能够被控制在一个合理范围之内", h4, by=["humphreys"], body=["wg1"])
# 周鸿祎 (360集团)
Z = dict(by=["zhouhy"], body=["q360"])
ZO = dict(optional=True, opt_by=["zhouhy"], opt_body=["q360"])
goal("z01", "打造安全大模型", "360集团创始人周鸿祎围绕“打造安全大模型，用AI重塑安全”主题发表演讲", opt_tech=["llm", "sec-llm"], **ZO)
goal("z02", "用AI重塑安全", "360集团创始人周鸿祎围绕“打造安全大模型，用AI重塑安全”主题发表演讲", opt_tech=["ai"], **ZO)
z0 = "AI可以帮助安全行业降本增效，打造安全的新质生产力和新质战斗力"
goal("z03", "帮助安全行业降本增效", z0, opt_tech=["ai"], **ZO)
goal("z04", "打造安全的新质生产力和新质战斗力", z0, opt_tech=["ai"], **ZO)
z1 = "未来，360集团将一如既往专注技术和创新，响应国家“一带一路”倡议，开展安全大模型的赋能升级工作，科技普惠“一带一路”，大模型助力“一带一路”安全畅通"
goal("z1", "一如既往专注技术和创新", z1, **Z)
goal("z2", "响应国家“一带一路”倡议", z1, **Z)
goal("z3", "开展安全大模型的赋能升级工作", z1, tech=["llm"], opt_tech=["sec-llm"], **Z)
goal("z4", "科技普惠“一带一路”", z1, **Z)
goal("z5", "大模型助力“一带一路”安全畅通", z1, tech=["llm"], **Z)
# 杨华 (北信源): the title of his remarks
goal("yh1", "助力“一带一路”国际合作", "北京北信源软件股份有限公司高级副总裁杨华则在高安全信源密信助力“一带一路”国际合作方面提出见解",
     optional=True, opt_by=["yangh"], opt_body=["bxy"], opt_tech=["xinyuan-mx"])
# promotes
rel("q360", "promotes", "llm")
rel("q360", "promotes", "ai", optional=True)
rel("knownsec", "promotes", "ml", optional=True)  # 李伟辰: 机器学习和AI是网络安全的未来保障
rel("knownsec", "promotes", "ai", optional=True)
rel("bxy", "promotes", "xinyuan-mx", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
