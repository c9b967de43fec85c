"""Gold annotation of plan-shanghai-newinfra-2023 (市政府新闻发布会介绍《上海市进一步推进新型基础设施建设行动方案(2023-2026年)》有关情况), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-shanghai-newinfra-2023"
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

ent("sh-gov", "Agency", "上海市人民政府", ["市政府"])
ent("sh-sio", "Agency", "市政府新闻办")
ent("sh-drc", "Agency", "市发展改革委")
ent("sh-stio", "Agency", "上海科创办")
ent("sh-eitc", "Agency", "市经济信息化委")
ent("sh-tc", "Agency", "市交通委")
ent("lingang", "Agency", "临港新片区管委会")
for u in ("sh-sio", "sh-drc", "sh-eitc", "sh-tc"):
    rel(u, "subOrganizationOf", "sh-gov", optional=True)
for id, n in [("gu", "顾军"), ("peng", "彭崧"), ("qiu", "裘文进"), ("zhang", "张宏韬"), ("liu", "刘斌"), ("tang", "唐浩")]:
    ent(id, "Person", n)
rel("gu", "holdsPost", "sh-gov", post="副秘书长")
rel("gu", "holdsPost", "sh-drc", post="主任")
rel("peng", "holdsPost", "sh-stio", post="执行副主任")
rel("qiu", "holdsPost", "sh-drc", post="副主任")
rel("zhang", "holdsPost", "sh-eitc", post="副主任")
rel("liu", "holdsPost", "sh-tc", post="副主任")
rel("tang", "holdsPost", "lingang", post="专职副主任")
ent("presser", "Event", "市政府新闻发布会")
for p in ("gu", "peng", "qiu", "zhang", "liu", "tang"):
    rel(p, "speaksAt", "presser")
ent("plan", "Document", "上海市进一步推进新型基础设施建设行动方案(2023-2026年)", ["上海市进一步推进新型基础设施建设行动方案", "行动方案"])
ent("plan1", "Document", "首轮新基建行动方案", optional=True)
rel("plan", "publishedBy", "sh-gov")
rel("plan1", "publishedBy", "sh-gov", optional=True)
ent("shanghai", "Place", "上海")
ent("yrd", "Place", "长三角", optional=True)
ent("lingang-area", "Place", "临港新片区", optional=True)
ent("5g", "Technology", "5G", ["5G基站"])
ent("compute", "Technology", "算力", ["算力网络"], optional=True)
rel("sh-gov", "promotes", "5g", optional=True)
rel("sh-gov", "promotes", "compute", optional=True)
L = lines[3]
G = [("g1", "加快新型基础设施建设", "加快新型基础设施建设,是扩大有效投资、抢占数字经济新赛道的重要手段", False),
     ("g2", "扩大有效投资", "是扩大有效投资、抢占数字经济新赛道的重要手段", False),
     ("g3", "抢占数字经济新赛道", "是扩大有效投资、抢占数字经济新赛道的重要手段", False),
     ("g4", "推进数字化转型", "是推进数字化转型、塑造未来发展新优势的关键抓手", False),
     ("g5", "塑造未来发展新优势", "是推进数字化转型、塑造未来发展新优势的关键抓手", False)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("plan", "hasGoal", id)
    rel("sh-drc", "hasGoal", id, optional=True)
    rel("gu", "proposes", id, optional=True)
stat("s1", "首轮新基建行动方案行动方面", "4个", "实施了4个方面行动26项建设任务", optional=True)
stat("s2", "首轮新基建行动方案建设任务", "26项", "实施了4个方面行动26项建设任务")
stat("s3", "累计建成并开通5G基站总数", "8.8万个", "目前全市累计建成并开通5G基站总数达到8.8万个")
stat("s4", "5G基站占移动电话基站比重", "37.2%", "5G基站占移动电话基站比重(37.2%)")
stat("s5", "5G基站建设密度", "13.8个/平方公里", "5G基站建设密度(13.8个/平方公里)")
stat("s6", "已建国家重大科技基础设施", "11个", "已建国家重大科技基础设施达到11个")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
