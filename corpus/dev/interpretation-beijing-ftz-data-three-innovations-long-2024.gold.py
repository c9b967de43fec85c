"""Gold annotation of interpretation-beijing-ftz-data-three-innovations-long-2024 (专家解读：洪延青《跨境数据传输政策的三大创新为北京自由贸易试验区注入发展新动能》, 网信北京 2024-09, reprinted by 中国信息安全), by hand per shared/eval/ANNOTATE.md (annotator ann18)."""
ID = "interpretation-beijing-ftz-data-three-innovations-long-2024"
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
            return ev(c.strip().rstrip("，；。："))
    raise AssertionError(label)

def head(i):
    """the first sentence of line i (an enumerated point: 第一是…, 首先，…)"""
    return ev(re.split(r"(?<=。)", L[i])[0].rstrip("。"))

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
ent("hong", "Person", "洪延青")
ent("bit", "Organization", "北京理工大学")
ent("bit-law", "Organization", "北京理工大学法学院")
rel("bit-law", "subOrganizationOf", "bit")
rel("hong", "holdsPost", "bit-law", optional=True, post="教授")   # 教授 is an academic title, not an office
ent("tc260", "Organization", "全国信息安全技术标准化委员会")
rel("hong", "holdsPost", "tc260", post="委员")
# ---- agencies and people named in the background ----
ent("cac", "Agency", "国家互联网信息办公室", ["国家网信办"])
ent("cpc", "Agency", "中共中央", ["党中央"])
ent("xi", "Person", "习近平", optional=True)
# ---- documents ----
ent("rules", "Document", "促进和规范数据跨境流动规定", ["规定", "新规"])   # 新规 on line 14
rel("rules", "publishedBy", "cac")
ent("measures", "Document", "中国（北京）自由贸易试验区数据出境负面清单管理办法（试行）", ["管理办法"])
ent("list", "Document", "中国（北京）自由贸易试验区数据出境管理清单（负面清单）（2024版）", ["2024版《负面清单》", "负面清单"])
# ---- places ----
ent("bjftz", "Place", "北京自贸区", ["中国（北京）自贸试验区", "北京自由贸易试验区", "中国（北京）自由贸易试验区"])
ent("bj", "Place", "北京", optional=True)          # only in 北京特色 / 北京方案
ent("china", "Place", "中国", ["我国"], optional=True)
# ---- statistics ----
ent("s-relax", "Statistic", "个人信息和敏感信息出境限制放宽的范围", value="“新规”的5倍到10倍",
    evidence=ev("这种放宽根据行业需求和市场状况，范围为“新规”的5倍到10倍不等"))

