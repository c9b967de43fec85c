"""Gold annotation of signing-mohurd-qinghai-2015 (住房和城乡建设部与青海省政府签署合作协议), by hand per shared/eval/ANNOTATE.md."""
ID = "signing-mohurd-qinghai-2015"
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

ent("mohurd", "Agency", "住房和城乡建设部")
ent("qh-gov", "Agency", "青海省政府")
ent("qh-cpc", "Agency", "青海省委", ["省委"])
ent("qh-npcsc", "Agency", "青海省人大常委会", ["省人大常委会"])
ent("qinghai", "Place", "青海", ["青海省"])
ent("hoh-xil", "Place", "可可西里")
ent("agr", "Document", "共同推进青海省住房城乡建设事业健康发展合作协议", ["部省合作协议", "合作协议"])
rel("agr", "publishedBy", "mohurd"); rel("agr", "publishedBy", "qh-gov")
ent("ucwc", "Event", "中央城市工作会议")
ent("ceremony", "Event", "签署仪式", optional=True)
ent("chenzg", "Person", "陈政高"); rel("chenzg", "holdsPost", "mohurd", post="部长")
ent("luohn", "Person", "骆惠宁"); rel("luohn", "holdsPost", "qh-cpc", post="书记"); rel("luohn", "holdsPost", "qh-npcsc", post="主任")
ent("haop", "Person", "郝鹏"); rel("haop", "holdsPost", "qh-cpc", post="副书记"); rel("haop", "holdsPost", "qh-gov", post="省长")
ent("lukh", "Person", "陆克华"); rel("lukh", "holdsPost", "mohurd", post="副部长")
ent("zhangjm", "Person", "张建民"); rel("zhangjm", "holdsPost", "qh-cpc", post="常委"); rel("zhangjm", "holdsPost", "qh-gov", post="副省长")
ent("green-bldg", "Technology", "绿色建筑", optional=True)
G = [("g0", "深化部省战略合作", "为进一步深化部省战略合作", False),
     ("g1", "转变城乡发展模式", "着力转变城乡发展模式", False),
     ("g2", "推进我省住房城乡建设事业健康发展", "共同推进我省住房城乡建设事业健康发展", False),
     ("g3", "促进我省城镇化水平和质量迈上新台阶", "促进我省城镇化水平和质量迈上新台阶", False),
     ("g4", "城市综合承载能力明显提升", "城市综合承载能力明显提升", False),
     ("g5", "人居环境明显改善", "人居环境明显改善", False),
     ("g6", "建立新型城镇化管理体制和运行机制", "建立新型城镇化管理体制和运行机制", False),
     ("g7", "认真落实合作协议各项内容", "将认真落实合作协议各项内容,确保合作取得丰硕成果", False),
     ("g8", "确保合作取得丰硕成果", "将认真落实合作协议各项内容,确保合作取得丰硕成果", False),
     ("g9", "落实刚刚召开的中央城市工作会议精神", "更是落实刚刚召开的中央城市工作会议精神的重要举措", True)]
AREA = "住房和城乡建设部将与我省在城镇保障房建设、城镇基础设施建设、农村危房改造和改善农牧区人居环境、城乡规划创新和改革、建筑节能和绿色建筑发展、建筑业发展、可可西里申遗、建设行业人才队伍建设、对口援青等方面深化战略合作"
for i, l in enumerate(["城镇保障房建设", "城镇基础设施建设", "农村危房改造", "改善农牧区人居环境", "城乡规划创新和改革",
                       "建筑节能和绿色建筑发展", "建筑业发展", "可可西里申遗", "建设行业人才队伍建设", "对口援青"]):
    G.append((f"area{i}", l, AREA, True))
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("agr", "hasGoal", id, optional=opt)
    rel("mohurd", "hasGoal", id, optional=opt); rel("qh-gov", "hasGoal", id, optional=opt)
rel("area5", "involvesTechnology", "green-bldg", optional=True)
rel("mohurd", "promotes", "green-bldg", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
