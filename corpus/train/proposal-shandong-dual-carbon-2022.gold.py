"""Gold annotation of proposal-shandong-dual-carbon-2022 (全国政协委员段青英:先行先试建立国家“双碳”减排先行示范区), by hand per shared/eval/ANNOTATE.md."""
ID = "proposal-shandong-dual-carbon-2022"
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

ent("e23", "Organization", "舜网")
ent("jnrb", "Organization", "济南日报")
ent("jnbaoye", "Organization", "济南报业", optional=True)
ent("wang", "Person", "王希涛")
ent("duan", "Person", "段青英")
ent("cppcc", "Agency", "全国政协", optional=True)  # named only inside 全国政协委员 and the session name
ent("sd-cppcc", "Agency", "山东省政协")
ent("jn-cppcc", "Agency", "济南市政协")
ent("session", "Event", "全国政协十三届五次会议")
ent("beijing", "Place", "北京")
ent("yellow", "Place", "黄河")
ent("yangtze", "Place", "长江流域")
ent("gwr", "Document", "政府工作报告")
rel("session", "locatedIn", "beijing")
rel("duan", "holdsPost", "cppcc", post="全国政协委员", optional=True)
rel("duan", "holdsPost", "sd-cppcc", post="副主席")
rel("duan", "holdsPost", "jn-cppcc", post="副主席")
rel("wang", "holdsPost", "jnbaoye", post="全媒体记者", optional=True)
ent("s-props", "Statistic", "段青英带来的提案", value="11份", evidence=ev("共带来了涉及农业农村、医药卫生、环境保护等方面共计11份提案"))
for id, l in [("wind", "风电"), ("nuclear", "核电"), ("pv", "光电"), ("dpv", "分布式光伏"), ("nev", "新能源汽车")]:
    ent(id, "Technology", l)
ent("lowcarbon", "Technology", "低碳技术", optional=True)
ent("clean", "Technology", "清洁能源", optional=True)
ent("lng", "Technology", "LNG", optional=True)
W = [("w1", "有序推进碳达峰碳中和工作", "“有序推进碳达峰碳中和工作”"),
     ("w2", "推动能源革命", "“推动能源革命,确保能源供应"),
     ("w3", "确保能源供应", "确保能源供应"),
     ("w4", "推进能源低碳转型", "立足资源禀赋,坚持先立后破、通盘谋划,推进能源低碳转型")]
for id, l, e in W:
    goal(id, l, e); rel("gwr", "hasGoal", id)
D = [("d0", "加快布局", "要加快布局,系统优化“双碳”目标实践路径", True),
     ("d1", "系统优化“双碳”目标实践路径", "要加快布局,系统优化“双碳”目标实践路径", False),
     ("d2", "完善能源发展规划", "完善能源发展规划", False),
     ("d3", "改革纠偏煤电、煤炭政策", "改革纠偏煤电、煤炭政策", False),
     ("d4", "重点突破新能源消纳问题", "重点突破新能源消纳问题", False),
     ("d5", "先行先试建立国家“双碳”减排先行示范区", "要先行先试建立国家“双碳”减排先行示范区。在黄河、长江流域等国家战略地区建立国家“双碳”减排先行区", False),
     ("d6", "加速绿色产业体系整体规划", "加速绿色产业体系整体规划", False),
     ("d7", "加快行业企业改造升级", "加快行业企业改造升级", False),
     ("d8", "增强绿色高端制造业核心竞争力", "增强绿色高端制造业核心竞争力", False),
     ("d9", "整体推进绿色能源系统", "整体推进绿色能源系统", False),
     ("d10", "实现清洁能源和低碳技术聚集推广", "实现清洁能源和低碳技术聚集推广", False),
     ("d11", "新能源汽车等应用领域整体拓展", "新能源汽车等应用领域整体拓展", False),
     ("d12", "营造双碳生态圈", "要营造双碳生态圈", False),
     ("d13", "加快陆海风电、核电、光电等基地建设", "加快陆海风电、核电、光电等基地建设", False),
     ("d14", "推进沿海LNG接卸基地和整县分布式光伏规模化开发", "推进沿海LNG接卸基地和整县分布式光伏规模化开发", False),
     ("d15", "引导绿色低碳的生产和生活方式", "引导绿色低碳的生产和生活方式", False),
     ("d16", "构建新发展格局下低碳产业生态集聚区", "构建新发展格局下低碳产业生态集聚区", False),
     ("d17", "支撑国家战略重点地区整体绿色低碳高质量发展", "支撑国家战略重点地区整体绿色低碳高质量发展", False),
     ("d18", "加快试点", "要加快试点,建立能源供需预警及保供应急体系", True),
     ("d19", "建立能源供需预警及保供应急体系", "建立能源供需预警及保供应急体系", False),
     ("d20", "尽快建立能源电力供需长期滚动预警和短期滚动预警", "结合经济及能源供需形势,尽快建立能源电力供需长期滚动预警和短期滚动预警", False)]
for id, l, e, opt in D:
    goal(id, l, e, optional=opt); rel("duan", "proposes", id, optional=opt)
for t in ("wind", "nuclear", "pv"):
    rel("d13", "involvesTechnology", t)
rel("d14", "involvesTechnology", "dpv"); rel("d14", "involvesTechnology", "lng", optional=True)
rel("d11", "involvesTechnology", "nev")
rel("d10", "involvesTechnology", "lowcarbon", optional=True); rel("d10", "involvesTechnology", "clean", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
