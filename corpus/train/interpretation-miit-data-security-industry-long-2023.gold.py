"""Gold annotation of interpretation-miit-data-security-industry-long-2023 (《关于促进数据安全产业发展的指导意见》重点问题回应), by hand per shared/eval/ANNOTATE.md (annotator ann5)."""
ID = "interpretation-miit-data-security-industry-long-2023"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def sent(label, after=None):
    """the sentence (split at 。；！？： and line ends) that states the label; after = a string that must precede it"""
    start = text.index(after) if after else 0
    for s in re.split(r"(?<=[。；！？：\n])", text[start:]):
        if label in s:
            return ev(s.strip().rstrip("；。"))
    raise AssertionError(label)

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type == "Statistic" or label in text or any(a in text for a in aliases), label
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

# Agencies, organisations, people, events
ent("miit", "Agency", "工业和信息化部", ["工信部"])
ent("cac", "Agency", "国家互联网信息办公室", ["国家网信办"])
ent("cpc", "Agency", "党中央")
ent("sc", "Agency", "国务院")
ent("miit-web", "Organization", "工信部网站", optional=True)
ent("coord", "Organization", "国家数据安全工作协调机制", optional=True)
ent("xi", "Person", "习近平", optional=True)
ent("congress18", "Event", "党的十八大", ["十八大"])
ent("china", "Place", "中国", ["我国"], optional=True)
# Documents
ent("dsi", "Document", "工业和信息化部等十六部门关于促进数据安全产业发展的指导意见",
    ["关于促进数据安全产业发展的指导意见", "指导意见"])
rel("dsi", "publishedBy", "miit"); rel("dsi", "publishedBy", "cac")
ent("dsl", "Document", "数据安全法")
ent("pipl", "Document", "个人信息保护法")
ent("std", "Document", "数据安全工程技术人员国家职业标准", optional=True)
# Technologies: the text names fields, not technologies; all optional
TECH = [("ds", "数据安全", ("数据安全技术",)), ("ns", "网络安全", ()), ("ic", "集成电路", ()),
        ("sw", "软件", ()), ("dt", "数字技术", ())]
for id, l, al in TECH:
    ent(id, "Technology", l, al, optional=True)

def G(id, label, after=None, opt=False, evidence=None, tech=()):
    """a goal of the guideline (required) and of its two issuing agencies (optional)"""
    assert label in text, label
    e = ev(evidence) if evidence else sent(label, after)
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=opt, evidence=e)
    rel("dsi", "hasGoal", id, optional=opt)
    rel("miit", "hasGoal", id, optional=True)
    rel("cac", "hasGoal", id, optional=True)
    for t in tech:
        rel(id, "involvesTechnology", t, optional=True)

H = ["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、"]
def sec(n):
    """the first line of section n (1-based)"""
    return next(l for l in lines if l.startswith(H[n - 1]))

