"""Gold annotation of speech-sany-digital-2018 (梁稳根代表:抓住智能化数字化机遇实现制造强国转型), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-sany-digital-2018"
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
ent("liang", "Person", "梁稳根")
ent("jia", "Person", "贾兴鹏")
ent("sany", "Organization", "三一集团公司", ["三一集团"])
ent("acfic", "Organization", "全国工商联")
ent("npc", "Agency", "全国人大")
ent("people", "Organization", "人民网")
ent("npc13-1", "Event", "十三届全国人大一次会议")
ent("cpc18", "Event", "十八大", optional=True)
ent("mic2025", "Document", "中国制造2025")
ent("gh", "Place", "人民大会堂", optional=True)
ent("china", "Place", "中国", optional=True)
ent("ai", "Technology", "人工智能")
ent("digital", "Technology", "数字化", optional=True)
ent("smart", "Technology", "智能化", optional=True)
goal("g-transform", "完成智能化、数字化的转型", "这几年最主要的任务之一,就是带领三一集团完成智能化、数字化的转型")
goal("g-online", "核心任务必须全部在线上", "第一,它的核心任务必须全部在线上")
goal("g-software", "全部管理流程必须靠软件", "第二,全部管理流程必须靠软件")
goal("g-smart", "产品必须高度智能化", "第三,产品必须高度智能化,管理流程必须高度信息化")
goal("g-tech", "尽快建立起技术红利", "但还要尽快建立起技术红利")
goal("g-title", "实现制造强国转型", "抓住智能化数字化机遇实现制造强国转型", optional=True)
for g in ("g-transform", "g-online", "g-software", "g-smart", "g-tech"):
    rel("liang", "proposes", g)
rel("liang", "proposes", "g-title", optional=True)
rel("sany", "hasGoal", "g-transform")
for g in ("g-online", "g-software", "g-smart"):
    rel("sany", "hasGoal", g, optional=True)
for t in ("digital", "smart"):
    rel("g-transform", "involvesTechnology", t, optional=True)
    rel("sany", "promotes", t, optional=True)
rel("g-smart", "involvesTechnology", "smart", optional=True)
rel("liang", "holdsPost", "sany", post="董事长")
rel("liang", "holdsPost", "acfic", post="副主席")
rel("liang", "holdsPost", "npc", post="全国人大代表", optional=True)
rel("liang", "speaksAt", "npc13-1", optional=True)
rel("npc13-1", "locatedIn", "gh", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
