"""Gold annotation of interpretation-public-data-three-docs-long-2025 (国家发展改革委、国家数据局有关负责同志就公共数据资源三份政策文件答记者问), by hand per shared/eval/ANNOTATE.md (annotator ann1)."""
ID = "interpretation-public-data-three-docs-long-2025"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def sent(label):
    """the sentence (split at 。；！？ and line ends) that states the label"""
    for s in re.split(r"(?<=[。；！？\n])", text):
        if label in s:
            return ev(s.strip().lstrip("”’").rstrip("；。"))
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

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=()):
    """a Goal; evidence defaults to the sentence stating it; by = proposers, body = hasGoal subjects"""
    assert label in text, label
    e = ev(evidence) if evidence else sent(label)
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=optional, evidence=e)
    for p in by: rel(p, "proposes", id, optional=optional)
    for p in opt_by: rel(p, "proposes", id, optional=True)
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)
    for t in tech: rel(id, "involvesTechnology", t, optional=optional)
# Agencies
ent("ndrc", "Agency", "国家发展改革委", ["国家发改委"])
ent("nda", "Agency", "国家数据局")
ent("gob", "Agency", "中共中央办公厅")
ent("sco", "Agency", "国务院办公厅")
# Documents
ent("d-reg", "Document", "公共数据资源登记管理暂行办法", ["管理办法"])
ent("d-ops", "Document", "公共数据资源授权运营实施规范（试行）", ["公共数据资源授权运营实施规范", "实施规范"])
ent("d-price", "Document", "关于建立公共数据资源授权运营价格形成机制的通知", ["通知"])
ent("d-op", "Document", "中共中央办公厅、国务院办公厅关于加快公共数据资源开发利用的意见",
    ["关于加快公共数据资源开发利用的意见", "意见"])
for d in ("d-reg", "d-ops", "d-price"):
    rel(d, "publishedBy", "ndrc"); rel(d, "publishedBy", "nda")
rel("d-op", "publishedBy", "gob"); rel("d-op", "publishedBy", "sco")
# platforms named in the text (optional, as products/platforms are)
ent("p-nat", "Technology", "国家公共数据资源登记平台", optional=True)
ent("p-all", "Technology", "全国一体化公共数据资源登记平台", optional=True)

