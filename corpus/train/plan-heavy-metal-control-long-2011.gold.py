"""Gold annotation of plan-heavy-metal-control-long-2011 (14省区成重金属污染治理重点 中央拟投百亿), by hand per shared/eval/ANNOTATE.md (annotator ann30)."""
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
ID = "plan-heavy-metal-control-long-2011"
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
    assert type == "Statistic" or label in text, label
    for a in aliases: assert a in text, a
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    if "evidence" in kw: ev(kw["evidence"])
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence=None, optional=False, by=(), body=(), opt_by=(), opt_body=()):
    """a Goal; evidence defaults to the sentence stating it; by = proposers, body = hasGoal subjects"""
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    evidence = ev(evidence) if evidence else sent(label)
    assert label in evidence, (label, evidence)
    ent(id, "Goal", label, optional=optional, evidence=evidence)
    for p in by: rel(p, "proposes", id, optional=optional)
    for p in opt_by: rel(p, "proposes", id, optional=True)
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

# Agencies
ent("sc", "Agency", "国务院")
ent("mep", "Agency", "环保部")
ent("zj-gov", "Agency", "浙江省政府")
ent("zj-epb", "Agency", "浙江省环保厅")
ent("zj-epb-pc", "Agency", "污控处", ["浙江省环保厅污控处"])
rel("zj-epb-pc", "subOrganizationOf", "zj-epb")
rel("zj-epb", "subOrganizationOf", "zj-gov", optional=True)
# Organizations: the newspaper and the listed companies named as monitored enterprises
ent("21cbh", "Organization", "21世纪经济报道", ["本报"])
for id, l in [("jxcopper", "江西铜业"), ("jinchuan", "金川矿业"), ("yncopper", "云南铜业"), ("zhuzhou", "株洲冶炼")]:
    ent(id, "Organization", l)
# People
ent("zhou", "Person", "周生贤")
rel("zhou", "holdsPost", "mep", post="部长")
ent("yu", "Person", "喻志刚")
rel("yu", "holdsPost", "zj-epb-pc", post="处长")
# Documents: the national 十二五 special plan (named only as “十二五”专项规划 / 这一规划) and Zhejiang's plan
ent("plan", "Document", "“十二五”专项规划")
rel("plan", "publishedBy", "sc")
rel("plan", "publishedBy", "mep")
ent("zj-plan", "Document", "浙江省重金属污染综合整治规划", ["《浙江省重金属污染综合整治规划》"])
rel("zj-plan", "publishedBy", "zj-gov", optional=True)  # 获得浙江省政府批复: approved, not said to be issued by it
# Places: provinces and regions as listed, then the local places named
P = [("nmg", "内蒙古"), ("js", "江苏"), ("zj", "浙江"), ("jx", "江西"), ("hen", "河南"), ("hun", "湖南"), ("ah", "安徽"),
     ("xj", "新疆"), ("nx", "宁夏"), ("qh", "青海"), ("gs", "甘肃"), ("sx", "陕西"), ("xz", "西藏"), ("yn", "云南"),
     ("gz", "贵州"), ("sc-p", "四川"), ("gd", "广东"), ("gx", "广西"), ("hub", "湖北"), ("sd", "山东"), ("fj", "福建"),
     ("xiangjiang", "湘江流域"), ("huaining", "怀宁"), ("wenzhou", "温州"), ("pingyang", "平阳县")]
for id, l in P:
    ent(id, "Place", l, ["浙江省"] if id == "zj" else ())
ent("china", "Place", "全国", optional=True)

# Statistics: the plan's designations (line 3, line 9) and Zhejiang's figures (lines 26-30)
stat("s-prov", "纳入“十二五”重金属重点治理省区的省区", "14个",
     "全国有内蒙古、江苏、浙江、江西、河南等14个省区被纳入“十二五”重金属重点治理省区")
stat("s-areas", "列为重点治理区域的区域", "138个", "有138个区域被列为重点治理区域")
stat("s-firms", "五大行业纳入重点监控的企业", "4452家",
     "采矿、冶炼、铅蓄电池、皮革及其制品、化学原料及其制品五大行业的4452家企业被纳入重点监控")
stat("s-firm-prov", "重点监控企业来自的省区", "18个",
     "规划中被纳入重点监控名单的4452家企业，来自新疆、宁夏、青海、甘肃、 陕西、西藏、云南、贵州、四川、广东、广西、湖南、湖北、河南、山东、江西、安徽、福建18个省区")
stat("s-zj-nat", "浙江列为国家重点整治区域的区域", "7个", "浙江这次共有7个区域(县为单位)列为国家重点整治区域")
stat("s-zj-add", "浙江省另外增加的区域", "11个", "浙江省自己又另外加了11个区域")
stat("s-zj-total", "浙江重金属重点防控区域", "18个", "加起来总共有18个重金属重点防控区域")
stat("s-zj-natfirms", "浙江进入国家名单的企业", "不到300家", "企业方面，进入国家名单的不到300家")
stat("s-zj-firms", "浙江省自己加到的企业", "305家", "浙江省自己加到了305家")
stat("s-zj-share", "重点区域所在县占全省排污总量的比例", "90%", "这些县共占到全省排污总量的90%")
stat("s-zj-all", "浙江全省掌握的涉重金属企业", "1000多家", "全省的涉重金属企业我们掌握的有1000多家")
stat("s-zj-in18", "划入18个重点防控区域的企业", "529家", "划入18个重点防控区域的有529家")

