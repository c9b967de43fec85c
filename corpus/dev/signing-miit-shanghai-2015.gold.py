"""Gold annotation of signing-miit-shanghai-2015 (工信部与上海政府合作 深入落实中国制造2025), by hand per shared/eval/ANNOTATE.md."""
ID = "signing-miit-shanghai-2015"
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

ent("miit", "Agency", "工信部")
ent("sh-cpc", "Agency", "上海市委")
ent("sh-school", "Agency", "上海市委党校"); rel("sh-school", "subOrganizationOf", "sh-cpc", optional=True)
ent("sh-gov", "Agency", "上海市人民政府", ["上海政府"])
ent("sh-web", "Organization", "上海政府网", optional=True)
ent("shanghai", "Place", "上海", ["上海市"])
ent("china", "Place", "中国", ["我国"], optional=True)
ent("miaow", "Person", "苗圩"); rel("miaow", "holdsPost", "miit", post="部长")
ent("yangx", "Person", "杨雄"); rel("yangx", "holdsPost", "sh-cpc", post="副书记"); rel("yangx", "holdsPost", "sh-gov", post="市长")
ent("seminar", "Event", "贯彻落实《中国制造2025》专题研讨班", ["专题研讨班"])
rel("miaow", "speaksAt", "seminar"); rel("seminar", "locatedIn", "shanghai", optional=True)
ent("mic2025", "Document", "中国制造2025")
ent("report", "Document", "深入落实中国制造2025加快推进制造强国建设", optional=True)
ent("agr", "Document", "关于推进“四新”经济实践区建设促进上海产业创新转型发展的战略合作协议")
rel("agr", "publishedBy", "miit"); rel("agr", "publishedBy", "sh-gov")
ent("smartmfg", "Technology", "智能制造")
ent("internet-plus", "Technology", "互联网+")
L3 = lines[3]
G = [("p0", "巩固和深化与上海部市的合作", "为进一步巩固和深化与上海部市的合作", False, None),
     ("g1a", "建立协同区域创新体系", "一是建立协同区域创新体系,形成若干个拥有技术主导权的产业集群", False, None),
     ("g1b", "形成若干个拥有技术主导权的产业集群", "一是建立协同区域创新体系,形成若干个拥有技术主导权的产业集群", False, None),
     ("g2a", "建设“四新”经济产业基地新载体", "二是建设“四新”经济产业基地新载体,推进实施工业强基专项行动", False, None),
     ("g2b", "推进实施工业强基专项行动", "二是建设“四新”经济产业基地新载体,推进实施工业强基专项行动", False, None),
     ("g3a", "推进智能制造试点示范工程", "三是推进智能制造试点示范工程,创建一批新型工业化产业示范基地", False, "smartmfg"),
     ("g3b", "创建一批新型工业化产业示范基地", "三是推进智能制造试点示范工程,创建一批新型工业化产业示范基地", False, None),
     ("g4a", "推动“互联网+”专项创新服务型制造", "四是推动“互联网+”专项创新服务型制造", False, "internet-plus"),
     ("g4b", "推进创意设计等新型、高端服务业创新发展", "推进创意设计等新型、高端服务业创新发展,促进产业深度融合", False, None),
     ("g4c", "促进产业深度融合", "推进创意设计等新型、高端服务业创新发展,促进产业深度融合", False, None),
     ("g5", "推进产业重大创新工程和重大项目建设", "五是推进产业重大创新工程和重大项目建设", False, None),
     ("g6a", "推进上海市高端智库建设", "六是推进上海市高端智库建设,促进科技创新与上海经济社会协调深度融合", False, None),
     ("g6b", "促进科技创新与上海经济社会协调深度融合", "六是推进上海市高端智库建设,促进科技创新与上海经济社会协调深度融合", False, None),
     ("h0", "深化部市合作", "通过深化部市合作", True, None),
     ("h1", "共同推进“四新”经济实践区建设", "工信部与上海市将共同推进“四新”经济实践区建设、促进上海产业创新转型发展", False, None),
     ("h2", "促进上海产业创新转型发展", "工信部与上海市将共同推进“四新”经济实践区建设、促进上海产业创新转型发展", False, None),
     ("h3", "推进产业转型发展等方面实现新突破", "力争到2020年,使上海在深入实施“两化”深度融合、增强产业创新动力、推进产业转型发展等方面实现新突破", False, None),
     ("h4", "把上海打造成为全国“四新”经济创新发展集聚地", "把上海打造成为全国“四新”经济创新发展集聚地", False, None)]
for id, l, e, opt, tech in G:
    goal(id, l, e, optional=opt)
    rel("agr", "hasGoal", id, optional=opt or id == "p0")
    rel("miit", "hasGoal", id, optional=opt); rel("sh-gov", "hasGoal", id, optional=opt)
    if tech:
        rel(id, "involvesTechnology", tech)
        rel("miit", "promotes", tech); rel("sh-gov", "promotes", tech)
rel("miaow", "proposes", "p0", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
