"""Gold annotation of forum-university-presidents-2020 (人民网2020大学校长论坛), by hand per shared/eval/ANNOTATE.md."""
ID = "forum-university-presidents-2020"
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
ent("forum", "Event", "人民网2020大学校长论坛")
ent("sustech", "Organization", "南方科技大学")
ent("pd", "Organization", "人民日报社")
ent("cahe", "Organization", "中国高等教育学会")
ent("pdnet", "Organization", "人民网")
ent("gd-edu", "Agency", "广东省教育厅", ["省教育厅"])
ent("gd-edu-work", "Agency", "广东省委教育工委")
ent("sz-cpc", "Agency", "中共深圳市委")
ent("sz-gov", "Agency", "深圳市人民政府")
for id, l in [("xing", "邢锋"), ("nie", "聂新平"), ("luo", "罗华"), ("zhang", "张大良")]:
    ent(id, "Person", l)
ent("gd", "Place", "广东")
ent("sz", "Place", "深圳")
ent("gba", "Place", "粤港澳大湾区")
ent("china", "Place", "中国", optional=True)
ent("sez", "Place", "深圳经济特区", optional=True)
ent("pilot", "Place", "中国特色社会主义先行示范区", optional=True)
goal("t-theme", "开创教育高质量发展新局面", "本届论坛以“奋进'十四五' 开创教育高质量发展新局面”为主题", optional=True)
goal("e-media", "加强校媒协同、校媒联动", "他们表达了对加强校媒协同、校媒联动,以及共同推动中国教育发展的期望")
goal("e-edu", "共同推动中国教育发展", "以及共同推动中国教育发展的期望")
for p in ("xing", "nie", "luo", "zhang"):
    for g in ("e-media", "e-edu"):
        rel(p, "proposes", g)
X = [("x-role", "发挥改革开放排头兵、先行地、试验区的作用", "广东将进一步发挥改革开放排头兵、先行地、试验区的作用"),
     ("x-new", "为全国教育改革发展再闯新路子、探索新机制", "聚焦更高层次、更高质量、更高标准,在“十四五”时期为全国教育改革发展再闯新路子、探索新机制"),
     ("x-prio", "坚持教育优先发展", "广东将紧抓重大历史机遇,坚持教育优先发展"),
     ("x-reform", "深化教育领域综合改革", "深化教育领域综合改革"),
     ("x-modern", "加快推进教育现代化", "加快推进教育现代化"),
     ("x-system", "努力建设高质量教育体系", "努力建设高质量教育体系"),
     ("x-gba", "推动粤港澳大湾区和深圳先行示范区教育事业发展", "进一步推动粤港澳大湾区和深圳先行示范区教育事业发展"),
     ("x-support", "不断提升教育支撑经济社会创新发展的能力", "不断提升教育支撑经济社会创新发展的能力")]
for id, l, e in X:
    goal(id, l, e); rel("xing", "proposes", id); rel("gd-edu", "hasGoal", id, optional=True)
N = [("n-hq", "推动包括高等教育在内的各领域高质量发展", "深圳全力推动包括高等教育在内的各领域高质量发展"),
     ("n-auto", "充分落实高等教育办学自主权", "充分落实高等教育办学自主权"),
     ("n-first", "加快创建一流大学、一流学科", "加快创建一流大学、一流学科")]
for id, l, e in N:
    goal(id, l, e); rel("nie", "proposes", id); rel("sz-gov", "hasGoal", id, optional=True)
ent("s-heads", "Statistic", "参加论坛的高校书记、校长", value="60余位", evidence=ev("60余位来自全国高校的书记、校长"), optional=True)
rel("xing", "holdsPost", "gd-edu-work", post="委员")
rel("xing", "holdsPost", "gd-edu", post="党组副书记、副厅长")
rel("nie", "holdsPost", "sz-gov", post="副市长、党组成员")
rel("luo", "holdsPost", "pdnet", post="党委副书记、总编辑")
rel("zhang", "holdsPost", "cahe", post="副会长")
for p in ("xing", "nie", "luo", "zhang"):
    rel(p, "speaksAt", "forum")
rel("forum", "locatedIn", "sz", optional=True)
rel("pdnet", "subOrganizationOf", "pd", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
