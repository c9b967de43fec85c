"""Gold annotation of briefing-shanghai-health-reform-long-2011 (上海新医改不强制市民定点医疗), by hand per shared/eval/ANNOTATE.md."""
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
ID = "briefing-shanghai-health-reform-long-2011"
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

# Bodies and people
ent("shgov", "Agency", "上海市政府", ["市政府", "上海市人民政府"])
ent("health", "Agency", "上海市卫生局", ["市卫生局"])
ent("hrss", "Agency", "上海市人力资源和社会保障局", ["市人力资源和社会保障局", "上海市人社局"])
ent("reformoffice", "Agency", "市医改办", ["上海市医改办"])
ent("stats", "Agency", "上海市统计局")
for u in ("health", "hrss", "reformoffice", "stats"):
    rel(u, "subOrganizationOf", "shgov", optional=True)   # city departments; the text does not say so
ent("xu", "Person", "徐建光")
ent("sha", "Person", "沙忠飞")
rel("xu", "holdsPost", "health", post="局长")
rel("sha", "holdsPost", "hrss", post="副局长")
ent("outlet", "Organization", "东方早报", optional=True)   # named on the page's source line only

# Event and places
ent("presser", "Event", "上海医改专题新闻发布会")
rel("xu", "speaksAt", "presser")
rel("sha", "speaksAt", "presser")
ent("sh", "Place", "上海", ["上海市", "全上海"])
ent("china", "Place", "中国", optional=True)            # only in 有中国特色
rel("presser", "locatedIn", "sh", optional=True)

# Documents: the city's health-reform papers issued the day before
ent("opinion", "Document", "实施意见", ["《实施意见》", "上海医改《实施意见》"])
ent("nearterm", "Document", "近期重点实施方案", ["《近期重点实施方案》"])
ent("reformplan", "Document", "上海市医改方案", ["上海医改方案"], optional=True)   # the two papers together
ent("resident-rules", "Document", "城镇居民医保办法", optional=True)
ent("worker-rules", "Document", "城镇职工医保办法", optional=True)
DOCS = ("opinion", "nearterm")
for d in DOCS + ("reformplan",):
    rel(d, "publishedBy", "shgov", optional=True)        # 出台 without naming the issuer

# Statistics: figures reported as fact
S = [("s-letters", "医改文件公示后收到来信", "578封", "收到来信578封", False),
     ("s-suggest", "医改文件公示后收到建议和意见", "805条", "建议和意见805条", False),
     ("s-cap", "城镇职工医保统筹基金最高支付限额", "28万元", "调高城镇职工医保统筹基金最高支付限额，从原来的7万元提高到28万元", False),
     ("s-cap0", "城镇职工医保统筹基金原最高支付限额", "7万元", "从原来的7万元提高到28万元", True),
     ("s-over", "超过最高支付限额以上的医疗费用报销比例", "80%", "超过最高支付限额以上的医疗费用报销80%", False),
     ("s-districts", "要求试点推进家庭医生式服务的区", "10个", "目前全上海有10个区要求试点推进家庭医生式的服务", False)]
for id, l, v, e, opt in S:
    ent(id, "Statistic", l, value=v, evidence=ev(e), optional=opt)

# Goals: the reform papers' headline aims (line 6) and the aim of the 医联体 (line 5)
goal("d-phs", "上海市基本公共卫生服务将覆盖常住人口", body=DOCS)
goal("d-cover", "2012年基本医疗保障制度将覆盖全市城乡居民", body=DOCS)
goal("d-tier", "引导患者分层次就医", opt_body=DOCS)
goal("p-review", "组织有关部门对此进行了研究和梳理", optional=True, body=["reformoffice"])   # past work

# 徐建光 on the 医联体 (lines 11, 15-16)
goal("x-sign", "鼓励市民与医疗联合体签约", "文件表述修改为，按照自愿的原则，鼓励市民与医疗联合体签约",
     by=["xu"], body=["health"], opt_body=DOCS)
goal("x-referral", "优先享受门诊、住院的转诊通道", optional=True, opt_by=["xu"], opt_body=["health"])   # what signing brings
goal("x-expert", "在社区预约专家门诊", "可在社区预约专家门诊", optional=True, opt_by=["xu"], opt_body=["health"])
goal("x-union", "基层医疗机构能够跟二级医院、三级医院形成很紧密的联合体",
     "通过若干年改革实践以后，真正形成比较理想的联合体，就是希望基层医疗机构能够跟二级医院、三级医院形成很紧密的联合体",
     by=["xu"], body=["health"])
goal("x-door", "在家门口就可以很方便地就诊常见病多发病", by=["xu"], body=["health"])
goal("x-train", "对基层的医疗医务人员进行技术方法的培养",
     "那么相关部门就要采取措施，通过三级医院掌握高精尖技术的专家对基层的医疗医务人员进行技术方法的培养", by=["xu"], body=["health"])
