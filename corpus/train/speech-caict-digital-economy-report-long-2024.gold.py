"""Writes speech-caict-digital-economy-report-long-2024.gold.json beside it (hand annotation, annR16)."""
import json, pathlib
here = pathlib.Path(__file__).resolve().parent
ID = "speech-caict-digital-economy-report-long-2024"
text = (here / (ID + ".txt")).read_text(encoding="utf-8")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def ent(id, type, label, aliases=(), optional=False, check=True, **kw):
    if check:
        assert type == "Statistic" or label in text or any(a in text for a in aliases), label
    for a in aliases:
        assert a in text, a
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

# Bodies, people, events, documents, places
ent("caict", "Organization", "中国信息通信研究院", ["中国信通院", "中国信通院CAICT"])
ent("cis-mag", "Organization", "中国信息安全", optional=True)
ent("wzq", "Person", "王志勤")
rel("wzq", "holdsPost", "caict", post="副院长")
ent("plenum", "Event", "党的二十届三中全会", ["二十届三中全会"])
ent("report", "Document", "中国数字经济发展研究报告（2024年）", ["中国数字经济发展研究报告"])
rel("report", "publishedBy", "caict")
ent("china", "Place", "中国", ["我国"], optional=True)

# Technologies
ent("5g", "Technology", "5G")
ent("ai", "Technology", "人工智能")
ent("digtech", "Technology", "数字技术", optional=True)

# Statistics: every reported figure with digits (id, label, value, evidence, optional)
S = [
 ("s1", "2023年我国数字经济规模", "53.9万亿元", "2023年，我国数字经济规模达到53.9万亿元", False),
 ("s2", "数字经济规模较上年增长", "3.7万亿元", "较上年增长3.7万亿元", False),
 ("s3", "数字经济占GDP比重", "42.8%", "我国数字经济占GDP比重达到42.8%", False),
 ("s4", "数字经济占GDP比重较上年提升", "1.3个百分点", "较上年提升1.3个百分点", False),
 ("s5", "数字经济同比名义增长", "7.39%", "数字经济同比名义增长7.39%", False),
 ("s6", "数字经济名义增速高于同期GDP名义增速", "2.76个百分点", "高于同期GDP名义增速2.76个百分点", False),
 ("s7", "数字经济增长对GDP增长的贡献率", "66.45%", "数字经济增长对GDP增长的贡献率达66.45%", False),
 ("s8", "2012年数字产业化与产业数字化的比重", "约3:7", "数字产业化与产业数字化的比重由2012年的约3:7", True),
 ("s9", "2023年数字产业化与产业数字化的比重", "约2:8", "发展为2023年的约2:8", True),
 ("s10", "数字产业化占数字经济的比重", "18.7%", "数字产业化、产业数字化占数字经济的比重分别为18.7%和81.3%", False),
 ("s11", "产业数字化占数字经济的比重", "81.3%", "数字产业化、产业数字化占数字经济的比重分别为18.7%和81.3%", False),
 ("s12", "第一产业数字经济渗透率", "10.78%", "我国一、二、三产业数字经济渗透率分别为10.78%、25.03%和45.63%", False),
 ("s13", "第二产业数字经济渗透率", "25.03%", "我国一、二、三产业数字经济渗透率分别为10.78%、25.03%和45.63%", False),
 ("s14", "第三产业数字经济渗透率", "45.63%", "我国一、二、三产业数字经济渗透率分别为10.78%、25.03%和45.63%", False),
 ("s15", "第一产业数字经济渗透率较上年增长", "0.32个百分点", "分别较上年增长0.32、1.03和0.91个百分点", False),
 ("s16", "第二产业数字经济渗透率较上年增长", "1.03个百分点", "分别较上年增长0.32、1.03和0.91个百分点", False),
 ("s17", "第三产业数字经济渗透率较上年增长", "0.91个百分点", "分别较上年增长0.32、1.03和0.91个百分点", False),
]
for sid, l, v, e, opt in S:
    ent(sid, "Statistic", l, value=v, evidence=ev(e), optional=opt)

