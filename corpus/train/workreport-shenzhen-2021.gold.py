"""Gold annotation of workreport-shenzhen-2021 (南方网 2021-05, untitled commentary on the 深圳市2021年政府工作报告), by hand per shared/eval/ANNOTATE.md."""
ID = "workreport-shenzhen-2021"
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

ent("npc-sz", "Event", "深圳市七届人大一次会议")
ent("cpc-sz7", "Event", "深圳市第七次党代会")
ent("qin", "Person", "覃伟中")
rel("qin", "speaksAt", "npc-sz")
ent("report", "Document", "政府工作报告", ["2021年政府工作报告"])
ent("shenzhen", "Place", "深圳")
for id, n in [("korea", "韩国"), ("seoul", "首尔"), ("london", "伦敦"), ("paris", "巴黎")]:
    ent(id, "Place", n)
rel("npc-sz", "locatedIn", "shenzhen", optional=True)
rel("cpc-sz7", "locatedIn", "shenzhen", optional=True)
A = [("a1", "牢牢把握黄金发展期", False), ("a2", "坚持改革开放再出发", False), ("a3", "开启新的征程", True),
     ("a4", "立足新发展阶段", True), ("a5", "完整准确全面贯彻新发展理念", False), ("a6", "坚定不移走高质量发展之路", False),
     ("a7", "将深圳建设成为现代化国际化创新型城市", False), ("a8", "基本实现社会主义现代化", False)]
for id, l, opt in A:
    goal(id, l, l, optional=opt)
    rel("report", "hasGoal", id, optional=True)
    rel("qin", "proposes", id, optional=True)
B = [("b1", "经济实力、发展质量跻身全球城市前列", "按照报告提出的具体冲刺目标,经济实力、发展质量跻身全球城市前列"),
     ("b2", "经济总量超过4万亿元", "经济总量超过4万亿元"),
     ("b3", "战略性新兴产业增加值超过1.5万亿元", "战略性新兴产业增加值超过1.5万亿元"),
     ("b4", "高标准建设宜居城市、枢纽城市、韧性城市、智慧城市", "报告提出,未来五年,深圳要高标准建设宜居城市、枢纽城市、韧性城市、智慧城市。")]
for id, l, e in B:
    goal(id, l, e)
    rel("report", "hasGoal", id)
    rel("qin", "proposes", id, optional=True)
goal("c1", "争取进入世界城市前十位", "五年内应该可以逼近伦敦、巴黎,争取进入世界城市前十位", optional=True)
goal("c2", "提升城市功能品质", "“提升城市功能品质”素来是政府工作报告的重点之一", optional=True)
goal("c3", "建设和美宜居幸福家园", "2020年则提出“建设和美宜居幸福家园”,突出宜居优先", optional=True)
rel("report", "hasGoal", "c2", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
