"""Gold annotation of signing-ningbo-360-city-llm-long-2025 (正式签约！360为宁波城市大模型发展注入新动能), by hand per shared/eval/ANNOTATE.md."""
ID = "signing-ningbo-360-city-llm-long-2025"
import collections, json, pathlib
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

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
    evidence = evidence or label
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    assert label in evidence, (label, evidence)
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)



# event and places
ent("act", "Event", "城市大模型发展交流主题活动")
ent("nb", "Place", "宁波", ["宁波市"])
ent("yrd", "Place", "长三角地区", ["长三角"])
rel("act", "locatedIn", "nb")
# bodies
ent("nbdata", "Agency", "宁波市数据局")
ent("nbsci", "Agency", "宁波市科技局")
ent("nbeco", "Agency", "宁波市经信局")
ent("tsh", "Organization", "宁波通商控股集团有限公司")
ent("aisoc", "Organization", "宁波市人工智能学会")
ent("bdassoc", "Organization", "宁波市大数据发展协会")
ent("q360", "Organization", "三六零数字安全科技集团有限公司", ["360数字安全集团", "360数字安全科技集团", "360"])
ent("nbai", "Organization", "宁波人工智能产业研究院")
ent("union", "Organization", "宁波城市大模型创新联合体", ["城市大模型创新联合体"])
ent("talk", "Document", "智御未来：360安全大模型开启数字安全新纪元", optional=True)
rel("talk", "publishedBy", "q360", optional=True)
# people
ent("li", "Person", "李博"); rel("li", "holdsPost", "q360", post="副总裁")
rel("li", "speaksAt", "act")
# technologies
T = [("ai", "人工智能", (), False), ("llm", "大模型", ("人工智能大模型",), False),
     ("cityllm", "城市大模型", (), False), ("smartcity", "智慧城市", (), True),
     ("cpn", "城市算力网", (), True), ("basellm", "城市基础大模型平台", (), True),
     ("dataware", "数据件平台", (), True), ("fm", "基础模型", (), True),
     ("prollm", "专业化大模型", (), True), ("maas", "模型即服务", (), True),
     ("secaas", "安全即服务", (), True), ("secllm", "安全大模型", ("360安全大模型",), True),
     ("dsec", "数字安全", (), True)]
for id, l, a, opt in T:
    ent(id, "Technology", l, a, optional=opt)

def G(id, l, e=None, opt=False, bodies=(), obodies=(), tech=(), otech=(), who=(), owho=()):
    goal(id, l, e, optional=opt)
    for b in bodies: rel(b, "hasGoal", id, optional=opt)
    for b in obodies: rel(b, "hasGoal", id, optional=True)
    for t in tech: rel(id, "involvesTechnology", t, optional=opt)
    for t in otech: rel(id, "involvesTechnology", t, optional=True)
    for p in who: rel(p, "proposes", id, optional=opt)
    for p in owho: rel(p, "proposes", id, optional=True)

SIGN = ("q360", "nbai")
E1 = "活动上，360数字安全集团与宁波人工智能产业研究院等机构企业正式签约，各方将基于各自优势，共同建设宁波城市大模型创新联合体，以人工智能大模型为宁波传统优势行业和新兴产业蓬勃发展注入新动能，打造城市数实融合发展新标杆"
G("g1", "基于各自优势", E1, opt=True, bodies=SIGN)
G("g2", "共同建设宁波城市大模型创新联合体", E1, bodies=SIGN, otech=("cityllm",))
G("g3", "为宁波传统优势行业和新兴产业蓬勃发展注入新动能", E1, bodies=SIGN, obodies=("union",), tech=("llm",), otech=("ai",))
G("g4", "打造城市数实融合发展新标杆", E1, bodies=SIGN, obodies=("union",))
G("g0", "为宁波城市大模型发展注入新动能", "正式签约！360为宁波城市大模型发展注入新动能", opt=True, bodies=("q360",), otech=("cityllm",))
G("g4b", "360加入宁波城市大模型创新联合体", "导语：360加入宁波城市大模型创新联合体，打造数实融合标杆城市", opt=True, bodies=("q360",), otech=("cityllm",))
E2 = "基于此，宁波市全力推进城市的数智化转型发展，积极探索城市大模型的多元应用场景，通过大模型赋能提升工作质效，以促进城市公共管理能力跃迁"
G("g5", "全力推进城市的数智化转型发展", E2)
G("g6", "积极探索城市大模型的多元应用场景", E2, tech=("cityllm",))
G("g7", "通过大模型赋能提升工作质效", E2, tech=("llm",))
G("g8", "促进城市公共管理能力跃迁", E2)
E3 = "本次城市大模型创新联合体签约后，各方将在城市算力网、城市基础大模型平台、数据件平台、教育垂直领域应用、基础模型和安全服务、城市算力网等方面开展深度合作，共同推进城市大模型技术的发展和应用"
G("g9", "共同推进城市大模型技术的发展和应用", E3, bodies=SIGN, obodies=("union",), tech=("cityllm",))
G("g9a", "城市基础大模型平台", E3, opt=True, bodies=SIGN, otech=("basellm",))
G("g9b", "教育垂直领域应用", E3, opt=True, bodies=SIGN)
G("g9c", "基础模型和安全服务", E3, opt=True, bodies=SIGN, otech=("fm",))
G("g9d", "开展深度合作", E3, opt=True, bodies=SIGN)
E4 = "以此次签约为契机，360将把在专业化大模型上的技术能力服务于宁波政府部门和企业，以“模型即服务”的新模式带动宁波大模型产业生态发展；同时，以“安全即服务”理念，为宁波市落地城市级数字安全基础设施，筑牢宁波城市数字化发展安全基座"
G("g10", "把在专业化大模型上的技术能力服务于宁波政府部门和企业", E4, bodies=("q360",), tech=("llm",), otech=("prollm",))
G("g11", "带动宁波大模型产业生态发展", E4, bodies=("q360",), tech=("llm",), otech=("maas",))
G("g12", "为宁波市落地城市级数字安全基础设施", E4, bodies=("q360",), otech=("secaas", "dsec"))
G("g13", "筑牢宁波城市数字化发展安全基座", E4, bodies=("q360",))
E5 = "未来，360数字安全集团将与各方紧密携手，以实战化的安全能力和大模型创新技术，为宁波市乃至长三角地区城市发展注入新活力，书写城市数智化发展新篇章"
G("g14", "为宁波市乃至长三角地区城市发展注入新活力", E5, bodies=("q360",), otech=("llm",))
G("g15", "书写城市数智化发展新篇章", E5, bodies=("q360",))
G("g16", "与各方紧密携手", E5, opt=True, bodies=("q360",))

# promotes (through the goals above)
for t in ("llm", "cityllm"):
    rel("q360", "promotes", t)
    rel("nbai", "promotes", t)
    rel("union", "promotes", t, optional=True)
for b in ("q360", "nbai", "union"):
    rel(b, "promotes", "ai", optional=True)
for t in ("prollm", "maas", "secaas", "secllm", "dsec", "basellm", "fm"):
    rel("q360", "promotes", t, optional=True)
rel("nbai", "promotes", "basellm", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
