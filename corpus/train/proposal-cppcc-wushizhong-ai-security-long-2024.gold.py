"""Gold annotation of proposal-cppcc-wushizhong-ai-security-long-2024 (两会之声｜全国政协委员吴世忠：安全技术手段要跟上: 南方都市报's 2024 两会 interview with CPPCC member 吴世忠 on AI safety and data-security governance), by hand per shared/eval/ANNOTATE.md (annotator annM15)."""
ID = "proposal-cppcc-wushizhong-ai-security-long-2024"
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

def sent(label, start=0):
    """the sentence or clause (up to 。；\\n) of the text that holds the label (first at or after start)"""
    i = text.index(label, start)
    s = max(text.rfind(c, 0, i) for c in "。；\n") + 1
    e = min(j for j in (text.find(c, i + len(label)) for c in "。；\n") if j >= 0)
    return text[s:e + 1].strip()

# ---- people, bodies ----
ent("wu", "Person", "吴世忠")
ent("cppcc", "Agency", "全国政协", ["政协"])   # 政协 named on its own (在两届政协的履职中)
rel("wu", "holdsPost", "cppcc", post="全国政协委员")
ent("cae", "Organization", "中国工程院")     # 院士: honorary, no post
ent("nfdsb", "Organization", "南方都市报")
ent("hinton", "Person", "杰弗里·辛顿")
ent("google", "Organization", "谷歌")
ent("openai", "Organization", "OpenAI")
ent("biden", "Person", "拜登")
ent("swift", "Person", "泰勒·斯威夫特")
ent("hkpolice", "Agency", "香港警方")
ent("sc", "Agency", "国务院")
ent("ailaw", "Document", "人工智能法", ["“人工智能法”"])
ent("lh", "Event", "全国两会", optional=True)
ent("cewc", "Event", "中央经济工作会议")
for id, l in [("bj", "北京"), ("sh", "上海"), ("sz", "深圳")]:
    ent(id, "Place", l)
ent("hk", "Place", "香港", optional=True)
ent("china", "Place", "中国", optional=True)
ent("china2", "Place", "我国", optional=True)

# ---- technologies ----
ent("ai", "Technology", "人工智能", ["AI"])
ent("llm", "Technology", "大模型")
ent("lm", "Technology", "大语言模型")
ent("bigdata", "Technology", "大数据")
ent("dl", "Technology", "深度学习")
ent("ml", "Technology", "机器学习")
ent("nn", "Technology", "神经网络")
ent("tl", "Technology", "迁移学习")
ent("bc", "Technology", "区块链")
ent("smfg", "Technology", "智能制造")
ent("iiot", "Technology", "工业互联网")
ent("icloud", "Technology", "工业云", optional=True)
ent("genm", "Technology", "生成模型", optional=True)
ent("chatgpt", "Technology", "ChatGPT", optional=True)
ent("sora", "Technology", "Sora", optional=True)
ent("agi", "Technology", "通用AI", optional=True)
ent("internet", "Technology", "互联网", optional=True)
ent("uav", "Technology", "无人机", optional=True)
ent("satnet", "Technology", "卫星网", optional=True)
ent("ict", "Technology", "信息通信技术", optional=True)
rel("openai", "promotes", "chatgpt", optional=True)

TECH = [("llm", "大模型"), ("bigdata", "大数据"), ("bc", "区块链"), ("ai", "人工智能"), ("ai", "AI")]

def G(id, label, who="wu", evidence=None, opt=False, start=0):
    goal(id, label, evidence or sent(label, start), optional=opt)
    if who: rel(who, "proposes", id, optional=opt)
    done = set()
    for t, l in TECH:
        if l in label and t not in done:
            rel(id, "involvesTechnology", t, optional=opt); done.add(t)

# ---- statistics ----
stat("st1", "吴世忠担任全国政协委员年数", "第6年", "今年是吴世忠担任全国政协委员的第6年。", optional=True)
stat("st2", "AI孩提时期年数", "近60年", "回望历史我们知道，AI走过了近60年的孩提时期", optional=True)
stat("st3", "香港AI“多人换脸”诈骗案涉案金额", "2亿", "再到香港警方披露一起涉案2亿的AI“多人换脸”诈骗")
stat("st4", "制定或发布与AI有关政策文件的国家数", "60多个国家", "截至去年底，至少已有60多个国家制定或发布了与AI有关的政策文件")
stat("st5", "所分析的全球活跃AI倡议数", "50项", "我们对全球活跃的50项AI倡议作了初步分析")

