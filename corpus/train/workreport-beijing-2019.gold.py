"""Gold annotation of workreport-beijing-2019 (劳动午报 2019-01-15, untitled excerpt on the opening of the 北京市第十五届人民代表大会第二次会议), by hand per shared/eval/ANNOTATE.md."""
ID = "workreport-beijing-2019"
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

ent("npc-bj", "Event", "北京市第十五届人民代表大会第二次会议")
ent("bicc", "Place", "北京会议中心")
ent("beijing", "Place", "北京", ["北京市"])
rel("npc-bj", "locatedIn", "bicc")
rel("npc-bj", "locatedIn", "beijing", optional=True)
ent("zhou", "Person", "周美玉")
ent("liwei", "Person", "李伟")
ent("chen", "Person", "陈吉宁")
ent("cai", "Person", "蔡奇")
ent("xi", "Person", "习近平", optional=True)
ent("politburo", "Agency", "中共中央政治局", optional=True)
ent("bj-cpc", "Agency", "中共北京市委", ["市委"])
rel("cai", "holdsPost", "bj-cpc", post="市委书记")
rel("cai", "holdsPost", "politburo", post="委员", optional=True)
rel("chen", "speaksAt", "npc-bj")
rel("liwei", "speaksAt", "npc-bj", optional=True)
ent("report", "Document", "政府工作报告")
ent("masterplan", "Document", "北京城市总体规划", ["城市总体规划"])
ent("cpc19", "Event", "党的十九大", optional=True)
ent("prc70", "Event", "新中国成立70周年庆祝活动", optional=True)
P = lines[4]
G = [("g1", "深刻认识和把握我国发展重要战略机遇的新内涵", "要深刻认识和把握我国发展重要战略机遇的新内涵", False),
     ("g2", "抓住机遇、用好机遇、创造机遇", "坚定不移地抓住机遇、用好机遇、创造机遇", False),
     ("g3", "推动形成首都高质量发展的新优势", "推动形成首都高质量发展的新优势", False),
     ("g4", "承担起服务保障重大活动的政治责任", "要切实承担起服务保障重大活动的政治责任", False),
     ("g5", "把新中国成立70周年庆祝活动作为全市工作的重中之重", "把新中国成立70周年庆祝活动作为全市工作的重中之重", False),
     ("g6", "推动城乡面貌新变化、人民生活新改善", "推动城乡面貌新变化、人民生活新改善", False),
     ("g7", "展现新时代首都新气象", "展现新时代首都新气象", False),
     ("g8", "加强政府自身建设", "三、加强政府自身建设", True),
     ("g9", "做好首都各项工作", "做好首都各项工作意义重大", True),
     ("g10", "采取有效措施加以解决", "需要高度重视,采取有效措施加以解决", True)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("chen", "proposes", id, optional=opt)
    rel("report", "hasGoal", id, optional=opt)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
