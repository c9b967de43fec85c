"""Gold annotation of proposal-yili-rural-finance-2016 (《小康》记者跑两会), by hand per shared/eval/ANNOTATE.md."""
ID = "proposal-yili-rural-finance-2016"
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

ent("xkw", "Organization", "中国小康网")
ent("xk", "Organization", "小康", ["《小康》"], optional=True)
ent("jin", "Person", "靳晶")
ent("sc", "Agency", "国务院")
ent("d-left", "Document", "关于加强农村留守儿童关爱保护工作的意见", ["《关于加强农村留守儿童关爱保护工作的意见》", "《意见》"])
rel("d-left", "publishedBy", "sc")
ent("lh", "Event", "两会", optional=True)
ent("cppcc", "Agency", "全国政协", optional=True)
ent("yili", "Organization", "伊利集团")
ent("pan", "Person", "潘刚")
rel("pan", "holdsPost", "cppcc", post="全国政协委员", optional=True)
rel("pan", "holdsPost", "yili", post="董事长")
ent("d-safety", "Document", "关于提升农村地区儿童安全教育工作的提案", ["《关于提升农村地区儿童安全教育工作的提案》"])
ent("d-fin", "Document", "关于建立新型农业普惠金融体系的提案", ["《关于建立新型农业普惠金融体系的提案》"])
ent("no1", "Document", "一号文件", optional=True)
ent("china", "Place", "我国", optional=True)
goal("q0", "加强农村留守儿童关爱保护工作", "国务院印发了《关于加强农村留守儿童关爱保护工作的意见》")
rel("d-left", "hasGoal", "q0"); rel("sc", "hasGoal", "q0")
goal("p0", "切实保护农村儿童", "为落实《意见》,切实保护农村儿童", optional=True)
rel("pan", "proposes", "p0", optional=True)
goal("p1", "提升农村地区儿童安全教育工作", "潘刚提交了《关于提升农村地区儿童安全教育工作的提案》")
rel("pan", "proposes", "p1"); rel("d-safety", "hasGoal", "p1"); rel("yili", "hasGoal", "p1", optional=True)
goal("p2", "建立新型农业普惠金融体系", "在《关于建立新型农业普惠金融体系的提案》中")
goal("p3", "协力打造出更具特色的农业普惠金融服务模式", "政府、龙头企业、金融机构需要联合创新,协力打造出更具特色的农业普惠金融服务模式")
goal("p4", "弥补农业现代化短板", "要实现弥补农业现代化短板、促进社会经济协调发展、帮助我国全面建成小康社会的目标")
goal("p5", "促进社会经济协调发展", "促进社会经济协调发展")
goal("p6", "帮助我国全面建成小康社会", "帮助我国全面建成小康社会的目标")
goal("p7", "开发农业细分产业自身的造血功能", "一方面要靠市场,由龙头企业牵头,开发农业细分产业自身的造血功能")
goal("p8", "对农业普惠金融创新予以更多的政策支持", "同时由政府发挥支撑作用,对农业普惠金融创新予以更多的政策支持")
for g in ("p2", "p3", "p4", "p5", "p6", "p7", "p8"):
    rel("pan", "proposes", g)
for g in ("p2", "p3"):
    rel("d-fin", "hasGoal", g)
goal("p9", "帮助农村人口脱困", "农业普惠金融作为一个旨在帮助农村人口脱困、助燃农村经济引擎的系统大工程,需要进一步创新", optional=True)
rel("pan", "proposes", "p9", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
