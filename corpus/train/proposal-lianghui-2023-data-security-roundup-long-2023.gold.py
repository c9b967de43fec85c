"""Gold annotation of proposal-lianghui-2023-data-security-roundup-long-2023 (“两会”中的数据安全热点，1500亿数据安全市场未来可期: 嘶吼's roundup of the 2023 两会 on data security, the new 国家数据局 and nineteen deputies' and members' proposals (and 致公党中央's)), by hand per shared/eval/ANNOTATE.md (annotator annM15)."""
ID = "proposal-lianghui-2023-data-security-roundup-long-2023"
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

def sent(label):
    """the sentence or clause (up to 。；\\n) of the text that holds the label"""
    i = text.index(label)
    s = max(text.rfind(c, 0, i) for c in "。；\n") + 1
    e = min(j for j in (text.find(c, i + len(label)) for c in "。；\n") if j >= 0)
    return text[s:e + 1].strip()

# ---- outlet, byline ----
ent("sihou", "Organization", "嘶吼")
ent("pingyue", "Person", "平越")

# ---- the sessions, places ----
ent("lh", "Event", "两会", ["全国“两会”"], optional=True)
ent("npc1", "Event", "十四届全国人大一次会议")
ent("cppcc1", "Event", "全国政协十四届一次会议")
ent("npc", "Agency", "全国人大", optional=True)     # only inside the session's name and 全国人大代表
ent("cppcc", "Agency", "全国政协", optional=True)   # only inside the session's name and 全国政协委员
ent("bj", "Place", "北京")
ent("ghall", "Place", "北京人民大会堂", optional=True)
rel("npc1", "locatedIn", "bj")
rel("cppcc1", "locatedIn", "bj")
rel("npc1", "locatedIn", "ghall", optional=True)
ent("china", "Place", "我国", optional=True)
ent("nation", "Place", "全国", optional=True)

# ---- state bodies ----
ent("sc", "Agency", "国务院")
ent("cc", "Agency", "中国中央", optional=True)   # so printed (for 中共中央)
ent("miit", "Agency", "工信部")
ent("cac", "Agency", "国家网信办")
ent("cac-c", "Agency", "中央网络安全和信息化委员会办公室")
ent("ndrc", "Agency", "国家发展和改革委员会", ["国家发改委"])
ent("nda", "Agency", "国家数据局", ["“国家数据局”"])

# ---- documents ----
ent("d20", "Document", "中共中央国务院关于构建数据基础制度更好发挥数据要素作用的意见", ["数据二十条", "《数据二十条》"])
rel("d20", "publishedBy", "sc", optional=True)   # issuer only in the title
ent("dsi", "Document", "关于促进数据安全产业发展的指导意见", ["《关于促进数据安全产业发展的指导意见》"])
for a in ("miit", "cac", "ndrc"):
    rel("dsi", "publishedBy", a)
ent("dcp", "Document", "数字中国整体布局规划", ["《数字中国整体布局规划》"])
rel("dcp", "publishedBy", "sc")
rel("dcp", "publishedBy", "cc", optional=True)
ent("reform", "Document", "国务院机构改革方案", ["《国务院机构改革方案》", "改革方案"])
rel("reform", "publishedBy", "sc", optional=True)
ent("dsl", "Document", "数据安全法", ["《数据安全法》"])
ent("pipl", "Document", "个人信息保护法", ["《个人信息保护法》"])
ent("csl", "Document", "网络安全法", ["《网络安全法》"])
ent("dsal", "Document", "数据安全审计法", ["《数据安全审计法》"])
ent("adl", "Document", "自动驾驶法", ["《自动驾驶法》"])
ent("rtsl", "Document", "道路交通安全法", ["《道路交通安全法》"])
ent("st-depts", "Statistic", "印发指导意见的部门数", optional=True, value="16部门",
    evidence="今年1月，工信部、国家网信办、国家发改委等16部门印发《关于促进数据安全产业发展的指导意见》")

