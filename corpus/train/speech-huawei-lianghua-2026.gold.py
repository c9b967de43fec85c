"""Gold annotation of speech-huawei-lianghua-2026 (华为公司董事长梁华在广东省高质量发展大会上的发言(报道)), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-huawei-lianghua-2026"
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

ent("huawei", "Organization", "华为", ["华为公司"])
ent("liang", "Person", "梁华")
ent("conf", "Event", "广东省高质量发展大会")
ent("gd", "Place", "广东省", optional=True)
rel("liang", "holdsPost", "huawei", post="董事长")
rel("liang", "speaksAt", "conf")
rel("conf", "locatedIn", "gd", optional=True)
T = [("ai", "人工智能", ["AI"], False), ("compute", "算力", [], False), ("agent", "智能体", [], False),
     ("llm", "大模型", ["基础大模型"], False), ("5g", "5G", [], False), ("5ga", "5G-A", [], False),
     ("gigabit", "千兆光网", [], False), ("iiot", "工业互联网", [], False), ("iot", "物联网", [], False),
     ("ascend", "昇腾", [], True), ("harmony", "鸿蒙", [], True), ("xiaoyi", "小艺终端智能体", [], True),
     ("autodrive", "智能驾驶", [], True), ("isac", "通感一体", [], True), ("liquid", "液冷", [], True),
     ("os", "操作系统", [], True), ("supernode", "超节点", [], True), ("aidc", "AI数据中心", [], True)]
for id, l, al, o in T:
    ent(id, "Technology", l, al, optional=o)
    rel("huawei", "promotes", id, optional=o or id in ("iot",))
stat("s-pre", "基于昇腾进行预训练的业界主流大模型", "43个", "已有43个业界主流大模型基于昇腾进行预训练")
stat("s-adapt", "适配昇腾生态的开源模型", "200多个", "200多个开源模型适配昇腾生态")
stat("s-sol", "落地应用的解决方案", "6000多个", "推动了6000多个解决方案的落地应用")
G = [("g1", "持续加大在研发方面的投入", "华为将持续加大在研发方面的投入", False, []),
     ("g2", "推出一体机、集群、超节点等系列化产品和解决方案", "通过推出一体机、集群、超节点等系列化产品和解决方案", False, ["supernode"]),
     ("g3", "满足市场对算力的快速增长需求", "满足市场对算力的快速增长需求", False, ["compute"]),
     ("g4", "构建以昇腾为核心的AI开放生态", "华为将构建以昇腾为核心的AI开放生态", False, ["ai", "ascend"]),
     ("g5", "不断为客户创造价值", "不断为客户创造价值", False, []),
     ("g6", "力求在技术创新上取得突破", "在基础大模型、小艺终端智能体和智能驾驶智能体等领域,华为同样持续投入,力求在技术创新上取得突破", False, ["llm", "agent", "xiaoyi", "autodrive"]),
     ("g7", "聚焦重点行业和关键场景", "华为将聚焦重点行业和关键场景", False, []),
     ("g8", "打造行业智能体使能平台", "打造行业智能体使能平台", False, ["agent"]),
     ("g9", "支持合作伙伴赋能千行百业智能化", "通过技术创新和场景创新,支持合作伙伴赋能千行百业智能化", False, []),
     ("g10", "推动产业升级", "推动产业升级", False, []),
     ("g11", "提前规划液冷、电力等基础资源", "AI数据中心建设需要提前规划液冷、电力等基础资源", False, ["aidc", "liquid"]),
     ("g12", "满足AI算力大规模部署与运行的需求", "以满足AI算力大规模部署与运行的需求", False, ["ai", "compute"]),
     ("g13", "从联人向万物互联及通感一体转变", "通讯基础设施也需要从联人向万物互联及通感一体转变", False, ["isac"]),
     ("g14", "在5G/5G-A、千兆光网、工业互联网等领域保持领先地位", "在5G/5G-A、千兆光网、工业互联网等领域保持领先地位", False, ["5g", "5ga", "gigabit", "iiot"]),
     ("g15", "建立统一的操作系统、数据库、工具链等基础软件", "面向智能终端和物联网终端,华为还将建立统一的操作系统、数据库、工具链等基础软件和AI智能体应用范式", False, ["os", "agent", "ai", "iot"])]
OPT_T = {"ascend", "harmony", "xiaoyi", "autodrive", "isac", "liquid", "os", "supernode", "aidc"}
for id, l, e, opt, techs in G:
    goal(id, l, e, optional=opt)
    rel("huawei", "hasGoal", id, optional=opt); rel("liang", "proposes", id, optional=opt)
    for t in techs:
        rel(id, "involvesTechnology", t, optional=opt or t in OPT_T or (id == "g15" and t == "iot"))

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
