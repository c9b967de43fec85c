"""Gold annotation of forum-westlake-industrial-data-security-long-2023 (2023西湖论剑·工业领域网络和数据安全论坛召开), by hand per shared/eval/ANNOTATE.md (annotator ann32)."""
ID = "forum-westlake-industrial-data-security-long-2023"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def sent(label):
    """the sentence (split at 。；！？ and line ends) that states the label"""
    for s in re.split(r"(?<=[。；！？\n])", text):
        if label in s:
            return ev(s.strip().rstrip("；。"))
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
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=(), opt_tech=()):
    """a Goal; evidence defaults to the sentence stating it; by = proposers, body = hasGoal subjects"""
    assert label in text, label
    assert 4 <= len(label) <= 30, label
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
ent("forum", "Event", "2023西湖论剑•数字安全大会工业领域网络和数据安全论坛",
    ["2023西湖论剑·工业领域网络和数据安全论坛", "工业领域网络和数据安全论坛"])
ent("dsc", "Event", "2023西湖论剑•数字安全大会", ["西湖论剑"], optional=True)  # named only as part of the forum's name
ent("rt", "Event", "《能源领域数字化进程中的网络和数据安全》圆桌讨论会", ["能源领域数字化进程中的网络和数据安全", "圆桌论坛"], optional=True)  # a session of the forum
ent("sign", "Event", "服装领域数字化安全战略合作仪式", optional=True)
ent("hangzhou", "Place", "杭州")
ent("china", "Place", "我国", optional=True)
rel("forum", "locatedIn", "hangzhou")
rel("dsc", "locatedIn", "hangzhou", optional=True)
# Documents
ent("d-16", "Document", "工业和信息化部等十六部门关于促进数据安全产业发展的指导意见",
    ["《工业和信息化部等十六部门关于促进数据安全产业发展的指导意见》"])
ent("d-grade", "Document", "工业互联网企业网络安全分类分级指南（试行）", ["《工业互联网企业网络安全分类分级指南（试行）》"])
ent("d-data", "Document", "工业和信息化领域数据安全管理办法（试行）", ["《工业和信息化领域数据安全管理办法（试行）》", "管理办法"])
ent("t-jing", "Document", "新工业、新数字、新安全—工业领域网络和数据安全场景实践",
    ["《新工业、新数字、新安全—工业领域网络和数据安全场景实践》"], optional=True)  # title of a talk, in 《》
