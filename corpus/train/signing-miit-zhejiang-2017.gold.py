"""Gold annotation of signing-miit-zhejiang-2017 (省政府与工信部战略合作), by hand per shared/eval/ANNOTATE.md."""
ID = "signing-miit-zhejiang-2017"
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
    assert label in evidence, (label, evidence)
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

ent("zj-gov", "Agency", "浙江省政府", ["省政府"])
ent("zj-cpc", "Agency", "浙江省委", ["省委"])
ent("miit", "Agency", "工业和信息化部", ["工信部"])
ent("zjol", "Organization", "浙江在线")
ent("zhejiang", "Place", "浙江")
ent("hangzhou", "Place", "杭州", ["杭"], optional=True)
ent("yuq", "Person", "余勤"); ent("xiad", "Person", "夏丹")
rel("yuq", "holdsPost", "zjol", post="记者", optional=True); rel("xiad", "holdsPost", "zjol", post="记者", optional=True)
ent("yuanjj", "Person", "袁家军"); rel("yuanjj", "holdsPost", "zj-cpc", post="副书记"); rel("yuanjj", "holdsPost", "zj-gov", post="省长")
ent("miaow", "Person", "苗圩"); rel("miaow", "holdsPost", "miit", post="部长")
ent("liulh", "Person", "刘利华"); rel("liulh", "holdsPost", "miit", post="副部长")
ent("gaoxf", "Person", "高兴夫")
ent("agr", "Document", "共同推进“中国制造2025”浙江行动战略合作协议", ["合作协议"])
rel("agr", "publishedBy", "zj-gov"); rel("agr", "publishedBy", "miit")
ent("mic2025", "Document", "中国制造2025", ["“中国制造2025”"])
ent("smartmfg", "Technology", "智能制造")
L2, L4 = lines[2], lines[4]
G = [("a1", "深入贯彻创新、协调、绿色、开放、共享发展理念", "双方将深入贯彻创新、协调、绿色、开放、共享发展理念", False),
     ("a2", "加快落实“中国制造2025”", "加快落实“中国制造2025”", False),
     ("a3", "深化部省合作", "以创新发展为主题、提质增效为核心、信息化和工业化深度融合为主线、智能制造为主攻方向,深化部省合作", False),
     ("a4", "推进实施“中国制造2025”浙江行动", "推进实施“中国制造2025”浙江行动", False),
     ("a5", "促进浙江制造业创新、绿色、融合发展", "促进浙江制造业创新、绿色、融合发展", False),
     ("a6", "探索建立富有特色和竞争力的新型制造业体系", "探索建立富有特色和竞争力的新型制造业体系", False),
     ("b1", "抢抓全球新一轮科技和产业革命带来的历史机遇", "双方将抢抓全球新一轮科技和产业革命带来的历史机遇", False),
     ("b2", "建立会商机制", "建立会商机制", False),
     ("b3", "深化务实合作", L4.split("双方将抢抓全球新一轮科技和产业革命带来的历史机遇,建立会商机制,")[1].split(",力争")[0], False),
     ("c1", "浙江初步形成有利于制造业创新创业的产业生态", "力争到2020年,浙江初步形成有利于制造业创新创业的产业生态", False),
     ("c2", "涌现一批国际竞争优势突出的企业和产业集群", "涌现一批国际竞争优势突出的企业和产业集群", False),
     ("c3", "制造强省建设取得明显成效", "制造强省建设取得明显成效", False),
     ("c4", "为建设制造强国作出积极贡献", "为建设制造强国作出积极贡献", False)]
AREA = G[8][2]
for i, l in enumerate(["推进浙江制造业创新体系建设", "浙江制造业结构优化调整", "“中国制造2025”区域试点示范", "浙江制造业与服务业融合发展"]):
    G.append((f"b3{i}", l, AREA, True))
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("agr", "hasGoal", id, optional=opt)
    rel("zj-gov", "hasGoal", id, optional=opt); rel("miit", "hasGoal", id, optional=opt)
rel("a3", "involvesTechnology", "smartmfg")
rel("miit", "promotes", "smartmfg"); rel("zj-gov", "promotes", "smartmfg")
rel("mic2025", "hasGoal", "a4", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
