"""Gold annotation of personnel-social-work-dept-2023 (首任部长亮相!曾任山西省委常委、组织部部长), by hand per shared/eval/ANNOTATE.md."""
ID = "personnel-social-work-dept-2023"
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

ent("zygw-old", "Agency", "中央国家机关工委")
ent("zygw-old-org", "Agency", "中央国家机关工委组织部"); rel("zygw-old-org", "subOrganizationOf", "zygw-old")
ent("sy-gov", "Agency", "沈阳市", optional=True)
ent("sy-cpc", "Agency", "沈阳市委")
ent("yk-cpc", "Agency", "营口市委")
ent("ln-cpc", "Agency", "辽宁省委")
ent("sx-cpc", "Agency", "山西省委")
ent("zygw", "Agency", "中央和国家机关工委")
ent("ccdi", "Agency", "中央纪委国家监委")
ent("ccdi-org", "Agency", "中央纪委国家监委驻中央组织部纪检监察组")
rel("ccdi-org", "subOrganizationOf", "ccdi")
ent("cod", "Agency", "中央组织部")
ent("cpc-c", "Agency", "党中央")
ent("qizhi", "Organization", "旗帜网", ["中央和国家机关工委旗帜网"])
rel("qizhi", "subOrganizationOf", "zygw", optional=True)
ent("swd", "Agency", "中央社会工作部")
ent("nlb", "Agency", "国家信访局")
ent("sco", "Agency", "国务院办公厅")
ent("sc", "Agency", "国务院")
rel("zygw", "subOrganizationOf", "cpc-c")
rel("swd", "subOrganizationOf", "cpc-c")
rel("nlb", "subOrganizationOf", "sc")
rel("nlb", "subOrganizationOf", "swd", optional=True)
rel("nlb", "subOrganizationOf", "sco", optional=True)
rel("sco", "subOrganizationOf", "sc", optional=True)
ent("plan", "Document", "党和国家机构改革方案")
ent("wuhs", "Person", "吴汉圣")
ent("guowq", "Person", "郭文奇"); rel("guowq", "holdsPost", "zygw", post="分管日常工作的副书记")
for o, post in [("zygw-old-org", "第一副部长"), ("zygw-old", "委员"), ("sy-gov", "副市长"), ("sy-cpc", "常委、组织部部长"),
                ("yk-cpc", "书记"), ("ln-cpc", "常委、省委秘书长"), ("sx-cpc", "常委、组织部部长"), ("zygw", "分管日常工作的副书记"),
                ("ccdi-org", "组长"), ("swd", "部长")]:
    rel("wuhs", "holdsPost", o, post=post, optional=True)
goal("g0", "组建中央社会工作部", "今年3月印发的《党和国家机构改革方案》显示,组建中央社会工作部")
D = lines[5]
for i, l in enumerate(["统筹指导人民信访工作", "指导人民建议征集工作", "统筹推进党建引领基层治理和基层政权建设",
                       "统一领导全国性行业协会商会党的工作", "协调推动行业协会商会深化改革和转型发展",
                       "非公有制企业和新经济组织、新社会组织、新就业群体党建工作",
                       "指导社会工作人才队伍建设"]):
    goal(f"d{i}", l, D.split("负责", 1)[1].split(",作为")[0])
    rel("plan", "hasGoal", f"d{i}"); rel("swd", "hasGoal", f"d{i}")
rel("plan", "hasGoal", "g0")
goal("g1", "国家信访局由国务院办公厅管理的国家局调整为国务院直属机构", lines[6], optional=True)
rel("plan", "hasGoal", "g1", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
