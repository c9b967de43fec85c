"""Gold annotation of workreport-spc-cybersecurity-long-2023 (《最高人民法院工作报告》中，有哪些内容与网络安全相关？), by hand per shared/eval/ANNOTATE.md."""
ID = "workreport-spc-cybersecurity-long-2023"
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
    """the sentence (up to 。；：) of the text that holds the label"""
    i = text.index(label)
    s = max(text.rfind(c, 0, i) for c in "。；：\n") + 1
    e = min(j for j in (text.find(c, i + len(label)) for c in "。；\n") if j >= 0)
    return text[s:e + 1].strip()

# Outlets, bodies, people, events, documents
ent("cisj", "Organization", "中国信息安全")
ent("xinhua", "Organization", "新华社")
ent("xinhuanet", "Organization", "新华网")
ent("spc", "Agency", "最高人民法院")
ent("report", "Document", "最高人民法院工作报告", ["《最高人民法院工作报告》"])
rel("report", "publishedBy", "spc")
ent("npc14-1", "Event", "十四届全国人大一次会议")
rel("report", "adoptedAt", "npc14-1")
ent("resolution", "Document", "关于报告的决议", optional=True)
rel("resolution", "adoptedAt", "npc14-1", optional=True)
ent("xi", "Person", "习近平", optional=True)          # only inside 习近平法治思想
ent("zhangnn", "Person", "张宁宁")                     # defendant of a cross-border gambling ring
ent("moe", "Agency", "教育部")
ent("famedu-law", "Document", "家庭教育促进法")
ent("bc-opinion", "Document", "区块链司法应用意见")
rel("bc-opinion", "publishedBy", "spc", optional=True)
ent("ai-opinion", "Document", "人工智能司法应用意见")
rel("ai-opinion", "publishedBy", "spc", optional=True)
ent("three-rules", "Document", "三大规则", optional=True)
rel("three-rules", "publishedBy", "spc", optional=True)
ent("private-opinion", "Document", "优化法治环境促进民营经济发展壮大意见")
rel("private-opinion", "publishedBy", "spc", optional=True)
# courts named with coordinated place names: only the last of each list is verbatim
ent("wz-court", "Agency", "浙江温州法院", optional=True)
rel("wz-court", "subOrganizationOf", "spc", optional=True)
ent("sh-court", "Agency", "上海法院", optional=True)
ent("gz-inet-court", "Agency", "广州互联网法院", optional=True)
ent("olympics", "Event", "北京冬奥会", optional=True)
ent("worldcup", "Event", "世界杯", optional=True)
ent("china", "Place", "中国", ["我国"], optional=True)
for id, l in [("zj", "浙江"), ("wz", "温州"), ("bj", "北京"), ("tj", "天津"), ("sh", "上海"), ("hz", "杭州"), ("gz", "广州")]:
    ent(id, "Place", l, optional=True)

# Technologies
ent("bc", "Technology", "区块链")
ent("ai", "Technology", "人工智能")
ent("bigdata", "Technology", "大数据")
ent("algo", "Technology", "算法", optional=True)
ent("smart-contract", "Technology", "智能合约", optional=True)
ent("case-push", "Technology", "类案识别推送", optional=True)
ent("bc-platform", "Technology", "司法区块链统一平台", optional=True)
ent("internet", "Technology", "互联网", optional=True)

