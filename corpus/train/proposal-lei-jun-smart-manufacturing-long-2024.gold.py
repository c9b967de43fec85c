"""Gold annotation of proposal-lei-jun-smart-manufacturing-long-2024 (两会之声 | 全国人大代表、小米集团创始人雷军：力推前沿科技产业落地 探索智能制造中国范式, 嘶吼 RoarTalk 2024-03-14, from 上海证券报: the four 2024 两会 suggestions of NPC deputy 雷军), by hand per shared/eval/ANNOTATE.md (annotator ann38)."""
ID = "proposal-lei-jun-smart-manufacturing-long-2024"
import collections, json, pathlib
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
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
ent("lei", "Person", "雷军")
ent("xiaomi", "Organization", "小米集团")
rel("lei", "holdsPost", "xiaomi", post="创始人、董事长")   # line 3: 小米集团创始人、董事长 (title: 创始人)
ent("npc", "Agency", "全国人大", optional=True)  # named only inside 全国人大代表
rel("lei", "holdsPost", "npc", post="全国人大代表", optional=True)
ent("shzqb", "Organization", "上海证券报", optional=True)  # the source line (last line)
ent("lh", "Event", "两会", optional=True)  # only in the column name 两会之声
ent("china", "Place", "我国", optional=True)

# ---- statistic (line 8) ----
ent("s-factories", "Statistic", "国家级示范工厂", value="421家",
    evidence="截至2023年底，我国已培育421家国家级示范工厂")  # 万余家 (no digits) left out

# ---- technologies ----
TECH = [("ai", "人工智能", ("AI",), False), ("llm", "大模型", ("AI大模型",), False),
        ("smartdrive", "智能驾驶", (), False), ("autodrive", "自动驾驶", (), False), ("adas", "辅助驾驶", (), False),
        ("im", "智能制造", (), False), ("5g", "5G", (), False), ("bigdata", "大数据", (), False),
        ("dc", "数据中心", (), True), ("compute", "算力", (), True), ("robot", "通用仿生机器人", (), True),
        ("imsw", "智能制造系统软件", (), True), ("ngit", "新一代信息技术", (), True), ("hci", "人机交互", (), True),
        ("datasec", "数据安全", (), True)]
for id, l, al, opt in TECH:
    ent(id, "Technology", l, al, optional=opt)
    rel("xiaomi", "promotes", id, optional=True)  # he proposes as a deputy; his company only optionally behind it

def G(id, label, evidence, opt=False, extra_tech=()):
    assert label in evidence, (label, evidence)
    assert 4 <= len(label) <= 40, label
    assert label not in {e["label"] for e in E if e["type"] == "Goal"}, label
    ent(id, "Goal", label, optional=opt, evidence=ev(evidence))
    rel("lei", "proposes", id, optional=opt)
    rel("xiaomi", "hasGoal", id, optional=True)
    done = set()
    for t, l, al, topt in TECH:
        if any(x in label for x in (l,) + tuple(al)) and t not in done:
            # 智能制造系统软件 contains 智能制造; AI大模型 contains AI and 大模型: both named
            rel(id, "involvesTechnology", t, optional=opt or topt); done.add(t)
    for t in extra_tech:
        if t not in done:
            rel(id, "involvesTechnology", t, optional=True); done.add(t)

