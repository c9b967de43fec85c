"""Gold annotation of interpretation-beijing-ftz-data-export-measures-long-2024 (专家解读：吴沈括《优化数据跨境流动机制的北京方案》, 网信北京 2024-08, reprinted by 中国信息安全), by hand per shared/eval/ANNOTATE.md (annotator ann18)."""
ID = "interpretation-beijing-ftz-data-export-measures-long-2024"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
L = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def clause(label):
    """the clause (split at ，。；！？：and line ends) that first states the label"""
    for c in re.split(r"(?<=[，。；！？：\n])", text):
        if label in c:
            return ev(c.strip().rstrip("，；。：").lstrip("”"))
    raise AssertionError(label)

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type == "Statistic" or label in text or any(a in text for a in aliases), label
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

# ---- the author and his bodies ----
ent("wu", "Person", "吴沈括")
ent("bnu", "Organization", "北京师范大学")
ent("bnu-law", "Organization", "北京师范大学法学院")
rel("bnu-law", "subOrganizationOf", "bnu")
rel("wu", "holdsPost", "bnu-law", optional=True, post="博士生导师")   # an academic role rather than an office
ent("isc", "Organization", "中国互联网协会")
ent("isc-rc", "Organization", "中国互联网协会研究中心")
rel("isc-rc", "subOrganizationOf", "isc")
rel("wu", "holdsPost", "isc-rc", post="副主任")
# ---- agencies ----
ent("cac", "Agency", "国家互联网信息办公室")
# ---- documents ----
ent("dsl", "Document", "数据安全法")
ent("pipl", "Document", "个人信息保护法")
ent("assess", "Document", "数据出境安全评估办法")
ent("contract", "Document", "个人信息出境标准合同办法")
ent("zone-plan", "Document", "支持北京深化国家服务业扩大开放综合示范区建设工作方案")
ent("rules", "Document", "促进和规范数据跨境流动规定", ["规定"])
rel("rules", "publishedBy", "cac")
ent("measures", "Document", "中国（北京）自由贸易试验区数据出境负面清单管理办法（试行）", ["管理办法"])
ent("list", "Document", "负面清单", optional=True)   # the lists in general, not one named list
ent("idrule", "Document", "重要数据统一识别参考规则", optional=True)   # a rule added within the 管理办法
# ---- places ----
ent("bj", "Place", "北京市", ["北京", "首都"])
ent("bjftz", "Place", "北京自贸试验区", ["中国（北京）自由贸易试验区"])
# ---- technologies ----
ent("ai", "Technology", "人工智能")

