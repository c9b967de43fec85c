"""Gold annotation of proposal-zhou-hongyi-security-cloud-long-2024 (两会声音|周鸿祎：全面建设安全云 解决政企用户安全效率问题, 安全客 2024-03-06: the 2024 CPPCC suggestion of 周鸿祎 on security clouds), by hand per shared/eval/ANNOTATE.md (annotator annQ16)."""
ID = "proposal-zhou-hongyi-security-cloud-long-2024"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def sent(label):
    """the sentence (split at 。；！？ and line ends) that states the label"""
    for s in re.split(r"(?<=[。；！？\n])", text):
        if label in s:
            return ev(s.strip().lstrip("”’“").rstrip("；。"))
    raise AssertionError(label)

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type == "Statistic" or label in text or any(a in text for a in aliases), label
    for a in aliases: assert a in text, a
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    if "evidence" in kw: ev(kw["evidence"])
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

# People, bodies, events
ent("zhou", "Person", "周鸿祎")
ent("360", "Organization", "360集团", ["360"])
rel("zhou", "holdsPost", "360", post="创始人")
ent("cppcc", "Agency", "全国政协", optional=True)  # named only inside 全国政协委员
rel("zhou", "holdsPost", "cppcc", post="全国政协委员", optional=True)
ent("npc2", "Event", "十四届全国人大二次会议")
ent("lh", "Event", "两会", optional=True)  # 两会热点话题; title 两会声音
ent("china", "Place", "中国", optional=True)  # only inside 数字安全中国方案

# Technologies
ent("bd", "Technology", "大数据", ["全网大数据"])
ent("ai", "Technology", "人工智能", ["AI"])
ent("saas", "Technology", "SaaS", ["SaaS服务"])
ent("scloud", "Technology", "安全云", ["360安全云"], optional=True)  # 360's product / the proposed infrastructure
ent("digsec", "Technology", "数字安全", optional=True)
ent("netsec", "Technology", "网络安全", optional=True)
TECH = {"saas": ("SaaS",), "scloud": ("安全云",), "digsec": ("数字安全",), "netsec": ("网络安全",), "bd": ("大数据",), "ai": ("人工智能", "AI")}
TOPT = {"scloud", "digsec", "netsec"}

# Statistics (figures the customers' quotes report)
ent("s-alert", "Statistic", "360云端安全专家协助发现的高危攻击告警", value="235条",
    evidence=ev("360云端安全专家协助发现了235条高危攻击告警，完成了416次安全事件分析"))
ent("s-anal", "Statistic", "完成的安全事件分析", value="416次",
    evidence=ev("360云端安全专家协助发现了235条高危攻击告警，完成了416次安全事件分析"))
ent("s-att", "Statistic", "360安全云捕获网络攻击", value="10万余次",
    evidence=ev("截止目前已经捕获网络攻击10万余次，处置网络威胁117次"))
ent("s-thr", "Statistic", "处置网络威胁", value="117次",
    evidence=ev("截止目前已经捕获网络攻击10万余次，处置网络威胁117次"))

def goal(id, label, evidence=None, optional=False, who="zhou", wopt=None):
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    e = ev(evidence) if evidence else sent(label)
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=optional, evidence=e)
    if who == "zhou":
        rel("zhou", "proposes", id, optional=optional if wopt is None else wopt)
        rel("360", "hasGoal", id, optional=True)  # he speaks as a CPPCC member; 360 only optionally the body behind it
    else:
        rel("360", "hasGoal", id, optional=optional)
    for t, labs in TECH.items():
        if any(a in label for a in labs):
            rel(id, "involvesTechnology", t, optional=optional or t in TOPT)

# his suggestion (lead; restated in the title)
goal("g1", "全面建设安全云", "提出全面建设安全云、推广数字安全云化服务的建议")
goal("g2", "推广数字安全云化服务", "提出全面建设安全云、推广数字安全云化服务的建议")
# the need he argues from (亟需构建…来应对…)
goal("g3", "构建数字安全中国方案", "亟需构建数字安全中国方案来应对新型网络攻击", wopt=True)
goal("g4", "应对新型网络攻击", "亟需构建数字安全中国方案来应对新型网络攻击", wopt=True)
# 为A，提出需以B破解C：首先…；其次…
goal("g5", "体系化缩小数字安全能力差距")
goal("g6", "以“安全即服务”的理念破解数字安全难题", "周鸿祎提出需以“安全即服务”的理念破解数字安全难题")
goal("g7", "建设国家级、行业级、城市级“安全云”", "首先，建设国家级、行业级、城市级“安全云”作为“数字安全公共服务基础设施”")
goal("g8", "个性化满足不同形态安全需求", "其次，安全专家以“云化安全服务”方式个性化满足不同形态安全需求")
# 360's own service and its stated future course
goal("c1", "向其提供集中化的SaaS服务", optional=True, who="360")  # what 360's security cloud does now
goal("f1", "提升国家网络安全保障能力", "未来，360将持续基于安全云提升国家网络安全保障能力", who="360")
goal("f2", "推进网络强国、数字中国建设", "为推进网络强国、数字中国建设贡献企业力量", who="360")
rel("f1", "involvesTechnology", "scloud", optional=True)   # 基于安全云

# promotes
rel("360", "promotes", "saas", optional=True)
rel("360", "promotes", "scloud", optional=True)
rel("360", "promotes", "bd", optional=True)
rel("360", "promotes", "ai", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