# Goals for 2023 (对2023年工作提出建议, and the 2023年工作建议 item quoted in full): required
G = [("h1", "坚定不移走中国特色社会主义法治道路", "一是以习近平法治思想为指引，坚定不移走中国特色社会主义法治道路；"),
     ("h2a", "更好统筹发展和安全", "二是更好统筹发展和安全，依法服务高水平安全和高质量发展；"),
     ("h2b", "依法服务高水平安全和高质量发展", "二是更好统筹发展和安全，依法服务高水平安全和高质量发展；"),
     ("h3a", "坚持以人民为中心", None),
     ("h3b", "扎实推进司法为民、公正司法", None),
     ("h4a", "深化司法体制改革", None),
     ("h4b", "加快推进审判体系和审判能力现代化", None),
     ("h5a", "坚持全面从严治党、从严治院", None),
     ("h5b", "加强法院队伍建设", None),
     ("w1", "严厉打击境内外敌对势力渗透、破坏、颠覆、分裂活动", None),
     ("w2", "坚决依法惩治一切分裂国家的犯罪分子", None),
     ("w3", "维护国家统一", None),
     ("w4", "坚定不移反制非法制裁、“长臂管辖”", None),
     ("w5", "坚决捍卫我国司法主权和人民利益", None),
     ("w6", "严惩严重暴力、涉枪涉爆、跨境赌博、毒品等犯罪", None),
     ("w7", "持续推进扫黑除恶常态化", None),
     ("w8", "依法惩治粮食、金融、能源资源等领域犯罪", None),
     ("w9", "服务防范化解重大风险", None),
     ("w10", "依法惩治腐败犯罪", None),
     ("w11", "加大行贿犯罪惩处力度", None),
     ("w12", "加强个人信息保护", None),
     ("w13", "严惩信息网络犯罪", None),
     ("w14", "服务更好统筹疫情防控和经济社会发展", None),
     ("w15", "切实落实“两个毫不动摇”", None),
     ("w16", "发布优化法治环境促进民营经济发展壮大意见", "发布优化法治环境促进民营经济发展壮大意见"),
     ("w17", "全面贯彻平等保护原则", None),
     ("w18", "坚决防止以刑事手段干预经济纠纷", None),
     ("w19", "坚决制止侵害企业家人格权的违法行为", None),
     ("w20", "坚决保护民营企业和企业家合法财产权益", None),
     ("w21", "保障中小企业回收应收账款", "以司法手段保障中小企业回收应收账款"),
     ("w22", "支持诚信经营", None),
     ("w23", "依法保障公平竞争", None),
     ("w24", "促进民营经济健康发展、高质量发展", None),
     ("w25", "加大监督指导力度", None),
     ("w26", "对错案一经发现、坚决予以纠正", None),
     ("w27", "完善产权保护、市场准入、公平竞争、社会信用等方面司法政策", None),
     ("w28", "服务构建全国统一大市场", None),
     ("w29", "加大知识产权司法保护力度", None),
     ("w30", "加强反垄断和反不正当竞争司法", None),
     ("w31", "健全国家层面知识产权案件上诉审理机制", None),
     ("w32", "完善数字经济司法政策", None),
     ("w33", "服务区域协调发展战略实施", None),
     ("w34", "深化“枫桥式人民法庭”创建", None),
     ("w35", "加强环境资源审判", None),
     ("w36", "促进绿色发展", None),
     ("w37", "建设更高水平的涉外审判体系", None),
     ("w38", "服务高水平对外开放", None),
     ("w39", "坚持以高质量司法服务高质量发展", None),
     ("w40", "让产权和知识产权更有司法保障", None)]
CLAUSE = {f"w{i}" for i in range(15, 25)}   # one long sentence of ten coordinated aims: evidence is the clause
for id, l, e in G:
    goal(id, l, e or (l if id in CLAUSE else sent(l)))
    rel("report", "hasGoal", id)
    rel("spc", "hasGoal", id, optional=True)
# outcomes of w39 (让…): optional
for id, l in [("w41", "契约履行更加有效"), ("w42", "创新活力更加得到激发")]:
    goal(id, l, sent(l), optional=True)
    rel("report", "hasGoal", id, optional=True)

