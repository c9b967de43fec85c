"""Gold annotation of signing-haidian-fuzhou-citybrain-2019 (北京市海淀区牵手福州市共建“城市大脑”), by hand per shared/eval/ANNOTATE.md."""
ID = "signing-haidian-fuzhou-citybrain-2019"
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

ent("hd-cpc", "Agency", "海淀区委")
ent("hd-gov", "Agency", "海淀区人民政府", ["区政府"])
ent("fz-gov", "Agency", "福州市政府")
ent("hd-team", "Agency", "海淀区“城市大脑”专班", ["“城市大脑”专班"], optional=True)
rel("hd-team", "subOrganizationOf", "hd-gov", optional=True)
ent("alliance", "Organization", "“城市大脑”科技产业联盟", ["科技产业联盟"])
ent("haidian", "Place", "北京市海淀区", ["海淀区", "海淀"])
ent("fuzhou", "Place", "福州市", ["福州"])
ent("china", "Place", "中国", optional=True)
ent("summit", "Event", "“数字中国”峰会")
ent("symposium", "Event", "“城市大脑”建设座谈会")
ent("agr", "Document", "战略合作框架协议")
rel("agr", "publishedBy", "hd-gov", optional=True); rel("agr", "publishedBy", "fz-gov", optional=True)
ent("zhangrb", "Person", "张若冰"); rel("zhangrb", "holdsPost", "hd-gov", post="副区长")
ent("citybrain", "Technology", "城市大脑", ["“城市大脑”"])
ent("egov", "Technology", "电子政务", optional=True)
ent("digital-fz", "Goal", "数字福州", optional=True, evidence=ev("结合“数字福州”、“数字经济”积累的电子政务、城市管理、产业发展等方面经验"))
L3, L4 = lines[2], lines[3]
G = [("a1", "在共建“城市大脑”领域进行多层次合作", "海淀区与福州市将在共建“城市大脑”领域进行多层次合作", True, False),
     ("a2", "建立双方高层互访机制", "建立双方高层互访机制,明确对接机构,建立常态化工作机制", False, False),
     ("a3", "明确对接机构", "建立双方高层互访机制,明确对接机构,建立常态化工作机制", False, False),
     ("a4", "建立常态化工作机制", "建立双方高层互访机制,明确对接机构,建立常态化工作机制", False, False),
     ("b1", "在城市大脑建设顶层设计方面开展合作", "将借鉴海淀区城市大脑顶层设计成果,结合“数字福州”、“数字经济”积累的电子政务、城市管理、产业发展等方面经验,在城市大脑建设顶层设计方面开展合作", True, False),
     ("b2", "为持续优化提供参考意见", "并为持续优化提供参考意见", False, False),
     ("b3", "共同研究市级城市大脑建设机制的最佳实践路线", "将以海淀区城市大脑建设机制为原型,共同研究市级城市大脑建设机制的最佳实践路线", True, False),
     ("b4", "丰富海淀城市大脑建设机制", "在丰富海淀城市大脑建设机制、助力福州市的同时", True, True),
     ("b5", "助力福州市", "在丰富海淀城市大脑建设机制、助力福州市的同时", False, True),
     ("b6", "为中国各地政府提供最佳建设机制模式", "为中国各地政府提供最佳建设机制模式", False, False),
     ("b7", "对应用场景进行探讨与交流", "结合福州市城市服务与管理实际需求,对应用场景进行探讨与交流", False, False),
     ("b8", "挖掘新的业务需求", "在市区两级联动条件下,挖掘新的业务需求", False, False),
     ("b9", "封装新的城市大脑应用场景", "封装新的城市大脑应用场景", True, False),
     ("c1", "相互接纳对方科技企业参与", "双方在城市大脑建设领域相互接纳对方科技企业参与", True, False),
     ("c2", "参与双方所属有关单位组织的“城市大脑”项目招标", "依法依规参与双方所属有关单位组织的“城市大脑”项目招标", True, False),
     ("c3", "成绩突出的本地领军企业加入双方“城市大脑”科技产业联盟", "接纳双方在城市大脑建设方面,成绩突出的本地领军企业加入双方“城市大脑”科技产业联盟", True, False),
     ("c4", "参与开拓全国及国际市场", "参与开拓全国及国际市场", False, False)]
for id, l, e, tech, opt in G:
    goal(id, l, e, optional=opt)
    rel("agr", "hasGoal", id, optional=opt)
    rel("hd-gov", "hasGoal", id, optional=opt); rel("fz-gov", "hasGoal", id, optional=opt)
    if tech: rel(id, "involvesTechnology", "citybrain")
rel("hd-gov", "promotes", "citybrain"); rel("fz-gov", "promotes", "citybrain")
rel("hd-cpc", "promotes", "citybrain", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
