"""Gold annotation of workreport-tianjin-binhai-2016 (2016年政府工作报告 ——2016年1月15日在天津市滨海新区第二届人民代表大会第三次会议上), by hand per shared/eval/ANNOTATE.md."""
ID = "workreport-tianjin-binhai-2016"
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

ent("report", "Document", "2016年政府工作报告", ["政府工作报告"])
ent("npc-bh", "Event", "天津市滨海新区第二届人民代表大会第三次会议")
ent("zhang", "Person", "张 勇")
ent("bh-gov", "Agency", "滨海新区人民政府")
ent("tj-cpc", "Agency", "中共天津市委", ["市委"])
ent("tj-gov", "Agency", "天津市人民政府", ["市政府"])
ent("bh-cpc", "Agency", "中共天津市滨海新区委员会", ["区委"])
ent("bh-cppcc", "Agency", "区政协", optional=True)
ent("bhsb", "Organization", "滨海时报")
rel("zhang", "holdsPost", "bh-gov", post="区长")
rel("zhang", "speaksAt", "npc-bh")
rel("report", "publishedBy", "bh-gov")
rel("bh-gov", "subOrganizationOf", "tj-gov", optional=True)
ent("binhai", "Place", "滨海新区")
ent("tianjin", "Place", "天津", ["天津市"])
ent("ftz", "Place", "中国(天津)自由贸易试验区")
ent("jjj", "Place", "京津冀", optional=True)
ent("nidz", "Place", "国家自主创新示范区", optional=True)
ent("xi", "Person", "习近平", optional=True)
ent("plan125", "Document", "“十二五”规划", optional=True)
rel("npc-bh", "locatedIn", "binhai", optional=True)
goal("g1", "坚持不懈推进转型升级", "(一)坚持不懈推进转型升级,经济发展质量显著提高", optional=True)
rel("report", "hasGoal", "g1", optional=True)
E_ = "地区生产总值年均增长17.9%,是2010年的1.9倍;一般公共预算收入年均增长22%,是2010年的2.7倍。五年完成固定资产投资2.5万亿元,是“十一五”时期的2.6倍。"
stat("s1", "地区生产总值年均增长", "17.9%", E_)
stat("s2", "地区生产总值为2010年的倍数", "1.9倍", E_)
stat("s3", "一般公共预算收入年均增长", "22%", E_)
stat("s4", "一般公共预算收入为2010年的倍数", "2.7倍", E_)
stat("s5", "五年完成固定资产投资", "2.5万亿元", E_)
stat("s6", "固定资产投资为“十一五”时期的倍数", "2.6倍", E_)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
