"""Gold annotation of plan-jiangxi-digital-economy-long-2021 (易炼红主持召开省政府集体学习会时强调 主动出击牢牢把握数字经济发展机遇 加快打造数字经济发展国家级重要基地), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-jiangxi-digital-economy-long-2021"
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

def goal(id, label, evidence=None, optional=False):
    evidence = evidence or label
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    assert label in evidence, (label, evidence)
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

ent("jx-gov", "Agency", "省政府")
ent("jx-cpc", "Agency", "省委", optional=True)
ent("jx", "Place", "江西")
ent("yi", "Person", "易炼红")
rel("yi", "holdsPost", "jx-gov", post="省长")
ent("pku", "Organization", "北京大学")
ent("zhang", "Person", "张平文")
rel("zhang", "holdsPost", "pku", post="副校长")
ent("xi", "Person", "习近平", optional=True)
ent("study", "Event", "第三期集体学习会")
rel("yi", "speaksAt", "study")
rel("zhang", "speaksAt", "study")
rel("study", "locatedIn", "jx", optional=True)
ent("plenum5", "Event", "党的十九届五中全会")
ent("cewc", "Event", "中央经济工作会议")
ent("jx-plenum", "Event", "省委十四届十二次全会")
ent("jx-ewc", "Event", "省委经济工作会议")
ent("newinfra-plan", "Document", "新型基础设施项目建设三年行动计划", optional=True)
# technologies
T = {}
for id, l, opt in [("miot", "移动物联网", False), ("vr", "VR", False), ("bigdata", "大数据", False), ("cloud", "云计算", False),
                   ("smartmfg", "智能制造", False), ("digitech", "数字技术", True), ("internet-plus", "互联网+", True),
                   ("newinfra", "新型基础设施", True), ("smartagri", "智慧农业", True), ("smartcity", "智慧城市", True),
                   ("gft", "赣服通", True), ("gzt", "赣政通", True)]:
    ent(id, "Technology", l, optional=opt)
    T[id] = opt

G = [
 ("a1", "深入学习贯彻习近平总书记关于数字经济的重要论述", None, False, ()),
 ("a2", "全面落实党的十九届五中全会和中央经济工作会议决策部署", None, False, ()),
 ("a3", "牢牢把握数字经济发展机遇", "主动出击、牢牢把握数字经济发展机遇", False, ()),
 ("a4", "深入实施数字经济“一号工程”", None, False, ()),
 ("a5", "加快打造数字经济发展国家级重要基地", None, False, ()),
 ("a6", "为我省推进高质量跨越式发展提供有力支撑", None, True, ()),
 ("b0", "打好数字经济发展“抢滩战”", "——要乘势而上打好数字经济发展“抢滩战”", False, ()),
 ("b1", "把握数字经济发展规律和特点", None, True, ()),
 ("b2", "强化对全省数字经济发展的系统谋划", "强化对全省数字经济发展的系统谋划、战略指导、制度设计和政策支撑", False, ()),
 ("b3", "聚焦我省数字经济发展的重点领域和方向", None, False, ()),
 ("b4", "培育和引进一批急需紧缺人才、高层次人才及团队", "着力培育和引进一批急需紧缺人才、高层次人才及团队", False, ()),
 ("b5", "充分释放人才的内在潜能", None, False, ()),
 ("b6", "推动数字经济超常规发展", None, False, ()),
 ("c0", "打好数字产业创优“突围战”", "——要集中火力打好数字产业创优“突围战”", False, ()),
 ("c1", "巩固提升我省在移动物联网、VR、大数据及云计算等细分领域", "着力巩固提升我省在移动物联网、VR、大数据及云计算等细分领域的先发优势", False, ("miot", "vr", "bigdata", "cloud")),
 ("c2", "加快推进大数据产业园和示范基地建设", None, False, ("bigdata",)),
 ("c3", "实施好标准化战略", None, False, ()),
 ("c4", "强化数字技术领域创新平台建设", "围绕“数字产业化、产业数字化”，强化数字技术领域创新平台建设", False, ("digitech",)),
 ("c5", "加快突破一批关键核心技术", None, False, ()),
 ("c6", "实施好产业链链长制", None, False, ()),
 ("c7", "不断拓展产业链宽度、深度和广度", None, False, ()),
 ("c8", "促进数字产业整体扩围提质", "以局部突破带动全局跃升，促进数字产业整体扩围提质", False, ()),
 ("d0", "打好数字技术融合“渗透战”", "——要全线出击打好数字技术融合“渗透战”", False, ()),
 ("d1", "加快推动数字技术与各领域的深度融合", None, False, ("digitech",)),
 ("d2", "着力推进产业智能升级", None, False, ()),
 ("d3", "深入实施智能制造升级工程", None, False, ("smartmfg",)),
 ("d4", "实施好智慧农业“123+N”平台提升工程", None, False, ("smartagri",)),
 ("d5", "推进生活性服务业智能化升级和生产线服务业数字化发展", None, False, ()),
 ("d6", "大力开展数字政府建设", None, False, ()),
 ("d7", "深入推进“互联网+政务服务”", None, False, ("internet-plus",)),
 ("d8", "积极推进“赣服通”4.0版建设和“赣政通”应用", None, False, ("gft", "gzt")),
 ("d9", "实现“一网通办”“一次不跑”", None, False, ()),
 ("d10", "加快数字社会建设", None, False, ()),
 ("d11", "建设智慧城市", None, False, ("smartcity",)),
 ("d12", "健全乡村数字化治理体系", None, False, ()),
 ("d13", "拓展数字化公共服务", None, False, ()),
 ("d14", "促进经济转型升级和社会治理创新", "切实促进经济转型升级和社会治理创新", False, ()),
 ("e0", "打好数字战略实施“护卫战”", "——要千方百计打好数字战略实施“护卫战”", False, ()),
 ("e1", "抢抓国家加快新型基础设施建设的机遇", None, False, ("newinfra",)),
 ("e2", "实施好新型基础设施项目建设三年行动计划", None, False, ("newinfra",)),
 ("e3", "大力推进数据资源开放共享", None, False, ()),
 ("e4", "打破“数据孤岛”", None, False, ()),
 ("e5", "打通“数据壁垒”", None, False, ()),
 ("e6", "完善“硬支撑”", "完善“硬支撑”、提升“软实力”", False, ()),
 ("e7", "提升“软实力”", "完善“硬支撑”、提升“软实力”", False, ()),
 ("e8", "全面夯实数字经济发展的基础条件", None, False, ()),
 ("e9", "不断提升信息安全保障水平和风险防控能力", None, False, ()),
 ("e10", "确保数字经济健康有序发展", None, False, ())]
for id, l, e, opt, techs in G:
    goal(id, l, e, optional=opt)
    rel("jx-gov", "hasGoal", id, optional=opt)
    rel("yi", "proposes", id, optional=opt)
    for t in techs:
        rel(id, "involvesTechnology", t, optional=T[t])
rel("newinfra-plan", "hasGoal", "e2", optional=True)
for t, opt in T.items():
    if t in ("miot", "vr", "bigdata", "cloud", "smartmfg"):
        rel("jx-gov", "promotes", t)
    elif t in ("digitech", "internet-plus", "newinfra", "smartagri", "smartcity", "gft", "gzt"):
        rel("jx-gov", "promotes", t, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
