"""Gold annotation of speech-chinatelecom-ai-broadband-2025 (中国电信董事长柯瑞文在2025WBBA云网宽带发展大会上海峰会上的主旨演讲(报道)), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-chinatelecom-ai-broadband-2025"
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

ent("ct", "Organization", "中国电信")
ent("wbba", "Organization", "WBBA")
ent("ke", "Person", "柯瑞文")
ent("summit", "Event", "2025WBBA云网宽带发展大会上海峰会")
ent("sh", "Place", "上海", optional=True)
ent("talk", "Document", "发挥WBBA作用,推动人工智能与宽带融合发展", optional=True)
rel("ke", "holdsPost", "ct", post="董事长")
rel("ke", "speaksAt", "summit")
rel("summit", "locatedIn", "sh", optional=True)
T = [("ai", "人工智能", ["AI"], False), ("bb", "宽带", [], False), ("agent", "智能体", [], False),
     ("embodied", "具身智能", [], False), ("cloudnet", "云网融合", [], False), ("compute", "算力", [], True),
     ("ainet", "AI原生网络", [], True), ("quantum", "量子", [], True)]
for id, l, al, o in T:
    ent(id, "Technology", l, al, optional=o)
for t, o in [("ai", False), ("bb", False), ("cloudnet", False), ("quantum", True), ("ainet", True), ("compute", True)]:
    rel("ct", "promotes", t, optional=o)
G = [("t1", "发挥WBBA作用", "作题为《发挥WBBA作用,推动人工智能与宽带融合发展》的主旨演讲", True, []),
     ("t2", "推动人工智能与宽带融合发展", "推动人工智能与宽带融合发展", False, ["ai", "bb"]),
     ("x0", "推进传统网络向AI原生网络演进", "同时也将对网络架构、运营模式和客户体验进行新一轮重塑,推进传统网络向AI原生网络演进", True, ["ainet", "ai"]),
     ("g1", "推动人工智能朝着有益、安全、公平方向健康有序发展", "因此,亟需推动人工智能朝着有益、安全、公平方向健康有序发展", False, ["ai"]),
     ("g0", "建设科技型企业目标", "六年以前提出建设科技型企业目标", True, []),
     ("g2", "坚持“网是基础、云为核心,人工智能是方向”", "中国电信坚持“网是基础、云为核心,人工智能是方向”", False, ["ai"]),
     ("g3", "突出应用导向", "同时突出应用导向", False, []),
     ("g4", "守住安全底线", "守住安全底线", False, []),
     ("g5", "全面赋能经济社会数智化转型发展", "全面赋能经济社会数智化转型发展", False, []),
     ("g6", "坚持云网融合", "一是坚持云网融合,建设数字信息基础设施。", False, ["cloudnet"]),
     ("g7", "建设数字信息基础设施", "建设数字信息基础设施", False, []),
     ("g8", "网络、计算和存储一体化纳管和动态调度", "还需要网络、计算和存储一体化纳管和动态调度,实现质和量的双重跨跃", True, []),
     ("g9", "转化为千行百业触手可及的“数字水电”", "致力于将曾经“高不可攀”的新型数字信息基础设施,转化为千行百业触手可及的“数字水电”", False, [])]
for id, l, e, opt, techs in G:
    goal(id, l, e, optional=opt)
    rel("ct", "hasGoal", id, optional=opt); rel("ke", "proposes", id, optional=opt)
    for t in techs:
        rel(id, "involvesTechnology", t, optional=opt)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