# ---- technologies ----
ent("bigdata", "Technology", "大数据")
ent("icv", "Technology", "智能网联汽车")
ent("ad", "Technology", "自动驾驶")
ent("iov", "Technology", "车联网")
ent("hdmap", "Technology", "高精度地图", optional=True)
ent("ai", "Technology", "人工智能")
ent("gai", "Technology", "生成式AI")
ent("basemodel", "Technology", "人工智能通用基石模型", optional=True)
ent("bc", "Technology", "区块链")
ent("pc", "Technology", "隐私计算")
ent("compute", "Technology", "算力", optional=True)
ent("cloudp", "Technology", "云平台", optional=True)
ent("crypto", "Technology", "密码", optional=True)
ent("idauth", "Technology", "身份认证", optional=True)
ent("internet", "Technology", "互联网", optional=True)
TECH = [("basemodel", "人工智能通用基石模型"), ("ai", "人工智能"), ("gai", "生成式AI"), ("bigdata", "大数据"),
        ("icv", "智能网联汽车"), ("ad", "自动驾驶"), ("iov", "车联网"), ("hdmap", "高精度地图"), ("bc", "区块链"),
        ("pc", "隐私计算"), ("compute", "算力"), ("cloudp", "云平台"), ("crypto", "密码"), ("idauth", "身份认证"),
        ("internet", "互联网")]
OPT_T = {"basemodel", "hdmap", "compute", "cloudp", "crypto", "idauth", "internet"}

def G(id, label, who=None, doc=None, org=None, evidence=None, opt=False, doc_opt=False, org_opt=True):
    goal(id, label, evidence or sent(label), optional=opt)
    if who: rel(who, "proposes", id, optional=opt)
    if doc: rel(doc, "hasGoal", id, optional=opt or doc_opt)
    if org: rel(org, "hasGoal", id, optional=opt or org_opt)   # a member speaks as member, not for his employer
    for t, l in TECH:
        if l in label:
            rel(id, "involvesTechnology", t, optional=opt or t in OPT_T)

def person(pid, name, body, posts):
    """posts: (org id, type, label, post, post optional, entity optional)"""
    ent(pid, "Person", name)
    if body:
        rel(pid, "holdsPost", body, post="全国政协委员" if body == "cppcc" else "全国人大代表", optional=True)
    for oid, otype, olabel, post, popt, eopt in posts:
        if olabel and oid not in {e["id"] for e in E}:
            ent(oid, otype, olabel, optional=eopt)
        rel(pid, "holdsPost", oid, post=post, optional=popt)

# ---- the commentary's own framing ----
G("f1", "同步规划、同步建设、同步运行", evidence=sent("必须同步规划"), opt=True)
rel("sihou", "hasGoal", "f1", optional=True)

# ---- documents' goals ----
G("d1", "促进数据合规高效流通使用", doc="d20")
G("d2", "赋能实体经济", doc="d20")
G("s1", "数据安全产业基础能力和综合实力明显增强", doc="dsi")
G("s2", "数据安全产业规模超过1500亿元", doc="dsi")
G("s3", "加速数据要素市场培育和价值释放", doc="dsi")
for g in ("s1", "s2", "s3"):
    for a in ("miit", "cac", "ndrc"):
        rel(a, "hasGoal", g, optional=True)
G("c1", "建设数字中国", doc="dcp", evidence=sent("明确了建设数字中国"))
G("c2", "推进中国式现代化", doc="dcp", opt=True)
rel("sc", "hasGoal", "c1", optional=True)

# ---- the 国家数据局 ----
G("n0", "组建“国家数据局”", doc="reform")
rel("sc", "hasGoal", "n0")
for id, l in [("n1", "破解目前数据流通利用的困境"), ("n2", "快速推进数据要素市场建设"), ("n3", "做强做优做大数字经济"),
              ("n4", "增强经济发展新动能"), ("n5", "构筑国家竞争新优势")]:
    G(id, l, doc="reform", org="nda", doc_opt=True)
DUTY1 = sent("研究拟订数字中国建设方案")
DUTY2 = sent("统筹推进数字经济发展")
for id, l, e in [("t1", "研究拟订数字中国建设方案", DUTY1), ("t2", "协调推动公共服务和社会治理信息化", DUTY1),
                 ("t3", "协调促进智慧城市建设", DUTY1), ("t4", "协调国家重要信息资源开发利用与共享", DUTY1),
                 ("t5", "推动信息资源跨行业跨部门互联互通", DUTY1), ("t6", "统筹推进数字经济发展", DUTY2),
                 ("t7", "组织实施国家大数据战略", DUTY2), ("t8", "推进数据要素基础制度建设", DUTY2),
                 ("t9", "推进数字基础设施布局建设", DUTY2)]:
    G(id, l, doc="reform", org="nda", evidence=e, doc_opt=True, org_opt=False)
