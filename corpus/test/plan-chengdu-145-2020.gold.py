"""Gold annotation of plan-chengdu-145-2020 (关于《中共成都市委关于制定成都市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》的说明), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-chengdu-145-2020"
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

ent("fan", "Person", "范锐平")
ent("xi", "Person", "习近平", optional=True)
ent("cd-cpc", "Agency", "中共成都市委", ["市委"])
ent("cd-sc", "Agency", "市委常委会")
ent("cpc-cc", "Agency", "党中央")
ent("sc-cpc", "Agency", "中共四川省委", ["省委"])
rel("cd-sc", "subOrganizationOf", "cd-cpc")
ent("proposal", "Document", "中共成都市委关于制定成都市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议", ["建议"])
ent("outline", "Document", "成都市国民经济和社会发展第十四个五年规划纲要")
ent("workplan", "Document", "“十四五”规划编制工作方案")
rel("proposal", "publishedBy", "cd-cpc")
rel("workplan", "publishedBy", "cd-cpc")
ent("plenum5", "Event", "党的十九届五中全会")
ent("sc-plenum", "Event", "省委十一届八次全会")
ent("chengdu", "Place", "成都")
G = [("g1", "加快建设全面体现新发展理念的城市", "也是成都加快建设全面体现新发展理念的城市、奋力实现新时代“三步走”第二步战略目标的关键阶段", False),
     ("g2", "奋力实现新时代“三步走”第二步战略目标", "也是成都加快建设全面体现新发展理念的城市、奋力实现新时代“三步走”第二步战略目标的关键阶段", False),
     ("n1", "开启全面建设社会主义现代化国家新征程", "“十四五”时期是我国开启全面建设社会主义现代化国家新征程、向第二个百年奋斗目标进军的第一个五年", True),
     ("n2", "向第二个百年奋斗目标进军", "“十四五”时期是我国开启全面建设社会主义现代化国家新征程、向第二个百年奋斗目标进军的第一个五年", True),
     ("d1", "坚持把城市未来发展放在“两个大局”中统筹谋划", "注重遵循规律,坚持把城市未来发展放在“两个大局”中统筹谋划", True)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("fan", "proposes", id, optional=opt)
    rel("proposal", "hasGoal", id, optional=True)
    rel("cd-cpc", "hasGoal", id, optional=True)
stat("s1", "“大学习、大调研、大走访”形成的调研成果", "36项", "形成了36项反映市情实际、契合发展趋势变化的调研成果")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
