"""Gold annotation of document-made-in-china-2025-2015 (国务院印发《中国制造2025》 部署全面推进实施制造强国战略), by hand per shared/eval/ANNOTATE.md."""
ID = "document-made-in-china-2025-2015"
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
    assert label in evidence, (label, evidence)
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

ent("sc", "Agency", "国务院")
ent("doc", "Document", "中国制造2025")
rel("doc", "publishedBy", "sc")
ent("china", "Place", "中国", ["我国"], optional=True)
ent("sm", "Technology", "智能制造")
ent("ngit", "Technology", "新一代信息技术", optional=True)
ent("info", "Technology", "信息化", optional=True)
ent("robot", "Technology", "机器人", optional=True)
ent("nev", "Technology", "新能源汽车", optional=True)
ent("newmat", "Technology", "新材料", optional=True)
ent("biomed", "Technology", "生物医药", optional=True)
G = [("g0", "全面推进实施制造强国战略", "部署全面推进实施制造强国战略", False),
     ("g00", "实现制造强国的战略目标", "通过“三步走”实现制造强国的战略目标", True),
     ("s1", "到2025年迈入制造强国行列", "第一步,到2025年迈入制造强国行列", False),
     ("s2", "我国制造业整体达到世界制造强国阵营中等水平", "第二步,到2035年我国制造业整体达到世界制造强国阵营中等水平", False),
     ("s3", "综合实力进入世界制造强国前列", "第三步,到新中国成立一百年时,我制造业大国地位更加巩固,综合实力进入世界制造强国前列", False),
     ("s3b", "我制造业大国地位更加巩固", "我制造业大国地位更加巩固", True),
     ("t1", "提高国家制造业创新能力", "提高国家制造业创新能力", False),
     ("t2", "推进信息化与工业化深度融合", "推进信息化与工业化深度融合", False),
     ("t3", "强化工业基础能力", "强化工业基础能力", False),
     ("t4", "加强质量品牌建设", "加强质量品牌建设", False),
     ("t5", "全面推行绿色制造", "全面推行绿色制造", False),
     ("t6", "大力推动重点领域突破发展", "大力推动重点领域突破发展", False),
     ("t7", "深入推进制造业结构调整", "深入推进制造业结构调整", False),
     ("t8", "积极发展服务型制造和生产性服务业", "积极发展服务型制造和生产性服务业", False),
     ("t9", "提高制造业国际化发展水平", "提高制造业国际化发展水平", False),
     ("p1", "实施国家制造业创新中心建设", "实施国家制造业创新中心建设、智能制造、工业强基、绿色制造、高端装备创新等五项重大工程", False),
     ("p1b", "工业强基", "实施国家制造业创新中心建设、智能制造、工业强基、绿色制造、高端装备创新等五项重大工程", True),
     ("p1c", "高端装备创新", "实施国家制造业创新中心建设、智能制造、工业强基、绿色制造、高端装备创新等五项重大工程", True),
     ("p2", "实现长期制约制造业发展的关键共性技术突破", "实现长期制约制造业发展的关键共性技术突破", False),
     ("p3", "提升我国制造业的整体竞争力", "提升我国制造业的整体竞争力", False)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("doc", "hasGoal", id, optional=opt)
    rel("sc", "hasGoal", id, optional=True)
rel("p1", "involvesTechnology", "sm")
rel("t2", "involvesTechnology", "info", optional=True)
rel("t6", "involvesTechnology", "ngit", optional=True)
rel("t6", "involvesTechnology", "robot", optional=True)
rel("sc", "promotes", "sm")
for t in ("ngit", "info", "robot", "nev", "newmat", "biomed"):
    rel("sc", "promotes", t, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
