"""Gold annotation of interpretation-ndrc-energy-saving-long-2011 (功在当代 利在千秋——我国节能减排工作回顾与展望), by hand per shared/eval/ANNOTATE.md."""
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
ID = "interpretation-ndrc-energy-saving-long-2011"
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
ent("sc", "Agency", "国务院")
ent("ndrc", "Agency", "国家发展和改革委员会", ["发展改革委", "国家发展改革委", "发改委"])
ent("govcn", "Organization", "中国政府网")
ent("meeting", "Event", "全国节能减排工作电视电话会议")
ent("plan", "Document", "“十二五”节能减排综合性工作方案", ["《“十二五”节能减排综合性工作方案》", "工作方案", "《工作方案》"])
rel("plan", "publishedBy", "sc")
ent("fyp11", "Document", "“十一五”规划纲要", ["十一五规划纲要"])
for id, l in [("bj", "北京"), ("tj", "天津"), ("sx", "山西"), ("nmg", "内蒙古"), ("sd", "山东"), ("js", "江苏"), ("gd", "广东")]:
    ent(id, "Place", l)
ent("west", "Place", "西部地区", optional=True)
ent("china", "Place", "中国", ["我国"], optional=True)
for id, l in [("wind", "风能"), ("solar", "太阳能"), ("renew", "可再生能源"), ("hydro", "水电"), ("nuclear", "核电")]:
    ent(id, "Technology", l, optional=True)
    rel("ndrc", "promotes", id, optional=True)
# Statistics (the 十一五 record)
S = [("s-energy", "全国单位国内生产总值能耗下降", "１９．１％", "全国单位国内生产总值能耗下降１９．１％", False),
     ("s-so2", "二氧化硫排放总量下降", "１４．２９％", "二氧化硫、化学需氧量排放总量分别下降１４．２９％和１２．４５％", False),
     ("s-cod", "化学需氧量排放总量下降", "１２．４５％", "二氧化硫、化学需氧量排放总量分别下降１４．２９％和１２．４５％", False),
     ("s-10proj", "十大节能重点工程形成节能能力", "３．４亿吨标准煤", "我国实施十大节能重点工程形成节能能力３．４亿吨标准煤", False),
     ("s-sewage", "新增城镇污水日处理能力", "６５００万吨", "新增城镇污水日处理能力６５００万吨", False),
     ("s-co2", "减少二氧化碳排放", "１４．６亿吨", "减少二氧化碳排放１４．６亿吨", False),
     ("s-econs", "能源消费年均增速", "６．６％", "我国以能源消费年均６．６％的增速支撑了国民经济年均１１．２％的增速", False),
     ("s-gdp", "国民经济年均增速", "１１．２％", "我国以能源消费年均６．６％的增速支撑了国民经济年均１１．２％的增速", False),
     ("s-2010", "2010年万元国内生产总值能耗", "１．０３４吨标准煤", "比２０１０年的１．０３４吨标准煤下降１６％", False),
     ("s-2005", "2005年万元国内生产总值能耗", "１．２７６吨标准煤", "比２００５年的１．２７６吨标准煤下降３２％", False),
     ("s-prov", "节能工作成绩突出受表扬的省（区、市）", "８", "在节能工作中成绩突出的北京、天津、山西、内蒙古等８省（区、市）人民政府", True)]
for id, l, v, e, opt in S:
    ent(id, "Statistic", l, value=v, evidence=ev(e), optional=opt)
# Goals of the 工作方案 (document targets)
goal("d-1", "全国万元国内生产总值能耗要下降到０．８６９吨标准煤", "到２０１５年，全国万元国内生产总值能耗要下降到０．８６９吨标准煤（按２００５年价格计算），比２０１０年的１．０３４吨标准煤下降１６％，比２００５年的１．２７６吨标准煤下降３２％", body=["plan"])
goal("d-2", "实现节约能源６．７亿吨标准煤", body=["plan"])
goal("d-3", "全国化学需氧量和二氧化硫排放总量分别控制在２３４７．６万吨、２０８６．４万吨", body=["plan"])
goal("d-4", "全国氨氮和氮氧化物排放总量分别控制在２３８．０万吨、２０４６．２万吨", body=["plan"])
goal("d-5", "明确了“十二五”各地区节能目标", optional=True, body=["plan"])
goal("d-6", "形成政府为主导、企业为主体、市场有效驱动、全社会共同参与的推进节能减排工作格局", body=["plan"], opt_body=["ndrc"])
for i, l in enumerate(["全面加强对节能减排工作的组织领导", "狠抓监督检查", "严格考核问责"], start=7):
    goal(f"d-{i}", l, body=["plan"], opt_body=["ndrc"])
goal("p-11", "“十一五”规划纲要确定的节能减排目标", "基本实现了“十一五”规划纲要确定的节能减排目标", optional=True, body=["fyp11"])
# State Council teleconference
goal("m-1", "打赢节能减排持久战和攻坚战", "要求下更大决心、花更大气力，打赢节能减排持久战和攻坚战", body=["sc"])
goal("m-2", "充分认识节能减排的极端重要性和紧迫性", optional=True, body=["sc"])
goal("m-3", "增强忧患意识、危机意识和责任意识", optional=True, body=["sc"])
goal("m-4", "坚持节能减排思想不动摇", body=["sc"])
goal("m-5", "全面落实“十二五”节能减排综合性工作方案", body=["sc"])
# NDRC official
goal("n-0", "优化产业结构", "要实现“十二五”节能减排目标，需要通过进一步优化产业结构，促进节能减排", body=["ndrc"])
goal("n-0b", "促进节能减排", "要实现“十二五”节能减排目标，需要通过进一步优化产业结构，促进节能减排", body=["ndrc"])
goal("n-0c", "实现“十二五”节能减排目标", "要实现“十二五”节能减排目标，需要通过进一步优化产业结构，促进节能减排", optional=True, body=["ndrc"])
for i, l in enumerate(["坚持走中国特色新型工业化道路", "加快发展现代产业体系", "逐步提高服务业的比重和水平",
                       "大力发展战略性新兴产业", "鼓励新上先进生产能力", "加快淘汰落后生产能力",
                       "强化节能、环保、土地、安全等指标约束", "抑制高耗能、高排放行业过快增长",
                       "防止高污染、高耗能产业转移到西部地区", "大力发展循环经济"], start=1):
    goal(f"n-{i}", l, body=["ndrc"])
for i, l in enumerate(["合理控制能源消费总量", "调整能源结构", "大力推广煤炭的清洁高效利用",
                       "因地制宜发展风能、太阳能等可再生能源", "积极发展水电", "高效发展核电",
                       "推动能源生产和利用方式变革", "构建安全、稳定、经济、清洁的现代能源产业体系"], start=11):
    goal(f"n-{i}", l, body=["ndrc"])
for t in ("wind", "solar", "renew"):
    rel("n-14", "involvesTechnology", t, optional=True)
rel("n-15", "involvesTechnology", "hydro", optional=True)
rel("n-16", "involvesTechnology", "nuclear", optional=True)
for i, l in enumerate(["坚持以科技创新和技术进步推动节能减排", "深化资源性产品价格改革", "加大财政资金支持引导作用",
                       "积极推进资源税费和环境税费改革", "完善节能减排长效机制", "遏制高耗能、高排放产品出口",
                       "加强节能发电调度"], start=19):
    goal(f"n-{i}", l, body=["ndrc"])

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
