"""Gold annotation of personnel-anshan-leaders-2023 (鞍山市召开全市领导干部大会), by hand per shared/eval/ANNOTATE.md."""
ID = "personnel-anshan-leaders-2023"
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
    assert label in evidence, (label, evidence)
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

ent("as-cpc", "Agency", "鞍山市委", ["市委"])
ent("as-gov", "Agency", "鞍山市", optional=True)
ent("ln-cpc", "Agency", "辽宁省委", ["省委"])
ent("ln-org", "Agency", "辽宁省委组织部", ["省委组织部"]); rel("ln-org", "subOrganizationOf", "ln-cpc")
ent("dl-cpc", "Agency", "大连市委")
ent("dl-gov", "Agency", "大连市", optional=True)
ent("as-npcsc", "Agency", "鞍山市人大常委会", ["市人大常委会"])
ent("as-cppcc", "Agency", "鞍山市政协", ["市政协"])
ent("anshan", "Place", "鞍山")
ent("meeting", "Event", "全市领导干部大会", ["鞍山市召开全市领导干部大会"])
rel("meeting", "locatedIn", "anshan", optional=True)
ent("feiwp", "Person", "费文鹏")
ent("gaocs", "Person", "高崇生"); rel("gaocs", "holdsPost", "ln-org", post="副部长")
ent("wangzk", "Person", "王忠昆"); rel("wangzk", "holdsPost", "as-cpc", post="书记")
rel("wangzk", "holdsPost", "as-gov", post="市长", optional=True)
ent("wukh", "Person", "吴开华"); rel("wukh", "holdsPost", "as-cpc", post="委员、常委、副书记")
rel("wukh", "holdsPost", "as-gov", post="市长候选人", optional=True)
rel("wukh", "holdsPost", "dl-cpc", post="常委、委员", optional=True)
rel("wukh", "holdsPost", "dl-gov", post="副市长", optional=True)
ent("yugb", "Person", "余功斌"); rel("yugb", "holdsPost", "as-cpc", post="书记、常委、委员", optional=True)
ent("sunhf", "Person", "孙慧芳"); rel("sunhf", "holdsPost", "as-npcsc", post="主任")
ent("yanjj", "Person", "严加军"); rel("yanjj", "holdsPost", "as-cppcc", post="主席")
ent("xi", "Person", "习近平", optional=True)
for p in ("gaocs", "yugb", "wangzk", "wukh"):
    rel(p, "speaksAt", "meeting", optional=(p == "gaocs"))
goal("g1", "实现全面振兴新突破", "鞍山一定能够实现全面振兴新突破", optional=True)
rel("yugb", "proposes", "g1", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
