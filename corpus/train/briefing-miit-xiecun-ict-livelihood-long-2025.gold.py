"""Writes briefing-miit-xiecun-ict-livelihood-long-2025.gold.json beside it (hand annotation, ann41)."""
import json, pathlib
here = pathlib.Path(__file__).resolve().parent
ID = "briefing-miit-xiecun-ict-livelihood-long-2025"
text = (here / (ID + ".txt")).read_text(encoding="utf-8")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type in ("Statistic", "Goal") or label in text or any(a in text for a in aliases), label
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=()):
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence or label))
    for p in by: rel(p, "proposes", id, optional=optional)
    for p in opt_by: rel(p, "proposes", id, optional=True)
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)
    for t in tech: rel(id, "involvesTechnology", t, optional=optional)

# Agencies / organisations
ent("scio", "Agency", "国务院新闻办", ["国务院新闻办公室", "国新办"])
ent("miit", "Agency", "工业和信息化部", ["工信部", "中华人民共和国工业和信息化部"])
ent("miit-ops", "Agency", "运行监测协调局", ["工业和信息化部运行监测协调局", "工信部运行监测协调局"])
ent("miit-ict", "Agency", "信息通信发展司", ["工业和信息化部信息通信发展司", "工信部信息通信发展司"])
ent("cpc-cc", "Agency", "党中央", ["中共中央"], optional=True)
ent("sc", "Agency", "国务院", optional=True)
ent("rmydb", "Organization", "人民邮电报", ["《人民邮电报》"])
ent("cis-mag", "Organization", "中国信息安全", ["《中国信息安全》"], optional=True)
rel("miit-ops", "subOrganizationOf", "miit")
rel("miit-ict", "subOrganizationOf", "miit")
# People
ent("zhangyunming", "Person", "张云明")
ent("taoqing", "Person", "陶青")
ent("xiecun", "Person", "谢存")
rel("zhangyunming", "holdsPost", "miit", post="副部长")
rel("taoqing", "holdsPost", "miit-ops", post="局长")
rel("xiecun", "holdsPost", "miit-ict", post="司长")
# Events
ent("presser", "Event", "“中国经济高质量发展成效”系列新闻发布会", ["中国经济高质量发展成效系列新闻发布会", "“中国经济高质量发展成效”系列新闻发布会"])
for p in ["zhangyunming", "taoqing", "xiecun"]:
    rel(p, "speaksAt", "presser")
ent("elder-campaign", "Event", "“数字适老中国行”活动", ["数字适老中国行"], optional=True)
# Documents
ent("emerg-op", "Document", "加强极端场景应急通信能力建设的意见", ["《加强极端场景应急通信能力建设的意见》"])
rel("emerg-op", "publishedBy", "miit")
# Places
ent("china", "Place", "中国", ["全国"], optional=True)
# Technologies
ent("digital-tech", "Technology", "数字技术")
ent("internet", "Technology", "互联网", ["公共互联网"], optional=True)
ent("ict", "Technology", "信息通信", optional=True)
ent("super-bs", "Technology", "超级基站", optional=True)
ent("drone", "Technology", "应急通信无人机", ["无人机"], optional=True)
ent("emerg-comm", "Technology", "应急通信", optional=True)
ent("app-platform", "Technology", "全国APP检测及认证公共服务平台", optional=True)
rel("miit", "promotes", "digital-tech")
rel("miit", "promotes", "super-bs", optional=True)
rel("miit", "promotes", "emerg-comm", optional=True)
rel("miit", "promotes", "drone", optional=True)

# Statistics (reported figures)
S = [("s-online", "APP和客服热线等线上渠道业务办理量占比", "超90%"),
     ("s-online-up", "线上渠道业务办理量占比同比提升", "10个百分点"),
     ("s-halls", "支持跨省通办的营业厅", "3万家"),
     ("s-elder", "完成适老化及无障碍改造的网站和APP", "3000余家"),
     ("s-bs", "在灾害易发多发地区改建超级基站", "1200余个"),
     ("s-drone", "配置应急通信无人机", "87架"),
     ("s-staff", "累计出动人员", "152万人次"),
     ("s-veh", "累计出动车辆", "53万辆次"),
     ("s-gen", "累计出动油机", "85万台次"),
     ("s-apps", "全年责令整改和通报下架APP", "5200余款"),
     ("s-pass", "在架APP抽检合格率同比提升", "5个百分点"),
     ("s-dnd", "“来电来信免打扰”服务用户", "9.7亿"),
     ("s-threat", "发现并消除公共互联网安全威胁", "1.5万余个"),
     ("s-query", "“一证通查”累计接受用户查询", "2亿余次")]
