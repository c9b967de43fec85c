"""Gold annotation of proposal-zte-miaowei-computing-power-long-2024 (两会之声｜全国人大代表、中兴通讯高级副总裁苗伟：加强全国算力统一调度和统筹规划 增加对算力建设和应用的政策扶持, 嘶吼 RoarTalk 2024-03-06, from 上海证券报: NPC deputy 苗伟's 2024 suggestions), by hand per shared/eval/ANNOTATE.md (annotator ann45)."""
ID = "proposal-zte-miaowei-computing-power-long-2024"
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
ent("miao", "Person", "苗伟")
ent("npc", "Agency", "全国人大", optional=True)  # named only inside 全国人大代表 (lines 1, 3)
rel("miao", "holdsPost", "npc", post="全国人大代表", optional=True)
ent("zte", "Organization", "中兴通讯")
rel("miao", "holdsPost", "zte", post="高级副总裁")
ent("shzqb", "Organization", "上海证券报", optional=True)  # the closing source line (line 12)
# ---- event, places ----
ent("lh", "Event", "全国两会", ["两会"], optional=True)  # 今年全国两会 (lines 3, 9): he will table suggestions there
ent("gba", "Place", "粤港澳大湾区")
ent("yuedxb", "Place", "粤东西北地区", ["粤东西北"])
# ---- technologies ----
TECH = [("5g", "5G", (), False), ("ai", "人工智能", (), False), ("bc", "区块链", (), False),
        ("compute", "算力", (), True), ("ict", "ICT", ("信息通信",), True), ("newinfra", "新型基础设施", (), True),
        ("netsec", "网络安全", (), True), ("ngcomm", "新一代通信技术", (), True)]
for id, l, al, opt in TECH:
    ent(id, "Technology", l, al, optional=opt)
rel("zte", "promotes", "compute", optional=True)  # 向算力公司拓展 (line 9); 算力 itself optional
rel("zte", "promotes", "ict", optional=True)      # 充分发挥自身ICT全栈技术能力 (line 8)
rel("zte", "promotes", "newinfra", optional=True)  # 打造新型基础设施 (line 8)

def G(id, label, evidence, opt=False, zte=False, extra_tech=()):
    """zte=True: 中兴通讯's own aim, quoted by 苗伟 (required hasGoal); else his suggestion (中兴通讯 only optionally)."""
    assert label in evidence, (label, evidence)
    assert 4 <= len(label) <= 30, label
    assert label not in {e["label"] for e in E if e["type"] == "Goal"}, label
    ent(id, "Goal", label, optional=opt, evidence=ev(evidence))
    rel("miao", "proposes", id, optional=opt)
    rel("zte", "hasGoal", id, optional=opt or not zte)
    done = set()
    for t, l, al, topt in TECH:
        if any(x in label for x in (l,) + tuple(al)) and t not in done:
            rel(id, "involvesTechnology", t, optional=opt or topt); done.add(t)
    for t in extra_tech:
        if t not in done:
            rel(id, "involvesTechnology", t, optional=True); done.add(t)

# ---- line 3: his aims for this year's session ----
e3 = L[3]
G("i0", "继续关注数字经济和算力基础设施建设的相关议题", e3, opt=True)  # an intention to follow topics
G("i1", "助力数字经济做大做优做强", e3)
G("i2", "实现资源共建共享和技术成果转化", e3)
G("i3", "为实现数字经济的高质量发展和产业的全面转型升级贡献更多力量", e3)
G("i4", "围绕算力基础设施建设、网络安全、卫生健康制度完善、环境保护", L[4], opt=True)  # the topics of his suggestions
# ---- line 6: digital economy and new quality productive forces (his view) ----
e6a = "以5G、人工智能、区块链为核心的新型基础设施建设将加速信息流通，优化资源配置，提升生产效率，为经济增长注入新的动力"
for id, l in [("v1", "加速信息流通"), ("v2", "优化资源配置"), ("v3", "提升生产效率")]:
    G(id, l, e6a, opt=True, extra_tech=("5g", "ai", "bc", "newinfra"))  # what the infrastructure will do
