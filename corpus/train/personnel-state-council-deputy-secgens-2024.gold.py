"""Gold annotation of personnel-state-council-deputy-secgens-2024 (一年来7位国务院副秘书长到任 70后 副省长进京履新), by hand per shared/eval/ANNOTATE.md."""
ID = "personnel-state-council-deputy-secgens-2024"
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

ent("mohrss", "Agency", "人社部")
ent("sc", "Agency", "国务院")
ent("sc-research", "Agency", "国务院研究室"); rel("sc-research", "subOrganizationOf", "sc", optional=True)
ent("mem", "Agency", "应急管理部")
ent("mot", "Agency", "交通运输部")
ent("qh-cpc", "Agency", "青海省委")
ent("qh-cdi", "Agency", "青海省纪委", ["省纪委"])
ent("qh-sup", "Agency", "青海省监委", ["省监委"])
ent("hlj-cpc", "Agency", "黑龙江省委")
ent("ggj", "Agency", "国家机关事务管理局", ["国管局"])
ent("cdb", "Organization", "国家开发银行")
ent("bj-gov", "Agency", "北京市", optional=True)
ent("hy-gov", "Agency", "河源", optional=True)
ent("guangdong", "Place", "广东省")
ent("linl", "Person", "林涛"); rel("linl", "holdsPost", "sc", post="副秘书长")
ent("guow", "Person", "郭玮"); rel("guow", "holdsPost", "sc", post="副秘书长", optional=True)
rel("guow", "holdsPost", "sc-research", post="副主任", optional=True)
ent("wuzl", "Person", "吴政隆"); rel("wuzl", "holdsPost", "sc", post="国务委员、秘书长")
for id, n in [("wangzj", "王志军"), ("wangyh", "王永红"), ("xusb", "徐守本"), ("sungy", "孙广宇"), ("liuyh", "刘宇辉"), ("wangy", "汪洋")]:
    ent(id, "Person", n); rel(id, "holdsPost", "sc", post="副秘书长")
for p, o, post in [("sungy", "mem", "党委委员、副部长"), ("xusb", "cdb", "副行长"), ("wangy", "mot", "总工程师"),
                   ("wangy", "qh-cpc", "常委"), ("wangy", "qh-cdi", "书记"), ("wangy", "qh-sup", "主任"),
                   ("wangzj", "hlj-cpc", "副书记"), ("wangyh", "ggj", "党组书记、局长"), ("liuyh", "bj-gov", "副市长"),
                   ("linl", "hy-gov", "市长、市委书记")]:
    rel(p, "holdsPost", o, post=post, optional=True)
stat("s-n", "国务院副秘书长人数", "7人", "目前国务院副秘书长至少有7人")
stat("s-wyh", "王永红在国管局任职年限", "33年", "任职已长达33年", optional=True)
stat("s-guow", "郭玮任国务院副秘书长年限", "3年", "任职3年卸任", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
