"""Writes briefing-cac-cyber-rule-of-law-conf-long-2025.gold.json beside it (hand annotation, ann41)."""
import json, pathlib
here = pathlib.Path(__file__).resolve().parent
ID = "briefing-cac-cyber-rule-of-law-conf-long-2025"
text = (here / (ID + ".txt")).read_text(encoding="utf-8")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def ent(id, type, label, aliases=(), optional=False, check=True, **kw):
    if check:
        assert type == "Statistic" or label in text or any(a in text for a in aliases), label
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

# Agencies / organisations
ent("cac", "Agency", "中央网信办", ["中共中央网络安全和信息化委员会办公室", "中央网络安全和信息化委员会办公室"])
ent("cac-state", "Agency", "国家网信办", ["国家互联网信息办公室"])
ent("gz-pc", "Agency", "贵州省委", ["中共贵州省委", "贵州省委员会"])
ent("gz-prop", "Agency", "宣传部", ["贵州省委宣传部"])
ent("gz-cac-comm", "Agency", "网信委", ["贵州省委网信委", "贵州省委网络安全和信息化委员会"])
ent("cac-system", "Agency", "全国网信系统", ["网信系统"], optional=True)
ent("xpcc", "Agency", "新疆生产建设兵团", optional=True)
for pid, p in [("gz", "贵州"), ("hb", "河北"), ("sh", "上海"), ("zj", "浙江"), ("gx", "广西"), ("nx", "宁夏")]:
    ent("cac-" + pid, "Agency", p + "网信办", optional=True, check=False)
ent("legis-points", "Organization", "国家互联网信息办公室网络立法联系点", ["网络立法联系点"], optional=True)
ent("cac-net", "Organization", "中国网信网")
ent("cis-mag", "Organization", "中国信息安全", ["《中国信息安全》"], optional=True)
# People
ent("wangsong", "Person", "王崧")
ent("luyongzheng", "Person", "卢雍政")
ent("xi", "Person", "习近平", optional=True)
# Events
ent("conf", "Event", "全国网络法治工作会议", ["2025年全国网络法治工作会议"])
ent("award", "Event", "首批国家互联网信息办公室网络立法联系点授牌仪式", ["授牌仪式"], optional=True)
# Places
ent("guizhou", "Place", "贵州", ["贵州省"])
ent("guiyang", "Place", "贵阳", ["贵阳市"])
for pid, p in [("hebei", "河北"), ("shanghai", "上海"), ("zhejiang", "浙江"), ("guangxi", "广西"), ("ningxia", "宁夏")]:
    ent(pid, "Place", p, optional=True)
# Documents
ent("cyber-14fyp", "Document", "网信工作“十四五”规划", ["网信工作十四五规划"])
ent("one-plan-two", "Document", "一规划两纲要", ["法治领域“一规划两纲要”"], optional=True)
ent("guiding-op", "Document", "关于加强新时代网络法治工作相关指导意见",
    ["关于加强新时代网络法治工作的指导意见", "《关于加强新时代网络法治工作的指导意见》"], optional=True)
ent("pufa8", "Document", "网信系统“八五”普法规划", ["“八五”普法规划", "八五普法规划"])
ent("annual-report", "Document", "中国网络法治发展年度报告", ["《中国网络法治发展年度报告》"])

# Relations among agencies and people
rel("gz-prop", "subOrganizationOf", "gz-pc")
rel("gz-cac-comm", "subOrganizationOf", "gz-pc")
rel("wangsong", "holdsPost", "cac", post="副主任")
rel("wangsong", "holdsPost", "cac-state", post="副主任")
rel("luyongzheng", "holdsPost", "gz-pc", post="常委")
rel("luyongzheng", "holdsPost", "gz-prop", post="部长")
rel("luyongzheng", "holdsPost", "gz-cac-comm", post="副主任")
rel("wangsong", "speaksAt", "conf")
rel("luyongzheng", "speaksAt", "conf")
rel("conf", "locatedIn", "guiyang")
rel("award", "locatedIn", "guiyang", optional=True)
rel("legis-points", "subOrganizationOf", "cac-state", optional=True)
rel("annual-report", "publishedBy", "cac", optional=True)

