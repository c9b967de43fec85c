"""Gold annotation of workreport-xian-energy-2025 (北极星电力网 2025-03-31, untitled excerpt on the 西安市2025年政府工作报告), by hand per shared/eval/ANNOTATE.md."""
ID = "workreport-xian-energy-2025"
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

ent("xa-gov", "Agency", "西安市人民政府", ["市人民政府"])
ent("ye", "Person", "叶牛平")
rel("ye", "holdsPost", "xa-gov", post="市长")
ent("npc-xa", "Event", "市十七届人大六次会议")
rel("ye", "speaksAt", "npc-xa")
ent("report", "Document", "政府工作报告")
ent("notice", "Document", "西安市人民政府关于印发叶牛平市长在市十七届人大六次会议上所作《政府工作报告》的通知")
rel("report", "publishedBy", "xa-gov")
rel("report", "adoptedAt", "npc-xa")
rel("notice", "publishedBy", "xa-gov")
ent("xian", "Place", "西安", ["西安市"])
rel("npc-xa", "locatedIn", "xian", optional=True)
for id, n in [("byd", "比亚迪"), ("samsung", "三星"), ("longi", "隆基"), ("xd", "西电集团"), ("tbea", "特变电工"),
              ("eswin", "奕斯伟"), ("datang", "大唐灞桥热电厂"), ("sdic", "国投电力")]:
    ent(id, "Organization", n)
ent("wanda", "Place", "万达", optional=True)
ent("qujiang", "Place", "曲江", optional=True)
for id, l, opt in [("pv", "光伏", False), ("ai", "人工智能", False), ("battery", "动力电池", False),
                   ("nev", "新能源汽车", True), ("nps", "新型电力系统", True), ("digital", "数字技术", True),
                   ("newit", "新一代信息技术", True), ("bc", "BC技术", True), ("ne", "新能源", True)]:
    ent(id, "Technology", l, optional=opt)
stat("s1", "建成投用变电站", "20座", "2024年,西安市建成投用变电站20座")
stat("s2", "城市电网供电能力", "1600万千瓦", "城市电网供电能力达到1600万千瓦")
G = [("g1", "推进城市新型电力系统建设", "2025年,推进城市新型电力系统建设", False, ["nps"]),
     ("g2", "开工建设万达、曲江等6个330千伏变电站", "开工建设万达、曲江等6个330千伏变电站", False, []),
     ("g3", "清单式推进30个临电小区和200个“合表户”小区改造", "清单式推进30个临电小区和200个“合表户”小区改造", False, []),
     ("g4", "促进源网荷储一体化发展", "促进源网荷储一体化发展", False, []),
     ("g5", "加快推动比亚迪新能源汽车动力电池及零部件", "还将加快推动比亚迪新能源汽车动力电池及零部件、三星M项目、隆基BC技术改造、西电集团高压开关和变压器生产基地搬迁扩产、特变电工科技能源及输变电、奕斯伟硅产业基地二期等重大工业项目建设", False, ["nev", "battery", "bc"]),
     ("g6", "全年完成工业投资1200亿元以上", "全年完成工业投资1200亿元以上", False, []),
     ("g7", "落实碳排放双控制度", "落实碳排放双控制度", False, []),
     ("g8", "有序实施燃煤电厂关停和替代", "有序实施燃煤电厂关停和替代", False, []),
     ("g9", "启动大唐灞桥热电厂5万千瓦光伏电站项目", "启动大唐灞桥热电厂5万千瓦光伏电站项目和国投电力20万千瓦灌溉渠光伏复合利用项目建设", False, ["pv"]),
     ("g10", "扩大新能源装机规模", "扩大新能源装机规模", False, ["ne"]),
     ("g11", "加快推进零碳工业园区建设", "加快推进零碳工业园区建设", False, []),
     ("g12", "布局实施一批综合能源服务示范项目", "布局实施一批综合能源服务示范项目", False, []),
     ("g13", "加快城镇既有建筑和市政基础设施节能改造", "加快城镇既有建筑和市政基础设施节能改造", False, []),
     ("g14", "推广“光伏+”整村推进模式和屋顶光伏新场景新应用", "推广“光伏+”整村推进模式和屋顶光伏新场景新应用", False, ["pv"]),
     ("g15", "新建公共机构建筑、工业厂房屋顶光伏覆盖率不低于50%", "新建公共机构建筑、工业厂房屋顶光伏覆盖率不低于50%", False, ["pv"]),
     ("g16", "开展“人工智能+”行动", "同时,开展“人工智能+”行动", False, ["ai"]),
     ("g17", "以数字技术赋能产业转型升级", "以数字技术赋能产业转型升级", False, ["digital"]),
     ("g18", "加快制造业“智改、数转、网联”", "加快制造业“智改、数转、网联”", False, []),
     ("g19", "推进新一代信息技术在制造业全行业全链条普及应用", "推进新一代信息技术在制造业全行业全链条普及应用", False, ["newit"]),
     ("g20", "确保各项目标任务圆满完成", "请认真抓好落实,确保各项目标任务圆满完成", True, [])]
for id, l, e, opt, techs in G:
    goal(id, l, e, optional=opt)
    if id == "g20":
        rel("notice", "hasGoal", id, optional=True); rel("xa-gov", "hasGoal", id, optional=True); continue
    rel("report", "hasGoal", id)
    rel("xa-gov", "hasGoal", id, optional=True)
    rel("ye", "proposes", id, optional=True)
    for t in techs:
        rel(id, "involvesTechnology", t, optional=t in ("nev", "nps", "digital", "newit", "bc", "ne"))
rel("xa-gov", "promotes", "pv")
rel("xa-gov", "promotes", "ai")
for t in ("battery", "nev", "nps", "digital", "newit", "ne"):
    rel("xa-gov", "promotes", t, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
