"""Gold annotation of briefing-mohrss-employment-2022 (2021年全国城镇新增就业1269万人 超额完成目标任务), by hand per shared/eval/ANNOTATE.md."""
ID = "briefing-mohrss-employment-2022"
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

ent("mohrss", "Agency", "人社部")
ent("mohrss-emp", "Agency", "就业促进司", ["人社部就业促进司"])
rel("mohrss-emp", "subOrganizationOf", "mohrss")
ent("sc", "Agency", "国务院")
ent("zhang", "Person", "张莹")
rel("zhang", "holdsPost", "mohrss-emp", post="司长")
ent("presser", "Event", "新闻发布会", optional=True)
rel("zhang", "speaksAt", "presser", optional=True)
ent("plan", "Document", "“十四五”就业促进规划", ["十四五”就业促进规划"])
rel("plan", "publishedBy", "sc")
ent("guide", "Document", "维护新就业形态劳动者劳动保障权益指导意见")
rel("guide", "publishedBy", "mohrss", optional=True)
ent("shuangchuang", "Event", "“双创活动周”", ["双创活动周"])
L = lines[3]
for id, l, e in [("g1", "促进创业带动就业", "认定推出一批双创示范基地,促进创业带动就业"),
                 ("g2", "促进灵活就业的健康发展", "规范建设一批零工市场,促进灵活就业的健康发展"),
                 ("g3", "扩大高校毕业生市场化社会化就业渠道", "扩大高校毕业生市场化社会化就业渠道"),
                 ("g4", "稳定脱贫人口务工规模", "加强对口劳务协作活动,稳定脱贫人口务工规模")]:
    goal(id, l, e, optional=True)
    rel("mohrss", "hasGoal", id, optional=True); rel("zhang", "proposes", id, optional=True)
A = "2021年全国城镇新增就业1269万人,超额完成1100万人的目标任务"
B = "全年全国城镇调查失业率平均值为5.1%,比上年平均值下降0.5个百分点"
C = "12月份,全国城镇调查失业率为5.1%,比上年同期下降0.1个百分点"
D = "脱贫劳动力务工规模达到3145万人,160个重点帮扶县脱贫人口务工规模达到628万人"
F = "100个城市公共就业服务机构市场求人倍率保持在1.5,四季度是1.56"
H = "全年阶段性降低失业和工伤保险费超过1500亿元,支出就业补助资金近1000亿元,发放失业保险稳岗返还231亿元"
for id, l, v, e, o in [
    ("s1", "2021年全国城镇新增就业", "1269万人", A, False), ("s2", "城镇新增就业目标任务", "1100万人", A, True),
    ("s3", "全年全国城镇调查失业率平均值", "5.1%", B, False), ("s4", "城镇调查失业率平均值比上年下降", "0.5个百分点", B, False),
    ("s5", "12月份全国城镇调查失业率", "5.1%", C, False), ("s6", "12月份城镇调查失业率比上年同期下降", "0.1个百分点", C, False),
    ("s7", "脱贫劳动力务工规模", "3145万人", D, False), ("s8", "重点帮扶县脱贫人口务工规模", "628万人", D, False),
    ("s8b", "重点帮扶县", "160个", D, True),
    ("s9", "公共就业服务机构市场求人倍率", "1.5", F, False), ("s10", "四季度市场求人倍率", "1.56", F, False),
    ("s10b", "公共就业服务机构监测城市", "100个", F, True),
    ("s11", "阶段性降低失业和工伤保险费", "1500亿元", H, False), ("s12", "支出就业补助资金", "1000亿元", H, False),
    ("s13", "发放失业保险稳岗返还", "231亿元", H, False),
    ("s14", "获发求职创业补贴的困难毕业生", "127万", "向127万困难毕业生发放求职创业补贴", False)]:
    stat(id, l, v, e, optional=o)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
