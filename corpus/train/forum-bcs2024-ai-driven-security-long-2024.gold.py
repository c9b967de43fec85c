"""Gold annotation of forum-bcs2024-ai-driven-security-long-2024 (AI驱动安全 | 2024北京网络安全大会（BCS）开幕), by hand per shared/eval/ANNOTATE.md (annotator annL15)."""
ID = "forum-bcs2024-ai-driven-security-long-2024"
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

def stat(id, label, value, evidence, optional=False):
    assert value in evidence or re.sub(r"[^0-9.]", "", value) in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=ev(evidence), optional=optional)

# Events, places, documents
ent("conf", "Event", "2024全球数字经济大会数字安全高层论坛暨北京网络安全大会战略峰会",
    ["BCS大会", "2024北京网络安全大会（BCS）", "2024北京网络安全大会"])
ent("gdec", "Event", "2024全球数字经济大会", optional=True)  # named only inside the forum's name
ent("open", "Event", "开幕式", ["BCS大会开幕式"], optional=True)
ent("bj", "Place", "北京", ["北京市"])
ent("cnec", "Place", "国家会议中心", ["北京国家会议中心"], optional=True)
ent("cn", "Place", "我国", optional=True)
ent("pk", "Place", "巴基斯坦", optional=True)  # only in 巴基斯坦NCERT
rel("conf", "locatedIn", "bj")
rel("conf", "locatedIn", "cnec", optional=True)
rel("gdec", "locatedIn", "bj", optional=True)
ent("gwr", "Document", "2024年政府工作报告", ["政府工作报告"])
ent("rep", "Document", "2024人工智能安全报告", ["《2024人工智能安全报告》"])
ent("talk", "Document", "人工智能悖论：加强网络安全还是加剧威胁", optional=True)  # a speech's title

# Bodies
ent("acfic", "Organization", "全国工商联")
ent("cgcc", "Organization", "中国民间商会")
ent("cafp", "Organization", "中国友谊促进会")
ent("cac-state", "Agency", "国家网信办")
ent("cavte", "Organization", "中国职业技术教育学会")
ent("moe", "Agency", "教育部")
ent("bj-gov", "Agency", "北京市政府")
ent("cac", "Agency", "中央网信办")
ent("cac-cyb", "Agency", "网络安全协调局", ["中央网信办网络安全协调局"])
rel("cac-cyb", "subOrganizationOf", "cac")
ent("cec", "Organization", "中国电子信息产业集团有限公司")
ent("cae", "Organization", "中国工程院")
ent("pcl", "Organization", "鹏城实验室")
ent("pku", "Organization", "北京大学")
ent("tongji", "Organization", "同济大学")
ent("ncert", "Agency", "NCERT", ["巴基斯坦NCERT"])
ent("iet", "Organization", "国际工程技术学会")
ent("bcs", "Organization", "英国计算机学会")
ent("haihe", "Organization", "先进计算与关键软件（信创）海河实验室")
ent("cnaidsi", "Organization", "中国新一代人工智能发展战略研究院")
ent("forrester", "Organization", "Forrester")
ent("sgcc", "Organization", "国家电网有限公司", ["国家电网"])
ent("csee", "Organization", "中国电机工程学会")
ent("cppcc", "Agency", "全国政协", optional=True)  # named only in 全国政协委员
ent("qax", "Organization", "奇安信集团", ["奇安信"])
rel("rep", "publishedBy", "qax")

# People: (id, name, [(body, post, optional)]); all of them addressed the forum (开幕辞 or 主旨演讲)
P = [("wanghy", "汪鸿雁", [("acfic", "副主席", False), ("cgcc", "副会长", False)]),
     ("chenzm", "陈智敏", [("cafp", "理事长", False), ("cac-state", "原副主任", True)]),
     ("lux", "鲁昕", [("cavte", "会长", False), ("moe", "原副部长", True)]),
     ("xuxc", "许心超", [("bj-gov", "副秘书长", False)]),
     ("wangyk", "王营康", [("cac-cyb", "副局长", False)]),
     ("lilg", "李立功", [("cec", "总经理", False)]),
     ("gaow", "高文", [("pcl", "主任", False), ("pku", "博雅讲席教授", True)]),
     ("jiangcj", "蒋昌俊", [("tongji", "讲席教授", True)]),
     ("haider", "阿巴斯·海德尔", [("ncert", "主席", False), ("iet", "会士", True), ("bcs", "会士", True)]),
     ("gongk", "龚克", [("haihe", "主任", False), ("cnaidsi", "执行院长", False)]),
     ("gillon", "弗雷德里克·吉隆", [("forrester", "副总裁兼高级研究总监", False)]),
     ("wangjy", "王继业", [("sgcc", "副总信息师", False), ("csee", "会士", True)]),
     ("qixd", "齐向东", [("acfic", "副主席", False), ("qax", "董事长", False), ("cppcc", "全国政协委员", True)])]
