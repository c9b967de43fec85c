"""Gold annotation of interpretation-digital-economy-plan-zhangpingwen-long-2022 (张平文's 解读 of 《"十四五"数字经济发展规划》, published on the 国家发展改革委 site 2022-01-21, reprinted on his academic homepage), by hand per shared/eval/ANNOTATE.md (annotator ann6).
Goals the text reports as the plan's (《规划》提出…, its governance tasks 一是…四是…) are the plan's (hasGoal); the author's own recommendations (…要…, 必须…) are his (proposes)."""
ID = "interpretation-digital-economy-plan-zhangpingwen-long-2022"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def clause(label):
    """the clause (between 。，；： marks) of the text that contains label; it must be unique"""
    hits = [s for s in re.split(r"[。，；：\n]", text) if label in s]
    if len(hits) > 1:
        hits = [h for h in hits if h.strip() == label]
    assert len(hits) == 1, (label, hits)
    return ev(hits[0].strip())

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
    assert label in text, label
    assert 4 <= len(label) <= 30, (label, len(label))
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence) if evidence else clause(label))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

# People and bodies
ent("zhang", "Person", "张平文")
ent("pku", "Organization", "北京大学")
rel("zhang", "holdsPost", "pku", post="副校长")
ent("cas", "Organization", "中国科学院", optional=True)
ent("xi", "Person", "习近平", optional=True)
ent("cpc-cc", "Agency", "中共中央", ["党中央"])
ent("sc", "Agency", "国务院")
ent("china", "Place", "中国", ["我国"], optional=True)
ent("cpc19", "Event", "十九大", optional=True)
ent("covid", "Event", "新冠肺炎疫情", optional=True)

# Documents
ent("plan", "Document", "“十四五”数字经济发展规划", ["《“十四五”数字经济发展规划》", "《规划》"])
ent("proposal", "Document", "中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议",
    ["《中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》"])
rel("proposal", "publishedBy", "cpc-cc")
ent("fyp14", "Document", "国家“十四五”规划", ["“十四五”规划《纲要》"])
ent("cpc19-report", "Document", "十九大报告", optional=True)

# Technologies
for id, l in [("bigdata", "大数据"), ("ai", "人工智能"), ("cloud", "云计算"), ("5g", "5G"), ("iot", "物联网"),
              ("quantum", "量子信息"), ("blockchain", "区块链"), ("iiot", "工业互联网")]:
    ent(id, "Technology", l)
for id, l in [("gigafiber", "千兆光纤"), ("digtech", "数字技术"), ("smartcity", "智慧城市"), ("digpay", "数字支付")]:
    ent(id, "Technology", l, optional=True)

L = {i + 1: l for i, l in enumerate(lines)}
# The 建议's goals, quoted (line 3)
for id, l in [("b1", "发展数字经济"), ("b2", "推进数字产业化和产业数字化"), ("b3", "推动数字技术和实体经济深度融合"),
              ("b4", "打造具有国际竞争力的数字产业集群")]:
    goal(id, l, "“发展数字经济，推进数字产业化和产业数字化，推动数字技术和实体经济深度融合，打造具有国际竞争力的数字产业集群”")
    rel("proposal", "hasGoal", id)
rel("b3", "involvesTechnology", "digtech", optional=True)

# The plan's goals and targets
PG = [("g1", "加速推动我国数字经济高质量快速发展", "《规划》的出台是加速推动我国数字经济高质量快速发展的重要举措", True),
      ("g2", "我国成为具有重要国际竞争力和影响力的数字经济大国", "《规划》提出，到2025年，我国成为具有重要国际竞争力和影响力的数字经济大国", False),
      ("g3", "千兆光纤用户数从640万增加到6000万", None, False),
      ("g4", "工业互联网平台应用普及率从14.7%提升到45%", None, False),
      ("g5", "网络零售总额从11.76万亿增长到17万亿", None, False),
      ("g6", "在线政务服务实名用户规模从4亿扩大到8亿", None, False),
      ("g7", "建设数据质量提升工程", "在数据资源质量、数据服务商、数据资源标准化等方面，提出建设数据质量提升工程", False),
      ("g8", "加快数据资产、服务及安全领域标准研制", "在加快数据资产、服务及安全领域标准研制的同时", False),
      ("g9", "持续完善国家基础数据库建设、管理和服务", None, False),
      ("g10", "支持社会化服务机构依法开展各类数据的采集、整理和分析等业务", None, False),
      ("g11", "确保高质量发展", None, False),
      ("g12", "数据在开放利用和隐私安全之间、科技创新和公平服务之间实现平衡",
       "将促进数据在开放利用和隐私安全之间、科技创新和公平服务之间实现平衡", False),
      ("g13", "助力我国数字经济高速高质量发展", None, False),
      # governance tasks 一是…四是… (lines 20-23)
      ("h1", "坚持公平竞争、安全有序", None, False), ("h2", "健全完善各项法律法规", "健全完善各项法律法规，监管调控手段", False),
      ("h3", "构建数字经济发展的良好基础", None, False),
      ("h4", "确保各参与主体依法依规开展数字经济活动", None, False), ("h5", "规范数据交易管理", None, False),
      ("h6", "完善准入机制、备案制度和问责机制", None, False), ("h7", "严厉打击虚假交易行为", None, False),
      ("h8", "防范化解交易安全风险", None, False),
      ("h9", "构建完善市场化机制", None, False), ("h10", "加快数据要素市场化流通", None, False),
      ("h11", "创新数据要素开发利用机制", None, False),
      ("h12", "鼓励市场力量挖掘商业数据价值", "以实际应用需求为导向，鼓励市场力量挖掘商业数据价值", False),
      ("h13", "数据要素市场体系初步建立", "到2025年，数据要素市场体系初步建立", False),
      ("h14", "完成数据要素市场培育试点工程", None, False), ("h15", "开展数据确权及定价服务试验", None, False),
      ("h16", "推动数字技术在数据流通中的应用", None, False), ("h17", "培育发展数据交易平台", None, False),
      ("h18", "有效拓展数字经济领域国际合作", None, False), ("h19", "凝聚发展共识", None, False),
      ("h20", "积极参与国际数字规则的制定", None, False),
      ("h21", "拓展与各国、尤其是“数字丝绸之路”沿线国家的数字经济贸易", None, False),
      ("h22", "积极参与全球数字生态建设", None, False),
      ("h23", "构建数字经济领域国内国际双循环相互促进的发展格局", None, False)]
