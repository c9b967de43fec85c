"""Gold annotation of document-zhejiang-investment-long-2022 (10000亿元+1000亿美元！浙江省政府发文，进一步加强这项工作), by hand per shared/eval/ANNOTATE.md."""
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
ID = "document-zhejiang-investment-long-2022"
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
ent("zjgov", "Agency", "浙江省政府", ["省政府", "浙江省人民政府"])
ent("doc", "Document", "关于进一步加强招商引资工作的指导意见", ["《关于进一步加强招商引资工作的指导意见》", "意见", "《意见》"])
rel("doc", "publishedBy", "zjgov")
ent("fyp", "Document", "“十四五”规划", ["十四五规划"], optional=True)
ent("zj", "Place", "浙江", ["浙江省"])
ent("ftz", "Place", "中国（浙江）自由贸易试验区", ["自贸试验区", "浙江自贸试验区"], optional=True)
ent("china", "Place", "中国", [], optional=True)
for id, l in [("ciie", "中国国际进口博览会"), ("ceec", "中国-中东欧投资贸易博览会"), ("gdte", "全球数字贸易博览会"),
              ("wic", "世界互联网大会"), ("wzc", "世界浙商大会")]:
    ent(id, "Event", l)
T = {}
for id, l, opt in [("semi3", "第三代半导体", False), ("bic", "类脑芯片", False), ("flex", "柔性电子", False),
                   ("quantum", "量子信息", False), ("iot", "物联网", False), ("bio", "生物技术", False),
                   ("it", "信息技术", True), ("digecon", "数字经济", True), ("inetplus", "互联网+", True),
                   ("ev", "智能汽车", True), ("aero", "航空航天", True), ("newmat", "新材料", True),
                   ("hieq", "高端装备", True), ("digital", "数字化", True)]:
    ent(id, "Technology", l, optional=opt)
    rel("zjgov", "promotes", id, optional=opt)
D = dict(body=["doc"], opt_body=["zjgov"])
G = ["提高浙江招商引资工作水平", "推动招大引强", "扩大有效投资", "项目引进实现新突破",
     "引进总投资超10亿元的内资产业项目500个", "累计引进省外内资10000亿元", "利用外资实现新增长",
     "累计实际利用外资1000亿美元", "引进总投资超1亿美元项目500个", "引进世界500强项目100个",
     "高技术产业外资占比超三分之一", "开放平台实现新跨越", "重大项目承载地作用更加明显", "自贸试验区走在全国前列",
     "经济开发区、高新技术产业开发区各有2家进入全国前十强", "经济开发区产业链“链长制”实现全覆盖",
     "省级新区带动作用更加明显", "经济开发区规上亩均税收达到37万元以上", "规上亩均工业增加值达到180万元以上",
     "规上工业增加值占全省比重超75%", "明确重点招商方向", "推动传统产业高端化、智能化、绿色化",
     "大力招引汽车及零部件、现代纺织和服装等领域技术创新项目", "做优做强战略性新兴产业",
     "打造“互联网+”、生命健康、新材料三大科创高地", "大力招引信息技术、生物技术、高端装备", "培育新增长点",
     "大力招引第三代半导体、类脑芯片、柔性电子、量子信息、物联网", "大力招引生产性服务业、品质化生活服务业项目",
     "大力招引农业农村高质量发展项目", "强化重大项目谋划", "筛选重点领域细分赛道", "谋划一批重大产业盯引项目",
     "建立项目库", "引进一批投资规模大、效益好、产业带动强的“大好高”项目", "创新精准招商方法", "深化展会招商",
     "积极承接中国国际进口博览会等重大展会溢出效应", "把展商变成投资商", "办好中国-中东欧投资贸易博览会",
     "搭建投资合作平台", "开展资本招商", "更好发挥产业基金作用", "撬动重大产业项目招引", "开展以企引企",
     "吸引上下游企业集聚", "充分发挥海内外浙商人脉资源优势", "实现以商引商", "强化“双招双引”",
     "推进项目招引和人才招引深度融合", "推进云招商", "加快“营商导航”、投资“单一窗口”等应用场景建设",
     "提升招商精准度和成功率", "突出开放平台招商", "推广产业链“链长制”", "招引高质量延链、补链、强链项目",
     "积极招引引领性项目", "推进山区26县产业平台建设", "实施“双链长制”", "开展飞地招商", "强化内外联动",
     "创新发展国际产业合作园、境外经贸合作区、境外并购产业合作园", "推进全球产业精准合作", "完善全球招商网络",
     "完善海外招商工作网络体系", "构建全覆盖的国内招商网络", "激发全球招商网络工作主动性", "建强专业招商队伍",
     "加强招商工作力量、招商人员培训", "探索实施招商雇员制、专员制", "吸引高端人才加盟", "建立一把手招商机制",
     "完善考评激励机制", "强化财政、金融、政府产业基金等支持力度",
     "鼓励和引导银行、创投、保险基金等参与各类专项产业基金和重大产业项目"]
ids = {}
for i, l in enumerate(G):
    ids[l] = f"g-{i}"
    goal(f"g-{i}", l, **D)
goal("g-digi", "以数字化改革为引领", optional=True, tech=["digital"], **D)
for t in ("semi3", "bic", "flex", "quantum", "iot"):
    rel(ids["大力招引第三代半导体、类脑芯片、柔性电子、量子信息、物联网"], "involvesTechnology", t)
rel(ids["大力招引信息技术、生物技术、高端装备"], "involvesTechnology", "bio")
for t in ("it", "hieq", "ev", "aero"):
    rel(ids["大力招引信息技术、生物技术、高端装备"], "involvesTechnology", t, optional=True)
for t in ("inetplus", "newmat"):
    rel(ids["打造“互联网+”、生命健康、新材料三大科创高地"], "involvesTechnology", t, optional=True)
rel(ids["引进总投资超10亿元的内资产业项目500个"], "involvesTechnology", "digecon", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
