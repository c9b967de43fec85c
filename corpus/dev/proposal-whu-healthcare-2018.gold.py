"""Gold annotation of proposal-whu-healthcare-2018 (【关注两会】武大代表委员积极建言献策), by hand per shared/eval/ANNOTATE.md."""
ID = "proposal-whu-healthcare-2018"
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

ent("whu", "Organization", "武汉大学", ["武大"])
ent("stomat", "Organization", "口腔医学院")
ent("ghc", "Organization", "全球健康研究中心")
rel("stomat", "subOrganizationOf", "whu", optional=True)
rel("ghc", "subOrganizationOf", "whu", optional=True)
ent("npc", "Agency", "全国人大", optional=True)
ent("lh", "Event", "两会", optional=True)
ent("cpc18", "Event", "党的十八大", ["十八大"])
ent("gwr", "Document", "政府工作报告")
ent("china", "Place", "我国", optional=True)
ent("bian", "Person", "边专")
ent("mao", "Person", "毛宗福")
rel("bian", "holdsPost", "npc", post="全国人大代表", optional=True)
rel("mao", "holdsPost", "npc", post="全国人大代表", optional=True)
rel("bian", "holdsPost", "stomat", post="院长")
rel("mao", "holdsPost", "ghc", post="主任")
goal("g-hc", "实施健康中国战略", "政府工作报告提出,实施健康中国战略,推进分级诊疗")
goal("g-tier", "推进分级诊疗", "推进分级诊疗")
rel("gwr", "hasGoal", "g-hc"); rel("gwr", "hasGoal", "g-tier")
goal("b-0", "让更多百姓享受更多优质医疗资源", "边专(全国人大代表、口腔医学院院长):让更多百姓享受更多优质医疗资源")
goal("b-1", "鼓励三级公立医院在乡镇及社区建立门诊", "国家应鼓励三级公立医院在乡镇及社区建立门诊")
goal("b-2", "维护门诊稳定", "以公立大医院的口碑赢得群众的信赖感,以母院统管人财物等手段维护门诊稳定")
goal("b-3", "控制社区门诊规模", "并控制社区门诊规模,医务人员以全科为主,适当精于口腔科、眼科、儿科、妇科或老年病科等专科,不搞一刀切")
goal("b-4", "在母院和社区门诊之间建立人员流动机制", "同时,在母院和社区门诊之间建立人员流动机制")
goal("b-5", "打通医护人员个人职业成长渠道", "打通医护人员个人职业成长渠道,从而更好为基层群众服务")
goal("b-6", "更好为基层群众服务", "从而更好为基层群众服务", optional=True)
for g in ("b-0", "b-1", "b-2", "b-3", "b-4", "b-5"):
    rel("bian", "proposes", g)
rel("bian", "proposes", "b-6", optional=True)
goal("m-1", "在紧密型协作上进一步探索", "接下来,应该在紧密型协作上进一步探索")
rel("mao", "proposes", "m-1")
ent("s-n", "Statistic", "武大两会代表委员人数", value="7位", optional=True, evidence=ev("我校7位代表委员不负嘱托"))

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
