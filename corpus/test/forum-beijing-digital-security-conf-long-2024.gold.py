"""Gold annotation of forum-beijing-digital-security-conf-long-2024 (2024中关村论坛系列活动——第二届北京数字安全大会顺利召开), by hand per shared/eval/ANNOTATE.md (annotator ann37)."""
ID = "forum-beijing-digital-security-conf-long-2024"
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
ent("conf", "Event", "第二届北京数字安全大会", ["北京数字安全大会"])
ent("zgcf", "Event", "2024中关村论坛", optional=True)   # the parent series, named only inside the conference's title
ent("contest", "Event", "2024全国数据应用大赛", ["数字安全赛"], optional=True)   # a contest launched at the conference
ent("bd-contest", "Event", "北京大数据技能大赛", optional=True)
ent("beijing", "Place", "北京")
rel("conf", "locatedIn", "beijing", optional=True)   # only in the conference's name
ent("china", "Place", "中国", ["我国"], optional=True)
# ---- Documents
ent("wp", "Document", "数据流通安全标准化白皮书", ["《数据流通安全标准化白皮书》"])
ent("cyber-power", "Document", "网络强国战略", optional=True)
for id, l in [("t-feng", "大模型安全思考与建议"), ("t-huang", "统筹发展和安全-当好新时代首都新质生产力示范区"),
              ("t-fhm", "创新人才培养模式，加强网络安全实战型人才培养"), ("t-gao", "AI+新质生产力探索与实践"),
              ("t-xuan", "以‘全数据安全’思路夯实数据要素底座"), ("t-zhang", "大模型安全与发展"),
              ("t-shang", "智问真章：AI赋能下的知识探索与鉴伪之道"), ("t-xie", "人工智能与网络安全的双向赋能"),
              ("t-hw", "携手打造坚实的算力底座，助力数字安全")]:
    ent(id, "Document", l, optional=True)
# ---- Agencies
ent("bjsti", "Agency", "北京市科学技术委员会")
ent("zgc-admin", "Agency", "中关村科技园区管理委员会")
ent("zgc-sci", "Agency", "中关村科学城管理委员会")
ent("hd-cac", "Agency", "中共北京市海淀区委网络安全和信息化委员会办公室", ["中共北京市海淀区委网信办"])
ent("hd-prop", "Agency", "海淀区委宣传部")
ent("hd-iio", "Agency", "北京市海淀区互联网信息办公室")
ent("moe", "Agency", "教育部")
ent("moe-cs", "Agency", "教育部高等学校网络空间安全专业教学指导委员会")
rel("moe-cs", "subOrganizationOf", "moe")
ent("bsqc", "Organization", "北京软件产品质量检测检验中心")
# ---- Organizations
ent("bnisa", "Organization", "北京网络信息安全技术创新产业联盟")
ent("cas", "Organization", "中国科学院")
ent("iie", "Organization", "中国科学院信息工程研究所")
rel("iie", "subOrganizationOf", "cas")
ent("css", "Organization", "中国仿真学会")
ent("besti", "Organization", "北京电子科技学院")
ent("dcits", "Organization", "神州数码", optional=True)                      # only inside the unit's name
ent("dcits-xc", "Organization", "神州数码信创业务集团")
rel("dcits-xc", "subOrganizationOf", "dcits", optional=True)
ent("dcits-sol", "Organization", "神州数码信创业务集团解决方案部", ["解决方案部"])
rel("dcits-sol", "subOrganizationOf", "dcits-xc")
ent("yjz", "Organization", "北京云集至科技有限公司")
ent("lxsk", "Organization", "杭州领信数科信息技术有限公司")
ent("topsec", "Organization", "天融信科技集团", ["天融信"])
ent("huawei", "Organization", "华为技术有限公司")
ent("huawei-bj", "Organization", "华为技术有限公司北京代表处", ["北京代表处"])
rel("huawei-bj", "subOrganizationOf", "huawei")
ent("aq419", "Organization", "安全419", optional=True)   # the publishing account, on the dateline only
# ---- People: (id, name, [(body, post, optional)])
P = [("dong", "董齐超", [("bjsti", "党组成员、副主任", False), ("zgc-admin", "党组成员、副主任", False)]),
     ("fengdg", "冯登国", []),                                                     # 中国科学院院士: honorary
     ("huang", "黄英", [("hd-cac", "主任", False), ("hd-prop", "副部长", False), ("hd-cac", "二级巡视员", True)]),
     ("fhm", "封化民", [("besti", "副院长", False), ("moe-cs", "秘书长", False)]),
     ("gao", "高洪福", [("dcits-sol", "副总经理", False)]),
     ("xuan", "宣淦淼", [("yjz", "联合创始人", False)]),
     ("zhangxd", "张潇丹", [("iie", "研究员/博士生导师", True)]),
     ("shang", "尚培新", [("lxsk", "副总裁", False)]),
     ("xie", "谢琴", [("topsec", "助理总裁", False)])]
