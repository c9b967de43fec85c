"""Gold annotation of proposal-cppcc-basic-research-2018 (全国政协“基础研究与创新驱动发展战略界别协商座谈会”综述), by hand per shared/eval/ANNOTATE.md."""
ID = "proposal-cppcc-basic-research-2018"
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

ent("rmzxb", "Organization", "人民政协报")
ent("cppcc", "Agency", "全国政协")
ent("jkwt", "Agency", "全国政协教科卫体委员会", ["教科卫体委员会"])
rel("jkwt", "subOrganizationOf", "cppcc")
ent("forum", "Event", "基础研究与创新驱动发展战略界别协商座谈会", ["“基础研究与创新驱动发展战略界别协商座谈会”"])
ent("wan", "Person", "万钢")
rel("wan", "holdsPost", "cppcc", post="副主席")
rel("wan", "speaksAt", "forum")
ent("cpc18", "Event", "党的十八大", ["十八大"])
ent("cpc19", "Event", "十九大")
ent("china", "Place", "我国", optional=True)
for id, l in [("copernicus", "哥白尼"), ("galileo", "伽利略"), ("newton", "牛顿"), ("maxwell", "麦克斯韦"), ("planck", "普朗克"), ("einstein", "爱因斯坦")]:
    ent(id, "Person", l, optional=True)
ent("s-share", "Statistic", "基础研究占研发总经费的比例", value="5%左右", evidence=ev("基础研究占研发总经费的比例长期徘徊在5%左右"))
W = [("w1", "重视基础研究", "只有重视基础研究,抓好这项打基础、利长远的工作", False),
     ("w2", "永远保持自主创新能力", "才能永远保持自主创新能力,为持续发展增强后劲", True),
     ("w3", "为持续发展增强后劲", "为持续发展增强后劲", True),
     ("w4", "深入贯彻落实十九大精神", "深入贯彻落实十九大精神,加快建设创新型国家", False),
     ("w5", "加快建设创新型国家", "加快建设创新型国家", False),
     ("w6", "补齐基础研究的短板", "必须下更大决心,花更大力气,补齐基础研究的短板", False)]
for id, l, e, opt in W:
    goal(id, l, e, optional=opt); rel("wan", "proposes", id, optional=opt); rel("cppcc", "hasGoal", id, optional=True)
goal("f1", "适应新时代要求", "“适应新时代要求,优化基础研究支持体系和前瞻布局”是此次座谈会的议题", optional=True)
goal("f2", "优化基础研究支持体系和前瞻布局", "“适应新时代要求,优化基础研究支持体系和前瞻布局”是此次座谈会的议题")
goal("f3", "推动基础研究的发展", "全国政协教科卫体委员会非常重视推动基础研究的发展")
rel("jkwt", "hasGoal", "f2"); rel("jkwt", "hasGoal", "f3"); rel("jkwt", "hasGoal", "f1", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
