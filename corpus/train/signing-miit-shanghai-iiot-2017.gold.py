"""Gold annotation of signing-miit-shanghai-iiot-2017 (上海市政府与工信部今在沪签署工业互联网创新发展战略合作框架协议), by hand per shared/eval/ANNOTATE.md."""
ID = "signing-miit-shanghai-iiot-2017"
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

ent("sh-gov", "Agency", "上海市政府", ["市政府"])
ent("sh-cpc", "Agency", "上海市委")
ent("sheitc", "Agency", "上海市经济和信息化委员会")
ent("miit", "Agency", "工信部")
ent("sc", "Agency", "国务院")
ent("iiot-center", "Organization", "工业互联网创新中心")
ent("aii", "Organization", "工业互联网产业联盟", optional=True)
ent("aii-sh", "Organization", "工业互联网产业联盟上海分联盟")
rel("aii-sh", "subOrganizationOf", "aii", optional=True)
ent("shanghai", "Place", "上海", ["沪", "上海市"])
ent("chenzx", "Person", "陈肇雄"); rel("chenzx", "holdsPost", "miit", post="副部长")
ent("zhoub", "Person", "周波"); rel("zhoub", "holdsPost", "sh-cpc", post="常委"); rel("zhoub", "holdsPost", "sh-gov", post="常务副市长")
ent("jinxm", "Person", "金兴明"); rel("jinxm", "holdsPost", "sh-gov", post="副秘书长")
ent("guide", "Document", "关于深化“互联网+先进制造业”发展工业互联网的指导意见")
rel("guide", "publishedBy", "sc")
ent("agr", "Document", "工业互联网创新发展战略合作框架协议", ["战略合作框架协议"])
rel("agr", "publishedBy", "sh-gov"); rel("agr", "publishedBy", "miit")
ent("iiot", "Technology", "工业互联网")
ent("internet-plus", "Technology", "互联网+", optional=True)
ent("iiot-platform", "Technology", "工业互联网平台", optional=True)
ent("iiot-node", "Technology", "工业互联网国家节点", optional=True)
L4 = lines[4]
# goals set by the agreement (工信部与上海市将…)
G = [("t1", "共同推进工业互联网创新发展", "关于共同推进工业互联网创新发展促进制造业转型升级的战略合作框架协议", True, "both"),
     ("t2", "促进制造业转型升级", "关于共同推进工业互联网创新发展促进制造业转型升级的战略合作框架协议", False, "both"),
     ("a1", "共同建设工业互联网产业联盟上海分联盟", "工信部与上海市将在共同建设工业互联网产业联盟上海分联盟", True, "both"),
     ("a2", "打造工业互联网创新中心", "打造工业互联网创新中心", True, "both"),
     ("a3", "建设工业互联网国家节点和工业互联网平台", "建设工业互联网国家节点和工业互联网平台", True, "both"),
     ("a4", "营造工业互联网技术创新与产业化环境", "营造工业互联网技术创新与产业化环境", True, "both"),
     ("a5", "推进工业互联网宣传与推广", "以及推进工业互联网宣传与推广等方面开展全面和广泛深入合作", True, "both"),
     ("s1", "打造工业互联网技术、应用方案与人才高地", "上海市将在工信部的支持下,以打造工业互联网技术、应用方案与人才高地为核心", True, "sh"),
     ("s2", "建设网络、平台、安全三大体系", "围绕建设网络、平台、安全三大体系", False, "sh"),
     ("s3", "为全国促进工业互联网创新创业和制造业转型升级提供技术支撑", "为全国促进工业互联网创新创业和制造业转型升级提供技术支撑、试点经验和示范引领作用", True, "sh"),
     ("f1", "上海制造业转型升级进一步深化", "力争在五年内,上海制造业转型升级进一步深化", False, "sh"),
     ("f2", "新模式、新业态成为经济发展新动能", "新模式、新业态成为经济发展新动能", False, "sh"),
     ("f3", "跨界融合的制造业新生态初步形成", "跨界融合的制造业新生态初步形成", False, "sh"),
     ("f4", "制造业数字化、网络化、智能化水平显著提升", "制造业数字化、网络化、智能化水平显著提升", False, "sh"),
     ("f5", "两化融合发展综合水平指数保持国内领先水平", "两化融合发展综合水平指数保持国内领先水平", False, "sh"),
     ("f6", "打造形成工业互联网创新发展示范城市和全球先进“智造”高地", "打造形成工业互联网创新发展示范城市和全球先进“智造”高地", True, "sh")]
for id, l, e, tech, who in G:
    goal(id, l, e)
    rel("agr", "hasGoal", id)
    if who == "both":
        rel("miit", "hasGoal", id); rel("sh-gov", "hasGoal", id)
    else:
        rel("sh-gov", "hasGoal", id, optional=True); rel("miit", "hasGoal", id, optional=True)
    if tech: rel(id, "involvesTechnology", "iiot")
rel("a3", "involvesTechnology", "iiot-platform", optional=True); rel("a3", "involvesTechnology", "iiot-node", optional=True)
rel("miit", "promotes", "iiot"); rel("sh-gov", "promotes", "iiot"); rel("sc", "promotes", "iiot", optional=True)
rel("sc", "promotes", "internet-plus", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
