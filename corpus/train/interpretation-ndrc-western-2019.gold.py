"""Gold annotation of interpretation-ndrc-western-2019 (发改委:西部大开发指导意见正在完善 按程序报批后印发), by hand per shared/eval/ANNOTATE.md."""
ID = "interpretation-ndrc-western-2019"
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

ent("ndrc", "Agency", "国家发展改革委", ["国家发改委", "发改委", "我委"])
ent("ndrc-pr", "Agency", "政策研究室", ["国家发改委政策研究室"])
rel("ndrc-pr", "subOrganizationOf", "ndrc")
ent("cpc-cc", "Agency", "党中央")
ent("sc", "Agency", "国务院")
ent("cdrc", "Agency", "中央全面深化改革委员会")
ent("xpcc", "Agency", "新疆生产建设兵团")
ent("cmrn", "Organization", "中国市场调查网")
ent("cnf", "Organization", "中国网财经")
ent("cn", "Organization", "中国网")
rel("cnf", "subOrganizationOf", "cn", optional=True)
ent("yuan", "Person", "袁达")
ent("guo", "Person", "郭天虎")
ent("xi", "Person", "习近平")
rel("yuan", "holdsPost", "ndrc-pr", post="主任兼新闻发言人")
rel("yuan", "holdsPost", "ndrc", post="新闻发言人", optional=True)
ent("presser", "Event", "定时定主题新闻发布会", optional=True)
rel("yuan", "speaksAt", "presser", optional=True)
ent("meeting7", "Event", "中央全面深化改革委员会第七次会议")
rel("xi", "speaksAt", "meeting7", optional=True)
ent("gwr", "Document", "政府工作报告", ["《政府工作报告》"])
ent("guide", "Document", "关于新时代推进西部大开发形成新格局的指导意见", ["《指导意见》"])
rel("guide", "publishedBy", "ndrc")
rel("guide", "adoptedAt", "meeting7")
stat("s-depts", "征求意见的中央和国家机关部门", "30多个", "我们充分征求了中央和国家机关30多个部门、西部各省(区、市)和新疆生产建设兵团的意见")
goal("r1", "制定西部开发开放的新的政策措施", "今年《政府工作报告》提出要制定西部开发开放的新的政策措施")
rel("gwr", "hasGoal", "r1")
G = [("g1", "对《指导意见》作进一步修改完善", "目前,我们正在根据会议精神,对《指导意见》作进一步修改完善", False),
     ("g2", "按程序报批后印发", "按程序报批后印发", False),
     ("g3", "继续深入贯彻落实习近平总书记", "下一步,我们将继续深入贯彻落实习近平总书记在中央全面深化改革委员会第七次会议上的重要讲话精神", False),
     ("g4", "抓重点、补短板、强弱项", "围绕抓重点、补短板、强弱项", False),
     ("g5", "推进西部大开发", "以落实《指导意见》为抓手推进西部大开发", False),
     ("g6", "把握好“大保护”“大开放”“高质量”这三个关键词", "重点是把握好“大保护”“大开放”“高质量”这三个关键词", False),
     ("g7", "更加注重抓好大保护", "一是更加注重抓好大保护,从中华民族长远利益考虑", False),
     ("g8", "把生态环境保护放到重要位置", "把生态环境保护放到重要位置", False),
     ("g9", "坚持走生态优先、绿色发展的新路子", "坚持走生态优先、绿色发展的新路子", False)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("ndrc", "hasGoal", id, optional=opt); rel("yuan", "proposes", id, optional=opt)
for g in ("g5", "g6", "g7", "g8", "g9"):
    rel("guide", "hasGoal", g, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
