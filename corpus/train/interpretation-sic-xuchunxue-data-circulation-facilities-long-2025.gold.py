"""Gold annotation of interpretation-sic-xuchunxue-data-circulation-facilities-long-2025
(构建以统一底座为支撑的数据流通利用设施), by hand per shared/eval/ANNOTATE.md.

Expert interpretation by 徐春学 (国家信息中心公共技术部副主任) of the 《国家数据基础设施建设指引》 (国家数据局 with
国家发展改革委 and 工业和信息化部), published on the NDA's site. Conventions (as in
interpretation-caict-national-data-infrastructure-long-2025, the 魏亮 interpretation of the same 指引):
- a: the author's own aims and recommendations (title = part 03 heading, 要… sentences of part 02): 徐春学 proposes
  (required), 国家信息中心 hasGoal optional;
- g: what the text says the 指引 sets (《指引》明确/提出…, 国家按照“三统一”原则…): 指引 hasGoal required, its three
  issuers hasGoal optional, 徐春学 proposes optional;
- d: the design and roll-out of the unified base (lines 14, 16, 17: 统一底座实现…, 开展…标准编制, 组织部分城市…): stated
  without a subject, presumably the 指引's plan: goals required, 指引 hasGoal and 徐春学 proposes optional;
- f: what the facilities and their components do (line 6's 为…提供技术支撑 / 能够…, line 15's components): optional goals,
  no required holder; line 6's two 一方面/另一方面 heads are required goals with optional holders;
- p: the 三中全会's call: a goal with no hasGoal (an Event), 徐春学 proposes optional.
The figure 2-3个 is part of a planned goal, not a Statistic; no reported figure with digits.
"""
ID = "interpretation-sic-xuchunxue-data-circulation-facilities-long-2025"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def sent(label):
    """The sentence (between 。；！？ or line breaks) that holds label."""
    for piece in re.split(r"(?<=[。；！？])|\n", text):
        if label in piece:
            return piece.strip()
    raise AssertionError(label)

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
    evidence = evidence or sent(label)
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    assert label in evidence, (label, evidence)
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

# Bodies and people
ent("sic", "Agency", "国家信息中心")
ent("sic-pt", "Agency", "公共技术部", ["国家信息中心公共技术部"])
rel("sic-pt", "subOrganizationOf", "sic")
ent("xu", "Person", "徐春学")
rel("xu", "holdsPost", "sic-pt", post="副主任")
ent("nda", "Agency", "国家数据局", ["国家数据局网站"])   # co-issuer of the 指引; the source line names its website
ent("ndrc", "Agency", "国家发展改革委")
ent("miit", "Agency", "工业和信息化部")
# Event, documents, places
ent("plenum3", "Event", "党的二十届三中全会")
ent("guide", "Document", "国家数据基础设施建设指引", ["指引"])
ISSUERS = ("nda", "ndrc", "miit")
for b in ISSUERS:
    rel("guide", "publishedBy", b)
ent("china", "Place", "我国", optional=True)
# Technologies
T = [("tds", "可信数据空间", (), False), ("chain", "区块链", ("区块链网络",), False),
     ("ppc", "隐私保护计算", ("隐私保护计算平台",), False),
     ("usectl", "数据使用控制", (), True), ("dfield", "数场", (), True), ("dnet", "数联网", (), True),
     ("delem", "数据元件", (), True), ("ndi", "国家数据基础设施", ("数据基础设施",), True),
     ("newinfra", "新型基础设施", (), True), ("dcf", "数据流通利用设施", (), True)]
for id, l, al, opt in T:
    ent(id, "Technology", l, al, optional=opt)

