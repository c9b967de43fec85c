"""Gold annotation of interpretation-sic-digital-economy-foundations-long-2024 (专家解读 | 我国数字经济高质量发展的基础和环境持续完善, 中国信息安全 2024-07-18, from 国家数据局: 单志广 and 马潮江 of 国家信息中心信息化和产业发展部 on the foundations of China's digital economy), by hand per shared/eval/ANNOTATE.md (annotator annC13)."""
ID = "interpretation-sic-digital-economy-foundations-long-2024"
import collections, json, pathlib
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
L = {i + 1: l for i, l in enumerate(lines)}
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type == "Statistic" or label in text, label
    for a in aliases: assert a in text, a
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    if "evidence" in kw: ev(kw["evidence"])
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def sent(frag):
    """the sentence (up to 。) of the text containing frag"""
    for l in lines:
        if frag in l:
            i = l.index(frag)
            a = l.rfind("。", 0, i) + 1
            b = l.find("。", i)
            return l[a:b + 1 if b >= 0 else len(l)]
    raise AssertionError(frag)

# ---- authors and bodies (line 2: 文 | 国家信息中心信息化和产业发展部 单志广 马潮江) ----
ent("sic", "Agency", "国家信息中心")
ent("sic-dept", "Agency", "信息化和产业发展部", ["国家信息中心信息化和产业发展部"])
rel("sic-dept", "subOrganizationOf", "sic")
ent("shan", "Person", "单志广")
ent("ma", "Person", "马潮江")
AUTHORS = ("shan", "ma")
for p in AUTHORS:
    rel(p, "holdsPost", "sic-dept", optional=True)  # byline affiliation, no title given
ent("nda", "Agency", "国家数据局")  # closing source line （来源：国家数据局）
ent("cpc", "Agency", "党中央")
ent("sc", "Agency", "国务院")
ent("xi", "Person", "习近平")
ent("joint", "Agency", "数字经济发展部际联席会议", optional=True)  # 建立数字经济发展部际联席会议制度
ent("wic", "Organization", "世界互联网大会", ["世界互联网大会国际组织"])  # 成立世界互联网大会国际组织

# ---- events ----
ent("cpc18", "Event", "党的十八大")
ent("bri-forum", "Event", "第三届“一带一路”国际合作高峰论坛数字经济高级别论坛")
ent("wuzhen", "Event", "世界互联网大会乌镇峰会")
ent("gdte", "Event", "第二届全球数字贸易博览会")

# ---- places ----
ent("china", "Place", "我国", ["中国"], optional=True)
for id, l in [("bj", "北京"), ("sh", "上海"), ("zj", "浙江"), ("fj", "福建"), ("gz", "贵州"),
              ("hn", "海南"), ("sz", "深圳")]:
    ent(id, "Place", l)
ent("wz", "Place", "乌镇", optional=True)  # only inside the summit's name
rel("wuzhen", "locatedIn", "wz", optional=True)

# ---- documents ----
ent("plan14", "Document", "“十四五”数字经济发展规划", ["《“十四五”数字经济发展规划》"])
ent("dcplan", "Document", "数字中国建设布局整体规划", ["《数字中国建设布局整体规划》"])  # as written in the text
for d in ("plan14", "dcplan"):
    rel(d, "publishedBy", "cpc")  # 党中央……先后出台《…》《…》等一系列重大政策规划
ent("d20", "Document", "数据二十条", ["“数据二十条”"])
ent("dx", "Document", "“数据要素×”三年行动计划", ["数据要素×"])
laws = [("l-cs", "网络安全法"), ("l-ec", "电子商务法"), ("l-ds", "数据安全法"), ("l-pi", "个人信息保护法"),
        ("l-uc", "反不正当竞争法"), ("l-am", "反垄断法")]
for id, l in laws:
    ent(id, "Document", l)
ent("gdsi", "Document", "全球数据安全倡议", ["《全球数据安全倡议》"])
ent("depa", "Document", "数字经济伙伴关系协定", ["《数字经济伙伴关系协定》", "DEPA"])
ent("bj-init", "Document", "“一带一路”数字经济国际合作北京倡议", ["《“一带一路”数字经济国际合作北京倡议》"])

# ---- technologies ----
T = [("5g", "5G", (), False), ("4g", "4G", (), False), ("3g", "3G", (), False),
     ("iiot", "工业互联网", ("工业互联网平台",), False),
     ("mi", "移动互联网", (), True), ("fiber", "光纤", (), True), ("mbb", "移动宽带", (), True),
     ("gbb", "千兆宽带", (), True), ("dual", "“双千兆”网络", ("双千兆",), True),
     ("compute", "算力", (), True), ("dc", "数据中心", (), True),
     ("edwc", "“东数西算”工程", ("东数西算",), True),
     ("iiot-id", "工业互联网标识", (), True), ("netsec", "网络安全", (), True),
     ("dinfra", "数字基础设施", (), True)]