# ---- goals ----
# (id, label, evidence or None, optional, holders); holders with a leading "?" are optional.
# 北京自贸区 (a Place) is the grammatical subject of most measures: the documents that carry them
# hold them. The enumerated points (第一/第二/第三 and 首先…最后) and the measures they name are
# required; the effects argued for them (能够…, 有助于…, 可以…) optional. 洪延青 reports and argues:
# he proposes each goal optionally.
Li, M, Ru = "list", "measures", "rules"
G = [
 ("t1", "为北京自由贸易试验区注入发展新动能", L[0], False, ("?" + Li, "?" + M)),
 # line 3: background
 ("b1", "构建安全有序便捷的数据跨境流动管理机制", None, False, ("?" + Ru, "?" + M)),
 ("b2", "促进数字经济发展", None, False, ("?" + Ru, "?" + M)),
 ("b3", "防范数据安全风险", None, False, ("?" + Ru, "?" + M)),
 ("b4", "数据出境安全管理制度作出优化调整",
  "对数据出境安全评估、个人信息出境标准合同、个人信息保护认证等数据出境安全管理制度作出优化调整", False, (Ru,)),
 ("b5", "建设自由贸易试验区", None, False, ("cpc",)),
 ("b6", "推进改革开放", None, False, ("cpc",)),
 ("b7", "自行制定区内需要纳入数据出境安全评估、个人信息出境标准合同、个人信息保护认证管理范围的数据清单",
  None, True, ("?" + Ru,)),
 ("b8", "免予申报数据出境安全评估", None, True, ("?" + Ru,)),
 # line 4
 ("b9", "探索并落地了具有“北京特色”的自贸区数据跨境先行先试政策", None, False, ("?" + Li, "?" + M)),
 # 第一 (lines 5-10): the sector-by-sector strategy
 ("a0", "负面清单的分行业推进策略", head(4), False, (Li,)),
 ("a0b", "以企业的实际业务场景为核心", None, True, ("?" + Li,)),
 ("a0c", "分行业、分领域、分批次推进", None, False, (Li,)),
 ("a1", "使政策更具针对性", head(5), False, (Li,)),
 ("a1b", "针对不同行业的实际情况进行定制化设计",
  "而北京自贸区的负面清单策略则通过广泛的行业调研和深入的需求分析，针对不同行业的实际情况进行定制化设计", False, (Li,)),
 ("a1c", "更好地满足企业的实际运营需求", None, True, ("?" + Li,)),
 ("a1d", "提高政策的适应性和有效性", None, True, ("?" + Li,)),
 ("a2", "动态调整机制确保政策的灵活性和持续性", head(6), False, (Li,)),
 ("a2b", "采取动态调整机制", None, False, (Li,)),
 ("a2c", "根据市场和技术的发展不断更新和优化", None, True, ("?" + Li,)),
 ("a2d", "更好地适应快速变化的市场环境", None, True, ("?" + Li,)),
 ("a2e", "为企业提供了更大的操作空间和灵活性", None, True, ("?" + Li,)),
 ("a2f", "帮助企业更好地应对国际市场的变化", None, True, ("?" + Li,)),
 ("a2g", "促进国内产业的创新发展和技术进步", None, True, ("?" + Li,)),
 ("a3", "“成熟一批发布一批”的策略提供了政策试点和示范的机会", head(7), False, (Li,)),
 ("a3b", "在特定行业或领域先行试点", None, False, (Li,)),
 ("a3c", "积累实践经验", None, True, ("?" + Li,)),
 ("a3d", "对政策效果进行评估", None, True, ("?" + Li,)),
 ("a3e", "确保政策的实施效果最大化", None, True, ("?" + Li,)),
 ("a3f", "在更大范围内推广成功的做法", None, True, ("?" + Li,)),
 ("a3g", "降低政策实施的风险", None, True, ("?" + Li,)),
 ("a3h", "提高政策执行的效率和效果", None, True, ("?" + Li,)),
 ("a4", "提升政策的透明度和公信力", head(8), False, (Li,)),
 ("a4b", "广泛吸纳各界意见和建议", None, False, (Li,)),
 ("a4c", "增加政策制定的透明度", None, True, ("?" + Li,)),
 ("a4d", "赢得企业和社会的支持和信任", None, True, ("?" + Li,)),
 ("a4e", "平衡政府监管与企业创新发展的关系", None, True, ("?" + Li,)),
 ("a4f", "为自贸区的健康发展创造良好的政策环境", None, True, ("?" + Li,)),
 ("a5", "提升了政策的适应性和执行效果", None, True, ("?" + Li,)),
 ("a6", "提高跨境数据传输的效率和安全性", None, True, ("?" + Li,)),
 ("a7", "为其他地区的数据管理提供了重要的参考和借鉴", None, True, ("?" + Li, "?" + M)),   # restated on lines 17, 24
 # 第二 (lines 11-17): quantifying and relaxing the personal-information thresholds
 ("p0", "个人信息的精准量化与放宽", head(10), False, (Li,)),
 ("p0b", "提升数据出境便利度", None, True, ("?" + Li,)),
 ("p0c", "有效保障了数据安全和个人隐私", None, True, ("?" + Li,)),
 ("p1", "科学量化方法确保信息管理的精准性", head(11), False, (Li,)),
 ("p1b", "对允许出境的个人信息和敏感信息进行了精准量化", "通过科学的测算手段，北京自贸区对允许出境的个人信息和敏感信息进行了精准量化", False, (Li,)),
 ("p1c", "确保数据管理的精细化和科学性", None, True, ("?" + Li,)),
 ("p1d", "避免了过度或不足的管理情况", None, True, ("?" + Li,)),
 ("p2", "场景限定提升了政策的实用性", head(12), False, (Li,)),
 ("p2b", "严格限定出境数据的使用场景和字段", None, False, (Li,)),
 ("p2c", "更好地控制数据的使用范围和条件", None, True, ("?" + Li,)),
 ("p2d", "增强了负面清单的实用性和操作性", None, True, ("?" + Li,)),
 ("p2e", "满足企业的实际业务需求", None, True, ("?" + Li,)),
 ("p3", "适度放宽政策显示出管理的灵活性", head(13), False, (Li,)),
 ("p3b", "对个人信息和敏感信息出境的限制进行了适度放宽", None, False, (Li,)),
 ("p3c", "帮助企业更好地实现国际化目标", None, True, ("?" + Li,)),
 ("p4", "管理措施与国际接轨提升竞争力", head(14), False, (Li,)),
 ("p4b", "积极借鉴国际先进做法", None, False, (Li,)),
 ("p4c", "与国际标准接轨", None, False, (Li,)),
 ("p4d", "增强了自贸区的全球竞争力", None, True, ("?" + Li,)),
 ("p5", "保障措施完善提升了数据安全性", head(15), False, (Li,)),
 ("p5b", "加强了对数据安全的保障措施", None, False, (Li,)),
 ("p5c", "确保数据在出境过程中的安全性", "通过完善的数据安全管理机制和技术保障能力，确保数据在出境过程中的安全性", False, (Li,)),
 ("p5d", "有效防范了数据安全风险", None, True, ("?" + Li,)),
 ("p6", "提升了数据管理的科学性和实用性", None, True, ("?" + Li,)),
 ("p7", "为自贸区的国际化发展提供了有力支持", None, True, ("?" + Li,)),   # restated on line 24
 # 第三 (lines 18-24): regulated use and management (the 管理办法)
 ("m0", "负面清单的规范使用与管理", head(17), False, (M,)),
 ("m0b", "确保负面清单的有效实施", None, False, (M,)),
 ("m0c", "对负面清单的使用和管理进行了规范化", None, False, (M,)),
 ("m1", "严谨的准入机制保障数据出境的安全性", head(18), False, (M,)),
 ("m1b", "根据企业的申请材料进行审核", None, False, (M,)),
 ("m1c", "提交详细的申请材料", None, False, (M,)),
 ("m1d", "提高了数据出境的安全性和合规性", None, True, ("?" + M,)),
 ("m1e", "确保每一次出境数据的合法性和安全性", None, True, ("?" + M,)),
 ("m2", "规范的备案管理机制提升了数据管理的透明度", head(19), False, (M,)),
 ("m2b", "动态掌握企业数据出境的实际情况", None, False, (M,)),
 ("m2c", "对数据出境活动进行有效的监督和管理", None, True, ("?" + M,)),
 ("m2d", "为政策的进一步优化提供数据支持和决策依据", None, True, ("?" + M,)),
 ("m2e", "及时向各自贸组团更新备案", None, False, (M,)),
 ("m3", "科学的风险评估机制确保数据出境的安全", head(20), False, (M,)),
 ("m3b", "及时识别和应对潜在的安全风险", None, False, (M,)),
 ("m3c", "提高政策的应急响应能力", None, True, ("?" + M,)),
 ("m3d", "及时发现和应对可能出现的安全隐患", None, True, ("?" + M,)),
 ("m4", "多层次的监管机制增强了政策的执行力", head(21), False, (M,)),
 ("m4b", "建立多层次的监管机制", None, False, (M,)),
 ("m4c", "与市级管理部门进行密切合作", None, False, (M,)),
 ("m4d", "共同开展监督和核验工作", None, False, (M,)),
 ("m4e", "确保负面清单的有效使用", None, True, ("?" + M,)),
 ("m5", "完善的反馈机制提升了政策的优化能力", head(22), False, (M,)),
 ("m5b", "积极收集企业和社会的意见和建议", None, False, (M,)),
 ("m5c", "不断优化和改进负面清单的管理措施", None, True, ("?" + M,)),
 ("m5d", "提高政策的执行效果和企业的满意度", None, True, ("?" + M,)),
 ("m6", "提升了数据出境的安全性和管理的有效性", None, True, ("?" + M,)),
 ("m7", "保障了数据出境的便利度、合规性和安全性", None, True, ("?" + M,)),
 ("m8", "促进产业发展", None, True, ("?" + M, "?" + Li)),
 ("m9", "为自贸区的国际化和现代化进程注入了新的活力", None, True, ("?" + M, "?" + Li)),
]
for id, label, e, opt, holders in G:
    assert label in text, label
    ent(id, "Goal", label, optional=opt, evidence=ev(e) if e else clause(label))
    for h in holders:
        rel(h.lstrip("?"), "hasGoal", id, optional=opt or h.startswith("?"))
    rel("hong", "proposes", id, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
