"""Gold annotation of briefing-nda-digital-china-2025 (国家数据局局长刘烈宏:推动数字中国建设), by hand per shared/eval/ANNOTATE.md."""
ID = "briefing-nda-digital-china-2025"
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

ent("nda", "Agency", "国家数据局")
ent("scio", "Agency", "国务院新闻办")
ent("xhcj", "Organization", "新华财经")
ent("liu", "Person", "刘烈宏")
ent("presser", "Event", "国务院新闻办新闻发布会")
rel("liu", "holdsPost", "nda", post="局长")
rel("liu", "speaksAt", "presser")
ent("plan", "Document", "数字中国建设整体布局规划", ["《数字中国建设整体布局规划》"])
ent("reg", "Document", "政务数据共享条例", ["《政务数据共享条例》"])
ent("china", "Place", "中国", ["我国"], optional=True)
ent("ic", "Technology", "集成电路")
ent("ai", "Technology", "人工智能")
ent("indsw", "Technology", "工业软件")
ent("basesw", "Technology", "基础软件")
ent("livecom", "Technology", "直播电商", optional=True)
ent("dt", "Technology", "数字化转型", optional=True)
for t in ("ic", "ai", "indsw", "basesw"):
    rel("nda", "promotes", t, optional=True)
P = lines[3]
G = [("g0", "推动数字中国建设", lines[0], False),
     ("g1", "加大数字中国建设统筹力度", P, False),
     ("g2", "全面实施《数字中国建设整体布局规划》", P, False),
     ("g3", "推广典型经验做法", P, False),
     ("g4", "开展试点试验", P, False),
     ("g5", "推动数据“供得出、流得动、用得好、保安全”", "在数据要素市场化配置改革方面,推动数据“供得出、流得动、用得好、保安全”,更好赋能经济社会发展。", False),
     ("g6", "更好赋能经济社会发展", "在数据要素市场化配置改革方面,推动数据“供得出、流得动、用得好、保安全”,更好赋能经济社会发展。", False),
     ("g7", "推动制定《政务数据共享条例》", "推动制定《政务数据共享条例》", False),
     ("g8", "实施数字化转型工程", "实施数字化转型工程", True)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("nda", "hasGoal", id, optional=opt)
    rel("liu", "proposes", id, optional=opt)
rel("g8", "involvesTechnology", "dt", optional=True)
stat("s1", "数字经济核心产业增加值占GDP比重", "10%", "2024年,我国数字经济核心产业增加值占GDP比重达到10%左右")
stat("s2", "推出“高效办成一件事”批次", "3批", "2024年以来推出3批33项“高效办成一件事”")
stat("s3", "推出“高效办成一件事”事项", "33项", "2024年以来推出3批33项“高效办成一件事”")
stat("s4", "“高效办成一件事”累计办件量", "5100万件", "累计办件量5100万件")
stat("s5", "累计支撑共享政务数据次数", "5400亿次", "累计支撑各地区各部门共享政务数据超过5400亿次")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
