"""Gold annotation of forum-gdec2024-beijing-digital-base-long-2024 (2024全球数字经济大会硕果累累 北京展示数字底座硬核实力), by hand per shared/eval/ANNOTATE.md (annotator annL15)."""
ID = "forum-gdec2024-beijing-digital-base-long-2024"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
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
    for a in aliases: assert a in text, a
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=(), opt_tech=()):
    """a Goal; evidence defaults to the sentence stating it; by = proposers, body = hasGoal subjects"""
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    e = ev(evidence) if evidence else sent(label)
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=optional, evidence=e)
    for p in by: rel(p, "proposes", id, optional=optional)
    for p in opt_by: rel(p, "proposes", id, optional=True)
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)
    for t in tech: rel(id, "involvesTechnology", t, optional=optional)
    for t in opt_tech: rel(id, "involvesTechnology", t, optional=True)

def stat(id, label, value, evidence, optional=False):
    assert value in evidence or re.sub(r"[^0-9.]", "", value) in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=ev(evidence), optional=optional)

# Events, places, documents
ent("gdec", "Event", "2024全球数字经济大会")
ent("bj", "Place", "北京")
ent("cn", "Place", "我国", optional=True)
rel("gdec", "locatedIn", "bj")
ent("plan", "Document", "北京市通用人工智能产业创新伙伴计划", ["《北京市通用人工智能产业创新伙伴计划》", "伙伴计划"])
ent("xc10", "Document", "信创十条——首方案", ["信创十条"], optional=True)  # named in quotes with its 2023-2024 model projects

# Bodies and people
ent("bj-jxj", "Agency", "北京市经信局")
ent("sbs", "Organization", "盛邦安全")  # also the posting account (line 2)
ent("thu", "Organization", "清华大学")
ent("people", "Organization", "人民网", ["人民网－北京频道"])
ent("quan", "Person", "权小文")
rel("quan", "holdsPost", "sbs", post="董事长")
rel("quan", "speaksAt", "gdec", optional=True)  # interviewed at the company's stand

# Technologies
ent("ai", "Technology", "人工智能", ["AI"])
ent("llm", "Technology", "大模型", ["人工智能大模型"])
ent("satnet", "Technology", "卫星互联网")
ent("iot", "Technology", "物联网")
ent("ipv6", "Technology", "IPv6")
for id, l in [("agi", "通用人工智能"), ("xc", "信息技术应用创新"), ("crypto", "密码技术"), ("satcom", "卫星通信"),
              ("compute", "算力"), ("smartcity", "智慧城市"), ("mapping", "网络空间测绘"), ("uosai", "UOS AI"),
              ("mw", "中间件"), ("mobile", "移动通信"), ("platform", "全球网络空间资产测绘平台"), ("fintech", "金融科技")]:
    ent(id, "Technology", l, optional=True)
rel("sbs", "promotes", "satnet")
for t in ("crypto", "satcom", "mapping", "ipv6", "platform"):
    rel("sbs", "promotes", t, optional=True)
rel("thu", "promotes", "mapping", optional=True)
rel("plan", "publishedBy", "bj-jxj", optional=True)  # the text does not say who issued it
rel("xc10", "publishedBy", "bj-jxj", optional=True)

# Statistics (the conference's results, line 5)
s3 = lines[3].split("。")[1]
stat("s-city", "数字经济伙伴城市总数", "近30个", s3)
s4 = lines[4].split("；")[0]
stat("s-tb", "伙伴计划AI训练数据集规模", "1150TB", s4)
stat("s-ds", "伙伴计划AI训练数据集数量", "101个", s4)
stat("s-p", "伙伴计划算力支持", "8500P", s4)
stat("s-proj", "伙伴计划项目签约数", "40余个", s4)
stat("s-firm", "第3批“伙伴计划”入选企业数", "158家", "发布第3批“伙伴计划”入选企业名单，共计158家")
stat("s-sign", "完成合作签约的“伙伴计划”成员单位数", "12家", "完成12家“伙伴计划”成员单位合作签约")
stat("s-case", "人工智能大模型应用场景典型案例数", "81个", "发布81个人工智能大模型应用场景典型案例，覆盖工业制造、金融服务、智慧城市等10类场景")
stat("s-scen", "典型案例覆盖场景类数", "10类", "发布81个人工智能大模型应用场景典型案例，覆盖工业制造、金融服务、智慧城市等10类场景")

