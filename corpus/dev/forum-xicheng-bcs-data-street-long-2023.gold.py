"""Gold annotation of forum-xicheng-bcs-data-street-long-2023 (“马连道·茶·中国数据街”高质量发展论坛暨BCS网安产业投资生态论坛, 北京西城 2023-07-06, as reported by 嘶吼 RoarTalk), by hand per shared/eval/ANNOTATE.md (annotator annD13)."""
ID = "forum-xicheng-bcs-data-street-long-2023"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def sent(label):
    """the sentence (split at 。；！？ and line ends) that states the label"""
    for s in re.split(r"(?<=[。；！？\n])", text):
        if label in s:
            return ev(s.strip().lstrip("”’“").rstrip("；。”"))
    raise AssertionError(label)

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type == "Statistic" or label in text or any(a in text for a in aliases), label
    for a in aliases: assert a in text, a
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence=None, optional=False, by=(), opt_by=(), body=(), opt_body=(), tech=(), opt_tech=()):
    assert label in text, label
    e = ev(evidence) if evidence else sent(label)
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=optional, evidence=e)
    for p in by: rel(p, "proposes", id, optional=optional)
    for p in opt_by: rel(p, "proposes", id, optional=True)
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)
    for t in tech: rel(id, "involvesTechnology", t, optional=optional)
    for t in opt_tech: rel(id, "involvesTechnology", t, optional=True)

# Events and places
ent("forum", "Event", "“马连道·茶·中国数据街”高质量发展论坛",
    ["网安产业投资生态分论坛·共创汇", "BCS网安产业投资生态论坛", "网安产业投资生态分论坛", "共创汇"])  # one gathering under a joint name (暨)
ent("bcs", "Event", "2023北京网络安全大会", ["BCS2023"])
ent("makers", "Event", "BCS安全创客汇", ["创客汇"], optional=True)  # the sister activity, named in passing
ent("xicheng", "Place", "西城区", ["西城", "北京市西城区"])
ent("beijing", "Place", "北京", ["首都"], optional=True)  # only inside names and 首都数字经济
ent("maliandao", "Place", "马连道", optional=True)          # the street named in the forum's title
ent("finstreet", "Place", "金融街", optional=True)
rel("forum", "locatedIn", "xicheng", optional=True)  # implied (马连道, 创投智汇西城), not stated
rel("bcs", "locatedIn", "beijing", optional=True)
# Documents
ent("talk", "Document", "蜕变—进化—迈向新一代网络安全之路", optional=True)  # title of a keynote
# Technologies (fields only; optional as elsewhere in the corpus)
ent("netsec", "Technology", "网络安全", optional=True)
ent("datasec", "Technology", "数据安全", optional=True)
ent("digsec", "Technology", "数字安全", optional=True)

# Statistic (figure with digits)
ent("s-firms", "Statistic", "与会网安创企代表", value="100多家", evidence=ev("邀请网安领域100多家优秀网安创企代表"))

# Bodies and people
ent("xc-cpc", "Agency", "中共北京市西城区委")
ent("xc-sti", "Agency", "西城区科技和信息化局")
ent("bbdc", "Agency", "北京市大数据中心")
ent("bjeit", "Agency", "市经济和信息化局")  # 北京市经济和信息化局, written 市经济和信息化局
ent("bjeit-bd", "Agency", "大数据应用与产业处", ["市经济和信息化局大数据应用与产业处"])
rel("bjeit-bd", "subOrganizationOf", "bjeit")
ent("qax", "Organization", "奇安信集团", ["奇安信"])
ent("qax-ds", "Organization", "奇安信集团数据安全事业部", ["数据安全事业部"])
rel("qax-ds", "subOrganizationOf", "qax")
ent("dsj", "Organization", "数世咨询")
ent("wah", "Organization", "北京网安汇管理咨询有限公司")
ent("jit", "Organization", "吉大正元信息技术股份有限公司")
ent("cu", "Organization", "中国联通")
ent("cucap", "Organization", "联通资本")
rel("cucap", "subOrganizationOf", "cu", optional=True)  # implied by the paragraph, not stated
ent("bgas", "Organization", "北京市燃气集团有限责任公司")
ent("bgas-ia", "Organization", "北京市燃气集团有限责任公司信息档案中心", ["信息档案中心"])
rel("bgas-ia", "subOrganizationOf", "bgas")
ent("bse", "Organization", "北交所", optional=True)  # only inside the name of its base
ent("bse-fs", "Organization", "北交所金融街服务基地")
rel("bse-fs", "subOrganizationOf", "bse", optional=True)

P = [("zeng", "曾林峰", [("xc-cpc", "常委", False)]),
     ("tang", "唐建国", [("bbdc", "副主任", False), ("bjeit-bd", "处长", False)]),
     ("chen", "陈华平", [("qax", "副总裁", False)]),
     ("lisp", "李少鹏", [("dsj", "创始人", False)]),
     ("huang", "黄园", [("wah", "合伙人", False)]),
     ("tian", "田景成", [("jit", "副总裁", False)]),
     ("cheng", "程兰", [("cucap", "副总经理", False)]),
     ("liu", "刘洪亮", [("qax-ds", "总经理", False)]),
     ("wang", "王广清", [("bgas-ia", "主任", False)]),
     ("zhou", "周阳", [("bse-fs", "负责人", True)])]
for id, name, posts in P:
    ent(id, "Person", name)
    for o, post, opt in posts:
        rel(id, "holdsPost", o, optional=opt, post=post)
    rel(id, "speaksAt", "forum")