rel("nda", "promotes", "bigdata", optional=True)

# ---- the two scholars' views ----
ent("cupl", "Organization", "中国政法大学", optional=True)   # only inside the school's name
ent("cupl-law", "Organization", "中国政法大学民商经济法学院")
rel("cupl-law", "subOrganizationOf", "cupl", optional=True)
ent("lai", "Person", "李爱君")
rel("lai", "holdsPost", "cupl-law", post="教授、博士生导师", optional=True)
G("la1", "实现数据要素在数字经济发展中的关键要素的价值", "lai", opt=True)
ent("cass", "Organization", "中国社科院", optional=True)   # only inside the institute's name
ent("cass-law", "Organization", "中国社科院法学所")
rel("cass-law", "subOrganizationOf", "cass", optional=True)
ent("tlc", "Organization", "科技与法研究中心")
rel("tlc", "subOrganizationOf", "cass-law", optional=True)
ent("yyc", "Person", "杨延超")
rel("yyc", "holdsPost", "cass-law", post="研究员", optional=True)
rel("yyc", "holdsPost", "tlc", post="主任")
G("yy1", "解决目前数据要素、数字经济领域发展的制度性难题", "yyc", opt=True)
G("h1", "亟待加强治理、规范发展", opt=True)
rel("sihou", "hasGoal", "h1", optional=True)

# ---- 齐向东 ----
person("qxd", "齐向东", "cppcc", [("acfic", "Organization", "全国工商联", "副主席", False, False),
                                 ("qax", "Organization", "奇安信集团", "董事长", False, False)])
for id, l in [("qx1", "加快推进数据安全合规落地"), ("qx2", "提升数据安全保障技术创新水平"), ("qx3", "建立纵深防御的内生安全系统")]:
    G(id, l, "qxd", org="qax")

# ---- 肖新光 ----
person("xxg", "肖新光", "cppcc", [("antiy", "Organization", "安天科技集团", "董事长、首席技术架构师", False, False)])
G("xx1", "细化网络安全责任机制", "xxg", org="antiy")
G("xx2", "完善层次化风险与责任分析体系", "xxg", org="antiy")
G("xx3", "进一步细化网络安全责任体系", "xxg", org="antiy", opt=True)   # restates xx1
G("xx4", "提升责任制覆盖度", "xxg", org="antiy")
G("xx5", "强化网络安全公共安全属性", "xxg", org="antiy")
G("xx6", "强化构建网络安全战略优势能力的目标导向", "xxg", org="antiy")
G("xx7", "渐进推动网络安全公共安全服务机制", "xxg", org="antiy")

# ---- 周鸿祎 ----
person("zhy", "周鸿祎", "cppcc", [("360", "Organization", "360集团", "创始人", False, False)])
G("zh1", "推广城市数字安全服务中心模式", "zhy", org="360")
G("zh2", "建设城市安全能力应当以人为本", "zhy", org="360", opt=True)
G("zh3", "打造城市级的安全运营体系", "zhy", org="360")
for id, l in [("zh4", "评估建设成效"), ("zh5", "发掘最佳实践"), ("zh6", "促进城市数字安全建设的模式优化")]:
    G(id, l, "zhy", org="360")

# ---- 雷军 ----
person("lj", "雷军", "npc", [("xiaomi", "Organization", "小米集团", "创始人、董事长兼CEO", False, False)])
for id, l in [("lj1", "构建汽车数据安全管理体系"), ("lj2", "加快制定汽车全生命周期的数据安全标准"),
              ("lj3", "定义汽车数据分类分级规则"), ("lj4", "制定汽车数据安全开发、测试、风险评估及数据跨境等领域标准规范"),
              ("lj5", "统一基准"), ("lj6", "指导产业发展"), ("lj7", "建立汽车数据安全认证、评价机制"),
              ("lj8", "出台智能网联汽车数据安全认证制度"), ("lj9", "规范认证流程"), ("lj10", "制定评价等级及对应指标"),
              ("lj11", "建立智能网联汽车数据安全评级及公示制度"), ("lj12", "提升行业透明度与可信度"),
              ("lj13", "促进企业加大数据安全的投入"), ("lj14", "引导行业企业正向发展")]:
    G(id, l, "lj", org="xiaomi")
rel("xiaomi", "promotes", "icv", optional=True)

