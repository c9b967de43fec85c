"""Gold annotation of forum-its-suzhou-2022 (第29届智能交通世界大会), by hand per shared/eval/ANNOTATE.md."""
ID = "forum-its-suzhou-2022"
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
ent("its-wc", "Event", "第29届智能交通世界大会", ["智能交通世界大会"])
ent("its-forum", "Event", "智能交通论坛", optional=True)
ent("its-expo", "Event", "智能交通展览", optional=True)
ent("suzhou", "Place", "苏州")
ent("venue", "Place", "苏州国际博览中心", optional=True)
ent("beijing", "Place", "北京")
ent("china", "Place", "中国", optional=True)
ent("americas", "Place", "美洲", optional=True)
ent("europe", "Place", "欧洲", optional=True)
ent("apac", "Place", "亚太地区", optional=True)
ent("mot", "Agency", "交通运输部")
ent("js-gov", "Agency", "江苏省政府")
ent("js-dot", "Agency", "省交通厅")
ent("its-ap", "Organization", "亚太智能交通协会")
ent("its-eu", "Organization", "欧洲智能交通协会")
ent("platform", "Organization", "中国国际可持续交通创新平台", optional=True)
for id, l in [("li", "李扬"), ("cui", "崔巍"), ("wu", "吴庆文"), ("yamamoto", "山本昭雄"), ("amditis", "安吉洛斯·阿姆迪蒂斯"), ("wuyh", "吴永宏")]:
    ent(id, "Person", l)
ent("its", "Technology", "智能交通", ["智能交通系统"])
ent("ai", "Technology", "人工智能", ["人工智能技术"])
ent("6g", "Technology", "6G", ["6G通信技术"])
ent("smart-car", "Technology", "智能汽车", optional=True)
goal("g-safe", "围绕安全发展献计献策", "希望来自世界各地的政府官员、业界代表、专家学者通过此次大会,围绕安全发展献计献策")
goal("g-coop", "在政策、法律、技术、标准等方面开展合作", "在政策、法律、技术、标准等方面开展合作")
goal("g-innov", "齐心协力开展创新", "围绕人工智能技术、6G通信技术等新技术、新业态,齐心协力开展创新")
goal("g-intl", "借助中国国际可持续交通创新平台进行深入的国际合作", "借助中国国际可持续交通创新平台进行深入的国际合作")
goal("g-benefit", "让可持续交通发展的成果更好造福世界各国人民", "秉持共建、共商、共享的理念,让可持续交通发展的成果更好造福世界各国人民")
for g in ("g-safe", "g-coop", "g-innov", "g-intl", "g-benefit"):
    rel("li", "proposes", g); rel("mot", "hasGoal", g, optional=True)
rel("g-innov", "involvesTechnology", "ai")
rel("g-innov", "involvesTechnology", "6g")
rel("mot", "promotes", "ai", optional=True)
rel("mot", "promotes", "6g", optional=True)
rel("mot", "promotes", "its", optional=True)
ent("s-area", "Statistic", "展览展示面积", value="2.25万平方米", evidence=ev("其中展览展示面积2.25万平方米"))
ent("s-days", "Statistic", "会期", value="5天", evidence=ev("会期为5天"), optional=True)
rel("li", "holdsPost", "mot", post="副部长")
rel("cui", "holdsPost", "js-gov", post="副秘书长")
rel("yamamoto", "holdsPost", "its-ap", post="秘书长")
rel("amditis", "holdsPost", "its-eu", post="主席")
rel("wuyh", "holdsPost", "js-dot", post="厅长")
rel("li", "speaksAt", "its-wc")
rel("its-wc", "locatedIn", "suzhou")
rel("its-wc", "locatedIn", "venue", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
