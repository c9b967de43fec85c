"""Gold annotation of proposal-xiao-xinguang-cybersecurity-long-2023 (两会聚焦 | 全国政协委员肖新光：两份提案聚焦网络安全工作落实, 中国信息安全 2023-03-08: a report on two CPPCC proposals followed by both proposals in full), by hand per shared/eval/ANNOTATE.md (annotator ann17)."""
ID = "proposal-xiao-xinguang-cybersecurity-long-2023"
import collections, json, pathlib, re
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

def sent(ln, label):
    """the sentence of line ln (split at 。；！？) that holds label"""
    for s in re.split(r"(?<=[。；！？])", L[ln]):
        if label in s:
            return s.strip().rstrip("。；")
    raise AssertionError((ln, label))

# ---- people and bodies ----
ent("xiao", "Person", "肖新光")
ent("antiy", "Organization", "安天集团")
rel("xiao", "holdsPost", "antiy", post="创始人", optional=True)
ent("cppcc", "Agency", "全国政协", optional=True)  # named only inside 全国政协委员
rel("xiao", "holdsPost", "cppcc", post="全国政协委员", optional=True)
ent("mem", "Agency", "国家应急管理部", ["应急管理部"])
ent("cisj", "Organization", "中国信息安全", optional=True)  # the reprinting outlet (line 2)
# ---- events, documents, places ----
ent("lianghui", "Event", "全国“两会”", optional=True)
ent("cpc20", "Event", "二十大")
ent("cpc18", "Event", "十八大")
ent("d1", "Document", "关于落实<网络安全法>，完善细化网络安全责任制的提案",
    ["《关于落实<网络安全法>，完善细化网络安全责任制的提案》"])
ent("d2", "Document", "关于强化网络安全公共安全属性的提案", ["《关于强化网络安全公共安全属性的提案》"])
ent("cslaw", "Document", "网络安全法", ["《网络安全法》"])
ent("report20", "Document", "二十大报告")
ent("china", "Place", "中国", ["我国"], optional=True)
# ---- technologies (all doubtful in a proposal about security governance) ----
TECH = [("netsec", "网络安全", ()), ("cii", "关键信息基础设施", ()), ("cloud", "云", ()),
        ("ti", "威胁情报", ()), ("infoization", "信息化", ())]
for id, l, al in TECH:
    ent(id, "Technology", l, al, optional=True)

def G(id, label, evidence, doc=None, by=True, opt=False):
    assert label in evidence, (label, evidence)
    assert 4 <= len(label) <= 45, label
    assert label not in {e["label"] for e in E if e["type"] == "Goal"}, label
    ent(id, "Goal", label, optional=opt, evidence=ev(evidence))
    if by: rel("xiao", "proposes", id, optional=opt)
    if doc: rel(doc, "hasGoal", id, optional=opt)
    for t, l, _ in TECH:
        if l in label and not (t == "cloud" and "云" not in label):
            rel(id, "involvesTechnology", t, optional=True)

# ==== proposal 1: 完善细化网络安全责任制 (report lines 4-6, full text lines 10-24) ====
e4 = "为达成工作要求，落实执行效果，建议主管部门围绕落实《网络安全法》进一步细化网络安全责任体系"
G("a0", "进一步细化网络安全责任体系", e4, "d1")
G("a0-law", "落实《网络安全法》", e4, "d1", opt=True)
G("a0-req", "达成工作要求", e4, "d1", opt=True)
G("a0-eff", "落实执行效果", e4, "d1", opt=True)
rel("cslaw", "hasGoal", "a0", optional=True)
# heading 一 (line 6 = line 22)
G("a1", "完善层次化风险与责任分析体系", "一是完善层次化风险与责任分析体系", "d1")
G("a1-1", "完善共性方法指引", "建议主管部门围绕重要信息系统和关键信息基础设施，完善共性方法指引", "d1")
G("a1-2", "梳理重要信息系统和关键信息基础设施遭遇攻击向国家安全、社会治理安全和公民个人安全的外溢风险",
  "依托敌情想定和模拟推演等方式，梳理重要信息系统和关键信息基础设施遭遇攻击向国家安全、社会治理安全和公民个人安全的外溢风险", "d1")
