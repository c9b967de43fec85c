"""Gold annotation of plan-yunnan-solar-industry-long-2011 (云南太阳能产业：深挖绿色能源走低碳发展之路), by hand per shared/eval/ANNOTATE.md (annotator ann30)."""
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
ID = "plan-yunnan-solar-industry-long-2011"
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

OPT_TECH = set()
def goal(id, label, evidence=None, optional=False, by=(), body=(), opt_by=(), opt_body=(), tech=()):
    """a Goal; evidence defaults to the sentence stating it; by = proposers, body = hasGoal subjects, tech = technologies it names"""
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    evidence = ev(evidence) if evidence else sent(label)
    assert label in evidence, (label, evidence)
    ent(id, "Goal", label, optional=optional, evidence=evidence)
    for p in by: rel(p, "proposes", id, optional=optional)
    for p in opt_by: rel(p, "proposes", id, optional=True)
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)
    for t in tech:
        assert any(l in evidence for l in [e for e in E if e["id"] == t][0].get("aliases", []) + [[e for e in E if e["id"] == t][0]["label"]]), (id, t)
        rel(id, "involvesTechnology", t, optional=optional or t in OPT_TECH)

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

# Agencies: the Yunnan provincial government and its departments (all written 省…), the national ministries
ent("yn-gov", "Agency", "省政府")
for id, l in [("yn-energy", "省能源局"), ("yn-ndrc", "省发展改革委"), ("yn-miit", "省工信委"), ("yn-most", "省科技厅")]:
    ent(id, "Agency", l)
    rel(id, "subOrganizationOf", "yn-gov", optional=True)
for id, l in [("mof", "财政部"), ("mofcom", "商务部"), ("miit", "工信部"), ("mep", "环保部")]:
    ent(id, "Agency", l)
# Organizations
ent("yn-cast", "Organization", "省科协")
ent("yn-eia", "Organization", "云南省电子工业行业协会", ["省电子工业协会", "省电子行业协会"])
ent("alliance", "Organization", "云南省太阳能产业联盟", ["太阳能产业联盟"])
ent("yn-semi", "Organization", "云南半导体厂")
ent("tianda", "Organization", "天达光伏科技股份有限公司")
ent("zhuoye", "Organization", "云南卓业能源科技有限公司")
ent("tongle", "Organization", "云南锡业同乐太阳能有限公司")
for id, l in [("b-taibiao", "太标"), ("b-yitong", "一通"), ("b-dinghao", "顶好"), ("b-tongle", "同乐")]:
    ent(id, "Organization", l, optional=True)  # brand names standing for four of the 13 winning firms
# People
ent("li", "Person", "李文光")
rel("li", "holdsPost", "yn-energy", post="副局长")
ent("liu", "Person", "刘大炜")
rel("liu", "holdsPost", "tongle", post="副董事长")
ent("wu", "Person", "吴启明")
rel("wu", "holdsPost", "yn-eia", post="会长")
ent("tu", "Person", "涂济民")
rel("tu", "holdsPost", "yn-cast", post="原党组书记、副主席", optional=True)  # a former post
ent("hou", "Person", "侯树谦")
rel("hou", "holdsPost", "yn-most", post="副厅长")
# Documents
ent("law-energy", "Document", "中华人民共和国节约能源法", ["《中华人民共和国节约能源法》"])
ent("law-renew", "Document", "中华人民共和国可再生能源法", ["《中华人民共和国可再生能源法》"])
ent("proposal", "Document", "关于把太阳能产业作为云南省‘十二五’优先发展产业建议",
    ["《关于把太阳能产业作为云南省‘十二五’优先发展产业建议》"])
rel("proposal", "publishedBy", "yn-eia")
ent("res-report", "Document", "云南省太阳能资源评价报告", ["《云南省太阳能资源评价报告》"])
ent("solar-plan", "Document", "云南省太阳能利用中长期规划", ["《云南省太阳能利用中长期规划》"])
for d in ("res-report", "solar-plan"):
    rel(d, "publishedBy", "yn-gov", optional=True)  # 我省编制完成: the province, no body named
# Places
ent("yn", "Place", "云南", ["云南省"])
ent("km", "Place", "昆明", ["昆明市"])
ent("gx", "Place", "广西")
ent("sc", "Place", "四川")
ent("gz-typo", "Place", "贵族", optional=True)  # a typo for 贵州 in the list of provinces
ent("plateau", "Place", "云贵高原", optional=True)
ent("shilin", "Place", "石林", optional=True)
ent("china", "Place", "中国", ["我国", "全国"], optional=True)
# Technologies
for id, l, opt in [("solar", "太阳能", True), ("pv", "光伏", False), ("st", "光热", False), ("cell", "太阳能电池", False),
                   ("heater", "太阳能热水器", True), ("ac", "太阳能空调", True), ("renew", "可再生能源", True),
                   ("newenergy", "新能源", True), ("vacuum", "真空管光热", True), ("flat", "平板光热", True)]:
    ent(id, "Technology", l, optional=opt)
    if opt: OPT_TECH.add(id)

