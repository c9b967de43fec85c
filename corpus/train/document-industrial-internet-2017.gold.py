"""Gold annotation of document-industrial-internet-2017 (国务院:增强工业互联网产业供给能力 加大财税支持), by hand per shared/eval/ANNOTATE.md."""
ID = "document-industrial-internet-2017"
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
ent("c19", "Event", "党的十九大", ["十九大"])
ent("doc", "Document", "关于深化“互联网+先进制造业”发展工业互联网的指导意见", ["意见"])
rel("doc", "publishedBy", "sc")
ent("china", "Place", "中国", ["我国"], optional=True)
ent("iiot", "Technology", "工业互联网")
ent("internet", "Technology", "互联网")
ent("iplus", "Technology", "互联网+", optional=True)
ent("idres", "Technology", "标识解析", optional=True)
I = "iiot"
G = [("t0", "加大财税支持", "国务院:增强工业互联网产业供给能力 加大财税支持", False, []),
     ("a0", "深入贯彻落实党的十九大精神", "要深入贯彻落实党的十九大精神", True, []),
     ("a1", "全面支撑制造强国和网络强国建设", "以全面支撑制造强国和网络强国建设为目标", False, []),
     ("a2", "推动互联网和实体经济深度融合", "围绕推动互联网和实体经济深度融合", False, ["internet"]),
     ("a3", "发展智能、绿色的先进制造业", "聚焦发展智能、绿色的先进制造业", False, []),
     ("a4", "构建网络、平台、安全三大功能体系", "构建网络、平台、安全三大功能体系", False, []),
     ("a5", "增强工业互联网产业供给能力", "增强工业互联网产业供给能力,持续提升我国工业互联网发展水平", False, [I]),
     ("a6", "持续提升我国工业互联网发展水平", "持续提升我国工业互联网发展水平", False, [I]),
     ("a7", "深入推进“互联网+”", "深入推进“互联网+”", False, ["iplus"]),
     ("a8", "形成实体经济与网络相互促进、同步提升的良好格局", "形成实体经济与网络相互促进、同步提升的良好格局", False, []),
     ("a9", "有力推动现代化经济体系建设", "有力推动现代化经济体系建设", False, []),
     ("s1", "工业互联网网络基础设施基本建成", "到2025年,覆盖各地区、各行业的工业互联网网络基础设施基本建成,工业互联网标识解析体系不断健全并规模化推广,基本形成具备国际竞争力的基础设施和产业体系", False, [I]),
     ("s1b", "工业互联网标识解析体系不断健全并规模化推广", "工业互联网标识解析体系不断健全并规模化推广", True, [I]),
     ("s1c", "基本形成具备国际竞争力的基础设施和产业体系", "基本形成具备国际竞争力的基础设施和产业体系", True, []),
     ("s2", "建成国际领先的工业互联网网络基础设施和平台", "到2035年,建成国际领先的工业互联网网络基础设施和平台,工业互联网全面深度应用并在优势行业形成创新引领能力,重点领域实现国际领先", False, [I]),
     ("s2b", "工业互联网全面深度应用并在优势行业形成创新引领能力", "工业互联网全面深度应用并在优势行业形成创新引领能力", True, [I]),
     ("s2c", "重点领域实现国际领先", "重点领域实现国际领先", True, []),
     ("s3", "综合实力进入世界前列", "到本世纪中叶,工业互联网创新发展能力、技术产业体系以及融合应用等全面达到国际先进水平,综合实力进入世界前列", False, [I]),
     ("s3b", "全面达到国际先进水平", "工业互联网创新发展能力、技术产业体系以及融合应用等全面达到国际先进水平", True, []),
     ("k0", "建设和发展工业互联网", "《意见》明确了建设和发展工业互联网的主要任务", True, [I]),
     ("k1", "夯实网络基础", "一是夯实网络基础", False, []),
     ("k1a", "推动网络改造升级提速降费", "推动网络改造升级提速降费", False, []),
     ("k1b", "推进标识解析体系建设", "推进标识解析体系建设", False, ["idres"]),
     ("k2", "打造平台体系", "二是打造平台体系", False, []),
     ("k2a", "形成多层次、系统化的平台发展体系", "通过分类施策、同步推进、动态调整,形成多层次、系统化的平台发展体系", False, []),
     ("k2b", "提升平台运营能力", "提升平台运营能力", False, []),
     ("k3", "加强产业支撑", "三是加强产业支撑", False, []),
     ("k3a", "加大关键共性技术攻关力度", "加大关键共性技术攻关力度", False, []),
     ("k3b", "加快建立统一、综合、开放的工业互联网标准体系", "加快建立统一、综合、开放的工业互联网标准体系", False, [I]),
     ("k3c", "提升产品与解决方案供给能力", "提升产品与解决方案供给能力", False, []),
     ("k4", "促进融合应用", "四是促进融合应用", False, []),
     ("k4a", "提升大型企业工业互联网创新和应用水平", "提升大型企业工业互联网创新和应用水平", False, [I]),
     ("k4b", "加快中小企业工业互联网应用普及", "加快中小企业工业互联网应用普及", False, [I])]
for id, l, e, opt, ts in G:
    goal(id, l, e, optional=opt)
    rel("doc", "hasGoal", id, optional=opt or id == "t0")
    rel("sc", "hasGoal", id, optional=(id != "t0"))
    for t in ts:
        rel(id, "involvesTechnology", t, optional=opt or t in ("iplus", "idres"))
rel("sc", "promotes", "iiot")
rel("sc", "promotes", "internet")
rel("sc", "promotes", "iplus", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
