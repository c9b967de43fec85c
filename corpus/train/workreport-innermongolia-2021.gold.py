"""Gold annotation of workreport-innermongolia-2021 (政府工作报告——2021年1月26日在内蒙古自治区第十三届人民代表大会第四次会议上), by hand per shared/eval/ANNOTATE.md."""
ID = "workreport-innermongolia-2021"
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

ent("report", "Document", "政府工作报告")
ent("npc-nm", "Event", "内蒙古自治区第十三届人民代表大会第四次会议")
ent("bu", "Person", "布小林")
ent("xi", "Person", "习近平", optional=True)
ent("nm-gov", "Agency", "自治区人民政府")
ent("cpc-cc", "Agency", "党中央")
ent("nm-cpc", "Agency", "自治区党委")
ent("nm-cppcc", "Agency", "自治区政协", optional=True)
ent("redcross", "Organization", "红十字会")
rel("bu", "holdsPost", "nm-gov", post="自治区主席")
rel("bu", "speaksAt", "npc-nm")
rel("report", "publishedBy", "nm-gov")
ent("nm", "Place", "内蒙古", ["内蒙古自治区"])
ent("hubei", "Place", "湖北")
ent("pek", "Place", "首都机场", optional=True)
rel("npc-nm", "locatedIn", "nm", optional=True)
ent("covid", "Event", "新冠肺炎疫情", optional=True)
ent("cpc19", "Event", "党的十九大", optional=True)
ent("plan135", "Document", "“十三五”规划", optional=True)
goal("g1", "建立常态化疫情防控机制", "坚持“外防输入、内防反弹”,建立常态化疫情防控机制。", optional=True)
goal("g2", "坚持“外防输入、内防反弹”", "坚持“外防输入、内防反弹”,建立常态化疫情防控机制。", optional=True)
for g in ("g1", "g2"):
    rel("report", "hasGoal", g, optional=True); rel("bu", "proposes", g, optional=True)
stat("s1", "本土确诊病例首次清零用时", "55天", "55天实现本土确诊病例首次清零")
stat("s2", "驰援湖北的医护人员", "849名", "自治区849名医护人员驰援湖北")
stat("s3", "向湖北捐赠生活物资", "1000多吨", "向湖北捐赠肉、乳、大米、马铃薯等生活物资1000多吨")
stat("s4", "企业通过红十字会向湖北捐赠款物", "1.21亿元", "全区企业通过红十字会向湖北捐赠款物1.21亿元")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
