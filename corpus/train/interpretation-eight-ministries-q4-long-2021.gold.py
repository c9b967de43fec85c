"""Gold annotation of interpretation-eight-ministries-q4-long-2021 (冲刺四季度 看八部委负责人为经济打call), by hand per shared/eval/ANNOTATE.md."""
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
ID = "interpretation-eight-ministries-q4-long-2021"
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
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
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=()):
    """a Goal; evidence defaults to the sentence stating it; by = proposers, body = hasGoal subjects"""
    assert label in text, label
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence) if evidence else sent(label))
    for p in by: rel(p, "proposes", id, optional=optional)
    for p in opt_by: rel(p, "proposes", id, optional=True)
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)
    for t in tech: rel(id, "involvesTechnology", t, optional=optional)

# Agencies and organizations
ent("xinhua", "Organization", "新华社")
ent("ndrc", "Agency", "国家发展改革委", ["国家发改委", "国家发展和改革委员会"])
ent("miit", "Agency", "工业和信息化部", ["工信部"])
ent("mofcom", "Agency", "商务部")
ent("pboc", "Agency", "中国人民银行", ["人民银行", "央行"])
ent("cbirc", "Agency", "中国银行保险监督管理委员会", ["银保监会"])
ent("sat", "Agency", "国家税务总局", ["税务总局"])
ent("samr", "Agency", "国家市场监督管理总局", ["市场监管总局"])
ent("ufwd", "Agency", "中央统战部", ["中共中央统一战线工作部"])
ent("acfic", "Agency", "全国工商联", ["中华全国工商业联合会", "工商联"])
ent("mot", "Agency", "交通运输部")
# People and posts
P = [("lian", "连维良", "ndrc", "副主任"), ("xiao", "肖亚庆", "miit", "部长"), ("wang-wt", "王文涛", "mofcom", "部长"),
     ("guo", "郭树清", "pboc", "党委书记"), ("wang-jun", "王军", "sat", "局长"), ("zhang-gong", "张工", "samr", "局长"),
     ("xu", "徐乐江", "ufwd", "副部长"), ("li-xp", "李小鹏", "mot", "部长")]
for id, name, org, post in P:
    ent(id, "Person", name)
    rel(id, "holdsPost", org, post=post)
rel("guo", "holdsPost", "cbirc", post="主席")
rel("xu", "holdsPost", "acfic", post="党组书记")
# Places, technologies
ent("china", "Place", "中国", ["我国"], optional=True)
ent("bigdata", "Technology", "大数据", ["税收大数据"])
ent("smart-tax", "Technology", "智慧税务", optional=True)
ent("digital", "Technology", "数字化", optional=True)
ent("smart", "Technology", "智能化", optional=True)
# Statistics
ent("s-officials", "Statistic", "新华社采访的中央部门负责人", value="8位", optional=True, evidence=ev("新华社近日采访了8位中央部门负责人"))
ent("s-tax-cut", "Statistic", "预计今年全年新增减税降费", value="超过7000亿元", optional=True, evidence=ev("预计今年全年将新增减税降费超过7000亿元"))
ent("s-loans", "Statistic", "普惠小微贷款余额同比增长", value="29.3%", evidence=ev("截至7月末，普惠小微贷款余额同比增长29.3%"))

# 连维良, 国家发展改革委
L = dict(by=["lian"], body=["ndrc"])
goal("l-market", "建设高标准市场体系", **L)
goal("l-fair", "促进形成更加公平竞争的市场环境", **L)
for i, g in enumerate(["全面完善产权制度", "全面规范市场准入", "全面完善竞争政策", "全面优化要素市场化配置", "全面加强信用建设", "全面加强统一市场建设"]):
    goal(f"l-6-{i+1}", g, **L)
goal("l-sme", "支持中小企业发展", "此外，支持中小企业发展，就是为建设现代化经济体系、推动经济高质量发展夯实基础、提供支撑", **L)
goal("l-modern", "建设现代化经济体系", optional=True, by=["lian"], body=["ndrc"])
goal("l-orient", "坚持问题导向和目标导向", **L)
goal("l-implement", "把支持中小企业的各项政策举措落到实处", **L)
for i, g in enumerate(["加大针对性支持力度", "加大融资服务力度", "加大创新发展支持力度", "加大优化营商环境工作力度"]):
    goal(f"l-4-{i+1}", g, **L)
