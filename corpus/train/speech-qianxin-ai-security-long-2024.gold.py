"""Gold annotation of speech-qianxin-ai-security-long-2024 (数据、体系、标准：奇安信集团董事长齐向东剖析AI驱动安全的三大核心要素), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-qianxin-ai-security-long-2024"
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

# Bodies, person, event, document
ent("qax", "Organization", "奇安信集团", ["奇安信"])
ent("qax-ti", "Organization", "奇安信威胁情报中心")
rel("qax-ti", "subOrganizationOf", "qax")
ent("qi", "Person", "齐向东")
rel("qi", "holdsPost", "qax", post="董事长")
ent("bcs", "Event", "2024全球数字经济大会数字安全高层论坛暨北京网络安全大会战略峰会",
    ["BCS大会", "北京网络安全大会战略峰会", "数字安全高层论坛", "北京网络安全大会"])
ent("gdec", "Event", "2024全球数字经济大会", ["全球数字经济大会"], optional=True)
rel("qi", "speaksAt", "bcs")
rel("qi", "speaksAt", "gdec", optional=True)
ent("apt", "Document", "2023年度APT报告", ["《2023年度APT报告》"])
rel("apt", "publishedBy", "qax-ti")
ent("china", "Place", "全国", optional=True)
# Technologies
ent("ai", "Technology", "人工智能", ["AI"])
ent("llm", "Technology", "大模型", ["安全大模型", "AI大模型"])
ent("qaxgpt", "Technology", "QAX-GPT安全机器人", ["QAX-GPT", "安全机器人"], optional=True)
ent("tianqing", "Technology", "奇安信天擎", ["天擎"], optional=True)
for id, l in [("compute", "算力"), ("algo", "算法"), ("netsec", "网络安全"), ("datasec", "数据安全"),
              ("fw", "防火墙"), ("waf", "WAF"), ("soar", "SOAR"), ("sandbox", "沙箱"), ("av", "反病毒"),
              ("codeassist", "代码助手"), ("generic", "通用模型"), ("endo", "内生安全体系"), ("redteam", "智能红队")]:
    ent(id, "Technology", l, optional=True)
rel("qax", "promotes", "ai")
rel("qax", "promotes", "llm")
for t in ("qaxgpt", "tianqing", "endo", "redteam"):
    rel("qax", "promotes", t, optional=True)

# Goals stated by 齐向东 (he speaks for 奇安信: its hasGoal optional)
Q = dict(by=["qi"], opt_body=["qax"])
e6 = "“解决有限的安全资源和100%的安全追求之间的矛盾，要靠AI驱动安全。”"
goal("g-contra", "解决有限的安全资源和100%的安全追求之间的矛盾", e6, **Q)
goal("g-aisec", "靠AI驱动安全", e6, tech=["ai"], **Q)
goal("g-three", "AI释能仍需提升三大要素", lines[11], optional=True, opt_by=["qi"], opt_tech=["ai"])
# 1 data
e15 = "首先，需要具有全而新的高质量数据，为AI训练和应用提供基础支撑"
goal("g-data", "具有全而新的高质量数据", e15, **Q)
goal("g-data2", "为AI训练和应用提供基础支撑", e15, tech=["ai"], **Q)
goal("g-train", "要有足够多的基础安全数据用于训练安全大模型", tech=["llm"], **Q)
goal("g-infer", "要有足够贴近实战的一手原始语料用于大模型推理", tech=["llm"], **Q)
# 2 system
e17 = "其次，需要体系化的网络安全建设，为AI发挥效率创造平台"
goal("g-sys", "需要体系化的网络安全建设", e17, opt_tech=["netsec"], **Q)
goal("g-sys2", "为AI发挥效率创造平台", e17, tech=["ai"], **Q)
goal("g-endo", "通过AI赋能内生安全体系", optional=True, opt_by=["qi"], opt_body=["qax"], opt_tech=["ai", "endo"])
goal("g-endo19", "建设内生安全体系", "2019年，奇安信提出建设内生安全体系，把网络安全设备和业务流转、不同层次的信息系统有机结合起来，感知、响应对业务系统和数据的任何破坏行为",
     optional=True, opt_body=["qax"], opt_tech=["endo"])
# 3 standards
e18 = "其三，需要标准的统一，为AI驱动安全效能发挥扫除障碍"
goal("g-std", "需要标准的统一", e18, **Q)
goal("g-std2", "为AI驱动安全效能发挥扫除障碍", e18, tech=["ai"], **Q)
goal("g-in", "数据输入标准的统一", "一方面，数据输入标准的统一，让AI能通过标准系统读懂“多国语言”，完成体系化分析", **Q)
goal("g-in2", "让AI能通过标准系统读懂“多国语言”", "一方面，数据输入标准的统一，让AI能通过标准系统读懂“多国语言”，完成体系化分析",
     optional=True, opt_by=["qi"], opt_body=["qax"], opt_tech=["ai"])
goal("g-in3", "完成体系化分析", "一方面，数据输入标准的统一，让AI能通过标准系统读懂“多国语言”，完成体系化分析",
     optional=True, opt_by=["qi"], opt_body=["qax"])
goal("g-out", "指令输出标准的统一", "另一方面，指令输出标准的统一，让AI实现跨设备、跨系统的能力协同和全局联动", **Q)
goal("g-out2", "让AI实现跨设备、跨系统的能力协同和全局联动", "另一方面，指令输出标准的统一，让AI实现跨设备、跨系统的能力协同和全局联动",
     tech=["ai"], **Q)
goal("g-call", "在数据输入、指令输出两大关键环节实现“车同轨、书同文”",
     "齐向东呼吁，进入AI驱动安全的新纪元，全行业要在数据输入、指令输出两大关键环节实现“车同轨、书同文”", **Q)
goal("g-useai", "用好AI、让AI真正赋能安全", "“认识到AI的变革作用并不难，难的是用好AI、让AI真正赋能安全。”",
     optional=True, opt_by=["qi"], opt_body=["qax"], opt_tech=["ai"])
goal("g-all", "仍需要全社会共同努力", "奇安信虽先行一步，但仍需要全社会共同努力！", optional=True, opt_by=["qi"])
# 奇安信's measures so far (its four headings): past measures, optional goals
for id, l, e in [("p1", "在AI驱动研判上，助力企业大幅提升了威胁发现效率", lines[21]),
                 ("p2", "助力企业将威胁遏制提升到秒级、溯源分析提升到分钟级", lines[22]),
                 ("p3", "助力企业的安全能力在博弈中快速演进迭代", lines[23]),
                 ("p4", "助力网络安全的最大效能被激发", lines[24])]:
    goal(id, l, e.split("。")[0], optional=True, opt_body=["qax"], opt_tech=["ai"])
goal("p5", "以攻促防", "“以攻促防”是提升网络安全能力的重要方式", optional=True, opt_body=["qax"])

# Statistics
S = [("s-apt", "遭遇过APT攻击的国家", "80个", "全球至少有80个国家遭遇过APT（高级长期威胁）攻击", False),
     ("s-survey", "调查的万人规模以上企业", "100家", "奇安信对大约100家万人规模以上企业的告警处置情况调查显示", True),
     ("s-86", "网络安全运营人员不到10人的企业比例", "86%", "86%的企业，网络安全运营人员不到10人，对网络告警的研判比例不足5%", False),
     ("s-86a", "运营人员不到10人企业对告警的研判比例", "5%", "86%的企业，网络安全运营人员不到10人，对网络告警的研判比例不足5%", False),
     ("s-13", "网络安全运营人员约为10-30人的企业比例", "13%", "13%的企业，网络安全运营人员约为10-30人，对网络告警的研判比例约5%-10%", False),
     ("s-13a", "运营人员10-30人企业研判比例", "5%-10%", "13%的企业，网络安全运营人员约为10-30人，对网络告警的研判比例约5%-10%", True),
     ("s-1", "网络安全运营人员超过30人的企业比例", "1%", "仅有1%的企业，网络安全运营人员超过30人，对网络告警的研判比例达到10%以上", False),
     ("s-1a", "运营人员超过30人企业研判告警比例", "10%", "仅有1%的企业，网络安全运营人员超过30人，对网络告警的研判比例达到10%以上", False),
     ("s-drop", "被迫放弃的告警", "90%", "超90%的告警被迫放弃", False),
     ("s-miss", "AI减少的漏报", "90%", "能减少90%的漏报", True),
     ("s-miss2", "体系化防御中遗漏的威胁", "10%", "将遗漏的威胁从10%降低到千分之一", True),
     ("s-staff", "某万人规模企业安全运营人员", "12名", "只有12名安全运营人员，每天能够研判6000条的告警，但该企业的单日告警量超过10万", False),
     ("s-daily", "每天能够研判的告警", "6000条", "只有12名安全运营人员，每天能够研判6000条的告警，但该企业的单日告警量超过10万", False),
     ("s-alerts", "单日告警量", "10万", "只有12名安全运营人员，每天能够研判6000条的告警，但该企业的单日告警量超过10万", False),
     ("s-full", "全量研判的告警", "10万", "该企业可以完成10万告警全量研判，漏报率仅0.05%，揪出人工漏掉的真实告警700多条", True),
     ("s-rate", "漏报率", "0.05%", "该企业可以完成10万告警全量研判，漏报率仅0.05%，揪出人工漏掉的真实告警700多条", False),
     ("s-found", "揪出人工漏掉的真实告警", "700多条", "该企业可以完成10万告警全量研判，漏报率仅0.05%，揪出人工漏掉的真实告警700多条", False),
     ("s-10min", "过去的处置时间", "10分钟", "处置时间从过去的10分钟缩短到秒级", False),
     ("s-3min", "评估影响面和潜在风险的时间", "3分钟", "在评估影响面和潜在风险上，从一人一天缩短到3分钟", False),
     ("s-15", "演习中发现的安全事件", "15起", "安排安全机器人与人工团队一起演习，共发现15起安全事件", False),
     ("s-acc", "机器人真实风险事件研判准确率", "100%", "在真实风险事件研判准确率上，机器人达到100%", False)]
for id, l, v, e, opt in S:
    stat(id, l, v, e, optional=opt)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