for id, l, al, opt in T:
    ent(id, "Technology", l, al, optional=opt)
TOPT = {id for id, l, al, opt in T if opt}

def G(id, label, evidence, holders=(), auth="opt", opt=False, tech=()):
    """holders: bodies that hasGoal (required unless opt); auth: 'req' = the authors' own aim
    (单志广, 马潮江 propose; 国家信息中心 hasGoal optional), 'opt' = work the authors report
    (propose optional), None = no proposer."""
    assert label in evidence, (label, evidence)
    assert 4 <= len(label) <= 30, label
    assert label not in {e["label"] for e in E if e["type"] == "Goal"}, label
    ent(id, "Goal", label, optional=opt, evidence=ev(evidence))
    for h in holders:
        rel(h, "hasGoal", id, optional=opt)
    if auth == "req":
        for p in AUTHORS:
            rel(p, "proposes", id, optional=opt)
        rel("sic", "hasGoal", id, optional=True)
    elif auth == "opt":
        for p in AUTHORS:
            rel(p, "proposes", id, optional=True)
    for t in tech:
        rel(id, "involvesTechnology", t, optional=opt or t in TOPT)

# ---- line 3: the Party centre's strategy ----
e3 = sent("作出了发展数字经济的战略部署")
G("c1", "发展数字经济", e3, ("cpc",))
G("c2", "做强做优做大我国数字经济", e3, ("cpc",))  # 不断做强做优做大: continuing
rel("plan14", "hasGoal", "c2", optional=True)  # the plans 明确数字经济发展目标、重点任务
rel("dcplan", "hasGoal", "c2", optional=True)
G("c3", "明确数字经济发展目标、重点任务", e3, ("plan14", "dcplan"), opt=True)  # what the plans did (past)

# ---- part 01 (lines 4-5): data basic institutions ----
e5a = sent("加快探索数据要素市场建设可行路径")
G("d1", "确立了数据基础制度框架体系", e5a, ("d20",), opt=True)  # past: 印发“数据二十条”，确立了…
G("d2", "探索数据要素市场建设可行路径", e5a)  # 各地区、各部门……加快探索: continuing
G("d3", "强化政策供给", e5a, opt=True)
e5b = sent("启动数据要素市场化配置改革")
G("d4", "启动数据要素市场化配置改革", e5b, opt=True)  # past measure
G("d5", "更好发挥数据要素价值", e5b, opt=True)
e5c = sent("三年行动计划")
G("d6", "进一步挖掘数据资源作用", e5c, ("dx",))  # the plan now under way
G("d7", "围绕工业制造、现代农业、商贸流通等12个重点领域实施", e5c, opt=True)
rel("dx", "hasGoal", "d7", optional=True)
e5d = sent("加快落地实践")
G("d8", "激发数据要素价值", e5d)
G("d9", "在公共数据授权运营、数据产权登记方面加快落地实践", e5d, opt=True)
e5e = sent("数据交易机构不断完善交易规则")  # data exchanges' continuing work (market actors, unnamed)
G("d10", "完善交易规则", e5e, opt=True)
G("d11", "优化交易服务", e5e, opt=True)
G("d12", "推进数据交易撮合", e5e, opt=True)

# ---- part 02 (lines 6-7): digital infrastructure ----
G("i1", "实施提速降费政策", sent("实施提速降费政策以来"), opt=True)  # past measure named in passing
G("i2", "“东数西算”工程加快推进", sent("工程加快推进"), tech=("edwc",))  # continuing project
G("i3", "布局八大国家算力枢纽节点", sent("布局八大国家算力枢纽节点"), opt=True, tech=("compute",))
G("i4", "传统设施网络化、智能化改造", sent("传统设施网络化、智能化改造步伐加快"), opt=True)

# ---- part 03 (lines 8-9): governance ----
e9 = sent("加快健全法律法规制度体系")  # the section's lead: continuing work
G("g1", "健全法律法规制度体系", e9)
G("g2", "加强网络安全能力建设", e9, tech=("netsec",))
G("g3", "提升数字经济治理效能", e9)  # = heading 数字经济治理效能持续提升 / 三是
G("g4", "制定平台经济、数据跨境流动、重要数据保护等方面的法规和标准", sent("积极制定平台经济"))  # 积极制定: continuing
G("g5", "健全关键信息基础设施安全保护、数据安全管理、个人信息防护", sent("健全关键信息基础设施安全保护"), opt=True)
G("g6", "优化数据安全管理和数据信息保护认证体系", sent("优化数据安全管理和数据信息保护认证体系"), opt=True)
e9b = sent("建立数字经济发展部际联席会议制度")
G("g7", "建立数字经济发展部际联席会议制度", e9b, opt=True)
G("g8", "强化统筹联动、协同配合", e9b, ("joint",), opt=True)
G("g9", "推动构建全国一体化在线监管平台", sent("推动构建全国一体化在线监管平台"), opt=True)

