"""Gold annotation of document-bigdata-2015 (国务院印发《促进大数据发展行动纲要》), by hand per shared/eval/ANNOTATE.md."""
ID = "document-bigdata-2015"
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
ent("li", "Person", "李克强")
rel("li", "holdsPost", "sc", optional=True, post="总理")
ent("xinhua", "Organization", "新华社")
ent("beijing", "Place", "北京", optional=True)
ent("doc", "Document", "促进大数据发展行动纲要", ["纲要"])
rel("doc", "publishedBy", "sc")
ent("bigdata", "Technology", "大数据")
B = "bigdata"
G = [  # id, label, evidence, optional, tech
 ("g0", "系统部署大数据发展工作", "系统部署大数据发展工作", True, B),
 ("a1", "加快政府数据开放共享", "一要加快政府数据开放共享,推动资源整合,提升治理能力", False, None),
 ("a1b", "推动资源整合", "推动资源整合", True, None),
 ("a1c", "提升治理能力", "提升治理能力", True, None),
 ("a11", "大力推动政府部门数据共享", "大力推动政府部门数据共享", False, None),
 ("a12", "稳步推动公共数据资源开放", "稳步推动公共数据资源开放", False, None),
 ("a13", "统筹规划大数据基础设施建设", "统筹规划大数据基础设施建设", False, B),
 ("a14", "支持宏观调控科学化", "支持宏观调控科学化", False, None),
 ("a15", "推动政府治理精准化", "推动政府治理精准化", False, None),
 ("a16", "推进商事服务便捷化", "推进商事服务便捷化", False, None),
 ("a17", "促进安全保障高效化", "促进安全保障高效化", False, None),
 ("a18", "加快民生服务普惠化", "加快民生服务普惠化", False, None),
 ("a2", "推动产业创新发展", "二要推动产业创新发展,培育新兴业态,助力经济转型", False, None),
 ("a2b", "培育新兴业态", "培育新兴业态", True, None),
 ("a2c", "助力经济转型", "助力经济转型", True, None),
 ("a21", "发展大数据在工业、新兴产业、农业农村等行业领域应用", "发展大数据在工业、新兴产业、农业农村等行业领域应用", False, B),
 ("a22", "推动大数据发展与科研创新有机结合", "推动大数据发展与科研创新有机结合", False, B),
 ("a23", "推进基础研究和核心技术攻关", "推进基础研究和核心技术攻关", False, None),
 ("a24", "形成大数据产品体系", "形成大数据产品体系", False, B),
 ("a25", "完善大数据产业链", "完善大数据产业链", False, B),
 ("a3", "强化安全保障", "三要强化安全保障,提高管理水平,促进健康发展", False, None),
 ("a3b", "提高管理水平", "提高管理水平", True, None),
 ("a3c", "促进健康发展", "促进健康发展", True, None),
 ("a31", "健全大数据安全保障体系", "健全大数据安全保障体系", False, B),
 ("a32", "强化安全支撑", "强化安全支撑", False, None),
 ("p1", "建立国家大数据发展和应用统筹协调机制", "一是建立国家大数据发展和应用统筹协调机制", False, B),
 ("p2", "加快法规制度建设", "二是加快法规制度建设,积极研究数据开放、保护等方面制度", False, None),
 ("p2b", "积极研究数据开放、保护等方面制度", "积极研究数据开放、保护等方面制度", True, None),
 ("p3", "健全市场发展机制", "三是健全市场发展机制,鼓励政府与企业、社会机构开展合作", False, None),
 ("p3b", "鼓励政府与企业、社会机构开展合作", "鼓励政府与企业、社会机构开展合作", True, None),
 ("p4", "建立标准规范体系", "四是建立标准规范体系,积极参与相关国际标准制定工作", False, None),
 ("p4b", "积极参与相关国际标准制定工作", "积极参与相关国际标准制定工作", True, None),
 ("p5", "加大财政金融支持", "五是加大财政金融支持,推动建设一批国际领先的重大示范工程", False, None),
 ("p5b", "推动建设一批国际领先的重大示范工程", "推动建设一批国际领先的重大示范工程", True, None),
 ("p6", "加强专业人才培养", "六是加强专业人才培养,建立健全多层次、多类型的大数据人才培养体系", False, None),
 ("p6b", "建立健全多层次、多类型的大数据人才培养体系", "建立健全多层次、多类型的大数据人才培养体系", True, B),
 ("p7", "促进国际交流合作", "七是促进国际交流合作,建立完善国际合作机制", False, None),
 ("p7b", "建立完善国际合作机制", "建立完善国际合作机制", True, None),
]
for id, l, e, opt, t in G:
    goal(id, l, e, optional=opt)
    rel("doc", "hasGoal", id, optional=opt)
    rel("sc", "hasGoal", id, optional=True)
    if t: rel(id, "involvesTechnology", t, optional=opt)
rel("sc", "promotes", "bigdata")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
