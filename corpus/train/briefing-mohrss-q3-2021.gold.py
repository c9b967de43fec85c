"""Gold annotation of briefing-mohrss-q3-2021 (人社部:三季度失业率回落至疫情前水平), by hand per shared/eval/ANNOTATE.md."""
ID = "briefing-mohrss-q3-2021"
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

ent("mohrss", "Agency", "人力资源社会保障部")
for id, l in [("emp", "就业促进司"), ("skill", "职业能力建设司"), ("prof", "专业技术人员管理司"), ("insp", "劳动保障监察局")]:
    ent(id, "Agency", l); rel(id, "subOrganizationOf", "mohrss")
ent("cpc-cc", "Agency", "党中央")
ent("sc", "Agency", "国务院")
ent("china", "Place", "中国", ["我国"], optional=True)
for id, l in [("song", "宋鑫"), ("liuk", "刘康"), ("lijs", "李金生"), ("lixw", "李新旺")]:
    ent(id, "Person", l)
rel("song", "holdsPost", "emp", post="副司长")
rel("liuk", "holdsPost", "skill", post="司长")
rel("lijs", "holdsPost", "prof", post="司长")
rel("lixw", "holdsPost", "insp", post="局长")
ent("presser", "Event", "2021年第三季度新闻发布会")
for p in ("song", "liuk", "lijs", "lixw"):
    rel(p, "speaksAt", "presser")
goal("g1", "稳就业保就业", "我们把稳就业保就业作为重大政治责任")
goal("g2", "坚持就业优先", "会同有关部门坚持就业优先,扎实推进各项工作")
goal("g3", "减负稳岗扩就业政策延续实施", "减负稳岗扩就业政策延续实施", optional=True)
for g, o in (("g1", False), ("g2", False), ("g3", True)):
    rel("mohrss", "hasGoal", g, optional=o); rel("song", "proposes", g, optional=o)
A = "1—9月份全国城镇新增就业1045万人,完成全年目标任务的95%,与去年同期相比,增加147万人,增幅为16%"
B = "三季度全国城镇调查失业率月均值为5.0%,比2019年同期下降0.2个百分点"
C = "其中,9月份为4.9%,比上月下降0.2个百分点,比去年同期下降0.5个百分点"
D = "三季度,100个城市公共就业服务机构市场求人倍率为1.53,同比上升0.13"
for id, l, v, e, o in [
    ("s1", "1—9月份全国城镇新增就业", "1045万人", A, False), ("s2", "完成全年目标任务的比例", "95%", A, False),
    ("s3", "城镇新增就业同比增加", "147万人", A, False), ("s4", "城镇新增就业增幅", "16%", A, False),
    ("s5", "三季度全国城镇调查失业率月均值", "5.0%", B, False), ("s6", "三季度调查失业率比2019年同期下降", "0.2个百分点", B, False),
    ("s7", "9月份全国城镇调查失业率", "4.9%", C, False), ("s8", "9月份调查失业率比上月下降", "0.2个百分点", C, False),
    ("s9", "9月份调查失业率比去年同期下降", "0.5个百分点", C, False),
    ("s10", "脱贫劳动力务工总量", "3103万人", "脱贫劳动力务工总量持续增加,9月底达到3103万人", False),
    ("s11", "公共就业服务机构市场求人倍率", "1.53", D, False), ("s12", "市场求人倍率同比上升", "0.13", D, False),
    ("s13", "公共就业服务机构监测城市", "100个", D, True)]:
    stat(id, l, v, e, optional=o)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
