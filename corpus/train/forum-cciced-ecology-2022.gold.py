"""Gold annotation of forum-cciced-ecology-2022 (生态环境部部长黄润秋:十八大以来中国环境治理成效之好前所未有), by hand per shared/eval/ANNOTATE.md."""
ID = "forum-cciced-ecology-2022"
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
    if "evidence" in kw: ev(kw["evidence"])
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def goal(id, label, evidence, optional=False):
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)
ent("huang", "Person", "黄润秋")
ent("mee", "Agency", "生态环境部")
ent("cciced", "Organization", "中国环境与发展国际合作委员会", ["国合会"])
ent("am2022", "Event", "中国环境与发展国际合作委员会(国合会)2022年年会")
ent("forum30", "Event", "国合会30周年论坛")
ent("cpc18", "Event", "党的十八大", ["十八大"], optional=True)
ent("olympics", "Event", "北京冬奥会", optional=True)
ent("cop15", "Event", "COP15")
ent("beijing", "Place", "北京", ["京"])
ent("china", "Place", "中国", optional=True)
ent("yangtze", "Place", "长江", optional=True)
ent("bohai", "Place", "渤海", optional=True)
ent("paris", "Document", "巴黎协定")
ent("plan-jwjt", "Document", "减污降碳协同增效实施方案")
ent("plan-bio", "Document", "生物多样性保护重大工程十年规划")
ent("gbf", "Document", "2020年后全球生物多样性框架")
ent("ne", "Technology", "新能源", optional=True)
G = [("g-lead", "做全球生态文明建设的重要参与者、贡献者和引领者", "中国将继续做全球生态文明建设的重要参与者、贡献者和引领者", True),
     ("g-3060", "稳妥有序推进“碳达峰碳中和”", "稳妥有序推进“碳达峰碳中和”", False),
     ("g-coal", "抓好煤炭清洁高效利用", "我们将立足富煤、贫油、少气的基本国情,坚持先立后破,通盘谋划,抓好煤炭清洁高效利用", False),
     ("g-mix", "推动煤炭和新能源优先组合", "推动煤炭和新能源优先组合", False),
     ("g-plan", "出台减污降碳协同增效实施方案", "出台减污降碳协同增效实施方案", False),
     ("g-battle", "以更高的标准打好蓝天、碧水、净土保卫战", "中国还将以更高的标准打好蓝天、碧水、净土保卫战", True),
     ("g-bio", "制定实施生物多样性保护重大工程十年规划", "制定实施生物多样性保护重大工程十年规划", True),
     ("g-gov", "深度参与全球环境治理", "同时深度参与全球环境治理", True),
     ("g-cop", "履行COP15主席国义务", "履行COP15主席国义务", True),
     ("g-gbf", "推动达成兼具雄心和务实的2020年后全球生物多样性框架", "推动达成兼具雄心和务实的2020年后全球生物多样性框架", True)]
for id, l, e, china_subject in G:
    goal(id, l, e); rel("huang", "proposes", id); rel("mee", "hasGoal", id, optional=china_subject)
goal("g-xlhp", "坚持先立后破", "坚持先立后破,通盘谋划", optional=True)
rel("huang", "proposes", "g-xlhp", optional=True)
rel("g-mix", "involvesTechnology", "ne", optional=True)
ent("s-pm", "Statistic", "全国地级及以上城市的PM2.5平均浓度", value="30微克/立方米", evidence=ev("2021年,全国地级及以上城市的PM2.5平均浓度降到30微克/立方米"))
rel("huang", "holdsPost", "mee", post="部长")
rel("huang", "holdsPost", "cciced", post="中方执行副主席")
rel("huang", "speaksAt", "am2022")
rel("huang", "speaksAt", "forum30")
rel("am2022", "locatedIn", "beijing")
rel("forum30", "locatedIn", "beijing", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
