"""Gold annotation of briefing-mee-marine-2024 (生态环境部4月例行新闻发布会实录), by hand per shared/eval/ANNOTATE.md."""
ID = "briefing-mee-marine-2024"
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

ent("mee", "Agency", "生态环境部")
ent("mee-marine", "Agency", "海洋生态环境司", ["生态环境部海洋生态环境司"])
rel("mee-marine", "subOrganizationOf", "mee")
ent("ccg", "Agency", "中国海警局")
ent("sx-ee", "Agency", "陕西省生态环境厅")
ent("nbs", "Agency", "国家统计局")
ent("hn-gov", "Agency", "海南省人民政府")
ent("cpc-cc", "Agency", "党中央")
ent("zhang", "Person", "张志锋")
ent("liu", "Person", "刘德军")
ent("pei", "Person", "裴晓菲")
ent("fang", "Person", "方琬夷")
rel("zhang", "holdsPost", "mee-marine", post="副司长")
rel("liu", "holdsPost", "ccg", post="新闻发言人")
rel("pei", "holdsPost", "mee", post="新闻发言人")
ent("presser", "Event", "生态环境部4月例行新闻发布会", ["4月例行新闻发布会"])
for p in ("zhang", "liu", "pei"):
    rel(p, "speaksAt", "presser")
ent("bioday", "Event", "5·22国际生物多样性日", ["国际生物多样日活动"])
ent("doc", "Document", "2021年电力二氧化碳排放因子", ["《2021年电力二氧化碳排放因子》"])
rel("doc", "publishedBy", "mee"); rel("doc", "publishedBy", "nbs")
ent("beijing", "Place", "北京")
ent("china", "Place", "中国", ["我国"], optional=True)
P = "近日,生态环境部、国家统计局发布《2021年电力二氧化碳排放因子》,后续将建立常态化发布机制,及时更新和定期发布电力二氧化碳排放因子"
goal("g1", "建立常态化发布机制", P)
goal("g2", "及时更新和定期发布电力二氧化碳排放因子", P)
Q = "生态环境部将联合海南省人民政府共同举办国际生物多样日活动,呼吁社会各界积极参与生物多样性保护事业"
goal("g3", "共同举办国际生物多样日活动", Q)
goal("g4", "呼吁社会各界积极参与生物多样性保护事业", Q)
for g in ("g1", "g2", "g3", "g4"):
    rel("mee", "hasGoal", g); rel("pei", "proposes", g)
for g in ("g1", "g2"):
    rel("nbs", "hasGoal", g, optional=True)
rel("hn-gov", "hasGoal", "g3", optional=True)
goal("g5", "统筹推进海洋生态环境保护工作", "去年以来,生态环境部按照党中央关于“以更高标准打几个漂亮的标志性战役”的部署要求,统筹推进海洋生态环境保护工作")
rel("mee", "hasGoal", "g5"); rel("zhang", "proposes", "g5")
goal("g6", "以更高标准打几个漂亮的标志性战役", "按照党中央关于“以更高标准打几个漂亮的标志性战役”的部署要求")
rel("cpc-cc", "hasGoal", "g6")
rel("zhang", "proposes", "g6", optional=True)
A = "全国339个地级及以上城市空气质量优良天数比例为83.6%,同比上升3.5个百分点"
B = "3641个国家地表水考核断面中,水质优良(Ⅰ—Ⅲ类)断面比例为89.9%,同比上升0.8个百分点"
stat("s1", "地级及以上城市空气质量优良天数比例", "83.6%", A)
stat("s2", "空气质量优良天数比例同比上升", "3.5个百分点", A)
stat("s3", "国家地表水考核断面水质优良断面比例", "89.9%", B)
stat("s4", "水质优良断面比例同比上升", "0.8个百分点", B)
stat("s5", "地级及以上城市", "339个", A, optional=True)
stat("s6", "国家地表水考核断面", "3641个", B, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
