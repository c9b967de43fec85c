"""Gold annotation of forum-yrd-energy-2020 (第十七届长三角能源论坛), by hand per shared/eval/ANNOTATE.md."""
ID = "forum-yrd-energy-2020"
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
ent("forum", "Event", "第十七届长三角能源论坛", ["长三角能源论坛"])
for id, l in [("hz", "杭州"), ("zj", "浙江"), ("js", "江苏"), ("sh", "上海"), ("ah", "安徽"), ("fj", "福建"), ("jx", "江西")]:
    ent(id, "Place", l)
ent("yrd", "Place", "长三角", optional=True)
ent("zast", "Organization", "浙江省科学技术协会", ["浙江省科协"])
ent("zast-soc", "Organization", "浙江省科协学会部", ["学会部"])
ent("zeg", "Organization", "浙江省能源集团", ["浙能集团"])
ent("zj-es", "Organization", "浙江省能源研究会")
ent("js-es", "Organization", "江苏省能源研究会")
ent("sh-es", "Organization", "上海市能源研究会")
ent("jx-es", "Organization", "江西省能源研究会")
ent("fj-es", "Organization", "福建省能源研究会")
ent("zeri", "Organization", "浙江浙能技术研究院", ["浙能技术研究院"])
ent("park", "Organization", "浙江浙能智慧能源科技产业园")
for id, l in [("zhou", "周红阳"), ("qin", "秦刚华"), ("luo", "骆仲泱"), ("xiao", "肖睿"), ("weng", "翁一武")]:
    ent(id, "Person", l)
ent("fyp14", "Document", "“十四五”规划", optional=True)
ent("re", "Technology", "可再生能源技术")
ent("storage", "Technology", "储能")
ent("h2", "Technology", "氢能")
ent("ies", "Technology", "综合智慧能源系统", optional=True)
ent("clean", "Technology", "清洁能源", optional=True)
goal("g-hqd", "谋能源高质量发展", "围绕“谋能源高质量发展,促长三角能源一体化”的主题", optional=True)
goal("g-yrd", "推动长三角能源一体化建设", "论坛促进聚合长三角地区及周边省份的优势资源,加快推动长三角能源一体化建设", optional=True)
ent("s-experts", "Statistic", "作交流的能源领域专家教授", value="18位", evidence=ev("18位能源相关领域前沿的专家教授"))
ent("s-part", "Statistic", "参加论坛的专家学者和企业代表", value="150多位", evidence=ev("共150多位能源领域的高校、科研院所的专家学者和企业代表参加"))
rel("zast-soc", "subOrganizationOf", "zast")
rel("zeri", "subOrganizationOf", "zeg", optional=True)
rel("park", "subOrganizationOf", "zeg", optional=True)
rel("zhou", "holdsPost", "zast-soc", post="副部长")
rel("qin", "holdsPost", "zeg", post="副总工程师")
rel("qin", "holdsPost", "zeri", post="院长")
rel("luo", "holdsPost", "zj-es", post="理事长")
rel("xiao", "holdsPost", "js-es", post="理事长")
rel("weng", "holdsPost", "sh-es", post="秘书长")
for p in ("zhou", "qin", "luo", "xiao", "weng"):
    rel(p, "speaksAt", "forum")
rel("forum", "locatedIn", "hz")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
