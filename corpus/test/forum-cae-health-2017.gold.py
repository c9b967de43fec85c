"""Gold annotation of forum-cae-health-2017 (2017·华夏院士论坛在北京召开), by hand per shared/eval/ANNOTATE.md."""
ID = "forum-cae-health-2017"
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
ent("forum", "Event", "2017·华夏院士论坛", ["华夏院士论坛"])
ent("nhc-conf", "Event", "全国卫生与健康大会")
ent("cae", "Organization", "中国工程院", ["工程院"])
ent("cae-med", "Organization", "医药卫生学部", ["中国工程院医药卫生学部"])
ent("cae-office", "Organization", "三局医药卫生学部办公室", optional=True)
ent("cpam", "Organization", "中国医疗保健国际交流促进会")
ent("cas", "Organization", "中科院")
ent("lab", "Organization", "江苏省神经再生重点实验室")
ent("pkuhsc", "Organization", "北京大学医学部")
ent("pku", "Organization", "北京大学", optional=True)
for id, l in [("fan", "樊代明"), ("gu", "顾晓松"), ("zhan", "詹启敏"), ("han", "韩德民")]:
    ent(id, "Person", l)
ent("beijing", "Place", "北京")
ent("cnec", "Place", "北京国家会议中心", optional=True)
ent("china", "Place", "我国", optional=True)
ent("precision", "Technology", "精准医学", ["精准医疗"])
ent("genomics", "Technology", "基因组学")
ent("tissue", "Technology", "组织工程")
ent("regen", "Technology", "再生医学")
ent("integ", "Technology", "整合医学", optional=True)
for id, l in [("r1", "医学系统论与整合观"), ("r2", "组织工程与再生医学"), ("r3", "科技创新与医学发展"), ("r4", "美丽健康中国")]:
    ent(id, "Document", l, optional=True)
goal("g-hc", "加快推进健康中国战略", "为响应全国卫生与健康大会关于加快推进健康中国战略,建设全面小康社会的精神", optional=True)
goal("g-xk", "建设全面小康社会", "建设全面小康社会", optional=True)
goal("g-reform", "推动我国医药卫生体制改革规划", "从推动我国医药卫生体制改革规划、学科前沿创新等角度", optional=True)
ent("s-acad", "Statistic", "参加论坛的两院院士", value="13位", evidence=ev("包括工程院、中科院院士在内的13位两院院士参加"))
rel("cae-med", "subOrganizationOf", "cae")
rel("cae-office", "subOrganizationOf", "cae", optional=True)
rel("pkuhsc", "subOrganizationOf", "pku", optional=True)
rel("fan", "holdsPost", "cae", post="副院长")
rel("gu", "holdsPost", "lab", post="主任")
rel("zhan", "holdsPost", "cpam", post="副会长")
rel("zhan", "holdsPost", "pkuhsc", post="主任")
rel("han", "holdsPost", "cpam", post="会长")
for p in ("fan", "gu", "zhan", "han"):
    rel(p, "speaksAt", "forum")
rel("forum", "locatedIn", "beijing")
rel("forum", "locatedIn", "cnec", optional=True)
rel("zhan", "proposes", "g-reform", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