for id, n, posts in P:
    ent(id, "Person", n)
    seen = set()
    for org, post, opt in posts:
        if (id, org) in seen: continue            # one holdsPost per person and body (黄英: 主任/二级巡视员)
        seen.add((id, org))
        rel(id, "holdsPost", org, post=post, optional=opt)
    rel(id, "speaksAt", "conf")
# ---- Technologies
ent("llm", "Technology", "大模型", ["AI大模型"])
ent("ai", "Technology", "人工智能", ["AI"])
for id, l in [("compute", "算力"), ("digital-tech", "数字技术"), ("ai-forgery", "AI伪造检测技术"),
              ("cybersec", "网络安全"), ("datasec", "数据安全"), ("trusted", "安全可信计算平台"),
              ("digital-security", "数字安全")]:
    ent(id, "Technology", l, optional=True)

# ---- 董齐超 (北京市科委、中关村管委会; the subject is 北京: hasGoal optional)
D = dict(by=["dong"], opt_body=["bjsti", "zgc-admin"])
d = lines[4].split("指出，", 1)[1].rstrip("。")
goal("d1", "把发展数字经济作为重要的战略方向", d, **D)
goal("d2", "将“五子”联动作为探索和服务新发展格局有效路径", d, **D)
goal("d3", "坚持在政策措施和环境营造等方面加大支持力度", d, **D)
goal("d4", "促进数字安全与数字技术的深度融合", d, opt_tech=["digital-tech", "digital-security"], **D)
goal("d5", "打造国际领先的数字安全高地", d, **D)
# ---- 冯登国
F = dict(by=["fengdg"])
f = sent("他提出重点加强隐私保护的模型推理")
goal("f1", "重点加强隐私保护的模型推理", f, tech=["llm"], **F)   # …、大模型驱动的智能安全决策、大模型的机制可解释…等研究
goal("f2", "建立大模型安全理论体系和测评体系", f, tech=["llm"], **F)
goal("f3", "构建具有数学理论支持的模型框架", f, **F)
goal("f4", "更好地理解模型的运作机制和行为方式", f, **F)
# ---- the contest's aims (organised by 中国仿真学会 and co-organisers; no speaker)
C = dict(opt_body=["css", "moe-cs", "hd-iio", "bnisa"])
c1 = lines[6].split(", 2024全国数据应用大赛")[0]
goal("c1", "发现和培育新一代数字安全人才", c1, **C)
goal("c2", "鼓励技术创新", c1, **C)
goal("c3", "激发行业活力", c1, **C)
goal("c4", "为数字安全领域注入新鲜血液", c1, **C)
c5 = sent("大赛以“数据要素”为重点")
goal("c5", "以“数据要素”为重点", c5, optional=True, opt_body=["css", "moe-cs", "hd-iio", "bnisa"])
goal("c6", "聚焦重点行业和领域搭建专业竞赛平台", c5, **C)
goal("c7", "加强数据资源供给", c5, **C)
goal("c8", "激励社会各界共同挖掘市场需求", c5, **C)
goal("c9", "提升数据利用水平", c5, **C)
c10 = sent("我们也希望通过这次大赛")
goal("c10", "挖掘更多优秀的数据安全技术和人才", c10, **C)
goal("c11", "共同探索数据安全的新技术、新方法和新应用", c10, **C)
goal("c12", "推动数据安全领域的创新发展", c10, **C)
goal("c13", "保障数字经济的稳定运行", c10, **C)
# ---- 黄英 (海淀区委网信办)
H = dict(by=["huang"], opt_body=["hd-cac"])
h0 = lines[9].split("，中共北京市海淀区委网信办主任")[0]
goal("h0", "加快形成新质生产力", h0, optional=True, opt_by=["huang"])
goal("h1", "同时关注发展问题和安全问题", h0, optional=True, opt_by=["huang"], opt_body=["hd-cac"])   # the reporter's lead-in to her talk
goal("h2", "确保两者在相互支撑中共同推进", h0, optional=True, opt_by=["huang"], opt_body=["hd-cac"])
hh = "黄主任指出在当前复杂多变的国内外环境下，统筹发展与安全不仅是国家战略的必然选择，也是推动经济社会高质量发展的内在要求"
goal("h3", "统筹发展与安全", hh, **H)
goal("h4", "推动经济社会高质量发展", hh, optional=True, opt_by=["huang"])
goal("h5", "当好新时代首都新质生产力示范区", optional=True, opt_by=["huang"], opt_body=["hd-cac"])   # her talk title
# ---- 封化民 (北京电子科技学院 / 教指委)
FH = dict(by=["fhm"], opt_body=["moe-cs"])
fh = lines[10].split("为主题进行了分享，")[1].rstrip("。")
goal("fh1", "创新人才培养模式", optional=True, opt_by=["fhm"], opt_body=["moe-cs"])          # talk title
goal("fh2", "加强网络安全实战型人才培养", optional=True, opt_by=["fhm"], opt_body=["moe-cs"])  # talk title
goal("fh3", "多方协作", fh, **FH)
goal("fh4", "有效融合", fh, **FH)
goal("fh5", "完善生态", fh, **FH)
goal("fh6", "实施新时期的网络强国战略", fh, **FH)
goal("fh7", "维护国家网络安全", fh, opt_tech=["cybersec"], **FH)
goal("fh8", "提供强大的人才保障", fh, **FH)
# ---- 宣淦淼 (云集至)
X = dict(by=["xuan"], opt_body=["yjz"])
x = sent("提出了“全数据安全”的核心理念")
goal("x1", "构建全方位、多层次的数据安全防护体系", x, opt_tech=["datasec"], **X)
goal("x2", "从数据全生命周期出发", x, optional=True, opt_by=["xuan"])
goal("x3", "夯实数据要素底座", optional=True, opt_by=["xuan"], opt_body=["yjz"])   # talk title
# ---- the white paper
W = dict(body=["wp"])
w = lines[13].split("，", 1)[1].rstrip("。")
goal("w0", "提出数据流通安全标准体系框架", w, optional=True, opt_body=["wp"])
goal("w1", "提出亟需开展的标准化重点工作", w, optional=True, opt_body=["wp"])
goal("w2", "建立标准化研究的长效机制", w, **W)
goal("w3", "推进数据流通安全标准分类分级分步制定", w, **W)
goal("w4", "加快推进基础标准和核心技术标准的研制", w, **W)
goal("w5", "为数据要素合规流通和安全保障提供坚实的标准支撑", w, **W)
# ---- 张潇丹
Z = dict(by=["zhangxd"])
z = lines[14].split("做主题演讲，")[1].rstrip("。")
goal("z1", "保障数据隐私、算法透明与无偏见", z, opt_tech=["ai"], **Z)
goal("z2", "确保系统稳健以防攻击", z, **Z)
goal("z3", "支撑技术的安全、可靠与可持续发展", z, **Z)
# ---- 尚培新 (领信数科)
S = dict(by=["shang"], opt_body=["lxsk"])
s = "可以通过AI伪造检测技术、深入大模型基础研发和聚焦于各种应用场景的技术创新方向来应对面临的挑战"
goal("s1", "通过AI伪造检测技术", s, optional=True, opt_by=["shang"], opt_body=["lxsk"], opt_tech=["ai-forgery"])
goal("s2", "深入大模型基础研发", s, tech=["llm"], **S)
goal("s3", "聚焦于各种应用场景的技术创新方向", s, **S)
goal("s4", "应对面临的挑战", s, optional=True, opt_by=["shang"])
# ---- 华为 北京代表处 (speaker unnamed)
HW = dict(opt_body=["huawei", "huawei-bj"])
hw = "应打造安全可信计算平台，保护系统和数据安全"
goal("hw1", "打造安全可信计算平台", hw, opt_tech=["trusted"], **HW)
goal("hw2", "保护系统和数据安全", hw, **HW)
goal("hw3", "携手打造坚实的算力底座", optional=True, opt_body=["huawei", "huawei-bj"], opt_tech=["compute"])   # talk title
goal("hw4", "助力数字安全", lines[17].split("为题做技术分享")[0], optional=True, opt_body=["huawei", "huawei-bj"])
rel("huawei", "promotes", "compute", optional=True)
rel("huawei", "promotes", "trusted", optional=True)
rel("lxsk", "promotes", "llm", optional=True)
rel("lxsk", "promotes", "ai-forgery", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