# Goals
# the conference's slogan and the results it announced (past outcomes: optional)
goal("m1", "开启数智新时代", lines[3].split("。")[0], optional=True)
goal("m2", "共享数字新未来", lines[3].split("。")[0], optional=True)
goal("m3", "东西部区域数字经济合作全面加强", s3, optional=True)
goal("m4", "北京数据要素价值持续释放", s3, optional=True)
goal("m5", "数字经济和实体经济深度融合", s3, optional=True)
goal("m6", "为行业打造出标准化可复制推广的样本", optional=True, opt_body=["xc10"])
# 盛邦安全 / 权小文
Q = dict(by=["quan"], body=["sbs"])
q1 = lines[6].split("”")[1].split("。")[0]
goal("q1", "保障卫星互联网安全", q1, tech=["satnet"], **Q)
goal("q2", "通过密码技术对卫星通信加密", q1, optional=True, opt_by=["quan"], opt_body=["sbs"], opt_tech=["crypto", "satcom"])
q3 = lines[8].split("权小文说，")[1].rstrip("。")
goal("q3", "通过卫星通信漏洞扫描设备解决“查”的仔细问题", q3, optional=True, opt_by=["quan"], opt_body=["sbs"], opt_tech=["satcom"])
goal("q4", "卫星互联网空间测控解决“看”的清楚问题", q3, optional=True, opt_by=["quan"], opt_body=["sbs"], opt_tech=["satnet"])
goal("q5", "卫星通信安全解决“防”的准确问题", q3, optional=True, opt_by=["quan"], opt_body=["sbs"], opt_tech=["satcom"])
goal("q6", "为卫星互联网通信构建一道稳固的安全防线", q3, tech=["satnet"], **Q)
goal("q7", "布局卫星互联网赛道", lines[10].split("”")[0].lstrip("“"), optional=True, opt_by=["quan"], opt_body=["sbs"], opt_tech=["satnet"])
p = lines[10].split("该平台是")[1].split("，也为")[0]
goal("p1", "聚焦全球IPv6网络空间测绘", "该平台是" + p, optional=True, opt_body=["sbs", "thu"], opt_tech=["ipv6", "mapping"])
goal("p2", "大幅提升网络空间安全管理的效率与精度", "该平台是" + p, optional=True, opt_body=["sbs", "thu"])
f = lines[10].split("“未来，")[1].split("”")[0].rstrip("。")
for id, l in [("f1", "在科研与前沿技术领域持续深耕与探索"), ("f2", "继续加大研发投入"),
              ("f3", "为信息时代的太空互联保驾护航"), ("f4", "让网络空间更有序")]:
    goal(id, l, "未来，" + f, **Q)
# 北京 (as reported from 北京市经信局): a region as the subject, so hasGoal is optional
B = dict(opt_body=["bj-jxj"])
b = lines[11].split("北京将")[1].rstrip("。")
goal("b1", "充分发挥全栈技术体系优势", "北京将" + b, **B)
goal("b2", "追“新”逐“质”", "北京将" + b, optional=True, **B)  # 4 characters with its quotes; a slogan
goal("b3", "产业带动性强的创新产品及解决方案", "北京将" + b, **B)  # 打造更多技术水平先进、应用示范效果突出、产业带动性强的……
goal("b4", "为我国数字经济发展蓄势赋能", "北京将" + b, **B)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