# ---- goals ----
# (id, label, evidence or None, optional, holders, techs); holders with a leading "?" are optional.
# The goals are the 管理办法's (and, on line 8, the 规定's); 吴沈括 reports and argues them: he proposes
# each optionally. The advantages argued on line 6 (提升…, 有助于…) are optional goals.
M = "measures"
G = [
 ("t1", "优化数据跨境流动机制", L[0], False, ("?" + M,), ()),
 # line 3: why the 管理办法 was issued
 ("p1", "数据依法有序跨境流动", None, False, (M,), ()),
 ("p2", "推进产业高水平对外开放", None, False, (M,), ()),
 ("p3", "加快构建新发展格局", None, False, (M,), ()),
 ("p4", "提供了明确的合规框架与业务指引", "为北京自贸试验区的企业在数据跨境流动方面提供了明确的合规框架与业务指引", False, (M,), ()),
 ("p5", "带来进一步的业务便利和工作指引", None, True, ("?" + M,), ()),
 # line 5: the design
 ("q1", "划定数据跨境流动中应受到严格监管的特定领域场景和数据类型", "《管理办法》的基本思路是通过规定负面清单的方式，划定数据跨境流动中应受到严格监管的特定领域场景和数据类型", False, (M,), ()),
 ("q2", "明确安全底线", "通过明确安全底线来保障国家安全、经济运行和各方权益", False, (M,), ()),
 ("q3", "保障国家安全、经济运行和各方权益", "通过明确安全底线来保障国家安全、经济运行和各方权益", False, (M,), ()),
 ("q4", "赋予自由贸易试验区的数据出境更多便利", None, False, (M,), ()),
 ("q5", "积极促进数据依法有序自由流动", None, False, (M,), ()),
 ("q6", "鼓励数据安全出境的进程推进", None, False, (M, "?list"), ()),
 ("q7", "清单之外的数据可以自由跨境流动", None, True, ("?list",), ()),
 # line 6: the advantages argued
 ("v1", "规定了制定负面清单和开展日常监管的基本规范", None, True, ("?" + M,), ()),
 ("v2", "发挥总体性规则的作用", None, True, ("?" + M,), ()),
 ("v3", "对企业实际业务场景进行细化量化", "又通过负面清单对企业实际业务场景进行细化量化", False, (M, "?list"), ()),
 ("v4", "结合具体行业领域进行针对性规定", None, False, (M, "?list"), ()),
 ("v5", "实现了总体与具体的有机结合", None, True, ("?" + M,), ()),
 ("v6", "提升了自贸区内数据管理和利用的灵活性与自主性", None, True, ("?" + M, "?list"), ()),
 ("v7", "建立一个更为透明、可预测的数据跨境流动环境", None, True, ("?" + M, "?list"), ()),
 ("v8", "助力营商环境的优化", None, True, ("?" + M, "?list"), ()),
 ("v9", "有助于企业更精确地理解和把握并遵循数据出境的相关规则", None, True, ("?" + M, "?list"), ()),
 ("v10", "减少合规负担", None, True, ("?" + M, "?list"), ()),
 ("v11", "提升其在国际市场上的竞争力", None, True, ("?" + M, "?list"), ()),
 # line 8: the 规定's grant and the 管理办法's mechanism
 ("r1", "赋予各自由贸易试验区更大的自主权", None, False, ("rules",), ()),
 ("r2", "自行制定区内数据出境的负面清单", None, True, ("?rules",), ()),
 ("r3", "支持各自贸区的制度创新和机制创新", None, False, ("rules",), ()),
 ("m1", "探索设计适合首都的具体机制", None, False, (M,), ()),
 ("m2", "首批选择汽车、医药、零售、民航、人工智能五个领域率先制定负面清单",
  "综合考虑首都国际科创中心等功能定位，首批选择汽车、医药、零售、民航、人工智能五个领域率先制定负面清单", False, (M,), ("ai",)),
 ("m3", "对需纳入管理的出境数据规模作出进一步的精准量化和适度放宽", None, False, (M, "?list"), ()),
 ("m4", "尽可能解决企业合理诉求", None, False, (M, "?list"), ()),
 ("m5", "提升自贸区数据出境便利度和负面清单的实用性", None, False, (M, "?list"), ()),
 # line 10: the detail
 ("d1", "落实《数据安全法》中的数据分类分级保护制度", None, False, (M, "?list"), ()),
 ("d2", "为本区域跨境数据管理政策的制定和落地提供了坚实的基础", None, True, ("?" + M, "?list"), ()),
 ("d3", "进一步细化了清单的具体内容", None, False, (M,), ()),
 ("d4", "增加了“重要数据统一识别参考规则”", None, False, (M,), ()),
 ("d5", "为负面清单的具体化规定提供统一规则", None, False, (M, "?idrule"), ()),
 ("d6", "强调人工智能训练数据、算法源代码、关键组件数据、控制程序等数据", None, False, (M, "?list"), ("ai",)),
 # line 11: conclusion
 ("c1", "为首都数据跨境管理提供可操作性规定", None, False, (M,), ()),
 ("c2", "划定数据跨境制度基线", "通过负面清单的方式划定数据跨境制度基线", False, (M,), ()),
 ("c3", "探索适合产业发展的创新性规定", None, False, (M,), ()),
 ("c4", "保障数据安全", "可以在保障数据安全的前提下", True, ("?" + M,), ()),
 ("c5", "助力企业发展", None, False, (M,), ()),
 ("c6", "便利数据出境活动", None, False, (M,), ()),
 ("c7", "进一步发挥北京方案的价值潜力", None, False, (M,), ()),
]
for id, label, e, opt, holders, techs in G:
    assert label in text, label
    ent(id, "Goal", label, optional=opt, evidence=ev(e) if e else clause(label))
    for h in holders:
        rel(h.lstrip("?"), "hasGoal", id, optional=opt or h.startswith("?"))
    rel("wu", "proposes", id, optional=True)
    for t in techs:
        rel(id, "involvesTechnology", t, optional=opt)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