G("a1-3", "重新分析网络安全规划和投入的合理性", "以风险后果视角重新分析网络安全规划和投入的合理性", "d1")
G("a1-4", "量化分析规划投入的差距和短板", "量化分析规划投入的差距和短板", "d1")
e22 = "基于共性和弹性安全能力建设，专项投入支持等方式，弥补重要信息系统和关键信息基础设施运营方的安全投入不足"
G("a1-5", "弥补重要信息系统和关键信息基础设施运营方的安全投入不足", e22, "d1")
G("a1-6", "共性和弹性安全能力建设", e22, "d1", opt=True)
G("a1-7", "专项投入支持", e22, "d1", opt=True)
# heading 二 (line 6 = line 23)
e23h = "二是压实“关口前移，防患于未然”的工作要求，提升责任制覆盖度"
G("a2", "压实“关口前移，防患于未然”的工作要求", e23h, "d1")
G("a3", "提升责任制覆盖度", e23h, "d1")
G("a3-0", "下沉赋能", "建议相关部门组织细化，下沉赋能", "d1", opt=True)
G("a3-1", "进行前置检查指导", "对运营关键信息基础设施的政企机构的敌情想定构建、网络安全规划建设情况进行前置检查指导", "d1")
rel("a3-1", "involvesTechnology", "cii", optional=True)
G("a3-2", "细化IT供应链网络安全的整体要求、工作机制和流程规范", "细化IT供应链网络安全的整体要求、工作机制和流程规范", "d1")
G("a3-3", "建立对安全事件有直接责任的网信供应商的关联问责机制", "建立对安全事件有直接责任的网信供应商的关联问责机制", "d1")
G("a3-4", "予以追责", sent(23, "予以追责"), "d1")
rel("a3-4", "involvesTechnology", "cloud", optional=True)
G("a3-5", "鼓励基础安全能力嵌入信息产品", "鼓励基础安全能力嵌入信息产品", "d1")
G("a3-6", "实现安全基因的原生融合", "实现安全基因的原生融合", "d1")
# heading 三 (line 6 = line 24)
G("a4", "将网络安全问责机制、奖励机制、帮扶赋能机制有机结合", "三是将网络安全问责机制、奖励机制、帮扶赋能机制有机结合", "d1")
G("a4-1", "依法追究", sent(24, "依法追究"), "d1")
G("a4-2", "鼓励积极作为、扎实投入的导向", "同时鼓励积极作为、扎实投入的导向", "d1")
G("a4-3", "实施奖励", "对高水平建设、规划、运营安全能力的，实施奖励", "d1")
G("a4-4", "适度免责", sent(24, "适度免责"), "d1")
G("a4-5", "提供奖励", sent(24, "提供奖励"), "d1")

# ==== proposal 2: 强化网络安全公共安全属性 (report lines 7-9, full text lines 25-38) ====
G("b0", "进一步强化网络安全领域", "面对复杂的国际形势，要进一步强化网络安全领域", "d2", opt=True)
# heading 一 (line 9 = line 37)
G("b1", "强化构建网络安全战略优势能力的目标导向", "一是强化构建网络安全战略优势能力的目标导向", "d2")
G("b1-1", "制定更具进取性的目标", "网络安全领域可制定更具进取性的目标", "d2")
G("b1-2", "成为国家治理体系中的能力长板", "成为国家治理体系中的能力长板", "d2")
G("b1-3", "成为相较于主要地缘竞合方的能力优势", "成为相较于主要地缘竞合方的能力优势", "d2")
G("b1-4", "不会成为重大制约和风险软肋", "在应对霸权国家综合打压，甚至面临高烈度安全冲突过程中不会成为重大制约和风险软肋", "d2", opt=True)
e37 = "在投入总量测算上，基于战略优势目标、数字经济体量规模和底线风险评价，以达成风险增量趋于收敛可控为导向，重新评估合理投入规模，将投入增量以集约化的模式投入到公共安全服务能力建设中"
G("b1-5", "达成风险增量趋于收敛可控", e37, "d2")
G("b1-6", "重新评估合理投入规模", e37, "d2")
G("b1-7", "将投入增量以集约化的模式投入到公共安全服务能力建设中", e37, "d2")
e37b = "在评价机制上，不仅进行纵向的发展对比，也要和世界最先进水平进行横向对比"
G("b1-8", "进行纵向的发展对比", e37b, "d2")
G("b1-9", "和世界最先进水平进行横向对比", e37b, "d2")
e37c = "整体防护水平立足于不断缩小与最发达国家间差距并部分超越，相较周边地缘国家具备明显优势，能对抗国家级高水平攻击"
G("b1-10", "不断缩小与最发达国家间差距并部分超越", e37c, "d2")
G("b1-11", "相较周边地缘国家具备明显优势", e37c, "d2")
G("b1-12", "能对抗国家级高水平攻击", e37c, "d2")
G("b1-13", "先行先试以下两个方面", "基于相关工作的复杂性，建议先行先试以下两个方面", "d2", opt=True)
G("b1-14", "经受最高等级攻击的实战检验",
  "一是将关键信息基础设施的防护水平放到围绕超高能力网空威胁行为体构建“敌情想定”，能够经受最高等级攻击的实战检验看待", "d2")
rel("b1-14", "involvesTechnology", "cii", optional=True)
G("b1-15", "纳入平安中国和新型社会治理的考评指标",
  "二是建议将人民群众和政企机构高度关切的“手机反诈”、“防数据窃取勒索攻击”等安全保障工作纳入平安中国和新型社会治理的考评指标", "d2")
