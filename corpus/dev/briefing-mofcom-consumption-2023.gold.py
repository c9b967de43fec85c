"""Gold annotation of briefing-mofcom-consumption-2023 (商务部:恢复和扩大消费 未来将从三个方面重点发力), by hand per shared/eval/ANNOTATE.md."""
import collections, json, pathlib
here = pathlib.Path(__file__).resolve().parent
ID = "briefing-mofcom-consumption-2023"
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
    if "evidence" in kw: ev(kw["evidence"])
    if type == "Goal": assert label in text and 4 <= len(label) <= 30, label
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    if "post" in kw: assert kw["post"] in text, kw["post"]
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence, optional=False):
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

ent("scio", "Agency", "国务院新闻办公室", ["国新办"])
ent("mofcom", "Agency", "商务部")
ent("wwt", "Person", "王文涛")
ent("wsw", "Person", "王受文")
ent("ccj", "Person", "陈春江")
ent("presser", "Event", "“权威部门话开局”系列主题新闻发布会", ["权威部门话开局”系列主题新闻发布会"])
rel("wwt", "holdsPost", "mofcom", post="部长")
rel("wsw", "holdsPost", "mofcom", post="国际贸易谈判代表兼副部长")
rel("ccj", "holdsPost", "mofcom", post="部长助理")
for p in ("wwt", "wsw", "ccj"):
    rel(p, "speaksAt", "presser")
ent("ciie", "Event", "进博会")
for id, l in [("e1", "迎春消费季"), ("e2", "绿色消费季"), ("e3", "暑期消费季"), ("e4", "金秋购物节"), ("e5", "国际消费季")]:
    ent(id, "Event", l, optional=True)
ent("nev", "Technology", "新能源汽车", optional=True)
ent("charger", "Technology", "充电桩", optional=True)
R1 = "“恢复”是立足当前,恢复此前受疫情影响的部分消费,特别是线下接触性消费,着力提升消费信心,恢复市场活力"
R2 = "“扩大”是着眼长远,在恢复的基础上改善消费条件,创新消费场景,着力促进消费升级和潜力释放"
G = [("g1", "恢复此前受疫情影响的部分消费", R1, False),
     ("g2", "提升消费信心", R1, False),
     ("g3", "恢复市场活力", R1, False),
     ("g4", "改善消费条件", R2, False),
     ("g5", "创新消费场景", R2, False),
     ("g6", "促进消费升级和潜力释放", R2, False),
     ("g7", "稳定重点消费", "在稳定重点消费、创新发展新型消费的基础上", True),
     ("g8", "创新发展新型消费", "在稳定重点消费、创新发展新型消费的基础上", False),
     ("g9", "开展“消费提振年”系列活动", "第一,开展“消费提振年”系列活动,增强消费信心和活力。", False),
     ("g10", "增强消费信心和活力", "第一,开展“消费提振年”系列活动,增强消费信心和活力。", True),
     ("g11", "展开“6+12+52+N”系列促消费活动", "今年,商务部将联合有关部门,以“全年乐享  全民盛惠”为主题展开“6+12+52+N”系列促消费活动", False),
     ("g12", "稳定和提升重点消费", "第二,稳定和提升重点消费,巩固消费基础。", False),
     ("g13", "巩固消费基础", "第二,稳定和提升重点消费,巩固消费基础。", False),
     ("g14", "完善充电桩等配套设施", "对于新能源汽车销售,今年将积极完善充电桩等配套设施", False),
     ("g15", "开展新能源汽车下乡活动", "开展新能源汽车下乡活动", False),
     ("g16", "支持新能源汽车消费", "支持新能源汽车消费", False),
     ("g17", "举办各具特色的消费活动", "“N”是支持各地结合自己的特色和消费场景,举办各具特色的消费活动", True)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("mofcom", "hasGoal", id, optional=opt)
    rel("wwt", "proposes", id, optional=opt)
for g in ("g14", "g15", "g16"):
    rel(g, "involvesTechnology", "nev", optional=True)
rel("g14", "involvesTechnology", "charger", optional=True)
rel("mofcom", "promotes", "nev", optional=True)
rel("mofcom", "promotes", "charger", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
