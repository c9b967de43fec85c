"""Gold annotation of signing-dongchangfu-qlu-2020 (东昌府区与齐鲁工业大学(山东省科学院)举行校地合作签约仪式), by hand per shared/eval/ANNOTATE.md."""
ID = "signing-dongchangfu-qlu-2020"
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

ent("dcf-gov", "Agency", "东昌府区人民政府", ["区政府"])
ent("dcf-cpc", "Agency", "东昌府区委", ["区委"])
ent("dcf-cppcc", "Agency", "东昌府区政协", ["区政协"])
ent("sd-org", "Agency", "山东省委组织部", ["省委组织部"])
ent("sd-org-5", "Agency", "干部五处", ["省委组织部干部五处"]); rel("sd-org-5", "subOrganizationOf", "sd-org")
ent("lc-cpc", "Agency", "聊城市委")
ent("lc-gov", "Agency", "聊城市政府", ["市政府"])
ent("qlu", "Organization", "齐鲁工业大学", ["齐鲁工业大学(山东省科学院)", "山东省科学院"])
ent("dcnews", "Organization", "东昌时讯")
ent("dcf", "Place", "东昌府区", ["东昌府"])
ent("sd", "Place", "山东省", optional=True)
ent("campus", "Place", "长清校区", ["齐鲁工业大学(长清校区)"], optional=True)
ent("ceremony", "Event", "校地合作签约仪式", ["东昌府区人民政府与齐鲁工业大学(山东省科学院)校地合作签约仪式", "签约仪式"])
rel("ceremony", "locatedIn", "campus", optional=True)
ent("mengqp", "Person", "孟庆朋"); rel("mengqp", "holdsPost", "dcnews", post="记者", optional=True)
ent("wangyl", "Person", "王英龙"); rel("wangyl", "holdsPost", "qlu", post="党委书记"); rel("wangyl", "speaksAt", "ceremony")
ent("gongxz", "Person", "宫小震"); rel("gongxz", "holdsPost", "sd-org-5", post="处长")
ent("ronghz", "Person", "荣红智"); rel("ronghz", "holdsPost", "dcf-cpc", post="书记"); rel("ronghz", "speaksAt", "ceremony")
ent("weil", "Person", "魏雷"); rel("weil", "holdsPost", "dcf-cppcc", post="主席")
G = [("r1", "不断加大和齐鲁工业大学合作交流的工作力度", "将不断加大和齐鲁工业大学合作交流的工作力度", False),
     ("r2", "“一个项目、一个方案、一个专班”", "“一个项目、一个方案、一个专班”", True),
     ("r3", "在合作领域、合作深度、合作实效上取得新突破", "力争在合作领域、合作深度、合作实效上取得新突破", False),
     ("r4", "谱写合作共赢的崭新篇章", "谱写合作共赢的崭新篇章", False)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("ronghz", "proposes", id, optional=opt); rel("dcf-gov", "hasGoal", id, optional=opt); rel("dcf-cpc", "hasGoal", id, optional=True)
W = "齐鲁工业大学将发挥专业优势,在共建创新平台、共同申报重大项目攻关、高层次人才服务、应用型人才培养、共建发展智库等方面与东昌府区开展实质合作"
G = [("w1", "与东昌府区开展实质合作", W, False)]
G += [(f"w1{i}", l, W, True) for i, l in enumerate(["共建创新平台", "共同申报重大项目攻关", "高层次人才服务", "应用型人才培养", "共建发展智库"])]
G += [("w2", "进一步加强沟通", "进一步加强沟通、加深合作", False),
      ("w3", "加深合作", "进一步加强沟通、加深合作", False),
      ("w4", "确保各项合作项目顺利实施", "确保各项合作项目顺利实施", False),
      ("w5", "开创校地合作优势互补", "不断开创校地合作优势互补,互利共赢", False)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("wangyl", "proposes", id, optional=opt); rel("qlu", "hasGoal", id, optional=opt)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
