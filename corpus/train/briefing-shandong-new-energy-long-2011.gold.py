"""Gold annotation of briefing-shandong-new-energy-long-2011 (山东大力发展新能源产业 太阳能热水器居首), by hand per shared/eval/ANNOTATE.md."""
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
ID = "briefing-shandong-new-energy-long-2011"
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
ent("sdrc", "Agency", "山东省发改委")
ent("sdpc", "Agency", "山东省委")
ent("sdgov", "Agency", "山东省政府", ["省政府"])
ent("xue", "Person", "薛克")
rel("xue", "holdsPost", "sdrc", post="党组副书记、副主任")
ent("hotline", "Event", "阳光政务热线", ["《阳光政务热线》"], optional=True)
rel("xue", "speaksAt", "hotline", optional=True)
ent("led-alliance", "Organization", "半导体照明产业技术创新战略联盟")
ent("nev-alliance", "Organization", "汽车及工程机械新能源动力系统产业技术创新战略联盟")
ent("plan12", "Document", "十二五规划纲要", ["《十二五规划纲要》"])
# Places
ent("sd", "Place", "山东", ["山东省"])
ent("china", "Place", "中国", ["我国"], optional=True)
for id, l in [("jinan", "济南"), ("taian", "泰安"), ("zaozhuang", "枣庄"), ("jining", "济宁"), ("linyi", "临沂"),
              ("liaocheng", "聊城"), ("heze", "菏泽")]:
    ent(id, "Place", l)
# Technologies
T = [("wind", "风电", ["风电整机"], False), ("biomass", "生物质能", [], False),
     ("solar-heat", "太阳能热利用", ["太阳能光热"], False), ("pv", "光伏发电", ["太阳能光伏发电", "太阳能光伏"], False),
     ("geo", "地热能", [], False), ("ocean", "海洋能", [], False), ("nev", "新能源汽车", [], False),
     ("ssl", "半导体照明", [], False), ("cleancoal", "煤炭清洁利用", [], False), ("gshp", "地源热泵", [], False),
     ("pumped", "抽水蓄能", ["抽水蓄能发电"], False), ("offshore", "海上风电", [], False),
     ("newenergy", "新能源", [], True), ("bio-power", "生物质发电", [], True), ("hydro", "水电", [], True),
     ("biogas", "沼气", ["户用沼气"], True), ("ethanol", "车用乙醇汽油", ["乙醇汽油"], True),
     ("biofuel", "生物质固体成型燃料", [], True), ("heater", "太阳能热水器", [], True),
     ("pv-module", "光伏电池组件", [], True), ("polysi", "多硅晶", [], True)]
for id, l, al, opt in T:
    ent(id, "Technology", l, al, optional=opt)
# Statistics
S = [("s-cap", "山东全省新能源发电装机", "412.4万千瓦", "截止2011年上半年，山东全省新能源发电装机已达到412.4万千瓦", False),
     ("s-cap-h", "今年上半年山东全省新能源发电", "400多万千瓦", "今年上半年山东全省新能源发电400多万千瓦", True),
     ("s-share", "新能源发电装机占全省电力总装机比重", "6.1%", "占全省电力总装机比重达到6.1%", False),
     ("s-wind", "风电装机", "238万千瓦", "其中风电238万千瓦", False),
     ("s-bio", "生物质发电装机", "63.4万千瓦", "生物质发电63.4万千瓦", False),
     ("s-pv", "太阳能光伏发电装机", "4.3万千瓦", "太阳能光伏发电4.3万千瓦", False),
     ("s-pumped", "抽水蓄能发电装机", "100万千瓦", "抽水蓄能发电100万千瓦", False),
     ("s-hydro", "水电装机", "6.69万千瓦", "水电6.69万千瓦", False),
     ("s-solarbld", "太阳能光热建筑应用面积", "1.52亿平方米", "太阳能光热建筑应用面积达到1.52亿平方米", False),
     ("s-gshp", "地源热泵建筑应用面积", "1200多万平方米", "地源热泵建筑应用面积达到1200多万平方米", False),
     ("s-biogas", "累计建成户用沼气", "236.8万户", "累计建成户用沼气236.8万户", False),
     ("s-biogas-big", "大中型沼气工程", "660处", "大中型沼气工程660处", False),
     ("s-eth-cities", "推广车用乙醇汽油的市地", "7个", "在济南、泰安、枣庄、济宁、临沂、聊城、菏泽7个市地累计推广车用乙醇汽油近600万吨", True),
     ("s-eth", "累计推广车用乙醇汽油", "近600万吨", "累计推广车用乙醇汽油近600万吨", False),
     ("s-biofuel", "生物质固体成型燃料年产量", "超过60万吨", "生物质固体成型燃料年产量超过60万吨", False),
     ("s-firms", "规模以上新能源企业", "超过690家", "山东全省规模以上新能源企业超过690家", False),
     ("s-turbine", "1.5兆瓦及以上风电整机产能", "1000台套", "1.5兆瓦及以上风电整机产能突破1000台套", False),
     ("s-turbine-cap", "风电整机产能容量", "超过200万千瓦", "容量超过200万千瓦", False),
     ("s-module", "光伏电池组件产能", "56万千瓦", "光伏电池组件产能达到56万千瓦", False),
     ("s-natproj", "列入国家各类科技计划的新能源领域项目", "60余项", "山东先后有60余项新能源领域项目列入国家各类科技计划", False),
     ("s-provproj", "列入省级各类科技计划的新能源领域项目", "200余项", "200余项列入省级各类科技计划", False),
     ("s-natctr", "国际级企业技术中心", "8个", "全省新能源企业拥有国际级企业技术中心8个", False),
     ("s-provctr", "省级企业技术中心", "15个", "省级企业技术中心15个", False),
     ("s-engctr", "省级工程技术研究中心", "42个", "省级工程技术研究中心42个", False),
     ("s-lab", "省级重点实验室", "2个", "省级重点实验室2个", False)]
