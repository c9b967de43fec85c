"""Gold annotation of speech-caict-beijing-digital-security-long-2024 (北京市数字安全产业发展及对策建议), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-caict-beijing-digital-security-long-2024"
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
    e = ev(evidence) if evidence else sent(label)
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=optional, evidence=e)
    for p in by: rel(p, "proposes", id, optional=optional)
    for p in opt_by: rel(p, "proposes", id, optional=True)
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)
    for t in tech: rel(id, "involvesTechnology", t, optional=optional)
    for t in opt_tech: rel(id, "involvesTechnology", t, optional=True)

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=ev(evidence), optional=optional)

# Authors, their body, outlets, places
ent("caict", "Agency", "中国信息通信研究院")
ent("caict-sec", "Agency", "中国信息通信研究院安全研究所")
rel("caict-sec", "subOrganizationOf", "caict")
for pid, name in [("zhouyang", "周杨"), ("huang", "黄媛媛"), ("zhang", "张涵羽")]:
    ent(pid, "Person", name)
ent("cis", "Organization", "中国信息安全", optional=True)
ent("rmydb", "Organization", "人民邮电报")
ent("beijing", "Place", "北京市", ["北京", "北京地区"])
ent("guangdong", "Place", "广东省")
ent("china", "Place", "我国", optional=True)

# Companies, parks
for cid, name in [("qax", "奇安信"), ("q360", "奇虎360"), ("venus", "启明星辰"), ("vrv", "北信源"),
                  ("kxht", "可信华泰"), ("abt", "安博通"), ("winicssec", "威努特"), ("changyang", "长扬科技"),
                  ("luoan", "珞安科技"), ("threatbook", "微步在线"), ("hkqj", "华控清交"), ("xuanjing", "悬镜安全")]:
    ent(cid, "Organization", name)
ent("park", "Organization", "国家网络安全产业园", ["国家网安园", "北京市国家网络安全产业园"])
for pid, name in [("park-hd", "海淀园"), ("park-tz", "通州园"), ("park-jk", "经开区信创园")]:
    ent(pid, "Organization", name, optional=True)
    rel(pid, "subOrganizationOf", "park", optional=True)

# Documents
ent("doc-hjj", "Document", "北京市“十四五”时期高精尖产业发展规划")
ent("doc-qcyl", "Document", "北京市数字经济全产业链开放发展行动方案")
ent("doc-tl", "Document", "北京市数字经济促进条例")
DOCS = ("doc-hjj", "doc-qcyl", "doc-tl")

# Technologies
T = [("t-netsec", "网络安全", False), ("t-datasec", "数据安全", False), ("t-digsec", "数字安全", True),
     ("t-iotsec", "物联网安全", False), ("t-icssec", "工控安全", False), ("t-crypto", "密码技术", False),
     ("t-ti", "威胁情报", False), ("t-pc", "隐私计算", False), ("t-cloudsec", "云安全", False),
     ("t-appsec", "应用安全", False), ("t-iisec", "工业互联网安全", False), ("t-chip", "芯片", False),
     ("t-os", "操作系统", False), ("t-db", "数据库", False), ("t-mw", "中间件", False),
     ("t-devsec", "开发安全", True), ("t-basesec", "基础安全技术", True), ("t-infosec", "信息安全", True)]
for tid, l, opt in T:
    ent(tid, "Technology", l, optional=opt)

# Goals the cited Beijing documents set (line 12)
E12 = "《北京市“十四五”时期高精尖产业发展规划》《北京市数字经济全产业链开放发展行动方案》《北京市数字经济促进条例》等政策文件对完善数字经济安全体系、加快数字安全企业集聚和龙头企业培育、鼓励公共机构等单位提高数据安全投入水平等方面进行明确要求"
goal("d1", "完善数字经济安全体系", E12, body=DOCS)
goal("d2", "加快数字安全企业集聚和龙头企业培育", E12, body=DOCS, opt_tech=("t-digsec",))
goal("d3", "鼓励公共机构等单位提高数据安全投入水平", E12, body=DOCS, tech=("t-datasec",))

# Outlook (有望…/未来将…): predictions, optional goals
goal("o1", "带动北京市网络安全技术创新和产业发展", optional=True, tech=("t-netsec",))
goal("o2", "发挥产业集聚、协同联动的巨大潜力", optional=True, opt_body=("park",))
goal("o3", "为企业打造富有活力的成长空间", optional=True)
goal("o4", "推动产业健康发展", optional=True)
goal("o5", "跻身细分领域头部企业", optional=True)

# The authors' recommendations (意见建议): proposed by the three authors, optionally had by their institute
AU = ("zhouyang", "huang", "zhang")
G = [
 ("g1", "加强政策制定", (), ()),
 ("g1a", "制定针对安全产业的专项发展政策", (), ()),
 ("g1b", "明确北京市网络和数字安全产业指导思想、发展目标、重点发展任务、各区域定位特色", (), ("t-netsec", "t-digsec")),
 ("g1c", "建立关键信息基础设施安全能力建设的标准化流程和建设指南", (), ()),
 ("g1d", "有效指导和规范安全管理与保障机制落实", (), ()),
 ("g2", "强化企业培育", (), ()),
 ("g2a", "体系化梳理北京各细分领域代表性企业及能力水平", (), ()),
 ("g2b", "总结薄弱环节和短板领域", (), ()),
 ("g2c", "加快创新攻关", (), ()),
 ("g2d", "设立产业发展投资基金", (), ()),
 ("g2e", "设立专项攻关项目", (), ()),
 ("g2f", "开展企业上市辅导", (), ()),
 ("g2g", "打造覆盖安全巨头、“专精特新”独立厂商的竞争力突出的产业梯队", (), ()),
 ("g3", "释放安全需求", (), ()),
 ("g3a", "强化网络安全投入资金保障", ("t-netsec",), ()),
 ("g3b", "制定北京市数字安全投入激励性机制", (), ("t-digsec",)),
 ("g3c", "引导重点行业领域加大安全投入", (), ()),
 ("g3d", "加大网络安全违规惩戒力度", ("t-netsec",), ()),
 ("g3e", "建立典型网络安全事件披露机制", ("t-netsec",), ()),
 ("g3f", "提升整体网络威胁防范意识", (), ()),
 ("g4", "完善产业生态", (), ()),
 ("g4a", "完善园区企业引进等方面的政策和服务建设", (), ()),
 ("g4b", "提升公共交通、电力、水利等方面的园区基础设施和配套服务建设水平", (), ()),
 ("g4c", "政府联合企业建立人才培训基金", (), ()),
 ("g4d", "加强面向高水平技能的岗前培训", (), ()),
 ("g4e", "支持和指导协会制订并组织实施行业职业道德准则", (), ()),
 ("g4f", "畅通投诉举报渠道", (), ()),
 ("g4g", "定期曝光违法违规案例", (), ()),
 ("g4h", "优化数字安全产业市场环境", (), ("t-digsec",)),
]
for gid, label, tech, opt_tech in G:
    goal(gid, label, by=AU, opt_body=("caict-sec",), tech=tech, opt_tech=opt_tech)
rel("caict-sec", "promotes", "t-netsec", optional=True)

# Statistics
S = [("s1", "北京市安全企业收入", "900亿元", "北京市安全企业收入突破900亿元"),
     ("s2", "北京数字安全企业数量", "932家", "北京数字安全企业数量达到932家"),
     ("s3", "广东省数字安全企业数量", "461家", "远超第二名广东省461家"),
     ("s4", "覆盖一级安全领域", "16类", "目前已覆盖16类一级安全领域和90类二级细分领域"),
     ("s5", "覆盖二级细分领域", "90类", "目前已覆盖16类一级安全领域和90类二级细分领域"),
     ("s6", "北京市数字安全产业累计吸引风险投资", "160亿元", "2020年至今，北京市数字安全产业累计吸引风险投资超160亿元"),
     ("s7", "获得亿元及以上大额融资企业", "13家", "等13家企业获得亿元及以上的大额融资"),
     ("s8", "国家网安园累计注册企业", "418家", "截至2023年一季度，国家网安园累计注册企业418家"),
     ("s9", "海淀园注册企业", "52家", "海淀园52家"),
     ("s10", "通州园注册企业", "146家", "通州园146家"),
     ("s11", "经开区信创园注册企业", "220家", "经开区信创园220家"),
     ("s12", "北京汇聚数字安全企业", "3000家", "北京汇聚近3000家数字安全企业"),
     ("s13", "企业竞争赛道", "20多个", "等20多个赛道均有大量企业竞争"),
     ("s14", "北京市软件和信息服务业营业收入", "2万亿元", "北京市软件和信息服务业实现营业收入超2万亿元"),
     ("s15", "北京市数字安全企业营业收入", "700亿～800亿元", "北京市数字安全企业营业收入约700亿～800亿元"),
     ("s16", "数字安全企业营业收入占软件和信息服务业比重", "3％", "占软件和信息服务业比重仅为3％左右"),
     ("s17", "北京集聚高校", "90多所", "北京集聚了90多所高校"),
     ("s18", "开设网络安全工程专业的院校", "13所", "开设网络安全工程专业的院校有13所"),
     ("s19", "开设信息安全专业的学校", "12所", "开设信息安全专业的学校有12所")]
for id, l, v, e in S:
    stat(id, l, v, e)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
