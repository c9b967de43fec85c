"""Gold annotation of forum-strait-health-ai-2025 (第十七届海峡论坛·两岸大健康产业合作发展论坛), by hand per shared/eval/ANNOTATE.md."""
ID = "forum-strait-health-ai-2025"
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
ent("forum", "Event", "第十七届海峡论坛·两岸大健康产业合作发展论坛", ["两岸大健康产业合作发展论坛"])
ent("strait", "Event", "海峡论坛")
ent("xiamen", "Place", "厦门")
ent("taiwan", "Place", "中国台湾地区", optional=True)
ent("fujian", "Place", "福建", optional=True)
ent("npcsc", "Agency", "全国人大常委会")
ent("ngd", "Agency", "农工党中央")
ent("nhc", "Agency", "国家卫生健康委")
ent("fj-cppcc", "Agency", "福建省政协")
ent("ngd-fj", "Agency", "农工党福建省委会")
ent("cae", "Organization", "中国工程院")
ent("cas", "Organization", "中国科学院")
ent("found", "Organization", "中国初级卫生保健基金会")
ent("xmcv", "Organization", "厦门大学附属心血管病医院")
ent("zs", "Organization", "复旦大学附属中山医院")
ent("btch", "Organization", "北京清华长庚医院")
for id, l in [("he", "何维"), ("cao", "曹雪涛"), ("deng", "邓蓉玲"), ("liu", "刘献祥"), ("ge", "葛均波"), ("dong", "董家鸿")]:
    ent(id, "Person", l)
ent("ai", "Technology", "人工智能")
ent("ai-health", "Technology", "人工智能+卫生健康", optional=True)
goal("g-exch", "扩大两岸民间交流、专业交流", "旨在扩大两岸民间交流、专业交流、深化两岸大健康融合发展")
goal("g-fuse", "深化两岸大健康融合发展", "深化两岸大健康融合发展")
goal("g-theme1", "促进健康产业交流", "围绕“促进健康产业交流,深化两岸融合发展”的主题进行交流", optional=True)
goal("g-theme2", "深化两岸融合发展", "围绕“促进健康产业交流,深化两岸融合发展”的主题进行交流", optional=True)
goal("g-peace", "顺应并传递两岸要和平、谋发展的主流民意", "坚持顺应并传递两岸要和平、谋发展的主流民意", optional=True)
for g in ("g-exch", "g-fuse"):
    rel("he", "proposes", g)
    rel("ngd", "hasGoal", g, optional=True)
for g in ("g-theme1", "g-theme2", "g-peace"):
    rel("he", "proposes", g, optional=True)
rel("ngd-fj", "subOrganizationOf", "ngd", optional=True)
rel("he", "holdsPost", "npcsc", post="副委员长")
rel("he", "holdsPost", "ngd", post="主席")
rel("cao", "holdsPost", "nhc", post="副主任")
rel("deng", "holdsPost", "ngd", post="专职副主席兼秘书长")
rel("liu", "holdsPost", "fj-cppcc", post="副主席")
rel("liu", "holdsPost", "ngd-fj", post="主委")
rel("ge", "holdsPost", "zs", post="心内科主任")
rel("dong", "holdsPost", "btch", post="院长")
for p in ("he", "cao", "ge", "dong"):
    rel(p, "speaksAt", "forum")
for p in ("he", "cao"):
    rel(p, "speaksAt", "strait", optional=True)
rel("forum", "locatedIn", "xiamen")
rel("strait", "locatedIn", "xiamen", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
