"""Gold annotation of signing-gansu-innermongolia-2019 (甘肃内蒙古签署战略合作框架协议 布小林出席签约仪式), by hand per shared/eval/ANNOTATE.md."""
ID = "signing-gansu-innermongolia-2019"
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

ent("nm-cpc", "Agency", "内蒙古自治区党委")
ent("gs-cpc", "Agency", "甘肃省委", ["省委"])
ent("gs-gov", "Agency", "甘肃省政府", ["省政府"])
ent("gansu", "Place", "甘肃省", ["甘肃"])
ent("nm", "Place", "内蒙古自治区", ["内蒙古"])
ent("hohhot", "Place", "呼和浩特市", ["呼和浩特"])
ent("yellow", "Place", "黄河流域", optional=True)
ent("gstv", "Organization", "甘肃台")
for id, l, opt in [("museum", "内蒙古博物院", False), ("mengniu", "蒙牛集团", False), ("mengcao", "蒙草集团", False), ("zhonghuan", "内蒙古中环产业园", True)]:
    ent(id, "Organization", l, optional=opt)
ent("meeting", "Event", "甘肃省与内蒙古自治区合作交流座谈会暨战略合作框架协议签约仪式", ["合作交流座谈会", "签约仪式"])
rel("meeting", "locatedIn", "hohhot")
ent("agr", "Document", "经济社会发展战略合作框架协议", ["战略合作框架协议"])
rel("agr", "publishedBy", "gs-gov", optional=True)
ent("plans", "Document", "专项行动计划", optional=True)
ent("buxl", "Person", "布小林"); rel("buxl", "holdsPost", "nm-cpc", post="副书记")
ent("songl", "Person", "宋亮"); rel("songl", "holdsPost", "gs-cpc", post="常委"); rel("songl", "holdsPost", "gs-gov", post="常务副省长")
ent("maxj", "Person", "马学军"); rel("maxj", "holdsPost", "nm-cpc", post="常委")
for id, n in [("wanglx", "王莉霞"), ("ouyxh", "欧阳晓晖"), ("baog", "包钢")]:
    ent(id, "Person", n)
ent("weip", "Person", "魏平"); rel("weip", "holdsPost", "gstv", post="记者", optional=True)
G = [("g1", "共同推进“一带一路”建设", "两省区将致力于共同推进“一带一路”建设", False),
     ("g2", "推动新时代西部大开发形成新格局", "推动新时代西部大开发形成新格局", False),
     ("g3", "促进黄河流域生态保护和高质量发展", "促进黄河流域生态保护和高质量发展", False),
     ("g4", "构建区域协调发展新机制", "着力构建区域协调发展新机制", False),
     ("g5", "深化战略合作", "双方将在基础设施建设、经贸交流、特色产业、农牧林业、生态环境保护、科技教育、文化旅游交流、卫生健康领域及维护团结和谐稳定局面等9个方面深化战略合作", False)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("agr", "hasGoal", id); rel("gs-gov", "hasGoal", id, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
