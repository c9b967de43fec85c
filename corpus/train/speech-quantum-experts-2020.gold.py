"""Gold annotation of speech-quantum-experts-2020 (听科学家说我国的量子科技发展如何“补短板”), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-quantum-experts-2020"
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
ent("xue", "Person", "薛其坤")
ent("zhang", "Person", "张富春")
ent("thu", "Organization", "清华大学")
ent("cas", "Organization", "中国科学院")
ent("baqis", "Organization", "北京量子信息科学研究院")
ent("ucas", "Organization", "中国科学院大学")
ent("kitps", "Organization", "卡弗里理论科学研究所", ["中国科学院大学卡弗里理论科学研究所"])
ent("natlab", "Organization", "国家实验室", optional=True)
ent("beijing", "Place", "北京")
ent("hefei", "Place", "合肥")
ent("china", "Place", "我国", ["中国"], optional=True)
ent("fyp14", "Document", "“十四五”规划", optional=True)
ent("strategy", "Document", "科技创新驱动发展战略", optional=True)
ent("qst", "Technology", "量子科技", ["量子技术"])
ent("qcomm", "Technology", "量子通信", optional=True)
ent("qc", "Technology", "量子计算")
ent("qsense", "Technology", "量子传感技术")
ent("qdev", "Technology", "量子器件", optional=True)
G = [("g-deploy", "配合相关部门做好部署", "北京地区从事量子科学的科学家应该好好把握机会,配合相关部门做好部署", False),
     ("g-duty", "争取在未来5到10年内肩负起国家量子科技发展的重任", "争取在未来5到10年内肩负起国家量子科技发展的重任", False),
     ("g-sci", "攻克一些科学难题", "我们不但要攻克一些科学难题,还要承担量子技术难题,最后还要推动产业化", False),
     ("g-tech", "承担量子技术难题", "还要承担量子技术难题", False),
     ("g-ind", "推动产业化", "最后还要推动产业化,真正为我们国家的建设、经济发展,还有国家安全作出贡献", False),
     ("g-layout", "布局量子科技的科研、人才培养、产业发展", "我们要站在国家的角度,布局量子科技的科研、人才培养、产业发展", False),
     ("g-merge", "把自己的事业深深融入国家的发展和民族的强大之中", "把自己的事业深深融入国家的发展和民族的强大之中", False),
     ("g-proj", "落实好国家重大专项", "我会更加努力与相关合作单位一起共同落实好国家重大专项", False),
     ("g-force", "建设中国量子科技的战略力量", "建设中国量子科技的战略力量", False),
     ("g-first", "在顶层设计上“下好先手棋”", "在顶层设计上“下好先手棋”", True)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("xue", "proposes", id, optional=opt)
for g in ("g-proj", "g-force"):
    rel("baqis", "hasGoal", g)
for g in ("g-sci", "g-tech", "g-ind", "g-layout", "g-merge", "g-duty"):
    rel("baqis", "hasGoal", g, optional=True)
for g in ("g-duty", "g-tech", "g-layout", "g-force"):
    rel(g, "involvesTechnology", "qst")
rel("baqis", "promotes", "qst")
rel("thu", "promotes", "qst", optional=True)
rel("cas", "promotes", "qst", optional=True)
rel("cas", "promotes", "qc", optional=True)
rel("xue", "holdsPost", "thu", post="副校长")
rel("xue", "holdsPost", "baqis", post="院长")
rel("zhang", "holdsPost", "kitps", post="所长")
rel("kitps", "subOrganizationOf", "ucas")
rel("natlab", "subOrganizationOf", "cas", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