# ---- 朱华荣 ----
person("zhr", "朱华荣", "npc", [("changan", "Organization", "长安汽车", "党委书记、董事长", False, False)])
ent("d-zhr", "Document", "关于统筹智能网联汽车数据收集与共享的建议", optional=True)   # a title without 《》
for id, l in [("zr0", "统筹智能网联汽车数据收集与共享"), ("zr1", "建立、健全汽车数据相关法律法规"),
              ("zr2", "搭建国家智能网联汽车数据法律、法规工作组"), ("zr3", "建立完善的企业准入制度"),
              ("zr4", "推动健全车联网数据共享的法律法规"), ("zr5", "制定明确数据责任主体的法规"),
              ("zr6", "建立相应的安全法规"), ("zr7", "形成数据使用报备制度和预警机制"),
              ("zr8", "确保数据被合法、合理地使用"), ("zr9", "定义道路路网数据公益属性"),
              ("zr10", "支持“国家级地图公司”统一收集相应原始数据")]:
    G(id, l, "zhr", doc="d-zhr", org="changan", doc_opt=True)
rel("changan", "promotes", "icv", optional=True)

# ---- 何小鹏 ----
person("hxp", "何小鹏", "npc", [("xpeng", "Organization", "小鹏汽车", "董事长、CEO", False, False)])
ent("d-hxp", "Document", "关于探索加快自动驾驶应用落地体系化保障的建议", optional=True)
for id, l in [("hx0", "探索加快自动驾驶应用落地体系化保障"), ("hx1", "加快智能网联汽车和自动驾驶相关立法工作"),
              ("hx2", "明确自动驾驶系统运行时的法律要求"), ("hx3", "完善“网络安全、数据安全、功能安全和预期功能安全”")]:
    G(id, l, "hxp", doc="d-hxp", org="xpeng", doc_opt=True)
rel("xpeng", "promotes", "ad", optional=True)

# ---- 连玉明 (two items) ----
ent("biud", "Organization", "北京国际城市发展研究院")
ent("cy-cppcc", "Agency", "北京市朝阳区政协")
person("lym", "连玉明", "cppcc", [("biud", "Organization", None, "院长", False, False),
                                 ("cy-cppcc", "Agency", None, "副主席", False, False)])
for id, l in [("ly1", "适时启动《自动驾驶法》立法进程"), ("ly2", "构建和完善自动驾驶法律保障体系"),
              ("ly3", "推动《道路交通安全法》修订与颁布"), ("ly4", "制定自动驾驶数据分级分类安全规范、数据共享规范和数据流通规范"),
              ("ly5", "实现差异化的数据保护")]:
    G(id, l, "lym", org="biud")
ent("d-lym", "Document", "关于加强数据权利司法保护，更好发挥数据要素作用", ["《关于加强数据权利司法保护，更好发挥数据要素作用》"])
T_LY = "《关于加强数据权利司法保护，更好发挥数据要素作用》的提案，建议加强和完善基于数据基础制度的数据产权司法保护，推动数据合规高效流通使用。"
for id, l in [("ly6", "加强数据权利司法保护"), ("ly7", "更好发挥数据要素作用"),
              ("ly8", "加强和完善基于数据基础制度的数据产权司法保护"), ("ly9", "推动数据合规高效流通使用")]:
    G(id, l, "lym", doc="d-lym", org="biud", evidence=T_LY)

# ---- 余晓晖 ----
person("yxh", "余晓晖", "cppcc", [("caict", "Organization", "中国信息通信研究院", "院长、党委副书记", False, False)])
ent("d-yxh", "Document", "如何探索数据产权和数据空间，推进落实“数据二十条的提案",
    ["《如何探索数据产权和数据空间，推进落实“数据二十条的提案》"])
T_YX = "《如何探索数据产权和数据空间，推进落实“数据二十条的提案》。"
G("yx1", "探索数据产权和数据空间", "yxh", doc="d-yxh", org="caict", evidence=T_YX)
G("yx2", "推进落实“数据二十条", "yxh", doc="d-yxh", org="caict", evidence=T_YX)
G("yx3", "推动数据产权落地", "yxh", doc="d-yxh", org="caict")
G("yx4", "增强数据交易流通互信", "yxh", doc="d-yxh", org="caict")

