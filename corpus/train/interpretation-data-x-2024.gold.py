"""Gold annotation of interpretation-data-x-2024 (国家数据局等17部门联合印发《“数据要素×”三年行动计划(2024—2026年)》 (no title on page)), by hand per shared/eval/ANNOTATE.md."""
ID = "interpretation-data-x-2024"
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

ent("nda", "Agency", "国家数据局")
ent("shen", "Person", "沈竹林")
rel("shen", "holdsPost", "nda", post="副局长")
ent("plan", "Document", "“数据要素×”三年行动计划(2024—2026年)", ["“数据要素×”三年行动计划", "行动计划"])
rel("plan", "publishedBy", "nda")
ent("china", "Place", "中国", ["我国"], optional=True)
stat("s-depts", "联合印发部门数", "17部门", "近日,国家数据局等17部门联合印发了《“数据要素×”三年行动计划(2024—2026年)》", optional=True)
T = lines[3]
G = [("g0", "有针对性地解决这些问题", "制定行动计划就是要有针对性地解决这些问题", False, True),
     ("t1", "数据要素应用广度和深度大幅拓展", "行动计划明确,到2026年底,数据要素应用广度和深度大幅拓展", False, False),
     ("t2", "在经济发展领域数据要素乘数效应得到显现", "在经济发展领域数据要素乘数效应得到显现", False, False),
     ("t3", "打造300个以上示范性强、显示度高、带动性广的典型应用场景", "打造300个以上示范性强、显示度高、带动性广的典型应用场景", False, False),
     ("t4", "涌现出一批成效明显的数据要素应用示范地区", "涌现出一批成效明显的数据要素应用示范地区", False, False),
     ("t5", "培育一批创新能力强、成长性好的数据商和第三方专业服务机构", "培育一批创新能力强、成长性好的数据商和第三方专业服务机构", False, False),
     ("t6", "形成相对完善的数据产业生态", "形成相对完善的数据产业生态", False, False),
     ("t7", "数据产品和服务质量效益明显提升", "数据产品和服务质量效益明显提升", False, False),
     ("t8", "数据产业年均增速超过20%", "数据产业年均增速超过20%", False, False),
     ("h0", "实施三年行动", "希望通过实施三年行动,推动数据要素在相关行业和领域广泛应用,切实助力经济社会高质量发展", True, True),
     ("h1", "推动数据要素在相关行业和领域广泛应用", "希望通过实施三年行动,推动数据要素在相关行业和领域广泛应用,切实助力经济社会高质量发展", False, True),
     ("h2", "切实助力经济社会高质量发展", "切实助力经济社会高质量发展", False, True),
     ("k1", "推动发挥数据要素乘数效应", "推动发挥数据要素乘数效应,释放数据要素价值", False, False),
     ("k2", "释放数据要素价值", "推动发挥数据要素乘数效应,释放数据要素价值", False, False),
     ("k0", "先期选取12个行业和领域", "先期选取12个行业和领域", True, True),
     ("n1", "不断补充、推出新的应用场景", "后续还会不断补充、推出新的应用场景", False, True)]
for id, l, e, opt, said in G:
    goal(id, l, e, optional=opt)
    rel("plan", "hasGoal", id, optional=opt or id == "n1")
    rel("nda", "hasGoal", id, optional=opt or id not in ("n1", "g0"))
    if said: rel("shen", "proposes", id, optional=opt)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
