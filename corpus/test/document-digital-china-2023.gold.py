"""Gold annotation of document-digital-china-2023 (一图读懂《数字中国建设整体布局规划》), by hand per shared/eval/ANNOTATE.md."""
ID = "document-digital-china-2023"
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

ent("doc", "Document", "数字中国建设整体布局规划")
ent("xi", "Person", "习近平", optional=True)
ent("c20", "Event", "党的二十大", ["二十大"])
ent("dtech", "Technology", "数字技术", optional=True)
ent("dig", "Technology", "数字化", optional=True)
G = [("a1", "加快数字中国建设", "加快数字中国建设,对全面建设社会主义现代化国家、全面推进中华民族伟大复兴具有重要意义和深远影响", False),
     ("a2", "全面推进中华民族伟大复兴", "对全面建设社会主义现代化国家、全面推进中华民族伟大复兴具有重要意义和深远影响", True),
     ("i1", "坚持以习近平新时代中国特色社会主义思想", "要坚持以习近平新时代中国特色社会主义思想特别是习近平总书记关于网络强国的重要思想为指导", True),
     ("i2", "深入贯彻党的二十大精神", "深入贯彻党的二十大精神", True),
     ("i3", "坚持稳中求进工作总基调", "坚持稳中求进工作总基调", False),
     ("i4", "完整、准确、全面贯彻新发展理念", "完整、准确、全面贯彻新发展理念", False),
     ("i5", "加快构建新发展格局", "加快构建新发展格局", False),
     ("i6", "着力推动高质量发展", "着力推动高质量发展", False),
     ("i7", "统筹发展和安全", "统筹发展和安全", False),
     ("i8", "强化系统观念和底线思维", "强化系统观念和底线思维", False),
     ("i9", "加强整体布局", "加强整体布局", False),
     ("i10", "全面提升数字中国建设的整体性、系统性、协同性", "按照夯实基础、赋能全局、强化能力、优化环境的战略路径,全面提升数字中国建设的整体性、系统性、协同性", False),
     ("i11", "促进数字经济和实体经济深度融合", "促进数字经济和实体经济深度融合", False),
     ("i12", "以数字化驱动生产生活和治理方式变革", "以数字化驱动生产生活和治理方式变革", False),
     ("i13", "为以中国式现代化全面推进中华民族伟大复兴注入强大动力", "为以中国式现代化全面推进中华民族伟大复兴注入强大动力", True),
     ("b1", "基本形成横向打通、纵向贯通、协调有力的一体化推进格局", "到2025年,基本形成横向打通、纵向贯通、协调有力的一体化推进格局", False),
     ("b2", "数字中国建设取得重要进展", "数字中国建设取得重要进展", False),
     ("b3", "数字基础设施高效联通", "数字基础设施高效联通", False),
     ("b4", "数据资源规模和质量加快提升", "数据资源规模和质量加快提升", False),
     ("b5", "数据要素价值有效释放", "数据要素价值有效释放", False),
     ("b6", "数字经济发展质量效益大幅增强", "数字经济发展质量效益大幅增强", False),
     ("b7", "政务数字化智能化水平明显提升", "政务数字化智能化水平明显提升", False),
     ("b8", "数字文化建设跃.上新台阶", "数字文化建设跃.上新台阶", False),
     ("b9", "数字社会精准化普惠化便捷化取得显著成效", "数字社会精准化普惠化便捷化取得显著成效", False),
     ("b10", "数字生态文明建设取得积极进展", "数字生态文明建设取得积极进展", False),
     ("b11", "数字技术创新实现重大突破", "数字技术创新实现重大突破", False),
     ("b12", "应用创新全球领先", "应用创新全球领先", False),
     ("b13", "数字安全保障能力全面提升", "数字安全保障能力全面提升", False),
     ("b14", "数字治理体系更加完善", "数字治理体系更加完善", False),
     ("b15", "数字领域国际合作打开新局面", "数字领域国际合作打开新局面", False),
     ("c1", "数字化发展水平进入世界前列", "到2035年,数字化发展水平进入世界前列", False),
     ("c2", "数字中国建设取得重大成就", "数字中国建设取得重大成就", False),
     ("c3", "数字中国建设体系化布局更加科学完备", "数字中国建设体系化布局更加科学完备", False),
     ("c4", "各领域数字化发展更加协调充分", "经济、政治、文化、社会、生态文明建设各领域数字化发展更加协调充分", False),
     ("c5", "有力支撑全面建设社会主义现代化国家", "有力支撑全面建设社会主义现代化国家", False)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("doc", "hasGoal", id, optional=opt)
rel("b11", "involvesTechnology", "dtech", optional=True)
for g in ("i12", "c1", "c4"):
    rel(g, "involvesTechnology", "dig", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