for id, n, posts in P:
    ent(id, "Person", n)
    for org, post, opt in posts:
        rel(id, "holdsPost", org, post=post, optional=opt)
    rel(id, "speaksAt", "conf")
    rel(id, "speaksAt", "gdec", optional=True)
rel("wangyk", "holdsPost", "cac", post="副局长", optional=True)  # 中央网信办网络安全协调局副局长
rel("haider", "speaksAt", "open", optional=True)
for id in ("wanghy", "chenzm", "lux", "xuxc", "wangyk", "lilg"):
    rel(id, "speaksAt", "open", optional=True)
# 院士 (中国工程院) is an honorary title, not a post

# Technologies
ent("ai", "Technology", "人工智能", ["AI"])
ent("ngai", "Technology", "新一代人工智能", optional=True)
ent("genai", "Technology", "生成式人工智能")
ent("llm", "Technology", "大模型", ["AI大模型"])
ent("lm", "Technology", "大型语言模型", ["LLM"])
ent("dl", "Technology", "深度学习")
ent("bd", "Technology", "大数据")
for id, l in [("endo", "内生安全"), ("datasec", "数据安全"), ("cybersec", "网络安全"), ("deepfake", "深度伪造"),
              ("chatgpt", "ChatGPT"), ("qaxgpt", "QAX-GPT安全机器人"), ("uba", "用户行为分析"), ("xc", "信创")]:
    ent(id, "Technology", l, optional=True)
rel("qax", "promotes", "ai")
rel("qax", "promotes", "llm", optional=True)
rel("qax", "promotes", "qaxgpt", optional=True)
rel("qax", "promotes", "endo", optional=True)
rel("sgcc", "promotes", "ai")
rel("sgcc", "promotes", "bd", optional=True)
rel("cac", "promotes", "ai", optional=True)  # through 推动形成人工智能综合治理体系
rel("cac-cyb", "promotes", "ai", optional=True)

# Statistics
s7 = lines[7]
stat("s-summit", "大会举办峰会数", "2场", s7)
stat("s-sub", "大会举办分论坛数", "20多场", s7)
stat("s-contest", "大会举办大赛数", "2场", s7, optional=True)
stat("s-ctry", "专家学者来自的国家和地区数", "10多个", s7)
stat("s-ent", "参会企业数", "200多家", s7)
stat("s-sect", "参会企业所属行业领域数", "10多个", s7, optional=True)
stat("s-ppl", "预计参会人数", "6000余人", s7)
s8 = lines[8]
stat("s-c30", "历届BCS大会出席者来自的国家和地区数", "30多个", s8)
stat("s-2000", "历届BCS大会出席的政要、行业领袖、网络安全专家人数", "2000位", s8)
stat("s-df", "2023年基于AI的深度伪造欺诈增幅", "3000%", lines[12].split("。")[1])
stat("s-ph", "基于AI的钓鱼邮件数量增幅", "1000%", lines[12].split("。")[1])
stat("s-71", "认为生成式人工智能会给企业数据安全带来新风险的受访者比例", "71％", lines[12].split("。")[2])
s29 = lines[29].split("。")[1]
stat("s-acc", "QAX-GPT安全机器人对真实网络风险事件研判准确率", "100%", s29)
stat("s-alarm", "QAX-GPT安全机器人可消除的无效告警比例", "80%", s29)
stat("s-eff", "企业网络安全运营效率提升倍数", "60倍", s29)
s30 = lines[30].split("。")[1]
stat("s-m17", "2017年网络安全领域人工智能产品市场规模", "39.2亿美元", s30)
stat("s-m25", "2025年网络安全领域人工智能产品市场规模（预测）", "348.1亿美元", s30)
stat("s-cagr", "网络安全领域人工智能产品市场复合年增长率", "31.38%", s30)
stat("s-bj-ent", "北京市汇聚数字安全企业数", "1025家", lines[31])
stat("s-bj-rev", "2023年北京市数字安全企业收入", "996亿元", lines[31])

# Goals
# the 2024 government work report as quoted (line 13) and the guests' call
g13 = lines[13].split("。")[0]
goal("r1", "加强重点领域安全能力建设", g13, body=["gwr"])
goal("r2", "提高网络、数据等安全保障能力", g13, body=["gwr"])
c13 = lines[13].split("。")[1]
goal("c1", "进一步提高对网络安全态势的重视", c13)
goal("c2", "强化体系化安全能力建设", c13)
# 陈智敏 (中国友谊促进会)
goal("z1", "从网络安全保卫向数据安全保卫的工作模式拓展", lines[14].split("陈智敏认为，")[1].rstrip("。"),
     by=["chenzm"], opt_body=["cafp"], opt_tech=["datasec"])
goal("z2", "为构建与数字生产力相适应的新型生产关系奠定基础", lines[14].split("陈智敏认为，")[1].rstrip("。"),
     by=["chenzm"], opt_body=["cafp"])
