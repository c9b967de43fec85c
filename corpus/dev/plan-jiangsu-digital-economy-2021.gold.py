"""Gold annotation of plan-jiangsu-digital-economy-2021 (江苏省省政府办公厅关于深入推进数字经济发展的意见), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-jiangsu-digital-economy-2021"
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

ent("js-office", "Agency", "江苏省省政府办公厅")
ent("js-gov", "Agency", "江苏省人民政府", ["省人民政府"])
rel("js-office", "subOrganizationOf", "js-gov", optional=True)
ent("cpc-cc", "Agency", "党中央")
ent("sc", "Agency", "国务院")
ent("xi", "Person", "习近平", optional=True)
ent("doc", "Document", "关于深入推进数字经济发展的意见", ["江苏省省政府办公厅关于深入推进数字经济发展的意见"])
rel("doc", "publishedBy", "js-office")
ent("jiangsu", "Place", "江苏", ["我省"])
ent("nanjing", "Place", "南京")
T = [("5g", "5G", False), ("iot", "物联网", False), ("ipv6", "IPv6", False), ("satnet", "卫星互联网", False),
     ("gigabit", "千兆光纤网络", True), ("internet", "互联网", True)]
for id, l, o in T:
    ent(id, "Technology", l, optional=o)
    rel("js-office", "promotes", id, optional=o)
G = [("a0", "深入贯彻落实党中央、国务院关于发展数字经济的决策部署", "为深入贯彻落实党中央、国务院关于发展数字经济的决策部署", True, []),
     ("a1", "抢抓发展新机遇", "抢抓发展新机遇", False, []),
     ("a2", "培育壮大发展新动能", "培育壮大发展新动能", False, []),
     ("a3", "构筑发展新优势", "构筑发展新优势", False, []),
     ("b1", "践行新发展理念", "践行新发展理念", True, []),
     ("b2", "以供给侧结构性改革为主线", "以供给侧结构性改革为主线", True, []),
     ("b3", "深入实施创新驱动发展战略", "深入实施创新驱动发展战略", False, []),
     ("b4", "创新引领、数据驱动、融合发展、共建共享、安全规范", "坚持创新引领、数据驱动、融合发展、共建共享、安全规范的发展原则", True, []),
     ("b5", "把数字产业化、产业数字化、数字化治理作为主攻方向", "把数字产业化、产业数字化、数字化治理作为主攻方向", False, []),
     ("b6", "充分发挥数据作为关键生产要素的倍增效应", "充分发挥数据作为关键生产要素的倍增效应", False, []),
     ("b7", "加快推动全要素数字化转型", "加快推动全要素数字化转型", False, []),
     ("b8", "建设数字经济强省", "围绕建设数字经济强省", False, []),
     ("b9", "着力实施数字设施升级、数字创新引领、数字产业融合", "着力实施数字设施升级、数字创新引领、数字产业融合、数字社会共享、数字监管治理、数字开放合作六大工程", False, []),
     ("b10", "打造具有世界影响力的数字技术创新高地", "全力打造具有世界影响力的数字技术创新高地", False, []),
     ("b11", "国际竞争力的数字产业发展高地", "国际竞争力的数字产业发展高地", False, []),
     ("b12", "未来引领力的数字社会建设高地", "未来引领力的数字社会建设高地", False, []),
     ("b13", "全球吸引力的数字开放合作高地", "全球吸引力的数字开放合作高地", False, []),
     ("b14", "推动“强富美高”新江苏建设和高质量发展走在前列", "为推动“强富美高”新江苏建设和高质量发展走在前列提供有力支撑", False, []),
     ("c0", "数字设施升级工程", "(一)数字设施升级工程。", False, []),
     ("c1", "加快建设信息基础设施", "1.加快建设信息基础设施。", False, []),
     ("c2", "加强新一代通信网络基础设施建设", "加强新一代通信网络基础设施建设", False, []),
     ("c3", "加快推进千兆光纤网络建设", "加快推进千兆光纤网络建设", False, ["gigabit"]),
     ("c4", "扩大5G网络覆盖范围", "扩大5G网络覆盖范围", False, ["5g"]),
     ("c5", "推动南京国家互联网骨干直联点扩容升级", "推动南京国家互联网骨干直联点扩容升级和江苏互联网交换中心建设", False, ["internet"]),
     ("c6", "进一步提升全省互联网IPv6发展水平", "进一步提升全省互联网IPv6发展水平", False, ["ipv6"]),
     ("c7", "加快推进物联网发展", "加快推进物联网发展", False, ["iot"]),
     ("c8", "积极布局中低轨道卫星互联网", "积极布局中低轨道卫星互联网", False, ["satnet"])]
OPT_T = {"gigabit", "internet"}
for id, l, e, opt, techs in G:
    goal(id, l, e, optional=opt)
    rel("doc", "hasGoal", id, optional=opt)
    rel("js-office", "hasGoal", id, optional=True)
    for t in techs:
        rel(id, "involvesTechnology", t, optional=opt or t in OPT_T)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