# Government bodies and public institutions
ent("miit", "Agency", "工业和信息化部")
rel("d-16", "publishedBy", "miit")  # the title names the issuer (工业和信息化部等十六部门)
ent("miit-exam", "Agency", "工业和信息化部教育与考试中心", ["教育与考试中心"])
rel("miit-exam", "subOrganizationOf", "miit")
ent("zj-eit", "Agency", "浙江省经济和信息化厅")
ent("cics", "Agency", "国家工业信息安全发展研究中心")
ent("cics-ind", "Agency", "产业促进所", ["国家工业信息安全发展研究中心产业促进所"])
ent("cics-sec", "Agency", "保障技术所", ["国家工业信息安全发展研究中心保障技术所"])
rel("cics-ind", "subOrganizationOf", "cics")
rel("cics-sec", "subOrganizationOf", "cics")
ent("mem", "Agency", "应急管理部")
ent("mem-rc", "Agency", "应急管理部研究中心")
rel("mem-rc", "subOrganizationOf", "mem")
# Companies, universities, associations, laboratories
ent("dbapp", "Organization", "安恒信息", ["安恒"])
ent("dbapp-cu", "Organization", "安恒信息联通集团事业部")
rel("dbapp-cu", "subOrganizationOf", "dbapp")
ent("zju", "Organization", "浙江大学")
ent("huadian", "Organization", "华电电力科学研究院有限公司")
ent("cu", "Organization", "中国联通", ["中国联合网络通信有限公司"])
ent("cu-ri", "Organization", "中国联通研究院", ["中国联合网络通信有限公司研究院"])
rel("cu-ri", "subOrganizationOf", "cu")
ent("cu-ri-iii", "Organization", "工业互联网研究部", ["中国联通研究院工业互联网研究部"])
rel("cu-ri-iii", "subOrganizationOf", "cu-ri")
ent("cu-garment", "Organization", "中国联通服装制造军团")
rel("cu-garment", "subOrganizationOf", "cu")
ent("cudt", "Organization", "联通数字科技有限公司")
rel("cudt", "subOrganizationOf", "cu", optional=True)  # implied only (林海 介绍了中国联通在工业领域的数据安全实践)
ent("cudt-di", "Organization", "数据智能事业部", ["联通数字科技有限公司数据智能事业部"])
rel("cudt-di", "subOrganizationOf", "cudt")
ent("cudt-5g", "Organization", "5G应用安全创新中心", ["联通数字科技有限公司5G应用安全创新中心"])
rel("cudt-5g", "subOrganizationOf", "cudt")
ent("antelope", "Organization", "羚羊工业互联网股份有限公司")
ent("qiyang", "Organization", "北京其阳华夏科技有限公司")
ent("cnga", "Organization", "中国服装协会")
ent("hempel", "Organization", "汉帛国际集团")
ent("lab", "Organization", "工业互联网安全联合创新实验室")
ent("cimi", "Organization", "机械工业仪器仪表综合技术经济研究所")
ent("cimi-fs", "Organization", "功能安全中心", ["机械工业仪器仪表综合技术经济研究所功能安全中心"])
rel("cimi-fs", "subOrganizationOf", "cimi")
ent("sxcc-cloud", "Organization", "山西焦煤集团云数据科技有限公司")
ent("sxcc", "Organization", "山西焦煤集团", optional=True)  # named only inside its subsidiary's name
rel("sxcc-cloud", "subOrganizationOf", "sxcc", optional=True)
ent("pipe-sw", "Organization", "国家管网集团西南管道有限责任公司")
ent("pipechina", "Organization", "国家管网集团", optional=True)  # named only inside its subsidiary's name
rel("pipe-sw", "subOrganizationOf", "pipechina", optional=True)
# People: (id, name, aliases, [(body, post, optional)], speaks: True / None = optional / False)
P = [("haozq", "郝志强", [], [("miit-exam", "主任", False)], False),
     ("liyw", "李永伟", ["李总工"], [("zj-eit", "总工程师", False)], True),
     ("huangp", "黄鹏", [], [("cics", "总工程师", False)], True),
     ("fany", "范渊", [], [("dbapp", "董事长", False)], False),
     ("liwt", "李文婷", [], [("cics-ind", "所长", False)], None),  # chaired the forum
     ("hedc", "贺定超", [], [("mem-rc", "学术委员会主任", False)], True),
     ("lij", "李俊", [], [("cics-sec", "所长", False)], True),
     ("wangwh", "王文海", [], [("zju", "求是特聘教授", True)], True),
     ("yangxw", "杨晓伟", [], [("cics-ind", "研究部主任", False)], True),
     ("jingk", "井柯", [], [("dbapp", "副总裁", False)], True),
     ("weiw", "蔚伟", [], [("huadian", "首席专家", False)], True),
     ("linh", "林海", [], [("cudt-di", "安全合规部总经理", False), ("cudt", "数据智能事业部安全合规部总经理", True)], True),
     ("zhangzj", "张致江", [], [("antelope", "副总裁兼CTO", False)], True),
     ("wangl", "王磊", [], [("qiyang", "副总经理", False)], True),
     ("jiaop", "焦培", [], [("cnga", "副会长兼秘书长", False)], False),  # witnessed the signing
     ("gaom", "高敏", [], [("hempel", "总裁", False)], False),
     ("fanw", "樊伟", [], [("cu-garment", "CEO", False)], False),
     ("yexy", "叶晓煜", [], [("cu-ri", "副院长", False)], False),
     ("yep", "叶鹏", [], [("dbapp", "副总裁", False)], True),
     ("zhouxl", "周晓龙", [], [("cu-ri-iii", "总监", False)], True),  # signed, and spoke at the round table
     ("kew", "柯玮", [], [("dbapp-cu", "总经理", False)], False),
     ("liuy", "刘瑶", [], [("cimi-fs", "副主任", False)], None),  # chaired the round table
     ("jiangxy", "蒋小燕", [], [("cudt-5g", "高级总监", False)], True),
     ("liyj", "李亚君", [], [("sxcc-cloud", "总经理", False)], True),
     ("xudt", "徐德腾", [], [("pipe-sw", "生产运营处科长", False)], True)]
for id, n, al, posts, speaks in P:
    ent(id, "Person", n, al)
    for org, post, opt in posts:
        rel(id, "holdsPost", org, post=post, optional=opt)
    if speaks is not False:
        rel(id, "speaksAt", "forum", optional=speaks is None)
        rel(id, "speaksAt", "dsc", optional=True)  # the forum is part of the 数字安全大会
for p in ("yep", "jiangxy", "zhouxl", "liyj", "xudt", "liuy"):
    rel(p, "speaksAt", "rt", optional=True)
# Technologies
ent("ai", "Technology", "人工智能")
ent("bigdata", "Technology", "大数据")
ent("cloud", "Technology", "云计算")
ent("iot", "Technology", "物联网")
ent("5g", "Technology", "5G")
ent("iiot", "Technology", "工业互联网")
ent("blockchain", "Technology", "区块链")
for id, l in [("ics", "工控系统"), ("endo", "内生安全"), ("active-def", "主动防御"), ("cybersec", "网络安全"),
              ("datasec-tech", "数据安防技术"), ("digital-tech", "数字化创新技术")]:
    ent(id, "Technology", l, optional=True)