# ---- part 04 (lines 10-11): international cooperation ----
e11 = sent("主动参与数字经济国际合作")  # the section's lead: continuing work
G("n1", "参与数字经济国际合作", e11, auth=None)  # restated in line 12 积极参与数字经济国际合作: one node
G("n2", "发出中国声音", e11)
G("n3", "拓展合作广度和深度", e11)
G("n4", "营造良好国际环境", e11)
e11b = sent("全面推进加入《数字经济伙伴关系协定》")
G("n5", "主动引领多双边国际规则", e11b, opt=True)
G("n6", "发布《全球数据安全倡议》", e11b, opt=True)  # past
G("n7", "推进加入《数字经济伙伴关系协定》（DEPA）谈判", e11b)  # 全面推进: continuing
G("n8", "构建合作交流机制", e11b, opt=True)
G("n9", "“数字丝绸之路”建设加快推进", sent("建设加快推进"))  # continuing
G("n10", "数字经济双边务实合作不断深化", sent("数字经济双边务实合作不断深化"), opt=True)
e11c = sent("打造世界互联网大会乌镇峰会国际品牌")
G("n11", "打造世界互联网大会乌镇峰会国际品牌", e11c, opt=True)
G("n12", "搭建全球数字经济合作交流平台", e11c, opt=True)

# ---- line 12: the authors' conclusion (我们要…) ----
e12 = sent("我们要协同数据基础制度构建")
G("w1", "协同数据基础制度构建和数字基础设施建设", e12, auth="req", tech=("dinfra",))
G("w2", "加快完善数字经济治理体系", e12, auth="req")
for p in AUTHORS:  # 积极参与数字经济国际合作 restates n1
    rel(p, "proposes", "n1")
rel("sic", "hasGoal", "n1", optional=True)
G("w3", "抓住机遇", e12, auth="req", opt=True)
G("w4", "赢得主动", e12, auth="req", opt=True)
G("w5", "筑牢我国数字经济高质量发展的制度基础和设施基础", e12, auth="req")
G("w6", "塑造有利于数字经济创新发展的国内和国际环境", e12, auth="req")
G("w7", "培育和发挥数字经济作为新质生产力重要引擎的作用", e12, auth="req")
G("w8", "以数字化助力实现中国式现代化", e12, auth="req")

# ---- statistics (every reported figure with digits) ----
S = [("s1", "“数据要素×”三年行动计划重点领域", "12个"),
     ("s2", "5G基站规模", "383.7万个"),
     ("s3", "千兆宽带用户", "1.83亿户"),
     ("s4", "固定宽带和4G用户端到端平均下载速率提高", "7倍"),
     ("s5", "移动流量资费降幅", "超过95%"),
     ("s6", "企业宽带和专线资费降幅", "超70%"),
     ("s7", "数据中心在用标准机架数量", "超过810万"),
     ("s8", "算力总规模", "每秒2.3万亿亿次浮点运算"),
     ("s9", "先进绿色中心电能使用效率", "1.1左右"),
     ("s10", "具有一定影响力的工业互联网平台", "超过340家"),
     ("s11", "重点平台工业设备连接数量", "超过9600万台（套）"),
     ("s12", "工业互联网标识注册量", "超过5000亿"),
     ("s13", "工业互联网标识服务企业", "超过42万家"),
     ("s14", "“丝路电商”伙伴国", "31个"),
     ("s15", "“丝路电商”合作先行区先行先试具体举措", "38项"),
     ("s16", "“丝路电商”合作先行区已启动实施的举措", "36项"),
     ("s17", "共同发布《“一带一路”数字经济国际合作北京倡议》的国家", "14个"),
     ("s18", "签署数字经济投资合作备忘录的国家", "26个")]
for id, l, v in S:
    assert v in text, v
    ent(id, "Statistic", l, value=v)

# ---- checks and output ----
ids = [e["id"] for e in E]
assert len(ids) == len(set(ids))
out = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
c = collections.Counter(e["type"] for e in E)
print(ID, len(E), "entities", dict(c), len(R), "relations",
      sum(1 for e in E if e.get("optional")), "optional entities",
      sum(1 for r in R if r.get("optional")), "optional relations")
