"""Gold annotation of signing-lanzhou-telecom-2022 (加快新型智慧城市建设 不断提升兰州首位度), by hand per shared/eval/ANNOTATE.md."""
ID = "signing-lanzhou-telecom-2022"
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

ent("lz-gov", "Agency", "兰州市政府", ["市政府"])
ent("lz-cpc", "Agency", "兰州市委", ["市委"])
ent("gs-cpc", "Agency", "甘肃省委", ["省委"], optional=True)
ent("gs-gov", "Agency", "甘肃省政府", ["省政府"], optional=True)
ent("ct-gs", "Organization", "中国电信甘肃分公司")
ent("ct", "Organization", "中国电信", optional=True); rel("ct-gs", "subOrganizationOf", "ct", optional=True)
ent("lzdaily", "Organization", "兰州日报社")
ent("lanzhou", "Place", "兰州", ["兰州市"])
ent("agr", "Document", "兰州市智慧城市建设战略合作框架协议", ["智慧城市建设战略合作框架协议"])
rel("agr", "publishedBy", "lz-gov", optional=True); rel("agr", "publishedBy", "ct-gs", optional=True)
ent("suny", "Person", "孙岩"); rel("suny", "holdsPost", "ct-gs", post="总经理")
ent("zhangww", "Person", "张伟文"); rel("zhangww", "holdsPost", "lz-cpc", post="副书记"); rel("zhangww", "holdsPost", "lz-gov", post="市长")
ent("weiqf", "Person", "魏奇峰"); rel("weiqf", "holdsPost", "lzdaily", post="全媒体记者", optional=True)
G = [("a0", "落实省委省政府“四强”行动", "为落实省委省政府“四强”行动", False),
     ("a1", "全面加快兰州市新型智慧城市建设步伐", "双方通过发挥各自优势、深化合作,全面加快兰州市新型智慧城市建设步伐", False),
     ("a2", "不断提升兰州首位度", "不断提升兰州首位度", False)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("agr", "hasGoal", id); rel("lz-gov", "hasGoal", id); rel("ct-gs", "hasGoal", id)
rel("gs-cpc", "hasGoal", "a0", optional=True); rel("gs-gov", "hasGoal", "a0", optional=True)
goal("z1", "加快智慧城市建设和数字经济发展", "为我市加快智慧城市建设和数字经济发展注入了新活力", optional=True)
goal("z2", "落实“数字中国”战略", "落实“数字中国”战略的核心载体", optional=True)
goal("z3", "推动城市治理体系和治理能力现代化", "推动城市治理体系和治理能力现代化", optional=True)
for g in ("z1", "z2", "z3"):
    rel("zhangww", "proposes", g, optional=True); rel("lz-gov", "hasGoal", g, optional=True)
G = [("s1", "不断加大在兰州的信息化建设投入", "我们将不断加大在兰州的信息化建设投入", False),
     ("s2", "全力打造“省会级”智慧城市样板标杆", "全力打造“省会级”智慧城市样板标杆", False),
     ("s3", "让兰州核心战略定位更加彰显", "让兰州核心战略定位更加彰显", False)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("suny", "proposes", id); rel("ct-gs", "hasGoal", id)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