# ---- 张金英 ----
person("zjy", "张金英", "cppcc", [("tj-cppcc", "Agency", "天津市政协", "副主席", False, False)])
ent("d-zjy", "Document", "关于强化企业数据安全管理与评估的", ["《关于强化企业数据安全管理与评估的》"])
T_ZJ = sent("《关于强化企业数据安全管理与评估的》")
for id, l in [("zj1", "强化企业数据安全管理与评估"), ("zj2", "完善企业数据安全评估体系"), ("zj3", "推动数据安全合法评估"),
              ("zj4", "让数据安全管理更简单、更有效、更有价值"), ("zj5", "助力企业高质量发展")]:
    G(id, l, "zjy", doc="d-zjy", evidence=T_ZJ)

# ---- 张毅 ----
person("zy", "张毅", "cppcc", [("sh-xlh", "Organization", "上海新联会", "会长", False, False)])
ent("d-zy", "Document", "加快布局数据合规体系建设", ["《加快布局数据合规体系建设》"])
T_ZY = sent("《加快布局数据合规体系建设》")
G("zy1", "加快布局数据合规体系建设", "zy", doc="d-zy", evidence=T_ZY)
G("zy2", "数据要素的合规高效流通使用", "zy", doc="d-zy", evidence=T_ZY, opt=True)

# ---- 邵志清 (two items) ----
ent("zgd-sh", "Organization", "致公党上海市委会", ["致公党上海市委"])
person("szq", "邵志清", "cppcc", [("zgd-sh", "Organization", None, "专职副主委", False, False)])
for id, l in [("sz1", "加快建设国家数字信任平台"), ("sz2", "加速数据共享流通信任体系建设"), ("sz3", "强化数据安全合规监管能力"),
              ("sz4", "统一拟定数据安全标准规范"), ("sz5", "按需建设数据安全防护和管理能力"),
              ("sz6", "建设多层次数据要素市场"), ("sz7", "加强数据安全和隐私保护能力的集约化供给")]:
    G(id, l, "szq", org="zgd-sh")
G("sz8", "隐私计算等能力的公共服务化", "szq", org="zgd-sh")
for t in ("idauth", "crypto"):
    rel("sz8", "involvesTechnology", t, optional=True)

# ---- 陈淑贤 ----
ent("cec", "Organization", "中国电子")
person("csx", "陈淑贤", "npc", [("sanda", "Organization", "桑达无线软件测试组", "技术主管", True, True)])
rel("sanda", "subOrganizationOf", "cec", optional=True)
ent("d-csx", "Document", "关于发挥央企引领带动作用，以工程化路径提升我国数据要素化治理水平的建议", optional=True)
for id, l in [("cs1", "发挥央企引领带动作用"), ("cs2", "以工程化路径提升我国数据要素化治理水平"),
              ("cs3", "以工程化、技术化路径落实数据基础制度"), ("cs4", "实现数据要素化流通"),
              ("cs5", "开展数据安全和数据要素化工程试点工作"), ("cs6", "形成更为完善的工程技术方案"), ("cs7", "在全国有序推进")]:
    G(id, l, "csx", doc="d-csx", org="cec", doc_opt=True)

# ---- 周汉民 ----
person("zhm", "周汉民", "cppcc", [("shsy", "Agency", "上海市社会主义学院", "院长", False, False),
                                 ("zhzjs", "Organization", "上海中华职教社", "主任", False, False)])
for id, l in [("zm1", "建立政府使用个人信息数据公开制度"), ("zm2", "发布个人信息保护民商事指导性案例"),
              ("zm3", "出台“政府使用个人信息数据公开目录”"), ("zm4", "加大对违法行为的惩处力度"),
              ("zm5", "建立公民电子信息投诉制度")]:
    G(id, l, "zhm", org="shsy")

# ---- 寇纲 ----
ent("swufe", "Organization", "西南财经大学", optional=True)   # only inside the institute's name
person("kg", "寇纲", "cppcc", [("mj-sc", "Organization", "民建四川省委", "副主委", False, False),
                              ("swufe-bd", "Organization", "西南财经大学大数据研究院", "院长", False, False)])
rel("swufe-bd", "subOrganizationOf", "swufe", optional=True)
ent("d-kg", "Document", "关于大力发展自主创新的人工智能通用基石模型的提案", optional=True)
G("kg1", "大力发展自主创新的人工智能通用基石模型", "kg", doc="d-kg", org="swufe-bd", doc_opt=True)
G("kg2", "修订《网络安全法》《数据安全审计法》等已有互联网法律法规", "kg", doc="d-kg", org="swufe-bd", doc_opt=True)
G("kg3", "明确人工智能通用基石模型及生成式AI技术", "kg", doc="d-kg", org="swufe-bd", doc_opt=True)

