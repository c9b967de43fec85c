"""Gold annotation of forum-ai-expo-chongqing-2025 (习近平向2025世界智能产业博览会致贺信), by hand per shared/eval/ANNOTATE.md."""
ID = "forum-ai-expo-chongqing-2025"
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
# People
for id, l in [("xi", "习近平"), ("yuan", "袁家军"), ("wan", "万钢"), ("zhang", "张工"), ("chen", "陈杰豪"),
              ("li", "李晓红"), ("xin", "辛国斌"), ("liu", "刘烈宏"), ("hu", "胡衡华"), ("miao", "苗圩"),
              ("cheng", "程丽华"), ("liuli", "刘力"), ("susi", "苏思")]:
    ent(id, "Person", l)
# Agencies / organisations
ent("cq-cpc", "Agency", "重庆市委", ["市委"])
ent("cq-cppcc", "Agency", "重庆市政协", ["市政协"])
ent("tj-cpc", "Agency", "天津市委")
ent("sg-mddi", "Agency", "新加坡数码发展及新闻部", ["数码发展及新闻部"])
ent("sg-moh", "Agency", "卫生部")
ent("cast", "Organization", "中国科学技术协会")
ent("cae", "Organization", "中国工程院")
ent("miit", "Agency", "工业和信息化部")
ent("nda", "Agency", "国家数据局")
ent("cppcc", "Agency", "全国政协")
ent("cppcc-econ", "Agency", "经济委员会")
ent("vcq", "Organization", "视觉重庆")
# Event, places
ent("expo", "Event", "2025世界智能产业博览会")
ent("chongqing", "Place", "重庆")
ent("tianjin", "Place", "天津", optional=True)
ent("singapore", "Place", "新加坡", optional=True)
ent("china", "Place", "中国", optional=True)
# Technology
ent("ai", "Technology", "人工智能")
# Goals (Xi's letter)
goal("g-coop", "开展人工智能领域国际合作", "中国愿同世界各国广泛开展人工智能领域国际合作")
goal("g-align", "加强发展战略、治理规则、技术标准等方面的对接协调", "加强发展战略、治理规则、技术标准等方面的对接协调")
goal("g-industry", "促进智能产业健康蓬勃发展", "促进智能产业健康蓬勃发展,让智能成果更好惠及各国人民")
goal("g-benefit", "让智能成果更好惠及各国人民", "让智能成果更好惠及各国人民")
goal("g-fuse", "推动人工智能科技创新与产业创新深度融合", "积极推动人工智能科技创新与产业创新深度融合,赋能经济社会高质量发展,助力提升人民群众生活品质", optional=True)
goal("g-public", "人工智能应该是造福全人类的国际公共产品", "人工智能应该是造福全人类的国际公共产品", optional=True)
for g in ("g-coop", "g-align", "g-industry", "g-benefit"):
    rel("xi", "proposes", g)
for g in ("g-fuse", "g-public"):
    rel("xi", "proposes", g, optional=True)
rel("g-coop", "involvesTechnology", "ai")
rel("g-fuse", "involvesTechnology", "ai", optional=True)
rel("g-public", "involvesTechnology", "ai", optional=True)
# Posts
rel("yuan", "holdsPost", "cq-cpc", post="书记")
rel("wan", "holdsPost", "cast", post="主席")
rel("zhang", "holdsPost", "tj-cpc", post="副书记")
rel("chen", "holdsPost", "sg-mddi", post="高级政务部长")
rel("chen", "holdsPost", "sg-moh", post="高级政务部长")
rel("li", "holdsPost", "cae", post="党组书记、院长")
rel("xin", "holdsPost", "miit", post="副部长")
rel("liu", "holdsPost", "nda", post="党组书记、局长")
rel("hu", "holdsPost", "cq-cpc", post="副书记")
rel("miao", "holdsPost", "cppcc", post="常委")
rel("miao", "holdsPost", "cppcc-econ", post="副主任")
rel("cheng", "holdsPost", "cq-cppcc", post="主席")
rel("cppcc-econ", "subOrganizationOf", "cppcc")
# Speaking
for p in ("yuan", "wan", "zhang", "chen", "li", "xin", "liu"):
    rel(p, "speaksAt", "expo")
rel("xi", "speaksAt", "expo", optional=True)   # by congratulatory letter
rel("hu", "speaksAt", "expo", optional=True)   # chaired
rel("expo", "locatedIn", "chongqing")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
