"""Gold annotation of briefing-most-innovation-2018 (万钢谈科技创新:由跟跑为主 转向多领域并跑领跑), by hand per shared/eval/ANNOTATE.md."""
ID = "briefing-most-innovation-2018"
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

ent("kankan", "Organization", "看看新闻", ["看看新闻Knews"])
ent("npc1", "Event", "十三届全国人大一次会议")
ent("press-center", "Agency", "十三届全国人大一次会议新闻中心")
ent("presser", "Event", "记者会", optional=True)
ent("hall", "Place", "梅地亚中心多功能厅", optional=True)
rel("presser", "locatedIn", "hall", optional=True)
ent("most", "Agency", "科技部")
ent("most-law", "Agency", "政策法规与监督司")
ent("most-inno", "Agency", "创新发展司")
rel("most-law", "subOrganizationOf", "most"); rel("most-inno", "subOrganizationOf", "most")
ent("wan", "Person", "万钢"); ent("he", "Person", "贺德方"); ent("xu", "Person", "许倞")
rel("wan", "holdsPost", "most", post="部长")
rel("he", "holdsPost", "most-law", post="司长")
rel("xu", "holdsPost", "most-inno", post="司长")
for p in ("wan", "he", "xu"):
    rel(p, "speaksAt", "presser", optional=True)
ent("chinadaily", "Organization", "中国日报")
ent("gwr", "Document", "政府工作报告")
ent("ai", "Technology", "人工智能")
for id, l in [("stem", "胚胎干细胞"), ("clone", "克隆猴"), ("wukong", "悟空"), ("mozi", "墨子"), ("beidou", "北斗"),
              ("fast", "天眼望远镜"), ("hsr", "高铁"), ("newmat", "新材料"), ("nev", "新能源汽车"), ("space", "航天"), ("deepsea", "深海")]:
    ent(id, "Technology", l, optional=True)
goal("g1", "加快建设创新型国家", "就“加快建设创新型国家”相关问题回答中外记者提问")
rel("most", "hasGoal", "g1"); rel("wan", "proposes", "g1", optional=True)
goal("g2", "使科技为更好造福人民、发展经济、改善民生做贡献", "但还需要我们登高望远,居安思危,使科技为更好造福人民、发展经济、改善民生做贡献。")
rel("most", "hasGoal", "g2"); rel("wan", "proposes", "g2")
goal("g3", "打赢蓝天保卫战", "在打赢蓝天保卫战等领域也发挥了作用", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
