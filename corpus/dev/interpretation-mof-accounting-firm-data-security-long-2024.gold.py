"""Gold annotation of interpretation-mof-accounting-firm-data-security-long-2024 (财政部、国家网信办有关负责人就印发《会计师事务所数据安全管理暂行办法》答记者问), by hand per shared/eval/ANNOTATE.md (annotator ann21)."""
ID = "interpretation-mof-accounting-firm-data-security-long-2024"
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

def goal(id, label, evidence=None, optional=False, after=None, body=(), opt_body=(), tech=()):
    """a Goal; evidence defaults to the sentence stating it; body = required hasGoal subjects (optional if the goal is)"""
    assert label in text, label
    e = ev(evidence) if evidence else sent(label, after)
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=optional, evidence=e)
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)
    for t in tech: rel(id, "involvesTechnology", t, optional=True)

# Agencies and organisations
ent("mof", "Agency", "财政部")
ent("cac", "Agency", "国家网信办", ["国家互联网信息办公室"])
ent("sc", "Agency", "国务院")
ent("gob", "Agency", "国务院办公厅")
# generic kinds of body named as regulators, not named bodies: optional
ent("psb", "Agency", "公安机关", optional=True)
ent("nsa", "Agency", "国家安全机关", optional=True)
ent("src", "Organization", "中国网信网", optional=True)
ent("china", "Place", "中国", ["我国"], optional=True)

# Documents
ent("d-ad", "Document", "会计师事务所数据安全管理暂行办法", ["暂行办法", "财会〔2024〕6号"])
rel("d-ad", "publishedBy", "mof"); rel("d-ad", "publishedBy", "cac")
ent("d-csl", "Document", "网络安全法")
ent("d-dsl", "Document", "数据安全法")
ent("d-pipl", "Document", "个人信息保护法")
ent("d-gob", "Document", "国务院办公厅关于进一步规范财务审计秩序 促进注册会计师行业健康发展的意见",
    ["关于进一步规范财务审计秩序 促进注册会计师行业健康发展的意见", "国办发〔2021〕30号"])
rel("d-gob", "publishedBy", "gob")

# Technologies: the text names security fields and measures, not technologies: all optional
for id, l in [("t-ns", "网络安全"), ("t-ds", "数据安全"), ("t-enc", "数据加密"), ("t-acl", "访问控制")]:
    ent(id, "Technology", l, optional=True)

# Statistics
ent("s-firms", "Statistic", "加入或创建国际会计网络的会计师事务所", value="35家",
    evidence=ev("我国有35家会计师事务所加入或创建了28个国际会计网络"))
ent("s-nets", "Statistic", "会计师事务所加入或创建的国际会计网络", value="28个",
    evidence=ev("我国有35家会计师事务所加入或创建了28个国际会计网络"))
ent("s-users", "Statistic", "适用范围所指网络平台运营者的用户规模门槛", value="100万", optional=True,
    evidence=ev("超过100万用户的网络平台运营者"))

DOC = ("d-ad",)
AG = ("mof", "cac")

# Q1: background and significance (aims of the measures; the two issuers optional)
goal("b1", "落实相关法律要求", "一是落实相关法律要求。《暂行办法》全面落实网络安全法、数据安全法、个人信息保护法等法律要求",
     body=DOC, opt_body=AG)
