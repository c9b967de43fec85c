"""Gold annotation of interpretation-healthy-china-2019 (健康中国行动有关情况), by hand per shared/eval/ANNOTATE.md."""
ID = "interpretation-healthy-china-2019"
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

ent("cpc", "Agency", "中共中央", ["党中央"])
ent("sc", "Agency", "国务院")
ent("gosc", "Agency", "国务院办公厅")
ent("scio", "Agency", "国务院新闻办公室")
rel("gosc", "subOrganizationOf", "sc")
rel("scio", "subOrganizationOf", "sc")
ent("committee", "Agency", "健康中国行动推进委员会", ["推进委员会"])
ent("nhc", "Agency", "卫生健康委")
ent("moe", "Agency", "教育部")
ent("sport", "Agency", "体育总局")
ent("xi", "Person", "习近平")
ent("li", "Person", "李克强")
rel("xi", "holdsPost", "cpc", optional=True, post="总书记")
rel("li", "holdsPost", "sc", optional=True, post="总理")
ent("briefing", "Event", "国务院政策例行吹风会")
ent("c19", "Event", "党的十九大", ["十九大"])
ent("opinion", "Document", "关于实施健康中国行动的意见", ["意见"])
ent("notice", "Document", "关于印发健康中国行动组织实施和考核方案的通知", ["实施和考核方案"])
ent("action", "Document", "健康中国行动(20192030年)", ["健康中国行动"])
ent("outline", "Document", "“健康中国2030”规划纲要", ["规划纲要"])
ent("report19", "Document", "党的十九大报告", optional=True)
ent("gwr", "Document", "政府工作报告", ["2019年《政府工作报告》"])
rel("opinion", "publishedBy", "sc")
rel("notice", "publishedBy", "gosc")
rel("action", "publishedBy", "committee")
rel("outline", "publishedBy", "cpc")
rel("outline", "publishedBy", "sc")
rel("report19", "adoptedAt", "c19", optional=True)
stat("s-depts", "参与研究的部门数", "30多个", "会同教育部、体育总局等30多个部门专题研究人民群众健康需求", optional=True)
# aims of the documents
AIM = "旨在推动转变理念,落实预防为主,加强疾病预防和健康促进,让每个人承担起自己健康的第一责任,动员各方共同参与,普及健康知识,加强早期干预,延长健康寿命"
goal("g0", "积极有效应对当前突出健康问题", "为积极有效应对当前突出健康问题")
goal("g1", "推动转变理念", AIM)
goal("g2", "落实预防为主", "落实预防为主")
goal("g3", "加强疾病预防和健康促进", "加强疾病预防和健康促进")
goal("g4", "让每个人承担起自己健康的第一责任", "让每个人承担起自己健康的第一责任")
goal("g5", "动员各方共同参与", "动员各方共同参与")
goal("g6", "普及健康知识", "普及健康知识")
goal("g7", "加强早期干预", "加强早期干预")
goal("g8", "延长健康寿命", "延长健康寿命")
for g in ("g0", "g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8"):
    rel("opinion", "hasGoal", g)
    rel("action", "hasGoal", g, optional=True)
    rel("notice", "hasGoal", g, optional=True)
    rel("nhc", "hasGoal", g, optional=True)
    rel("sc", "hasGoal", g, optional=True)
goal("g9", "把以治病为中心转变为以人民健康为中心", "突出体现习近平总书记强调的“把以治病为中心转变为以人民健康为中心”的思想", optional=True)
rel("xi", "proposes", "g9", optional=True)
rel("opinion", "hasGoal", "g9", optional=True)
goal("g10", "贯彻落实党的十九大要求", "一是贯彻落实党的十九大要求,推动实施健康中国战略的要求", optional=True)
rel("opinion", "hasGoal", "g10", optional=True)
# Xi at the 19th congress
goal("x1", "实施健康中国战略", "习近平总书记在党的十九大报告中提出实施健康中国战略")
goal("x2", "贯彻预防为主方针", "并多次强调要贯彻预防为主方针", optional=True)
goal("x3", "坚持防治结合、联防联控、群防群控", "坚持防治结合、联防联控、群防群控")
goal("x4", "为人民群众提供全生命周期的卫生与健康服务", "努力为人民群众提供全生命周期的卫生与健康服务")
for g in ("x1", "x2", "x3", "x4"):
    rel("xi", "proposes", g, optional=(g == "x2"))
    rel("cpc", "hasGoal", g, optional=True)
rel("report19", "hasGoal", "x1", optional=True)
rel("opinion", "hasGoal", "x1", optional=True)
# Li Keqiang
goal("l1", "加大干预力度", "强调要针对健康影响因素,加大干预力度")
goal("l2", "抓好预防保健", "抓好预防保健")
for g in ("l1", "l2"):
    rel("li", "proposes", g)
    rel("sc", "hasGoal", g, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
