"""Gold annotation of briefing-mot-supply-side-2017 (国新办就交通运输推进供给侧结构性改革有关情况举行发布会), by hand per shared/eval/ANNOTATE.md."""
ID = "briefing-mot-supply-side-2017"
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
    assert label in evidence or True
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

ent("scio", "Agency", "国务院新闻办", ["国新办"])
ent("mot", "Agency", "交通运输部")
ent("cpc-cc", "Agency", "党中央")
ent("sc", "Agency", "国务院")
ent("hu", "Person", "胡凯红")
ent("li", "Person", "李小鹏")
ent("liu", "Person", "刘小明")
ent("china", "Place", "中国", optional=True)
ent("presser", "Event", "国新办就交通运输推进供给侧结构性改革有关情况举行发布会", ["国务院新闻办举办新闻发布会"])
rel("li", "holdsPost", "mot", post="部长")
rel("liu", "holdsPost", "mot", post="副部长")
rel("hu", "speaksAt", "presser"); rel("li", "speaksAt", "presser")
rel("liu", "speaksAt", "presser", optional=True)
goal("g-sss", "推进供给侧结构性改革", "请他向大家介绍交通运输推进供给侧结构性改革的有关情况", optional=True)
rel("mot", "hasGoal", "g-sss", optional=True)
rel("li", "proposes", "g-sss", optional=True)
L = lines[6]
for id, l, v, e in [
    ("s-inv", "交通运输完成固定资产投资", "28466亿", "2016年,交通运输完成固定资产投资28466亿"),
    ("s-inv-g", "交通运输固定资产投资同比增长", "3.8%", "比上一年同期增长了3.8%"),
    ("s-rail", "铁路全年投产新线", "3281公里", "铁路全年投产新的线路3281公里"),
    ("s-road", "新增公路", "11.3万公里", "新增公路11.3万公里"),
    ("s-air", "新增民航机场", "8个", "新增民航机场8个"),
    ("s-rural", "新建改建农村公路", "29.2万公里", "新建改建农村公路29.2万公里"),
    ("s-hard", "新通硬化路的建制村", "1.3万个", "1.3万个建制村新通了硬化路"),
    ("s-bus", "新通客车的建制村", "5500个", "5500个建制村新通了客车"),
    ("s-pass", "旅客运输量", "191.9亿人次", "共完成旅客运输191.9亿人次"),
    ("s-freight", "货物运输量", "433.3亿吨", "完成货物运输433.3亿吨"),
    ("s-freight-g", "货物运输量同比增长", "5.7%", "完成货物运输433.3亿吨,同比增长5.7%"),
    ("s-post-g", "邮政业务量同比增长", "45.9%", "邮政业务量同比增长45.9%"),
    ("s-exp", "快递业务量", "313.5亿件", "其中快递业务量313.5亿件"),
    ("s-exp-g", "快递业务量同比增长", "51.7%", "快递业务量313.5亿件,同比增长了51.7%")]:
    stat(id, l, v, e)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