goal("b1a", "为会计师事务所开展数据安全管理活动提供依据", body=DOC, opt_body=AG, tech=("t-ds",))
goal("b1b", "推动注册会计师行业数据安全管理工作制度化、规范化", body=DOC, opt_body=AG, tech=("t-ds",))
goal("b2", "落实国务院有关文件要求", "二是落实国务院有关文件要求", body=DOC, opt_body=AG)
goal("o1", "加快推进注册会计师行业基础制度建设", body=("d-gob",), opt_body=("gob",))
goal("o2", "及时跟进健全相关制度规定", body=("d-gob",), opt_body=("gob",))
goal("b2a", "进一步完善了注册会计师行业基础制度体系", optional=True, body=DOC, opt_body=AG)
goal("b3", "落实财会监督有关要求", "三是落实财会监督有关要求", body=DOC, opt_body=AG)
goal("b3a", "构建了横向协同、纵向联动的行业数据安全监管机制", body=DOC, opt_body=AG)
goal("b3b", "明确财政部门、网信部门、公安机关、国家安全机关等各方职责", body=DOC, opt_body=AG)
goal("b3c", "确保有效衔接", body=DOC, opt_body=AG)
goal("b3d", "加强信息共享", body=DOC, opt_body=AG)
goal("b3e", "推动实现跨地区、跨部门、跨层级协同监管", body=DOC, opt_body=AG)

# Q2: drafting process (past measures named in passing: optional) and the aims the feedback saw
for id, l in [("p0", "起草了《暂行办法》初稿"), ("p1", "对部分会计师事务所开展实地调研"), ("p2", "组织会计师事务所和数据安全专家专题讨论"),
              ("p3", "面向地方财政部门、网信部门、会计师事务所和社会公众公开征求意见"),
              ("p3a", "形成《暂行办法》征求意见稿"), ("p4", "对征求意见稿进行了修改完善")]:
    goal(id, l, optional=True, body=AG)
goal("p5", "加强会计师事务所数据安全管理", optional=True, after="反馈意见总体认为", body=DOC)
goal("p6", "规范会计师事务所数据处理活动", optional=True, body=DOC)

# Q3: main contents (the structure is descriptive; the six regulated aspects are goals of the measures)
goal("c0", "明确制定依据、适用对象、责任主体", optional=True, body=DOC)
goal("c1", "明确适用对象", "一是明确适用对象", body=DOC, opt_body=AG)
goal("c1a", "根据《暂行办法》进行数据处理活动", optional=True, body=DOC)
goal("c2", "规范数据分类分级", "二是规范数据分类分级", body=DOC, opt_body=AG)
goal("c2a", "确定核心数据、重要数据和一般数据", body=DOC, opt_body=AG)
goal("c2b", "对核心数据和重要数据的存储、相关日志、传输等作出明确要求", optional=True, body=DOC)
goal("c2c", "告知会计师事务所审计资料中的核心数据和重要数据相关信息", body=DOC, opt_body=AG)
goal("c2d", "存储重要数据的信息系统要落实三级及以上网络安全等级保护要求", body=DOC, opt_body=AG, tech=("t-ns",))
goal("c2e", "存储核心数据的信息系统要落实四级网络安全等级保护要求", body=DOC, opt_body=AG, tech=("t-ns",))
goal("c2f", "涉及核心数据的相关日志，留存时间不少于三年", body=DOC, opt_body=AG)
goal("c2g", "涉及重要数据的相关日志，留存时间不少于一年", body=DOC, opt_body=AG)
goal("c2h", "向他人提供、委托处理、共同处理重要数据的相关日志留存时间不少于三年", body=DOC, opt_body=AG)
goal("c2i", "涉及一般数据，按照国家相关规定处理", optional=True, body=DOC)
goal("c3", "规范底稿管理", "三是规范底稿管理", body=DOC, opt_body=AG)
goal("c3a", "审计工作底稿应按相关规定存放在境内", body=DOC, opt_body=AG)
goal("c3b", "不得在业务约定书或类似合同中包含会计师事务所向境外监管机构提供境内项目资料数据等类似条款",
     optional=True, body=DOC)