PG.append(("g14", "保证发展目标的顺利实现", "并提出了相关领域内的保障措施，以保证发展目标的顺利实现", True))
for id, l, e, opt in PG:
    goal(id, l, e, optional=opt)
    rel("plan", "hasGoal", id, optional=opt)
    rel("zhang", "proposes", id, optional=True)
rel("g3", "involvesTechnology", "gigafiber", optional=True)
rel("g4", "involvesTechnology", "iiot")
rel("h16", "involvesTechnology", "digtech", optional=True)

# The author's own goals and recommendations
ZG = [("z1", "坚持高速增长与高质量协调发展并行", L[14], False),
      ("z2", "不断完善数字经济治理体系", L[18], False),
      ("z3", "制定更多引导措施", "相关政府部门要制定更多引导措施", False),
      ("z4", "加大基础设施建设力度", "运营商要加大基础设施建设力度", False),
      ("z5", "加快数字化转型和新平台建设进程", "龙头企业需加快数字化转型和新平台建设进程", False),
      ("z6", "为数字经济广泛渗透至各行各业、实现深度融合提供有力支撑",
       "更重要的是，要通过相关基础设施和公共服务建设，为数字经济广泛渗透至各行各业、实现深度融合提供有力支撑", False),
      ("z7", "保障数字经济价值的进一步发挥", None, False),
      ("z8", "平衡好制定数据规制和开发数字能力之间的关系", "数字经济的协调发展，要平衡好制定数据规制和开发数字能力之间的关系", False),
      ("z9", "对数字经济治理体系的各环节进行协调", "必须对数字经济治理体系的各环节进行协调", False),
      ("z10", "做强做优做大数字经济", "做强做优做大数字经济已成为把握新一轮科技革命和产业变革新机遇的战略选择", True),
      ("z11", "为中国经济的高质量发展提供有力支撑", L[4], True),
      ("z12", "实现降本增效目标", None, True),
      ("z13", "完成双碳目标", "可以从供给侧及消费侧为完成双碳目标提供有力支撑", True),
      ("z14", "实现共同富裕", "从而加快实现共同富裕的步伐", True),
      ("z16", "对传统产业进行全链条的改造升级", None, True),
      ("z17", "推动传统产业迈向高端化、智能化、绿色化", None, True),
      ("z18", "持续增强传统产业的竞争力", None, True),
      ("z19", "有效降低能耗", None, True),
      ("z20", "减少碳排放", "进而减少碳排放", True),
      ("z15", "合力推动数据规制、信息对接、开放资源、能力扶持", 
       "当前，相关部门和企业已开始合力推动数据规制、信息对接、开放资源、能力扶持以及针对性金融支持等服务保障措施的实施", True)]
for id, l, e, opt in ZG:
    goal(id, l, e, optional=opt)
    rel("zhang", "proposes", id, optional=opt)
rel("plan", "hasGoal", "z1", optional=True)
rel("plan", "hasGoal", "z2", optional=True)

# Statistics: the plan's base-year figures (optional: they are part of target sentences)
for id, l, v in [("s1", "千兆光纤用户数", "640万"), ("s2", "工业互联网平台应用普及率", "14.7%"),
                 ("s3", "网络零售总额", "11.76万亿"), ("s4", "在线政务服务实名用户规模", "4亿")]:
    stat(id, l, v, clause(v), optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
