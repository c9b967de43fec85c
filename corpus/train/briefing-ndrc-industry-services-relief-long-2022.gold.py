"""Gold annotation of briefing-ndrc-industry-services-relief-long-2022 (18项政策促工业经济平稳增长、43项政策促服务业困难行业恢复发展，释放哪些信号？), by hand per shared/eval/ANNOTATE.md (annotator ann14)."""
ID = "briefing-ndrc-industry-services-relief-long-2022"
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
    # a relation to an optional entity is optional too
    optional = optional or any(e.get("optional") for e in E if e["id"] in (s, o))
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=()):
    """a Goal; evidence defaults to the sentence stating it; by = proposers, body = hasGoal subjects"""
    assert label in text, label
    e = ev(evidence) if evidence else sent(label)
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=optional, evidence=e)
    for p in by: rel(p, "proposes", id, optional=optional)
    for p in opt_by: rel(p, "proposes", id, optional=True)
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)
    for t in tech: rel(id, "involvesTechnology", t, optional=optional)

def stat(id, label, value, evidence, optional=False):
    assert str(value) in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=ev(evidence), optional=optional)
L = lines
# Agencies and organisations
ent("ndrc", "Agency", "国家发展改革委")
ent("scio", "Agency", "国务院新闻办公室", ["国新办"])
ent("mof", "Agency", "财政部")
ent("mof-econ", "Agency", "经济建设司", ["财政部经济建设司"])
ent("miit", "Agency", "工业和信息化部")
ent("miit-ops", "Agency", "运行监测协调局", ["工业和信息化部运行监测协调局"])
ent("sta", "Agency", "国家税务总局")
ent("sta-law", "Agency", "政策法规司", ["国家税务总局政策法规司"])
ent("mohrss", "Agency", "人力资源和社会保障部")
ent("mohrss-ui", "Agency", "失业保险司", ["人力资源和社会保障部失业保险司"])
for s, o in (("mof-econ", "mof"), ("miit-ops", "miit"), ("sta-law", "sta"), ("mohrss-ui", "mohrss")):
    rel(s, "subOrganizationOf", o)
ent("jpc", "Agency", "国务院联防联控机制")
ent("sc", "Agency", "国务院", optional=True)
rel("jpc", "subOrganizationOf", "sc", optional=True)
ent("xinhua", "Organization", "新华社")
# People
ent("zhao", "Person", "赵辰昕")
ent("fu", "Person", "符金陵")
ent("tao", "Person", "陶青")
ent("dai", "Person", "戴诗友")
ent("gui", "Person", "桂桢")
ent("an", "Person", "安蓓")
ent("zhou", "Person", "周圆")
rel("zhao", "holdsPost", "ndrc", post="秘书长")
rel("fu", "holdsPost", "mof-econ", post="司长")
rel("tao", "holdsPost", "miit-ops", post="负责人", optional=True)
rel("dai", "holdsPost", "sta-law", post="负责人", optional=True)
rel("gui", "holdsPost", "mohrss-ui", post="司长")
rel("an", "holdsPost", "xinhua", post="记者", optional=True)
rel("zhou", "holdsPost", "xinhua", post="记者", optional=True)
# Events (a bare 新闻发布会: optional)
ent("presser", "Event", "新闻发布会", optional=True)
for p in ("zhao", "fu", "tao", "dai", "gui"):
    rel(p, "speaksAt", "presser", optional=True)
# Documents
ent("doc-ind", "Document", "关于印发促进工业经济平稳增长的若干政策的通知",
    ["《关于印发促进工业经济平稳增长的若干政策的通知》", "促进工业经济平稳增长的若干政策"])
ent("doc-svc", "Document", "关于促进服务业领域困难行业恢复发展的若干政策",
    ["《关于促进服务业领域困难行业恢复发展的若干政策》"])
for d in ("doc-ind", "doc-svc"):
    rel(d, "publishedBy", "ndrc", optional=True)
# Places
ent("china", "Place", "中国", ["我国"], optional=True)
# Statistics
stat("s-ind", "促进工业经济平稳增长的具体政策", "18项", "出台18项促进工业经济平稳增长的具体政策")
stat("s-svc", "促进服务业领域困难行业恢复发展的政策", "43项", "43项促进服务业领域困难行业恢复发展的硬招实招")
stat("s-gen", "普惠性纾困扶持措施", "10条", "提出10条普惠性纾困扶持措施", optional=True)