# ---- title ----
G("t1", "力推前沿科技产业落地", "力推前沿科技产业落地 探索智能制造中国范式")
G("t2", "探索智能制造的中国范式", "构建自主创新可控的产业创新、赋能和服务的生态体系，探索智能制造的中国范式")  # = title 探索智能制造中国范式
# ---- line 3: overview of the four suggestions ----
e3 = "他既从宏观上关注我国供应链绿色低碳化转型，提升我国商品在国际市场上的绿色竞争力"
G("o1", "提升我国商品在国际市场上的绿色竞争力", e3)
G("o2", "关注我国供应链绿色低碳化转型", e3, opt=True)  # a focus, restated by c6/c10
# ---- suggestion 1: intelligent driving (lines 4-7) ----
G("d0", "进一步规范智能驾驶产品安全应用", "雷军今年继续关注汽车产业发展，并提出了进一步规范智能驾驶产品安全应用的建议")
e6 = "雷军建议，尽快建立辅助驾驶产品安全监督管理机制，加快辅助驾驶安全技术要求及测试验证标准落地应用，细化驾驶员对于环境风险提示等人机交互要求，规范辅助驾驶功能的正确使用，打造更安全的辅助驾驶体验"
G("d1", "建立辅助驾驶产品安全监督管理机制", e6)
G("d2", "加快辅助驾驶安全技术要求及测试验证标准落地应用", e6)
G("d3", "细化驾驶员对于环境风险提示等人机交互要求", e6)
G("d4", "规范辅助驾驶功能的正确使用", e6)
G("d5", "打造更安全的辅助驾驶体验", e6)
e7 = "雷军建议有关部门进一步细化智能驾驶数据采集、存储、使用等环节合规措施及产品标准的实施细则，同时建立统一的智能驾驶安全监控数据平台，通过大数据赋能监管体系不断完善"
G("d6", "细化智能驾驶数据采集、存储、使用等环节合规措施及产品标准的实施细则", e7)
G("d7", "建立统一的智能驾驶安全监控数据平台", e7)
G("d8", "通过大数据赋能监管体系不断完善", e7)
# ---- suggestion 2: intelligent manufacturing (lines 8-9) ----
G("m0", "推动产业技术变革和优化升级", "作为推动产业技术变革和优化升级的主攻方向，智能制造", opt=True)  # his quoted view
e8 = "智能制造对保持我国在全球制造业的竞争优势，促进产业迈向全球价值链中高端，加快形成新质生产力方面具有重要意义"
G("m0a", "保持我国在全球制造业的竞争优势", e8, opt=True)  # his quoted view of what 智能制造 is good for
G("m0b", "促进产业迈向全球价值链中高端", e8, opt=True)
G("m0c", "加快形成新质生产力", e8, opt=True)
e9a = "在继续加强5G、数据中心、算力等基础设施建设的同时，建议主管部门尽快出台专项，以智能制造系统软件、AI大模型和通用仿生机器人的部署应用为重点产业突破方向，支持打造以大模型为代表的人工智能与制造业深度融合的应用场景"
G("m1", "继续加强5G、数据中心、算力等基础设施建设", e9a)
G("m2", "尽快出台专项", e9a)
G("m3", "以智能制造系统软件、AI大模型和通用仿生机器人的部署应用为重点产业突破方向", e9a)
G("m4", "支持打造以大模型为代表的人工智能与制造业深度融合的应用场景", e9a, extra_tech=("im",))
e9b = "鼓励智能制造领域企业，特别是龙头企业牵头打造智能制造的实践和示范样点，建设示范性工厂和生产线，探索未来制造模式和企业形态"
G("m5", "鼓励智能制造领域企业", e9b, opt=True)  # the encouragement itself; its content is m6-m8
G("m6", "牵头打造智能制造的实践和示范样点", e9b)
G("m7", "建设示范性工厂和生产线", e9b)
G("m8", "探索未来制造模式和企业形态", e9b)
e9c = "同时，支持国内企业和专家积极参与国际标准化工作，发挥制造规模和创新优势，以产业链影响力促进国家标准规范的融合，构建自主创新可控的产业创新、赋能和服务的生态体系"
G("m9", "支持国内企业和专家积极参与国际标准化工作", e9c)
G("m10", "发挥制造规模和创新优势", e9c)
G("m11", "以产业链影响力促进国家标准规范的融合", e9c)
G("m12", "构建自主创新可控的产业创新、赋能和服务的生态体系", e9c)
# ---- suggestion 3: AI talent (lines 10-11) ----
G("a0", "加强人工智能领域人才培养", "因此，加强人工智能领域人才培养，将成为我国产业持续升级的关键因素")
e11 = "雷军建议，将人工智能纳入教育培养体系，一方面从义务教育阶段普及人工智能素养教育，另一方面大力推进高校人工智能相关专业的建设"
G("a1", "将人工智能纳入教育培养体系", e11)
G("a2", "从义务教育阶段普及人工智能素养教育", e11)
G("a3", "大力推进高校人工智能相关专业的建设", e11)
e11b = "鼓励大型科技企业和社会教培机构开展人工智能应用型人才培训，以适应人工智能领域技术快速迭代、人才需求量大、应用广泛的特征"
G("a4", "鼓励大型科技企业和社会教培机构开展人工智能应用型人才培训", e11b)
G("a5", "适应人工智能领域技术快速迭代、人才需求量大、应用广泛的特征", e11b, opt=True)  # purpose clause
# ---- suggestion 4: green supply chains (lines 12-13) ----
e13a = "雷军提出，应制定相应配套政策，鼓励支持企业优化升级供应链系统，推动5G、大数据、人工智能等新一代信息技术集成应用，实现供应链全流程业务信息贯通，并建立绿色化评价及示范推广机制，激励企业绿色低碳化转型"
G("c1", "制定相应配套政策", e13a)
G("c2", "鼓励支持企业优化升级供应链系统", e13a)
G("c3", "推动5G、大数据、人工智能等新一代信息技术集成应用", e13a)
G("c4", "实现供应链全流程业务信息贯通", e13a)
G("c5", "建立绿色化评价及示范推广机制", e13a)
G("c6", "激励企业绿色低碳化转型", e13a)
e13b = "同时，加强全流程绿色低碳指标及减碳措施融入，如探索建立绿色电力全国交易机制，畅通交易渠道，促进链主企业引领供应链绿色转型"
G("c7", "加强全流程绿色低碳指标及减碳措施融入", e13b)
G("c8", "探索建立绿色电力全国交易机制", e13b)
G("c9", "畅通交易渠道", e13b)
G("c10", "促进链主企业引领供应链绿色转型", e13b)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
