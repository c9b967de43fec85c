"""Gold annotation of forum-wuhan-health-2019 (世界大健康院士论坛), by hand per shared/eval/ANNOTATE.md."""
ID = "forum-wuhan-health-2019"
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
for id, l in [("neher", "厄温·内尔"), ("zhangxm", "张学敏"), ("liuyy", "刘允怡"), ("guoak", "郭爱克"), ("chenxp", "陈孝平"),
              ("zhangln", "张俐娜"), ("wangld", "王陇德"), ("mading", "马丁"), ("zhengjq", "郑家强"), ("wangxd", "王晓东"),
              ("wangxf", "王小凡"), ("wikat", "大卫. 维卡特"), ("zhanghx", "张红星"), ("huyb", "胡亚波")]:
    ent(id, "Person", l)
ent("royalsoc", "Organization", "英国皇家学会")
ent("cas", "Organization", "中国科学院", ["中科院"])
ent("cae", "Organization", "中国工程院")
ent("acmedsci", "Organization", "英国医学科学院")
ent("rsc", "Organization", "加拿大皇家科学院")
ent("wma", "Organization", "武汉医学会")
ent("tongji", "Organization", "华中科技大学同济医学院附属同济医院")
ent("biolake", "Organization", "武汉光谷生物城", optional=True)
ent("wh-gov", "Agency", "武汉市人民政府", ["市人民政府"])
ent("wh-hc", "Agency", "武汉市卫生健康委员会", ["武汉市卫生健康委"])
ent("wh-cpc", "Agency", "武汉市委", optional=True)
ent("forum", "Event", "世界大健康院士论坛", ["院士论坛"])
ent("expo", "Event", "世界大健康博览会")
ent("cpc19", "Event", "党的十九大", optional=True)
ent("wuhan", "Place", "武汉")
ent("venue", "Place", "武汉国际会议中心", optional=True)
ent("germany", "Place", "德国", optional=True)
ent("plan", "Document", "「健康武汉 2035」规划")
ent("hc-strategy", "Document", "「健康中国」战略", optional=True)
goal("g-hc", "深入贯彻党的十九大提出的「健康中国」战略", "目的是深入贯彻党的十九大提出的「健康中国」战略")
goal("g-plan", "深入实施《「健康武汉 2035」规划》", "深入实施《「健康武汉 2035」规划》")
goal("g-wisdom", "汇聚世界智慧思维", "汇聚世界智慧思维")
goal("g-front", "瞄准世界医疗科技前沿", "瞄准世界医疗科技前沿")
goal("g-share", "分享全球医疗科技先进成果", "分享全球医疗科技先进成果")
goal("g-innov", "激发创新活力", "激发创新活力")
goal("g-dev", "推动我市卫生健康事业的快速发展", "进一步推动我市卫生健康事业的快速发展")
goal("g-yaogu", "打造「药谷」", "为武汉市委市政府打造「药谷」")
goal("g-base", "重点建设国际生命健康产业基地和一流生物产业园区", "重点建设国际生命健康产业基地和一流生物产业园区")
for g in ("g-hc", "g-plan", "g-wisdom", "g-front", "g-share", "g-innov", "g-dev"):
    rel("wh-hc", "hasGoal", g, optional=True)
for g in ("g-yaogu", "g-base"):
    rel("huyb", "proposes", g); rel("wh-cpc", "hasGoal", g, optional=True); rel("wh-gov", "hasGoal", g, optional=True)
rel("plan", "hasGoal", "g-dev", optional=True)
ent("s-bio", "Statistic", "武汉光谷生物城聚集的生物企业", value="1800家", evidence=ev("武汉光谷生物城聚集了 1800 家生物企业"))
ent("s-acad", "Statistic", "邀请的国内外院士", value="7名", evidence=ev("邀请 7 名国内外院士"), optional=True)
rel("zhanghx", "holdsPost", "wh-hc", post="党委书记、主任")
rel("huyb", "holdsPost", "wh-gov", post="副市长")
rel("chenxp", "holdsPost", "wma", post="会长")
rel("huyb", "speaksAt", "forum")
rel("chenxp", "speaksAt", "forum")
rel("zhanghx", "speaksAt", "forum", optional=True)
rel("forum", "locatedIn", "wuhan")
rel("forum", "locatedIn", "venue", optional=True)
rel("expo", "locatedIn", "wuhan", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
