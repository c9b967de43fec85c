"""Gold annotation of proposal-parties-food-security-2022 (悠悠万事,吃饭为大——各民主党派中央两会提案聚焦粮食安全), by hand per shared/eval/ANNOTATE.md."""
ID = "proposal-parties-food-security-2022"
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

ent("rmzxb", "Organization", "人民政协报")
ent("xi", "Person", "习近平")
ent("cpc-cc", "Agency", "党中央")
ent("sc", "Agency", "国务院")
ent("cppcc", "Agency", "全国政协", optional=True)
rel("xi", "holdsPost", "cpc-cc", post="总书记", optional=True)
ent("session", "Event", "全国政协十三届五次会议")
ent("joint", "Event", "联组会", optional=True)
rel("xi", "speaksAt", "joint", optional=True)
rel("xi", "speaksAt", "session", optional=True)
ent("lh", "Event", "两会", optional=True)
ent("no1", "Document", "中央一号文件")
ent("china", "Place", "中国", ["我国"], optional=True)
ent("space-breed", "Technology", "太空育种", optional=True)
S = [("s-land", "我国耕地占世界比例", "9%", "我国以占世界9%的耕地"),
     ("s-water", "我国淡水资源占世界比例", "6%", "6%的淡水资源")]
for id, l, v, e in S:
    ent(id, "Statistic", l, value=v, evidence=ev(e))
ent("s-pop", "Statistic", "吃得好的人口", value="14亿多", optional=True, evidence=ev("今天14亿多人吃得好"))
ent("s-past", "Statistic", "当年吃不饱的人口", value="4亿", optional=True, evidence=ev("从当年4亿人吃不饱"))
goal("x0", "保障粮食安全", "重点讲了保障粮食安全问题", optional=True)
goal("x1", "继续巩固拓展", "这一成绩来之不易,要继续巩固拓展", optional=True)
goal("x2", "始终绷紧粮食安全这根弦", "要未雨绸缪,始终绷紧粮食安全这根弦")
goal("x3", "始终坚持以我为主、立足国内、确保产能、适度进口、科技支撑", "始终坚持以我为主、立足国内、确保产能、适度进口、科技支撑")
for g in ("x2", "x3"):
    rel("xi", "proposes", g); rel("cpc-cc", "hasGoal", g, optional=True)
for g in ("x0", "x1"):
    rel("xi", "proposes", g, optional=True)
goal("p0", "守护国人饭碗", "以深入调研和务实建言守护国人饭碗", optional=True)
goal("d1", "打好“种业翻身仗”", "尤其去年的中央一号文件强调农业现代化,种子是基础,要打好“种业翻身仗”")
goal("d0", "农业现代化", "中央一号文件强调农业现代化", optional=True)
rel("no1", "hasGoal", "d1"); rel("no1", "hasGoal", "d0", optional=True)
goal("c0", "种业振兴", "党中央、国务院十分重视种业振兴", optional=True)
rel("cpc-cc", "hasGoal", "c0", optional=True); rel("sc", "hasGoal", "c0", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