# The policies' stated aims (line 6)
d = lines[5].split("。")[1]
for id, l in [("p1", "给工业网络安全防护提供指引"), ("p2", "推动完善国内工业信息安全体系"), ("p3", "促进产业发展")]:
    goal(id, l, d, opt_body=["d-16", "d-grade", "d-data"])
# 李永伟 (浙江省经济和信息化厅): problems named in his address (optional), then his proposals
L = dict(by=["liyw"], body=["zj-eit"])
l0 = lines[6].split("”")[0]
for id, l in [("l01", "关键信息基础设施保障体系有待进一步完善"), ("l02", "关键核心技术等方面受制于人局面有待进一步改变")]:
    goal(id, l, l0, optional=True, opt_by=["liyw"], opt_body=["zj-eit"])
l1 = "要构筑领先的工业领域的数据安全的阵营，加强对工业领域网络以及数据安全的创新投入，加快研究和应用社会工业场景的数据安防技术，提升数据安全产业的基础能力"
goal("l1", "构筑领先的工业领域的数据安全的阵营", l1, **L)
goal("l2", "加强对工业领域网络以及数据安全的创新投入", l1, **L)
goal("l3", "加快研究和应用社会工业场景的数据安防技术", l1, opt_tech=["datasec-tech"], **L)
goal("l4", "提升数据安全产业的基础能力", l1, **L)
# 黄鹏 (国家工业信息安全发展研究中心)
H = dict(by=["huangp"], body=["cics"])
h0 = "我们必须统筹发展和安全，坚持底线思维，筑牢安全底座，为推进新型工业化的发展做好保驾护航"
for id, l in [("h01", "统筹发展和安全"), ("h02", "坚持底线思维"), ("h03", "筑牢安全底座"), ("h04", "为推进新型工业化的发展做好保驾护航")]:
    goal(id, l, h0, **H)
h1 = "黄鹏建议产业界加强工业领域安全建设的扶持力度，完善工业领域网络和数据安全政策标准体系，提升国家级工业领域网络和数据安全保障能力，形成一体化威胁信息和风险协同处置体系"
for id, l in [("h1", "加强工业领域安全建设的扶持力度"), ("h2", "完善工业领域网络和数据安全政策标准体系"),
              ("h3", "提升国家级工业领域网络和数据安全保障能力"), ("h4", "形成一体化威胁信息和风险协同处置体系")]:
    goal(id, l, h1, **H)
# 贺定超 (应急管理部研究中心)
D = dict(by=["hedc"], opt_body=["mem-rc"])
d0 = "亟需提高科技信息化水平，强化风险监测预警预报，增强风险早期感知、早期识别、早期预警、早期发布能力，提高安全治理水平"
for id, l in [("d1", "提高科技信息化水平"), ("d2", "强化风险监测预警预报"), ("d3", "增强风险早期感知、早期识别、早期预警、早期发布能力"),
              ("d4", "提高安全治理水平")]:
    goal(id, l, d0, **D)
# 李俊 on the 管理办法 (what it has done: optional)
goal("j1", "重点解决了工业和信息化领域数据安全", lines[9].split("。")[1], optional=True, opt_by=["lij"], opt_body=["d-data"])
# the reporter's framing of 王文海's talk, then 王文海
goal("n1", "构建主动防御能力", "在新型工业化的趋势下，构建主动防御能力，强化网络安全防护势在必行", opt_tech=["active-def"])
goal("n2", "强化网络安全防护", "在新型工业化的趋势下，构建主动防御能力，强化网络安全防护势在必行")
W = dict(by=["wangwh"], opt_body=["zju"])
w0 = lines[10].split("。")[1]
goal("w1", "突破工控系统威胁态势感知与异常检测", w0, opt_tech=["ics", "endo", "active-def"], **W)
goal("w2", "解决未知隐匿攻击、“有毒带菌”器件、综合安全构建等难题", w0, **W)
goal("w3", "助力国家关键基础设施综合安全防护", w0, **W)
# 杨晓伟: 研提产业发展趋势、建议 (no goal stated)
# the reporter's framing of the practice session (line 14)
goal("n0", "实现知识的联合分析、信息汇总、系统互联", lines[13].split("。")[0], optional=True, opt_tech=["5g", "iiot", "blockchain"])
n3 = "只有强化网络安全技术的创新，才能真正在实践中保护好工业网络和数据的安全"
goal("n3", "强化网络安全技术的创新", n3)
goal("n4", "保护好工业网络和数据的安全", n3)
# section headings (optional)
goal("sh1", "护航新型工业化安全发展", "政策引领 护航新型工业化安全发展", optional=True)
goal("sh2", "铸就新工业、新数字、新安全", "全场景实践 铸就新工业、新数字、新安全", optional=True)
goal("sh3", "谱写数字安全新篇章", lines[16], optional=True)
# 井柯 (安恒信息)
J = dict(by=["jingk"], body=["dbapp"])
j0 = lines[14]
goal("k1", "广泛覆盖监管、合规、业务、数据等方面", j0, **J)
goal("k2", "分别面向监管单位、企业单位、第三方厂商等对象", j0, **J)
goal("k3", "通过安全数据聚合、安全能力编排、安全联动处置等技术实现", j0, **J)
goal("k4", "更好地护航新型工业化的发展", j0, **J)
# 蔚伟 (华电电力科学研究院), 王磊 (其阳华夏): talk topics
v0 = lines[15].split("。")[0]
goal("v1", "提出新的研究研究方向", v0, optional=True, opt_by=["weiw"], opt_body=["huadian"])
goal("v2", "探讨新的解决方案", v0, optional=True, opt_by=["weiw"], opt_body=["huadian"])
goal("v3", "助力国家能源安全", v0, by=["weiw"], opt_body=["huadian"])
goal("v4", "安全基础硬件助力应对工业互联网安全挑战", lines[15].split("。")[1], optional=True,
     opt_by=["wangl"], opt_body=["qiyang"], opt_tech=["iiot"])
