"""Gold annotation of proposal-shanghai-sharing-economy-2017 (在沪全国政协委员抵京:以饱满政治热情参与本届最后一次会议), by hand per shared/eval/ANNOTATE.md."""
import collections, json, pathlib
here = pathlib.Path(__file__).resolve().parent
ID = "proposal-shanghai-sharing-economy-2017"
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

# Agencies / organizations
ent("cppcc", "Agency", "全国政协", ["本届全国政协"])
ent("sh-cppcc", "Agency", "上海市政协")
ent("acfic", "Organization", "全国工商联")
ent("sh-fic", "Organization", "上海市工商联")
ent("weida", "Organization", "威达高科技控股有限公司")
ent("zijiang", "Organization", "上海紫江(集团)有限公司")
ent("thepaper", "Organization", "澎湃新闻")
# Event, places
ent("cppcc-12-5", "Event", "十二届全国政协五次会议")
ent("beijing", "Place", "北京")
ent("pek", "Place", "北京首都国际机场", optional=True)
ent("shanghai", "Place", "上海", ["沪"], optional=True)
# People
ent("chen", "Person", "陈海刚")
ent("feng", "Person", "冯国勤")
ent("zhou", "Person", "周桐宇")
ent("shen", "Person", "沈雯")
for p in ("chen", "feng", "zhou", "shen"):
    rel(p, "holdsPost", "cppcc", post="全国政协委员")
rel("chen", "holdsPost", "sh-cppcc", post="原秘书长", optional=True)
rel("feng", "holdsPost", "sh-cppcc", post="原主席", optional=True)
rel("zhou", "holdsPost", "acfic", post="常委")
rel("zhou", "holdsPost", "weida", post="董事长")
rel("shen", "holdsPost", "sh-fic", post="副主席")
rel("shen", "holdsPost", "zijiang", post="董事长")
rel("cppcc-12-5", "locatedIn", "beijing", optional=True)
# Goals
goal("g-share", "促进分享经济持续健康发展", "将提交一份有关促进分享经济持续健康发展的联名提案")
goal("g-law", "完善共享经济发展过程中部分法律法规滞后和“空白”的问题",
     "建议在个人信息保护、消费者权益、知识产权、劳动者权益及个人所得税等方面,完善共享经济发展过程中部分法律法规滞后和“空白”的问题")
goal("g-credit", "强化分享文明和诚信的引导", "同时强化分享文明和诚信的引导")
for g in ("g-share", "g-law", "g-credit"):
    rel("chen", "proposes", g); rel("feng", "proposes", g)
goal("g-keep", "继续保留", "运行了7年的国家技术改造专项资金去年被取消,但其意义和效果暂无法由专项建设基金、先进制造产业投资基金等取代,建议能继续保留")
goal("g-invest", "稳定民营投资", "稳定民营投资、推动经济转型和平稳发展")
goal("g-transform", "推动经济转型和平稳发展", "推动经济转型和平稳发展")
for g in ("g-keep", "g-invest", "g-transform"):
    rel("shen", "proposes", g)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