IND = dict(body=("doc-ind",))
SVC = dict(body=("doc-svc",))
# line 3: what the two documents are for
goal("d1", "促进工业经济平稳增长", L[3], **IND)
goal("d2", "促进服务业领域困难行业恢复发展", L[3], **SVC)
# line 4: Zhao on the aims of the two documents
ZI = dict(by=("zhao",), body=("doc-ind",), opt_body=("ndrc",))
ZS = dict(by=("zhao",), body=("doc-svc",), opt_body=("ndrc",))
goal("z1", "进一步做好预调微调和跨周期调节", **ZI)
goal("z2", "着力解决制约工业经济运行中的掣肘问题", **ZI)
goal("z3", "确保全年工业经济运行在合理区间", **ZI)
goal("z4", "支持市场主体渡过难关、恢复发展", **ZS)
goal("z5", "保持全年服务业运行稳定", **ZS)
goal("z6", "更好发挥服务业作为就业最大‘容纳器’的功能", **ZS)
# line 5: the five areas of the industrial policies
goal("d3", "聚焦财政税费、金融信贷、保供稳价、投资和外贸外资以及用地、用能和环境五方面", optional=True, opt_body=("doc-ind",))
# line 6: Zhao, next steps (NDRC)
ZN = dict(by=("zhao",), body=("ndrc",))
goal("n0", "以更大的力度、更有效的措施来继续推动振作", **ZN)
goal("n0a", "做好两方面工作", optional=True, opt_by=("zhao",), opt_body=("ndrc",))
goal("n1", "千方百计保市场主体", **ZN)
goal("n2", "确保市场主体在一季度就能够尽快享受到相关政策红利", **ZN)
goal("n3", "着力扩大精准有效投资", **ZN)
goal("n4", "让企业振作起来", **ZN)
goal("n5", "持续不断增强发展后劲", **ZN)
# line 7: measures among the 18 industrial policies (reporter)
goal("p1", "加大中小微企业设备器具税前扣除力度", **IND)
goal("p2", "制造业中小微企业缓税政策延续实施6个月", **IND)
goal("p3", "降低企业社保负担", **IND)
goal("p4", "引导金融系统向实体经济让利", **IND)
goal("p5", "做好铁矿石、化肥等重要原材料和初级产品保供稳价", **IND)
# line 8: Fu (Ministry of Finance)
FU = dict(by=("fu",), body=("mof",))
goal("f1", "实施新的减税降费政策", **FU)
goal("f2", "帮助中小微企业纾困解难", **FU)
goal("f3", "管好用好专项债券资金", **FU)
goal("f4", "保障重点项目建设", **FU)
goal("f5", "增加专项资金和国有资本经营预算规模", **FU)
goal("f6", "支持提升产业链供应链现代化水平", **FU)
goal("f7", "支持充分挖掘国内需求潜力", **FU)
goal("f8", "以需求拉动工业产品供给", **FU)
goal("f9", "加大对中小企业纾困帮扶力度", **FU)
goal("f10", "助力市场主体平稳运行", **FU)
# line 9: Tao (MIIT)
TA = dict(by=("tao",), body=("miit",))
goal("t1", "全力推动落实18项政策", **TA)
goal("t2", "着力提升制造业核心竞争力", **TA)
goal("t3", "着力促进中小企业平稳健康发展", **TA)
goal("t4", "着力促进工业经济平稳运行和提质升级", **TA)
goal("t5", "保持制造业比重基本稳定", **TA)
goal("t6", "筑牢经济“压舱石”", **TA)
# line 10: the services document's measures
goal("v1", "提出10条普惠性纾困扶持措施", **SVC)
goal("v2", "聚焦餐饮业、零售业、旅游业、公路水路铁路运输业、民航业五个行业分别提出有针对性的纾困措施", **SVC)
# line 11: Dai (State Taxation Administration)
DA = dict(by=("dai",), body=("sta",))
goal("x0", "确保减税降费红利快速直达工业和服务业市场主体", **DA)
goal("x1", "征管配套要做到“快”", **DA)
goal("x2", "确保政策第一时间落地", **DA)
goal("x3", "宣传辅导做到“精”", **DA)
goal("x4", "“一对一”精准推送政策", **DA)
goal("x5", "享受优惠做到“简”", **DA)
goal("x6", "持续完善税费优惠政策直达快享工作机制", **DA)
goal("x7", "落实督导做到“严”", **DA)
goal("x8", "发现一起查处一起", **DA)
goal("x9", "政策效应做到“明”", **DA)
goal("x10", "进一步提升纳税人缴费人获得感", **DA)
# line 12: Gui (MOHRSS)
GU = dict(by=("gui",), body=("mohrss",))
goal("g0", "援企稳岗", optional=True, opt_by=("gui",), opt_body=("mohrss",))
goal("g1", "抓好降费率政策“直兑直达”", **GU)
goal("g2", "稳岗返还“免申即享”", **GU)
goal("g3", "缓缴社保费“靶向发力”", **GU)
goal("g4", "兜牢民生底线", **GU)
# lines 13-15: the services document on epidemic control and rents
goal("e1", "精准实施疫情防控措施", **SVC)
goal("e2", "坚决防止和避免“放松防控”和“过度防控”两种倾向", **SVC)
goal("e0", "对服务业行业提出精准防疫要求", optional=True, opt_body=("doc-svc",))
goal("e0b", "严格落实国务院联防联控机制防疫政策要求", optional=True, opt_body=("doc-svc",))
goal("e3", "不得突破疫情防控相应规定进行封城、封区", **SVC)
goal("e4", "不得非必要、不报批中断公共交通", **SVC)
goal("e5", "实施关停措施、延长关停时间", sent("不得非经流调"), **SVC)
goal("e6", "不得在国务院联防联控机制政策要求基础上擅自增加对服务业的疫情防控措施", **SVC)
goal("e7", "统筹本地区疫情防控措施总体要求", **SVC)
goal("e8", "建立疫情防控措施层层加码问题反映、核实、纠正专项工作机制", **SVC)
goal("r1", "2022年减免6个月租金", **SVC)
goal("r2", "其他地区减免3个月租金", sent("其他地区减免3个月租金"), **SVC)
goal("r3", "在考核中根据实际情况予以认可", **SVC)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