# the reporter's framing of the cooperation session (line 18)
c0 = lines[17]
for id, l in [("c1", "规范数据流动"), ("c2", "构筑网络安全屏障"), ("c3", "加强产业协同"), ("c4", "多方发力共同面对挑战")]:
    goal(id, l, c0)
# the garment-industry signing: 汉帛国际集团, 安恒信息, 中国联通服装制造军团
S = dict(body=["hempel", "dbapp", "cu-garment"], opt_body=["cu"], opt_by=["gaom", "fany", "fanw"])
s0 = lines[18]
goal("s1", "携手面对服装产业的数字化安全难题", s0, **S)
goal("s2", "在服装行业数字化转型的安全建设等方面开展合作", s0, **S)
goal("s3", "打造服装业数字化转型中的网络和数据安全建设样板", s0, **S)
goal("s4", "用新战略为行业高质量发展保驾护航", s0, **S)
# the joint laboratory: 中国联通 and 安恒信息
B = dict(body=["cu", "dbapp"], opt_body=["cu-ri"], opt_by=["zhouxl", "kew"])
goal("b1", "共同组建工业互联网安全联合创新实验室", lines[19].split("。")[0], tech=["iiot"], **B)
b2 = lines[19].split("。")[2]
goal("b2", "进一步深化在技术研发及行业应用领域的合作", b2, **B)
goal("b3", "拓展更多场景下的企业内生安全需求", b2, opt_tech=["endo"], **B)
# the round table's conclusions (与会嘉宾认为)
r0 = lines[20].split("。")[1]
for id, l in [("r1", "增强能源系统网络安全保障能力"), ("r2", "推动能源数据分类分级管理和共享应用"), ("r3", "强化数据共享中的风险识别和防护"),
              ("r4", "在供应侧实现安全协同"), ("r5", "实现业务发展与数据安全的平衡")]:
    goal(id, l, r0)
# 叶鹏 (安恒信息)
Y = dict(by=["yep"], body=["dbapp"])
y0 = lines[21].split("。")[0]
goal("y1", "跨机构协同", y0, **Y)
goal("y2", "持续积累和共享知识、经验、技术与最佳实践", y0, **Y)
goal("y3", "达成企业侧和政府侧，供应侧和需求侧的双向赋能", y0, **Y)
y1 = lines[21].split("。")[1]
goal("y4", "为企业侧提供“全栈”的安全解决方案", y1, **Y)
goal("y5", "为监管侧提供“大小双循环”的安全保障机制", y1, **Y)
goal("y6", "达成以能力为导向的新型工业化数字安全生态", y1, **Y)
# the guests' shared conclusion (line 23)
e0 = lines[22].split("。")[1]
for id, l in [("e1", "强化网络安全场景化创新"), ("e2", "携手加强生态合作"), ("e3", "共创产业数字化新格局")]:
    goal(id, l, e0)
# promotes
rel("dbapp", "promotes", "iiot")
rel("cu", "promotes", "iiot")
rel("antelope", "promotes", "ai", optional=True)       # topic: 基于人工智能和大数据双引擎的工业互联网安全实战
rel("antelope", "promotes", "bigdata", optional=True)
rel("antelope", "promotes", "iiot", optional=True)
rel("zj-eit", "promotes", "datasec-tech", optional=True)
rel("zju", "promotes", "ics", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
