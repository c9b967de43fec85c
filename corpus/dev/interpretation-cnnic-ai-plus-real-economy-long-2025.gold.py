"""Gold annotation of interpretation-cnnic-ai-plus-real-economy-long-2025 (专家解读 | “人工智能+”赋能实体经济 描绘“实数融合”新图景, 中国信息安全 2025-01-22, from CNNIC: 张晓 on AI and the real economy in the 55th statistical report), by hand per shared/eval/ANNOTATE.md (annotator ann46)."""
ID = "interpretation-cnnic-ai-plus-real-economy-long-2025"
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


# ---- bodies, people ----
ent("cnnic", "Agency", "中国互联网络信息中心", ["CNNIC"])
ent("zhangx", "Person", "张晓")
rel("zhangx", "holdsPost", "cnnic", post="副主任")
ent("cis", "Organization", "中国信息安全", optional=True)  # the publishing account, on the dateline only
ent("uscc", "Agency", "全国组织机构统一社会信用代码数据服务中心")  # source of the last figure (line 15)
ent("cn", "Place", "我国", optional=True)
# ---- documents ----
ent("gwr", "Document", "政府工作报告")  # 2024年《政府工作报告》 (line 3)
ent("cnnicrep", "Document", "中国互联网络发展状况统计报告")  # 第55次 (line 3)
rel("cnnicrep", "publishedBy", "cnnic", optional=True)  # not said in the text; the piece's source is CNNIC
ent("stdguide", "Document", "国家人工智能产业综合标准化体系建设指南（2024版）")
ent("safefw", "Document", "人工智能安全治理框架")
# ---- technologies ----
TECH = [("ai", "人工智能", ("AI",), False), ("genai", "生成式人工智能", (), False), ("llm", "大模型", ("通用大模型",), False),
        ("chip", "芯片", ("智能芯片",), False), ("iot", "物联网", ("农业物联网",), False), ("5g", "5G", (), False),
        ("gig", "千兆光网", (), False), ("irobot", "工业机器人", (), False),
        ("algo", "算法", (), True), ("algofw", "算法框架", (), True), ("sensor", "传感器", (), True),
        ("agrobot", "农业机器人", (), True), ("srobot", "智能机器人", (), True), ("humanoid", "人形机器人", (), True),
        ("kefu", "智能客服", (), True), ("compute", "算力", ("智能算力",), True), ("cnfusion", "算网融合", (), True),
        ("iotterm", "智能物联终端", (), True), ("icloud", "工业云", (), True), ("icv", "智能网联汽车", (), True),
        ("lowalt", "低空装备", (), True), ("im", "智能制造", (), True), ("dinfra", "数字基础设施", (), True),
        ("kling", "可灵AI", (), True)]  # 可灵AI: a named product
for id, l, al, opt in TECH:
    ent(id, "Technology", l, al, optional=opt)

def G(id, label, evidence, opt=False, owner=None, owner_opt=False, prop_opt=True, tech=()):
    assert label in evidence, (label, evidence)
    assert 4 <= len(label) <= 30, label
    ent(id, "Goal", label, optional=opt, evidence=ev(evidence))
    if owner:
        rel(owner, "hasGoal", id, optional=opt or owner_opt)
    rel("zhangx", "proposes", id, optional=opt or prop_opt)  # he reports them, they are not his proposals
    for t in tech:
        rel(id, "involvesTechnology", t, optional=opt)

# line 3: the 2024 government work report's tasks, as he quotes them
e3 = "2024年《政府工作报告》提出，深化人工智能等研发应用，开展“人工智能+”行动"
G("g1", "深化人工智能等研发应用", e3, owner="gwr", tech=["ai"])
G("g2", "开展“人工智能+”行动", e3, owner="gwr", tech=["ai"])
# line 14: the state's continuing course and the local governments'
e14 = "国家层面，政府在大力支持人工智能产业创新应用的同时，持续完善监管体系建设，确保其在健康、可持续的道路上发展"
G("g3", "大力支持人工智能产业创新应用", e14, opt=True, tech=["ai"])
G("g4", "持续完善监管体系建设", e14)
G("g5", "确保其在健康、可持续的道路上发展", e14, opt=True)
e14b = "地方层面，各级政府积极制定有针对性的产业政策和优惠措施，争相打造人工智能产业集聚区"
G("g6", "制定有针对性的产业政策和优惠措施", e14b, opt=True)
G("g7", "打造人工智能产业集聚区", e14b, opt=True, tech=["ai"])

# ---- figures (lines 5-15) ----
S = [("s1", "我国人工智能企业数量", "4500家"), ("s2", "人工智能核心产业规模", "6000亿元"),
     ("s3", "连续成为全球最大工业机器人市场的年数", "11年"), ("s4", "制造业机器人密度（每万名工人）", "470台"),
     ("s5", "制造业机器人密度10年间增长", "近19倍"), ("s6", "国家级智能制造示范工厂数量", "421家"),
     ("s7", "可灵AI用户数", "600万"), ("s8", "可灵AI累计生成视频数", "6500万个"), ("s9", "可灵AI累计生成图片数", "1.75亿张"),
     ("s10", "听说过生成式人工智能产品的人数", "3.31亿人"), ("s11", "听说过生成式人工智能产品的人占整体人口比例", "23.5%"),
     ("s12", "使用过生成式人工智能产品的人数", "2.49亿人"), ("s13", "使用过生成式人工智能产品的人占整体人口比例", "17.7%"),
     ("s14", "20~29岁网民使用生成式人工智能产品的比例", "41.5%"), ("s15", "30~39岁网民使用生成式人工智能产品的比例", "23.9%"),
     ("s16", "6~19岁网民使用生成式人工智能产品的比例", "21.1%"),
     ("s17", "发布人工智能相关产业行动计划或措施文件的省级行政区数量", "9个"),
     ("s18", "人工智能相关投融资事件数", "504起"), ("s19", "人工智能相关投融资合计金额", "812亿元"),
     ("s20", "人工智能企业数量同比增长", "35.65%")]
for id, l, v in S:
    ent(id, "Statistic", l, value=v)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