# Goals
# (a) the Third Plenum's tasks, first paragraph: required goals; no document or body the text names holds them
P = [
 ("p1", "健全促进实体经济和数字经济深度融合制度", "提出健全促进实体经济和数字经济深度融合制度"),
 ("p2", "加快推进新型工业化", "对加快推进新型工业化、加快构建促进数字经济发展体制机制、完善促进数字产业化和产业数字化政策体系等作出新的部署"),
 ("p3", "加快构建促进数字经济发展体制机制", "对加快推进新型工业化、加快构建促进数字经济发展体制机制、完善促进数字产业化和产业数字化政策体系等作出新的部署"),
 ("p4", "完善促进数字产业化和产业数字化政策体系", "对加快推进新型工业化、加快构建促进数字经济发展体制机制、完善促进数字产业化和产业数字化政策体系等作出新的部署"),
]
for gid, l, e in P:
    ent(gid, "Goal", l, evidence=ev(e))

# (b) the report's own aim and what it does (the aim required, the activities optional)
ent("r1", "Goal", "助力数字中国建设", evidence=ev("为助力数字中国建设贡献智库力量"))
rel("report", "hasGoal", "r1")
rel("caict", "hasGoal", "r1", optional=True)
for gid, l in [("r2", "跟踪呈现我国数字经济发展的最新进展"), ("r3", "剖析数字经济发展的规律特点"), ("r4", "展现数字经济发展的行业热点")]:
    ent(gid, "Goal", l, optional=True, check=False,
        evidence=ev("报告持续跟踪呈现我国数字经济发展的最新进展、剖析数字经济发展的规律特点、展现数字经济发展的行业热点"))
    rel("report", "hasGoal", gid, optional=True)
# continuing national work described in passing
ent("n1", "Goal", "数据要素市场加快建设", optional=True, evidence=ev("数据要素市场加快建设"))

# (c) the 对策篇: the report's recommendations (heading = one goal, its second verb phrase another)
C = [
 ("c0", "做强做优做大数字经济", "四、对策篇：做强做优做大数字经济推动经济高质量发展", []),
 ("c0b", "推动经济高质量发展", "做强做优做大数字经济推动经济高质量发展", []),
 ("c1", "创新发展数字技术产业", "（一）创新发展数字技术产业，打造经济发展新动能", ["digtech"]),
 ("c1b", "打造经济发展新动能", "打造经济发展新动能", []),
 ("c2", "充分释放数据要素价值", "（二）充分释放数据要素价值，拓展经济发展新空间", []),
 ("c2b", "拓展经济发展新空间", "拓展经济发展新空间", []),
 ("c3", "加快建设现代化产业体系", "（三）加快建设现代化产业体系，夯实经济发展新支撑", []),
 ("c3b", "夯实经济发展新支撑", "夯实经济发展新支撑", []),
 ("c4", "完善数字经济治理体系", "（四）完善数字经济治理体系，营造经济发展新环境", []),
 ("c4b", "营造经济发展新环境", "营造经济发展新环境", []),
 ("c5", "持续畅通市场高效循环", "（五）持续畅通市场高效循环，构建经济发展新体制", []),
 ("c5b", "构建经济发展新体制", "构建经济发展新体制", []),
]
for gid, l, e, techs in C:
    ent(gid, "Goal", l, evidence=ev(e))
    rel("report", "hasGoal", gid)
    rel("caict", "hasGoal", gid, optional=True)
    rel("wzq", "proposes", gid, optional=True)
    for t in techs:
        rel(gid, "involvesTechnology", t, optional=True)

out = {"document": ID, "text": ID + ".txt", "language": "zh", "entities": E, "relations": R}
ids = [e["id"] for e in E]; assert len(ids) == len(set(ids))
(here / (ID + ".gold.json")).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(E), "entities", len(R), "relations",
      sum(1 for e in E if not e.get("optional")), "required entities",
      sum(1 for r in R if not r.get("optional")), "required relations")