# Statistics (lines 3, 6-7, 11, 13, 15)
S = [("s-sun", "全省年平均日照时数", "2200小时", "全省年平均日照时数2200小时", False),
     ("s-counties", "日照时数超过2000小时的县", "94个", "日照时数超过2000小时的县高达94个", False),
     ("s-rad", "全年平均接收到的太阳辐射能相当于标准煤", "714亿吨", "全年平均接收到的太阳辐射能相当于714亿吨标准煤", False),
     ("s-tianda", "天达光伏太阳能电池生产线年产能", "60MW", "完成了年产60MW(兆瓦)太阳能电池生产线的建设", False),
     ("s-zhuoye", "云南卓业能源科技有限公司年产规模", "5MW", "云南卓业能源科技有限公司年产5MW的规模", False),
     ("s-shilin-inv", "云南石林太阳能电站总投资", "91亿元", "总投资91亿元的云南石林166MW太阳能电站建设已启动", False),
     ("s-shilin-cap", "云南石林太阳能电站装机", "166MW", "总投资91亿元的云南石林166MW太阳能电站建设已启动", False),
     ("s-shilin-grid", "云南石林太阳能电站前期已并网发电", "20MW", "前期20MW已并网发电", False),
     ("s-heater-cap", "云南占全国太阳能热水器生产能力", "10%", "约占全国太阳能热水器生产能力10%和具有12%市场容量", False),
     ("s-heater-mkt", "云南太阳能热水器市场容量占全国", "12%", "约占全国太阳能热水器生产能力10%和具有12%市场容量", False),
     ("s-heater-use", "全省累计使用的太阳能热水器", "600余万平方米", "全省累计使用的太阳能热水器约有600余万平方米", False),
     ("s-heater-rural", "农村累计推广太阳能热水器", "近100万平方米", "其中农村累计推广了近100万平方米", False),
     ("s-km", "昆明市太阳能热水器家庭普及率", "30%", "家庭普及率约为30%的昆明市", False),
     ("s-firms", "云南现有太阳能企业", "200余家", "我省现有太阳能企业200余家", False),
     ("s-heater-prod", "年产太阳能热水器能力", "80万平方米", "年产太阳能热水器能力达80万平方米", False),
     ("s-xiaxiang", "太阳能“家电下乡”中标的云南企业", "13家", "“太标”、“一通”、“顶好”、“同乐”等13家企业上榜", False),
     ("s-models", "中标产品型号", "98个", "产品型号达98个", False),
     ("s-depts", "商洽成立产业联盟的部门", "4部门", "经4部门与省能源局相关职能部门多次商洽后", True),
     ("s-members", "首批加盟云南省太阳能产业联盟的单位", "26家", "首批吸收了26家从事太阳能利用产业的企业、科研院所和大学加盟", False),
     ("s-lead-before", "提高行业标准前全国铅酸电池企业", "4000多家", "全国原有的4000多家铅酸电池企业只剩下200多家", False),
     ("s-lead-after", "提高行业标准后全国铅酸电池企业", "200多家", "全国原有的4000多家铅酸电池企业只剩下200多家", False)]
for id, l, v, e, opt in S:
    stat(id, l, v, e, optional=opt)

# Goals
goal("t-g0", "走低碳发展之路", lines[0], optional=True)
goal("c-g1", "正在扩建为100MW/年的规模", "正在扩建为100MW/年的规模", optional=True, opt_body=["tianda"])
goal("n-g0", "把发展新能源产业列为战略性新兴产业", optional=True, tech=["newenergy"])
goal("l-g1", "开发利用可再生能源", "开发利用可再生能源已成为世界能源可持续发展的必然途径", optional=True, opt_by=["li"], tech=["renew"])
goal("l-g2", "全球能源战略的拐点则是云南必须抓住的机遇", "太阳能资源是自然赐予云南的礼物，全球能源战略的拐点则是云南必须抓住的机遇",
     optional=True, opt_by=["li"], opt_body=["yn-energy"])
# line 11: the association's proposal and the decision to found the alliance
goal("w-g1", "把太阳能产业作为云南省‘十二五’优先发展产业",
     "省电子工业协会在通过大量调研后，向省政府提交了《关于把太阳能产业作为云南省‘十二五’优先发展产业建议》的报告",
     body=["proposal", "yn-eia"], opt_by=["wu"], tech=["solar"])
goal("w-g2", "决定成立云南省太阳能产业联盟", optional=True, opt_body=["yn-gov"])
goal("w-g3", "推动产业健康、有序发展", "决定成立云南省太阳能产业联盟，以推动产业健康、有序发展",
     by=["wu"], opt_body=["alliance", "yn-gov"])
