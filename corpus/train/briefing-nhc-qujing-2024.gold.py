"""Gold annotation of briefing-nhc-qujing-2024 (国家卫生健康委员会2024年4月18日新闻发布会文字实录), by hand per shared/eval/ANNOTATE.md."""
import collections, json, pathlib
here = pathlib.Path(__file__).resolve().parent
ID = "briefing-nhc-qujing-2024"
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
    if "evidence" in kw: ev(kw["evidence"])
    if type == "Goal": assert label in text and 4 <= len(label) <= 30, label
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    if "post" in kw: assert kw["post"] in text, kw["post"]
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence, optional=False):
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

ent("nhc", "Agency", "国家卫生健康委员会", ["国家卫生健康委"])
ent("nhc-pub", "Agency", "宣传司")
ent("nhc-plan", "Agency", "规划司", ["国家卫生健康委规划司"])
rel("nhc-pub", "subOrganizationOf", "nhc"); rel("nhc-plan", "subOrganizationOf", "nhc")
ent("aiwei", "Agency", "全国爱卫办")
ent("yn-hc", "Agency", "云南省卫生健康委")
ent("qj-gov", "Agency", "曲靖市人民政府", ["云南省曲靖市人民政府"])
ent("tz-aiwei", "Agency", "台州市爱卫会", ["浙江省台州市爱卫会"])
ent("tz-gov", "Agency", "台州市人民政府")
ent("hu", "Person", "胡强强")
ent("mao", "Person", "毛群安")
ent("xu", "Person", "许伟", ["许  伟"])
ent("lixx", "Person", "李先祥")
ent("licm", "Person", "李昌明")
ent("yunnan", "Place", "云南省")
ent("qujing", "Place", "曲靖市")
ent("zhejiang", "Place", "浙江省")
ent("taizhou", "Place", "台州市")
ent("hall", "Place", "曲靖会堂", optional=True)
ent("presser", "Event", "国家卫生健康委员会2024年4月18日新闻发布会")
rel("presser", "locatedIn", "qujing")
rel("presser", "locatedIn", "hall", optional=True)
rel("presser", "locatedIn", "yunnan", optional=True)
rel("hu", "holdsPost", "nhc", post="新闻发言人")
rel("hu", "holdsPost", "nhc-pub", post="副司长")
rel("mao", "holdsPost", "aiwei", post="副主任")
rel("mao", "holdsPost", "nhc-plan", post="司长")
rel("xu", "holdsPost", "yn-hc", post="副主任")
rel("lixx", "holdsPost", "qj-gov", post="市长")
rel("licm", "holdsPost", "tz-aiwei", post="主任")
rel("licm", "holdsPost", "tz-gov", post="副市长")
rel("hu", "speaksAt", "presser")
for p in ("mao", "xu", "lixx", "licm"):
    rel(p, "speaksAt", "presser", optional=True)
ent("d1", "Document", "关于进一步加强医疗机构投诉管理的通知", ["《关于进一步加强医疗机构投诉管理的通知》"])
ent("d2", "Document", "关于加强助产服务管理的通知", ["《关于加强助产服务管理的通知》"])
ent("d3", "Document", "原发性肝癌诊疗指南(2024年版)", ["《原发性肝癌诊疗指南(2024年版)》"])
for d in ("d1", "d2", "d3"):
    rel(d, "publishedBy", "nhc")
G = [("d1", "g1a", "建立患者诉求快速响应机制", lines[11]),
     ("d1", "g1b", "及时回应患者急难愁盼问题", lines[11]),
     ("d1", "g1c", "提高医疗质量", "提高医疗质量,保障医疗安全和医患双方合法权益"),
     ("d1", "g1d", "保障医疗安全和医患双方合法权益", "保障医疗安全和医患双方合法权益"),
     ("d1", "g1e", "维护正常医疗秩序", "维护正常医疗秩序"),
     ("d2", "g2a", "优化助产服务资源规划布局", "要求各级卫生健康行政部门,优化助产服务资源规划布局"),
     ("d2", "g2b", "确保助产服务供给", "确保助产服务供给"),
     ("d2", "g2c", "有效满足孕产妇需求", "有效满足孕产妇需求"),
     ("d2", "g2d", "保障产科持续服务", "各级妇幼保健机构、二级以上公立综合医院、承担危重孕产妇救治中心任务的公立医疗机构、地广人稀地区的公立基层医疗卫生机构原则上应保障产科持续服务"),
     ("d3", "g3a", "规范肝癌诊疗行为", "进一步规范肝癌诊疗行为"),
     ("d3", "g3b", "改善肝癌患者预后", "改善肝癌患者预后"),
     ("d3", "g3c", "保障医疗质量和医疗安全", "保障医疗质量和医疗安全")]
for d, g, l, e in G:
    goal(g, l, e)
    rel(d, "hasGoal", g)
    rel("nhc", "hasGoal", g, optional=True)
    rel("hu", "proposes", g, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