for sid, label, value in S:
    assert value in text, value
    ent(sid, "Statistic", label, value=value)
ent("s-depts", "Statistic", "联合制定出台意见的部门", value="13个", optional=True)

X = dict(by=("xiecun",), body=("miit",))
XO = dict(optional=True, opt_by=("xiecun",), opt_body=("miit",))
L = text.split("\n")
# Line 4: continuing principles of the sector, as Xie Cun states them
goal("c1", "坚持以人民为中心的发展思想", by=("xiecun",), opt_body=("miit",))
goal("c2", "统筹发展和安全", by=("xiecun",), opt_body=("miit",))
goal("c3", "努力让人民群众在信息化发展中有更多获得感、幸福感和安全感", by=("xiecun",), opt_body=("miit",))
# Line 4: the ministry's work in 2024 (past, optional)
goal("p1", "深入贯彻落实党中央、国务院决策部署", **XO)
goal("p2", "切实履行信息通信业行业主管部门职责", **XO)
goal("p3", "积极为行业发展营造良好环境", **XO)
# Lines 5-8: measures of 2024 (past, optional)
goal("m1", "推动基础电信企业进一步提升电信业务线上办、异地办能力", **XO)
goal("m2", "开展“数字适老中国行”活动", **XO)
goal("m3", "助力老年人群体跨越“数字鸿沟”、乐享“数智生活”", **XO)
goal("m4", "制定出台《加强极端场景应急通信能力建设的意见》", **XO)
goal("m5", "全力保障抢险救灾“生命线、保障线、指挥线”", **XO)
goal("m6", "建成全国APP检测及认证公共服务平台", **XO)
goal("m7", "常态化开展APP检测", **XO)
goal("m8", "着力整治弹窗关不掉、“摇一摇”乱跳转等突出问题", **XO)
goal("m9", "加大非应邀商业电子信息治理力度", **XO)
goal("m10", "用心守护人民群众安宁生活", **XO)
goal("m11", "深化关键信息基础设施安全保护", **XO)
goal("m12", "健全电信领域数据安全保护制度", **XO)
goal("m13", "切实加强重点业务场景数据安全管理和个人信息保护", **XO)
goal("m14", "“一证通查”服务实现主流互联网应用全覆盖", "“一证通查”服务再迎重磅升级，实现主流互联网应用全覆盖", **XO)
# Line 3: the theme the three officials presented (a national aim, doubtful as the ministry's goal here)
goal("t1", "大力推进新型工业化", optional=True, opt_by=("zhangyunming", "taoqing", "xiecun"), opt_body=("miit",))
goal("t2", "推动经济高质量发展", optional=True, opt_by=("zhangyunming", "taoqing", "xiecun"), opt_body=("miit",))
# Line 9: next steps (下一步), stated by Xie Cun for the ministry
goal("f0", "着眼更好满足人民对美好数字生活的向往", **X)
goal("f1", "进一步全面深化改革", **X)
goal("f2", "不断提升信息通信业治理水平", **X)
goal("f3", "加快数字技术与居民消费场景深度融合", tech=("digital-tech",), **X)
goal("f4", "助力政务、教育、医疗等公共服务公平可及", **X)
goal("f5", "完善电信和互联网服务标准规范", **X)
goal("f6", "2025年力争全面实现电信业务线上办", **X)
goal("f7", "深入推进网站和APP适老化改造", **X)
goal("f8", "引导行业企业推出更多便民惠民服务", **X)
goal("f9", "完善APP全链条治理长效机制", **X)
goal("f10", "筑牢开发运营、应用分发、终端运行“三道防线”", **X)
rel("f5", "involvesTechnology", "internet", optional=True)
rel("m11", "involvesTechnology", "internet", optional=True)
rel("m14", "involvesTechnology", "internet", optional=True)

out = {"document": ID, "text": ID + ".txt", "language": "zh", "entities": E, "relations": R}
ids = [e["id"] for e in E]; assert len(ids) == len(set(ids))
(here / (ID + ".gold.json")).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(E), "entities", len(R), "relations",
      sum(1 for e in E if not e.get("optional")), "required entities",
      sum(1 for r in R if not r.get("optional")), "required relations")
