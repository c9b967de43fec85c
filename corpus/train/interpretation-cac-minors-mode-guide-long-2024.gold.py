"""Gold annotation of interpretation-cac-minors-mode-guide-long-2024 (《移动互联网未成年人模式建设指南》答记者问, 国家网信办), by hand per shared/eval/ANNOTATE.md (annotator ann42)."""
ID = "interpretation-cac-minors-mode-guide-long-2024"
import collections, json, pathlib, re
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

def sentence(label):
    """the clause group (up to 。；？ or line end) holding the label's first occurrence"""
    i = text.index(label)
    a = max(text.rfind(c, 0, i) for c in "。；？\n") + 1
    b = min([j for j in (text.find(c, i + len(label)) for c in "。；？\n") if j != -1])
    return text[a:b]

def goal(id, label, evidence=None, optional=False):
    evidence = evidence or sentence(label)
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

# Bodies, people, events, documents
ent("cac", "Agency", "国家互联网信息办公室", ["国家网信办"])
ent("cpc", "Agency", "党中央")
ent("sc", "Agency", "国务院")
ent("cacnet", "Organization", "中国网信网")
ent("xi", "Person", "习近平")
ent("plenum", "Event", "党的二十届三中全会")
ent("guide", "Document", "移动互联网未成年人模式建设指南", ["指南"])
rel("guide", "publishedBy", "cac")
ent("minorlaw", "Document", "中华人民共和国未成年人保护法")
ent("regs", "Document", "未成年人网络保护条例")

# Technologies and products (all optional: the field is named only in the guide's title, the rest are product features)
for id, l in [("mobile", "移动互联网"), ("internet", "互联网"), ("minormode", "未成年人模式"),
              ("youthmode", "青少年模式"), ("terminal", "移动智能终端")]:
    ent(id, "Technology", l, optional=True)
rel("cac", "promotes", "minormode", optional=True)

# Statistics: the age bands of the recommendation standard (figures with digits, but parameters rather than reported figures)
stat("st-age3", "音频内容推荐对象年龄上限", "3周岁", "对3周岁以下用户推荐音频内容", optional=True)
stat("st-age8", "学龄前和低年级内容推荐对象年龄上限", "8周岁", "3周岁以上不满8周岁用户以学龄前和低年级学生为主", optional=True)

TECH = {"未成年人模式": "minormode", "移动智能终端": "terminal", "互联网": "internet", "青少年模式": "youthmode"}
def techs(id, label):
    for k, t in TECH.items():
        if k in label:
            rel(id, "involvesTechnology", t, optional=True)