# Goals of the national plan (lines 4-6, 10)
goal("n-g1", "将得到重点治理", lines[4], body=["plan"], opt_body=["mep"])
goal("n-g2", "重点区域的重点重金属污染排放量要比2007年减少15%", "到2015年，重点区域的重点重金属污染排放量要比2007年减少15%",
     body=["plan"], opt_body=["mep"])
goal("n-g3", "非重点区域的重点重金属污染排放量不超过2007年的水平", "非重点区域的重点重金属污染排放量不超过2007年的水平",
     body=["plan"], opt_body=["mep"])
goal("n-g4", "把排放总量降下来", optional=True, opt_body=["plan"])
goal("n-g5", "原则上落实到区县层次", optional=True, opt_body=["plan"])
# Implementation (lines 18-22): provinces' rules, the ministry's assessment plan, rewards and penalties, funding
goal("i-g1", "做出一个实施细则", "接下来这些涉及的省份都要做出一个实施细则")
goal("i-g2", "制定重金属污染防治的考核方案", "环保部正在制定重金属污染防治的考核方案", body=["mep"])
goal("i-g3", "现有的惩罚手段都会使用", "在未来的考核和奖惩机制中，现有的惩罚手段都会使用，比如罚款，限批", optional=True, opt_body=["mep", "plan"])
goal("i-g4", "建立重金属污染责任终身制", "建立重金属污染责任终身制，对造成环境危害的个人和单位", opt_body=["mep", "plan"])
goal("i-g5", "重金属污染项目环评由省级以上环保部门审批", "重金属污染项目环评由省级以上环保部门审批", opt_body=["mep", "plan"])
goal("i-g6", "从环评制度上提高审批等级", "国家可能从环评制度上提高审批等级", opt_body=["mep", "plan"])
goal("i-g7", "以奖促治", "这次重金属污染防治规范可能主要通过以奖促治，意思就是以后不会直接给钱了，做好了才给钱，比如说地方淘汰落后产能适当补贴",
     opt_body=["mep", "plan"])
goal("i-g8", "建立重金属污染准备金制度", "还要建立重金属污染准备金制度",
     opt_body=["mep", "plan"])
goal("i-g9", "重金属资源开发补偿机制", "以及重金属资源开发补偿机制，类似于矿山开发资源补偿机制",
     opt_body=["mep", "plan"])
goal("i-g10", "以百亿元为单位增加对重金属污染防治的投资", "“未来5年，中央财政将以百亿元为单位增加对重金属污染防治的投资”",
     by=["zhou"], body=["mep"])
goal("i-g11", "治理资金的一部分仍需地方政府和相关企业筹措", optional=True)
goal("i-g12", "三方出资比例和机制尚待细则明确", optional=True)
# Provinces (line 24)
goal("p-g0", "就重金属污染治理制订“十二五”专项规划", optional=True, opt_body=["sc", "mep"])
goal("p-g1", "加紧筹备实施", "各省区也在加紧筹备实施")
goal("p-g2", "扩大监控范围和目标", "一些省份甚至自行加码，扩大监控范围和目标")
# Zhejiang (lines 25-32)
goal("z-g0", "这次要停掉的企业可能上千家", optional=True, opt_by=["yu"], opt_body=["zj-epb"])
goal("z-g1", "18个区域要减排20%", "我们自己要求是18个区域要减排20%", by=["yu"], body=["zj-epb"], opt_body=["zj-plan"])
goal("z-g2", "非重点区域要减排5%以上", "非重点区域要减排5%以上", by=["yu"], body=["zj-epb"], opt_body=["zj-plan"])
goal("z-g3", "针对这些行业将制定准入标准", opt_by=["yu"], opt_body=["zj-epb", "zj-plan"])
goal("z-g4", "都按照3个批次执行", "对所有这些企业，都按照3个批次执行", opt_by=["yu"], opt_body=["zj-epb", "zj-plan"])
goal("z-g5", "标杆企业就地规范提升", "有一定档次的标杆企业就地规范提升", opt_by=["yu"], opt_body=["zj-epb", "zj-plan"])
goal("z-g6", "强制搬迁入园", "有一定规模优势、但环境比较敏感的强制搬迁入园、集中整治", opt_by=["yu"], opt_body=["zj-epb", "zj-plan"])
goal("z-g7", "集中整治", "有一定规模优势、但环境比较敏感的强制搬迁入园、集中整治", opt_by=["yu"], opt_body=["zj-epb", "zj-plan"])
goal("z-g8", "对整个园区按照标准验收", "对整个园区按照标准验收", opt_by=["yu"], opt_body=["zj-epb", "zj-plan"])
goal("z-g9", "对低产能高风险的企业要彻底淘汰", "对低产能高风险的企业要彻底淘汰", opt_by=["yu"], opt_body=["zj-epb", "zj-plan"])
goal("z-g10", "总共投资将会达到28亿元", opt_body=["zj-gov"])

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