# shared aims, one node each
goal("x-hq", "推动经济高质量发展", "以高水平开放推动构建高水平社会主义市场经济体制，推动经济高质量发展", by=["wang-wt"], body=["mofcom"], opt_by=["lian"], opt_body=["ndrc"])
goal("x-socmkt", "构建高水平社会主义市场经济体制", "以高水平开放推动构建高水平社会主义市场经济体制", by=["wang-wt"], body=["mofcom"], opt_by=["lian"], opt_body=["ndrc"])

# 肖亚庆, 工业和信息化部
X = dict(by=["xiao"], body=["miit"])
goal("x-past", "加大对小微企业定向支持", optional=True, by=["xiao"], body=["miit"])
goal("x-barriers", "破除各类隐形壁垒", **X)
goal("x-shackles", "消除影响公平竞争、妨碍创新的各种制度束缚", **X)
goal("x-sme-fair", "切实保障中小企业公平参与市场竞争", **X)
goal("x-quality", "加大优质企业培育力度", **X)
goal("x-145", "孵化培育百万家创新型中小企业", "“十四五”期间，孵化培育百万家创新型中小企业，十万家“专精特新”中小企业，一万家“小巨人”企业", **X)

# 王文涛, 商务部
W = dict(by=["wang-wt"], body=["mofcom"])
goal("w-system", "建设更高水平开放型经济新体制", **W)
goal("w-markets", "进一步打通国内国际两个市场", **W)
goal("w-modern", "形成统一开放、竞争有序的现代市场体系", **W)
goal("w-pattern", "围绕构建新发展格局", **W)
goal("w-open", "坚持以开放促改革促发展促创新", **W)
goal("w-security", "统筹开放和安全", **W)
goal("w-cycle", "推动形成国内国际市场相通、产业相融、创新相促、规则相联的良性循环", **W)
for i, g in enumerate(["促进畅通国内国际双循环", "提升开放平台功能", "加快推进制度型开放", "深入参与全球经济治理"]):
    goal(f"w-4-{i+1}", g, "未来，应着重从促进畅通国内国际双循环、提升开放平台功能、加快推进制度型开放、深入参与全球经济治理四方面工作入手", **W)

# 郭树清, 中国人民银行 / 银保监会
G = dict(by=["guo"], opt_body=["pboc", "cbirc"])
goal("g-antimono", "强化反垄断", "强化反垄断和防止资本无序扩张，是从构建新发展格局、推动高质量发展、促进共同富裕的战略高度出发，作出的重大部署", **G)
goal("g-capital", "防止资本无序扩张", "强化反垄断和防止资本无序扩张，是从构建新发展格局、推动高质量发展、促进共同富裕的战略高度出发，作出的重大部署", **G)
goal("g-campaign", "开展金融领域反垄断和反不正当竞争整治", optional=True, by=["guo"], opt_body=["pboc", "cbirc"])
for i, g in enumerate(["坚决打破垄断", "严格依法监管", "坚持稳中求进", "促进健康发展"]):
    goal(f"g-4-{i+1}", g, **G)
goal("g-inclusive", "改善普惠金融服务", optional=True, by=["guo"], opt_body=["pboc", "cbirc"])
goal("g-innov", "促进创新发展", "既有利于改善普惠金融服务，又有利于促进创新发展", optional=True, by=["guo"], opt_body=["pboc", "cbirc"])
goal("g-law", "坚持依法依规", **G)
goal("g-upright", "坚持守正创新", **G)
goal("g-fin-innov", "鼓励金融创新", **G)

# 王军, 国家税务总局
J = dict(by=["wang-jun"], body=["sat"])
goal("j-service", "优化税费服务", **J)
for i, g in enumerate(["从线下服务为主向线上和线下服务并重转变", "从共性服务为主向注重个性服务转变", "从注重程序性服务向更加注重权益性服务转变"]):
    goal(f"j-3-{i+1}", g, **J)
