"""Gold annotation of plan-gansu-rural-tourism-2018 (甘肃:重点实施“十大工程”加快发展乡村旅游), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-gansu-rural-tourism-2018"
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

ent("jjrb", "Organization", "经济日报")
ent("ce", "Organization", "中国经济网")
ent("gs-gov", "Agency", "甘肃省政府")
ent("opinion", "Document", "关于加快乡村旅游发展的意见", ["意见"])
ent("poverty-plan", "Document", "甘肃省深度贫困地区脱贫攻坚实施方案")
rel("opinion", "publishedBy", "gs-gov")
ent("gansu", "Place", "甘肃", ["甘肃省"])
ent("beijing", "Place", "北京", optional=True)
L = lines[2]
G = [("t0", "将甘肃省建设成为西部知名的特色乡村旅游目的地", "到2020年力争将甘肃省建设成为西部知名的特色乡村旅游目的地", False),
     ("t1", "新创建10个全国休闲农业与乡村旅游示范县", "全省新创建10个全国休闲农业与乡村旅游示范县", False),
     ("t2", "10个达到国家4A级景区标准的田园综合体", "10个达到国家4A级景区标准的田园综合体", False),
     ("t3", "100个达到国家3A级景区标准的乡村旅游景区或度假区", "100个达到国家3A级景区标准的乡村旅游景区或度假区", False),
     ("t4", "累计建成乡村旅游专业村1000个", "全省累计建成乡村旅游专业村1000个", False),
     ("t5", "品牌农家乐20000户", "品牌农家乐20000户", False),
     ("t6", "吸纳农村50万劳动力就业", "吸纳农村50万劳动力就业", False),
     ("t7", "乡村旅游接待人数年增长25%以上", "乡村旅游接待人数年增长25%以上,超过1亿人次", False),
     ("t8", "乡村旅游综合收入年增长30%以上", "乡村旅游综合收入年增长30%以上,力争达到300亿元", False),
     ("p0", "加快推进旅游强省", "按照加快推进旅游强省的总体要求", False),
     ("p1", "重点实施乡村旅游“十大工程”", "将重点实施乡村旅游“十大工程”", False),
     ("w1", "大力开发“城里人游乡村”、“周边省区来甘游乡村”市场和产品", "周末休闲工程将大力开发“城里人游乡村”、“周边省区来甘游乡村”市场和产品", False),
     ("w2", "设计周末乡村旅游线路产品和营销主题", "设计周末乡村旅游线路产品和营销主题", False),
     ("w3", "丰富提升城市周边、公路沿线、景区附近", "丰富提升城市周边、公路沿线、景区附近以及与周边省区交界地带乡村旅游产品", False),
     ("f1", "深入实施《甘肃省深度贫困地区脱贫攻坚实施方案》", "在精准扶贫工程板块,将深入实施《甘肃省深度贫困地区脱贫攻坚实施方案》", False),
     ("f2", "指导35个深度贫困县制定旅游扶贫实施方案", "以纳入国家深度贫困地区的“两州一县”和18个省定深度贫困县为重点,指导35个深度贫困县制定旅游扶贫实施方案", False),
     ("f3", "150个贫困村结合实际编制旅游扶贫公益规划", "150个贫困村结合实际编制旅游扶贫公益规划", False)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("opinion", "hasGoal", id, optional=opt)
    rel("gs-gov", "hasGoal", id, optional=True)
stat("s1", "省定深度贫困县", "18个", "18个省定深度贫困县", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
