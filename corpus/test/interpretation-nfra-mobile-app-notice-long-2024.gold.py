"""Gold annotation of interpretation-nfra-mobile-app-notice-long-2024 (金融监管总局有关负责人就《关于加强银行业保险业移动互联网应用程序管理的通知》答记者问), by hand per shared/eval/ANNOTATE.md."""
import collections, json, pathlib
here = pathlib.Path(__file__).resolve().parent
ID = "interpretation-nfra-mobile-app-notice-long-2024"
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
L = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

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

def clause(line, label):
    """the clause(s) of line (split at ，。；：) that contain label"""
    src = L[line]
    i = src.index(label); j = i + len(label)
    while i > 0 and src[i - 1] not in "，。；：": i -= 1
    while j < len(src) and src[j] not in "，。；": j += 1
    return src[i:j]

# ---- agencies, organisations ----
ent("nfra", "Agency", "金融监管总局")
ent("nfra-branch", "Agency", "金融监管总局各级派出机构", ["派出机构", "各级派出机构"], optional=True)  # a class of its branches
rel("nfra-branch", "subOrganizationOf", "nfra", optional=True)
ent("nfra-site", "Organization", "金融监管总局网站", optional=True)   # source line
# ---- document ----
ent("notice", "Document", "关于加强银行业保险业移动互联网应用程序管理的通知",
    ["《关于加强银行业保险业移动互联网应用程序管理的通知》", "通知", "《通知》"])
rel("notice", "publishedBy", "nfra")
# ---- technologies: the text names apps and security fields, not technologies: all optional ----
TECH = [("mobile-app", "移动互联网应用程序", ("移动应用",)), ("mobile-internet", "移动互联网", ()),
        ("netsec", "网络安全", ()), ("datasec", "数据安全", ()), ("mini-program", "小程序", ())]
for id, l, al in TECH:
    ent(id, "Technology", l, al, optional=True)
# ---- statistic ----
ent("s-req", "Statistic", "《通知》提出的工作要求", value="18条", evidence=ev("《通知》从四方面提出18条工作要求"))

def G(id, line, label, opt=False, evidence=None, nfra=False, by=(), maxlen=45):
    """a goal stated on L[line]; the 《通知》 has it (required unless the goal is optional);
    nfra: True = 金融监管总局 has it required (named as the actor), else optional (its official explains the notice)"""
    assert label in L[line], (line, label)
    assert 4 <= len(label) <= maxlen, label
    e = evidence or clause(line, label)
    assert label in e and e in L[line], (label, e)
    ent(id, "Goal", label, optional=opt, evidence=ev(e))
    rel("notice", "hasGoal", id, optional=opt)
    rel("nfra", "hasGoal", id, optional=opt or not nfra)
    for b in by: rel(b, "hasGoal", id, optional=True)
    for t, l, al in TECH:
        if t in ("mobile-app", "mobile-internet", "mini-program"): continue   # 移动应用 is the object of nearly every goal
        if l in label:
            rel(id, "involvesTechnology", t, optional=True)

# ---- Q1 (lines 3-4): aims for which 金融监管总局 issued the notice, and what the notice asks ----
G("b1", 3, "贯彻落实银行业保险业信息科技监管要求", nfra=True, evidence="为贯彻落实银行业保险业信息科技监管要求")
G("b2", 3, "指导金融机构有序规范建设移动应用", nfra=True)
G("b3", 3, "提升金融服务水平", nfra=True)
G("c2", 4, "将移动应用管理纳入全面风险管理体系")
G("c3", 4, "有效控制移动应用引发的风险")
G("c4", 4, "进一步加强服务", evidence="同时督促金融机构进一步加强服务")
G("c5", 4, "改善用户体验")
G("c6", 4, "规范银行业保险业移动应用建设管理")
G("c7", 4, "提升金融机构移动应用安全保障水平")
G("c8", 4, "筑牢信息科技风险防线")
# ---- Q2 (line 6): four aspects (一是…四是), each with its tasks ----
G("d1", 6, "加强统筹管理", evidence="一是加强统筹管理")          # also 加强统筹 (line 4), 强化统筹管理 (line 10), 加强移动应用统筹管理 (line 14)
G("d11", 6, "明确移动应用管理牵头部门")                         # restated line 10 (明确移动应用牵头管理部门)
G("d12", 6, "建立移动应用台账")                                 # restated lines 10, 14
G("d13", 6, "完善准入退出机制")                                 # restated lines 10, 14
G("d14", 6, "控制移动应用数量")                                 # restated lines 10, 14 (合理控制移动应用数量)
G("d2", 6, "加强全生命周期管理")
G("d21", 6, "规范移动应用的需求分析、设计开发、测试验证、上架发布、监控运行等环节")
G("d22", 6, "强化移动应用与运行环境的兼容性、适配性管理")
G("d3", 6, "落实风险管理责任")
G("d31", 6, "落实移动应用备案、网络安全、数据安全、外包管理、业务连续性及个人信息保护等监管要求")
G("d4", 6, "加强监督管理")
G("d41", 6, "加强移动应用监管工作", by=("nfra-branch",))
# ---- Q4 (line 10): the lead department's duties ----
G("e1", 10, "加强业务与科技协同")
G("e2", 10, "压实各方管理职责")
G("e3", 10, "规划建设功能全面、安全合规的移动应用")
G("e4", 10, "统筹各业务部门及各分支机构的移动应用建设规划")       # restated line 14
G("e5", 10, "及时进行优化整合或终止运营",
  evidence="对用户活跃度低、体验差、功能冗余、安全合规风险隐患大的移动应用及时进行优化整合或终止运营")  # restated line 14
# ---- Q5 (line 12): compliant business ----
G("f1", 12, "建立移动应用业务合规审核机制")
G("f2", 12, "严格按照许可证载明的业务范围和地域范围开展业务")
G("f3", 12, "开展销售过程可回溯、信息披露等工作")
G("f4", 12, "定期进行业务合规检查和审计")
# ---- Q6 (line 14): consolidation ----
G("g1", 14, "进行同类同质业务需求整合")
G("g2", 14, "使移动应用具备相对独立且完整的业务场景及功能")
G("g3", 14, "制定整合标准")
G("g4", 14, "做好风险评估、数据迁移、隐私保护、用户告知等管理工作")
# ---- Q7 (line 16): data security ----
G("h0", 16, "明确了“谁管业务、谁管业务数据、谁管数据安全”的原则", opt=True)   # what the notice specifies
G("h1", 16, "压实业务管理部门数据管理职责")
G("h2", 16, "做好业务数据安全管理工作")
G("h3", 16, "严格控制外包服务提供商数据访问权限")
G("h4", 16, "加强数据安全管理", evidence="督促其加强数据安全管理")
G("h5", 16, "防范数据泄露")
# ---- Q8 (line 18): personal information ----
G("i1", 18, "严格落实国家法律法规和监管要求")
G("i2", 18, "建立移动应用个人信息保护制度")
G("i3", 18, "规范个人信息管理")
G("i4", 18, "遵循“合法、正当、必要”原则收集个人信息")
G("i5", 18, "向用户告知收集个人信息的目的、使用和保护个人信息的方式")
G("i6", 18, "公布投诉渠道信息")
G("i7", 18, "及时处理信息泄露和隐私合规相关问题")
G("i8", 18, "保障消费者权益")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