e6b = ("为加快培育新质生产力，需要利用新兴数智技术对传统产业进行全方位、全角度、全链条的改造，即通过“数”“实”深度融合，"
       "以“鼎新”带动“革故”，以“增量”带动“存量”，促进传统产业转型升级，构筑新的发展优势")
G("p1", "加快培育新质生产力", e6b)
G("p2", "利用新兴数智技术对传统产业进行全方位、全角度、全链条的改造", e6b)
G("p3", "“数”“实”深度融合", e6b)
G("p4", "以“鼎新”带动“革故”", e6b, opt=True)  # slogans restating p2/p3
G("p5", "以“增量”带动“存量”", e6b, opt=True)
G("p6", "促进传统产业转型升级", e6b)
G("p7", "构筑新的发展优势", e6b)
# ---- line 8: 中兴通讯's own course, in his words ----
e8 = L[8]
G("z0", "将自身定位为‘数字经济筑路者’", e8, opt=True, zte=True)
G("z1", "充分发挥自身ICT全栈技术能力", e8, zte=True)
G("z2", "打造新型基础设施", e8, zte=True)
G("z3", "强化核心技术创新", e8, zte=True)
G("z4", "深化行业应用赋能", e8, zte=True)
G("z5", "联合产业链合作伙伴", e8, opt=True, zte=True)  # means clause serving z6
G("z6", "扎实推动数字经济高质量发展", e8, zte=True)
G("z7", "加快发展新质生产力", e8, zte=True)
G("z8", "实现与国家政策和产业趋势的同频共振", e8, zte=True)
G("z9", "加快从全连接公司向算力公司拓展", "当前，中兴通讯正在加快从全连接公司向算力公司拓展", zte=True)
# ---- lines 9-10 and title: computing power ----
G("c0", "加大算力基础设施建设", "今年全国两会，苗伟也将就加大算力基础设施建设方面提出建议")
e10a = "他建议，进一步加强全国算力的统一调度和统筹规划，实现算力资源的高效使用，进一步加强运载力和存储力建设，以满足算力调度过程中实际的市场需求"
G("c1", "进一步加强全国算力的统一调度和统筹规划", e10a)  # = title 加强全国算力统一调度和统筹规划
G("c2", "实现算力资源的高效使用", e10a)
G("c3", "进一步加强运载力和存储力建设", e10a)
G("c4", "满足算力调度过程中实际的市场需求", e10a)
e10b = "同时，加强构建开放的算力生态，构建一个开放、兼容的智算产业生态系统，鼓励国内外企业、研究机构、开发者之间的深度合作与交流，形成开放合作的新格局"
G("c5", "加强构建开放的算力生态", e10b)
G("c6", "构建一个开放、兼容的智算产业生态系统", e10b)
G("c7", "鼓励国内外企业、研究机构、开发者之间的深度合作与交流", e10b)
G("c8", "形成开放合作的新格局", e10b)
e10c = "另外，增加对算力建设和应用的政策扶持，培育新业态和新模式"
G("c9", "增加对算力建设和应用的政策扶持", e10c)  # also the title's second half
G("c10", "培育新业态和新模式", e10c)
# ---- line 11: Greater Bay Area carbon neutrality ----
G("g0", "打造粤港澳大湾区碳中和示范区", "此外，苗伟将就打造粤港澳大湾区碳中和示范区提出建议")
e11 = L[11]
G("g1", "加强统一规划和顶层设计", e11)
G("g2", "探索能源协同发展模式", e11)
G("g3", "建立统一碳排放核算口径", e11)
G("g4", "实施碳排放总量控制", e11)
G("g5", "利用碳汇等生态补偿方式解决粤东西北地区发展不平衡不充分的问题", e11)
G("g6", "为绿色低碳发展提供样本", e11)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
