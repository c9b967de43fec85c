"""Gold annotation of briefing-eight-ministries-long-2021 (冲刺四季度 看八部委负责人为经济打call), by hand per shared/eval/ANNOTATE.md."""
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
ID = "briefing-eight-ministries-long-2021"
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
# Agencies and organisations
ent("ndrc", "Agency", "国家发展改革委", ["国家发展和改革委员会", "国家发改委", "发改委"])
ent("miit", "Agency", "工业和信息化部", ["工信部"])
ent("mofcom", "Agency", "商务部")
ent("pboc", "Agency", "中国人民银行", ["人民银行", "央行"])
ent("cbirc", "Agency", "中国银行保险监督管理委员会", ["银保监会"])
ent("sta", "Agency", "国家税务总局", ["税务总局"])
ent("samr", "Agency", "国家市场监督管理总局", ["市场监管总局"])
ent("ufwd", "Agency", "中央统战部", ["中共中央统战部", "中央统一战线工作部"])
ent("acfic", "Agency", "全国工商联", ["工商联", "中华全国工商业联合会"])
ent("mot", "Agency", "交通运输部")
ent("xinhua", "Organization", "新华社", ["新华通讯社"])
# People
for id, l in [("lian", "连维良"), ("xiao", "肖亚庆"), ("wang-wt", "王文涛"), ("guo", "郭树清"), ("wang-j", "王军"),
              ("zhang", "张工"), ("xu", "徐乐江"), ("li", "李小鹏")]:
    ent(id, "Person", l)
rel("lian", "holdsPost", "ndrc", post="副主任")
rel("xiao", "holdsPost", "miit", post="部长")
rel("wang-wt", "holdsPost", "mofcom", post="部长")
rel("guo", "holdsPost", "pboc", post="党委书记")
rel("guo", "holdsPost", "cbirc", post="主席")
rel("wang-j", "holdsPost", "sta", post="局长")
rel("zhang", "holdsPost", "samr", post="局长")
rel("xu", "holdsPost", "ufwd", post="副部长")
rel("xu", "holdsPost", "acfic", post="党组书记")
rel("li", "holdsPost", "mot", post="部长")
# Technology and places
ent("bigdata", "Technology", "大数据", ["税收大数据"])
ent("smart-tax", "Technology", "智慧税务", optional=True)
ent("digital", "Technology", "数字化", optional=True)
ent("china", "Place", "中国", ["我国"], optional=True)
# Statistics
ent("s-tax", "Statistic", "今年全年新增减税降费", value="超过7000亿元", optional=True,
    evidence=ev("预计今年全年将新增减税降费超过7000亿元"))
ent("s-loan", "Statistic", "普惠小微贷款余额同比增长", value="29.3%",
    evidence=ev("截至7月末，普惠小微贷款余额同比增长29.3%"))
# Shared aim restated by several speakers
goal("g-ndp", "构建新发展格局", "紧紧围绕构建新发展格局这个“纲”", optional=True)
for p in ("wang-wt", "li", "xu"):
    rel(p, "proposes", "g-ndp", optional=True)
# 连维良 / NDRC
goal("l-0", "建设高标准市场体系", by=["lian"], body=["ndrc"])
for i, l in enumerate(["全面完善产权制度", "全面规范市场准入", "全面完善竞争政策", "全面优化要素市场化配置",
                       "全面加强信用建设", "全面加强统一市场建设"]):
    goal(f"l-6-{i}", l, by=["lian"], body=["ndrc"])
goal("l-fair", "促进形成更加公平竞争的市场环境", by=["lian"], body=["ndrc"])
goal("l-sme", "支持中小企业发展", "此外，支持中小企业发展，就是为建设现代化经济体系、推动经济高质量发展夯实基础、提供支撑", optional=True, by=["lian"], body=["ndrc"])
goal("l-a", "把支持中小企业的各项政策举措落到实处", by=["lian"], body=["ndrc"])
for i, l in enumerate(["加大针对性支持力度", "加大融资服务力度", "加大创新发展支持力度", "加大优化营商环境工作力度"]):
    goal(f"l-b{i}", l, by=["lian"], body=["ndrc"])
# 肖亚庆 / MIIT
for i, l in enumerate(["破除各类隐形壁垒", "消除影响公平竞争、妨碍创新的各种制度束缚", "保障中小企业公平参与市场竞争",
                       "加大优质企业培育力度"]):
    goal(f"x-{i}", l, by=["xiao"], body=["miit"])