# 鲁昕 (中国职业技术教育学会)
L = dict(by=["lux"], opt_body=["cavte"])
goal("l1", "建设网络安全强国", lines[15], **L)
goal("l2", "数字中国", lines[15], optional=True, opt_by=["lux"], opt_body=["cavte"])  # 建设……数字中国
goal("l3", "培养符合网络安全发展战略需求的高素质技术技能人才", lines[15], **L)
goal("l4", "保障国家安全", lines[15], optional=True, opt_by=["lux"], opt_body=["cavte"])
goal("l5", "赢得产业发展主动权", lines[15], optional=True, opt_by=["lux"], opt_body=["cavte"])
# 王营康 (中央网信办网络安全协调局)
W = dict(by=["wangyk"], body=["cac"], opt_body=["cac-cyb"])
w = lines[16].split("王营康建议，")[1].rstrip("。")
for id, l, t in [("w1", "统筹网络安全各方力量", ()), ("w2", "构建大网络安全工作格局", ()), ("w3", "推动形成体系化防御能力", ()),
                 ("w4", "统筹高质量发展与高水平安全", ()), ("w5", "推动形成人工智能综合治理体系", ("ai",)),
                 ("w6", "坚持网络安全教育、技术、产业融合发展", ()), ("w7", "推动形成人才培养、技术创新、产业发展的良性生态", ())]:
    goal(id, l, w, tech=t, **W)
# 齐向东 (奇安信集团)
Q = dict(by=["qixd"], body=["qax"])
goal("q0", "提前抓住AI变革的机遇", lines[18].split("”")[0].lstrip("“"), optional=True, opt_by=["qixd"], opt_body=["qax"], opt_tech=["ai"])
goal("q1", "激发网络安全行业的新质生产力", lines[24].split("。")[1].rstrip("。"), optional=True,
     opt_by=["qixd"], opt_body=["qax"], opt_tech=["llm"])
q = lines[25].split("在齐向东看来，")[1].rstrip("。")
goal("q2", "做好“AI驱动安全”", q, tech=["ai"], **Q)
goal("q3", "高质量的训练数据", q, **Q)
goal("q4", "纵深防御的内生安全体系", q, opt_tech=["endo"], **Q)
goal("q5", "设备、体系具有统一的输入输出标准", q, **Q)
# 阿巴斯·海德尔: what companies can do with AI (optional)
goal("h1", "用AI完成威胁检测和事件响应、处置", lines[20].split("例如，")[1].rstrip("。"), optional=True,
     opt_by=["haider"], opt_tech=["ai"])
# the report's question and the experts' answer
goal("x1", "发挥AI赋能网络安全的积极作用", lines[21].split("？")[0], optional=True, opt_tech=["ai"])
# 龚克 (海河实验室, 中国新一代人工智能发展战略研究院)
K = dict(by=["gongk"], opt_body=["haihe", "cnaidsi"], tech=["ai"])
goal("k1", "发展AI促安全", lines[22].split("”")[0], **K)
goal("k2", "推进AI与网络安全融合创新", "作为人工智能治理领域的知名专家，龚克呼吁推进AI与网络安全融合创新", **K)
# 王继业 (国家电网): the grid's practice (continuing work)
J = dict(by=["wangjy"], body=["sgcc"])
j = lines[27].split("”")[0].lstrip("“").rstrip("。")
goal("j1", "加强人工智能与网络安全的融合", j, tech=["ai"], opt_tech=["bd"], **J)
goal("j2", "研究基于人工智能的风险异常检测方法", j, tech=["ai"], **J)
goal("j3", "开展网络安全关联分析、事件处置和调查溯源", j, **J)
goal("j4", "强化网络安全威胁监测和应急处置", j, **J)
goal("j5", "实现网络安全事件的智能响应、联动防御", j, **J)
j6 = "王继业介绍了国家电网探索人工智能在“守护网络安全，助力能源转型”中的最新实践情况"
goal("j6", "守护网络安全", j6, opt_tech=["ai"], **J)
goal("j7", "助力能源转型", j6, **J)
# 奇安信, others (line 28)
goal("o1", "推进AI在网络安全领域落地生根", lines[28].split("。")[0], optional=True, opt_tech=["ai"])
goal("o2", "以科技创新推动产业创新", lines[28].split("例如，")[1].split("，于")[0], optional=True, opt_body=["qax"])
# 北京市 (reported by 许心超)
goal("b1", "将数字安全产业作为全市重点发展的高精尖产业", lines[31].split("；")[0], by=["xuxc"], opt_body=["bj-gov"])
# 李立功 (中国电子信息产业集团): the conference's aims
Y = dict(by=["lilg"], opt_body=["cec"])
y = lines[32].split("。")[1]
goal("y1", "将AI作为网络安全的驱动力", y, tech=["ai"], **Y)
goal("y2", "帮助专家快速的识别、追溯和处置安全威胁", y, **Y)
goal("y3", "提升网络安全防御的智能化水平", y, **Y)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
