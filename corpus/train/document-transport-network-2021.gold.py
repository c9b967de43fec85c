"""Gold annotation of document-transport-network-2021 (国务院印发《国家综合立体交通网规划纲要》), by hand per shared/eval/ANNOTATE.md."""
ID = "document-transport-network-2021"
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

ent("cpc", "Agency", "中共中央")
ent("sc", "Agency", "国务院")
ent("mag", "Organization", "汽车纵横")
ent("doc", "Document", "国家综合立体交通网规划纲要", ["纲要"])
rel("doc", "publishedBy", "cpc")
rel("doc", "publishedBy", "sc")
ent("china", "Place", "中国", ["我国"], optional=True)
ent("dig", "Technology", "数字化", optional=True)
ent("net", "Technology", "网络化", optional=True)
ent("intel", "Technology", "智能化", optional=True)
S35 = lines[3]
SCALE = lines[4]
G = [("a1", "加快建设交通强国", "是为加快建设交通强国,构建现代化高质量国家综合立体交通网,支撑现代化经济体系和社会主义现代化强国建设", False),
     ("a2", "构建现代化高质量国家综合立体交通网", "构建现代化高质量国家综合立体交通网", False),
     ("a3", "支撑现代化经济体系和社会主义现代化强国建设", "支撑现代化经济体系和社会主义现代化强国建设", False),
     ("b1", "基本建成便捷顺畅、经济高效、绿色集约、智能先进、安全可靠", "到2035 年,基本建成便捷顺畅、经济高效、绿色集约、智能先进、安全可靠的现代化高质量国家综合立体交通网", False),
     ("b2", "实现国际国内互联互通、全国主要城市立体畅达、县级节点有效覆盖", "实现国际国内互联互通、全国主要城市立体畅达、县级节点有效覆盖", False),
     ("b3", "有力支撑“全国123 出行交通圈”", "有力支撑“全国123 出行交通圈”(都市区1 小时通勤、城市群2 小时通达、全国主要城市3 小时覆盖)和“全球123 快货物流圈”(国内1 天送达、周边国家2 天送达、全球主要城市3 天送达)", False),
     ("b3b", "“全球123 快货物流圈”", "和“全球123 快货物流圈”(国内1 天送达、周边国家2 天送达、全球主要城市3 天送达)", True),
     ("b4", "交通基础设施质量、智能化与绿色化水平居世界前列", "交通基础设施质量、智能化与绿色化水平居世界前列", False),
     ("b5", "交通运输全面适应人民日益增长的美好生活需要", "交通运输全面适应人民日益增长的美好生活需要", False),
     ("b6", "有力保障国家安全", "有力保障国家安全", False),
     ("b7", "支撑我国基本实现社会主义现代化", "支撑我国基本实现社会主义现代化", False),
     ("c0", "实体线网总规模合计70 万公里左右", "到2035 年,国家综合立体交通网实体线网总规模合计70 万公里左右", False),
     ("c1", "铁路20 万公里左右", "其中铁路20 万公里左右", False),
     ("c2", "公路46 万公里左右", "公路46 万公里左右", False),
     ("c3", "高等级航道2.5 万公里左右", "高等级航道2.5 万公里左右", False),
     ("c4", "沿海主要港口27 个", "沿海主要港口27 个", False),
     ("c5", "内河主要港口36 个", "内河主要港口36 个", False),
     ("c6", "民用运输机场400 个左右", "民用运输机场400 个左右", False),
     ("c7", "邮政快递枢纽80 个左右", "邮政快递枢纽80 个左右", False),
     ("d1", "全面建成现代化高质量国家综合立体交通网", "到本世纪中叶,全面建成现代化高质量国家综合立体交通网", False),
     ("d2", "拥有世界一流的交通基础设施体系", "拥有世界一流的交通基础设施体系", False),
     ("d3", "交通运输供需有效平衡、服务优质均等、安全有力保障", "交通运输供需有效平衡、服务优质均等、安全有力保障", False),
     ("d4", "新技术广泛应用", "新技术广泛应用", False),
     ("d5", "实现数字化、网络化、智能化、绿色化", "实现数字化、网络化、智能化、绿色化", False)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("doc", "hasGoal", id, optional=opt)
    rel("cpc", "hasGoal", id, optional=True)
    rel("sc", "hasGoal", id, optional=True)
for t in ("dig", "net", "intel"):
    rel("d5", "involvesTechnology", t, optional=True)
rel("b4", "involvesTechnology", "intel", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
