"""Gold annotation of speech-huawei-compute-2023 (孟晚舟在华为全联接大会2023上的主题演讲(报道)), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-huawei-compute-2023"
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

ent("huawei", "Organization", "华为")
ent("meng", "Person", "孟晚舟")
ent("jingjing", "Person", "静静", optional=True)
ent("hc", "Event", "华为全联接大会2023")
ent("china", "Place", "中国", optional=True)
rel("meng", "holdsPost", "huawei", post="副董事长、轮值董事长、CFO")
rel("meng", "speaksAt", "hc")
ent("ai", "Technology", "人工智能", ["AI"])
ent("compute", "Technology", "算力")
ent("llm", "Technology", "大模型")
ent("smart", "Technology", "智能技术", optional=True)
for t, o in [("ai", False), ("compute", False), ("llm", False)]:
    rel("huawei", "promotes", t, optional=o)
G = [("g0", "加速行业的智能化转型", "孟晚舟提到华为的全面智能化战略,要加速行业的智能化转型", False, []),
     ("g0b", "全面智能化战略", "为此,华为提出了全面智能化战略,其目标就是“加速千行万业的智能化转型”", True, []),
     ("g1", "打造中国坚实的算力底座", "华为希望打造中国坚实的算力底座", False, ["compute"]),
     ("g2", "为世界构建第二选择", "为世界构建第二选择", False, []),
     ("g3", "让所有对象可联接", "首先,让所有对象可联接", False, []),
     ("g4", "让所有应用可模型", "其次,让所有应用可模型", False, []),
     ("g5", "让智能应用快速惠及每个人、每个家庭、每个组织", "通过大模型范式,让智能应用快速惠及每个人、每个家庭、每个组织", False, ["llm"]),
     ("g6", "让所有决策可计算", "第三,让所有决策可计算", False, []),
     ("g7", "加速智能的无所不及", "以算力的无所不在,加速智能的无所不及", False, ["compute"]),
     ("g8", "让数据的潜力在计算中不断地释放与叠加", "让数据的潜力在计算中不断地释放与叠加", False, []),
     ("g9", "使能百模千态", "华为将持续打造坚实的算力底座,使能百模千态", False, []),
     ("g10", "赋能千行万业", "赋能千行万业", False, [])]
for id, l, e, opt, techs in G:
    goal(id, l, e, optional=opt)
    rel("huawei", "hasGoal", id, optional=opt); rel("meng", "proposes", id, optional=opt)
    for t in techs:
        rel(id, "involvesTechnology", t, optional=opt)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
