"""Gold annotation of document-mofcom-145-plan-long-2021 ("十四五"商务发展施工图发布 涉及资本市场对外开放), by hand per shared/eval/ANNOTATE.md."""
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
ID = "document-mofcom-145-plan-long-2021"
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
ent("mofcom", "Agency", "商务部")
ent("mofcom-fi", "Agency", "外资司", ["商务部外资司"])
rel("mofcom-fi", "subOrganizationOf", "mofcom")
ent("ndrc", "Agency", "国家发展改革委", ["国家发改委", "发改委"])
ent("sc", "Agency", "国务院")
ent("nku", "Organization", "南开大学")
ent("nku-fd", "Organization", "南开大学金融发展研究院", ["金融发展研究院"])
rel("nku-fd", "subOrganizationOf", "nku")
ent("sd", "Organization", "证券日报", ["《证券日报》"])
ent("cciee", "Organization", "中国国际经济交流中心")
ent("cciee-er", "Organization", "经济研究部", ["中国国际经济交流中心经济研究部"])
rel("cciee-er", "subOrganizationOf", "cciee")
ent("tian", "Person", "田利辉")
ent("liu", "Person", "刘向东")
ent("gao", "Person", "高峰")
ent("zong", "Person", "宗长青")
rel("tian", "holdsPost", "nku-fd", post="院长")
rel("liu", "holdsPost", "cciee-er", post="副部长")
rel("gao", "holdsPost", "mofcom", post="新闻发言人")
rel("zong", "holdsPost", "mofcom-fi", post="司长")
ent("presser", "Event", "例行新闻发布会", optional=True)
ent("pilot-presser", "Event", "新增服务业扩大开放综合试点专题发布会")
rel("gao", "speaksAt", "presser", optional=True)
rel("zong", "speaksAt", "pilot-presser")
ent("plan", "Document", "“十四五”商务发展规划", ["《“十四五”商务发展规划》", "规划", "《规划》", "十四五商务发展规划"])
rel("plan", "publishedBy", "mofcom", optional=True)
ent("neglist", "Document", "外商投资准入负面清单", ["全国版外商投资准入负面清单", "2021年外商投资准入负面清单"])
rel("neglist", "publishedBy", "mofcom", optional=True)
rel("neglist", "publishedBy", "ndrc", optional=True)
for id, l, al in [("bj", "北京市", ["北京"]), ("tj", "天津", []), ("sh", "上海", []), ("hn", "海南", []), ("cq", "重庆", [])]:
    ent(id, "Place", l, al)
ent("china", "Place", "中国", ["我国"], optional=True)
S = [("s-items", "外商投资准入负面清单特别管理措施条目数", "33项", "特别管理措施条目数由93项减至33项", False),
     ("s-svc-g", "“十三五”时期服务业吸收外资年均增长", "4.4%", "“十三五”时期我国服务业吸收外资年均增长4.4%", False),
     ("s-svc-15", "2015年服务业吸收外资占比", "69.8%", "占比从2015年的69.8%提高至2020年的78.5%", False),
     ("s-svc-20", "2020年服务业吸收外资占比", "78.5%", "占比从2015年的69.8%提高至2020年的78.5%", False),
     ("s-svc-amt", "前5个月服务业实际使用外资金额", "3819亿元人民币", "服务业实际使用外资金额3819亿元人民币", False),
     ("s-svc-y", "服务业实际使用外资金额同比增长", "41.6%", "同比增长41.6%", False),
     ("s-svc-sh", "服务业实际使用外资占比", "79.4%", "占比达79.4%", False),
     ("s-bj", "北京市服务业累计吸收外资", "5686亿元人民币", "北京市服务业累计吸收外资5686亿元人民币", False),
     ("s-bj-sh", "北京市服务业吸收外资占北京市吸收外资总量比例", "96.9%", "占北京市吸收外资总量的96.9%", False),
     ("s-bj-nat", "北京市服务业吸收外资占全国服务业吸收外资比例", "14.8%", "占全国服务业吸收外资的14.8%", False)]
for id, l, v, e, opt in S:
    ent(id, "Statistic", l, value=v, evidence=ev(e), optional=opt)
P = dict(body=["plan"], opt_body=["mofcom"])
for i, l in enumerate(["扩大外商投资准入领域", "健全外商投资管理体制", "创新提升国家级经济技术开发区", "优化外商投资环境",
                       "稳步推进资本市场对外开放", "进一步放宽外国投资者对上市公司战略投资条件"]):
    goal(f"p-{i}", l, **P)
goal("p-6", "吸引更多外资参与进来", **P)
goal("p-7", "加快推进国家级经开区开放创新、科技创新、制度创新", **P)
goal("p-8", "发挥开放平台示范带动作用", "此外，《规划》提出加快推进国家级经开区开放创新、科技创新、制度创新，发挥开放平台示范带动作用等等", **P)
goal("m-0", "抓紧推进相关工作", "商务部和国家发展改革委已经共同启动了2021年外商投资准入负面清单的修订工作，将抓紧推进相关工作", by=["gao"], body=["mofcom", "ndrc"])
goal("s-0", "在天津、上海、海南、重庆4省市开展试点", body=["sc"])
for i, l in enumerate(["紧紧围绕产业链现代化目标", "发挥吸引各类要素集聚的功能", "加快推进园区内特色优势产业集聚",
                       "提升在区域产业布局中的优势地位", "推动优势产业迈向价值链中高端"]):
    goal(f"l-{i}", l, by=["liu"])
goal("t-0", "及时总结服务业扩大开放综合试点示范", "要及时总结服务业扩大开放综合试点示范、国家级经济技术开发区等开放平台的经验", by=["tian"])
for i, l in enumerate(["树立标杆", "开展学习借鉴活动", "形成制度外溢"], start=1):
    goal(f"t-{i}", l, by=["tian"])

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