# ---- his duty and this year's plan ----
G("w0", "把复杂的信息安全问题说得更准确些", opt=True)   # his own standard as a member
G("w1", "围绕人工智能安全和数据安全治理问题建言发声")
G("w2", "将问题研究透彻", opt=True)
G("w3", "确保提案能说准、说对", opt=True)
# the causes he has argued in two terms and says he will go on pushing (今后…持续推动)
P10 = sent("加强网络与安全信息安全保障")
for id, l in [("p1", "加强网络与安全信息安全保障"), ("p2", "科学利用三年疫情产生的大数据"), ("p3", "加强信息共享和联防联控"),
              ("p4", "有效打击网络诈骗"), ("p5", "加强人工智能标准和伦理研究")]:
    G(id, l, evidence=P10)
G("p6", "更好地处理发展与安全的辩证关系")
G("h1", "加强AI伦理研究", opt=True)          # heading; restates p5
G("h2", "辩证看待发展与安全关系", opt=True)   # heading; restates p6
# coping with information-security problems
for id, l in [("c1", "加强成本与效益分析"), ("c2", "采取激励机制与政策"), ("c3", "增强风险管理的意识"),
              ("c4", "将最佳实践、攻防演练、外部性因素等纳入网络安全治理的策略考虑"), ("c5", "提升信息安全治理能力")]:
    G(id, l)

# ---- AI safety ----
G("a1", "防止大模型沦为犯罪分子的作恶工具")   # also the heading 要防止大模型沦为作恶工具
G("a2", "负责任地使用和监督AI技术")
G("a3", "全面、辩证地看待AI的安全问题")

# ---- deep fakes ----
G("d0", "采取综合防范措施")
G("d1", "发展安全技术手段")   # also the title and the closing line
P45 = text.split("\n")[44]
for id, l in [("d2", "防范AI深度造假"), ("d3", "使用图像和音频分析工具"), ("d4", "检测深度造假"),
              ("d5", "识别图像或者音频的伪造痕迹"), ("d6", "在数字内容中嵌入水印或隐写记号"),
              ("d7", "追溯图像或音频来源并作真实性比对"), ("d8", "运用区块链技术等确保信息的不可篡改和透明性"),
              ("d9", "提高图像或音频的可信度")]:
    assert l in P45, l
    G(id, l, evidence=P45)
for id, l in [("d10", "制定相关法律法规和监管措施"), ("d11", "对违规或恶意使用AI造假的行为进行处罚和打击"),
              ("d12", "要求AI开发者提高模型的透明度和可解释性"), ("d13", "确保用户能够理解模型的决策过程"),
              ("d14", "减少潜在的滥用风险"), ("d15", "制定和倡导AI伦理规范"), ("d16", "引导AI技术的开发应用"),
              ("d17", "明确禁止滥用和伪造信息"), ("d18", "加强民众对AI造假可能性的认知"), ("d19", "提高对虚假信息的辨别能力"),
              ("d20", "促进官产学研多方合作"), ("d21", "加强持续监测研究"), ("d22", "适应不断进步的技术和不断演进的威胁"),
              ("d23", "共同应对AI深度造假的挑战")]:
    G(id, l)

# ---- AI governance ----
G("g0", "制定“人工智能法”", who=None)   # the reporter: on the State Council's legislative plan
rel("sc", "hasGoal", "g0")
G("g1", "构筑人工智能安全护栏", who=None, opt=True)   # the reporter's question; restates g2
G("g2", "构筑AI护栏")
for id, l in [("g3", "保护个人隐私和信息保密"), ("g4", "维护社会秩序和公平正义"), ("g5", "有利文化传承和道德伦理"),
              ("g6", "维护国家主权和安全利益")]:
    G(id, l)

# ---- new quality productive forces ----
G("q0", "加快发展新质生产力", who=None)   # 中央经济工作会议 (an Event cannot have goals)
for id, l in [("q1", "为数据和隐私提供安全保护"), ("q2", "为智能生产提供安全保障"), ("q3", "为业务创新提供安全保证"),
              ("q4", "为人工智能提供安全服务")]:
    G(id, l)
for id, l in [("q5", "确保重要设备的安全运行"), ("q6", "确保企业的业务持续性"), ("q7", "防范恶意使用人工智能"),
              ("q8", "防止算法攻击"), ("q9", "保障整体业务创新发展")]:
    G(id, l, opt=True)   # what security work does, in his account

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
