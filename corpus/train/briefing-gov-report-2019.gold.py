"""Gold annotation of briefing-gov-report-2019 (《政府工作报告》起草组负责人:今年政策干货满满), by hand per shared/eval/ANNOTATE.md."""
import collections, json, pathlib
here = pathlib.Path(__file__).resolve().parent
ID = "briefing-gov-report-2019"
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
    if "evidence" in kw: ev(kw["evidence"])
    if type == "Goal": assert label in text and 4 <= len(label) <= 30, label
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    if "post" in kw: assert kw["post"] in text, kw["post"]
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence, optional=False):
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

ent("scio", "Agency", "国务院新闻办")
ent("drc", "Agency", "国务院研究室")
ent("draft", "Agency", "《政府工作报告》起草组", ["政府工作报告》起草组"], optional=True)
ent("cn-gov", "Agency", "中国政府", optional=True)
ent("huang", "Person", "黄守宏")
ent("lkq", "Person", "李克强")
ent("report", "Document", "政府工作报告", ["《政府工作报告》"])
ent("briefing", "Event", "吹风会", optional=True)
ent("lianghui", "Event", "两会")
ent("china", "Place", "中国", optional=True)
ent("gh", "Place", "人民大会堂", optional=True)
rel("huang", "holdsPost", "drc", post="主任")
rel("huang", "holdsPost", "draft", post="负责人", optional=True)
rel("huang", "speaksAt", "briefing", optional=True)
rel("report", "publishedBy", "cn-gov", optional=True)
E1 = "今年也是全面建成小康社会、实现第一个百年奋斗目标的关键之年"
goal("g1", "全面建成小康社会", E1)
goal("g2", "实现第一个百年奋斗目标", E1)
for g in ("g1", "g2"):
    rel("huang", "proposes", g, optional=True)
    rel("cn-gov", "hasGoal", g, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
