"""Gold annotation of proposal-cmcc-yangjie-ai-plus-long-2024 (两会之声｜全国政协常委、中国移动董事长杨杰：全面推进“AI+”行动, 嘶吼 RoarTalk 2024-03-06, from 南方都市报: the 2024 CPPCC proposal of 杨杰), by hand per shared/eval/ANNOTATE.md (annotator ann45)."""
ID = "proposal-cmcc-yangjie-ai-plus-long-2024"
import collections, json, pathlib
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
L = {i + 1: l for i, l in enumerate(lines)}
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type == "Statistic" or label in text, label
    for a in aliases: assert a in text, a
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    if "evidence" in kw: ev(kw["evidence"])
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

# ---- people and bodies ----
ent("yang", "Person", "杨杰")
ent("cppcc", "Agency", "全国政协", optional=True)  # named only inside 全国政协常委 (lines 1, 3)
rel("yang", "holdsPost", "cppcc", post="全国政协常委", optional=True)
ent("cmcc", "Organization", "中国移动")
rel("yang", "holdsPost", "cmcc", post="董事长")
ent("nfdsb", "Organization", "南方都市报", optional=True)  # the closing source line (line 11)
# ---- event, document ----
ent("lh", "Event", "两会", optional=True)  # only in the column name 两会之声 (line 1)
ent("doc", "Document", "全面推进“AI+”行动、加快形成新质生产力", ["《全面推进“AI+”行动、加快形成新质生产力》"])
# ---- technologies ----
TECH = [("ai", "人工智能", ("AI",), False),
        ("calc", "计算智能", (), True), ("perc", "感知智能", (), True), ("cogn", "认知智能", (), True),
        ("motion", "运动智能", (), True), ("aicc", "智算中心", ("超大型智算中心",), True),
        ("humanoid", "人形机器人", (), False), ("driverless", "无人驾驶", (), False),
        ("mmhci", "多模态人机交互", (), True), ("assistant", "智能助手", (), True),
        ("induc", "工业理解计算", (), True), ("codegen", "代码生成", (), True)]
for id, l, al, opt in TECH:
    ent(id, "Technology", l, al, optional=opt)
    rel("cmcc", "promotes", id, optional=True)  # he proposes as a CPPCC member; 中国移动 only optionally behind it

def G(id, label, evidence, opt=False, doc_opt=False):
    assert label in evidence, (label, evidence)
    assert 4 <= len(label) <= 42, label
    assert label not in {e["label"] for e in E if e["type"] == "Goal"}, label
    ent(id, "Goal", label, optional=opt, evidence=ev(evidence))
    rel("yang", "proposes", id, optional=opt)
    rel("doc", "hasGoal", id, optional=opt or doc_opt)
    rel("cmcc", "hasGoal", id, optional=True)
    done = set()
    for t, l, al, topt in TECH:
        if any(x in label for x in (l,) + tuple(al)) and t not in done:
            rel(id, "involvesTechnology", t, optional=opt or topt); done.add(t)

# ---- the proposal's title (lines 1, 3, 5): one node for 全面推进“AI+”行动 ----
G("t1", "全面推进“AI+”行动", "杨杰认为要全面推进“AI+”行动")
G("t2", "加快形成新质生产力", "提出《全面推进“AI+”行动、加快形成新质生产力》的提案")
# ---- line 4: the national-level push ----
e4 = L[4]
G("n1", "在国家层面推动“AI+”行动", e4)
G("n2", "强化顶层设计和统筹规划", e4)
G("n3", "明确发展目标、主攻方向和关键任务", e4)
G("n4", "构建技术、服务和应用齐头并进、蓬勃发展的新局面", e4)
G("n5", "充分发挥人工智能在推动科技跨越发展、产业优化升级、生产力整体跃升方面的巨大潜能", e4)
G("n6", "为强国建设、民族复兴伟业提供有力支撑", e4)
# ---- first: the four kinds of intelligence (lines 5-6) ----
e5 = "第一，统筹推进计算智能、感知智能、认知智能、运动智能的协同发展，筑牢“AI+”发展根基"
G("a1", "统筹推进计算智能、感知智能、认知智能、运动智能的协同发展", e5)
G("a2", "筑牢“AI+”发展根基", e5)
e6 = L[6]
G("a3", "强化“四类智能”的有机融合与系统创新", e6)
G("a4", "加快前瞻性基础研究、引领性原创成果的重大突破", e6)
G("a5", "促进AI具备更强大的认知力、判断力、创造力", e6)
G("a6", "为形成新质生产力注入强劲动能", e6, opt=True)  # purpose clause; restates t2 in other words
# ---- second: AI+ industry (lines 7-8) ----
e7a = "第二，加快推动人工智能惠及千家万户、赋能千行百业，打造“AI+”产业高地"
G("b1", "加快推动人工智能惠及千家万户", e7a)
G("b2", "赋能千行百业", e7a)
G("b3", "打造“AI+”产业高地", e7a)
e7b = ("要以推进AI全方位、深层次融入实体经济重点领域、核心环节为方向，聚焦人民群众在教育、医疗、养老、娱乐等领域的美好生活需要，"
       "加快布局超大型智算中心、人形机器人、无人驾驶、未来生物等战略性新兴产业和未来产业新赛道，"
       "培育多模态人机交互、智能助手、工业理解计算及代码生成等一批有需求、有效益、有前景的创新应用")
G("b4", "推进AI全方位、深层次融入实体经济重点领域、核心环节", e7b)
G("b5", "聚焦人民群众在教育、医疗、养老、娱乐等领域的美好生活需要", e7b, opt=True)  # emphasis clause serving b6/b7
G("b6", "加快布局超大型智算中心、人形机器人、无人驾驶、未来生物", e7b)
G("b7", "培育多模态人机交互、智能助手、工业理解计算及代码生成", e7b)
e8 = L[8]
G("c1", "让人工智能不仅会‘作诗’、更要会‘做事’", e8, doc_opt=True)  # his quoted view
G("c2", "以产业的高质量发展带动生产力的深层次变革", e8, doc_opt=True)
# ---- third: innovation consortia (lines 9-10) ----
e9 = "第三，探索构建企业为主体、产学研用深度融合的创新联合体，厚植“AI+”创新沃土"
G("d1", "探索构建企业为主体、产学研用深度融合的创新联合体", e9)
G("d2", "厚植“AI+”创新沃土", e9)
e10 = L[10]
G("d3", "充分发挥企业科技创新主体作用", e10)
G("d4", "打造国有企业、民营企业、高校及科研院所等广泛参与的产学研用创新联合体和新型研发机构", e10, opt=True)  # elaborates d1
G("d5", "整合生产、教育、科研等优势资源", e10)
G("d6", "协调上、中、下游创新关键环节", e10)
G("d7", "完善科创评价体系和激励机制", e10)
G("d8", "营造鼓励创新、勇于突破、包容试错的良好氛围", e10)
G("d9", "广泛吸引全球AI领军人才和知名学者", e10)
G("d10", "培育出一批面向国民经济重点行业的示范标杆应用", e10)
G("d11", "促进创新链、产业链、资金链、人才链深度融合", e10)
G("d12", "加速AI技术突破和应用普及", e10)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