# line 13: the alliance's aims and 刘大炜's expectations
for id, l in [("a-g1", "放大产业集群优势"), ("a-g2", "延长产业链"), ("a-g3", "提升产品附加值")]:
    goal(id, l, "为放大产业集群优势、延长产业链、提升产品附加值迈出了新的步伐", body=["alliance"])
LQ = "成立产业联盟，对规范云南太阳能市场、促进技术进步、实现规模化生产、进行信息交流、政策引导和产业战略引导将起到关键作用"
for id, l, t in [("d-g1", "规范云南太阳能市场", ("solar",)), ("d-g2", "促进技术进步", ()), ("d-g3", "实现规模化生产", ()),
                 ("d-g4", "进行信息交流", ()), ("d-g5", "政策引导", ()), ("d-g6", "产业战略引导", ())]:
    goal(id, l, LQ, by=["liu"], opt_body=["alliance"], tech=t)
# line 14: national support, 吴启明 on the alliance's projects
NQ = "我国正在下大力气拓展太阳能利用领域，提升利用水平，促进太阳能产业壮大发展"
goal("n-g1", "拓展太阳能利用领域", NQ, tech=["solar"])
goal("n-g2", "提升利用水平", NQ)
goal("n-g3", "促进太阳能产业壮大发展", NQ, tech=["solar"])
WQ = "今后，将由联盟为省里提供项目，争取国家级重大项目落户云南"
goal("w-g4", "将由联盟为省里提供项目", WQ, by=["wu"], body=["alliance"])
goal("w-g5", "争取国家级重大项目落户云南", WQ, by=["wu"], body=["alliance"])
# line 15: industry standards
goal("s-g1", "制订行业标准", "按照太阳能产业聪明的计划，制订行业标准首先被提上议事日程", opt_body=["alliance"])
goal("s-g2", "建立检测质量标准和产品认证标准", "建立检测质量标准和产品认证标准势在必行", by=["wu"], opt_body=["alliance"])
goal("s-g3", "太阳能产业联盟要提高档次", "太阳能产业联盟要提高档次", by=["wu"], body=["alliance"])
goal("s-g4", "行业标准必须提高", "行业标准必须提高", by=["wu"], opt_body=["alliance"])
goal("s-g5", "太阳能行业也要经过这样的洗牌", "太阳能行业也要经过这样的洗牌，从而找到更好的出路", by=["tu"], tech=["solar"])
goal("s-g6", "找到更好的出路", "太阳能行业也要经过这样的洗牌，从而找到更好的出路", optional=True, opt_by=["tu"])
# line 16: the science department's support (侯树谦), then the alliance's 十二五 targets
goal("h-g1", "推动我省创新工程的实施和创新体系建设", "为推动我省创新工程的实施和创新体系建设", by=["hou"], body=["yn-most"])
goal("h-g2", "加快推进产业技术创新战略联盟的组建与发展", "加快推进产业技术创新战略联盟的组建与发展", by=["hou"], body=["yn-most"])
goal("h-g3", "集成各类资源给予支持", "对通过省科技厅认定、纳入省级试点的产业技术创新联盟，将集成各类资源给予支持", by=["hou"], body=["yn-most"])
goal("h-g4", "为太阳能产业的好点子、好项目插上腾飞的翅膀", optional=True, opt_body=["yn-gov"], tech=["solar"])
goal("f-g1", "建立以龙头企业带动的产业链", "云南省太阳能产业联盟将分真空管光热产业、光伏产业、平板光热产业、太阳能利用材料产业等4大类别建立以龙头企业带动的产业链", body=["alliance"], tech=["pv", "st", "vacuum", "flat", "solar"])
goal("f-g2", "培育3至5家上市公司", "同时培育3至5家上市公司", body=["alliance"])
goal("f-g3", "实现产值200亿元和工业增加值50亿元", "实现产值200亿元和工业增加值50亿元", body=["alliance"])
IQ = "云南太阳能行业还在建立再生能源国际融资机构、构建碳交易平台、争取国际环保组织支持等方面有所构想和布局"
goal("f-g4", "建立再生能源国际融资机构", IQ, opt_body=["alliance"])
goal("f-g5", "构建碳交易平台", IQ, opt_body=["alliance"])
goal("f-g6", "争取国际环保组织支持", IQ, opt_body=["alliance"])

# promotes: the alliance and the association push solar power, PV and solar-thermal through their goals
for t in ("pv", "st"):
    rel("alliance", "promotes", t)
rel("alliance", "promotes", "solar", optional=True)
rel("yn-eia", "promotes", "solar", optional=True)
for t in ("vacuum", "flat"):
    rel("alliance", "promotes", t, optional=True)
rel("yn-gov", "promotes", "solar", optional=True)
rel("yn-energy", "promotes", "renew", optional=True)
rel("tianda", "promotes", "pv", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
