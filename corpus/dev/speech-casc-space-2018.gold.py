"""Gold annotation of speech-casc-space-2018 (“潮涌天地间,建设新航天”(3)), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-casc-space-2018"
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
    if "evidence" in kw: ev(kw["evidence"])
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def goal(id, label, evidence, optional=False):
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)
ent("casc", "Organization", "中国航天科技集团有限公司", ["航天科技集团"])
ent("calt", "Organization", "航天科技集团一院")
ent("xinhuanet", "Organization", "新华网")
ent("wu", "Person", "吴燕生")
ent("roadmap", "Document", "2017—2045年航天运输系统发展路线图")
ent("fyp13", "Document", "“十三五”规划", optional=True)
ent("china", "Place", "我国", ["中国"], optional=True)
ent("lv", "Technology", "运载火箭")
ent("heavy", "Technology", "重型运载火箭", optional=True)
ent("reusable", "Technology", "可回收火箭", optional=True)
ent("smart-rocket", "Technology", "智能火箭", optional=True)
ent("cz", "Technology", "长征系列运载火箭", optional=True)
ent("cz8", "Technology", "长征八号", optional=True)
# roadmap targets
goal("r-2020", "长征八号首飞", "2020年长征八号首飞")
goal("r-2030", "重型运载火箭实现首飞", "2030年左右重型运载火箭实现首飞")
goal("r-2035", "运载火箭实现完全重复使用", "2035年左右运载火箭实现完全重复使用")
goal("r-2040", "未来一代运载火箭投入应用", "2040年左右未来一代运载火箭投入应用")
goal("r-2045", "具备规模性人机协同探索空间的能力", "2045年具备规模性人机协同探索空间的能力")
goal("r-plan", "规划了长征系列运载火箭的能力建设前景与发展蓝图", "系统规划了长征系列运载火箭的能力建设前景与发展蓝图", optional=True)
for g in ("r-2020", "r-2030", "r-2035", "r-2040", "r-2045"):
    rel("roadmap", "hasGoal", g); rel("calt", "hasGoal", g, optional=True)
rel("roadmap", "hasGoal", "r-plan", optional=True)
rel("r-2020", "involvesTechnology", "cz8", optional=True)
rel("r-2030", "involvesTechnology", "heavy", optional=True)
rel("r-2030", "involvesTechnology", "lv")
rel("r-2035", "involvesTechnology", "lv")
rel("r-2040", "involvesTechnology", "lv")
rel("r-plan", "involvesTechnology", "cz", optional=True)
rel("calt", "promotes", "lv")
rel("calt", "promotes", "heavy", optional=True)
rel("roadmap", "publishedBy", "calt")
rel("calt", "subOrganizationOf", "casc")
# Wu Yansheng
goal("w-q1", "高质量保证成功", "航天科技集团将以高质量保证成功、高效率完成任务、高效益推动航天强国建设和国防建设为目标")
goal("w-q2", "高效率完成任务", "高效率完成任务")
goal("w-q3", "高效益推动航天强国建设和国防建设", "高效益推动航天强国建设和国防建设为目标,着力实施多个国家科技重大专项任务,全面完成“十三五”规划目标,为推动航天强国建设夯实基础")
goal("w-proj", "实施多个国家科技重大专项任务", "着力实施多个国家科技重大专项任务")
goal("w-13", "全面完成“十三五”规划目标", "全面完成“十三五”规划目标")
goal("w-2030", "建设成为世界一流航天企业集团", "到2030年,航天科技集团将建设成为世界一流航天企业集团")
goal("w-def", "支撑国防和军队现代化建设", "支撑国防和军队现代化建设")
goal("w-power", "推动我国跻身世界航天强国前列", "推动我国跻身世界航天强国前列")
goal("w-chain", "抢占全球太空经济产业链高端", "抢占全球太空经济产业链高端")
goal("w-brand", "加速形成具有世界影响力的品牌", "加速形成具有世界影响力的品牌")
for g in ("w-q1", "w-q2", "w-q3", "w-proj", "w-13", "w-2030", "w-def", "w-power", "w-chain", "w-brand"):
    rel("wu", "proposes", g); rel("casc", "hasGoal", g)
rel("fyp13", "hasGoal", "w-13", optional=True)
rel("wu", "holdsPost", "casc", post="董事长")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
