"""Writes briefing-cac-cyber-rule-of-law-conf-long-2023.gold.json beside it (hand annotation, annR16)."""
import json, pathlib
here = pathlib.Path(__file__).resolve().parent
ID = "briefing-cac-cyber-rule-of-law-conf-long-2023"
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
ent("cpc", "Agency", "党中央")
ent("zj-pc", "Agency", "浙江省委", ["中共浙江省委"])
ent("zj-prop", "Agency", "宣传部", ["浙江省委宣传部"])
ent("cac-system", "Agency", "全国网信系统", ["网信系统"], optional=True)
ent("xpcc", "Agency", "新疆生产建设兵团", optional=True)
for pid, p in [("zj", "浙江"), ("js", "江苏"), ("jx", "江西"), ("sd", "山东"), ("sc", "四川")]:
    ent("cac-" + pid, "Agency", p + "网信办", optional=True, check=False)
ent("wxzg", "Organization", "网信中国", ["“网信中国”微信公众号"])
ent("aqniu", "Organization", "安全牛", optional=True)
# People
ent("shengrh", "Person", "盛荣华")
ent("wanggang", "Person", "王纲")
ent("xi", "Person", "习近平", optional=True)   # inside 习近平法治思想 / 习近平总书记 / 以习近平同志为核心的党中央
# Events
ent("conf", "Event", "全国网络法治工作会议")
ent("cpc20", "Event", "党的二十大", ["二十大"])
ent("cpc18", "Event", "党的十八大", ["十八大"])
# Places
ent("zhejiang", "Place", "浙江", ["浙江省"])
ent("hangzhou", "Place", "杭州", ["杭州市"])
for pid, p in [("jiangsu", "江苏"), ("jiangxi", "江西"), ("shandong", "山东"), ("sichuan", "四川")]:
    ent(pid, "Place", p, optional=True)
ent("china", "Place", "中国", optional=True)   # only in 中国特色网络法治之路
# Technology
ent("internet", "Technology", "互联网", optional=True)

# Relations among agencies and people
rel("zj-prop", "subOrganizationOf", "zj-pc")
rel("shengrh", "holdsPost", "cac", post="副主任")
rel("shengrh", "holdsPost", "cac-state", post="副主任")
rel("wanggang", "holdsPost", "zj-pc", post="常委")
rel("wanggang", "holdsPost", "zj-prop", post="部长")
rel("shengrh", "speaksAt", "conf")
rel("wanggang", "speaksAt", "conf")
rel("conf", "locatedIn", "hangzhou")
rel("conf", "locatedIn", "zhejiang", optional=True)

