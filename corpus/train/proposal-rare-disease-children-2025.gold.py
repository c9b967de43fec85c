"""Gold annotation of proposal-rare-disease-children-2025 (为罕见病患儿点亮生命之光), by hand per shared/eval/ANNOTATE.md."""
ID = "proposal-rare-disease-children-2025"
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

ent("peopleweb", "Organization", "人民网")
ent("rmrb", "Organization", "人民日报")
ent("sdu", "Organization", "山东大学")
ent("qilu", "Organization", "山东大学齐鲁医院", ["齐鲁医院"])
rel("qilu", "subOrganizationOf", "sdu", optional=True)
ent("lab", "Organization", "血液病研究室", optional=True)
rel("lab", "subOrganizationOf", "qilu", optional=True)
ent("clinic", "Organization", "齐鲁医院罕见病多学科综合门诊", ["罕见病多学科综合门诊"], optional=True)
rel("clinic", "subOrganizationOf", "qilu", optional=True)
ent("cppcc", "Agency", "全国政协", optional=True)
ent("nhc", "Agency", "国家卫生健康委")
ent("peng", "Person", "彭军")
rel("peng", "holdsPost", "cppcc", post="全国政协委员", optional=True)
rel("peng", "holdsPost", "qilu", post="副院长")
for id, l in [("ah", "安徽"), ("gd", "广东"), ("gz", "贵州")]:
    ent(id, "Place", l)
ent("china", "Place", "我国", optional=True)
ent("lh", "Event", "全国两会", optional=True)
ent("nrdl", "Document", "国家医保目录", optional=True)
ent("s-prov", "Statistic", "求助信来源省份", value="16个", evidence=ev("这些信来自安徽、广东、贵州等16个省份"))
ent("s-drugs", "Statistic", "新纳入国家医保目录的罕见病用药", value="15种", evidence=ev("2024年1月,有15种罕见病用药被新纳入国家医保目录"))
ent("s-pat", "Statistic", "我国罕见病患者", value="2000多万", evidence=ev("我国有2000多万罕见病患者"))
ent("s-child", "Statistic", "在儿童期发病的罕见病比例", value="约70%", evidence=ev("约70%的罕见病在儿童期发病"))
goal("g2023", "完善罕见病多层次保障体系", "2023年,他提交了关于完善罕见病多层次保障体系的提案", optional=True)
goal("g2024", "罕见病诊疗能力建设", "去年全国两会,彭军提交的关于罕见病诊疗能力建设的提案引发社会关注", optional=True)
goal("g-line", "罕见病的防线必须在儿童时期就筑牢", "彭军更加笃定:罕见病的防线必须在儿童时期就筑牢", optional=True)
goal("g2025", "加强儿童罕见病早期筛查与早诊早治", "彭军决定将2025年的提案焦点对准儿童群体,围绕加强儿童罕见病早期筛查与早诊早治建言献策")
rel("peng", "proposes", "g2025")
for g in ("g2023", "g2024", "g-line"):
    rel("peng", "proposes", g, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