AG = ("ndrc", "nda")
L = lines
# (id, label, evidence or None, optional, required hasGoal bodies, optional hasGoal bodies)
G = [
 # Q1: the Opinions and the aims of the three documents
 ("o0", "提出共享、开放和授权运营三种开发利用模式", None, True, ("d-op",), ()),
 ("o1", "建立公共数据资源登记制度", None, False, ("d-op",), ()),
 ("o2", "探索公共数据资源授权运营", "鼓励探索公共数据资源授权运营", False, ("d-op",), ()),
 ("o3", "建立健全价格形成机制", None, False, ("d-op",), ()),
 ("q1a", "落实《意见》要求", "本次出台的三份文件是落实《意见》要求的重要举措，针对授权运营相关活动进行规范", True, (), ("d-reg", "d-ops", "d-price") + AG),
 ("q1b", "针对授权运营相关活动进行规范", "本次出台的三份文件是落实《意见》要求的重要举措，针对授权运营相关活动进行规范", False, ("d-reg", "d-ops", "d-price"), AG),
 ("r0", "明确了公共数据资源登记的基本要求", None, True, ("d-reg",), AG),
 ("r1", "构建全国一体化的公共数据资源登记体系", None, False, ("d-reg",), AG),
 ("r2", "建立公共数据资源底账", None, False, ("d-reg",), AG),
 ("r3", "提高公共数据资源可用性", None, False, ("d-reg",), AG),
 ("s1", "建立国家层面统一的制度环境", None, False, ("d-ops",), AG),
 ("s2", "明确授权运营应把握的主要原则和实施路径", None, True, ("d-ops",), AG),
 ("s3", "推动公共数据资源价值有序释放", None, False, ("d-ops",), AG),
 ("p1", "建立符合公共数据要素特性的价格形成机制", None, False, ("d-price",), AG),
 ("p2", "促进公共数据资源运营机构（以下简称运营机构）健康规范发展", None, False, ("d-price",), AG),
 ("x1", "激发供数动力和用数活力", None, False, (), ("d-op", "d-reg", "d-ops", "d-price") + AG),
 ("x2", "发挥公共数据资源在数据要素市场化配置改革中的先导作用", None, False, (), ("d-op", "d-reg", "d-ops", "d-price") + AG),
 ("x3", "引领带动全社会数据资源融合应用", None, False, (), ("d-op", "d-reg", "d-ops", "d-price") + AG),
 ("x4", "赋能经济社会高质量发展", None, False, (), ("d-op", "d-reg", "d-ops", "d-price") + AG),
 # Q2: contents of the registration measures
 ("r4", "规范公共数据资源登记工作", None, False, ("d-reg",), AG),
 ("r5", "明确了登记工作相关主体权利义务和工作流程", None, True, ("d-reg",), AG),
 ("r6", "确定了登记主体的范围，以及登记机构的基本条件", None, True, ("d-reg",), AG),
 ("r7", "对纳入授权运营范围的公共数据资源进行登记", "要求对纳入授权运营范围的公共数据资源进行登记", False, ("d-reg",), AG),
 ("r8", "对未纳入授权运营范围的公共数据资源进行登记", "鼓励对未纳入授权运营范围的公共数据资源进行登记", False, ("d-reg",), AG),
 ("r9", "规定登记工作按照申请、受理、形式审核、公示、赋码等程序开展", None, True, ("d-reg",), AG),
 ("r10", "明确首次登记、变更登记、更正登记、注销登记等登记申请类型", None, True, ("d-reg",), AG),
 ("r11a", "加强登记管理", "四是针对“如何加强登记管理”", True, ("d-reg",), AG),
 ("r11", "建设国家公共数据资源登记平台", None, False, ("d-reg",), AG),
 ("r12", "登记结果统一赋码", None, False, ("d-reg",), AG),
 ("r13", "推动登记信息互联互通", None, False, ("d-reg",), AG),
 ("r14", "提高登记服务标准化、便利化", None, False, ("d-reg",), AG),
 ("r15a", "加强监督管理", "五是针对“如何加强监督管理”", True, ("d-reg",), AG),
 ("r15", "确立了登记工作分级监督管理机制", None, True, ("d-reg",), AG),
 ("r16", "明确了各级数据管理部门的监管职责", None, True, ("d-reg",), AG),
 ("r17", "对登记机构、登记主体提出了明确的管理服务要求", None, True, ("d-reg",), AG),
 # Q3: how registration is carried out
 ("k0", "开展公共数据资源登记工作", None, False, ("d-reg",), AG),
 ("k1", "梳理纳入登记范围的公共数据资源", "一是梳理纳入登记范围的公共数据资源。直接持有或管理公共数据资源的单位，梳理需要登记的公共数据资源", False, ("d-reg",), AG),
 ("k2", "按程序提出登记申请", None, False, ("d-reg",), AG),
 ("k3", "将加工治理形成的数据产品和服务进行登记", "鼓励运营机构将加工治理形成的数据产品和服务进行登记", False, ("d-reg",), AG),
 ("k4", "按要求受理审核", None, False, ("d-reg",), AG),
 ("k5", "依托全国一体化公共数据资源登记平台开展登记业务", None, False, ("d-reg",), AG),
 ("k6", "加快“一个体系、两级平台”建设", None, False, ("d-reg",), AG),
 ("k7", "支持中央和国家机关及其直属机构、中央企业的公共数据资源登记业务开展", "国家公共数据资源登记平台重点支持中央和国家机关及其直属机构、中央企业的公共数据资源登记业务开展", False, ("d-reg",), AG),
 ("k8", "实现与省级平台的对接", None, False, ("d-reg",), AG),
 ("k9", "支持本辖区公共数据资源登记工作", None, False, ("d-reg",), AG),
 ("k10", "制定全国统一的登记结果编码规则", None, False, ("d-reg",), AG),
 ("k11", "建立登记工作的标准规范", None, False, ("d-reg",), AG),
 ("k12", "编制登记制度落地所需的配套标准、规范和指南", None, False, ("d-reg",), AG),
 ("k13", "细化登记的各项业务流程和标准", None, False, ("d-reg",), AG),
 ("k14", "规范地方平台建设的技术要求", None, False, ("d-reg",), AG),
 ("k15", "推进全国登记业务和服务标准化", None, False, ("d-reg",), AG),
 # Q4: the implementation norms
 ("s4", "建立公共数据资源授权运营基础制度规则", None, False, ("d-ops",), AG),
 ("s5", "正确处理政府和市场、效率和公平、发展和安全的关系", None, False, ("d-ops",), AG),
 ("s6", "指导相关单位规范化开展授权运营工作", None, False, ("d-ops",), AG),
 ("s7", "明确了授权运营工作的决策流程、实施路径和管理要求", None, True, ("d-ops",), AG),
 ("s8", "明确了授权运营工作中“管理机构”“实施机构”“运营机构”等核心主体的概念和责任边界", None, True, ("d-ops",), AG),
 ("s9", "明确授权数据的安全管理要求", None, True, ("d-ops",), AG),
 ("s10", "强化对关键环节的管理", None, False, ("d-ops",), AG),
 ("s11", "细化了实施方案编制和授权运营协议签订需要考虑的主要要件", None, True, ("d-ops",), AG),
 ("s12", "建立规范的授权运营实施要求", None, False, ("d-ops",), AG),
 ("s13", "明确授权条件、运营模式、退出机制", None, True, ("d-ops",), AG),
 ("s14", "推动有条件的地区或部门做到管运适度分离", None, False, ("d-ops",), AG),
 ("s15", "强化对授权运营的监督", None, False, ("d-ops",), AG),
 ("s16", "落实数据资源生产、加工、使用、产品经营等全过程监管要求", None, False, ("d-ops",), AG),
 ("s17", "建立授权运营情况披露机制", None, False, ("d-ops",), AG),
 ("s18", "公开数据产品和服务能力清单", None, False, ("d-ops",), AG),
 ("s19", "接受社会监督", None, False, ("d-ops",), AG),
 # Q5: key points for regions and departments (stated by the agencies)
 ("a1", "明确相关主体的角色定位", None, False, AG, ("d-ops",)),
 ("a2", "因地制宜落实“实施机构”“运营机构”的具体承担单位", None, False, AG, ("d-ops",)),
 ("a3", "明确相关主体在方案编制、协议签订、运营实施、运营管理等环节中的主要职责与安全责任", None, False, AG, ("d-ops",)),
 ("a4", "理顺多方主体权责关系", None, False, AG, ("d-ops",)),
 ("a5", "做好方案编制与协议签订", None, False, AG, ("d-ops",)),
 ("a6", "编制公共数据资源授权运营方案和协议", None, False, AG, ("d-ops",)),
 ("a7", "选择合适的授权运营模式", None, False, AG, ("d-ops",)),
 ("a8", "落实“三重一大”审议机制", None, False, AG, ("d-ops",)),
 ("a9", "设计规范化、标准化的授权运营实施路径", None, False, AG, ("d-ops",)),
 ("a10", "维护公平的授权运营环境", None, False, AG, ("d-ops",)),
 ("a11", "落实公共数据资源、公共数据产品和服务的登记要求", None, False, AG, ("d-ops",)),
 ("a12", "做好授权运营情况、公共数据产品和服务清单的披露", None, False, AG, ("d-ops",)),
 ("a13", "明确反垄断、反不正当竞争要求", None, False, AG, ("d-ops",)),
 ("a14", "鼓励公平竞争", None, False, AG, ("d-ops",)),
 ("a15", "构建良好的数据产业发展生态", None, False, AG, ("d-ops",)),
 ("a16", "做好收益分配机制设计", None, False, AG, ("d-ops",)),
 ("a17", "建立合理的收益分配机制和利益调节机制", None, False, AG, ("d-ops",)),
 ("a18", "激发数据提供单位和运营机构开展授权运营的动力", None, False, AG, ("d-ops",)),
 ("a19", "突出公共数据的公益属性", None, False, AG, ("d-ops",)),
 ("a20", "降低全社会的用数成本", None, False, AG, ("d-ops",)),
 # Q6: the pricing notice
 ("n1", "坚持问题导向和目标导向相结合", None, False, ("d-price",), AG),
 ("n1b", "聚焦公共数据授权运营这一关键环节", None, True, ("d-price",), AG),
 ("n2", "对公共数据运营服务费实行政府指导价（上限价格）管理", None, False, ("d-price",), AG),
 ("n3", "保障运营机构健康可持续发展", None, False, ("d-price",), AG),
 ("n4", "防止其形成垄断利润", None, False, ("d-price",), AG),
 ("n5", "明确定价范围和管理形式", None, False, ("d-price",), AG),
 ("n6", "不收取费用", None, True, ("d-price",), AG),
 ("n7", "可收取公共数据运营服务费", None, True, ("d-price",), AG),
 ("n8", "规范定价程序", None, False, ("d-price",), AG),
 ("n9", "明确制定公共数据运营服务费标准的程序要求和责任主体", None, True, ("d-price",), AG),
 ("n10", "明确最高准许收入和上限收费标准制定办法", None, False, ("d-price",), AG),
 ("n11", "核定运营机构最高准许收入", None, False, ("d-price",), AG),
 ("n12", "制定上限收费标准", None, False, ("d-price",), AG),
 ("n13", "建立定期评估调整制度", None, False, ("d-price",), AG),
 ("n14", "对运营机构收入情况开展定期评估", None, False, ("d-price",), AG),
 ("n15", "在核定下一周期最高准许收入时予以扣减", None, True, ("d-price",), AG),
 ("n16", "提出评估调整上限收费标准的工作要求", None, True, ("d-price",), AG),
 ("n17", "加强指导监督", None, False, ("d-price",), AG),
 ("n18", "强化收费公示和违规行为查处", None, False, ("d-price",), AG),
 ("n19", "建立运营机构年度经营情况报告制度", None, False, ("d-price",), AG),
 # Q7: the pricing mechanism
 ("c1", "适应公共数据要素特性", None, False, ("d-price",), AG),
 ("c2", "实现既“放得活”又“管得住”的目标", None, False, ("d-price",), AG),
 ("c3", "构建科学合理的价格机制", None, False, ("d-price",), AG),
 ("c4", "实行准许收入监管", None, False, ("d-price",), AG),
 ("c5", "对运营机构的最高准许收入进行管理", None, False, ("d-price",), AG),
 ("c6", "避免运营机构过度逐利", None, False, ("d-price",), AG),
 ("c7", "实行弹性管理", None, False, ("d-price",), AG),
 ("c8", "赋予运营机构一定自主定价权", None, False, ("d-price",), AG),
 ("c9", "自行确定具体收费标准", None, True, ("d-price",), AG),
 ("c10", "充分调动各主体积极性", None, False, ("d-price",), AG),
 ("c11", "实行动态评估调整", None, False, ("d-price",), AG),
 ("c12", "对运营机构最高准许收入实现情况定期开展评估", None, True, ("d-price",), AG),
 ("c13", "及时调整最高准许收入和上限收费标准", None, False, ("d-price",), AG),
 ("c14", "适应公共数据行业发展变化快的特点", None, False, ("d-price",), AG),
 # Q8: next steps of the two agencies (我们将)
 ("w0", "抓好三份政策性文件的贯彻落实", None, True, AG, ()),
 ("w1", "强化工作统筹", None, False, AG, ()),
 ("w2", "加强与相关部门和地方的工作沟通协调", None, False, AG, ()),
 ("w3", "一体化推进公共数据资源登记、授权运营和价格机制的落地实施", None, False, AG, ()),
 ("w4", "打好政策的组合拳", None, False, AG, ()),
 ("w5", "提高政策的整体效能", None, False, AG, ()),
 ("w6", "加大宣贯培训", None, False, AG, ()),
 ("w7", "深入开展政策宣传解读", None, False, AG, ()),
 ("w8", "加强登记业务开展、授权运营实施、公共数据定价等方面的培训", None, False, AG, ()),
 ("w9", "提升干部队伍专业化能力和水平", None, False, AG, ()),
 ("w10", "培育示范场景", None, False, AG, ()),
 ("w11", "推动供需对接、部省协同", None, False, AG, ()),
 ("w12", "培育一批“公共数据应用示范场景”", None, False, AG, ()),
 ("w13", "形成一批可感可及的应用成果", None, False, AG, ()),
 ("w14", "打造一批可复制、可推广的开发利用模式", None, False, AG, ()),
 ("w15", "抓好跟踪落实", None, False, AG, ()),
 ("w16", "进行跟踪评估和督促指导", None, False, AG, ()),
 ("w17", "及时总结各地区各部门经验做法", None, False, AG, ()),
 ("w18", "为后续政策文件的修订完善等工作奠定基础", None, True, AG, ()),
]
for id, l, e, opt, body, obody in G:
    goal(id, l, e, optional=opt, body=body, opt_body=obody)
# the platform goals name the platforms
rel("r11", "involvesTechnology", "p-nat", optional=True)
rel("k5", "involvesTechnology", "p-all", optional=True)
rel("k7", "involvesTechnology", "p-nat", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
