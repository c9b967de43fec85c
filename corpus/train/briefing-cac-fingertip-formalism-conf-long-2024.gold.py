"""Gold annotation of briefing-cac-fingertip-formalism-conf-long-2024 (关注 | “指尖上的形式主义”全国整治工作会议在京召开,
中国信息安全 reprinting 中国网信网, 2024-10-16), by hand per shared/eval/ANNOTATE.md (annE14)."""
ID = "briefing-cac-fingertip-formalism-conf-long-2024"
import json, pathlib
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
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

def goal(id, label, evidence=None, optional=False):
    evidence = evidence or label
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    assert label in evidence, (label, evidence)
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

# ---- Bodies named in the report -------------------------------------------------------------
ent("cac", "Agency", "中央网信办")
ent("cac-state", "Agency", "国家网信办")
ent("cpd", "Agency", "中央宣传部")
ent("gen-office", "Agency", "中央办公厅")
ent("dcs", "Agency", "督促检查室", ["中央办公厅督促检查室"])
rel("dcs", "subOrganizationOf", "gen-office")
ent("mem", "Agency", "应急管理部")
ent("ccdi", "Agency", "中央纪委国家监委", ["中央纪委国家监委机关"])
ent("sc-office", "Agency", "国务院办公厅")
ent("zj-cac", "Agency", "浙江省委网信办")
ent("party-centre", "Agency", "党中央", optional=True)
ent("xpcc", "Agency", "新疆生产建设兵团")
# attendees (line 6): central party and state bodies, media, 中国科协
for i, l in enumerate(["中央社会工作部", "中央政法委", "中央编办", "全国人大常委会办公厅", "全国政协办公厅",
                       "最高人民法院", "最高人民检察院", "国家发展改革委", "教育部", "工业和信息化部", "公安部",
                       "民政部", "财政部", "人力资源社会保障部", "自然资源部", "生态环境部", "住房城乡建设部",
                       "交通运输部", "水利部", "农业农村部", "文化和旅游部", "国家卫生健康委", "审计署",
                       "国务院国资委", "市场监管总局", "国家统计局", "国家医保局", "国家数据局"]):
    ent(f"att{i:02d}", "Agency", l)
for i, l in enumerate(["人民日报社", "新华社", "中央广播电视总台", "中国科协"]):
    ent(f"org{i}", "Organization", l)
ent("cacnet", "Organization", "中国网信网", optional=True)

# ---- People ---------------------------------------------------------------------------------
ent("xi", "Person", "习近平", optional=True)
ent("zhuang", "Person", "庄荣文")
ent("meng", "Person", "孟曙初")
ent("wangdx", "Person", "王道席")
ent("wangsong", "Person", "王崧")
rel("zhuang", "holdsPost", "cpd", post="副部长")
rel("zhuang", "holdsPost", "cac", post="主任")
rel("zhuang", "holdsPost", "cac-state", post="主任")
rel("meng", "holdsPost", "dcs", post="主任")
rel("wangdx", "holdsPost", "mem", post="副部长")
rel("wangsong", "holdsPost", "cac", post="副主任")
rel("wangsong", "holdsPost", "cac-state", post="副主任")

# ---- Event, places --------------------------------------------------------------------------
ent("conf", "Event", "“指尖上的形式主义”全国整治工作会议", ["全国整治工作会议"])
ent("bj", "Place", "北京", ["京"])
rel("conf", "locatedIn", "bj")
ent("hebei", "Place", "河北省")
ent("zjk", "Place", "张家口市", ["河北省张家口市"])
rel("zhuang", "speaksAt", "conf")      # 出席并作总结讲话
rel("meng", "speaksAt", "conf")        # 出席并讲话
rel("wangdx", "speaksAt", "conf")      # 出席并讲话
rel("wangsong", "speaksAt", "conf", optional=True)   # 主持会议

# ---- Documents ------------------------------------------------------------------------------
ent("rules", "Document", "整治形式主义为基层减负若干规定", ["《整治形式主义为基层减负若干规定》"])
ent("opinions", "Document", "关于防治“指尖上的形式主义”的若干意见", ["《关于防治“指尖上的形式主义”的若干意见》"])
ent("plan", "Document", "“指尖上的形式主义”全国整治工作方案", ["《“指尖上的形式主义”全国整治工作方案》"])
rel("plan", "publishedBy", "cac")      # 中央网信办印发

