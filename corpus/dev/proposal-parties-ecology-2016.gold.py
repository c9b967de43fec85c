"""Gold annotation of proposal-parties-ecology-2016 (多个民主党派提案关注中国生态环境问题), by hand per shared/eval/ANNOTATE.md."""
ID = "proposal-parties-ecology-2016"
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

ent("cns", "Organization", "中新社")
ent("zuo", "Person", "左妍冰")
ent("ngd", "Organization", "农工党中央")
ent("mj", "Organization", "民进中央")
ent("js", "Organization", "九三学社中央")
ent("mjian", "Organization", "民建中央")
ent("lh", "Event", "全国两会", optional=True)
ent("beijing", "Place", "北京")
ent("china", "Place", "中国")
ent("jjj", "Place", "京津冀", optional=True)
ent("yangtze", "Place", "长江", optional=True)
ent("dongbei", "Place", "东北", optional=True)
ent("desal", "Technology", "海水淡化", optional=True)
G = [("n1", "加强中国河流水生态修复", "农工党中央有提案建议加强中国河流水生态修复", "ngd"),
     ("n2", "开展河流水生态状况调查及评估工作", "建议开展河流水生态状况调查及评估工作", "ngd"),
     ("n3", "加大河流生态净化工程建设", "加大河流生态净化工程建设及完善管理机制工作", "ngd"),
     ("n4", "完善管理机制工作", "加大河流生态净化工程建设及完善管理机制工作", "ngd"),
     ("n5", "加快开展水生态修复和恢复的研究及试点工作", "并且加快开展水生态修复和恢复的研究及试点工作", "ngd"),
     ("s0", "防治土壤污染", "其另一提案将目光投向“防治土壤污染”问题", "ngd"),
     ("s1", "提高公众对土壤污染防治的认识和参与度", "提案建议,提高公众对土壤污染防治的认识和参与度", "ngd"),
     ("s2", "搞好土壤保护制度的顶层设计", "搞好土壤保护制度的顶层设计", "ngd"),
     ("s3", "建立良好土壤环境保护示范区", "建立良好土壤环境保护示范区", "ngd"),
     ("s4", "推动开展重点区域土壤污染状况调查", "推动开展重点区域土壤污染状况调查", "ngd"),
     ("s5", "建立健全土壤污染防治资金投入机制", "建立健全土壤污染防治资金投入机制", "ngd"),
     ("s6", "积极推动土壤修复产业化和市场化", "积极推动土壤修复产业化和市场化", "ngd"),
     ("m0", "加强环保执法力度建设", "民进中央在提案中建议,加强环保执法力度建设", "mj"),
     ("m1", "清楚定位环保部门职责", "清楚定位环保部门职责", "mj"),
     ("m2", "加大执法人员培训力度", "加大执法人员培训力度", "mj"),
     ("m3", "加强环保执法检测监测仪器装备的配备", "加强环保执法检测监测仪器装备的配备", "mj"),
     ("m4", "加强环保执法队伍反腐力度", "加强环保执法队伍反腐力度", "mj"),
     ("j1", "加强长江水环境治理", "民建中央也通过多份提案建议加强长江水环境治理、加强保护东北林区、壮大绿色金融、煤炭高效清洁化利用等", "mjian"),
     ("j2", "加强保护东北林区", "加强保护东北林区", "mjian"),
     ("j3", "壮大绿色金融", "壮大绿色金融", "mjian"),
     ("j4", "煤炭高效清洁化利用", "煤炭高效清洁化利用", "mjian")]
for id, l, e, org in G:
    goal(id, l, e); rel(org, "hasGoal", id)
# topics named in passing: a reader could take them as goals
O = [("mo1", "海水淡化产业发展", "“海水淡化产业发展”", "mj"),
     ("mo2", "农村污水治理工作", "“农村污水治理工作”", "mj"),
     ("mo3", "农业废弃物综合利用", "“农业废弃物综合利用”", "mj"),
     ("jo1", "京津冀生态合作", "“京津冀生态合作”", "js"),
     ("jo2", "海洋生态质量", "“海洋生态质量”", "js")]
for id, l, e, org in O:
    goal(id, l, e, optional=True); rel(org, "hasGoal", id, optional=True)
rel("mo1", "involvesTechnology", "desal", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
