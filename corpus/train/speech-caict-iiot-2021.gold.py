"""Gold annotation of speech-caict-iiot-2021 (余晓晖接受新华网专访), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-caict-iiot-2021"
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
    if "evidence" in kw: ev(kw["evidence"])
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def goal(id, label, evidence, optional=False):
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)
ent("yu", "Person", "余晓晖")
ent("shen", "Person", "申江婴")
ent("caict", "Organization", "中国信息通信研究院")
ent("aii", "Organization", "工业互联网产业联盟")
ent("xinhuanet", "Organization", "新华网")
ent("column", "Organization", "5G瞰天下", optional=True)
ent("china", "Place", "中国", ["我国"], optional=True)
ent("iiot", "Technology", "工业互联网")
ent("5g", "Technology", "5G", optional=True)
ent("iiot-platform", "Technology", "工业互联网平台", optional=True)
ent("cloud", "Technology", "云", optional=True)
goal("g-supply", "打造供给体系", "需要进一步打造供给体系,补齐工业短板")
goal("g-gap", "补齐工业短板", "补齐工业短板")
goal("g-sme", "把中小企业发展创新里面最需要的基本要素赋予给它", "比如我们通过工业互联网平台,通过云的方式,可以把中小企业发展创新里面最需要的基本要素赋予给它", optional=True)
for g in ("g-supply", "g-gap"):
    rel("yu", "proposes", g); rel("caict", "hasGoal", g, optional=True)
rel("yu", "proposes", "g-sme", optional=True)
rel("g-sme", "involvesTechnology", "iiot-platform", optional=True)
rel("g-sme", "involvesTechnology", "cloud", optional=True)
rel("g-sme", "involvesTechnology", "iiot", optional=True)
rel("caict", "promotes", "iiot", optional=True)
rel("aii", "promotes", "iiot", optional=True)
rel("yu", "holdsPost", "caict", post="院长")
rel("yu", "holdsPost", "aii", post="理事长")
rel("g-supply", "involvesTechnology", "iiot", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