# Goals: (id, label, evidence or None, optional, kind)
G = [
 # title and part 03 heading (one node: 构建(以)统一底座为支撑的数据流通利用设施)
 ("a0", "构建以统一底座为支撑的数据流通利用设施", lines[0], False, "a"),
 # line 3
 ("p1", "建设和运营国家数据基础设施", None, False, "p"),
 ("p2", "促进数据共享", None, False, "p"),
 ("g1", "建设数据流通利用设施底座", "《指引》提出，要按照统一目录标识、统一身份登记、统一接口要求，建设数据流通利用设施底座。", False, "g"),
 # line 5 (《指引》提出…)
 ("g2", "提供安全可信环境", None, False, "g"),
 ("f1", "数据采集、汇聚、传输、加工、流通、利用、运营、安全八大能力", None, True, "f"),
 ("g3", "支持数据要素价值释放", None, False, "gopt"),
 # line 6
 ("f2", "承载数据基础制度落地", None, False, "f"),
 ("f3", "确定数据产权归属", None, True, "f"),
 ("f4", "管控数据流通安全风险", None, True, "f"),
 ("f5", "保障各方权益行使", None, True, "f"),
 ("f6", "支撑全国一体化数据市场", None, False, "f"),
 ("f7", "构建高效安全的要素市场", None, True, "f"),
 ("f8", "面向社会提供数据产品低成本接入", None, True, "f"),
 ("f9", "促进形成统一的市场体系", None, True, "f"),
 ("f10", "降低数据流通和交易成本", None, True, "f"),
 ("f11", "提升数据要素市场化配置效率", None, True, "f"),
 # part 02
 ("a1", "准确把握数据流通利用设施的鲜明特征", lines[6], False, "a"),
 ("a2", "推进设施建设", None, True, "a"),
 ("a3", "着眼于长远规划", None, False, "a"),
 ("a4", "鼓励大胆创新", None, False, "a"),
 ("a5", "支持先行先试", None, False, "a"),
 ("a6", "注重发挥有为政府和有效市场双重作用", None, False, "a"),
 ("a7", "加强技术和应用方面培育", None, False, "a"),
 ("a8", "形成与之相适应的产业、监管和发展环境", None, False, "a"),
 ("a9", "加快技术收敛", None, False, "a"),
 ("a10", "推动技术规模化部署、系统化应用", None, False, "a"),
 ("a11", "逐步实现新技术的基础设施化", None, False, "a"),
 ("a12", "充分调动各方积极性", None, False, "a"),
 ("a13", "加强引导", "要充分调动各方积极性，加强引导，通过自上而下顶层设计和自下而上建设，形成全国一体化格局。", False, "a"),
 ("a14", "形成全国一体化格局", None, False, "a"),
 # part 03
 ("a15", "加强规范引导", lines[11], False, "a"),
 ("f12", "实现主体泛在接入、设施互联互通", None, True, "f"),
 ("g4", "制定相关标准规范", None, False, "g"),
 ("g5", "组织和引导行业、区域开展基于统一底座的数据流通利用设施建设", None, False, "g"),
 ("g6", "形成全国协同联动、规模流通、高效利用", None, False, "g"),
 ("d1", "进行技术验证和收敛", None, False, "d"),
 ("d2", "为全国大规模部署应用奠定基础", None, False, "d"),
 ("d3", "实现去中心化、分布式的数据流通利用基础环境", None, False, "d"),
 ("d4", "各类技术设施的标准化接入", "一方面，各地区、行业建设的统一底座，支持可信数据空间、数场、数据元件、数联网、区块链网络、隐私保护计算平台等各类技术设施的标准化接入。", False, "d"),
 ("d5", "支持全国一体化分布式数据目录体系、数字身份体系构建", None, False, "d"),
 ("d6", "实现数据基础设施的互联互通", None, False, "d"),
 ("f13", "实现本地数据管理和数据便捷接入", None, True, "f"),
 ("f14", "支持数据提供方和数据使用方点对点互操作", None, True, "f"),
 ("f15", "保证数据传输交付安全", None, True, "f"),
 ("f16", "实现接入连接器的接入、控制、管理", None, True, "f"),
 ("f17", "支持各地区、各部门、各行业数据流通利用设施的互联互通", None, True, "f"),
 ("d7", "开展数据流通利用基础设施系列标准编制", None, False, "d"),
 ("d8", "明确参考架构、平台对接、互联互通", None, False, "d"),
 ("d9", "确保不同主体、设施之间的互操作性", None, False, "d"),
 ("d10", "确保数据流通利用的“车同轨、书同文”", None, False, "d"),
 ("d11", "搭建试验场", None, False, "d"),
 ("d12", "进行跨行业、跨地区数据流通利用设施的互联互通验证", None, False, "d"),
 ("d13", "确保统一标准可落地、可实施", None, False, "d"),
 ("d14", "组织部分城市开展数据流通利用设施先行先试", None, False, "d"),
 ("d15", "每个先行先试城市按照统一标准建设底座", None, False, "d"),
 ("d16", "实现数据流通利用设施的统一底座的一体化建设", None, False, "d"),
 ("d17", "夯实数据基础设施互联互通技术基础", None, False, "d"),
]
TECH = {  # goal -> [(technology, optional)]
 "p1": [("ndi", True)], "d6": [("ndi", True)], "d17": [("ndi", True)],
 "d4": [("tds", False), ("chain", False), ("ppc", False), ("dfield", True), ("dnet", True), ("delem", True)],
}
for id, label, e, opt, kind in G:
    goal(id, label, e, optional=opt)
    if kind == "a":
        rel("xu", "proposes", id, optional=opt)
        rel("sic", "hasGoal", id, optional=True)
    elif kind in ("g", "gopt"):
        rel("guide", "hasGoal", id, optional=(opt or kind == "gopt"))
        for b in ISSUERS:
            rel(b, "hasGoal", id, optional=True)
        rel("xu", "proposes", id, optional=True)
    elif kind == "d":
        rel("guide", "hasGoal", id, optional=True)
        rel("nda", "hasGoal", id, optional=True)
        rel("xu", "proposes", id, optional=True)
    elif kind == "f":
        rel("xu", "proposes", id, optional=True)
    elif kind == "p":
        rel("xu", "proposes", id, optional=True)
    for t, topt in TECH.get(id, ()):
        rel(id, "involvesTechnology", t, optional=(opt or topt))
# promotes: the NDA's plan (through the 指引) connects these technologies to the unified base
for t in ("tds", "chain", "ppc"):
    rel("nda", "promotes", t, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