# Goals: (id, label, evidence, optional)
L = text.split("\n")
G = [
    # line 3: the meeting's own agenda
    ("a1", "回顾总结2024年网络法治建设成效经验", "回顾总结2024年网络法治建设成效经验", True),
    ("a2", "分析面临的形势任务", "分析面临的形势任务", True),
    ("a3", "研究部署2025年网络法治工作", "研究部署2025年网络法治工作", True),
    # line 4: work of 2024 (past, optional)
    ("p1", "深入学习贯彻习近平总书记关于网络法治的重要论述", "深入学习贯彻习近平总书记关于网络法治的重要论述", True),
    ("p2", "全面深化推进网络法治统筹、网络立法、网信法治政府建设、网络法治宣传、涉外网络法治建设、网络法治研究等各方面工作",
     "全面深化推进网络法治统筹、网络立法、网信法治政府建设、网络法治宣传、涉外网络法治建设、网络法治研究等各方面工作", True),
    ("p3", "服务网信事业高质量发展", "有力服务了网信事业高质量发展", True),
    ("p4", "保障网络空间高水平安全", "保障了网络空间高水平安全", True),
    # line 5: 2025 tasks
    ("t0", "贯彻落实网信工作“十四五”规划和法治领域“一规划两纲要”", "贯彻落实网信工作“十四五”规划和法治领域“一规划两纲要”", True),
    ("h1", "突出抓好主题主线、着力强化网络法治统筹协调", "网络法治工作要突出抓好主题主线、着力强化网络法治统筹协调", False),
    ("h1a", "以“网信为民、法治担当”为主题主线", "以“网信为民、法治担当”为主题主线", True),
    ("h1b", "以人民群众满意为评判标准", "以人民群众满意为评判标准", True),
    ("h1c", "以解决人民群众急难愁盼为努力方向", "以解决人民群众急难愁盼为努力方向", True),
    ("h1d", "以践行全过程人民民主为目标宗旨", "以践行全过程人民民主为目标宗旨", True),
    ("h1e", "统筹开展关于加强新时代网络法治工作相关指导意见、网信系统“八五”普法规划等总结评估",
     "统筹开展关于加强新时代网络法治工作相关指导意见、网信系统“八五”普法规划等总结评估", False),
    ("h1f", "起草发布中国网络法治发展年度报告", "起草发布中国网络法治发展年度报告", False),
    ("h2", "突出重点新兴领域、着力完善网络法律规范体系", "要突出重点新兴领域、着力完善网络法律规范体系", False),
    ("h2a", "积极营造清朗网络空间", "积极营造清朗网络空间", False),
    ("h2b", "持续筑牢网络安全屏障", "持续筑牢网络安全屏障", False),
    ("h2c", "有力保障新质生产力发展", "有力保障新质生产力发展", False),
    ("h2d", "加强网信领域党内法规建设", "加强网信领域党内法规建设", False),
    ("h3", "突出规范化程序化、着力提升网信法治政府建设水平", "要突出规范化程序化、着力提升网信法治政府建设水平", False),
    ("h3a", "强化顶层设计和监督实施", "强化顶层设计和监督实施", False),
    ("h3b", "加快完善行政裁量权基准制度", "加快完善行政裁量权基准制度", False),
    ("h3c", "发挥“五大”审核职能", "发挥“五大”审核职能", False),
    ("h4", "突出法治内容供给、着力增强网络法治宣传实效", "要突出法治内容供给、着力增强网络法治宣传实效", False),
    ("h4a", "坚持内容为王、效果导向", "坚持内容为王、效果导向", False),
    ("h4b", "加强指导协调", "加强指导协调", False),
    ("h4c", "丰富手段方式", "丰富手段方式", False),
    ("h4d", "构建更加完善的网络法治宣传格局", "构建更加完善的网络法治宣传格局", False),
    ("h5", "突出内外法治贯通、着力拓展涉外网络法治工作成效", "要突出内外法治贯通、着力拓展涉外网络法治工作成效", False),
    ("h5a", "做好国外跟踪研究和国内立法应对", "做好国外跟踪研究和国内立法应对", False),
    ("h5b", "积极参与网络空间国际规则制定和网络法治国际交流合作", "积极参与网络空间国际规则制定和网络法治国际交流合作", False),
    ("h6", "突出体系能力建设、着力夯实网络法治工作基础", "要突出体系能力建设、着力夯实网络法治工作基础", False),
    ("h6a", "科学设计谋划", "科学设计谋划", False),
    ("h6b", "强化督促落实", "强化督促落实", False),
    ("h6c", "加强研究支撑", "加强研究支撑", False),
    # line 6: done at the meeting (past, optional)
    ("m1", "举行首批国家互联网信息办公室网络立法联系点授牌仪式", "会议举行了首批国家互联网信息办公室网络立法联系点授牌仪式", True),
    ("m2", "通报表扬2024年度网络法治宣传成绩突出的单位和个人", "通报表扬了2024年度网络法治宣传成绩突出的单位和个人", True),
]
for gid, label, evid, opt in G:
    ent(gid, "Goal", label, optional=opt, check=False, evidence=ev(evid))
    rel("cac", "hasGoal", gid, optional=opt)
    # the text gives the tasks as what 会议强调, not in Wang Song's name
    if gid.startswith("h"):
        rel("wangsong", "proposes", gid, optional=True)
# the second verb phrase of each 要突出…、着力… heading on its own (the heading is the required node)
for gid, label in [("h1z", "着力强化网络法治统筹协调"), ("h2z", "着力完善网络法律规范体系"),
                   ("h3z", "着力提升网信法治政府建设水平"), ("h4z", "着力增强网络法治宣传实效"),
                   ("h5z", "着力拓展涉外网络法治工作成效"), ("h6z", "着力夯实网络法治工作基础")]:
    ent(gid, "Goal", label, optional=True, evidence=ev(label))
    rel("cac", "hasGoal", gid, optional=True)
for gid in ["p1", "p2", "p3", "p4"]:
    rel("cac-system", "hasGoal", gid, optional=True)

out = {"document": ID, "text": ID + ".txt", "language": "zh", "entities": E, "relations": R}
ids = [e["id"] for e in E]; assert len(ids) == len(set(ids))
(here / (ID + ".gold.json")).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(E), "entities", len(R), "relations",
      sum(1 for e in E if not e.get("optional")), "required entities",
      sum(1 for r in R if not r.get("optional")), "required relations")
