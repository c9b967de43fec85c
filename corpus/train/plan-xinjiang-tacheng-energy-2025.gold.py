"""Gold annotation of plan-xinjiang-tacheng-energy-2025 (新疆塔城:“十四五”期间已开发光伏装机537万千瓦), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-xinjiang-tacheng-energy-2025"
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

ent("tc-drc", "Agency", "塔城地区发展和改革委", ["塔城地区发展改革委"])
ent("xinjiang", "Place", "新疆")
ent("tacheng", "Place", "塔城", ["塔城地区"])
ent("tc-zone", "Place", "新疆塔城重点开发开放试验区", optional=True)
ent("plan155", "Document", "“十五五”新能源规划", optional=True)
rel("plan155", "publishedBy", "tc-drc", optional=True)
for id, l, opt in [("wind", "风能", False), ("solar", "太阳能", False), ("re", "可再生能源", False),
                   ("windpower", "风电", False), ("pv", "光伏", False), ("ne", "新能源", True)]:
    ent(id, "Technology", l, optional=opt)
G = [("g1", "全面启动“十五五”新能源规划修编工作", "新疆塔城地区发展改革委全面启动“十五五”新能源规划修编工作", False, ["ne"]),
     ("g2", "进一步发挥区域风光资源优势", "旨在进一步发挥区域风光资源优势", False, []),
     ("g3", "推动新能源产业向更高水平跃升", "推动新能源产业向更高水平跃升", False, ["ne"]),
     ("g4", "把量的快速增长与质的有效提升统一到高质量发展全过程", "把量的快速增长与质的有效提升统一到高质量发展全过程", True, []),
     ("g5", "建设资源转化攻坚加速发展区", "利用新能源大发展契机建设资源转化攻坚加速发展区", False, []),
     ("g6", "大力发展风能、太阳能等可再生能源", "大力发展风能、太阳能等可再生能源", False, ["wind", "solar", "re"]),
     ("g7", "进一步优化、调整新能源规划规模", "为进一步优化、调整新能源规划规模", False, ["ne"]),
     ("g8", "实现新能源资源有效开发利用", "实现新能源资源有效开发利用", False, ["ne"]),
     ("g9", "启动“十五五”规划编制工作", "地区在原有“十四五”规划基础上,启动“十五五”规划编制工作", True, []),
     ("g10", "将风电可开发总规模由2685万千瓦增至6000万千瓦", "计划将风电可开发总规模由2685万千瓦增至6000万千瓦", False, ["windpower"]),
     ("g11", "新能源规划总规模将达12000万千瓦", "届时地区新能源规划总规模将达12000万千瓦", False, ["ne"]),
     ("g12", "精准施策夯实规划基础", "一是精准施策夯实规划基础。", False, []),
     ("g13", "做好资源普查", "借助新能源一级开发服务契机做好资源普查", False, []),
     ("g14", "全面收集地区范围内每个测风塔数据", "全面收集地区范围内每个测风塔数据", False, []),
     ("g15", "开展新能源区域规划", "详实、准确的开展新能源区域规划", False, ["ne"]),
     ("g16", "为规划编制工作奠定基础", "为规划编制工作奠定基础", True, []),
     ("g17", "深化合作拓宽发展空间", "二是深化合作拓宽发展空间。", False, []),
     ("g18", "委托第三方机构做好“十五五”新能源规划修编工作", "委托第三方机构做好“十五五”新能源规划修编工作", False, ["ne"]),
     ("g19", "进一步拓宽地区新能源产业链", "依托第三方机构在能源、电力规划领域的技术优势,进一步拓宽地区新能源产业链", False, ["ne"]),
     ("g20", "推动风光水火协同开发", "推动风光水火协同开发", False, []),
     ("g21", "提升地区可再生能源利用效率", "提升地区可再生能源利用效率", False, ["re"]),
     ("g22", "专家赋能优化规划布局", "三是专家赋能优化规划布局。", False, [])]
for id, l, e, opt, techs in G:
    goal(id, l, e, optional=opt)
    rel("tc-drc", "hasGoal", id, optional=opt)
    for t in techs:
        rel(id, "involvesTechnology", t, optional=opt or t == "ne")
rel("g20", "involvesTechnology", "wind", optional=True)
rel("g20", "involvesTechnology", "solar", optional=True)
for t in ("wind", "solar", "re", "windpower"):
    rel("tc-drc", "promotes", t)
rel("tc-drc", "promotes", "ne", optional=True)
rel("tc-drc", "promotes", "pv", optional=True)
E_ = "“十四五”期间已开发新能源规模1618万千瓦(风电1081万千瓦、光伏537万千瓦)同比增长91.03%,较“十三五”时期增长了14倍"
stat("s1", "“十四五”期间已开发新能源规模", "1618万千瓦", E_)
stat("s2", "已开发风电规模", "1081万千瓦", E_)
stat("s3", "已开发光伏规模", "537万千瓦", E_)
stat("s4", "已开发新能源规模同比增长", "91.03%", E_)
stat("s5", "已开发新能源规模较“十三五”时期增长", "14倍", E_)
stat("s6", "原风电可开发总规模", "2685万千瓦", "计划将风电可开发总规模由2685万千瓦增至6000万千瓦", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
