"""Gold annotation of briefing-mot-routine-2025 (交通运输部8月例行新闻发布会), by hand per shared/eval/ANNOTATE.md."""
ID = "briefing-mot-routine-2025"
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

ent("mot", "Agency", "交通运输部")
ent("li", "Person", "李颖")
ent("presser", "Event", "交通运输部8月例行新闻发布会", ["8月例行新闻发布会"])
ent("hall", "Place", "交通运输部新闻发布厅", optional=True)
rel("presser", "locatedIn", "hall", optional=True)
rel("li", "holdsPost", "mot", post="新闻发言人")
rel("li", "speaksAt", "presser")
F1 = "7月份完成营业性货运量49.7亿吨,同比增长3.4%,增速较上月回升0.5个百分点"
M1 = "铁路、公路、水路、民航货运量同比分别增长4.5%、3.3%、3.4%和15.3%"
P1 = "7月份完成港口货物吞吐量15.4亿吨,同比增长6.9%,增速较上月加快2.2个百分点"
T1 = "内、外贸吞吐量同比分别增长7.6%和5.5%,增速较上月分别加快1.5个和3.6个百分点"
C1 = "完成港口集装箱吞吐量2996万标箱,同比增长2.7%"
P7 = "1—7月,完成港口货物吞吐量104.4亿吨、同比增长4.4%,完成集装箱吞吐量2亿标箱、同比增长6.2%"
H1 = "7月份完成跨区域人员流动量57.1亿人次,同比增长2.2%,增速较上月回升0.7个百分点"
HM = "铁路、水路、民航客运量同比分别增长6.6%、2.1%和3.9%,公路人员流动量同比增长1.8%"
H7 = "1—7月,完成跨区域人员流动量394.6亿人次,同比增长3.9%"
for id, l, v, e in [
    ("s1", "7月营业性货运量", "49.7亿吨", F1), ("s2", "7月营业性货运量同比增长", "3.4%", F1),
    ("s3", "7月货运量增速较上月回升", "0.5个百分点", F1),
    ("s4", "铁路货运量同比增长", "4.5%", M1), ("s5", "公路货运量同比增长", "3.3%", M1),
    ("s6", "水路货运量同比增长", "3.4%", M1), ("s7", "民航货运量同比增长", "15.3%", M1),
    ("s8", "1—7月营业性货运量", "330亿吨", "1—7月,完成营业性货运量330亿吨,同比增长3.8%"),
    ("s9", "1—7月营业性货运量同比增长", "3.8%", "1—7月,完成营业性货运量330亿吨,同比增长3.8%"),
    ("s10", "7月港口货物吞吐量", "15.4亿吨", P1), ("s11", "7月港口货物吞吐量同比增长", "6.9%", P1),
    ("s12", "港口货物吞吐量增速较上月加快", "2.2个百分点", P1),
    ("s13", "内贸吞吐量同比增长", "7.6%", T1), ("s14", "外贸吞吐量同比增长", "5.5%", T1),
    ("s17", "7月港口集装箱吞吐量", "2996万标箱", C1), ("s18", "7月港口集装箱吞吐量同比增长", "2.7%", C1),
    ("s19", "1—7月港口货物吞吐量", "104.4亿吨", P7), ("s20", "1—7月港口货物吞吐量同比增长", "4.4%", P7),
    ("s21", "1—7月集装箱吞吐量", "2亿标箱", P7), ("s22", "1—7月集装箱吞吐量同比增长", "6.2%", P7),
    ("s23", "7月跨区域人员流动量", "57.1亿人次", H1), ("s24", "7月跨区域人员流动量同比增长", "2.2%", H1),
    ("s25", "跨区域人员流动量增速较上月回升", "0.7个百分点", H1),
    ("s26", "铁路客运量同比增长", "6.6%", HM), ("s27", "水路客运量同比增长", "2.1%", HM),
    ("s28", "民航客运量同比增长", "3.9%", HM), ("s29", "公路人员流动量同比增长", "1.8%", HM),
    ("s30", "1—7月跨区域人员流动量", "394.6亿人次", H7), ("s31", "1—7月跨区域人员流动量同比增长", "3.9%", H7)]:
    stat(id, l, v, e)
ent("s15", "Statistic", "内贸吞吐量增速较上月加快", value="1.5个百分点", evidence=ev(T1), optional=True)
ent("s16", "Statistic", "外贸吞吐量增速较上月加快", value="3.6个百分点", evidence=ev(T1), optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