goal("x-level", "提升基层医疗机构医务人员的服务水平", "在短时间内比较快地提升基层医疗机构医务人员的服务水平",
     by=["xu"], body=["health"])

# 沙忠飞: the papers set the aims of the medical-insurance system (line 18), then the five headed items
goal("s-system", "完善医疗保障体系", "此轮医改《实施意见》和《近期重点实施方案》明确了完善医疗保障体系的目标、任务、政策、措施",
     by=["sha"], body=DOCS + ("hrss",))
goal("s-afford", "不让居民因经济困难看不起病", by=["sha"], body=DOCS + ("hrss",))
H = [("h1", "扩大覆盖人群", [
        ("将外来从业人员纳入城镇职工基本医疗保险体系", None, False),
        ("研究外来灵活就业人员、在沪农民工子女参加本市基本医保制度的具体办法", None, False),
        ("基本医保制度覆盖本市城乡居民", "到2012年底，基本医保制度覆盖本市城乡居民", True),   # restates d-cover
        ("参保率达到90%以上", None, False)]),
     ("h2", "提高保障水平", [
        ("调高城镇职工医保统筹基金最高支付限额", "调高城镇职工医保统筹基金最高支付限额，从原来的7万元提高到28万元", True),  # already in force
        ("修订城镇居民医保办法", "接下来，还要修订城镇居民医保办法", False),
        ("将政策范围内的城镇居民医保住院支付比例提高到70%", None, False),
        ("逐步提高外来从业人员医疗保障水平", None, False),
        ("研究鼓励商业保险公司开发适应不同需要的健康保险产品", None, False)]),
     ("h3", "缩小待遇差别", [
        ("调整完善城镇职工医保办法", None, False),
        ("归并人群分类", None, False),
        ("调整按出生年月享受相应医保待遇的办法", None, False),
        ("缩小待遇差距", None, True),                      # restates the heading
        ("整合本市多类型的医疗保险制度", None, False),
        ("将个体参保人员纳入城镇职工医保", None, False),
        ("适时将镇保企业纳入城镇职工医保", None, False)]),
     ("h4", "减轻病人负担", [
        ("规范和控制医保病人自费药品和医用材料的使用", None, False),
        ("严格事先告知制度", None, False),
        ("控制使用比例", None, False),
        ("定期公示", "规范和控制医保病人自费药品和医用材料的使用，严格事先告知制度，控制使用比例，定期公示", False),
        ("适度调整医保报销范围", None, False),
        ("将门诊煎药费、中药饮片柜台方等纳入医保支付", None, False),
        ("逐步将临床使用广、参保人员负担重、无法替代的诊疗项目和材料纳入报销范围", None, False),
        ("制定基本药物医保报销政策", None, False),
        ("提高报销比例", None, False)]),
     ("h5", "方便群众就医", [
        ("有效缓解当前群众看病就医突出问题", None, False),
        ("保证医保用药", None, False),
        ("慢性病患者可开具2~4周用药", None, False),
        ("严禁各级医疗机构出现院内“假出院”等弄虚作假行为", None, False)])]
for hid, head, subs in H:
    goal(hid, head, body=DOCS, opt_by=["sha"], opt_body=["hrss"])
    for i, (lab, evid, opt) in enumerate(subs):
        goal(f"{hid}-{i}", lab, evid, optional=opt, body=DOCS, opt_by=["sha"], opt_body=["hrss"])

rel("shgov", "hasGoal", "h2-0", optional=True)   # 此项政策已经市政府发文执行

# 徐建光 on public hospitals (lines 32-33)
goal("x-beds", "逐步取消公立医院特需床位", "上海将逐步取消公立医院特需床位，剥离“院中院”", by=["xu"], body=["health"], opt_body=["shgov"])
goal("x-strip", "剥离“院中院”", "上海将逐步取消公立医院特需床位，剥离“院中院”", by=["xu"], body=["health"], opt_body=["shgov"])
for id, lab in [("x-h1", "完善公立医院运行机制"), ("x-h2", "严格医院预算和收支管理"),
                ("x-h3", "在大型综合医院试行总会计师制度"), ("x-h4", "完善岗位设置和聘任制度"),
                ("x-h5", "探索医师多地点执业办法"), ("x-h6", "实行不直接与医疗服务收入挂钩的工资总额预算管理制度"),
                ("x-h7", "建立以岗位工作量、服务质量、患者满意度为基础的内部收入分配制度")]:
    goal(id, lab, by=["xu"], body=["health"], opt_body=["shgov"])

# 徐建光 on family doctors (lines 36-37)
goal("x-gp", "创造一个有中国特色的家庭医生制度", by=["xu"], body=["health"], opt_body=["shgov"])
goal("x-gp-pilot", "试点推进家庭医生式的服务", optional=True)          # the ten districts' wish
goal("x-gp-size", "主要服务1500到2500个居民", optional=True, opt_by=["xu"])   # the system's design figure
goal("x-gp-rel", "形成一个非常直接的医疗保健方面的关系", optional=True, opt_by=["xu"])

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
