"""Gold annotation of speech-wu-hequan-internet-new-engine-long-2024 (邬贺铨院士：新引擎加持 互联网再出发正当时), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-wu-hequan-internet-new-engine-long-2024"
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


# People, bodies, event, places
ent("wu", "Person", "邬贺铨")
ent("su", "Person", "苏德悦")
ent("musk", "Person", "马斯克")
ent("cae", "Organization", "中国工程院")
ent("openai", "Organization", "OpenAI")
ent("gs", "Organization", "高盛")
ent("rmydb", "Organization", "人民邮电报")
ent("cic", "Event", "2024（第二十三届）中国互联网大会", ["中国互联网大会", "2024中国互联网大会", "第二十三届中国互联网大会"])
rel("wu", "speaksAt", "cic")
ent("beijing", "Place", "北京")
rel("cic", "locatedIn", "beijing")
ent("china", "Place", "中国", ["我国"], optional=True)
ent("us", "Place", "美国")
# Technologies
ent("internet", "Technology", "互联网")
ent("ai", "Technology", "人工智能", ["AI"])
ent("llm", "Technology", "大模型", ["基础大模型", "人工智能大模型", "行业大模型", "OpenAI大模型"])
ent("5g", "Technology", "5G")
ent("5ga", "Technology", "5G-A")
ent("4g", "Technology", "4G")
ent("ipv6", "Technology", "IPv6")
ent("iov", "Technology", "车联网")
ent("iot", "Technology", "物联网")
ent("agent", "Technology", "AI Agent")
ent("embodied", "Technology", "具身智能")
ent("humanoid", "Technology", "人形机器人")
ent("agi", "Technology", "通用人工智能")
ent("chip", "Technology", "算力芯片", ["芯片", "算力高端芯片"])
for id, l, al in [("compute", "算力", []), ("computenet", "算力网", []), ("indnet", "工业内网", []), ("govnet", "政企专网", []),
                  ("cloud", "云服务", []), ("spatial", "空间智能", []), ("multimodal", "多模态", ["多模态的智能"]),
                  ("ar", "AR眼镜", []), ("xr", "XR/3D", []), ("aiphone", "AI手机", []), ("cpu", "CPU", []), ("gpu", "GPU", []),
                  ("npu", "NPU", []), ("fixedbb", "固定宽带", ["固宽"]), ("mobilebb", "移动宽带", []), ("sub6", "Sub-6GHz", []),
                  ("datainfra", "数据基础设施", []), ("cs", "智能客服", []), ("risk", "智能风控", [])]:
    ent(id, "Technology", l, al, optional=True)

W = dict(by=["wu"])
# Goals
e3 = "他表示，互联网为中国社会经济发展和民生服务做出了积极贡献，互联网需要在新时期数字化转型和高质量发展中找准位置，抓住时代机遇，践行使命担当"
goal("g1", "互联网需要在新时期数字化转型和高质量发展中找准位置", e3, tech=["internet"], **W)
goal("g2", "抓住时代机遇", e3, **W)
goal("g3", "践行使命担当", e3, **W)
goal("g4", "工业内网的连接空间很大但有待开发", optional=True, opt_by=["wu"], opt_tech=["indnet"])
goal("g5", "需要开发增强用户体验和体现网络价值的应用", "“网络宽带化具备支持视频与AI场景的潜力，需要开发增强用户体验和体现网络价值的应用。”", **W)
goal("g6", "通过集约优化可以满足目前对算力的需求", "我国已建算力枢纽的利用率还有较大提升空间，通过集约优化可以满足目前对算力的需求",
     optional=True, opt_by=["wu"], opt_tech=["compute"])
e8 = "国内的互联网大企业纷纷开放了算力，以提供算力作为对AI企业的投资，同时拉动自身云服务的发展"
goal("g7", "拉动自身云服务的发展", e8, optional=True, opt_tech=["cloud"])
e9 = "在数据方面，邬贺铨表示，国家目前在加强数据基础设施建设，推动政府数据共享，促进数据流通"
goal("d1", "加强数据基础设施建设", e9, opt_by=["wu"], opt_tech=["datainfra"])
goal("d2", "推动政府数据共享", e9, opt_by=["wu"])
goal("d3", "促进数据流通", e9, opt_by=["wu"])
goal("r1", "原有的互联网业务值得用AI再造", lines[10], tech=["ai", "internet"], **W)
e12 = "“AI正推动数字文化产业焕新，AI成为数字创意的得力助手，互联网面向消费应用的业务都可以通过AI再造，提升服务体验与价值。”"
goal("r2", "提升服务体验与价值", e12, **W)
goal("r3", "互联网面向消费应用的业务都可以通过AI再造", e12, optional=True, opt_by=["wu"], opt_tech=["ai", "internet"])
e12b = "邬贺铨表示，AI可以赋能终端智能跃升，激活UGC生态，CPU+GPU+NPU的硬件可执行每秒40多万亿次的操作"
goal("r4", "赋能终端智能跃升", e12b, optional=True, opt_by=["wu"], opt_tech=["ai"])
goal("r5", "激活UGC生态", e12b, optional=True, opt_by=["wu"], opt_tech=["ai"])
goal("r6", "还需要有AI Agent", "邬贺铨表示，现在大模型本身具有很好的推理能力，但仅有大脑是不够的，还需要有AI Agent",
     optional=True, opt_by=["wu"], opt_tech=["agent", "llm"])
goal("r7", "AI促进数实融合、提质增效", "此外，AI促进数实融合、提质增效", optional=True, opt_by=["wu"], opt_tech=["ai"])

# Statistics (as he reports them); forecasts and design figures optional
e6 = "2024年一季度，我国固宽用户中百兆和千兆接入分别占94.5％和27.4％"
e7 = "在Sub-6GHz下，5G设计峰值为Gbps级，5G-A为10Gbps级，实测5G下行峰值与均值是4G的7倍左右，为百兆量级，5G上行与4G相差无几，仅30Mbps级"
e9b = "截至2023年底，我国算力规模达到230EFlops，位居全球第二，年增速达到30％"
e9c = "到今年一季度，全球人工智能企业中，美国占34％，中国占15％"
e15 = "据高盛预测，到2035年，全球人形机器人的出货量将达到140万台；马斯克预言，人形机器人数量最终或超越全球人口数量，每个机器人的成本控制在大约1万美元，而销售价格预计为2万美元"
S = [("s1", "固宽用户中百兆接入占比", "94.5％", e6, False),
     ("s2", "固宽用户中千兆接入占比", "27.4％", e6, False),
     ("s3", "千兆与百兆接入的上行能力", "30Mbps", "且千兆与百兆接入的上行能力相当（30Mbps上下）", True),
     ("s4", "5G-A设计峰值", "10Gbps", e7, True),
     ("s5", "实测5G下行峰值与均值是4G的倍数", "7倍", e7, False),
     ("s6", "5G上行速率", "30Mbps", e7, True),
     ("s7", "我国算力规模", "230EFlops", e9b, False),
     ("s8", "算力规模年增速", "30％", e9b, False),
     ("s9", "全球人工智能企业中美国占比", "34％", e9c, False),
     ("s10", "全球人工智能企业中中国占比", "15％", e9c, False),
     ("s11", "人工智能独角兽企业中中国占比", "30％", "人工智能的独角兽企业中，美国占一半多，中国占了30％", False),
     ("s12", "CPU+GPU+NPU硬件每秒可执行操作", "40多万亿次", e12b, False),
     ("s13", "AI手机推理能力参数", "130亿", "现在市面上已经有130亿参数推理能力的AI手机", False),
     ("s14", "2035年全球人形机器人出货量（高盛预测）", "140万台", e15, True),
     ("s15", "每个人形机器人的成本（马斯克预言）", "1万美元", e15, True),
     ("s16", "人形机器人销售价格（马斯克预言）", "2万美元", e15, True)]
for id, l, v, e, opt in S:
    stat(id, l, v, e, optional=opt)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
