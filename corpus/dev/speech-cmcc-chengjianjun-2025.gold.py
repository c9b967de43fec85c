"""Gold annotation of speech-cmcc-chengjianjun-2025 (中国移动副总经理程建军:数智创新赋能发展 智融百业共谱未来), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-cmcc-chengjianjun-2025"
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

ent("cmcc", "Organization", "中国移动")
ent("cheng", "Person", "程建军")
ent("conf", "Event", "2025(第二十四届)中国互联网大会", ["中国互联网大会"])
ent("beijing", "Place", "北京")
ent("talk", "Document", "数智创新赋能发展智融百业共谱未来", optional=True)
rel("cheng", "holdsPost", "cmcc", post="副总经理")
rel("cheng", "speaksAt", "conf")
rel("conf", "locatedIn", "beijing")
ent("ai", "Technology", "人工智能", ["AI"])
ent("compute", "Technology", "算力")
ent("5ga", "Technology", "5G-A")
ent("6g", "Technology", "6G")
ent("cpn", "Technology", "算力网络")
ent("quantum", "Technology", "量子科技")
ent("gpu", "Technology", "GPU", optional=True)
ent("chip", "Technology", "芯片", optional=True)
ent("internet", "Technology", "互联网", optional=True)
ent("lowalt", "Technology", "低空经济", optional=True)
for t, o in [("ai", False), ("5ga", False), ("6g", False), ("cpn", False), ("quantum", False), ("compute", True), ("lowalt", True)]:
    rel("cmcc", "promotes", t, optional=o)
G = [("g1", "锚定世界一流信息服务科技创新公司发展定位", "中国移动始终锚定世界一流信息服务科技创新公司发展定位", False),
     ("g2", "大力推进科技创新和产业创新深度融合", "大力推进科技创新和产业创新深度融合", False),
     ("g3", "发挥好科技创新、产业控制、安全支撑“三个作用”", "力争发挥好科技创新、产业控制、安全支撑“三个作用”", False),
     ("g4", "推进高水平科技自立自强", "全力推进高水平科技自立自强", False),
     ("g5", "建设现代化产业体系", "建设现代化产业体系", False),
     ("g6", "发展新质生产力", "发展新质生产力", False),
     ("g7", "在赋能产业发展中展现国资央企新作为", "在赋能产业发展中展现国资央企新作为", False)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("cmcc", "hasGoal", id, optional=opt); rel("cheng", "proposes", id, optional=opt)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