goal("j-smart", "基本建成以税收大数据为驱动力的智慧税务", **J, tech=["bigdata"])
rel("j-smart", "involvesTechnology", "smart-tax", optional=True)
goal("j-enforce", "实现从经验式执法向科学精确执法转变", **J)
goal("j-precise", "从无差别服务向精细化、智能化、个性化服务转变", **J)
rel("j-precise", "involvesTechnology", "smart", optional=True)
goal("j-data", "从“以票管税”向“以数治税”分类精准监管转变", **J)
goal("j-capacity", "全方位提高税务执法、服务、监管能力", **J)
goal("j-env", "更好营造公平竞争的税收环境", **J)
rel("sat", "promotes", "bigdata")
rel("sat", "promotes", "smart-tax", optional=True)

# 张工, 国家市场监督管理总局
Z = dict(by=["zhang-gong"], body=["samr"])
goal("z-theme", "以推动高质量发展为主题", **Z)
goal("z-two", "坚持“两个毫不动摇”", **Z)
goal("z-balance", "统筹监管执法和制度建设", **Z)
goal("z-online", "统筹线上线下一体化监管和平等对待各类市场主体", **Z)
goal("z-law", "着力完善公平竞争法律制度体系", **Z)
goal("z-enforce", "着力强化反垄断反不正当竞争监管执法", **Z)
goal("z-local", "着力打破地方保护和市场分割", **Z)
goal("z-protect", "保护和促进市场公平竞争", **Z)

# 徐乐江, 中央统战部 / 全国工商联
U = dict(by=["xu"], body=["acfic"])
goal("u-trust", "信任、团结、服务、引导、教育民营企业家", **U)
goal("u-pattern", "推动民营企业参与构建新发展格局", **U)
for i, g in enumerate(["提高服务质量", "拓展服务领域", "创新服务方式"]):
    goal(f"u-3-{i+1}", g, **U)
goal("u-track", "助力民营企业加快转入高质量发展轨道", **U)
V = dict(by=["xu"], opt_body=["acfic"])  # what private firms should do
goal("v-transform", "积极转方式、调结构", **V)
goal("v-digital", "加快进行数字化、智能化、绿色化改造", **V)
rel("v-digital", "involvesTechnology", "digital", optional=True)
rel("v-digital", "involvesTechnology", "smart", optional=True)
goal("v-crisis", "在危机中育先机、于变局中开新局", optional=True, by=["xu"], opt_body=["acfic"])
for i, g in enumerate(["加强技术创新", "加大研发投入", "重视人才培养", "加快绿色发展", "推动能源清洁利用",
                       "科学谋划布局", "在“专精特新”等细分行业和专业领域寻求新的发展和突破",
                       "加快建立现代企业制度", "不断完善企业内部治理", "增强防范化解风险能力"]):
    goal(f"v-{i+1}", g, **V)

# 李小鹏, 交通运输部
T = dict(by=["li-xp"], body=["mot"])
goal("t-national", "加快构建新发展格局", optional=True, by=["li-xp"])
for i, g in enumerate(["更好畅通国民经济循环", "持续优化基础设施网络布局",
                       "有效引领产业体系布局、商品流通体系格局和区域城乡均衡发展格局",
                       "加快构建现代流通体系", "摒弃“一亩三分地”的惯性思维", "打破行业各领域各环节隐性壁垒",
                       "畅通市场循环", "疏通政策堵点", "优化运输结构", "提高运输效率", "降低运输成本",
                       "加快完善国内统一大市场", "充分发挥市场机制作用", "激发市场主体活力和创造力",
                       "推动交通运输跨方式、跨领域、跨区域、跨产业一体化融合发展",
                       "持续打通“大动脉”", "畅通“微循环”", "加快构建现代综合交通运输体系",
                       "建立交通运输高标准市场体系", "努力成为内外经济循环相互促进的重要纽带",
                       "为构建新发展格局贡献交通力量"]):
    goal(f"t-{i+1}", g, **T)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
