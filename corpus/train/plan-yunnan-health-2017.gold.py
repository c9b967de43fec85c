"""Gold annotation of plan-yunnan-health-2017 (云南:到2030年实现健康云南建设目标), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-yunnan-health-2017"
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

def goal(id, label, evidence, optional=False):
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

ent("xinhua", "Organization", "新华网")
ent("zhangqi", "Person", "张琦")
ent("li", "Person", "李玛琳")
ent("yn-hfpc", "Agency", "云南省卫生计生委")
rel("li", "holdsPost", "yn-hfpc", post="主任")
ent("outline", "Document", "“健康云南2030”规划纲要", ["纲要"])
ent("plan135", "Document", "云南省“十三五”卫生与健康规划")
ent("presser", "Event", "《“健康云南2030”规划纲要》和《云南省“十三五”卫生与健康规划》新闻发布会",
    ["“健康云南2030”规划纲要》和《云南省“十三五”卫生与健康规划》新闻发布会"])
rel("li", "speaksAt", "presser")
ent("yunnan", "Place", "云南")
ent("kunming", "Place", "昆明", optional=True)
rel("presser", "locatedIn", "kunming", optional=True)
rel("outline", "publishedBy", "yn-hfpc", optional=True)
rel("plan135", "publishedBy", "yn-hfpc", optional=True)
S1 = lines[5]; S2 = lines[6]
G = [("g0", "实现健康云南建设目标", "云南提出分两步走,到2030年实现健康云南建设目标", False, False),
     ("f1", "人民健康水平持续提升", lines[4], False, True),
     ("f2", "主要健康危险因素得到有效控制", lines[4], False, True),
     ("f3", "健康服务能力大幅提升", lines[4], False, True),
     ("f4", "健康产业规模显著扩大", lines[4], False, True),
     ("f5", "促进健康的制度体系更加完善", lines[4], False, True),
     ("a1", "建立覆盖全省城乡居民的基本医疗卫生制度", "到2020年,建立覆盖全省城乡居民的基本医疗卫生制度", False, False),
     ("a2", "县级中心医院医疗服务能力达到国家标准", "州(市)重点(中心)医院和县级中心医院医疗服务能力达到国家标准", False, False),
     ("a3", "完善健康服务及公共体育服务体系", "完善健康服务及公共体育服务体系", False, False),
     ("a4", "基本形成内涵丰富、结构合理的健康产业体系", "基本形成内涵丰富、结构合理的健康产业体系", False, False),
     ("a5", "保障人人享有基本医疗卫生服务和基本体育健身服务", "保障人人享有基本医疗卫生服务和基本体育健身服务", False, False),
     ("a6", "健康环境指标优于全国平均水平", "健康环境指标优于全国平均水平", False, False),
     ("a7", "健康素养水平持续提高,达到全国平均水平", "健康素养水平持续提高,达到全国平均水平", False, False),
     ("a8", "主要健康指标与全国平均水平的差距显著缩小", "主要健康指标与全国平均水平的差距显著缩小", False, False),
     ("a9", "人均预期寿命力争达到全国平均水平", "人均预期寿命力争达到全国平均水平", False, False),
     ("b0", "人均预期寿命等主要健康指标达到全国平均水平", "到2030年,人均预期寿命等主要健康指标达到全国平均水平", False, False),
     ("b2", "健康领域发展更加协调", "健康领域发展更加协调", False, False),
     ("b3", "健康生活方式得到普及", "健康生活方式得到普及", False, False),
     ("b4", "健康服务质量和健康保障水平不断提高", "健康服务质量和健康保障水平不断提高", False, False),
     ("b5", "健康产业发展繁荣", "健康产业发展繁荣", False, False),
     ("b6", "基本实现健康公平", "基本实现健康公平", False, False)]
for id, l, e, opt, by_li in G:
    goal(id, l, e, optional=opt)
    rel("outline", "hasGoal", id, optional=opt)
    rel("li", "proposes", id, optional=opt or not by_li)
    rel("yn-hfpc", "hasGoal", id, optional=True)
stat("s1", "健康云南建设主要目标数", "5个", "健康云南建设主要有5个目标", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
