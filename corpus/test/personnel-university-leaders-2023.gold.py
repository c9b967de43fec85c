"""Gold annotation of personnel-university-leaders-2023 (高校书记校长密集调整,他们晋升副部级), by hand per shared/eval/ANNOTATE.md."""
ID = "personnel-university-leaders-2023"
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

ent("cns", "Organization", "中国新闻网", ["中国新闻网微信公众号"])
ent("kanf", "Person", "阚枫")
rel("kanf", "holdsPost", "cns", post="作者", optional=True)
ent("central", "Agency", "中央", optional=True)
U = [("scu", "四川大学"), ("nwpu", "西北工业大学"), ("whu", "武汉大学"), ("dlut", "大连理工大学"), ("fudan", "复旦大学"), ("sjtu", "上海交通大学")]
for id, l in U:
    ent(id, "Organization", l)
ent("smg", "Organization", "上海广播电视台")
ent("sumg", "Organization", "上海报业集团")
ent("cas", "Organization", "中国科学院", optional=True)
ent("sioc", "Organization", "中国科学院上海有机化学所", ["上海有机化学所"]); rel("sioc", "subOrganizationOf", "cas", optional=True)
ent("sh-prop", "Agency", "上海市委宣传部")
ent("sh-ext", "Agency", "市委外宣办", ["市政府新闻办"])
ent("shanghai", "Place", "上海")
ent("wangjs", "Person", "汪劲松"); rel("wangjs", "holdsPost", "scu", post="校长(副部长级)、党委副书记")
rel("wangjs", "holdsPost", "nwpu", post="校长", optional=True)
ent("liyr", "Person", "李言荣"); rel("liyr", "holdsPost", "nwpu", post="党委书记")
rel("liyr", "holdsPost", "scu", post="校长、党委副书记", optional=True)
ent("huangty", "Person", "黄泰岩"); rel("huangty", "holdsPost", "whu", post="党委书记")
ent("jiazy", "Person", "贾振元"); rel("jiazy", "holdsPost", "dlut", post="校长")
ent("qiux", "Person", "裘新"); rel("qiux", "holdsPost", "fudan", post="党委书记")
for o, post in [("sh-prop", "副部长"), ("sh-ext", "主任"), ("smg", "党委副书记、台长"), ("sumg", "党委书记、社长")]:
    rel("qiux", "holdsPost", o, post=post, optional=True)
ent("dingkl", "Person", "丁奎岭"); rel("dingkl", "holdsPost", "sjtu", post="校长")
rel("dingkl", "holdsPost", "sioc", post="所长", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