# heading 二 (line 9 = line 38)
e38h = "二是借鉴公共安全治理经验，渐进推动网络安全公共安全服务机制"
G("b2", "借鉴公共安全治理经验", e38h, "d2")
G("b3", "渐进推动网络安全公共安全服务机制", e38h, "d2")
G("b3-0", "借鉴我国在消防、灾难救援、卫生防疫等领域的成熟公共安全治理经验",
  "借鉴我国在消防、灾难救援、卫生防疫等领域的成熟公共安全治理经验", "d2", opt=True)  # restates b2
G("b3-1", "积极研究国际对网络安全公共服务化的研究进展和实践尝试", "积极研究国际对网络安全公共服务化的研究进展和实践尝试", "d2")
G("b3-2", "探索网络安全公共安全服务化的中国模式", "探索网络安全公共安全服务化的中国模式", "d2")
G("b3-3", "分析强化网络安全公共安全服务属性的分工协同机制和能力供给体系", "分析强化网络安全公共安全服务属性的分工协同机制和能力供给体系", "d2")
G("b3-4", "层次化梳理出需要国家和各级政府统一保障和支撑的部分",
  "层次化梳理出需要国家和各级政府统一保障和支撑的部分、需要主管部门赋能的部分、需要机构本身投入的部分等", "d2")
G("b3-5", "清晰化网络安全市场供给机制和网络安全公共安全服务化机制的工作界面和主体责任",
  "清晰化网络安全市场供给机制和网络安全公共安全服务化机制的工作界面和主体责任", "d2")
G("b3-6", "分析网络安全公共安全服务化的运行模式和需求总量", "参考消防等公共服务模式，分析网络安全公共安全服务化的运行模式和需求总量", "d2")
G("b3-7", "建构以风险后果为主要度量衡的评价和投入体系", "建构以风险后果为主要度量衡的评价和投入体系", "d2")
G("b3-8", "逐步形成国家安全、社会治理安全、政企机构安全共担成本，协调共建的层次化建设投入机制",
  "逐步形成国家安全、社会治理安全、政企机构安全共担成本，协调共建的层次化建设投入机制", "d2")
e38p = "当前可以优先支持面向重点行业领域和地缘安全热点区域省份的网络安全公共安全服务化支撑能力试点、强化网络安全领域的国家安全基础设施建设"
G("b3-9", "优先支持面向重点行业领域和地缘安全热点区域省份的网络安全公共安全服务化支撑能力试点", e38p, "d2")
G("b3-10", "强化网络安全领域的国家安全基础设施建设", e38p, "d2")
G("b3-11", "鼓励各地开展网络安全公共安全服务化试点探索和示范评优", "鼓励各地开展网络安全公共安全服务化试点探索和示范评优", "d2")
e38l = sent(38, "弥补信息化及网络安全保障的历史投入不足")
G("b3-12", "构建网络安全共性基础设施和网络安全公共安全服务化能力", e38l, "d2")
G("b3-13", "强化网络安全公共安全服务能力", e38l, "d2", opt=True)
G("b3-14", "弥补信息化及网络安全保障的历史投入不足", e38l, "d2")

# ==== 二十大报告's requirements, quoted in the second proposal (lines 7, 30) ====
for id, label, evid in [
        ("r0", "坚定不移贯彻总体国家安全观", "二十大报告要求我们坚定不移贯彻总体国家安全观"),
        ("r1", "构建全域联动、立体高效的国家安全防护体系", "构建全域联动、立体高效的国家安全防护体系"),
        ("r2", "增强维护国家安全能力", "增强维护国家安全能力"),
        ("r3", "筑牢国家安全人民防线", "筑牢国家安全人民防线"),
        ("r4", "提高公共安全治理水平", "提高公共安全治理水平"),
        ("r5", "坚持安全第一、预防为主", "坚持安全第一、预防为主"),
        ("r6", "建立大安全大应急框架", "建立大安全大应急框架"),
        ("r7", "完善公共安全体系", "完善公共安全体系"),
        ("r8", "推动公共安全治理模式向事前预防转型", "推动公共安全治理模式向事前预防转型"),
        ("r9", "提高防灾减灾救灾和急难险重突发公共事件处置保障能力", "提高防灾减灾救灾和急难险重突发公共事件处置保障能力"),
        ("r10", "加强个人信息保护", "“加强个人信息保护”则是针对网络安全领域的专门工作要求")]:
    G(id, label, evid, "report20", by=False)

# ---- statistics ----
for id, label, value, evid in [
        ("s-fire", "2022年1-9月份我国火灾直接财产损失", "55亿元", "2022年1-9月份我国火灾直接财产损失为55亿元"),
        ("s-de", "数字经济年度市场规模", "45万亿", "数字经济年度市场规模已经达到45万亿"),
        ("s-crime", "2021年网络犯罪使全球经济损失", "1万亿美元", "2021年仅网络犯罪使全球经济损失已经超过1万亿美元")]:
    assert value in evid
    ent(id, "Statistic", label, value=value, evidence=ev(evid))

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
