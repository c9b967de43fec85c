"""Gold annotation of plan-zhejiang-manufacturing-long-2021 (拼了！这个GDP第四大省，开始了实现_共同富裕_的重要一步), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-zhejiang-manufacturing-long-2021"
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

def goal(id, label, evidence=None, optional=False):
    evidence = evidence or label
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    assert label in evidence, (label, evidence)
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

# Places
ent("zj", "Place", "浙江", ["浙江省"])
for id, l, al in [("gd", "广东", []), ("sd", "山东", ["山东省"]), ("js", "江苏", []), ("sh", "上海", []), ("jh", "金华", [])]:
    ent(id, "Place", l, al)
ent("china", "Place", "全国", optional=True)
# Documents
ent("fangan", "Document", "新一轮制造业“腾笼换鸟、凤凰涅槃”攻坚行动方案（2021—2023年）")
ent("yijian", "Document", "关于以新发展理念引领制造业高质量发展的若干意见")
ent("sdplan", "Document", "山东省“十四五”制造强省建设规划")
# Events
ent("conf", "Event", "浙江省新一轮制造业“腾笼换鸟、凤凰涅槃”攻坚行动推进大会")
ent("conf-old", "Event", "制造业改造提升推进会", optional=True)
rel("conf", "locatedIn", "zj", optional=True)
# Organizations and people
ent("ecnu", "Organization", "华东师范大学")
ent("ecnu-ud", "Organization", "华东师范大学城市发展研究院")
rel("ecnu-ud", "subOrganizationOf", "ecnu")
ent("zjrb", "Organization", "浙江日报")
ent("zheng", "Person", "郑栅洁")
rel("zheng", "speaksAt", "conf")
ent("zeng", "Person", "曾刚")
rel("zeng", "holdsPost", "ecnu-ud", post="院长")
ent("dan", "Person", "淡忠奎")
ent("chengshu", "Person", "城叔", optional=True)

def G(id, l, e=None, opt=False, bodies=(), obodies=(), who=None):
    goal(id, l, e, optional=opt)
    for b in bodies: rel(b, "hasGoal", id, optional=opt)
    for b in obodies: rel(b, "hasGoal", id, optional=True)
    if who: rel(who, "proposes", id, optional=opt)

# provinces' 14th five-year manufacturing plans, and Zhejiang's own aims
G("p1", "稳定提升制造业比重", "明确要稳定提升制造业比重，实现从制造大省到制造强省")
G("p2", "实现从制造大省到制造强省", "明确要稳定提升制造业比重，实现从制造大省到制造强省")
G("p3", "加快建设全球先进制造业基地", "浙江明确要加快建设全球先进制造业基地，到2025年全省制造业比重“由2020年的32.7%提高至33.3%左右”")
G("p4", "提高至33.3%左右", "到2025年全省制造业比重“由2020年的32.7%提高至33.3%左右”")
G("p5", "制造业增加值占生产总值比重稳定在1/3左右", "如今，浙江提出制造业增加值占生产总值比重稳定在1/3左右，首先就要确保用于制造业发展的土地资源供给")
G("p6", "确保用于制造业发展的土地资源供给", "如今，浙江提出制造业增加值占生产总值比重稳定在1/3左右，首先就要确保用于制造业发展的土地资源供给")
G("p7", "打造全球先进制造业基地", "打造全球先进制造业基地已经时不我待", opt=True)
# the campaign and its plan
G("f0", "实施新一轮制造业‘腾笼换鸟、凤凰涅槃’攻坚行动", "实施新一轮制造业‘腾笼换鸟、凤凰涅槃’攻坚行动，是实现提质扩量增效的关键一招，必须举全省之力打好这场硬仗", bodies=["fangan"], who="zheng")
G("z1", "始终保持推动制造业提质扩量增效的战略定力", "无论经济社会发展到哪个阶段，都要始终保持推动制造业提质扩量增效的战略定力", who="zheng")
G("z2", "举全省之力打好这场硬仗", "必须举全省之力打好这场硬仗", who="zheng")
F = [("f1", "确立工业用地红线", "方案首次确立工业用地红线——支持地方实施工业用地控制线管理，控制线内盘活腾出存量工业用地必须全部用于工业发展"),
     ("f2", "支持地方实施工业用地控制线管理", "支持地方实施工业用地控制线管理，控制线内盘活腾出存量工业用地必须全部用于工业发展"),
     ("f3", "控制线内盘活腾出存量工业用地必须全部用于工业发展", "支持地方实施工业用地控制线管理，控制线内盘活腾出存量工业用地必须全部用于工业发展"),
     ("f4", "确保工业用地规模", "提出像保护基本农田一样确保工业用地规模"),
     ("f5", "确保占补平衡", "确需改变用途的，应‘改一补一’，确保占补平衡"),
     ("f6", "取土地出让收入的0.5%以上作为“腾笼换鸟”专项经费", "此外，还将取土地出让收入的0.5%以上作为“腾笼换鸟”专项经费，用于盘活工业用地、企业整治提升、宿舍型保障性租赁住房、产业园区配套设施等"),
     ("t1", "全省规上工业亩均税收达到37万元", "此次方案提出，通过3年攻坚，全省规上工业亩均税收达到37万元"),
     ("t2", "亩均增加值达到180万元", None),
     ("t3", "规上制造业全员劳动生产率达到33万元/人", None),
     ("t4", "单位工业增加值能耗下降10.4%以上", None),
     ("t5", "全省淘汰落后产能企业5000家", None),
     ("t6", "整治提升10000家", None),
     ("t7", "腾出低效工业用地100平方公里", None),
     ("t8", "腾出用能400万吨标准煤", None),
     ("t9", "减少碳排放800万吨", None)]
for id, l, e in F:
    G(id, l, e, bodies=["fangan"])
G("f7", "盘活工业用地", "用于盘活工业用地、企业整治提升、宿舍型保障性租赁住房、产业园区配套设施等", opt=True, obodies=["fangan"])
# restated in the plan and set by the 2020 opinions
G("y1", "工业用地比例不低于30%", "2020-2025年，工业大市大县每年出让土地总量中工业用地比例不低于30%", bodies=["yijian", "fangan"])
G("y2", "确保工业用地总量稳中有升", bodies=["yijian"])
G("y3", "省级及以上开发区、高新区等存量工业用地总量不下降", bodies=["yijian"])
# common prosperity, carbon
G("c1", "2035年基本实现共同富裕", "浙江获批全国首个共同富裕示范区，要求“2035年基本实现共同富裕”")
G("c2", "“3060”双碳目标", "“3060”双碳目标下，工业是减碳的主战场", opt=True)
# Shandong
G("s1", "基本建成制造强省", "到2025年，山东将基本建成制造强省，制造业增加值占GDP比重力争达到28%以上", bodies=["sdplan"])
G("s2", "制造业增加值占GDP比重力争达到28%以上", "到2025年，山东将基本建成制造强省，制造业增加值占GDP比重力争达到28%以上", bodies=["sdplan"])
# 曾刚's view of what the campaign needs
Z = [("g1", "要绿色生态", "有两个基本点，一个是要绿色生态，一个是要有技术支撑", True),
     ("g2", "要有技术支撑", "有两个基本点，一个是要绿色生态，一个是要有技术支撑", True),
     ("g3", "从以前的工业生产的低成本战略转化为绿色战略", "要从以前的工业生产的低成本战略转化为绿色战略并不容易", True),
     ("g4", "实现从跟跑到并跑再到领跑的转变", "浙江如何解决技术支撑的问题，实现从跟跑到并跑再到领跑的转变", True),
     ("g5", "把比较分散的社会资本、技术需求组织起来", "怎么样把比较分散的社会资本、技术需求组织起来，这是要重点考虑的方面", True),
     ("g6", "保证地区经济增长和财税收入", "这就要求当地企业更高端，一个是保证地区经济增长和财税收入，另一个是提高从业者的收入", True),
     ("g7", "提高从业者的收入", "这就要求当地企业更高端，一个是保证地区经济增长和财税收入，另一个是提高从业者的收入", True)]
for id, l, e, opt in Z:
    G(id, l, e, opt=opt, who="zeng")

# Statistics
S = [("st1", "2020年浙江全省制造业比重", "32.7%", "由2020年的32.7%提高至33.3%左右", False),
     ("st2", "单位居民点及工矿用地集聚规模以上工业企业", "3.9个", "2017年，浙江全省单位居民点及工矿用地集聚规模以上工业企业3.9个", False),
     ("st3", "每家企业的最大发展空间", "384.5亩", "折算每家企业的最大发展空间仅为384.5亩", False),
     ("st3a", "相当于上海的比例", "75.7%", "仅为上海的75.7%、广东的72%、江苏的60.8%、山东的40.3%", True),
     ("st3b", "相当于广东的比例", "72%", "仅为上海的75.7%、广东的72%、江苏的60.8%、山东的40.3%", True),
     ("st3c", "相当于江苏的比例", "60.8%", "仅为上海的75.7%、广东的72%、江苏的60.8%、山东的40.3%", True),
     ("st3d", "相当于山东的比例", "40.3%", "仅为上海的75.7%、广东的72%、江苏的60.8%、山东的40.3%", True),
     ("st4", "2020年浙江全省出让国有建设用地", "24.3万亩", "2020年浙江全省出让国有建设用地24.3万亩", False),
     ("st5", "工矿仓储用地出让面积", "12.7万亩", "其中工矿仓储用地（主要是工业用地）出让面积达12.7万亩，占到了总出让面积的52.2%", False),
     ("st6", "工矿仓储用地占总出让面积", "52.2%", "占到了总出让面积的52.2%", False),
     ("st7", "全省房地产用地的总出让面积", "10万亩", "而全省房地产用地的总出让面积是10万亩", False),
     ("st8", "浙江制造业增加值率比发达国家低", "15个百分点", "浙江制造业增加值率比发达国家低15个百分点", False),
     ("st9", "高技术制造业增加值占比低", "10个百分点", "高技术制造业增加值占比低10个百分点", False),
     ("st10", "单位工业增加值能耗相当于广东的倍数", "1.3倍", "单位工业增加值能耗是广东的1.3倍", False),
     ("st11", "单位GDP碳排放相当于发达国家的倍数", "2倍", "单位GDP碳排放是发达国家的2倍以上", False),
     ("st12", "浙江省前三季度GDP", "52853亿元", "浙江省实现GDP52853亿元", False),
     ("st13", "山东省前三季度GDP", "60439.2亿元", "山东省实现GDP60439.2亿元", False),
     ("st14", "浙鲁GDP差距（去年同期）", "6360亿元", "二者的差距从去年同期的6360亿元升至7586亿元", False),
     ("st15", "浙鲁GDP差距", "7586亿元", "二者的差距从去年同期的6360亿元升至7586亿元", False),
     ("st16", "浙江前三季度规上工业增加值", "14578亿元", "前三季度，浙江实现规上工业增加值为14578亿元", False),
     ("st17", "山东前三季度规上工业增加值", "19775.9亿元", "同期山东为19775.9亿元", False),
     ("st18", "浙江规上工业企业研发费用占营业收入的比重", "2.62%", "2020年，浙江规上工业企业研发费用占营业收入的比重达到2.62%", False),
     ("st19", "浙江在上海设立的创新飞地", "40家", "浙江在上海设立创新飞地接近40家", False),
     ("st20", "发布三季报的省份", "31个", "此前全国31个省份三季报出炉", True),
     ("st21", "建设用地土地财政收入（假设）", "10-20亿元", "地方政府大约能拿到10-20亿元的“土地财政收入”", True),
     ("st22", "工业用地土地出让金（假设）", "5000万元", "土地出让金可能仅为5000万元", True)]
for id, l, v, e, opt in S:
    stat(id, l, v, e, optional=opt)
# the provinces as the unnamed governments that issue the plans (optional, cf. "a region as the subject")
ent("zj-gov", "Agency", "浙江省", optional=True)
ent("sd-gov", "Agency", "山东省", optional=True)
rel("zheng", "holdsPost", "zj-gov", post="省长", optional=True)
rel("fangan", "publishedBy", "zj-gov", optional=True)
rel("yijian", "publishedBy", "zj-gov", optional=True)
rel("sdplan", "publishedBy", "sd-gov", optional=True)
for g in ("p3", "p4", "p5", "p6", "p7", "c1", "f0", "z1", "z2"):
    rel("zj-gov", "hasGoal", g, optional=True)
for g in ("s1", "s2"):
    rel("sd-gov", "hasGoal", g, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
