"""Gold annotation of plan-jiaxing-ai-2025 (嘉兴市人民政府办公室关于印发嘉兴市推进“人工智能+”行动计划(2025—2027年)的通知), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-jiaxing-ai-2025"
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

ent("jx-office", "Agency", "嘉兴市人民政府办公室", ["市政府办公室"])
ent("jx-gov", "Agency", "嘉兴市人民政府", ["市人民政府"])
ent("cpc-cc", "Agency", "党中央")
ent("sc", "Agency", "国务院")
ent("zj-cpc", "Agency", "中共浙江省委", ["省委"])
ent("zj-gov", "Agency", "浙江省人民政府", ["省政府"])
rel("jx-office", "subOrganizationOf", "jx-gov")
ent("meeting", "Event", "九届市人民政府第65次常务会议")
ent("wic", "Event", "世界互联网大会乌镇峰会")
ent("jiaxing", "Place", "嘉兴", ["嘉兴市"])
ent("wuzhen", "Place", "乌镇", optional=True)
rel("wic", "locatedIn", "wuzhen", optional=True)
ent("plan", "Document", "嘉兴市推进“人工智能+”行动计划(2025—2027年)", ["嘉兴市推进“人工智能+”行动计划"])
ent("notice", "Document", "嘉兴市人民政府办公室关于印发嘉兴市推进“人工智能+”行动计划(2025—2027年)的通知", ["嘉政办发〔2025〕18号"], optional=True)
rel("plan", "publishedBy", "jx-office")
rel("plan", "adoptedAt", "meeting")
rel("notice", "publishedBy", "jx-office", optional=True)
ent("ai", "Technology", "人工智能", ["AI"])
ent("iiot", "Technology", "工业互联网")
ent("compute", "Technology", "算力", optional=True)
ent("ai-model", "Technology", "人工智能模型", optional=True)
P = lines[10]
G = [("g1", "发挥我市算力基础设施先发优势", "发挥我市算力基础设施先发优势", False, ["compute"]),
     ("g2", "放大世界互联网大会乌镇峰会红利", "放大世界互联网大会乌镇峰会红利", False, []),
     ("g3", "加快推动人工智能创新应用", "围绕十大重点领域,加快推动人工智能创新应用", False, ["ai"]),
     ("g4", "加速打造全省人工智能应用高地", "加速打造全省人工智能应用高地", False, ["ai"]),
     ("g5", "打造人工智能应用标杆企业100个", "到2027年,打造人工智能应用标杆企业100个", False, ["ai"]),
     ("g6", "选树人工智能应用场景100个", "选树人工智能应用场景100个", False, ["ai"]),
     ("g7", "推广“数智优品”100项", "推广“数智优品”100项", False, []),
     ("g8", "形成高质量数据集(语料库)、知识库100个", "形成高质量数据集(语料库)、知识库100个", False, []),
     ("g9", "带动人工智能产业营收规模突破1000亿元", "带动人工智能产业营收规模突破1000亿元", False, ["ai"]),
     ("g10", "积极争创省级人工智能赋能制造业试点", "积极争创省级人工智能赋能制造业试点", False, ["ai"]),
     ("g11", "推动重点领域应用", "一、推动重点领域应用", False, []),
     ("g12", "推进“人工智能+工业制造”", "(一)推进“人工智能+工业制造”", False, ["ai"]),
     ("g13", "支持人工智能模型在未来工厂、绿色工厂等应用", "“点”上支持人工智能模型在未来工厂、绿色工厂等应用", False, ["ai", "ai-model"]),
     ("g14", "实现产品全生命周期自感知、自优化、自决策和自执行", "实现产品全生命周期自感知、自优化、自决策和自执行", True, []),
     ("g15", "打造轻量化、标准化通用应用场景", "“线”上聚焦“135N”先进制造业集群,打造轻量化、标准化通用应用场景", False, []),
     ("g16", "加快“工业互联网平台+AI”建设", "加快“工业互联网平台+AI”建设", False, ["iiot", "ai"]),
     ("g17", "推动人工智能发展", "深入贯彻落实党中央、国务院和省委、省政府关于推动人工智能发展的决策部署", True, ["ai"])]
for id, l, e, opt, techs in G:
    goal(id, l, e, optional=opt)
    rel("plan", "hasGoal", id, optional=opt)
    rel("jx-office", "hasGoal", id, optional=True)
    for t in techs:
        opt_t = opt or t in ("compute", "ai-model")
        rel(id, "involvesTechnology", t, optional=opt_t)
rel("jx-office", "promotes", "ai")
rel("jx-office", "promotes", "iiot")
rel("jx-office", "promotes", "compute", optional=True)
rel("jx-gov", "promotes", "ai", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
