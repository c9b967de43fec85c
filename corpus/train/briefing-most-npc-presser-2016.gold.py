"""Gold annotation of briefing-most-npc-presser-2016 (十二届全国人大四次会议记者会 科技发展创新 transcript; page shows no title), by hand per shared/eval/ANNOTATE.md."""
ID = "briefing-most-npc-presser-2016"
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

ent("npc4", "Event", "十二届全国人大四次会议")
ent("presser", "Event", "十二届全国人大四次会议记者会")
ent("press-center", "Agency", "大会新闻中心")
ent("cppcc", "Agency", "全国政协")
ent("most", "Agency", "科技部")
ent("zj-st", "Agency", "浙江省科技厅")
ent("ustc", "Organization", "中国科技大学")
ent("cpc-cc", "Agency", "党中央")
ent("sc", "Agency", "国务院")
ent("jin", "Person", "金晴中")
ent("wan", "Person", "万钢")
ent("pan", "Person", "潘建伟")
ent("zhou", "Person", "周国辉")
ent("xi", "Person", "习近平", optional=True)
rel("wan", "holdsPost", "cppcc", post="副主席")
rel("wan", "holdsPost", "most", post="部长")
rel("pan", "holdsPost", "ustc", post="常务副校长")
rel("zhou", "holdsPost", "zj-st", post="厅长")
rel("jin", "speaksAt", "presser"); rel("wan", "speaksAt", "presser")
rel("pan", "speaksAt", "presser", optional=True); rel("zhou", "speaksAt", "presser", optional=True)
ent("cong18", "Event", "党的十八大")
ent("gwr", "Document", "政府工作报告")
ent("beidou", "Technology", "北斗", optional=True)
ent("fengyun", "Technology", "风云", optional=True)
goal("g1", "迈向创新型国家和人才强国的行列", "总理的政府工作报告突出强调了,2020年要迈向创新型国家和人才强国的行列这一宏伟目标")
rel("gwr", "hasGoal", "g1"); rel("wan", "proposes", "g1", optional=True)
rel("most", "hasGoal", "g1", optional=True)
goal("g2", "实施创新驱动发展战略", "党中央、国务院高度重视科技创新,围绕实施创新驱动发展战略作出了系列部署和重大改革")
rel("cpc-cc", "hasGoal", "g2", optional=True); rel("sc", "hasGoal", "g2", optional=True)
rel("wan", "proposes", "g2", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