# Past work of the five-year review, quoted in passing: optional goals
P = [("p1", "依法惩治信息网络犯罪"),
     ("p2", "帮助受骗群众挽回损失"),
     ("p3", "依法惩治侵犯公民个人信息、帮助信息网络犯罪活动等犯罪"),
     ("p4", "加大全链条打击力度"),
     ("p5", "揭露花样翻新的诈骗套路"),
     ("p6", "助力全民反诈"),
     ("p7", "严厉打击网络赌博犯罪"),
     ("p8", "严惩散布虚假信息、危害网络生态的犯罪行为"),
     ("p9", "决不允许网络空间沦为法外之地"),
     ("p10", "依法促进数字经济健康发展"),
     ("p11", "明确数据权利司法保护规则"),
     ("p12", "惩处滥用数据、算法等排除、限制竞争的行为"),
     ("p13", "坚决制止“大数据杀熟”、强制“二选一”等“店大欺客”行为"),
     ("p14", "规范直播带货、付费点播等新业态新模式"),
     ("p15", "保护创新经营"),
     ("p16", "惩处非法逐利"),
     ("p17", "探索数据资源专业审判机制"),
     ("p18", "促进优化数字文化市场环境"),
     ("p19", "呵护少年儿童健康成长"),
     ("p20", "落实最有利于未成年人原则"),
     ("p21", "完善中国特色社会主义少年司法制度"),
     ("p22", "教育感化挽救失足未成年人"),
     ("p23", "依法严格执行侵害未成年人犯罪人员从业禁止制度"),
     ("p24", "落实家庭教育促进法"),
     ("p25", "共同防治中小学生欺凌和暴力"),
     ("p26", "积极预防未成年人沉迷网络或遭受网络侵害"),
     ("p27", "开展司法与行政、家庭、学校、社区保护联动机制试点"),
     ("p28", "全面推进智慧服务、智慧审判、智慧执行、智慧管理"),
     ("p29", "广泛应用类案识别推送、智能合约执行等技术"),
     ("p30", "为审判执行工作赋能增效"),
     ("p31", "建成全球最大的司法审判信息资源库"),
     ("p32", "制定区块链司法应用意见"),
     ("p33", "发布人工智能司法应用意见"),
     ("p34", "明确人工智能只能辅助、不能代替法官裁判"),
     ("p35", "推行圆桌审判、轻罪犯罪记录封存"),
     ("p36", "建成全业务网上办理、全流程依法公开、全方位智能服务的智慧法院"),
     ("p37", "率先出台人民法院在线诉讼、在线调解、在线运行“三大规则”"),
     ("p38", "率先提出人工智能司法应用五大原则")]
for id, l in P:
    goal(id, l, sent(l), optional=True)
    rel("report", "hasGoal", id, optional=True)
rel("wz-court", "hasGoal", "p17", optional=True)
rel("p12", "involvesTechnology", "algo", optional=True)
rel("p13", "involvesTechnology", "bigdata", optional=True)
rel("p29", "involvesTechnology", "smart-contract", optional=True)
rel("p29", "involvesTechnology", "case-push", optional=True)
rel("p32", "involvesTechnology", "bc", optional=True)
rel("p33", "involvesTechnology", "ai", optional=True)
rel("p34", "involvesTechnology", "ai", optional=True)
rel("p38", "involvesTechnology", "ai", optional=True)
rel("spc", "promotes", "bc", optional=True)
rel("spc", "promotes", "ai", optional=True)
rel("ai-opinion", "hasGoal", "p34", optional=True)

# Statistics (figures of the five-year review)
S = [("s1", "审结电信网络诈骗及关联犯罪案件", "22.6万件", "审结电信网络诈骗及关联犯罪案件22.6万件"),
     ("s2", "2022年判处未成年人罪犯", "2.8万人", "判处未成年人罪犯由2013年的5.6万人减少到2022年的2.8万人"),
     ("s4", "全国法院网上立案", "2996万件", "全国法院网上立案2996万件"),
     ("s5", "全国法院网上开庭", "504万场", "开庭504万场"),
     ("s6", "全国法院网上证据交换", "819万件次", "证据交换819万件次"),
     ("s7", "全国法院网上异地执行", "593万件次", "异地执行593万件次"),
     ("s8", "全国法院网上接访", "15万件次", "接访15万件次"),
     ("s9", "司法大数据报告", "1317份", "围绕社会治理热点形成1317份司法大数据报告"),
     ("s10", "司法区块链统一平台上链存证固证数据", "28.9亿条", "司法区块链统一平台完成超过28.9亿条数据上链存证固证")]
for id, l, v, e in S:
    stat(id, l, v, e)
stat("s3", "2013年判处未成年人罪犯", "5.6万人", "判处未成年人罪犯由2013年的5.6万人减少到2022年的2.8万人", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
