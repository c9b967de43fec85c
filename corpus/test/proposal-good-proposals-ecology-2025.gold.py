"""Gold annotation of proposal-good-proposals-ecology-2025 (全国政协2025年度好提案名单公布,多件提案涉及生态环境领域), by hand per shared/eval/ANNOTATE.md."""
ID = "proposal-good-proposals-ecology-2025"
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

ent("cppcc", "Agency", "全国政协")
ent("acfic", "Organization", "全国工商联")
ent("drc", "Agency", "国务院发展研究中心")
ent("drc-env", "Agency", "资源与环境政策研究所", ["国务院发展研究中心资源与环境政策研究所"])
rel("drc-env", "subOrganizationOf", "drc")
ent("gu", "Person", "谷树忠")
rel("gu", "holdsPost", "cppcc", post="全国政协委员")
rel("gu", "holdsPost", "drc-env", post="研究员", optional=True)
ent("fyp14", "Document", "“十四五”规划", ["十四五”规划"])
ent("fyp15", "Document", "“十五五”规划", ["十五五”规划"])
D = [("d1", "关于加强自然保护地建设管理的提案", "加强自然保护地建设管理"),
     ("d2", "关于构建统一规范、协同高效、科学精准的国家温室气体排放统计核算体系的提案", "国家温室气体排放统计核算体系"),
     ("d3", "关于推进能耗双控向碳排放双控全面转型的提案", "推进能耗双控向碳排放双控全面转型"),
     ("d4", "关于提高海域使用管理能力的提案", "提高海域使用管理能力"),
     ("d5", "关于加快推进海洋经济高质量发展的提案", "加快推进海洋经济高质量发展")]
for id, l, g in D:
    ent(id, "Document", l, ["《" + l + "》"])
    goal("g-" + id, g, "《" + l + "》")
    rel(id, "hasGoal", "g-" + id)
# aims the proposals served or that are stated as common ground
goal("c1", "全面完成“十四五”规划", "所提建议对全面完成“十四五”规划、研究制定“十五五”规划,促进经济社会高质量发展发挥了积极作用", optional=True)
goal("c2", "研究制定“十五五”规划", "研究制定“十五五”规划", optional=True)
goal("c3", "促进经济社会高质量发展", "促进经济社会高质量发展发挥了积极作用", optional=True)
goal("c4", "加快经济社会发展全面绿色转型", "加快经济社会发展全面绿色转型、推进美丽中国建设已成为广泛共识", optional=True)
goal("c5", "推进美丽中国建设", "推进美丽中国建设已成为广泛共识", optional=True)
goal("c6", "协同推进降碳、减污、扩绿、增长", "为协同推进降碳、减污、扩绿、增长提供了多元解决方案", optional=True)
goal("c7", "推进高水平海洋生态环境保护", "推进高水平海洋生态环境保护,是高质量发展的内在要求", optional=True)
S = [("s1", "入选年度好提案", "100件", "《关于加强自然保护地建设管理的提案》等100件提案入选"),
     ("s2", "入选集体提案数", "32件", "集体提案32件"),
     ("s3", "集体提案所占比例", "32%", "占总数的32%"),
     ("s4", "入选委员个人提案数", "68件", "委员个人提案68件"),
     ("s5", "委员个人提案涵盖界别", "34个", "涵盖34个界别"),
     ("s6", "个人提案占比", "68%", "占总数的68%"),
     ("s7", "涉及全国政协重点提案", "46件", "年度好提案涉及2025年全国政协重点提案46件"),
     ("s8", "重点提案占总数比例", "46%", "占总数的46%")]
for id, l, v, e in S:
    ent(id, "Statistic", l, value=v, evidence=ev(e))

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
