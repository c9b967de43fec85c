"""Gold annotation of interpretation-mof-data-asset-guideline-long-2024 (以共享数字经济成果、释放数据资产价值为目标 加强数据资产全过程管理), by hand per shared/eval/ANNOTATE.md (annotator ann21)."""
ID = "interpretation-mof-data-asset-guideline-long-2024"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def sent(label, after=None):
    """the sentence (split at 。；！？ and line ends) that states the label; after = a string that must precede it"""
    start = text.index(after) if after else 0
    for s in re.split(r"(?<=[。；！？\n])", text[start:]):
        if label in s:
            return ev(s.strip().lstrip("“”").rstrip("；。"))
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

def goal(id, label, evidence=None, optional=False, after=None, body=(), opt_body=(), tech=()):
    """a Goal; evidence defaults to the sentence stating it; body = required hasGoal subjects (optional if the goal is)"""
    assert label in text, label
    e = ev(evidence) if evidence else sent(label, after)
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=optional, evidence=e)
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)
    for t in tech: rel(id, "involvesTechnology", t, optional=True)

# Agencies, organisations, people
ent("mof", "Agency", "财政部")
ent("mof-am", "Agency", "财政部资产管理司", ["资产管理司"])
rel("mof-am", "subOrganizationOf", "mof")
ent("nbs", "Agency", "国家统计局")
ent("cpc", "Agency", "党中央")
ent("rmrb", "Organization", "人民日报")
ent("qu", "Person", "曲哲涵")
ent("china", "Place", "中国", ["我国"], optional=True)

# Documents
ent("d-g", "Document", "关于加强数据资产管理的指导意见", ["指导意见"])
rel("d-g", "publishedBy", "mof")
ent("d-civil", "Document", "民法典")
ent("d-dsl", "Document", "数据安全法")

# Statistics
ent("s-core", "Statistic", "2023年数字经济核心产业增加值", value="12万亿元",
    evidence=ev("2023年数字经济核心产业增加值估计会超过12万亿元"))
ent("s-tasks", "Statistic", "《指导意见》主要任务", value="12方面",
    evidence=ev("稳妥推动数据资产开发利用等12方面主要任务"))

DOC, AM = ("d-g",), ("mof-am",)

# Opening (the reporter's framing; no body holds these)
goal("a1", "加快构建数据基础制度", after="万亿元", opt_body=("cpc",))
goal("a2", "更好发挥我国海量数据规模和丰富应用场景优势")
# why the MOF issued the guideline
goal("a3", "深入贯彻党中央关于构建数据基础制度的决策部署", body=("mof",) + DOC)
goal("a4", "规范和加强数据资产管理", body=("mof",) + DOC)
goal("a5", "更好推动数字经济发展", body=("mof",) + DOC)
# Section 1
goal("h1", "着力解决高质量供给不足、合规化使用路径不清晰等难点", body=DOC, opt_body=AM + ("mof",))
goal("a6", "推动数字中国建设", optional=True)
goal("a7", "加快数字经济发展", optional=True)
goal("k0", "有序推进数据资产化", "有序推进数据资产化，存在哪些关键点", body=AM, opt_body=DOC)
goal("k1", "进一步完善制度体系", body=AM, opt_body=DOC)
goal("k2", "对数据资产管理进行引导规范", body=AM, opt_body=DOC)
goal("t1", "依法合规管理数据资产", body=DOC, opt_body=("mof",))
goal("t2", "明晰数据资产权责关系", body=DOC, opt_body=("mof",))
goal("t3", "完善数据资产相关标准", body=DOC, opt_body=("mof",))
goal("t4", "加强数据资产使用管理", body=DOC, opt_body=("mof",))
goal("t5", "稳妥推动数据资产开发利用", body=DOC, opt_body=("mof",))
# the official's aim (the title line restates it)
goal("m1", "共享数字经济成果", after="“要以", body=AM, opt_body=DOC)
goal("m2", "释放数据资产价值", after="“要以", body=AM, opt_body=DOC)
goal("m3", "推动数据资产合规高效流通使用", body=AM, opt_body=DOC)
goal("m4", "加强数据资产全过程管理", after="“要以", body=AM, opt_body=DOC)
# Section 2: principles of the guideline
goal("h2", "构建市场主导、政府引导、多方共建的数据资产治理模式",
     "“通过构建市场主导、政府引导、多方共建的数据资产治理模式，不断提升和丰富数据资产经济价值和社会价值。”",
     body=AM + DOC)