# (id, label, evidence or None, optional, cac: "req"/"opt"/None, guide: "req"/"opt"/None)
G = [
 # purpose of issuing the guide (lead)
 ("a1", "进一步强化未成年人网络保护", None, False, "req", "req"),
 ("a2", "营造健康安全的网络环境", None, False, "req", "req"),
 ("a3", "对未成年人模式建设予以具体指导", None, False, "req", "req"),
 # background
 ("a4", "保障未成年人在网络空间的合法权益", None, False, "opt", "opt"),
 ("a5", "更好指导未成年人模式建设", None, False, "req", "opt"),
 ("a6", "切实发挥模式保护效能", None, False, "req", "req"),      # restated: 最大限度发挥…/充分发挥模式保护效能
 ("a7", "提出了未成年人模式建设、运行和使用等全链条方案", None, False, "opt", "req"),
 ("a8", "调动各方面力量", None, False, "opt", "req"),            # restated: 广泛调动各方面保护力量
 ("a9", "共同筑牢未成年人网络保护防线", None, False, "opt", "req"),
 # principles of drafting
 ("p1", "突出鲜明导向", None, False, "opt", "req"),
 ("p2", "坚持以社会主义核心价值观为引领", None, False, "opt", "req"),
 ("p3", "坚持最有利于未成年人的原则", None, False, "opt", "req"),
 ("p4", "充分考虑未成年人身心健康发展特点和上网需求", None, False, "opt", "req"),
 ("p5", "探索创新未成年人模式保护措施", None, False, "opt", "req"),
 ("p6", "加强法律衔接", None, False, "opt", "req"),
 ("p7", "落实《中华人民共和国未成年人保护法》", "落实《中华人民共和国未成年人保护法》《未成年人网络保护条例》等法律法规要求，将其细化为《指南》的具体内容", False, "opt", "req"),
 ("p8", "将其细化为《指南》的具体内容", None, False, "opt", "req"),
 ("p9", "以鼓励条款、默认设置等方式进行规范引导", None, False, "opt", "req"),
 ("p10", "坚持促进发展", None, False, "opt", "req"),
 ("p11", "充分发挥互联网和手机对未成年人的正向作用", None, False, "opt", "req"),
 ("p12", "鼓励企业提供更加优质、健康的内容和服务", None, False, "opt", "req"),
 ("p13", "丰富使用场景", None, False, "opt", "req"),
 ("p14", "满足多元需求", None, False, "opt", "req"),
 ("p15", "引导企业承担社会责任、持续健康发展", None, False, "opt", "req"),
 ("p16", "注重协同共治", None, False, "opt", "req"),
 ("p17", "鼓励和支持软硬件各方共同参与模式建设", None, False, "opt", "req"),
 ("p18", "方便家长更好教育引导", None, False, "opt", "req"),
 # scope
 ("c1", "鼓励支持未成年人模式建设和使用", None, False, "opt", "opt"),
 ("c2", "指导各主体落实《未成年人网络保护条例》要求", None, False, "opt", "req"),
 ("c3", "积极推进未成年人模式建设", None, False, "opt", "req"),
 ("c4", "鼓励家长在未成年人使用移动智能终端时启动未成年人模式", None, False, "opt", "req"),
 ("c5", "引导未成年人形成良好上网习惯", None, False, "opt", "req"),
 # upgrade over 青少年模式: 三方联动, 三个优化
 ("d1", "为未成年人提供一种新的、更加安全的上网途径", None, False, "opt", "req"),
 ("d2", "扩大到移动智能终端、应用程序、应用程序分发平台三方", None, False, "opt", "req"),
 ("d3", "打通软硬件壁垒", None, False, "opt", "req"),
 ("d4", "形成保护合力", None, False, "opt", "req"),
 ("d5", "在移动智能终端设置统一入口", None, False, "opt", "req"),
 ("d6", "所有应用程序实现同步切换", None, False, "opt", "req"),
 ("d7", "形成安全可控的独立空间", None, False, "opt", "req"),
 ("d8", "实现时间、内容、功能三方面管理升级", None, False, "opt", "req"),
 ("d9", "由移动智能终端统一控制总时长", None, False, "opt", "req"),
 ("d10", "解决单个应用程序分散计时、总时长不可控的问题", None, False, "opt", "req"),
 ("d11", "持续扩充专属内容池", None, False, "opt", "req"),
 ("d12", "分年龄段推荐适龄内容", None, False, "opt", "req"),
 ("d13", "合理限制诱导沉迷功能", None, False, "opt", "req"),
 ("d14", "推动便捷性和安全性双提升", None, False, "opt", "req"),
 # anti-addiction design
 ("f1", "进一步优化完善防沉迷措施", None, False, "opt", "req"),
 ("f2", "设置推荐时长", None, False, "opt", "req"),
 ("f3", "提供超时默认关闭、推送休息提醒等功能", None, False, "opt", "req"),
 ("f4", "引导未成年人合理使用网络", None, False, "opt", "req"),
 ("f5", "控制风险功能", None, False, "opt", "req"),
 ("f6", "指导企业及时修改可能造成沉迷的内容、功能和规则", None, False, "opt", "req"),
 ("f7", "采取有效措施防范外链信息内容风险", None, False, "opt", "req"),
 ("f8", "具备多重防绕过、防破解措施", None, False, "opt", "req"),
 ("f9", "提升防护效能", None, False, "opt", "req"),
 ("f10", "应急类、教育类等基本功能和服务不纳入总时长统计", None, True, "opt", "opt"),
 ("f11", "更好满足未成年人使用需要", None, False, "opt", "req"),
 ("f12", "保障人身安全", None, False, "opt", "req"),
 # content
 ("h0", "营造更加清朗的网络环境", None, False, "opt", "req"),
 ("h1", "细化未成年人模式信息内容安全要求", None, False, "opt", "req"),
 ("h2", "鼓励提供优质适龄内容", None, False, "opt", "req"),
 ("h3", "更好满足未成年人精神文化需求", None, False, "opt", "req"),
 ("h4", "丰富优质内容", None, False, "opt", "req"),
 ("h5", "提升未成年人模式下内容安全标准", None, False, "opt", "req"),
 ("h6", "持续扩充具有正确价值导向的优质内容", None, False, "opt", "req"),
 ("h7", "强化内容安全审核", None, False, "opt", "req"),            # restated: 强化安全审核 (专区)
 ("h8", "严格过滤违法和不良信息", None, False, "opt", "req"),
 ("h9", "避免对未成年人造成负面影响", None, False, "opt", "req"),
 ("h10", "采取分龄推荐", None, False, "opt", "req"),
 ("h11", "首次探索提出分龄推荐标准", None, False, "opt", "req"),
 ("h12", "指导应用程序在推荐环节优先展示适龄内容", None, False, "opt", "req"),
 ("h13", "对3周岁以下用户推荐音频内容", None, False, "opt", "req"),
 ("h14", "引导减少屏幕使用", None, False, "opt", "req"),
 ("h15", "提供未成年人专区", None, False, "opt", "req"),
 ("h16", "丰富教育、益智、科普、读书、体育等应用程序", None, False, "opt", "req"),
 ("h17", "便利未成年人获取有益身心健康的产品和服务", None, False, "opt", "req"),
 # convenience
 ("i1", "为未成年人安全上网提供支撑和保障", None, False, "opt", "req"),
 ("i2", "进一步突出保护", None, False, "opt", "req"),
 ("i3", "优化服务", "进一步突出保护、优化服务", False, "opt", "req"),
 ("i4", "以“一键切换”降低操作难度", None, False, "opt", "req"),
 ("i5", "未成年人模式入口应当设置在移动智能终端的醒目位置", None, False, "opt", "req"),
 ("i6", "满足用户一键切换需求", None, False, "opt", "req"),
 ("i7", "简化操作流程", None, False, "opt", "req"),
 ("i8", "实现快速切换", None, False, "opt", "req"),
 ("i9", "避免用户在每个应用程序重复启动", None, False, "opt", "req"),
 ("i10", "以“默认设置”提升使用效率", None, False, "opt", "req"),
 ("i11", "提供了超时暂停、夜间停用等多种默认设置", None, False, "opt", "req"),
 ("i12", "最大限度降低使用门槛", None, False, "opt", "req"),
 ("i13", "以“鼓励推荐”优化产品服务", None, False, "opt", "req"),
 ("i14", "主动提供优质内容", None, False, "opt", "req"),
 ("i15", "上线远程管理、使用报告等功能", None, False, "opt", "req"),
 ("i16", "优化用户体验", None, False, "opt", "req"),
 # the CAC's own calls and next steps
 ("j1", "鼓励企业积极参与未成年人模式建设", None, False, "req", "opt"),
 ("j2", "支持更多适宜未成年人使用的应用程序接入未成年人模式", None, False, "req", "opt"),
 ("j3", "满足用户使用需求", None, False, "req", "opt"),
 ("j4", "帮助开启未成年人模式", None, False, "req", "opt"),
 ("j5", "设定年龄区间", None, False, "req", "opt"),
 ("j6", "为未成年人提供安全的网络环境", None, False, "req", "opt"),
 ("k1", "持续指导企业推进未成年人模式建设", None, False, "req", "opt"),
 ("k2", "引导形成行业统一标准", None, False, "req", "opt"),
 ("k3", "鼓励家庭、学校广泛使用", None, False, "req", "opt"),
 ("k4", "持续关注未成年人网络保护新情况新要求", None, False, "req", "opt"),
 ("k5", "不断探索可行方案", None, False, "req", "opt"),
 ("k6", "创新保护举措", None, False, "req", "opt"),
 ("k7", "推广经验做法", None, False, "req", "opt"),
 ("k8", "进一步完善指南内容", None, False, "req", "opt"),
 ("k9", "丰富应用场景", None, False, "req", "opt"),
 ("k10", "为未成年人模式建设提供更好指引", None, False, "req", "opt"),
]
for id, l, e, opt, c, g in G:
    goal(id, l, e, optional=opt)
    if c: rel("cac", "hasGoal", id, optional=opt or c == "opt")
    if g: rel("guide", "hasGoal", id, optional=opt or g == "opt")
    techs(id, l)

# 习近平's words, the plenum's call, the law and the regulation
for id, l in [("x1", "依法加强网络空间治理"), ("x2", "加强网络内容建设"), ("x3", "营造一个风清气正的网络空间")]:
    goal(id, l)
    rel("xi", "proposes", id)
for id, l in [("e1", "健全网络生态治理长效机制"), ("e2", "健全未成年人网络保护工作体系")]:
    goal(id, l)
    rel("cpc", "hasGoal", id, optional=True)
goal("l1", "规范网络信息内容", optional=True); rel("minorlaw", "hasGoal", "l1", optional=True)
goal("l2", "防治网络沉迷", optional=True); rel("minorlaw", "hasGoal", "l2", optional=True)
goal("l3", "推动治理创新", optional=True)
goal("r1", "落实国家有关规定和标准", "并要求企业在使用时段、时长、功能和内容等方面落实国家有关规定和标准")
rel("regs", "hasGoal", "r1")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
