"""Gold annotation of interpretation-beijing-ftz-data-negative-list-long-2024 (专家解读：卓子寒《北京自贸区探索高效便利安全数据跨境流动机制的创新举措》, 网信北京 2024-09, reprinted by 中国信息安全), by hand per shared/eval/ANNOTATE.md (annotator ann18)."""
ID = "interpretation-beijing-ftz-data-negative-list-long-2024"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
L = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def sent(label):
    """the sentence (split at 。；！？ and line ends) that first states the label"""
    for s in re.split(r"(?<=[。；！？\n])", text):
        if label in s:
            return ev(s.strip().rstrip("；。"))
    raise AssertionError(label)

def clause(label):
    """the clause (split at ，。；！？ and line ends) that first states the label"""
    for c in re.split(r"(?<=[，。；！？\n])", text):
        if label in c:
            return ev(c.strip().rstrip("，；。"))
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

# ---- people and bodies ----
ent("zhuo", "Person", "卓子寒")
ent("cncert", "Agency", "国家计算机网络应急技术处理协调中心")
# 正高级工程师 is a professional rank rather than an office: optional post (as 研究员)
rel("zhuo", "holdsPost", "cncert", optional=True, post="正高级工程师")
ent("cac", "Agency", "国家互联网信息办公室", ["国家网信办"])
ent("bjcac", "Agency", "北京市互联网信息办公室", ["北京市网信办", "市网信办"])
ent("bjcom", "Agency", "北京市商务局", ["市商务局"])
ent("bjdata", "Agency", "北京市政务服务和数据管理局", ["市政数局"])
ent("miit", "Agency", "工业和信息化部")
# the Beijing government appears only inside 市政府工作报告
ent("bjgov", "Agency", "北京市人民政府", ["市政府"], optional=True)
# ---- documents ----
ent("assess", "Document", "数据出境安全评估办法")
ent("contract", "Document", "个人信息出境标准合同办法")
ent("rules", "Document", "促进和规范数据跨境流动规定", ["规定"])
for d in ("assess", "contract", "rules"):
    rel(d, "publishedBy", "cac")
ent("list", "Document", "中国（北京）自由贸易试验区数据出境管理清单（负面清单）（2024版）", ["负面清单"])
ent("measures", "Document", "中国（北京）自由贸易试验区数据出境负面清单管理办法（试行）", ["管理办法"])
# the text says 北京市发布 both; the 网信办 organised the drafting of the list (清单制定, 清单编制过程中)
rel("list", "publishedBy", "bjcac")
rel("measures", "publishedBy", "bjcac", optional=True)
for a in ("bjcom", "bjdata"):
    rel("list", "publishedBy", a, optional=True)
    rel("measures", "publishedBy", a, optional=True)
ent("gbt", "Document", "国民经济行业分类")
ent("gwr", "Document", "市政府工作报告", optional=True)
rel("gwr", "publishedBy", "bjgov", optional=True)
# ---- places ----
ent("bj", "Place", "北京市", ["北京"])
ent("bjftz", "Place", "北京自贸区", ["中国（北京）自由贸易试验区"])
ent("china", "Place", "中国", ["我国"], optional=True)
# the seven 自贸组团 are named by their district or area
for id, l in [("chaoyang", "朝阳"), ("haidian", "海淀"), ("changping", "昌平"), ("tongzhou", "通州"),
              ("shunyi", "顺义"), ("daxing", "大兴"), ("yizhuang", "亦庄")]:
    ent(id, "Place", l, optional=True)
