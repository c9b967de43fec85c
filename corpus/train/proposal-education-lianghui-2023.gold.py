"""Gold annotation of proposal-education-lianghui-2023 (两会教育看点:代表委员关注啥?哪个建议最戳你的心?), by hand per shared/eval/ANNOTATE.md."""
ID = "proposal-education-lianghui-2023"
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

ent("eol", "Organization", "中国教育在线")
ent("lh", "Event", "2023年全国两会", ["全国两会"], optional=True)
ent("cpc20", "Event", "党的二十大", ["二十大"])
ent("rep20", "Document", "党的二十大报告", ["二十大报告"])
rel("rep20", "adoptedAt", "cpc20", optional=True)
ent("mj", "Organization", "民进中央")
ent("d-teacher", "Document", "关于进一步减轻义务教育教师负担的提案", ["《关于进一步减轻义务教育教师负担的提案》"])
rel("d-teacher", "publishedBy", "mj")
ent("zhai", "Person", "翟美卿")
ent("tuo", "Person", "庹庆明")
ent("cppcc", "Agency", "全国政协", optional=True)
ent("npc", "Agency", "全国人大", optional=True)
rel("zhai", "holdsPost", "cppcc", post="全国政协委员", optional=True)
rel("tuo", "holdsPost", "npc", post="全国人大代表", optional=True)
goal("r0", "将教育、科技、人才“三位一体”统筹安排和部署", "党的二十大报告,将教育、科技、人才“三位一体”统筹安排和部署", optional=True)
rel("rep20", "hasGoal", "r0", optional=True)
M = [("m0", "进一步减轻义务教育教师负担", "民进中央拟提交《关于进一步减轻义务教育教师负担的提案》", ["为教师减负"]),
     ("m1", "清查点赞、转发等非教学工作", "建议对要求教师关注的公众号、网络平台,以及需要教师参与完成的点赞、转发等工作进行全面清查", []),
     ("m2", "整合网络管理资源", "整合网络管理资源,减少教师参与频次、避免重复参与", []),
     ("m3", "减少教师参与频次", "减少教师参与频次、避免重复参与", []),
     ("m4", "避免重复参与", "避免重复参与", []),
     ("m5", "向社会公布并接受监督", "向社会公布并接受监督", [])]
for id, l, e, al in M:
    ent(id, "Goal", l, al, evidence=ev(e)); rel("mj", "hasGoal", id); rel("d-teacher", "hasGoal", id)
P = [("p0", "将发现学生心理问题能力列入教师资格考试", "建议将对青少年心理健康问题的发现和预处置能力列入教师资格考试内容"),
     ("p1", "加强心理门诊建设", "提案建议,应加强心理门诊建设"),
     ("p2", "县级医院实现青少年心理健康专科全覆盖", "县级医院实现青少年心理健康专科全覆盖"),
     ("p3", "将抑郁症等心理疾病纳入医保门诊慢性病病种", "并考虑将抑郁症等心理疾病纳入医保门诊慢性病病种")]
for id, l, e in P:
    goal(id, l, e); rel("mj", "hasGoal", id)
Z = [("z0", "进一步关注乡村儿童心理健康", "翟美卿呼吁进一步关注乡村儿童心理健康", ["重视乡村儿童心理健康"]),
     ("z1", "加强心理健康科普教育", "建议针对乡村儿童的特点,加强心理健康科普教育", []),
     ("z2", "落实心理健康服务", "落实心理健康服务", []),
     ("z3", "联动各方形成合力", "联动各方形成合力", []),
     ("z4", "加快建设乡村儿童心理健康服务体系", "加快建设乡村儿童心理健康服务体系", [])]
for id, l, e, al in Z:
    ent(id, "Goal", l, al, evidence=ev(e)); rel("zhai", "proposes", id)
goal("t0", "将高考外语科目的分值降至100分", "全国人大代表庹庆明:将高考外语科目的分值降至100分")
rel("tuo", "proposes", "t0")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
