"""Gold annotation of plan-jiangsu-education-2016 (江苏省“十三五”教育发展规划), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-jiangsu-education-2016"
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

ent("plan", "Document", "江苏省“十三五”教育发展规划")
ent("js-135", "Document", "江苏省国民经济和社会发展第十三个五年规划纲要")
ent("js-edu-mlp", "Document", "江苏省中长期教育改革和发展规划纲要(2010-2020年)", ["江苏省中长期教育改革和发展规划纲要", "中长期教育规划纲要"])
ent("js-opinion", "Document", "中共江苏省委江苏省人民政府关于深入推进教育现代化建设努力办好人民满意教育的意见")
ent("js-cpc", "Agency", "中共江苏省委")
ent("js-gov", "Agency", "江苏省人民政府")
rel("js-opinion", "publishedBy", "js-cpc")
rel("js-opinion", "publishedBy", "js-gov")
ent("moe", "Agency", "教育部")
ent("ou-js", "Organization", "江苏开放大学")
ent("credit-bank", "Organization", "江苏省终身教育学分银行", optional=True)
ent("cpc18", "Event", "党的十八大", optional=True)
ent("xi", "Person", "习近平", optional=True)
ent("jiangsu", "Place", "江苏")
goal("g0", "认真贯彻党的十八大和十八届三中、四中、五中全会", lines[1].split(",根据")[0], optional=True)
goal("p1", "坚持教育优先发展战略", "坚持教育优先发展战略。", optional=True)
goal("p2", "坚持推进教育现代化建设", "坚持推进教育现代化建设。", optional=True)
goal("p3", "坚持统筹各级各类教育协调发展", "坚持统筹各级各类教育协调发展。", optional=True)
for g in ("g0", "p1", "p2", "p3"):
    rel("plan", "hasGoal", g, optional=True)
stat("s1", "示范区", "22个", "确定22个示范区和5所高校示范点先行先试", optional=True)
stat("s2", "高校示范点", "5所", "确定22个示范区和5所高校示范点先行先试", optional=True)
stat("s3", "学前三年教育毛入园率", "97.6%", "2015年,全省学前三年教育毛入园率达97.6%")
stat("s4", "义务教育巩固率", "100.0%", "义务教育巩固率达100.0%")
stat("s5", "高中阶段教育毛入学率", "99.1%", "高中阶段教育毛入学率达99.1%")
stat("s6", "高等教育毛入学率", "52.3%", "高等教育毛入学率达52.3%")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