# ---- technologies ----
ent("ai", "Technology", "人工智能")           # named as one of the five industries studied
ent("ota", "Technology", "OTA在线升级", ["OTA"], optional=True)
# ---- statistics ----
S = [("s-assess", "已获批的企业安全评估案例", "40余家", "北京市网信办综合梳理已获批的40余家企业安全评估案例", False),
     ("s-contract", "企业标准合同备案案例", "150余家", "150余家企业标准合同备案案例", False),
     ("s-ind-studied", "研究的行业领域", "5个", "深入研究上述5个行业领域数据出境目的", True),
     ("s-gbt", "《国民经济行业分类》中涉及行业门类", "20余个", "考虑到《国民经济行业分类》中涉及行业门类20余个", False),
     ("s-pharma", "药物临床试验场景每年出境人数", "5万人", "多家外资药企反馈药物临床试验场景每年出境人数一般不会超过5万人", False),
     ("s-ind-list", "负面清单梳理的行业", "5个", "负面清单梳理了5个行业的典型数据出境场景和数据项", True),
     ("s-forums", "重点行业领域头部企业座谈", "10余次", "北京市网信办联合自贸区管理机构组织10余次重点行业领域头部企业座谈", False),
     ("s-fields", "负面清单包含的领域", "5个", "负面清单共包含5个领域48项内容", False),
     ("s-items", "负面清单包含的内容", "48项", "负面清单共包含5个领域48项内容", False),
     ("s-impdata", "负面清单中的重要数据", "18项", "其中重要数据18项、个人信息30项", False),
     ("s-pi", "负面清单中的个人信息", "30项", "其中重要数据18项、个人信息30项", False),
     ("s-scen", "负面清单列举的具体场景", "23个", "负面清单中列举了23个具体场景共198个数据字段为示例", False),
     ("s-datafields", "负面清单列举的数据字段", "198个", "负面清单中列举了23个具体场景共198个数据字段为示例", False),
     ("s-zones", "负责具体实施的自贸组团", "7个", "朝阳、海淀、昌平、通州、顺义、大兴、亦庄等7个自贸组团负责具体实施", False)]
for id, l, v, e, opt in S:
    ent(id, "Statistic", l, value=v, evidence=ev(e), optional=opt)