rel("talk", "publishedBy", "qax", optional=True)

# Goals
# the forum's own aims (reporter's words, no owner)
goal("f1", "共同研讨网络安全行业发展趋势及产业生态建设", opt_tech=("netsec",))
goal("f2", "赋能网络安全创业者", opt_tech=("netsec",))  # restated: 共创汇关注对网安创企的赋能成长; 为网安创企进行赋能
# 曾林峰 for 西城区
Z = dict(by=("zeng",), opt_body=("xc-cpc",))
goal("z0", "高度重视网络安全、数据安全", optional=True, opt_by=("zeng",), opt_body=("xc-cpc",), opt_tech=("netsec", "datasec"))
goal("z1", "着力筑牢数字西城的安全底座", **Z)
goal("z2", "全力做好惠企服务工作", **Z)
goal("z3", "以一流的营商环境助力辖区企业开展科技创新", **Z)
goal("z4", "加速发展壮大", **Z)
# 唐建国 on 西城区 (region as subject; no body has it)
goal("t1", "不断打造产业生态", by=("tang",), opt_body=("xc-cpc",))
goal("t2", "精心做成区域产业名片", by=("tang",), opt_body=("xc-cpc",))
goal("t3", "在首都数字经济安全屏障建设中，积极发挥更大作用", by=("tang",), opt_body=("xc-cpc",))
# 陈华平 on 奇安信's strategy
goal("c1", "推动扩大产业规模", by=("chen",), body=("qax",))
goal("c2", "促进与产品厂商和技术创新厂商的共同发展", by=("chen",), body=("qax",))
goal("c3", "夯实了网络强国建设的网络安全产业基础", optional=True, opt_by=("chen",), opt_body=("qax",), opt_tech=("netsec",))  # result, past tense
# 黄园: how security firms should recruit
H = dict(by=("huang",), opt_body=("wah",))
goal("h1", "规范企业自身的流程保密能力", **H)
goal("h2", "提高面试效果", **H)
goal("h3", "简化offer审批流程", **H)
goal("h4", "主动培养自己的招聘能力", **H)
goal("h5", "学会用招聘解决业务发展问题", **H)
# 田景成: what founders of security firms need
goal("j0", "要有刻苦精神", optional=True, opt_by=("tian",))
goal("j1", "不断创新不断奔跑", by=("tian",))
goal("j2", "快速占领市场", by=("tian",))
goal("j3", "建立企业的优势", by=("tian",))
goal("j4", "保持开放的心态", by=("tian",))
goal("j5", "不能给自己设立边界", optional=True, opt_by=("tian",))
# 中国联通 and 程兰
goal("u0", "勇担网络安全产业链长", optional=True, opt_body=("cu",), opt_tech=("netsec",))
goal("u1", "将“大安全”作为五大主责主业之一", body=("cu",))
goal("u2", "助力发挥链长融通带动", optional=True, opt_by=("cheng",), opt_body=("cucap",))  # work done, named in passing
goal("u3", "产业资本联合起来", by=("cheng",), opt_body=("cucap",))
goal("u4", "共同打造产品服务的试验田", by=("cheng",), opt_body=("cucap",))
goal("u5", "当好融合合作平台组织者", by=("cheng",), opt_body=("cucap",))
goal("u6", "共同建立产业资本服务体系", by=("cheng",), opt_body=("cucap",))
goal("u7", "共同助力网络安全产业高质量发展", by=("cheng",), opt_body=("cucap",), opt_tech=("netsec",))
# 刘洪亮
goal("l1", "构建可持续的数据安全生态系统", by=("liu",), opt_body=("qax-ds", "qax"), opt_tech=("datasec",))
# 王广清
goal("w1", "服务并保障甲方业务的发展和业务的安全", by=("wang",), opt_body=("bgas-ia",))
goal("w2", "将安全责任和意识放在第一位", by=("wang",), opt_body=("bgas-ia",))
goal("w3", "做有实效的产品", by=("wang",), opt_body=("bgas-ia",))
# 周阳 for the 北交所 base (我们将……)
Y = dict(by=("zhou",), body=("bse-fs",), opt_body=("bse",))
goal("y1", "进一步发挥国家金融管理中心功能优势", **Y)
goal("y2", "把握资本市场改革重大机遇", **Y)
goal("y3", "修订上市办法", **Y)
goal("y4", "为推动企业的创新发展及企业上市提供更加强大的保障", **Y)
goal("y5", "为基地内企业搭建交流展示平台", **Y)
goal("y6", "拓展业务应用场景", **Y)
# the two representatives
goal("x1", "鼓励支持欢迎优质企业落户西城", body=("xc-sti", "bse-fs"))
# the forum's effect for 西城区 (reporter; the region stands for its unnamed government)
goal("x2", "共建繁荣网安市场", opt_body=("xc-cpc",))
goal("x3", "共创良性网安生态", opt_body=("xc-cpc",))
# 共创汇 and 创客汇 (将)
goal("k1", "共同打造网安生态体系闭环")
goal("k2", "共同促进网安产业的繁荣发展")

# promotes (all optional: the bodies push security fields through their aims)
rel("xc-cpc", "promotes", "netsec", optional=True); rel("xc-cpc", "promotes", "datasec", optional=True)
rel("qax", "promotes", "netsec", optional=True); rel("qax-ds", "promotes", "datasec", optional=True)
rel("cu", "promotes", "netsec", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
