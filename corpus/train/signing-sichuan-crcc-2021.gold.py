"""Gold annotation of signing-sichuan-crcc-2021 (省政府与中国铁建签署深化战略合作协议 黄强汪建平共同见证协议签署), by hand per shared/eval/ANNOTATE.md."""
ID = "signing-sichuan-crcc-2021"
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

ent("sc-gov", "Agency", "四川省人民政府", ["省政府"])
ent("sc-cpc", "Agency", "四川省委", ["省委"])
ent("crcc", "Organization", "中国铁建股份有限公司", ["中国铁建"])
ent("scdaily", "Organization", "四川日报")
ent("sichuan", "Place", "四川")
ent("chengdu", "Place", "成都")
ent("ceremony", "Event", "签约仪式", optional=True)
rel("ceremony", "locatedIn", "chengdu", optional=True)
ent("agr", "Document", "深化战略合作协议")
rel("agr", "publishedBy", "sc-gov", optional=True); rel("agr", "publishedBy", "crcc", optional=True)
ent("huangq", "Person", "黄强"); rel("huangq", "holdsPost", "sc-cpc", post="副书记"); rel("huangq", "holdsPost", "sc-gov", post="省长")
ent("wangjp", "Person", "汪建平"); rel("wangjp", "holdsPost", "crcc", post="董事长")
ent("liyz", "Person", "李云泽"); rel("liyz", "holdsPost", "sc-cpc", post="常委"); rel("liyz", "holdsPost", "sc-gov", post="副省长")
ent("lin", "Person", "李宁"); rel("lin", "holdsPost", "crcc", post="副总裁")
ent("huy", "Person", "胡云"); rel("huy", "holdsPost", "sc-gov", post="秘书长")
ent("lim", "Person", "李淼"); rel("lim", "holdsPost", "scdaily", post="记者", optional=True)
G = [("g1", "深化全面战略合作", "中国铁建股份有限公司将与四川进一步深化全面战略合作", False),
     ("g2", "把四川作为重点投资发展区域", "把四川作为重点投资发展区域", False),
     ("g3", "开展全方位、多层次、多形式合作", "在基础设施、城市综合开发、乡村振兴、生态环境整治、装备制造、新兴产业等领域开展全方位、多层次、多形式合作", False),
     ("g4", "推动共同发展", "推动共同发展", False),
     ("g5", "构建更高水平的央地战略合作关系", "构建更高水平的央地战略合作关系", False)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("agr", "hasGoal", id); rel("crcc", "hasGoal", id); rel("sc-gov", "hasGoal", id, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