# ---- Goals ----------------------------------------------------------------------------------
# The plan's targets (line 3): 中央网信办印发《方案》，提出… — held by the plan and by 中央网信办.
PLAN_EV = "提出在2025年底前，重点集中整治政务应用程序存在的过多过滥、多头填报、建设不规范、功能异化等4方面问题"
goal("p1", "集中整治政务应用程序存在的过多过滥、多头填报、建设不规范", PLAN_EV)
goal("p2", "部署集中摸排、自查自纠、备案管理、健全机制等工作")
for g in ["p1", "p2"]:
    rel("plan", "hasGoal", g)
    rel("cac", "hasGoal", g)
stat("s-4", "集中整治的问题方面", "4方面", PLAN_EV, optional=True)

# What the meeting set out (lines 2–5). The text does not say who convened it (the CAC's heads made
# the summary speech and chaired), so 中央网信办 hasGoal and 庄荣文 proposes are optional.
M = [
    # line 2: the meeting's purpose
    ("m1", "贯彻落实《整治形式主义为基层减负若干规定》",
     "就贯彻落实《整治形式主义为基层减负若干规定》和《关于防治“指尖上的形式主义”的若干意见》", False),
    ("m2", "持续深化整治“指尖上的形式主义”", None, False),
    ("m0", "深入学习贯彻习近平总书记重要指示精神和党中央决策部署",
     "会议深入学习贯彻习近平总书记重要指示精神和党中央决策部署", True),
    # line 3: why (是…的迫切需要 / 内在要求)
    ("m3", "稳步推进数字赋能基层工作", "是稳步推进数字赋能基层工作的内在要求", True),
    # line 4: 会议强调 — three 要在…上 headings and their verb phrases
    ("z1", "在“治”上下功夫", "要在“治”上下功夫", False),
    ("z1a", "坚持问题导向和结果导向相结合",
     "坚持问题导向和结果导向相结合、重点整治和分类整治相结合、深入自查和广泛监督相结合", False),
    ("z1b", "重点整治和分类整治相结合", None, True),
    ("z1c", "深入自查和广泛监督相结合", None, True),
    ("z1d", "有效解决突出问题", None, False),
    ("z1e", "不搞简单化“一刀切”", None, True),
    ("z1f", "形成工作合力", None, False),
    ("z2", "在“管”上出真招", "要在“管”上出真招", False),
    ("z2a", "推动政务应用程序规范化管理", None, False),   # restates 加强政务应用程序规范化管理 of line 3
    ("z2b", "加强准入管理、动态管理和综合管理", None, False),
    ("z2c", "着力建立健全长效管理机制", None, False),
    ("z3", "在“用”上求实效", "要在“用”上求实效", False),
    ("z3a", "强化技术应用、数据共享和集约建设", None, False),
    ("z3b", "让政务应用程序更加便捷易用、高效智能", None, False),
    ("z3c", "切实推动信息化赋能基层减负增效", None, False),
    # line 5: 会议要求 — four headings and their verb phrases
    ("y1", "加强统筹协调", "要加强统筹协调", False),
    ("y1a", "建立健全横向协同、纵向贯通、高效联动的工作机制",
     "在各级整治形式主义为基层减负专项工作机制的统筹下，建立健全横向协同、纵向贯通、高效联动的工作机制", False),
    ("y2", "压实工作责任", None, False),
    ("y2a", "提出具有针对性和可操作性的工作举措", None, False),
    ("y2b", "加强督促指导", None, False),
    ("y2c", "确保各项工作落地见效", None, False),
    ("y3", "构建长效机制", None, False),
    ("y3a", "加强政务应用程序规范化管理的制度体系建设", None, False),
    ("y3b", "实现事前、事中、事后全链条监管", None, False),
    ("y4", "营造良好氛围", None, False),
    ("y4a", "做好政策权威发布和宣传解读", None, False),
    ("y4b", "多层次多角度展示整治成果和典型经验", None, False),
]
for gid, label, evid, opt in M:
    goal(gid, label, evid, optional=opt)
    rel("cac", "hasGoal", gid, optional=True)
    if gid[0] in "zy":
        rel("zhuang", "proposes", gid, optional=True)   # 作总结讲话; the text gives the points as 会议强调/要求

out = {"document": ID, "text": ID + ".txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(E), "entities", len(R), "relations",
      sum(1 for e in E if not e.get("optional")), "required entities",
      sum(1 for r in R if not r.get("optional")), "required relations")