# ---- goals ----
# (id, label, evidence or None, optional, holders): holders are the bodies or documents with hasGoal;
# a holder written with a leading "?" is optional. 卓子寒 is the author: he proposes the goals he argues
# himself (kind "own"); the policy's own goals he only reports (proposes optional).
LIST, MEAS, NET = "list", "measures", "bjcac"
G = [
 # title and opening: what the two documents are for
 ("o1", "探索提升数据安全治理监管能力", None, False, (LIST, MEAS)),
 ("o2", "建立高效便利安全的数据跨境流动机制", None, False, (LIST, MEAS)),   # restated in the title
 ("o3", "推动高质量发展和高水平安全良性互动", None, False, ("?" + LIST, "?" + MEAS)),
 ("o4", "自行制定区内需要纳入数据出境安全评估、个人信息出境标准合同、个人信息保护认证管理范围的数据清单",
  None, True, ("?rules",)),
 ("o5", "构建了我国数据跨境流动管理制度的基本框架", None, True, ("?assess", "?contract", "?rules", "?cac")),
 # section 一 heading
 ("h1a", "深入分析论证", L[3], False, ("?" + NET, "?" + LIST)),
 ("h1b", "科学制定负面清单", L[3], False, ("?" + NET, "?" + LIST)),
 # line 5: Beijing's reform and the aim of the drafting work
 ("r1", "数据跨境便利化服务改革", sent("数据跨境便利化服务改革"), False, ("?gwr",)),
 ("r2", "释放数据要素价值", None, False, ("?gwr",)),
 ("r3", "推进高水平对外开放", None, False, ("?gwr",)),
 ("r4", "助力数字经济高质量发展", None, False, ("?gwr",)),
 ("r5", "用好政策红利", None, True, ()),
 ("r6", "启动负面清单及配套管理办法的研究制定工作", None, True, ("?" + NET,)),
 ("r7", "探索建立既能便利数据流动又能保障安全的机制", None, False, (LIST, MEAS)),
 # 一是 (line 6)
 ("a1", "分行业、分领域、分批次推进编制工作", None, False, (NET, "?" + LIST)),
 ("a2", "成熟一批发布一批", None, False, (NET, "?" + LIST)),
 ("a3", "不求大而全", None, True, ("?" + NET,)),
 ("a4", "组织专题会议研讨制定原则", None, True, ("?" + NET,)),
 ("a5", "确定了分批次、有重点、动态调整的科学路线", None, True, ("?" + NET,)),   # restates a1
 # 二是 (line 7)
 ("b1", "充分参考借鉴前期数据出境安全评估、个人信息出境标准合同备案等工作基础", None, False, (NET,)),
 ("b2", "综合梳理已获批的40余家企业安全评估案例", "北京市网信办综合梳理已获批的40余家企业安全评估案例、150余家企业标准合同备案案例涉及的汽车、医药、民航、零售、人工智能等行业领域数据出境情况", True, ("?" + NET,)),
 ("b3", "深入研究上述5个行业领域数据出境目的", "深入研究上述5个行业领域数据出境目的、典型场景、数据类型、数据处理方式、出境个人信息数量及数据保护措施", True, ("?" + NET,)),
 ("b4", "科学设定个人信息及敏感个人信息量级", "综合研判、科学设定个人信息及敏感个人信息量级", False, (NET, "?" + LIST)),
 # 三是 (line 8)
 ("c1", "便利企业使用", None, False, (LIST,)),
 ("c2", "不搞“拍脑袋”创新", None, True, ("?" + LIST,)),
 ("c3", "使用“企业语言”制定负面清单", None, False, (LIST,)),
 ("c4", "梳理了5个行业的典型数据出境场景和数据项", "负面清单梳理了5个行业的典型数据出境场景和数据项", False, (LIST,)),
 ("c5", "在出境人数上进一步适度放宽", "相较于《规定》在出境人数上进一步适度放宽，但各业务场景放宽的人数各不相同", False, (LIST,)),
 ("c6", "没有搞“一刀切”的阈值划定", None, True, ("?" + LIST,)),
 ("c7", "满足绝大多数药企的需求", None, True, ("?" + LIST,)),
 # 四是 (line 9)
 ("d1", "政企共治数据安全", None, False, (LIST,)),
 ("d2", "引导企业提升自身数据安全合规能力", None, False, (LIST,)),
 ("d3", "做到宽严相济", None, True, ("?" + LIST,)),
 ("d4", "起到正向引导作用", None, True, ("?" + LIST,)),
 ("d5", "申报数据出境安全评估", None, True, ("?" + LIST,)),
 # section 二 heading and its opening
 ("h2a", "直面企业诉求", L[9], False, ("?" + NET, "?" + LIST)),
 ("h2b", "确保负面清单便利可用", L[9], False, ("?" + NET, "?" + LIST)),
 ("w1", "数据出境合规成本更低", None, True, ()),
 ("w2", "数据出境渠道更加便利", None, True, ()),
 # 一是 (line 12)
 ("f1", "坚持问题导向", None, False, ("?" + NET,)),
 ("f2", "树立“企业认为好用才是好的负面清单”的制定原则", None, False, ("?" + NET,)),
 ("f3", "扎实开展企业调研和征求意见", None, False, ("?" + NET,)),
 ("f4", "组织10余次重点行业领域头部企业座谈", None, True, ("?" + NET,)),
 ("f5", "深入调研走访近百家企业", None, True, ("?" + NET,)),
 ("f6", "悉心听取企业建议", None, True, ("?" + NET,)),
 ("f7", "摸排企业面临的难点问题", None, True, ("?" + NET,)),
 ("f8", "广泛征询主管部门、行业专家及头部企业意见", None, True, ("?" + NET,)),
 ("f11", "仔细研究行业法规标准和监管现状", None, True, ("?" + NET,)),
 ("f12", "充分考虑行业数据敏感性和出境必要性等要素", None, True, ("?" + NET,)),
 ("f9", "科学测算划定需纳入负面清单的个人信息及敏感个人信息规模", "分行业分场景科学测算划定需纳入负面清单的个人信息及敏感个人信息规模", False, (LIST, "?" + NET)),
 ("f10", "提升自贸区数据出境便利度和负面清单实用性", None, False, (LIST,)),   # restated on line 13
 # 二是 (line 13)
 ("g1", "让企业看得懂、用得上", None, False, (LIST,)),
 ("g2", "帮助企业快速理解负面清单的管理要求", None, False, (LIST,)),
 ("g3", "进一步细化明确对于出境重要数据的认定条件", "以增加限定条件和示例说明等方式，进一步细化明确对于出境重要数据的认定条件", False, (LIST,)),
 ("g4", "使清单更具备可操作性和可执行性", None, False, (LIST,)),
 ("g5", "对允许出境的个人信息和敏感个人信息规模进行精准量化和适度放宽", None, False, (LIST, MEAS)),  # restated on line 19
 ("g6", "尽可能解决企业合理诉求", None, False, (LIST,)),
 # 三是 (line 14): the 管理办法's division of labour
 ("h1", "明确责任分工", None, False, (MEAS,)),
 ("h2", "细化实施流程", None, False, (MEAS,)),
 ("h3", "让企业清楚该找谁、如何办理", None, False, (MEAS,)),
 ("h4", "负责统筹管理", None, False, (MEAS, NET, "bjcom", "bjdata")),
 ("h5", "负责具体实施", None, False, (MEAS,)),
 ("h6", "组织指导本组团内数据处理者合规使用负面清单", None, False, (MEAS,)),
 ("h7", "制定出台负面清单配套实施指南", None, False, (MEAS,)),
 ("h8", "明确负面清单使用对象及申报流程", None, False, (MEAS,)),
 ("h9", "指导数据处理者开展使用申请和备案工作", None, False, (MEAS,)),
 ("h10", "加强数据出境活动的跟踪监督", None, False, (MEAS,)),
 ("h11", "形成事中存证与事后监管能力", None, False, (MEAS,)),
 ("h12", "合规开展数据出境活动", None, True, ("?" + MEAS,)),
 # section 三 heading and opening
 ("h3a", "设立安全基线", L[14], False, ("?" + MEAS,)),
 ("h3b", "数据出境安全不降级", L[14], False, ("?" + MEAS,)),   # restated as 做到安全不降级 (line 16)
 ("i1", "统筹好发展与安全的关系", None, False, ("?" + LIST, "?" + MEAS)),
 ("i2", "探索构建与负面清单配套的数据出境安全管理与服务模式", "北京市同步推出《管理办法》，探索构建与负面清单配套的数据出境安全管理与服务模式", False, (MEAS,)),
 # 一是 .. 四是 (lines 17-20)
 ("j1", "实施企业准入管理和出境数据备案", None, False, (MEAS,)),
 ("j2", "把控数据处理者合法合规经营状况", None, False, (MEAS,)),
 ("j3", "审核业务符合情况", None, False, (MEAS,)),
 ("k1", "加强事中事后监管能力", None, False, (MEAS,)),
 ("k2", "验证数据处理者实际数据出境情况与备案内容的一致性", "各自贸组团采取一致性抽验的方式，验证数据处理者实际数据出境情况与备案内容的一致性", False, (MEAS,)),
 ("l1", "严格限定业务场景、出境字段", "通过严格限定业务场景、出境字段等方式", False, (MEAS,)),
 ("l2", "最大化降低放宽范围内的个人信息出境风险", None, False, (MEAS,)),
 ("l3", "尽可能满足企业的合理必要的数据出境诉求", None, False, (MEAS,)),
 ("m1", "建立负面清单动态管理机制", None, False, (MEAS,)),
 ("m2", "跟踪评估实施情况和安全风险", None, False, (MEAS,)),
 ("m3", "统筹开展负面清单修订工作", None, False, (MEAS,)),
 ("m4", "将相应出境数据调入、调出负面清单管理", None, False, (MEAS,)),
 # conclusion: the author's own view
 ("n1", "构建数据出境流动管理高水平基础制度", None, False, (LIST,)),
 ("n2", "进一步研究破解", None, True, ()),
 ("n3", "为全国提供有益参考借鉴", "让我们期待北京市的施行成效，为全国提供有益参考借鉴", False, ("?" + LIST,)),
]
OWN = {"n2", "n3"}   # the author states these himself: 卓子寒 proposes (required unless the goal is optional)
for id, label, e, opt, holders in G:
    assert label in text, label
    ent(id, "Goal", label, optional=opt, evidence=ev(e) if e else clause(label))
    for h in holders:
        hopt = h.startswith("?")
        rel(h.lstrip("?"), "hasGoal", id, optional=opt or hopt)
    rel("zhuo", "proposes", id, optional=opt or id not in OWN)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
