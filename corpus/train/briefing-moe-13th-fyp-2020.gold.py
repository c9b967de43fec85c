"""Gold annotation of briefing-moe-13th-fyp-2020 (教育部新闻发布会介绍“十三五”期间国家教育改革发展、教师队伍建设、教育经费投入与使用、信息化建设情况), by hand per shared/eval/ANNOTATE.md."""
ID = "briefing-moe-13th-fyp-2020"
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

ent("moe", "Agency", "教育部")
for id, l in [("plan", "发展规划司"), ("teacher", "教师工作司"), ("fin", "财务司"), ("sci", "科学技术司")]:
    ent(id, "Agency", l, ["教育部" + l]); rel(id, "subOrganizationOf", "moe")
ent("jyb", "Organization", "中国教育报")
for id, l in [("xu", "续梅"), ("liucy", "刘昌亚"), ("ren", "任友群"), ("liuj", "刘景"), ("gao", "高润生"),
              ("chen", "陈宝生"), ("xi", "习近平"), ("shan", "单艺伟")]:
    ent(id, "Person", l)
rel("xu", "holdsPost", "moe", post="新闻发言人")
rel("liucy", "holdsPost", "plan", post="司长")
rel("ren", "holdsPost", "teacher", post="司长")
rel("liuj", "holdsPost", "fin", post="副司长")
rel("gao", "holdsPost", "sci", post="一级巡视员")
rel("chen", "holdsPost", "moe", post="部长", optional=True)
rel("shan", "holdsPost", "jyb", post="记者", optional=True)
ent("presser", "Event", "教育部新闻发布会", ["教育部今天的新闻发布会"])
ent("series", "Event", "教育2020“收官”系列新闻发布会", optional=True)
ent("conf", "Event", "全国教育工作会议")
ent("hall", "Place", "教育部北楼二层报告厅", optional=True)
rel("presser", "locatedIn", "hall", optional=True)
rel("xu", "speaksAt", "presser")
for p in ("liucy", "ren", "liuj", "gao"):
    rel(p, "speaksAt", "presser", optional=True)
rel("chen", "speaksAt", "conf")
ent("speech", "Document", "2020年新年贺词", optional=True)
ent("d1", "Document", "国家教育事业发展“十三五”规划")
ent("d2", "Document", "教育脱贫攻坚“十三五”规划")
ent("d3", "Document", "国家中长期教育改革和发展规划纲要(2010-2020年)", ["《国家中长期教育改革和发展规划纲要(2010-2020年)》"])

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
