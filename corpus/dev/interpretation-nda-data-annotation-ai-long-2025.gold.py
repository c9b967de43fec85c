"""Gold annotation of interpretation-nda-data-annotation-ai-long-2025 (专家解读：大力发展数据标注产业 推动我国人工智能创新发展, 孟庆国, 国家数据局 2025-01, reprinted by 中国信息安全), by hand per shared/eval/ANNOTATE.md (ann8)."""
ID = "interpretation-nda-data-annotation-ai-long-2025"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
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

def goal(id, label, evidence=None, optional=False):
    evidence = evidence or label
    assert label in text, label
    assert 4 <= len(label) <= 40, label
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

def write():
    gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
    (here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
    print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
# people and bodies
ent("meng", "Person", "孟庆国")
ent("tsinghua", "Organization", "清华大学")
ent("tsinghua-spp", "Organization", "清华大学公共管理学院", ["公共管理学院"])
rel("tsinghua-spp", "subOrganizationOf", "tsinghua")
rel("meng", "holdsPost", "tsinghua-spp", optional=True, post="教授")  # 教授: an academic title, not a post
ent("nda", "Agency", "国家数据局")
ent("openai", "Organization", "OpenAI")
ent("clickworker", "Organization", "Clickworker")
ent("eu", "Organization", "欧盟", optional=True)
ent("rizhao-base", "Organization", "日照数据标注基地", optional=True)
ent("namelist", "Document", "首批全国数据标注基地建设城市名单", optional=True)
rel("namelist", "publishedBy", "nda", optional=True)
# places
for id, l, al, opt in [("china", "我国", [], True), ("us", "美国", [], False), ("de", "德国", [], False),
                       ("uk", "英国", [], False), ("in", "印度", [], False), ("rizhao", "日照", [], False),
                       ("europe", "欧洲", [], True)]:
    ent(id, "Place", l, al, optional=opt)
# technologies
T = {}
for id, l, al, opt in [("ai", "人工智能", [], False), ("llm", "大模型", ["基础大模型"], False),
                       ("ml", "机器学习", [], False), ("dl", "深度学习", [], False),
                       ("genai", "生成式人工智能", [], False), ("autodrive", "自动驾驶", [], False),
                       ("smartmfg", "智能制造", [], False), ("annot", "数据标注", [], True),
                       ("gpt", "GPT系列模型", ["GPT"], True), ("aialgo", "人工智能算法", [], True),
                       ("precmed", "精准医疗", [], True), ("ecom", "电子商务", [], True),
                       ("4d", "4D标注", [], True), ("llm-annot", "大模型标注", [], True),
                       ("synth", "数据合成", [], True), ("mm-annot", "多模态标注", [], True),
                       ("crowd", "众包标注", [], True)]:
    ent(id, "Technology", l, al, optional=opt)
    T[id] = opt

def G(id, label, evidence=None, opt=False, tech=(), nda="opt", meng=True):
    """meng: the author states it (proposes); nda: the bureau that published the interpretation"""
    goal(id, label, evidence, optional=opt)
    if meng: rel("meng", "proposes", id, optional=opt or meng == "opt")
    if nda: rel("nda", "hasGoal", id, optional=opt or nda == "opt")
    for t in tech:
        rel(id, "involvesTechnology", t, optional=opt or T[t])

L = lines
# the opening: aims served by the industry
G("t1", "大力发展数据标注产业", "大力发展数据标注产业，对推动人工智能创新发展、带动大学生就业和促进数字经济高质量发展具有重大意义", tech=["annot"])
G("t2", "推动人工智能创新发展", "大力发展数据标注产业，对推动人工智能创新发展、带动大学生就业和促进数字经济高质量发展具有重大意义", tech=["ai"])
G("t3", "带动大学生就业", "大力发展数据标注产业，对推动人工智能创新发展、带动大学生就业和促进数字经济高质量发展具有重大意义")
G("t4", "促进数字经济高质量发展", "大力发展数据标注产业，对推动人工智能创新发展、带动大学生就业和促进数字经济高质量发展具有重大意义")
# 01: aims named while arguing the significance (the author's reasoning, not measures)
G("s0", "提升数据供给质量", "能有效提升数据供给质量", opt=True)
G("s1", "全面提升中文语料质量", "全面提升中文语料质量，成为破解我国大模型发展和提升人工智能产业竞争力的关键环节", opt=True)
G("s2", "提升人工智能产业竞争力", "全面提升中文语料质量，成为破解我国大模型发展和提升人工智能产业竞争力的关键环节", opt=True, tech=["ai"])
G("s3", "加快数据要素市场化配置", "加快数据要素市场化配置，发挥数据的倍增、叠加、放大效应，是实现数据要素价值赋能经济创新发展的关键", opt=True)
G("s4", "发挥数据的倍增、叠加、放大效应", opt=True)
G("s5", "有效缓解大学生就业压力", "通过发展数据标注产业，能够有效缓解大学生就业压力，促进人才培养与产业发展的良性互动", opt=True)
G("s6", "促进人才培养与产业发展的良性互动", opt=True)
# the EU's aims (a foreign body's, reported)
for id, l in [("eu1", "构建欧洲统一数据市场"), ("eu2", "构建“欧洲共同数据空间”")]:
    goal(id, l, "欧盟则通过构建“欧洲共同数据空间”和推动数据相关法案，整合了工业、绿色协议、移动、卫生、金融、能源、农业、公共行政、技能等多个战略性行业和领域的数据，试图构建欧洲统一数据市场并大力发展数据标注产业", optional=True)
    rel("eu", "hasGoal", id, optional=True)
# 02 一是
E14 = "一是加快发展一批数据标注基地，培育壮大市场主体。"
G("a1", "加快发展一批数据标注基地", E14, tech=["annot"])
G("a1b", "培育壮大市场主体", E14)
G("a1p", "公布首批全国数据标注基地建设城市名单", "今年5月，国家数据局公布首批全国数据标注基地建设城市名单", opt=True, nda=True, meng=False)
G("a1c", "推动数据标注基地建设", "通过推动数据标注基地建设，以点带面大力发展数据标注产业，激发行业发展活力", opt=True, tech=["annot"])
G("a1d", "激发行业发展活力", "通过推动数据标注基地建设，以点带面大力发展数据标注产业，激发行业发展活力")
G("a1e", "六个方面做好试点", "以国家数据标注基地试点为抓手，围绕技术创新、行业赋能、生态培育、标注应用、人才就业和安全发展等六个方面做好试点")
G("a1f", "探索推进数据标注产业发展的最优路径", tech=["annot"])
EV = "通过加大财税政策支持力度、完善数据标注基础设施建设、制定行业标准规范、鼓励技术创新与应用、强化人才培养与引进等措施的实施，培育和壮大市场主体"
G("a1g", "加大财税政策支持力度", EV)
G("a1h", "完善数据标注基础设施建设", EV, tech=["annot"])
G("a1i", "制定行业标准规范", EV)
G("a1j", "鼓励技术创新与应用", EV)
G("a1k", "强化人才培养与引进", EV)
# 二是
E15 = "二是鼓励数据标注核心技术研发，提升数据标注水平。"
G("b1", "鼓励数据标注核心技术研发", E15, tech=["annot"])
G("b1b", "提升数据标注水平", E15, tech=["annot"])
G("b1c", "加大对人工智能技术在标注技术研发投入", "通过国家重点研发专项，加大对人工智能技术在标注技术研发投入", tech=["ai"])
G("b1d", "加快数据标注技术研发费用纳入研发加计扣除", tech=["annot"])
G("b1e", "鼓励企业加快科技创新投入")
G("b1f", "重点布局跨语言、跨领域、跨模态语义对齐", "重点布局跨语言、跨领域、跨模态语义对齐、4D标注、大模型标注、数据合成等标注核心技术攻关项目",
  tech=["4d", "llm-annot", "synth", "llm"])
G("b1g", "支持研发专家标注、多模态标注、众包标注", "支持研发专家标注、多模态标注、众包标注、标注审查、质量评估等智能化高端化工具",
  tech=["mm-annot", "crowd"])
G("b1h", "提升数据标注科技水平", opt=True, tech=["annot"])
# 三是
E16 = "三是围绕数据标注关键环节，制定数据标注标准。"
G("c1", "制定数据标注标准", E16, tech=["annot"])
G("c1b", "构建数据标注标准框架体系", tech=["annot"])
G("c1c", "加快制定数据标注的国家标准和行业标准", tech=["annot"])
G("c1d", "明确标注质量、流程、技术等方面的要求")
G("c1e", "建立健全数据标注标准实施与监督机制", tech=["annot"])
G("c1f", "促进协同创新")
G("c1g", "加强对数据标注企业和项目的监督和检查", tech=["annot"])
# 四是
E17 = "四是加大数据标注人才培养，提升人才专业化素养。"
G("d1", "加大数据标注人才培养", E17, tech=["annot"])
G("d1b", "提升人才专业化素养", E17)
G("d1c", "加强职业教育和培训体系建设")
G("d1d", "支持高校和职业院校开设数据标注相关专业和课程", tech=["annot"])
G("d1e", "推动企业与教育机构合作")
G("d1f", "共建实训基地和培训中心")
G("d1g", "培养具备专业技能和职业素养的数据标注人才", tech=["annot"])
G("d1h", "制定吸引和留住高层次人才的政策措施")
G("d1i", "促进数据标注领域的国际交流与人才合作", tech=["annot"])
# promotes
rel("nda", "promotes", "ai", optional=True)
rel("nda", "promotes", "annot", optional=True)
rel("openai", "promotes", "gpt", optional=True)
# statistics
stat("x1", "全球主流基础大模型中文语料占全部语料比例", "1%", "全球主流基础大模型，中文语料仅占全部语料的1%")
stat("x2", "2023年我国数据资源", "32ZB", "2023年，我国数据资源32ZB（泽字节）")
stat("x3", "保存数据比例", "2.9%", "保存数据仅有2.9%")
stat("x4", "美国从事数据标注的岗位", "30万", "美国从事数据标注的岗位超过30万")
stat("x5", "Clickworker全球雇佣标注员", "120万", "德国最大的数据标注公司Clickworker全球雇佣了120万标注员")
stat("x6", "印度到2030年数据标注人才需求", "100万", "印度到2030年数据标注人才的需求也将到100万", optional=True)
stat("x7", "日照数据标注基地2024年从业人员", "1.1万人", "日照数据标注基地，2024年从业人员突破1.1万人")
write()
