"""Gold annotation of proposal-zhou-hongyi-llm-city-security-long-2023 (周鸿祎携三份提案上两会，聚焦ChatGPT、城市安全和数字化“共同富裕”, 安全客 2023-03-08, from 新浪科技: three CPPCC proposals of 周鸿祎), by hand per shared/eval/ANNOTATE.md (annotator annD13)."""
ID = "proposal-zhou-hongyi-llm-city-security-long-2023"
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
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

# People, bodies, events, documents
ent("zhou", "Person", "周鸿祎")
ent("360", "Organization", "360集团", ["360"])
ent("cppcc", "Agency", "全国政协")  # named on its own in the last paragraph
rel("zhou", "holdsPost", "360", post="创始人")
rel("zhou", "holdsPost", "cppcc", post="全国政协委员")
ent("lh", "Event", "2023全国两会", ["全国两会", "两会"])
ent("ms", "Organization", "微软", optional=True)      # named only as a model (中国的“微软+Open AI”组合)
ent("oai", "Organization", "Open AI", optional=True)
ent("d-2022", "Document", "关于把网络安全升级为数字安全，筑牢数字安全屏障", ["《关于把网络安全升级为数字安全，筑牢数字安全屏障》"])  # his 2022 proposal
ent("d-list", "Document", "2022年度好提案名单", optional=True)
rel("d-list", "publishedBy", "cppcc", optional=True)
ent("china", "Place", "我国", ["中国"], optional=True)
# Technologies
ent("ai", "Technology", "人工智能")
ent("llm", "Technology", "大模型", ["人工智能大模型"])
ent("chatgpt", "Technology", "ChatGPT", optional=True)   # a named product
ent("saas", "Technology", "SaaS", ["SaaS服务", "SaaS化服务"])
ent("oss", "Technology", "开源", optional=True)
ent("digsec", "Technology", "数字安全", optional=True)
ent("netsec", "Technology", "网络安全", optional=True)
TECH = {"ai": ("人工智能",), "llm": ("大模型",), "saas": ("SaaS",), "oss": ("开源",), "digsec": ("数字安全",), "netsec": ("网络安全",)}
TOPT = {"oss", "digsec", "netsec"}
# Statistic
ent("s-props", "Statistic", "过去5年周鸿祎向全国两会提交的提案", value="17份", evidence=ev("过去5年，周鸿祎共向全国两会提交了17份提案"))

def goal(id, label, evidence=None, optional=False, doc=None):
    assert label in text, label
    e = ev(evidence) if evidence else sent(label)
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=optional, evidence=e)
    rel("zhou", "proposes", id, optional=optional)
    rel("360", "hasGoal", id, optional=True)   # he proposes as a CPPCC member; 360 only optionally the body behind it
    if doc: rel(doc, "hasGoal", id, optional=optional)
    for t, labs in TECH.items():
        if any(a in label for a in labs):
            rel(id, "involvesTechnology", t, optional=optional or t in TOPT)

# 上山: AI big models (restated: 关注人工智能大模型技术发展 in the lead)
goal("a0", "发展人工智能大模型技术", "他在提案中建议从两点着手发展人工智能大模型技术")
goal("a1", "我国理应迎头赶上")
goal("a2", "关注技术突破背后所依赖的创新模式")
goal("a3", "建立大型科技企业+重点科研机构的产研协同创新模式")
goal("a4", "打造中国的“微软+Open AI”组合")
goal("a5", "引领大模型技术攻关")
goal("a6", "支持设立多个国家级人工智能大模型的长期开源项目")
goal("a7", "打造开源众包的开放创新生态")
# 下海: city digital security (restated: 城市数字安全 in the lead)
goal("b0", "与城市合作推进数字安全保障体系建设", optional=True)  # 360's ongoing work, named in passing
goal("b1", "把城市数字安全服务中心建设作为扩内需、稳增长的重点内容")
goal("b2", "列入省、市、县及产业园区的发展规划中")
goal("b3", "组织城市数字安全服务中心优秀案例评选")
goal("b4", "推动城市数字安全建设模式的持续优化和完善")
# 助小微: SaaS for small firms (restated: 中小微企业数字化“共同富裕” in the lead; 通过SaaS服务助力数字化“共同富裕”)
goal("c1", "把数字化SaaS服务作为重点产业方向进行培育")
goal("c2", "推进中小微企业数字化的“共同富裕”")
goal("c3", "做到数字化一个都不能少")
# last year's proposals, named in passing
goal("p1", "鼓励帮扶中小微企业构建数字安全能力", "去年周鸿祎曾建议鼓励帮扶中小微企业构建数字安全能力，补齐国家数字安全的缺口", optional=True)
goal("p2", "补齐国家数字安全的缺口", "去年周鸿祎曾建议鼓励帮扶中小微企业构建数字安全能力，补齐国家数字安全的缺口", optional=True)
goal("p3", "把网络安全升级为数字安全", optional=True, doc="d-2022")
goal("p4", "筑牢数字安全屏障", "周鸿祎凭借《关于把网络安全升级为数字安全，筑牢数字安全屏障》提案入选", optional=True, doc="d-2022")

# promotes
rel("360", "promotes", "digsec", optional=True)
rel("360", "promotes", "saas", optional=True)
rel("360", "promotes", "llm", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