goal("h2a", "不断提升和丰富数据资产经济价值和社会价值", body=AM, opt_body=DOC)
goal("b0", "培育和发展数据资产市场", optional=True, body=DOC)
goal("b0a", "推动我国经济高质量发展", optional=True, body=DOC)
goal("b0b", "加强数字资产管理", optional=True, body=DOC)
goal("p1", "坚持确保安全与合规利用相结合", body=DOC, opt_body=AM)
goal("p1a", "统筹发展和安全", body=DOC, opt_body=AM)
goal("p1b", "审慎推进数据资产化", body=DOC, opt_body=AM)
goal("p1c", "支持合规推进数据资产化", body=DOC, opt_body=AM)
goal("p2", "坚持权利分置与赋能增值相结合", body=DOC, opt_body=AM)
goal("p2a", "明确数据资产管理各方权利义务", body=DOC, opt_body=AM)
goal("p2b", "推动数据资产权利分置", body=DOC, opt_body=AM)
goal("p2c", "完善数据资产权利体系", body=DOC, opt_body=AM)
goal("p2d", "丰富权利类型", body=DOC, opt_body=AM)
goal("p3", "坚持分类分级与平等保护相结合", body=DOC, opt_body=AM)
goal("p3a", "加强数据分类分级管理", body=DOC, opt_body=AM)
goal("p3b", "鼓励按用途增加公共数据资产供给", body=DOC, opt_body=AM)
goal("p3c", "平等保护各类数据资产权利主体合法权益", body=DOC, opt_body=AM)
goal("p4", "坚持有效市场与有为政府相结合", body=DOC, opt_body=AM)
goal("p4a", "充分发挥市场配置资源的决定性作用", body=DOC, opt_body=AM)
goal("p4b", "探索多样化有偿使用方式", body=DOC, opt_body=AM)
goal("p4c", "支持用于产业发展、行业发展的公共数据资产有条件有偿使用", body=DOC, opt_body=AM)
goal("p5", "坚持创新方式与试点先行相结合", body=DOC, opt_body=AM)
goal("p5a", "强化部门协同联动", body=DOC, opt_body=AM)
goal("p5b", "完善数据资产管理体制机制", body=DOC, opt_body=AM)
goal("p5c", "坚持顶层设计与基层探索相结合", body=DOC, opt_body=AM)
goal("p5d", "坚持改革于法有据", body=DOC, opt_body=AM)
# Section 3: answers to public concerns
goal("h3", "明确回应数据资产权益保护、公共数据资产开发利用和数据资产安全等公众关心问题", optional=True, body=DOC)
goal("l1", "国家保护个人、组织与数据有关的权益", optional=True, body=("d-dsl",))
goal("r1", "保护各类主体在依法收集、生成、存储、管理数据资产过程中的相关权益", body=DOC, opt_body=AM)
goal("r2", "落实数据资源持有权、数据加工使用权和数据产品经营权权利分置要求", body=DOC, opt_body=AM)
goal("r3", "加快构建分类科学的数据资产产权体系", body=DOC, opt_body=AM)
goal("u0", "避免资产流失和公共安全风险", body=DOC, opt_body=AM)
goal("u0a", "有侧重地针对公共数据资产管理作出单独规范要求", optional=True, body=DOC)
goal("u1", "公共管理和服务机构可授权运营主体对其持有或控制的公共数据资产进行运营",
     "严格按照‘原始数据不出域、数据可用不可见’要求和资产管理制度规定，公共管理和服务机构可授权运营主体对其持有或控制的公共数据资产进行运营",
     body=DOC, opt_body=AM)
goal("u2", "对涉及公共数据资产运营的重大事项开展审计", body=DOC, opt_body=AM)
goal("u3", "将国有企业所属数据资产纳入内部监督重点检查范围", body=DOC, opt_body=AM)
goal("u4", "通过合理程序避免虚增公共数据资产价值", body=DOC, opt_body=AM)
goal("u5", "依法依规采取合理措施获取收益", body=DOC, opt_body=AM)
goal("u6", "避免向社会公众转嫁不合理成本", body=DOC, opt_body=AM)
goal("v1", "充分评估授权运营可能带来的安全风险", body=DOC, opt_body=AM)
goal("v2", "明确安全责任", body=DOC, opt_body=AM)
goal("v3", "严格履行规定的内控流程和审批程序", body=DOC, opt_body=AM)
goal("v3a", "严禁擅自处置", optional=True, body=DOC)
goal("v4", "及时识别潜在风险事件", body=DOC, opt_body=AM)
goal("v5", "第一时间采取应急管理措施", body=DOC, opt_body=AM)
goal("v6", "有效消除或控制相关风险", body=DOC, opt_body=AM)
# Closing (the reporter's conclusion: what the guideline's path will bring)
goal("z1", "激活数据要素潜能", opt_body=DOC)
goal("z2", "做强做优做大数字经济", opt_body=DOC)
goal("z3", "赋能实体经济数字化转型升级", opt_body=DOC)
goal("z4", "增强经济发展新动能", opt_body=DOC)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