# Goals: (id, label, evidence, optional, owner-kind)
# kind m = the meeting's purpose, agenda and acts (中央网信办, optional);
# p = past achievements of the 全国网信系统 (optional); t = tasks of 会议要求/会议强调 (中央网信办, required)
G = [
 # line 3: purpose and agenda
 ("m1", "深入学习宣传贯彻习近平法治思想和习近平总书记关于网络强国的重要思想",
  "为深入学习宣传贯彻习近平法治思想和习近平总书记关于网络强国的重要思想", True, "m"),
 ("m2", "全面学习、全面把握、全面落实党的二十大精神", "全面学习、全面把握、全面落实党的二十大精神", True, "m"),
 ("m3", "总结回顾新时代十年网络法治建设的成效经验", "总结回顾新时代十年网络法治建设的成效经验", True, "m"),
 ("m4", "分析网络法治工作面临的形势任务", "分析网络法治工作面临的形势任务", True, "m"),
 ("m5", "研究部署2023年网络法治工作", "研究部署2023年网络法治工作", True, "m"),
 # line 4: past work
 ("p1", "深入学习贯彻习近平总书记关于网络法治的重要论述", "全国网信系统深入学习贯彻习近平总书记关于网络法治的重要论述", True, "p"),
 ("p2", "着力加强统筹协调", "着力加强统筹协调，网络空间法治化全面加速", True, "p"),
 # line 5: 会议要求
 ("r1", "加强统筹、做好谋划", "网络法治工作要加强统筹、做好谋划", False, "t"),
 ("r1a", "树牢“一张网”“一盘棋”工作理念", "树牢“一张网”“一盘棋”工作理念", False, "t"),
 ("r1b", "用好网络法治工作协调机制", "用好网络法治工作协调机制", False, "t"),
 ("r1c", "加强立法规划计划衔接", "加强立法规划计划衔接", False, "t"),
 ("r1d", "提升依法行政能力水平", "提升依法行政能力水平", False, "t"),
 ("r1e", "构建法治宣传工作体系", "构建法治宣传工作体系", False, "t"),
 ("r2", "网络立法要主动作为、提质增效", "网络立法要主动作为、提质增效", False, "t"),
 ("r2a", "加快重点网络立法进程", "加快重点网络立法进程", False, "t"),
 ("r2b", "丰富管网治网手段", "丰富管网治网手段", False, "t"),
 ("r2c", "建立基层网络立法联系点", "建立基层网络立法联系点", False, "t"),
 ("r2d", "深化网信领域党内法规建设", "深化网信领域党内法规建设", False, "t"),
 ("r3", "网络法治宣传要入脑走心、出新出彩", "网络法治宣传要入脑走心、出新出彩", False, "t"),
 ("r3a", "打造普法品牌", "围绕全国网络普法工作体系和运行机制建设，打造普法品牌", False, "t"),
 ("r3b", "构建网络法治宣传矩阵", "构建网络法治宣传矩阵", False, "t"),
 ("r3c", "提升普法实效", "提升普法实效", False, "t"),
 ("r3d", "开展针对性普法宣传", "开展针对性普法宣传", False, "t"),
 ("r3e", "创新普法手段", "创新普法手段", False, "t"),
 ("r3f", "增强优质内容供给", "增强优质内容供给", False, "t"),
 ("r4", "网络法治研究要立足实际、着眼长远", "网络法治研究要立足实际、着眼长远", False, "t"),
 ("r4a", "夯实工作基础", "夯实工作基础", False, "t"),
 ("r4b", "加强调查研究", "加强调查研究", False, "t"),
 ("r4c", "开展前瞻研究", "开展前瞻研究", False, "t"),
 ("r4d", "做好成果转化", "做好成果转化", False, "t"),
 ("r4e", "注重内外衔接", "注重内外衔接", False, "t"),
 ("r4f", "充实研究储备", "充实研究储备", False, "t"),
 ("r5", "网信系统法治政府建设要科学规范、扎实推进", "网信系统法治政府建设要科学规范、扎实推进", False, "t"),
 ("r5a", "全面贯彻法治政府建设部署要求", "全面贯彻法治政府建设部署要求", False, "t"),
 ("r5b", "推进管网治网各项工作规范化、制度化、科学化", "推进管网治网各项工作规范化、制度化、科学化", False, "t"),
 ("r5c", "依法有效化解各类涉网矛盾纠纷", "依法有效化解各类涉网矛盾纠纷", False, "t"),
 # line 6: 会议强调
 ("s0a", "落实全面依法治国", "落实全面依法治国、推进网络强国建设、提升互联网治理能力和水平", False, "t"),
 ("s0b", "推进网络强国建设", "落实全面依法治国、推进网络强国建设、提升互联网治理能力和水平", False, "t"),
 ("s0c", "提升互联网治理能力和水平", "落实全面依法治国、推进网络强国建设、提升互联网治理能力和水平", False, "t"),
 ("s1", "坚持以习近平法治思想为指导",
  "必须坚持以习近平法治思想和习近平总书记关于网络强国的重要思想特别是总书记关于网络法治的重要论述为指导", False, "t"),
 ("s2", "坚持推动党管互联网原则与依法管网治网有机统一", "坚持推动党管互联网原则与依法管网治网有机统一", False, "t"),
 ("s3", "坚持网络法治为了人民、依靠人民", "坚持网络法治为了人民、依靠人民", False, "t"),
 ("s4", "坚持法治实践创新", "坚持法治实践创新、提升管网治网效能", False, "t"),
 ("s4b", "提升管网治网效能", "坚持法治实践创新、提升管网治网效能", False, "t"),
 ("s5", "坚持以良法促进发展、保障善治", "坚持以良法促进发展、保障善治", False, "t"),
 ("s6", "坚持开放发展", "坚持开放发展、促进国际交流合作", False, "t"),
 ("s6b", "促进国际交流合作", "坚持开放发展、促进国际交流合作", False, "t"),
 ("s7", "全面提升网信工作法治化水平", "全面提升网信工作法治化水平", False, "t"),
 ("s8", "为建设网络强国、数字中国提供高质量法治保障", "为建设网络强国、数字中国提供高质量法治保障", False, "t"),
 # line 7: done at the meeting
 ("m6", "通报2022年网络法治工作情况", "会议通报了2022年网络法治工作情况", True, "m"),
 ("m7", "通报全国网信系统2022年度网络普法优秀案例名单", "全国网信系统2022年度网络普法优秀案例名单", True, "m"),
]
TECH = {"s0c": "internet", "s2": "internet"}
for gid, label, evid, opt, kind in G:
    ent(gid, "Goal", label, optional=opt, check=False, evidence=ev(evid))
    rel("cac", "hasGoal", gid, optional=opt or kind == "p")
    if kind == "t":
        rel("shengrh", "proposes", gid, optional=True)
    if kind == "p":
        rel("cac-system", "hasGoal", gid, optional=True)
    if gid in TECH:
        rel(gid, "involvesTechnology", TECH[gid], optional=True)

out = {"document": ID, "text": ID + ".txt", "language": "zh", "entities": E, "relations": R}
ids = [e["id"] for e in E]; assert len(ids) == len(set(ids))
(here / (ID + ".gold.json")).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(E), "entities", len(R), "relations",
      sum(1 for e in E if not e.get("optional")), "required entities",
      sum(1 for r in R if not r.get("optional")), "required relations")
