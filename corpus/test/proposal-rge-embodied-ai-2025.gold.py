"""Gold annotation of proposal-rge-embodied-ai-2025 (民革中央:推动具身智能在工业端规模化落地), by hand per shared/eval/ANNOTATE.md."""
ID = "proposal-rge-embodied-ai-2025"
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

def goal(id, label, evidence, optional=False):
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

ent("mg", "Organization", "民革中央")
ent("us", "Place", "美国")
ent("eu", "Place", "欧盟", optional=True)
ent("sh", "Place", "上海", optional=True)
ent("ai", "Technology", "AI", ["工业AI", "AI技术"])
ent("embodied", "Technology", "具身智能")
ent("llm", "Technology", "大模型", ["工业大模型"])
ent("iiot", "Technology", "工业互联网")
ent("hpc", "Technology", "超算中心", optional=True)
ent("twin", "Technology", "数字孪生", ["数字孪生工厂"])
ent("iot", "Technology", "工业物联网")
ent("tiangong", "Technology", "上海天工平台", ["天工平台"], optional=True)
G = [("g0", "推动具身智能在工业端规模化落地", "民革中央:推动具身智能在工业端规模化落地", ["embodied"]),
     ("a0", "夯实“技术供给”底座", "一、夯实“技术供给”底座。", []),
     ("a1", "完善工业AI技术研发、普及应用的制度支撑", "完善工业AI技术研发、普及应用的制度支撑", ["ai"]),
     ("a2", "制定促进工业AI产业发展的专项立法和行政规章", "制定促进工业AI产业发展的专项立法和行政规章", ["ai"]),
     ("a3", "发布国家级工业场景图谱", "发布国家级工业场景图谱", []),
     ("a4", "明确“重点细分产业”大模型施工图、时间表", "明确“重点细分产业”大模型施工图、时间表", ["llm"]),
     ("a5", "设立专项财政资金和税收优惠政策", "设立专项财政资金和税收优惠政策,支持工业龙头企业开展工业AI研发应用的先行先试", []),
     ("a6", "支持工业龙头企业开展工业AI研发应用的先行先试", "支持工业龙头企业开展工业AI研发应用的先行先试", ["ai"]),
     ("a7", "破解工业AI在复杂高精工业场景的技术难点", "着力破解工业AI在复杂高精工业场景的技术难点", ["ai"]),
     ("a8", "三大技术难点和融合应用的攻关", "加强对工业AI“交互感知、推理决策、运动控制”三大技术难点和融合应用的攻关", ["ai"]),
     ("b0", "破解“数据供给”瓶颈", "二、破解“数据供给”瓶颈。", []),
     ("b1", "建立国家级高质量工业数据平台", "建立国家级高质量工业数据平台", []),
     ("b2", "分层建设国家级、省级的权威工业数据平台", "在借鉴美国、欧盟经验和总结上海天工平台等地方探索的基础上,会同数据存储、服务的头部企业,分层建设国家级、省级的权威工业数据平台", []),
     ("b3", "成立工业数据资产登记交易中心", "成立工业数据资产登记交易中心", []),
     ("b4", "推动全国数据要素的统一大市场和全国工业语料库“一张网”建设", "推动全国数据要素的统一大市场和全国工业语料库“一张网”建设", []),
     ("b5", "健全国家统一的工业数据标准体系", "健全国家统一的工业数据标准体系", []),
     ("b6", "推动数据接口、格式的标准化建设", "推动数据接口、格式的标准化建设", []),
     ("b7", "牵头起草各自细分领域的工业数据行业标准和团体标准", "鼓励和支持龙头企业牵头起草各自细分领域的工业数据行业标准和团体标准", []),
     ("b8", "抢占国际行业标准的主导权", "抢占国际行业标准的主导权", []),
     ("b9", "加快建设工业互联网、超算中心等配套基础设施", "加快建设工业互联网、超算中心等配套基础设施", ["iiot", "hpc"]),
     ("b10", "做大做强工业大模型训练数据供给", "做大做强工业大模型训练数据供给", ["llm"]),
     ("b11", "降低数据使用成本", "降低数据使用成本", []),
     ("c0", "完善“盈利生态供给”链条", "三、完善“盈利生态供给”链条。", []),
     ("c1", "支持可持续商业模式的探索和推广", "支持可持续商业模式的探索和推广", []),
     ("c2", "鼓励大型央企和龙头民企成立工业细分领域的AI子公司", "鼓励大型央企和龙头民企成立工业细分领域的AI子公司", ["ai"]),
     ("c3", "率先开展工业大模型、数字孪生工厂、工业物联网等探索", "率先开展工业大模型、数字孪生工厂、工业物联网等探索", ["llm", "twin", "iot"])]
for id, l, e, techs in G:
    goal(id, l, e); rel("mg", "hasGoal", id)
    for t in techs:
        rel(id, "involvesTechnology", t, optional=(t == "hpc"))
for t in ("ai", "embodied", "llm", "iiot", "twin", "iot"):
    rel("mg", "promotes", t)
rel("mg", "promotes", "hpc", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
