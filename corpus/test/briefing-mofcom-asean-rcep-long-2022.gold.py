"""Gold annotation of briefing-mofcom-asean-rcep-long-2022 (中国如何加强与东盟经贸往来？RCEP落地后续如何？商务部回应), by hand per shared/eval/ANNOTATE.md."""
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
ID = "briefing-mofcom-asean-rcep-long-2022"
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
ent("scio", "Agency", "国新办", ["国务院新闻办公室"])
ent("mofcom", "Agency", "商务部")
ent("asean", "Organization", "东盟", ["东南亚国家联盟"])
ent("21cbh", "Organization", "21世纪经济报道")
ent("suzhou-park", "Organization", "中新苏州工业园", optional=True)
# People
ent("wang-wentao", "Person", "王文涛")
ent("wang-shouwen", "Person", "王受文")
ent("sheng", "Person", "盛秋平")
ent("zhou", "Person", "周潇枭")
ent("li-bo", "Person", "李博")
rel("wang-wentao", "holdsPost", "mofcom", post="部长")
rel("wang-shouwen", "holdsPost", "mofcom", post="副部长兼国际贸易谈判副代表")
rel("sheng", "holdsPost", "mofcom", post="部长助理")
rel("zhou", "holdsPost", "21cbh", optional=True, post="作者")
rel("li-bo", "holdsPost", "21cbh", optional=True, post="编辑")
# Events
ent("presser", "Event", "坚持稳字当头、推动商务高质量发展新闻发布会", ["新闻发布会"])
for p in ("wang-wentao", "wang-shouwen", "sheng"):
    rel(p, "speaksAt", "presser")
ent("summit", "Event", "中国-东盟建立对话关系30周年纪念峰会", ["峰会"])
ent("ciie", "Event", "进博会", ["中国国际进口博览会"])
ent("caexpo", "Event", "中国-东盟博览会")
ent("forum-10p3", "Event", "东盟与中日韩（10+3）产业链供应链合作论坛")
# Documents
ent("rcep", "Document", "RCEP", ["区域全面经济伙伴关系协定", "《区域全面经济伙伴关系协定》"])
ent("mpac", "Document", "东盟互联互通总体规划2025", ["《东盟互联互通总体规划2025》"])
rel("mpac", "publishedBy", "asean", optional=True)
ent("cn-kh-fta", "Document", "中国-柬埔寨自贸协定")
ent("cn-sg-fta", "Document", "中国-新加坡自贸协定")
ent("bri", "Document", "“一带一路”倡议", ["一带一路"], optional=True)
# Places
ent("china", "Place", "中国", ["我国"], optional=True)
ent("thailand", "Place", "泰国")
ent("indonesia", "Place", "印尼", ["印度尼西亚"])
ent("vietnam", "Place", "越南")
ent("cambodia", "Place", "柬埔寨", optional=True)
ent("singapore", "Place", "新加坡", optional=True)
# Technology
ent("digecon", "Technology", "数字经济", optional=True)

# Statistics
S = [("s-13y", "中国连续保持东盟第一大贸易伙伴地位", "13年", "中国自2009年起连续13年保持东盟第一大贸易伙伴地位", True),
     ("s-trade", "中国-东盟贸易额", "8782亿美元", "去年中国-东盟贸易额再创历史新高，达到8782亿美元", False),
     ("s-share", "中国-东盟贸易额占中国对外贸易总额", "14.5%", "占中国对外贸易总额的14.5%", False),
     ("s-invest", "中国与东盟累计双向投资总额", "约3000亿美元", "截至2021年底，中国与东盟累计双向投资总额约3000亿美元", False)]
for id, l, v, e, opt in S:
    ent(id, "Statistic", l, value=v, evidence=ev(e), optional=opt)

# Goals: 盛秋平 states them for 商务部
M = dict(by=["sheng"], body=["mofcom"])
goal("g-bri-dock", "加强“一带一路”倡议与《东盟互联互通总体规划2025》之间的战略对接", optional=True, by=["sheng"])
goal("g-fta-upgrade", "共同推动中国-东盟自贸区进一步升级", "双方还同意共同推动中国-东盟自贸区进一步升级，打造3.0版", **M)
goal("g-liberal", "提升贸易和投资自由化便利化水平", "打造3.0版，提升贸易和投资自由化便利化水平", **M)
goal("g-partnership", "建立全面战略伙伴关系", "双方领导人共同宣布建立全面战略伙伴关系", optional=True, by=["sheng"])
goal("g-consensus", "全面落实好双方领导人达成的重要共识", **M)
goal("g-new-level", "推动中国-东盟经贸合作不断迈上新台阶", **M)
goal("g-community", "构建更为紧密的中国-东盟命运共同体",
     "构建更为紧密的中国-东盟命运共同体", **M)
goal("h1", "深化贸易投资合作", "一是深化贸易投资合作", **M)
goal("g-import-1500", "未来五年力争从东盟进口1500亿美元农产品", "中国在峰会上宣布，未来五年力争从东盟进口1500亿美元农产品", **M)
goal("g-expo", "用好进博会、中国-东盟博览会等会展平台", **M)
goal("g-import", "扩大自东盟进口农产品等特色优质商品", **M)
goal("g-demand", "更好满足国内需要", **M)
goal("g-new-fields", "拓展抗疫、数字经济、绿色低碳等新领域合作", **M, opt_by=(), tech=())
rel("g-new-fields", "involvesTechnology", "digecon", optional=True)
goal("g-models", "复制推广成熟合作模式", **M)
goal("g-parks", "共建经贸创新发展示范园区", **M)
goal("h2", "加强产业链供应链对接", "二是加强产业链供应链对接", **M)
goal("g-forum", "共同办好东盟与中日韩（10+3）产业链供应链合作论坛", **M)
goal("g-cope", "共同应对全球产业链供应链新形势、新挑战", **M)
goal("g-chain", "促进区域产业链供应链协同、创新、可持续发展", **M)
goal("g-corridor", "持续推动陆海新通道建设", **M)
goal("g-support", "发挥好对互联互通、经贸合作、产业链供应链的支撑作用", **M)
goal("h3", "提升经贸机制性安排", "三是提升经贸机制性安排", **M)
goal("g-rcep", "与东盟等各方共同实施好RCEP", **M)
goal("g-rcep-more", "推动协定对更多国家生效", **M)
goal("g-sg", "尽早完成中国-新加坡自贸协定升级后续谈判", "争取年内尽早完成中国-新加坡自贸协定升级后续谈判", **M)
goal("g-study", "积极推进中国-东盟自贸区3.0版联合可行性研究", **M)
goal("g-digital", "拓展数字经济等新领域合作", "拓展数字经济等新领域合作，争取尽早启动谈判", **M)
rel("g-digital", "involvesTechnology", "digecon", optional=True)
goal("g-talks", "争取尽早启动谈判", **M)
goal("g-fta", "建设更加包容、现代、全面、互惠的自贸协定", **M)
goal("g-deepen", "继续深化中国-东盟经贸合作", **M)
rel("mofcom", "promotes", "digecon", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
