"""Gold annotation of briefing-state-council-10th-plenary-15th-fyp-long-2026 (新华社 report of the State Council's 10th plenary meeting, 2026-02-06, as reprinted by 财联社 cls.cn), by hand per shared/eval/ANNOTATE.md (annS16)."""
ID = "briefing-state-council-10th-plenary-15th-fyp-long-2026"
import collections, json, pathlib
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type == "Statistic" or label in text, label
    for a in aliases: assert a in text, a
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    if "evidence" in kw: ev(kw["evidence"])
    d.update(kw); E.append(d)

def goal(id, label, evidence=None, optional=False):
    evidence = evidence or label
    assert label in text, label
    assert 4 <= len(label) <= 40, label
    assert label in evidence, (label, evidence)
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def write():
    gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
    (here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
    print(collections.Counter((r["p"], r.get("optional", False)) for r in R))


# bodies, people, events, documents
ent("sc", "Agency", "国务院")
ent("cpc", "Agency", "党中央")
ent("xinhua", "Organization", "新华社")
ent("liq", "Person", "李强")
rel("liq", "holdsPost", "sc", post="总理")
ent("xi", "Person", "习近平", optional=True)  # 习近平总书记: no body named
ent("plenary", "Event", "国务院第十次全体会议")
rel("liq", "speaksAt", "plenary")
ent("npc4", "Event", "十四届全国人大四次会议")
ent("cewc", "Event", "中央经济工作会议")
ent("gwr", "Document", "政府工作报告", ["政府工作报告稿"])
ent("fyp", "Document", "“十五五”规划纲要", ["“十五五”规划纲要草案稿", "规划纲要"])
rel("gwr", "publishedBy", "sc", optional=True)  # drafts the State Council discusses before submitting them
rel("fyp", "publishedBy", "sc", optional=True)

def G(id, label, evidence=None, opt=False):
    """every goal is stated by 李强 at the meeting: proposes from him, hasGoal from 国务院"""
    goal(id, label, evidence, optional=opt)
    rel("liq", "proposes", id, optional=opt)
    rel("sc", "hasGoal", id, optional=opt)

L = lines
P1, P2, P3, P4 = L[6], L[7], L[8], L[9]
assert P1.startswith("李强指出，今年是") and P4.startswith("李强强调")
# paragraph 1: the two drafts
G("a0", "形成高质量的政府工作报告和规划纲要", P1, opt=True)  # stated as important, not as a 要…
G("a0b", "凝聚共识、提振信心、推动发展", P1, opt=True)
G("a1", "深入贯彻习近平总书记重要指示精神和党中央决策部署", P1)
G("a2", "准确把握今年和未来五年的国内外形势", P1)  # bullet ① restates it (准确把握国内外形势)
G("a3", "把发展所需和群众所盼结合起来", P1)
G("a4", "充分体现高质量发展要求", P1)
G("a5", "切实回应社会关切", P1)
G("a6", "进一步把两个文件稿修改好", P1)
# paragraph 2: this year's work
G("b1", "落实好中央经济工作会议部署的各项工作", P2)
G("b2", "勇于攻坚克难", P2)
G("b3", "确保“十五五”开好局、起好步", P2)
G("b4", "宏观政策要靠前发力", P2)
G("b5", "财政资金尽可能提前安排", P2)
G("b6", "加强资金下达和项目建设的协同配合", P2)
G("b7", "使政策尽快落地见效", P2)
G("b8", "各项重点工作要抓紧推进", P2)
G("b9", "条件成熟的及早组织实施", P2)
G("b10", "坚持政策支持和改革创新并举", P2)
G("b11", "更好激发市场活力", P2)
G("b12", "挖掘内需新增长点", P2)
G("b13", "密切跟踪形势变化", P2)  # bullet ② restates b13-b15
G("b14", "突出稳就业、稳企业、稳市场、稳预期", P2)
G("b15", "做好政策预研储备", P2)
G("b15b", "根据需要及时推出", P2, opt=True)
G("b16", "确保全年目标任务顺利完成", P2)
# paragraph 3: the year and the five-year plan
G("c1", "坚持远近结合", P3)
G("c2", "扎实推动高质量发展", P3)
G("c3", "进一步加强年度工作和五年规划的衔接", P3)
G("c4", "将中长期目标任务落实到年度工作部署中", P3)
G("c5", "注重整体规划和重点突破相结合", P3)
G("c6", "围绕规划纲要高质量编制各领域专项规划", P3)
G("c7", "深入谋划实施一批重大举措、重大项目", P3)
G("c7b", "在发展新质生产力、做强国内大循环、促进居民增收等方面取得更大突破", P3, opt=True)  # 特别是…: folds into c7
G("c8", "注重前瞻布局", P3)
G("c9", "坚持脚踏实地", P3)
G("c10", "不断塑造引领未来的发展新优势", P3)
# paragraph 4: conduct and the Spring Festival
G("d1", "树立和践行正确政绩观", P4)
G("d2", "坚持从实际出发、按规律办事", P4)
G("d3", "自觉为人民出政绩、以实干出政绩", P4)
G("d4", "重视抓好安全生产、春运保障、欠薪欠款治理、保供稳价等工作", P4)
G("d5", "确保群众过一个安全、幸福、祥和的节日", P4)
write()
