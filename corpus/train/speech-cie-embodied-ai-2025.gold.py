"""Gold annotation of speech-cie-embodied-ai-2025 (推动具身智能和人形机器人创新发展座谈会), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-cie-embodied-ai-2025"
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
    if "evidence" in kw: ev(kw["evidence"])
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def goal(id, label, evidence, optional=False):
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)
ent("xu", "Person", "徐晓兰")
ent("du", "Person", "杜广达")
ent("miit", "Agency", "工业和信息化部", ["工信部"])
ent("miit-st", "Agency", "科技司", ["工信部科技司"])
ent("cpc", "Agency", "党中央", optional=True)
ent("sc", "Agency", "国务院", optional=True)
ent("lianghui", "Event", "两会", optional=True)
ent("eai", "Technology", "具身智能")
ent("robot", "Technology", "智能机器人")
ent("humanoid", "Technology", "人形机器人")
ent("ai", "Technology", "人工智能")
ent("eai-lm", "Technology", "具身大模型")
for id, l in [("ind-robot", "工业机器人"), ("med-robot", "医疗机器人"), ("svc-robot", "服务机器人"), ("agri-robot", "农业机器人")]:
    ent(id, "Technology", l)
ent("toolchain", "Technology", "工具链", optional=True)
G = [("g-impl", "深入贯彻落实党中央、国务院决策部署", "下一步,工信部将深入贯彻落实党中央、国务院决策部署", False),
     ("g-2h", "落实“两会精神”", "落实“两会精神”", False),
     ("g-tech", "继续推动具身大模型、工具链等技术攻关突破", "一是继续推动具身大模型、工具链等技术攻关突破。", False),
     ("g-scene", "持续挖掘人形机器人高价值应用场景", "二是持续挖掘人形机器人高价值应用场景,促进供需对接。", False),
     ("g-eco", "做强做优产业生态", "三是做强做优产业生态,加快推出一批关键急需标准,建设开源社区,打造整机、数据集等开源项目,提升安全可靠性测试能力和伦理治理水平,加强行业自律。", False),
     ("g-approach", "一端抓供给,一端抓应用,整体壮生态", "按照“一端抓供给,一端抓应用,整体壮生态”思路", True)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt); rel("du", "proposes", id, optional=opt); rel("miit", "hasGoal", id, optional=opt)
rel("g-tech", "involvesTechnology", "eai-lm")
rel("g-tech", "involvesTechnology", "toolchain", optional=True)
rel("g-scene", "involvesTechnology", "humanoid")
for t in ("humanoid", "eai", "eai-lm"):
    rel("miit", "promotes", t)
rel("miit-st", "subOrganizationOf", "miit")
rel("du", "holdsPost", "miit-st", post="副司长")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
