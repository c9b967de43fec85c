"""Gold annotation of forum-ev100-changzhou-2017 (中国电动汽车百人会·常州论坛(2017)), by hand per shared/eval/ANNOTATE.md."""
ID = "forum-ev100-changzhou-2017"
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
    if "evidence" in kw: ev(kw["evidence"])
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def goal(id, label, evidence, optional=False):
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)
ent("forum", "Event", "中国电动汽车百人会·常州论坛(2017)", ['"交通变革与智能出行"高层论坛'])
ent("ev100", "Organization", "中国电动汽车百人会")
ent("riohp", "Organization", "交通运输部公路科学研究院", ["交通部公路院"])
ent("mot", "Agency", "交通运输部", ["交通部"])
ent("js-dot", "Agency", "江苏省交通运输厅")
ent("cz-gov", "Agency", "常州市人民政府")
for id, l in [("jin", "金凌"), ("chen", "陈清泰"), ("zhang", "张永伟"), ("lilin", "李林")]:
    ent(id, "Person", l)
ent("js", "Place", "江苏")
ent("cz", "Place", "常州")
ent("china", "Place", "我国", optional=True)
ent("plan13", "Document", '"十三五"现代综合交通运输体系发展规划')
ent("its-plan", "Document", "促进智能交通发展的实施方案", optional=True)
ent("info-guid", "Document", "关于进一步扩大和升级信息消费持续释放内需潜力的指导意见")
ent("mi", "Technology", "移动互联网")
ent("ai", "Technology", "人工智能")
ent("bigdata", "Technology", "大数据")
ent("cloud", "Technology", "云计算")
ent("internet", "Technology", "互联网")
ent("its", "Technology", "智能交通")
ent("smart-mob", "Technology", "智能出行", optional=True)
ent("iplus", "Technology", "互联网+", optional=True)
goal("g-its", "推动我国乃至我省智能交通和相关产业发展", "共谋智能交通发展大计,必将有力地推动我国乃至我省智能交通和相关产业发展", optional=True)
goal("d-iplus", '推动"互联网+便捷交通"', '推动"互联网+便捷交通",促进智能交通发展的实施方案', optional=True)
rel("jin", "proposes", "g-its", optional=True)
rel("js-dot", "hasGoal", "g-its", optional=True)
rel("g-its", "involvesTechnology", "its", optional=True)
rel("d-iplus", "involvesTechnology", "iplus", optional=True)
rel("its-plan", "hasGoal", "d-iplus", optional=True)
rel("riohp", "subOrganizationOf", "mot")
rel("jin", "holdsPost", "js-dot", post="副厅长")
rel("chen", "holdsPost", "ev100", post="理事长", optional=True)
rel("zhang", "holdsPost", "ev100", post="秘书长", optional=True)
rel("lilin", "holdsPost", "cz-gov", post="市长", optional=True)
rel("jin", "speaksAt", "forum")
rel("forum", "locatedIn", "cz")
rel("forum", "locatedIn", "js", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
