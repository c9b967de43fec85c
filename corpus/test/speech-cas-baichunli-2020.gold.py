"""Gold annotation of speech-cas-baichunli-2020 (中国科学院院长白春礼:中科院不能包打天下,要聚焦关键的核心技术), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-cas-baichunli-2020"
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

ent("cas", "Organization", "中国科学院", ["中科院"])
ent("nbd", "Organization", "每日经济新闻", ["每经"])
ent("scio", "Agency", "国新办")
ent("bai", "Person", "白春礼")
ent("zhou", "Person", "周宇翔")
ent("usa", "Place", "美国")
ent("pilot", "Document", "“率先行动”计划", optional=True)
rel("bai", "holdsPost", "cas", post="院长")
rel("zhou", "holdsPost", "nbd", post="编辑", optional=True)
rel("pilot", "publishedBy", "cas", optional=True)
ent("hpc", "Technology", "超算", ["超算系统"])
ent("litho", "Technology", "光刻机")
ent("chip", "Technology", "高端芯片")
ent("algo", "Technology", "基础算法", optional=True)
ent("bearing", "Technology", "轴承钢", optional=True)
for t, o in [("hpc", False), ("litho", False), ("chip", False), ("algo", True), ("bearing", True)]:
    rel("cas", "promotes", t, optional=o)
G = [("g1", "聚焦关键的核心技术", "中科院作为一个科研机构,不能包打天下,还是要聚焦关键的核心技术", False, []),
     ("g2", "有效解决一批“卡脖子”问题", "有效解决一批“卡脖子”问题", False, []),
     ("g3", "针对一些卡脖子的关键问题做一些新的部署", "未来十年中科院会针对一些卡脖子的关键问题做一些新的部署", False, []),
     ("g4", "研发出自己的超算系统", "一是超算,我们自己研发出自己的超算系统", False, ["hpc"]),
     ("g5", "把美国卡脖子的清单变成中科院科研任务清单进行布局", "二是把美国卡脖子的清单变成中科院科研任务清单进行布局", False, []),
     ("g6", "集中全院的力量来做", "包括航空轮胎、轴承钢、光刻机在内的一些关键核心技术、关键原材料等,中科院将集中全院的力量来做", False, ["litho", "bearing"]),
     ("g7", "瞄准关键的基础材料、关键核心的工艺、基础算法、重大装备等", "瞄准关键的基础材料、关键核心的工艺、基础算法、重大装备等基础性、战略性的关键核心技术的需求", False, ["algo"]),
     ("g8", "争取要主动揭榜", "在光刻机、橡胶轮胎、高端芯片等方面,争取要主动揭榜", False, ["litho", "chip"]),
     ("g9", "发挥多学科的综合和建制化优势", "发挥多学科的综合和建制化优势", False, []),
     ("g10", "集结精锐力量组织系统攻关", "集结精锐力量组织系统攻关", False, [])]
for id, l, e, opt, techs in G:
    goal(id, l, e, optional=opt)
    rel("cas", "hasGoal", id, optional=opt); rel("bai", "proposes", id, optional=opt)
    for t in techs:
        rel(id, "involvesTechnology", t, optional=opt or t in ("algo", "bearing"))
rel("pilot", "hasGoal", "g3", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