# Section 1: background and overall considerations
s1 = sec(1)
G("b1", "发展数据安全产业", s1)
G("b2", "提高各行业各领域数据安全保障能力", s1)
G("b3", "加速数据要素市场培育和价值释放", s1)
G("b4", "夯实数字中国建设和数字经济发展基础", s1)
G("b5", "积极、有序开展数据安全产业发展相关工作", s1)
G("b6", "推动数据安全产业高质量发展", s1)
G("c1", "贯彻《数据安全法》和落实国家数据安全工作协调机制工作部署", s1)
G("c1a", "坚持统筹发展和安全", s1)
G("c1b", "构建数据安全产业顶层制度", s1)
G("c1c", "为产业发展创造良好的政策环境", s1)
G("c1d", "鼓励支持各方加大投入", s1)
G("c1e", "做大做强数据安全产业", s1)
G("c2", "明确数据安全产业发展任务", s1)
G("c2a", "多维度、分层次明确产业发展主要任务", s1, opt=True)
G("c2b", "为保障国家数据安全提供技术、产品和服务支撑", s1)
G("c3", "营造数据安全产业发展生态", s1)
G("c3a", "加强标准体系建设、专业人才培养等工作", s1)
G("c3b", "营造良好发展环境", s1)
G("c3c", "保障产业健康、持续发展", s1)
# Section 2: main content (the guideline's targets, seven key tasks, three safeguards)
s2 = sec(2)
G("m0a", "提出促进数据安全产业发展的总体要求", s2, opt=True)
G("m0", "按2025年、2035年两个阶段提出产业发展目标", s2, opt=True)
G("m1", "提升产业创新能力", s2)
G("m2", "壮大数据安全服务", s2)
G("m3", "推进标准体系建设", s2)
G("m4", "推广技术产品应用", s2)
G("m5", "构建产业繁荣生态", s2)
G("m6", "强化人才供给保障", s2)
G("m7", "深化国际合作交流", s2)
G("m8", "保障《指导意见》落地", s2)
G("m9", "推动产业健康发展", s2, opt=True)
G("m10", "加强组织协调", s2)
G("m11", "加大政策支撑", s2)
G("m12", "优化产业发展环境", s2)
# Section 3: scope of the industry (stated needs; definitional, optional)
s3 = sec(3)
G("d1", "满足数据处理者履行数据安全保护责任义务的需要", s3, opt=True)
G("d2", "满足促进数据资源开发利用、激活数据要素价值的需要", s3, opt=True)
G("d3", "支持相关技术、产品和服务的研究开发", s3, opt=True)
# Section 4: innovation of technology, products, services
s4 = sec(4)
G("i0", "推动数据安全技术产品和服务创新", s4, tech=("ds",))
G("i0b", "支撑数据安全产业可持续发展", s4, opt=True)
G("i0a", "提升产业链、供应链韧性", s4, opt=True)
G("i1", "技术创新", s4, opt=True, evidence="一是技术创新方面")
G("i1a", "共建高水平的重点实验室、研发机构、协同创新中心", s4)
G("i1b", "加强数据安全基础理论研究", s4, tech=("ds",))
G("i1c", "攻关突破数据安全基础共性技术、核心关键技术、前沿革新技术", s4, tech=("ds",))
G("i2", "产品创新", s4, opt=True, evidence="二是产品创新方面")
G("i2a", "优化升级传统数据安全产品", s4, tech=("ds",))
G("i2b", "创新研发新兴融合领域专用数据安全产品", s4, tech=("ds",))
G("i2c", "加快适用产品研发", s4)
G("i2d", "加强数据安全产品与基础软硬件的适配发展", s4, tech=("ds",))
G("i2e", "增强数据安全内生能力", s4, tech=("ds",))
G("i3", "服务创新", s4, opt=True, evidence="三是服务创新方面")
G("i3a", "由提供技术产品向提供服务和解决方案转变", s4)
G("i3b", "发展壮大数据安全规划咨询、建设运维、检测评估与认证、权益保护、违约鉴定等服务", s4, tech=("ds",))
G("i3c", "推进数据安全服务云化、一体化、定制化等服务模式创新", s4, tech=("ds",))
# Section 5: regional development
s5 = sec(5)
G("r0", "充分调动各地区的主动性和积极性", s5)
G("r1", "规划建设国家数据安全产业园", s5)
G("r1a", "吸引企业、技术、资本、人才等加快向园区集中", s5)
G("r2", "建设数据安全创新应用先进示范区", s5)
G("r2a", "推广技术先进、特点突出、应用成效显著的数据安全技术产品和典型案例", s5, tech=("ds",))
G("r2b", "推动先进适用技术产品在各行业领域的应用推广", s5)
G("r3", "打造龙头企业引领、具有综合竞争力的高端化、特色化数据安全产业集群", s5)
G("r3a", "加大跨域产业合作", s5)
# Section 6: cultivating market players
s6 = sec(6)
G("e0", "推进数据安全产业主体培育工作", s6)
G("e1", "向产业龙头骨干企业发展", s6)
G("e1a", "引导中小微企业走“专精特新”发展道路", s6)
G("e1b", "不断增强内生动力", s6, opt=True)
G("e1c", "支持单项产品市场占有率较高的企业逐步发展壮大成为单项冠军企业", s6)
G("e2", "组织融资路演活动", s6)
G("e2a", "解决企业融资需求", s6)
G("e2b", "支持符合条件的数据安全企业享受软件和集成电路企业、高新技术企业等优惠政策", s6, tech=("ic", "sw"))
G("e3", "鼓励龙头骨干企业发挥引领作用", s6)
G("e3a", "带动中小微企业补齐短板、壮大规模、创新模式", s6)
G("e3b", "形成创新链、产业链优势互补，资金链、人才链资源共享的合作共赢关系", s6)
# Section 7: meeting protection needs
s7 = sec(7)
G("p0", "满足各行业领域数据安全保护需求", s7, tech=("ds",))
G("p1", "积极拓展产业合作渠道", s7)
G("p1a", "建设数据安全产业公共服务平台", s7)
G("p1b", "组织数据安全产业会议、展览、赛事、学术研讨、产业沙龙等活动", s7)
G("p1c", "促进数据安全企业与数据处理者强化交流合作", s7)
G("p1d", "推动供需精准对接和产业信息共享", s7)
G("p2", "深度分析工业、电信、交通、金融、卫生健康、知识产权等领域数据处理者的合规需求和保护需求", s7)
G("p2a", "梳理典型应用场景", s7)
G("p2b", "发展、提升相关产品和服务的功能性能", s7)
G("p2c", "开发适用性产品或解决方案", s7)
G("p3", "梳理自身数据安全保护需求", s7, tech=("ds",))
G("p3a", "科学合理制定数据安全保护规划", s7, tech=("ds",))
G("p3b", "持续强化数据安全保护能力", s7, tech=("ds",))
G("p3c", "与数据安全企业加强互动反馈", s7)
G("p3d", "以数据安全最新需求牵引技术产品和服务的迭代升级", s7)
G("p4", "鼓励各地区规划建设数据安全创新应用先进示范区", s7, opt=True)
G("p4a", "组织本地区相关单位和企业部署应用数据安全保护产品", s7, tech=("ds",))
G("p4b", "对特点鲜明、成效显著的产品和解决方案予以推广", s7)
G("p4c", "形成示范效应", s7)
# Section 8: talent
s8 = sec(8)
G("t0", "深入贯彻国家人才强国战略部署", s8)
G("t0a", "坚持人才是第一资源", s8)
G("t0d", "统筹协调多方主体共同参与", s8, opt=True)
G("t0b", "全面化、系统化构建数据安全人才培养体系", s8)
G("t0c", "持续培育和壮大数据安全专业人才队伍", s8)
G("t1", "推动普通高等院校和职业院校加强数据安全相关学科专业建设", s8)
G("t1a", "强化课程体系、师资队伍和实习实训", s8)
G("t2", "制定颁布数据安全工程技术人员国家职业标准", s8)
G("t2a", "实施数字技术工程师培育项目", s8, tech=("dt",))
G("t2b", "产教融合、协同育人", s8)
G("t3", "开展职业资格评价、职业技能等级认定、专项职业能力考核等工作", s8)
G("t3a", "推广优质数据安全培训项目", s8)
G("t3b", "打通人才供给通道", s8)
G("t4", "鼓励企业择优引进海外优质人才与创新团队", s8)
G("t4a", "扩充数据安全人才力量", s8)
# Section 9: industrial ecology
s9 = sec(9)
G("y0", "数据安全产业生态培育", s9, opt=True, evidence="数据安全产业生态培育将从以下四方面推动")
G("y0a", "激发产业市场活力", s9, opt=True)
G("y0b", "取得产业整体优势和综合效益", s9, opt=True)
G("y1", "加快推动国家数据安全产业园区、数据安全创新应用先进示范区、数据安全重点实验室等创新载体规划建设", s9)
G("y1a", "促进形成产业发展集聚效应", s9)
G("y1b", "加快数据安全产业公共服务平台等基础设施建设", s9, opt=True)
G("y2", "构建融通发展企业体系", s9)
G("y2a", "共同打造完整、协同、稳定的数据安全产业链", s9)
G("y2b", "在技术创新、产品研发、应用推广、高端人才等方面深化交流合作", s9)
G("y3", "持续优化产业生态环境", s9)
G("y3a", "强化数据安全配套政策支持与引导", s9)
G("y3b", "加快数据安全产业标准体系建设", s9, opt=True)
G("y3c", "推动产业科技成果转移转化", s9)
G("y3d", "发展数据安全保险等配套服务", s9)
G("y3e", "加强数据安全产业政策国际交流合作", s9)

for a in ("miit", "cac"):
    for t, *_ in TECH:
        rel(a, "promotes", t, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
