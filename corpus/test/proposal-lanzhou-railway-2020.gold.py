"""Gold annotation of proposal-lanzhou-railway-2020 (中国人的故事|人大代表杨伟军:让铁路成为百姓的幸福“小康路”), by hand per shared/eval/ANNOTATE.md."""
ID = "proposal-lanzhou-railway-2020"
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

ent("cyol", "Organization", "中国青年网")
ent("lihh", "Person", "李慧慧")
ent("qiy", "Person", "齐悦")
ent("fu", "Person", "付勇钧")
ent("lzj", "Organization", "中国铁路兰州局集团有限公司")
ent("npc", "Agency", "全国人大", optional=True)
ent("yang", "Person", "杨伟军")
rel("yang", "holdsPost", "lzj", post="党委书记、董事长")
rel("yang", "holdsPost", "npc", post="全国人大代表", optional=True)
ent("china", "Place", "中国", optional=True)
ent("xibei", "Place", "西北", optional=True)
ent("huabei", "Place", "华北", optional=True)
ent("gansu", "Place", "甘肃")
ent("ningxia", "Place", "宁夏")
for id, l in [("baolan", "包兰铁路"), ("lanxin", "兰新客专"), ("baolan-hsr", "宝兰高铁")]:
    ent(id, "Place", l, optional=True)
ent("hsr", "Technology", "高铁", optional=True)
ent("s-slow", "Statistic", "开行的公益性“慢火车”", value="11对", evidence=ev("目前我们共开行了11对公益性“慢火车”"))
ent("s-gs", "Statistic", "甘肃公益性“慢火车”", value="9对", evidence=ev("甘肃9对"))
ent("s-nx", "Statistic", "宁夏公益性“慢火车”", value="2对", evidence=ev("宁夏2对"))
goal("g0", "让铁路成为百姓的幸福“小康路”", "人大代表杨伟军:让铁路成为百姓的幸福“小康路”")
goal("g1", "加快铁路交通建设", "加快铁路交通建设是帮助西部贫困家庭走出贫困、奔向小康的重要途径,也是我们一直努力的目标和方向")
goal("g2", "帮助西部贫困家庭走出贫困、奔向小康", "帮助西部贫困家庭走出贫困、奔向小康的重要途径")
for g in ("g0", "g1", "g2"):
    rel("yang", "proposes", g); rel("lzj", "hasGoal", g, optional=True)
O = [("o1", "推进铁路建设", "如何才能在推进铁路建设、创新运输产品供给、助力脱贫攻坚上更有成效"),
     ("o2", "创新运输产品供给", "创新运输产品供给"),
     ("o3", "助力脱贫攻坚", "助力脱贫攻坚上更有成效"),
     ("o4", "让铁路真正成为老百姓的脱贫致富路", "如何才能让铁路真正成为老百姓的脱贫致富路"),
     ("o5", "给沿途百姓带来更多便利", "希望可以给沿途百姓带来更多便利")]
for id, l, e in O:
    goal(id, l, e, optional=True); rel("yang", "proposes", id, optional=True); rel("lzj", "hasGoal", id, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