goal("c3c", "通过相应的跨境监管合作机制依法依规获取", body=DOC, opt_body=AG)
goal("c3d", "审计工作底稿出境应当办理审批手续", body=DOC, opt_body=AG)
goal("c3e", "建立逐级复核机制", body=DOC, opt_body=AG)
goal("c3f", "落实数据安全管控责任", body=DOC, opt_body=AG, tech=("t-ds",))
goal("c4", "强化网络管理", "四是强化网络管理", body=DOC, opt_body=AG)
goal("c4z", "建立内部网络安全管理制度", optional=True, body=DOC, tech=("t-ns",))
goal("c4a", "为数据安全管理工作提供安全的网络环境", body=DOC, opt_body=AG)
goal("c4b", "建章立制并有效执行", body=DOC, opt_body=AG)
goal("c4c", "确保网络安全管理能力与提供的专业服务相适应", body=DOC, opt_body=AG, tech=("t-ns",))
goal("c4d", "做好信息系统安全管理和技术防护", body=DOC, opt_body=AG)
goal("c4e", "设置严格的访问控制策略", body=DOC, opt_body=AG, tech=("t-acl",))
goal("c4f", "防范未经授权的访问行为", body=DOC, opt_body=AG)
goal("c5", "聚焦安全可控", "五是聚焦安全可控", body=DOC, opt_body=AG)
goal("c5a", "建立数据备份制度", body=DOC, opt_body=AG)
goal("c5b", "仍能访问、调取、使用相关审计工作底稿", body=DOC, opt_body=AG)
goal("c5c", "加密设备应当设置在境内", body=DOC, opt_body=AG, tech=("t-enc",))
goal("c5d", "由境内团队负责运行维护", body=DOC, opt_body=AG)
goal("c5e", "密钥应当存储在境内", body=DOC, opt_body=AG)
goal("c5f", "拥有其审计业务系统中网络设备、网络安全设备的自主管理权限", body=DOC, opt_body=AG)
goal("c5g", "统一设置、维护系统管理员账户和工作人员账户", body=DOC, opt_body=AG)
goal("c5h", "不得设置不受限制、不受监控的超级账户", optional=True, body=DOC)
goal("c5i", "不得将管理员账号交由第三方运维机构管理使用", optional=True, body=DOC)
goal("c6", "压实监管责任", "六是压实监管责任", body=DOC, opt_body=AG)
goal("c6a", "对会计师事务所开展监督检查", body=DOC, opt_body=AG)
goal("c6b", "依法在职责范围内承担会计师事务所数据安全监管职责", body=DOC, opt_body=AG + ("psb", "nsa"))
goal("c6c", "对于依法实施的数据安全监督检查，应当予以配合", body=DOC, opt_body=AG)

# Q4: implementation: stated by the two agencies' officials (the measures optional)
goal("i1", "加大宣传和指导力度", "答：一是加大宣传和指导力度。各级财政部门、网信部门要高度重视，积极宣传",
     body=AG, opt_body=DOC)
goal("i1a", "指导会计师事务所建立健全数据安全管理制度", body=AG, opt_body=DOC)
goal("i1b", "切实提升会计师事务所数据安全管理水平", body=AG, opt_body=DOC)
goal("i2", "加大监督检查力度", "二是加大监督检查力度", body=AG, opt_body=DOC)
goal("i2a", "落实会计师事务所数据安全管理日常监管、重点检查、安全审查等有关要求", body=AG, opt_body=DOC)
goal("i2b", "对存在违规行为的会计师事务所要依法严肃处理", body=AG, opt_body=DOC)
goal("i3", "加强协同配合", "三是加强协同配合", body=AG, opt_body=DOC)
goal("i3a", "加强监管信息共享", body=AG, opt_body=DOC)
goal("i3b", "加强沟通协调", body=AG, opt_body=DOC)
goal("i3c", "健全完善工作机制", body=AG, opt_body=DOC)
goal("i3d", "形成工作合力", body=AG, opt_body=DOC)
goal("i3e", "认真做好贯彻实施《暂行办法》的各项工作", body=AG, opt_body=DOC)

for a in AG:
    for t in ("t-ns", "t-ds", "t-enc", "t-acl"):
        rel(a, "promotes", t, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