goal("x-4", "孵化培育百万家创新型中小企业", by=["xiao"], body=["miit"])
goal("x-5", "十万家“专精特新”中小企业", optional=True, by=["xiao"], body=["miit"])
goal("x-6", "一万家“小巨人”企业", optional=True, by=["xiao"], body=["miit"])
# 王文涛 / MOFCOM
for i, l, opt in [(0, "建设更高水平开放型经济新体制", False), (1, "打通国内国际两个市场", False),
                  (2, "形成统一开放、竞争有序的现代市场体系", False), (3, "推动构建高水平社会主义市场经济体制", False),
                  (5, "坚持以开放促改革促发展促创新", False), (6, "统筹开放和安全", False),
                  (7, "推动形成国内国际市场相通、产业相融、创新相促、规则相联的良性循环", False),
                  (8, "促进畅通国内国际双循环", False), (9, "提升开放平台功能", False), (10, "加快推进制度型开放", False),
                  (11, "深入参与全球经济治理", False)]:
    goal(f"w-{i}", l, optional=opt, by=["wang-wt"], body=["mofcom"])
goal("w-4", "推动经济高质量发展", "以高水平开放推动构建高水平社会主义市场经济体制，推动经济高质量发展", optional=True, by=["wang-wt"], body=["mofcom"])
# 郭树清 / PBOC, CBIRC
for i, l, opt in [(0, "强化反垄断", False), (1, "防止资本无序扩张", False), (2, "坚决打破垄断", True), (3, "严格依法监管", True),
                  (4, "坚持稳中求进", True), (5, "促进健康发展", True), (6, "坚持依法依规", False), (7, "坚持守正创新", False),
                  (8, "鼓励金融创新", True), (9, "开展金融领域反垄断和反不正当竞争整治", True)]:
    goal(f"g-{i}", l, optional=opt, by=["guo"], opt_body=["pboc", "cbirc"])
# 王军 / STA
for i, l in enumerate(["从线下服务为主向线上和线下服务并重转变", "从共性服务为主向注重个性服务转变",
                       "从注重程序性服务向更加注重权益性服务转变"]):
    goal(f"t-{i}", l, by=["wang-j"], body=["sta"])
goal("t-3", "基本建成以税收大数据为驱动力的智慧税务", by=["wang-j"], body=["sta"], tech=["bigdata"])
rel("t-3", "involvesTechnology", "smart-tax", optional=True)
for i, l in enumerate(["从经验式执法向科学精确执法转变", "从无差别服务向精细化、智能化、个性化服务转变",
                       "从“以票管税”向“以数治税”分类精准监管转变", "全方位提高税务执法、服务、监管能力",
                       "营造公平竞争的税收环境"], start=4):
    goal(f"t-{i}", l, by=["wang-j"], body=["sta"])
rel("sta", "promotes", "bigdata")
rel("sta", "promotes", "smart-tax", optional=True)
# 张工 / SAMR
for i, l, opt in [(0, "以推动高质量发展为主题", True), (1, "坚持“两个毫不动摇”", False), (2, "统筹监管执法和制度建设", False),
                  (3, "统筹线上线下一体化监管和平等对待各类市场主体", False), (4, "完善公平竞争法律制度体系", False),
                  (5, "强化反垄断反不正当竞争监管执法", False), (6, "打破地方保护和市场分割", False),
                  (7, "保护和促进市场公平竞争", False)]:
    goal(f"z-{i}", l, optional=opt, by=["zhang"], body=["samr"])
# 徐乐江 / ACFIC
goal("u-0", "信任、团结、服务、引导、教育民营企业家", by=["xu"], body=["acfic"])
for i, l in enumerate(["推动民营企业参与构建新发展格局", "提高服务质量", "拓展服务领域", "创新服务方式",
                       "助力民营企业加快转入高质量发展轨道"], start=1):
    goal(f"u-{i}", l, by=["xu"], body=["acfic"])
for i, l in enumerate(["积极转方式、调结构", "加快进行数字化、智能化、绿色化改造", "在危机中育先机、于变局中开新局",
                       "加强技术创新", "加大研发投入", "重视人才培养", "加快绿色发展", "推动能源清洁利用", "科学谋划布局",
                       "在“专精特新”等细分行业和专业领域寻求新的发展和突破", "加快建立现代企业制度", "完善企业内部治理",
                       "增强防范化解风险能力"]):
    goal(f"p-{i}", l, by=["xu"], opt_body=["acfic"])
rel("p-1", "involvesTechnology", "digital", optional=True)
# 李小鹏 / MOT
for i, l in enumerate(["更好畅通国民经济循环", "持续优化基础设施网络布局",
                       "有效引领产业体系布局、商品流通体系格局和区域城乡均衡发展格局", "加快构建现代流通体系",
                       "摒弃“一亩三分地”的惯性思维", "打破行业各领域各环节隐性壁垒", "畅通市场循环", "疏通政策堵点",
                       "优化运输结构", "提高运输效率", "降低运输成本", "加快完善国内统一大市场", "充分发挥市场机制作用",
                       "激发市场主体活力和创造力", "推动交通运输跨方式、跨领域、跨区域、跨产业一体化融合发展",
                       "持续打通“大动脉”", "畅通“微循环”", "加快构建现代综合交通运输体系", "建立交通运输高标准市场体系",
                       "成为内外经济循环相互促进的重要纽带", "为构建新发展格局贡献交通力量"]):
    goal(f"m-{i}", l, by=["li"], body=["mot"])

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
