"""Gold annotation of signing-shijiazhuang-360-digital-economy-long-2024 (石家庄市政府与360达成战略合作 树立全国数字经济创新发展标杆), by hand per shared/eval/ANNOTATE.md."""
ID = "signing-shijiazhuang-360-digital-economy-long-2024"
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
ent("expo", "Event", "2024中国国际数字经济博览会")
ent("open", "Event", "开幕式", optional=True)
ent("cer", "Event", "签约仪式", optional=True)
ent("venue", "Place", "石家庄（正定）国际会展中心")
ent("sjz", "Place", "石家庄", ["石家庄市"])
ent("zd", "Place", "正定", optional=True)
ent("hb", "Place", "河北省")
ent("jjj", "Place", "京津冀", ["京津冀地区"])
ent("cn", "Place", "全国", optional=True)
rel("expo", "locatedIn", "venue")
rel("expo", "locatedIn", "sjz", optional=True)
rel("open", "locatedIn", "venue", optional=True)
# bodies
ent("gov", "Agency", "石家庄市人民政府", ["石家庄市政府"])
ent("q360", "Organization", "360数字安全集团", ["360"])
ent("dataB", "Agency", "数据管理局", optional=True)
ent("agr", "Document", "战略合作协议", optional=True)
rel("agr", "publishedBy", "gov", optional=True)
rel("agr", "publishedBy", "q360", optional=True)
# people
ent("li", "Person", "李为军"); rel("li", "holdsPost", "gov", post="副市长")
ent("hu", "Person", "胡振泉"); rel("hu", "holdsPost", "q360", post="总裁")
rel("hu", "speaksAt", "cer", optional=True)
rel("hu", "speaksAt", "expo", optional=True)
# technologies
T = [("ai", "人工智能", ("AI",), False), ("llm", "大模型", ("人工智能大模型",), False),
     ("dsec", "数字安全", (), True), ("gptbrain", "城市GPT大脑", (), True),
     ("govllm", "政务大模型", (), True), ("netsec", "网络安全", (), True)]
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

BOTH = ("gov", "q360")
E1 = "双方将在数字安全能力体系建设、人工智能大模型创新基地建设以及产业生态构建等方面开展全面合作，推动该市跃升为全国数字经济创新发展标杆城市的同时，以石家庄市为核心，辐射河北省全省范围内的数字安全和人工智能产业升级"
G("g1", "数字安全能力体系建设", E1, bodies=BOTH, otech=("dsec",))
G("g2", "人工智能大模型创新基地建设", E1, bodies=BOTH, tech=("llm",), otech=("ai",))
G("g3", "产业生态构建", E1, bodies=BOTH)
G("g4", "推动该市跃升为全国数字经济创新发展标杆城市", E1, bodies=BOTH)
G("g5", "辐射河北省全省范围内的数字安全和人工智能产业升级", E1, bodies=BOTH, tech=("ai",), otech=("dsec",))
G("g0", "开展全面合作", E1, opt=True, bodies=BOTH)
E2 = "此次合作将充分利用360在数字安全及人工智能领域的深厚技术积淀与创新优势，为石家庄市的数字产业转型升级与智能化改造提供强大助力，进一步推动其在数字经济领域的飞速发展"
G("g6", "充分利用360在数字安全及人工智能领域的深厚技术积淀", E2, opt=True, bodies=BOTH)
G("g7", "为石家庄市的数字产业转型升级与智能化改造提供强大助力", E2, bodies=("q360",), obodies=("gov",))
G("g8", "推动其在数字经济领域的飞速发展", E2, bodies=BOTH)
E3 = "在数字安全方面，360将把服务国家的安全能力落地石家庄，协助其打造城市数字安全体系，为党政机构及企业提供安全保障"
G("g9", "把服务国家的安全能力落地石家庄", E3, bodies=("q360",))
G("g10", "协助其打造城市数字安全体系", E3, bodies=("q360",), otech=("dsec",))
G("g11", "为党政机构及企业提供安全保障", E3, bodies=("q360",))
E4 = "在人工智能方面，360将紧密结合石家庄市的数字化应用场景，为该市量身定制专属的城市GPT大脑以及垂直化的大模型应用，如政务大模型等，全面赋能石家庄市各个城市、政府、企业及生态伙伴，助力石家庄市数字经济高质量、智能化发展"
G("g12", "紧密结合石家庄市的数字化应用场景", E4, opt=True, bodies=("q360",))
G("g13", "为该市量身定制专属的城市GPT大脑", E4, bodies=("q360",), otech=("gptbrain", "ai"))
G("g14", "垂直化的大模型应用", E4, bodies=("q360",), tech=("llm",), otech=("govllm", "ai"))
G("g15", "全面赋能石家庄市各个城市、政府、企业及生态伙伴", E4, bodies=("q360",))
G("g16", "助力石家庄市数字经济高质量、智能化发展", E4, bodies=("q360",))
E5 = "近年来深度参与了石家庄市网信、公安、数据管理局及教育等多个关键领域的网络安全建设工作，全面推动石家庄市数字安全和人工智能产业高质量发展"
G("g17", "全面推动石家庄市数字安全和人工智能产业高质量发展", E5, opt=True, bodies=("q360",), owho=("hu",), tech=("ai",), otech=("dsec",))
E6 = "360将发挥自身在数字安全和AI领域的能力，为石家庄乃至河北省的数字经济发展贡献力量"
G("g18", "发挥自身在数字安全和AI领域的能力", E6, opt=True, bodies=("q360",), who=("hu",), otech=("ai", "dsec"))
G("g19", "为石家庄乃至河北省的数字经济发展贡献力量", E6, bodies=("q360",), who=("hu",))
E7 = "同时，也将充分发挥其产业引领效应，积极引入360战略合作伙伴投资建设数字安全及人工智能产业链集群，合力开创企业与地方合作新局面"
G("g20", "充分发挥其产业引领效应", E7, opt=True, bodies=("q360",), who=("hu",))
G("g21", "投资建设数字安全及人工智能产业链集群", E7, bodies=("q360",), who=("hu",), tech=("ai",), otech=("dsec",))
G("g22", "合力开创企业与地方合作新局面", E7, bodies=("q360",), obodies=("gov",), who=("hu",))
E8 = "未来，360将与石家庄市政府紧密携手，共同推动数字产业的集聚和升级，为京津冀地区的经济社会发展注入新活力，共同书写城市数字化发展新篇章"
G("g23", "共同推动数字产业的集聚和升级", E8, bodies=BOTH)
G("g24", "为京津冀地区的经济社会发展注入新活力", E8, bodies=BOTH)
G("g25", "共同书写城市数字化发展新篇章", E8, bodies=BOTH)
G("g26", "与石家庄市政府紧密携手", E8, opt=True, bodies=("q360",))

# promotes (through the goals above)
for b in BOTH:
    rel(b, "promotes", "ai")
    rel(b, "promotes", "llm")
    rel(b, "promotes", "dsec", optional=True)
for t in ("gptbrain", "govllm"):
    rel("q360", "promotes", t, optional=True)
rel("gov", "promotes", "gptbrain", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