# ---- 周云杰 ----
person("zyj", "周云杰", "npc", [("haier", "Organization", "海尔集团", "董事局主席、首席执行官", False, False)])
for id, l in [("zj01", "加快推动中国特色适老服务体系建设"), ("zj02", "将适老数据平台化"), ("zj03", "让老人“老有所医”"),
              ("zj04", "加快搭建统一的适老化大数据平台"), ("zj05", "实现数字为老、智慧养老")]:
    G(id, l, "zyj", org="haier")
rel("haier", "promotes", "bigdata", optional=True)

# ---- 胡成中 ----
person("hcz", "胡成中", "npc", [("delixi", "Organization", "德力西集团", "董事局主席", False, False)])
for id, l in [("hc1", "彻底删除涉疫个人数据"), ("hc2", "在应急管理制度中增补健康码相关内容"), ("hc3", "明确其启用、停用的条件和权限"),
              ("hc4", "明确赋码规则"), ("hc5", "健康码数据均应限时梳理并彻底删除")]:
    G(id, l, "hcz", org="delixi")

# ---- 张英 ----
person("zyi", "张英", "cppcc", [("sheitc", "Agency", "上海市经济和信息化委员会", "副主任", False, False)])
ent("sdex", "Organization", "上海数据交易所")
ent("d-zyi", "Document", "关于释放数据要素潜力 更好赋能高水平对外开放", optional=True)
for id, l in [("zi1", "释放数据要素潜力"), ("zi2", "更好赋能高水平对外开放"), ("zi3", "创设面向国际数据合作的关键基础设施"),
              ("zi4", "增强国际间连接能力与算力协同"), ("zi5", "加强区块链、隐私计算等技术应用"),
              ("zi6", "探索“数据可用不出境”等新机制、新模式"), ("zi7", "设立数据交易国际板")]:
    G(id, l, "zyi", doc="d-zyi", org="sheitc", doc_opt=True)

# ---- 巩富文 ----
person("gfw", "巩富文", "cppcc", [("ngd", "Organization", "农工党中央", "中央委员", True, True),
                                 ("sx-court", "Agency", "陕西省高级人民法院", "副院长", False, False)])
G("gf1", "数字经济安全可持续发展亟须司法保障", "gfw", opt=True)
G("gf2", "筑牢服务数字经济发展与安全的司法屏障", "gfw", org="sx-court")

# ---- 张云泉 ----
ent("cas", "Organization", "中国科学院", optional=True)   # only inside the institute's name
person("zyq", "张云泉", "cppcc", [("ict", "Organization", "中国科学院计算技术研究所", "研究员", True, False)])
rel("ict", "subOrganizationOf", "cas", optional=True)
for id, l in [("yq1", "夯实数据基础设施"), ("yq2", "促进上云数据流动和安全"), ("yq3", "鼓励数据基础设施的建设方式升级"),
              ("yq4", "鼓励建设统一的数据存储资源池"), ("yq5", "完善云平台和数据存储的互联互通标准"),
              ("yq6", "加快数据存储硅进磁退的替代节奏"), ("yq7", "制定国外机械硬盘存储设备的国产闪存产品替代工作方案和时间表"),
              ("yq8", "将其纳入企业数字化转型工作计划")]:
    G(id, l, "zyq", org="ict")

# ---- 致公党中央 (the party itself proposes) ----
ent("zgd", "Organization", "致公党中央")
for id, l in [("zg1", "推进数据要素市场化"), ("zg2", "探索建立数据交易的备案管理机制"), ("zg3", "健全第三方评估体系建设"),
              ("zg4", "统筹推进各地数据交易所建设"), ("zg5", "强化数据全生命周期运营能力"),
              ("zg6", "试行公共数据内部结算模式与商业数据资产定价模式"), ("zg7", "以区块链技术为核心构建安全高效的数据要素交付通道"),
              ("zg8", "建立评估准入机制"), ("zg9", "核心技术要自主可控"), ("zg10", "确保数据安全")]:
    G(id, l, org="zgd", org_opt=False, evidence=sent(l) if id != "zg10" else "核心技术要自主可控，确保数据安全。")
rel("zgd", "promotes", "bc")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
