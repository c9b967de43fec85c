"""Gold annotation of signing-huangshi-wuhan-long-2021 (2021湖北武黄同城暨黄石（光谷）产业投资推介会在武汉举行！), by hand per shared/eval/ANNOTATE.md."""
ID = "signing-huangshi-wuhan-long-2021"
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

ent("fair", "Event", "2021湖北武黄同城暨黄石（光谷）产业投资推介会")
ent("wh", "Place", "武汉", ["大武汉"])
rel("fair", "locatedIn", "wh")
ent("hs", "Place", "黄石")
ent("yx", "Place", "阳新", ["阳新县"])
ent("dy", "Place", "大冶", ["大冶市"])
ent("og", "Place", "光谷")
ent("hb", "Place", "湖北", optional=True)
ent("whq", "Place", "武汉城市圈", optional=True)
ent("corr", "Place", "光谷科创大走廊", optional=True)
ent("yxpq", "Place", "阳新片区", optional=True)
# bodies
ent("wh-cpc", "Agency", "武汉市委")
ent("wh-zfw", "Agency", "政法委")
rel("wh-zfw", "subOrganizationOf", "wh-cpc")
ent("hs-cpc", "Agency", "中共黄石市委", ["黄石市委", "市委"])
ent("hs-gov", "Agency", "黄石市人民政府", ["市政府"])
ent("yx-cpc", "Agency", "阳新县委")
ent("yx-gov", "Agency", "中共阳新县人民政府")
ent("hs-inv", "Agency", "黄石市招商服务中心")
ent("hs-wh", "Agency", "黄石市驻汉办")
ent("hs-air", "Agency", "黄石临空经济区", ["临空经济区"])
ent("wash", "Organization", "娲石集团")
ent("wash-park", "Organization", "娲石集团光谷产业园", optional=True)
rel("wash-park", "subOrganizationOf", "wash", optional=True)
# people
ent("cao", "Person", "曹裕江")
rel("cao", "holdsPost", "wh-cpc", post="常委")
rel("cao", "holdsPost", "wh-zfw", post="书记")
ent("wu", "Person", "吴锦")
rel("wu", "holdsPost", "hs-cpc", post="副书记")
rel("wu", "holdsPost", "hs-gov", post="市长")
ent("he", "Person", "何运平")
rel("he", "holdsPost", "hs-gov", post="副市长")
ent("wang", "Person", "王建华")
rel("wang", "holdsPost", "yx-cpc", post="书记")
ent("wan", "Person", "万鼎")
for id, n in [("caohj", "曹和家"), ("zhanghm", "张焕明"), ("hum", "胡敏"), ("mingjh", "明进华")]:
    ent(id, "Person", n)
ent("wei", "Person", "魏华山")
rel("wei", "holdsPost", "wash", post="党委书记、董事长")
for p in ("cao", "wu", "wei"):
    rel(p, "speaksAt", "fair")
for p in ("he", "wang", "wan"):
    rel(p, "speaksAt", "fair", optional=True)

def G(id, l, e=None, opt=False, bodies=(), obodies=(), who=None):
    goal(id, l, e, optional=opt)
    for b in bodies: rel(b, "hasGoal", id, optional=opt)
    for b in obodies: rel(b, "hasGoal", id, optional=True)
    if who: rel(who, "proposes", id, optional=opt)

W = [("w1", "推进黄石与武汉同城化一体化发展", "推进黄石与武汉同城化一体化发展，具有战略布局的协同性", False),
     ("w2", "紧紧围绕全省“一主引领、两翼驱动、全域协同”区域发展布局", None, True),
     ("w3", "以光谷科创大走廊黄石功能区建设为突破口", None, False),
     ("w4", "规划同编、交通同网、科技同兴、产业同链、民生同保、环境同治", "坚持规划同编、交通同网、科技同兴、产业同链、民生同保、环境同治", False),
     ("w5", "把黄石打造成为光谷向东最有潜力、魅力和实力的增长极", "努力把黄石打造成为光谷向东最有潜力、魅力和实力的增长极", False),
     ("w6", "当好有呼必应、无事不扰的“店小二”", "黄石将全力当好有呼必应、无事不扰的“店小二”，提供最优政策、最高效率、最好服务", False),
     ("w7", "提供最优政策、最高效率、最好服务", "黄石将全力当好有呼必应、无事不扰的“店小二”，提供最优政策、最高效率、最好服务", False)]
for id, l, e, opt in W:
    G(id, l, e, opt=opt, bodies=["hs-gov"], obodies=["hs-cpc"], who="wu")
C = [("c1", "不断深化投资合作", False), ("c2", "凝聚智慧和发展力量", True), ("c3", "持续推进两地合作走深走实", False), ("c4", "携手画好最大同心圆", True)]
for id, l, opt in C:
    G(id, l, "我们要以此次推介会为契机，不断深化投资合作，凝聚智慧和发展力量，持续推进两地合作走深走实，携手画好最大同心圆", opt=opt, obodies=["wh-cpc"], who="cao")
M = [("m1", "建设日产6200吨新型绿色智能化熟料生产线", "投资40亿元，建设日产6200吨新型绿色智能化熟料生产线以及这次签约的年产2000万吨绿色环保建材生产线", False),
     ("m2", "年产2000万吨绿色环保建材生产线", "投资40亿元，建设日产6200吨新型绿色智能化熟料生产线以及这次签约的年产2000万吨绿色环保建材生产线", False),
     ("m3", "年上交税收6-8亿元", "项目建成投产后，预计阳新片区新老项目可实现年上交税收6-8亿元", True),
     ("m4", "促黄石、武汉城市圈同城化发展", "同时促黄石、武汉城市圈同城化发展", False),
     ("m5", "发挥娲石集团光谷产业园的优势", None, False),
     ("m6", "把光谷相关产业和孵化的高科技产品制造引进到黄石和阳新落户", None, False),
     ("m7", "为黄石高质量发展注入新动能", None, False),
     ("m8", "助力阳新县域经济做强做大", None, False)]
for id, l, e, opt in M:
    G(id, l, e, opt=opt, bodies=["wash"], who="wei")

stat("s1", "签约项目", "33个", "全市共签约33个项目，签约金额达175.65亿元")
stat("s2", "签约金额", "175.65亿元", "全市共签约33个项目，签约金额达175.65亿元")
stat("s3", "阳新签约项目", "18个", "其中阳新签约18个项目，签约金额达126.4亿元")
stat("s4", "阳新签约金额", "126.4亿元", "其中阳新签约18个项目，签约金额达126.4亿元")
stat("s5", "娲石集团投资", "40亿元", "投资40亿元，建设日产6200吨新型绿色智能化熟料生产线", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
