"""Gold annotation of plan-dazhou-data-2024 (达州市人民政府关于印发《达州市数据要素市场化配置改革实施方案》的通知), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-dazhou-data-2024"
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

ent("dz-gov", "Agency", "达州市人民政府")
ent("dz-hitech", "Agency", "达州高新区管委会")
ent("dz-east", "Agency", "达州东部经开区管委会")
ent("sc-bdc", "Agency", "四川省大数据中心")
ent("sc-cpc", "Agency", "中共四川省委", ["省委"])
ent("xi", "Person", "习近平")
ent("cpc20", "Event", "党的二十大")
ent("sc-congress", "Event", "省第十二次党代会")
ent("sc-plenums", "Event", "省委十二届二次、三次、四次全会", optional=True)
ent("plan", "Document", "达州市数据要素市场化配置改革实施方案", ["本实施方案"])
ent("notice", "Document", "达州市人民政府关于印发《达州市数据要素市场化配置改革实施方案》的通知", optional=True)
ent("sc-plan", "Document", "关于推进数据要素市场化配置综合改革的实施方案", ["川数中心发〔2024〕1号"])
rel("plan", "publishedBy", "dz-gov")
rel("notice", "publishedBy", "dz-gov", optional=True)
rel("sc-plan", "publishedBy", "sc-bdc")
ent("dazhou", "Place", "达州市", ["达州"])
ent("sichuan", "Place", "四川")
ent("chengyu", "Place", "成渝地区双城经济圈", optional=True)
ent("edwc", "Technology", "“东数西算”工程", optional=True)
G = [("g1", "加快推进我市数据要素市场化配置改革", "为加快推进我市数据要素市场化配置改革", False, []),
     ("g2", "驱动数字经济高质量发展", "以“数据要素×”驱动数字经济高质量发展", False, []),
     ("g3", "深入学习贯彻习近平总书记对四川工作系列重要指示", "深入学习贯彻习近平总书记对四川工作系列重要指示精神", True, []),
     ("g4", "抢抓成渝地区双城经济圈建设和“东数西算”工程", "抢抓成渝地区双城经济圈建设和“东数西算”工程等重大机遇", False, ["edwc"]),
     ("g5", "以保障安全为前提,以制度建设为重点,以赋能发展为导向", "以保障安全为前提,以制度建设为重点,以赋能发展为导向", True, []),
     ("g6", "着力破除阻碍数据要素有序流通的体制机制障碍", "着力破除阻碍数据要素有序流通的体制机制障碍", False, []),
     ("g7", "积极探索数据要素高质量供给、市场化流通、创新化利用新路径", "积极探索数据要素高质量供给、市场化流通、创新化利用新路径", False, []),
     ("g8", "加快构建一体化、多层次、开放式的数据要素生态体系", "加快构建一体化、多层次、开放式的数据要素生态体系", False, []),
     ("g9", "培育数据要素市场", "培育数据要素市场", False, []),
     ("g10", "释放公共数据价值", "释放公共数据价值", False, []),
     ("g11", "激发社会数据活力", "激发社会数据活力", False, []),
     ("g12", "为全市数字经济发展提供强劲动力", "为全市数字经济发展提供强劲动力", False, []),
     ("g13", "支撑达州市现代化产业体系建设", "支撑达州市现代化产业体系建设", False, []),
     ("t1", "数据要素市场化配置体制机制基本建立", "到2027年,数据要素市场化配置体制机制基本建立", False, []),
     ("t2", "配套制度逐步健全", "配套制度逐步健全", False, []),
     ("t3", "数据要素供给能力持续提升", "数据要素供给能力持续提升", False, []),
     ("t4", "数据应用场景引领作用凸显", "数据应用场景引领作用凸显", False, []),
     ("t5", "打造不少于100个具有标志性、示范性的应用场景", "在政务服务和公共服务领域打造不少于100个具有标志性、示范性的应用场景", False, [])]
for id, l, e, opt, techs in G:
    goal(id, l, e, optional=opt)
    rel("plan", "hasGoal", id, optional=opt)
    rel("dz-gov", "hasGoal", id, optional=True)
    for t in techs:
        rel(id, "involvesTechnology", t, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
