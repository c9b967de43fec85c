"""Gold annotation of workreport-shandong-2023 (2023年山东这样干), by hand per shared/eval/ANNOTATE.md."""
ID = "workreport-shandong-2023"
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

ent("sd-gov", "Agency", "山东省人民政府", ["省政府"])
ent("npc-sd", "Event", "山东省第十四届人民代表大会第一次会议")
ent("zhou", "Person", "周乃翔")
ent("report", "Document", "政府工作报告")
ent("cpc20", "Event", "党的二十大", ["二十大"], optional=True)
ent("shandong", "Place", "山东", ["山东省"])
ent("qdwb", "Organization", "青岛晚报", optional=True)
rel("zhou", "holdsPost", "sd-gov", post="省长")
rel("zhou", "speaksAt", "npc-sd")
rel("report", "publishedBy", "sd-gov")
rel("npc-sd", "locatedIn", "shandong", optional=True)
G = [("t1", "地区生产总值增长5%以上"), ("t2", "一般公共预算收入增长5%以上"),
     ("t3", "居民人均可支配收入增长5%以上"), ("t4", "城镇新增就业110万人以上"),
     ("t5", "城镇调查失业率5.5%以内"), ("t6", "居民消费价格涨幅3%左右"),
     ("t7", "粮食产能稳定在1100亿斤以上"), ("t8", "外贸外资促稳提质"),
     ("t9", "全面完成国家下达的节能减排降碳约束性指标")]
for id, l in G:
    goal(id, l, lines[[i for i, x in enumerate(lines) if l in x][0]])
W = [("w1", "推进经济量质齐升"), ("w2", "落实科教强鲁人才兴鲁战略"), ("w3", "推进先进制造业强省行动"),
     ("w4", "提高陆海区域统筹发展水平"), ("w5", "推动乡村振兴齐鲁样板提档升级"), ("w6", "打造深化改革开放新高地"),
     ("w7", "激发各类市场主体活力"), ("w8", "推进降碳减污扩绿增长"), ("w9", "办好重点民生实事"),
     ("w10", "守好安全发展“一排底线”")]
for id, l in W:
    goal(id, l, lines[[i for i, x in enumerate(lines) if l in x][0]])
for id, _ in G + W:
    rel("report", "hasGoal", id)
    rel("sd-gov", "hasGoal", id, optional=True)
    rel("zhou", "proposes", id, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
