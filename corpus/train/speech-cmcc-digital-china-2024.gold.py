"""Gold annotation of speech-cmcc-digital-china-2024 (中国移动董事长杨杰:共筑数智之基 共创美好未来), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-cmcc-digital-china-2024"
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
ent("gmw", "Organization", "光明网")
ent("cctv", "Organization", "央视")
ent("yang", "Person", "杨杰")
ent("summit", "Event", "第七届数字中国建设峰会", ["数字中国建设峰会"])
ent("fuzhou", "Place", "福州")
ent("data20", "Document", "数据二十条", ["“数据二十条”"])
ent("talk", "Document", "共筑数智之基共创美好未来", optional=True)
rel("yang", "holdsPost", "cmcc", post="董事长")
rel("yang", "speaksAt", "summit")
rel("summit", "locatedIn", "fuzhou")
ent("ai", "Technology", "人工智能")
ent("compute", "Technology", "算力")
ent("privacy", "Technology", "隐私计算")
ent("blockchain", "Technology", "区块链")
ent("bigdata", "Technology", "大数据", optional=True)
ent("wutong", "Technology", "梧桐大数据平台", optional=True)
ent("dssn", "Technology", "数联网", ["DSSN"], optional=True)
ent("it", "Technology", "新型信息技术", optional=True)
for t, o in [("privacy", False), ("blockchain", False), ("ai", True), ("compute", True), ("bigdata", True), ("wutong", True), ("dssn", True)]:
    rel("cmcc", "promotes", t, optional=o)
stat("s-data", "积淀数据资源", "2000PB", "积淀数据资源超2000PB")
G = [("g1", "深化数据的高质量供给", "数据要素价值的充分释放,需要深化数据的高质量供给", False),
     ("g2", "促进数据安全可信地流通交易和高水平开发利用", "促进数据安全可信地流通交易和高水平开发利用", False),
     ("g3", "实现数据从资源向资产和资本的转化", "实现数据从资源向资产和资本的转化", False),
     ("g4", "推动数据要素市场化配置", "推动数据要素市场化配置", False),
     ("g5", "激发数据要素的乘数效应", "以信息流带动技术流、资金流、人才流、物资流,激发数据要素的乘数效应", False),
     ("g6", "促进全要素生产率提升", "促进全要素生产率提升", False),
     ("g7", "赋能新质生产力的发展", "赋能新质生产力的发展", False)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("yang", "proposes", id); rel("cmcc", "hasGoal", id, optional=True)
C = [("c1", "认真落实“数据二十条”要求", "中国移动认真落实“数据二十条”要求", True),
     ("c2", "全力打造梧桐大数据平台", "全力打造梧桐大数据平台", True),
     ("c3", "大力推动数据跨界融合应用", "大力推动数据跨界融合应用", True),
     ("c4", "确保让数据“供得出、流得动、用得好、保安全”", "确保让数据“供得出、流得动、用得好、保安全”", False)]
for id, l, e, opt in C:
    goal(id, l, e, optional=opt)
    rel("cmcc", "hasGoal", id, optional=opt); rel("yang", "proposes", id, optional=True)
rel("c2", "involvesTechnology", "bigdata", optional=True)
rel("c2", "involvesTechnology", "wutong", optional=True)
rel("data20", "hasGoal", "c4", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
