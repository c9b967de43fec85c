"""Gold annotation of proposal-heilongjiang-deputies-2015 (两会速递:全国人大代表陆续抵京到会), by hand per shared/eval/ANNOTATE.md."""
ID = "proposal-heilongjiang-deputies-2015"
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

ent("cns", "Organization", "中新社")
ent("cnsweb", "Organization", "中国新闻网")
ent("liux", "Person", "刘旭")
ent("wangs", "Person", "王舒")
ent("hlj-del", "Organization", "黑龙江代表团", optional=True)
ent("nmg-del", "Organization", "内蒙古代表团", optional=True)
ent("school", "Organization", "呼和浩特市第二十六中学")
for id, l in [("liyl", "李亚兰"), ("gaogs", "高广生"), ("gaocy", "高春艳"), ("liul", "刘蕾"), ("dongy", "冬云")]:
    ent(id, "Person", l)
rel("dongy", "holdsPost", "school", post="教师", optional=True)
ent("beijing", "Place", "北京")
ent("hlj", "Place", "黑龙江")
ent("db3", "Place", "东北三省")
ent("russia", "Place", "俄罗斯", ["俄"])
ent("nmg", "Place", "内蒙古", optional=True)
ent("hhht", "Place", "呼和浩特市", optional=True)
ent("lh", "Event", "两会", optional=True)
ent("broad", "Technology", "宽轨铁路", optional=True)
ent("s-hlj", "Statistic", "首批抵京的黑龙江代表团代表", value="88名", evidence=ev("88名黑龙江代表团代表乘火车抵达北京"))
ent("s-nmg", "Statistic", "内蒙古代表团“先遣队”代表", value="8位", evidence=ev("内蒙古代表团“先遣队”的8位代表也抵达驻地"))
goal("g-voice", "把黑龙江人民的声音带到会上", "我们要把黑龙江人民的声音带到会上", optional=True)
goal("g-adm", "继续取消和下放行政审批事项", "高广生代表关注国家继续取消和下放行政审批事项", optional=True)
rel("gaogs", "proposes", "g-adm", optional=True)
goal("g-law", "法治建设", "李亚兰代表关注法治建设", optional=True)
rel("liyl", "proposes", "g-law", optional=True)
goal("g-normal", "主动适应经济发展新常态", "如何主动适应经济发展新常态?这是黑龙江代表们最为关注的问题", optional=True)
goal("g-rail", "在边境市县的铁路支网间引入“宽轨铁路”", "可以尽快在边境市县的铁路支网间引入“宽轨铁路”")
goal("g-sync", "与俄罗斯铁路规格同步", "与俄罗斯铁路规格同步,以节省运输成本")
goal("g-cost", "节省运输成本", "以节省运输成本")
for g in ("g-rail", "g-sync", "g-cost"):
    rel("gaocy", "proposes", g)
rel("g-rail", "involvesTechnology", "broad", optional=True)
goal("g-straw", "扶持秸秆回收企业", "有代表建议国家出台相关政策,扶持秸秆回收企业")
rel("liul", "proposes", "g-straw", optional=True)
goal("g-fert", "减少化肥的播撒", "秸秆变成有机肥料还可以一定程度上减少化肥的播撒", optional=True)
goal("g-soil", "保证农业大省土地的良性发展", "保证农业大省土地的良性发展", optional=True)
rel("liul", "proposes", "g-fert", optional=True); rel("liul", "proposes", "g-soil", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
