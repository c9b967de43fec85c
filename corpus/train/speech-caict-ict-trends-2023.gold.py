"""Gold annotation of speech-caict-ict-trends-2023 (信息通信业(ICT)十大趋势发布), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-caict-ict-trends-2023"
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

ent("caict", "Organization", "中国信息通信研究院", ["中国信通院"])
ent("wang", "Person", "王志勤")
rel("wang", "holdsPost", "caict", post="副院长")
ent("conf", "Event", "2023中国信通院ICT+深度观察报告会")
rel("wang", "speaksAt", "conf")
ent("talk", "Document", "ICT产业体系高质量发展助推现代化建设开新局", optional=True)
rel("talk", "publishedBy", "caict", optional=True)
T = [("ict", "ICT", ["信息通信"], True), ("5g", "5G", [], False), ("ai", "AI", [], False), ("advcomp", "先进计算", [], False),
     ("iiot", "工业互联网", [], False), ("compute", "算力", [], False), ("llm", "大模型", [], False),
     ("smartmfg", "智能制造", [], False), ("autonomy", "自智技术", [], True), ("infonet", "信息网络", [], True)]
for id, l, al, o in T:
    ent(id, "Technology", l, al, optional=o)
    rel("caict", "promotes", id, optional=True)
G = [("g1", "加快关键技术自主创新突破", "面向未来,要加快关键技术自主创新突破", False, []),
     ("g2", "加快推进技术向产业端转化", "加快推进技术向产业端转化", False, []),
     ("g3", "加强与实体经济的深度融合", "加强与实体经济的深度融合", False, []),
     ("f1", "持续赋能实体经济", "ICT产业高质量发展,将持续赋能实体经济,引导现代化产业体系加快构建", True, []),
     ("f2", "引导现代化产业体系加快构建", "引导现代化产业体系加快构建", True, []),
     ("f3", "带动数字经济健康繁荣发展", "在2023年,通过ICT高质量发展作为牵引,将带动数字经济健康繁荣发展", True, []),
     ("r1", "谋篇布局未来发展空间", "一、 ICT技术红利持续释放,谋篇布局未来发展空间", True, ["ict"]),
     ("r2", "5G规模化发展加速推进", "二、个人行业应用双轮驱动,5G规模化发展加速推进", True, ["5g"]),
     ("r3", "自智技术加快应用落地", "三、信息网络协同融合贯通,自智技术加快应用落地", True, ["autonomy"]),
     ("r4", "算力供给能力大幅提升", "四、先进计算创新模式升级,算力供给能力大幅提升", True, ["advcomp", "compute"]),
     ("r5", "大模型驱动AI技术突破", "五、大模型驱动AI技术突破,应用能力边界不断拓展", True, ["llm", "ai"]),
     ("r6", "智能制造向纵深发展", "六、智能制造向纵深发展,工业互联网成为关键路径", True, ["smartmfg", "iiot"]),
     ("r7", "数据要素市场建设提速", "七、数据基础制度完善落地,数据要素市场建设提速", True, []),
     ("r8", "构筑经济复苏中坚力量", "八、数字经济迈向量质齐升,构筑经济复苏中坚力量", True, []),
     ("r9", "数字治理体系基本形成", "九、数字治理体系基本形成,发展预期合作基础企稳", True, []),
     ("r10", "数字安全加速迭代升级", "十、数字安全加速迭代升级,保障覆盖全过程全链条", True, [])]
for id, l, e, opt, techs in G:
    goal(id, l, e, optional=opt)
    rel("caict", "hasGoal", id, optional=opt); rel("wang", "proposes", id, optional=True)
    for t in techs:
        rel(id, "involvesTechnology", t, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
