"""Gold annotation of briefing-nea-summer-peak-2022 (迎峰度夏 能源保供有力有效), by hand per shared/eval/ANNOTATE.md."""
ID = "briefing-nea-summer-peak-2022"
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

ent("xny", "Organization", "新能源网")
ent("jjckb", "Organization", "经济参考报", ["《经济参考报》"])
ent("scio", "Agency", "国新办")
ent("nea", "Agency", "国家能源局")
ent("nea-power", "Agency", "电力司", ["国家能源局电力司"])
rel("nea-power", "subOrganizationOf", "nea")
ent("he", "Person", "何洋")
rel("he", "holdsPost", "nea-power", post="司长")
ent("presser", "Event", "7月27日的国新办发布会", ["国新办发布会"])
rel("he", "speaksAt", "presser")
ent("china", "Place", "中国", ["我国"], optional=True)
Q = "国家能源局会继续全力以赴做好迎峰度夏电力保障工作,确保经济社会发展和人民生活生产的用能用电需求"
goal("g1", "做好迎峰度夏电力保障工作", Q)
goal("g2", "确保经济社会发展和人民生活生产的用能用电需求", Q)
for g in ("g1", "g2"):
    rel("nea", "hasGoal", g); rel("he", "proposes", g)
S = "能源行业已经提前制定和实施相关的保障预案,着力增强能源供应能力,确保下半年的能源供应稳定"
goal("g3", "增强能源供应能力", S)
goal("g4", "确保下半年的能源供应稳定", S)
stat("s1", "自去年迎峰度夏以来全国新增投产各类电源", "1.8亿千瓦", "自去年迎峰度夏以来,全国新增投产各类电源1.8亿千瓦")
stat("s2", "今年上半年新增投产电源", "7000万千瓦", "今年上半年新增投产电源7000万千瓦")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
