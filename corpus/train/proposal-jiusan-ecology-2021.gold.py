"""Gold annotation of proposal-jiusan-ecology-2021 (两会提案 | 九三学社中央建言献策,高度关注生态文明建设), by hand per shared/eval/ANNOTATE.md."""
ID = "proposal-jiusan-ecology-2021"
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

ent("jiusan", "Organization", "九三学社中央", ["九三学社"])
ent("xi", "Person", "习近平", optional=True)
ent("unga75", "Event", "第七十五届联合国大会", ["第七十五届联合国大会一般性辩论"])
ent("lh", "Event", "2021年全国两会", optional=True)
ent("d-peak", "Document", "关于加快制定实施<中国碳达峰行动计划>的提案", ["《关于加快制定实施<中国碳达峰行动计划>的提案》"])
ent("d-plan", "Document", "中国2030年前碳达峰行动计划", ["《中国2030年前碳达峰行动计划》", "中国碳达峰行动计划"])
ent("d-river", "Document", "关于开展河流健康管理 强化黄河流域生态保护的提案", ["《关于开展河流健康管理 强化黄河流域生态保护的提案》"])
ent("yangtze", "Place", "长江流域")
ent("yellow", "Place", "黄河流域")
ent("china", "Place", "中国", ["我国"], optional=True)
rel("d-peak", "publishedBy", "jiusan"); rel("d-river", "publishedBy", "jiusan")
goal("g-pollution", "深入打好污染防治攻坚战", "在提交的大会发言稿中就深入打好污染防治攻坚战、加强生态环境保护工作建言")
goal("g-eco", "加强生态环境保护工作", "加强生态环境保护工作建言")
goal("g-cn", "碳达峰、碳中和", "向国际社会做出中国“碳达峰、碳中和”的郑重承诺,要实现这一目标任务艰巨", optional=True)
rel("xi", "proposes", "g-cn", optional=True)
goal("g-plan", "尽快推进实施《中国2030年前碳达峰行动计划》", "《关于加快制定实施<中国碳达峰行动计划>的提案》建议,尽快推进实施《中国2030年前碳达峰行动计划》")
goal("g-tasks", "科学系统谋划主要思路与重点任务", "科学系统谋划主要思路与重点任务")
goal("g-ensure", "确保目标实现", "确保目标实现")
goal("g-resp", "展现中国负责任大国的担当", "展现中国负责任大国的担当", optional=True)
goal("g-green", "促进我国绿色低碳发展转型", "促进我国绿色低碳发展转型")
for g in ("g-plan", "g-tasks", "g-ensure", "g-green"):
    rel("jiusan", "hasGoal", g); rel("d-peak", "hasGoal", g)
rel("jiusan", "hasGoal", "g-resp", optional=True); rel("d-peak", "hasGoal", "g-resp", optional=True)
goal("g-riverhealth", "开展河流健康管理", "在黄河流域首先开展河流健康管理")
goal("g-yellow", "强化黄河流域生态保护", "《关于开展河流健康管理 强化黄河流域生态保护的提案》")
goal("g-water", "提供更有力的水生态和水环境保障", "为黄河流域生态保护和高质量发展提供更有力的水生态和水环境保障")
for g in ("g-riverhealth", "g-yellow", "g-water"):
    rel("jiusan", "hasGoal", g); rel("d-river", "hasGoal", g)
goal("g-culture", "弘扬黄河文化", "还就弘扬黄河文化提交大会发言")
goal("g-region", "用文化产业促进区域发展", "建议用文化产业促进区域发展、用文化共识凝聚中国力量")
goal("g-unite", "用文化共识凝聚中国力量", "用文化共识凝聚中国力量")
for g in ("g-pollution", "g-eco", "g-culture", "g-region", "g-unite"):
    rel("jiusan", "hasGoal", g)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