for id, l, v, e, opt in S:
    ent(id, "Statistic", l, value=v, evidence=ev(e), optional=opt)
# Goals: the past years' work named in passing (optional)
goal("p-a", "实现小康社会目标", optional=True)
goal("p-b", "构建社会主义和谐社会", optional=True)
goal("p-0", "高度重视新能源产业发展工作", "山东省委、省政府一直高度重视新能源产业发展工作", optional=True,
     opt_body=["sdpc", "sdgov"], opt_by=["xue"])
goal("p-1", "全面落实国家各项工作部署和新能源扶持政策", optional=True, opt_by=["xue"], opt_body=["sdgov"])
goal("p-2", "大力发展风电、生物质能、太阳能热利用", "近年来，山东积极顺应全球产业发展的新趋势，全面落实国家各项工作部署和新能源扶持政策，大力发展风电、生物质能、太阳能热利用及太阳能光伏发电等新能源产业", optional=True, opt_by=["xue"],
     opt_body=["sdgov"], tech=["wind", "biomass", "solar-heat", "pv"])
goal("p-3", "组建了半导体照明产业技术创新战略联盟", optional=True, tech=["ssl"])
# Goals: the 十二五 plan (future)
P = "根据《十二五规划纲要》，“十二五”时期，山东仍将把大力发展新能源作为转方式、调结构的重要抓手，作为打造战略性新兴产业、培育新的经济增长点重要途径之一，以风电、太阳能热利用和光伏发电、生物质能、地热能、海洋能、新能源汽车等为重点领域，着力促进推广应用，壮大产业规模，努力实现新能源产业跨越式发展"
goal("g-1", "大力发展新能源", P, body=["plan12"], opt_body=["sdrc", "sdgov"], opt_by=["xue"])
rel("g-1", "involvesTechnology", "newenergy", optional=True)
goal("g-0", "转方式、调结构", P, optional=True, body=["plan12"])
goal("g-2", "打造战略性新兴产业", P, body=["plan12"], opt_body=["sdrc", "sdgov"], opt_by=["xue"])
goal("g-3", "培育新的经济增长点", P, body=["plan12"], opt_body=["sdrc", "sdgov"], opt_by=["xue"])
goal("g-4", "着力促进推广应用", P, body=["plan12"], opt_body=["sdrc", "sdgov"], opt_by=["xue"],
     tech=["wind", "solar-heat", "pv", "biomass", "geo", "ocean", "nev"])
goal("g-5", "壮大产业规模", P, body=["plan12"], opt_body=["sdrc", "sdgov"], opt_by=["xue"])
goal("g-6", "实现新能源产业跨越式发展", P, body=["plan12"], opt_body=["sdrc", "sdgov"], opt_by=["xue"])
for t in ("wind", "solar-heat", "pv", "biomass", "geo", "ocean", "nev"):
    rel("sdrc", "promotes", t, optional=True)
    rel("sdgov", "promotes", t, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
