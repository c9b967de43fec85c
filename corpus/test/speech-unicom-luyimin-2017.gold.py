"""Gold annotation of speech-unicom-luyimin-2017 (中国联通总经理陆益民在2017年世界移动大会上的主题演讲(报道)), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-unicom-luyimin-2017"
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

ent("unicom", "Organization", "中国联通")
ent("lu", "Person", "陆益民")
rel("lu", "holdsPost", "unicom", post="总经理")
ent("mwc", "Event", "2017年世界移动大会")
ent("sh", "Place", "上海")
ent("china", "Place", "中国", optional=True)
rel("lu", "speaksAt", "mwc"); rel("mwc", "locatedIn", "sh")
ent("talk", "Document", "上善若水,大有可为", optional=True)
T = [("mi", "移动互联网", [], False), ("4g", "4G", [], False), ("iot", "物联网", [], False), ("bigdata", "大数据", [], False),
     ("ai", "人工智能", [], False), ("terminal", "智能终端", [], True), ("cloudnet", "云网一体化", [], True), ("ioe", "万物互联", [], True)]
for id, l, al, o in T:
    ent(id, "Technology", l, al, optional=o)
for t, o in [("iot", False), ("bigdata", False), ("cloudnet", True), ("ai", True), ("4g", True), ("mi", True)]:
    rel("unicom", "promotes", t, optional=o)
stat("s-4g", "中国已部署的4G基站", "300万站", "截至2016年年底,中国已部署超过300万站的4G基站")
stat("s-term", "全球智能终端出货量", "14亿部", "截至2016年年底,全球智能终端出货量已经突破14亿部")
stat("s-mi", "全球移动互联网客户数", "33亿", "截至2016年年底,全球移动互联网客户数已达33亿")
G = [("x1", "更好地支撑大连接、大网络的万物互联", "云网一体化将使运营商的网络效率得到提高,业务部署将更加灵活,从而更好地支撑大连接、大网络的万物互联", True, ["cloudnet", "ioe"]),
     ("g1", "构建强大的连接网络", "在物联网连接方面,构建强大的连接网络", False, ["iot"]),
     ("g2", "实现人人互联向万物互联扩展", "实现人人互联向万物互联扩展", False, ["ioe"]),
     ("g3", "利用好现有网络资源", "目前的重点是要在利用好现有网络资源的同时", False, []),
     ("g4", "选择合适的物联网连接技术", "根据不同的使用场景,选择合适的物联网连接技术", False, ["iot"]),
     ("g5", "积极打造能够全面支撑物联网快速发展的连接网络", "积极打造能够全面支撑物联网快速发展的连接网络", False, ["iot"]),
     ("g6", "做好基础连接管理平台", "在平台方面,做好基础连接管理平台", False, []),
     ("g7", "打造开放合作的应用使能平台和业务支撑平台", "打造开放合作的应用使能平台和业务支撑平台", False, []),
     ("g8", "为广大企业提供端到端的解决方案", "为广大企业提供端到端的解决方案", False, [])]
for id, l, e, opt, techs in G:
    goal(id, l, e, optional=opt)
    rel("unicom", "hasGoal", id, optional=opt); rel("lu", "proposes", id, optional=opt)
    for t in techs:
        rel(id, "involvesTechnology", t, optional=opt or t in ("ioe", "cloudnet"))

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
