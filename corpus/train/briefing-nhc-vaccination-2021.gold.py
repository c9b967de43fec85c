"""Gold annotation of briefing-nhc-vaccination-2021 (米锋|国家卫健委:我国已有超11亿人完成新冠疫苗全程接种), by hand per shared/eval/ANNOTATE.md."""
ID = "briefing-nhc-vaccination-2021"
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

ent("cover", "Organization", "封面新闻")
ent("shao", "Person", "邵萌")
rel("shao", "holdsPost", "cover", post="采访人员", optional=True)
ent("jpc", "Agency", "国务院联防联控机制")
ent("nhc", "Agency", "国家卫健委")
ent("nhc-pub", "Agency", "宣传司", ["国家卫健委宣传司"])
rel("nhc-pub", "subOrganizationOf", "nhc")
ent("mi", "Person", "米锋")
rel("mi", "holdsPost", "nhc-pub", post="副司长")
rel("mi", "holdsPost", "nhc", post="新闻发言人")
ent("presser", "Event", "新闻发布会", optional=True)
rel("mi", "speaksAt", "presser", optional=True)
ent("covid", "Event", "新冠肺炎", optional=True)
ent("vaccine", "Technology", "新冠病毒疫苗", optional=True)
ent("china", "Place", "中国", ["我国"], optional=True)
S1 = "要坚持“外防输入、内防反弹”的总策略毫不动摇,最大限度减少疫情对经济社会的影响"
S2 = "要加快老年人和3—17岁人群疫苗接种,推进重点人群加强免疫工作"
for id, l, e in [("g1", "坚持“外防输入、内防反弹”的总策略", S1), ("g2", "最大限度减少疫情对经济社会的影响", S1),
                 ("g3", "加快老年人和3—17岁人群疫苗接种", S2), ("g4", "推进重点人群加强免疫工作", S2)]:
    goal(id, l, e)
    rel("nhc", "hasGoal", id); rel("mi", "proposes", id)
    rel("jpc", "hasGoal", id, optional=True)
goal("g0", "进一步做好新冠病毒疫苗接种", "介绍进一步做好新冠病毒疫苗接种有关情况", optional=True)
rel("jpc", "hasGoal", "g0", optional=True)
rel("g0", "involvesTechnology", "vaccine", optional=True)
A = "截至11月29日,全国累计报告接种新冠病毒疫苗24亿9981.3万剂次,完成全程接种的人数超过11亿,达到11亿1050.6万人"
stat("s1", "全国累计报告接种新冠病毒疫苗", "24亿9981.3万剂次", A)
stat("s2", "完成新冠疫苗全程接种的人数", "11亿1050.6万人", A)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
