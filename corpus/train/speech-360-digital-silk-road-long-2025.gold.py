"""Gold annotation of speech-360-digital-silk-road-long-2025 (周鸿祎：网络安全成全球核心议题 360开放能力助力数字丝路筑牢安全防线), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-360-digital-silk-road-long-2025"
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

# Body, person, event, places
ent("q360", "Organization", "360集团", ["360"])
ent("zhou", "Person", "周鸿祎")
rel("zhou", "holdsPost", "q360", post="创始人", optional=True)
ent("forum", "Event", "2025年世界互联网大会数字丝路发展论坛", ["世界互联网大会数字丝路发展论坛", "数字丝路发展论坛"])
ent("wic", "Event", "2025年世界互联网大会", ["世界互联网大会"], optional=True)
rel("zhou", "speaksAt", "forum")
rel("zhou", "speaksAt", "wic", optional=True)
ent("china", "Place", "中国", optional=True)
ent("msr", "Place", "海丝沿线国家", optional=True)
# Technologies
ent("ai", "Technology", "人工智能", ["AI", "人工智能技术"])
ent("llm", "Technology", "大模型")
ent("bigdata", "Technology", "大数据", ["安全大数据"])
ent("agent", "Technology", "智能体", ["安全专家智能体", "智能体黑客"])
for id, l in [("cloud360", "360安全云"), ("guard", "大模型卫士"), ("seccloud", "安全云服务"), ("netsec", "网络安全"),
              ("cloudscan", "云查杀"), ("antivirus", "免费杀毒")]:
    ent(id, "Technology", l, optional=True)
for t in ("ai", "llm", "bigdata", "agent"):
    rel("q360", "promotes", t)
for t in ("cloud360", "guard", "seccloud"):
    rel("q360", "promotes", t, optional=True)

# Goals: 周鸿祎 proposes; 360 hasGoal (required where 360 is the subject: 360愿意/愿将…)
Z = dict(by=["zhou"], opt_body=["q360"])
Z3 = dict(by=["zhou"], body=["q360"])
goal("t0", "助力数字丝路筑牢安全防线", lines[0], optional=True, opt_by=["zhou"], opt_body=["q360"])
goal("g1", "全球携手共建安全防线", **Z)
e4 = "必须假定网络已经被渗透、被攻击，将防御重点放在尽可能快速发现和抵御攻击上"
goal("g2", "假定网络已经被渗透、被攻击", e4, **Z)
goal("g3", "将防御重点放在尽可能快速发现和抵御攻击上", e4, **Z)
e6 = "“首先要看见威胁、看见攻击，才能做出有效响应和处置。”"
goal("g4", "看见威胁、看见攻击", e6, **Z)
goal("g5", "做出有效响应和处置", e6, **Z)
# 360's service model (measures already taken): optional goals
e8 = "360基于“安全即服务”理念构建了360安全云，将国家级安全能力全面平台化、服务化，面向政府和企业提供安全能力输出，推动安全产业从“买设备、买盒子”向“买服务”转型"
goal("m1", "将国家级安全能力全面平台化、服务化", e8, optional=True, opt_body=["q360"], opt_tech=["cloud360"])
goal("m2", "推动安全产业从“买设备、买盒子”向“买服务”转型", e8, optional=True, opt_by=["zhou"], opt_body=["q360"])
goal("m3", "网络安全最重要的是安全运营", optional=True, opt_by=["zhou"])
e8b = "针对安全领域专业人才稀缺问题，360还提供安全专家智能体，提升安全运营的事件分析和实时响应能力，弥补人才缺口"
goal("m4", "提升安全运营的事件分析和实时响应能力", e8b, optional=True, opt_body=["q360"], opt_tech=["agent"])
goal("m5", "弥补人才缺口", e8b, optional=True, opt_body=["q360"])
# 以模制模
e9 = "应对AI时代的新型安全挑战，周鸿祎提出“以模制模”的思路：“用大模型来对付大模型，推出大模型卫士解决大模型遭受攻击、隐私泄露、内容出错等风险，并缓解幻觉问题。”"
goal("c0", "应对AI时代的新型安全挑战", e9, tech=["ai"], **Z)
goal("c1", "以模制模", e9, optional=True, opt_by=["zhou"], opt_body=["q360"], opt_tech=["llm"])
goal("c2", "用大模型来对付大模型", e9, tech=["llm"], **Z)
goal("c3", "推出大模型卫士", e9, tech=["llm"], opt_tech=["guard"], **Z)
goal("c4", "解决大模型遭受攻击、隐私泄露、内容出错等风险", e9, tech=["llm"], **Z)
goal("c5", "缓解幻觉问题", e9, **Z)
# 数字丝路: 360's offer and its four supports
goal("d0", "面向海丝沿线国家开放安全能力", "周鸿祎表示，360愿意面向海丝沿线国家开放安全能力，提供四方面支持", **Z3)
goal("d00", "提供四方面支持", "周鸿祎表示，360愿意面向海丝沿线国家开放安全能力，提供四方面支持", optional=True, opt_by=["zhou"], opt_body=["q360"])
e1 = "一是帮助海丝沿线国家建立一套基于人工智能和大数据分析的国家级预警防御体系，可以实时监测、发现和处置安全威胁，有效防止APT攻击"
goal("d1", "建立一套基于人工智能和大数据分析的国家级预警防御体系", e1, tech=["ai", "bigdata"], **Z3)
goal("d1a", "实时监测、发现和处置安全威胁", e1, **Z3)
goal("d1b", "有效防止APT攻击", e1, **Z3)
e2 = "二是帮助当地政府建立城市和企业集团务中心，提供安全云服务，为政府和企业数字化转型保驾护航"
goal("d2", "建立城市和企业集团务中心", e2, **Z3)
goal("d2a", "提供安全云服务", e2, opt_tech=["seccloud"], **Z3)
goal("d2b", "为政府和企业数字化转型保驾护航", e2, **Z3)
e3 = "三是在海丝沿线国家推进免费安全计划，帮助个人和中小企业提高安全能力"
goal("d3", "推进免费安全计划", e3, **Z3)
goal("d3a", "帮助个人和中小企业提高安全能力", e3, **Z3)
goal("d4", "在当地开展网络安全培训", "四是在当地开展网络安全培训", opt_tech=["netsec"], **Z3)
e5 = "360愿意贡献实战经验和能力，帮助海丝沿线国家培养本地安全人才，筑牢网络安全的人才基础"
goal("d5", "贡献实战经验和能力", e5, **Z3)
goal("d5a", "帮助海丝沿线国家培养本地安全人才", e5, **Z3)
goal("d5b", "筑牢网络安全的人才基础", e5, **Z3)
goal("e1", "AI时代的网络安全更需要全球协作", tech=["ai"], **Z)
e11 = "他表示，360愿将安全能力惠及更多国家，与各方携手共建网络空间命运共同体"
goal("e2", "将安全能力惠及更多国家", e11, **Z3)
goal("e3", "与各方携手共建网络空间命运共同体", e11, **Z3)

# Statistics
S = [("s1", "360安全网络覆盖终端", "15亿", "已构建覆盖全球15亿终端、225个国家和地区的安全网络", False),
     ("s2", "360安全网络覆盖国家和地区", "225个", "已构建覆盖全球15亿终端、225个国家和地区的安全网络", False),
     ("s3", "每天云查杀", "560亿次", "每天云查杀560亿次，拦截勒索攻击100万次", False),
     ("s4", "每天拦截勒索攻击", "100万次", "每天云查杀560亿次，拦截勒索攻击100万次", False),
     ("s5", "累计发现境外国家级黑客组织", "58个", "360已帮助国家累计发现58个境外国家级黑客组织", False),
     ("s6", "发现网络攻击样本", "10万种", "发现10万种网络攻击样本", False),
     ("s7", "承担中国网络安全行业威胁发现任务", "98%", "承担了中国网络安全行业98%的威胁发现任务", False)]
for id, l, v, e, opt in S:
    stat(id, l, v, e, optional=opt)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
