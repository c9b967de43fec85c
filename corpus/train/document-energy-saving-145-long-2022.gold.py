"""Gold annotation of document-energy-saving-145-long-2022 (“十四五”节能减排综合工作方案出炉 部署十大重点工程), by hand per shared/eval/ANNOTATE.md."""
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
ID = "document-energy-saving-145-long-2022"
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
ent("ndrc", "Agency", "国家发展改革委", ["国家发展和改革委员会", "国家发改委", "发改委"])
ent("mee", "Agency", "生态环境部")
ent("bao", "Person", "包兴安")
ent("yang", "Person", "杨 洁", ["杨洁"])
ent("plan", "Document", "“十四五”节能减排综合工作方案", ["《“十四五”节能减排综合工作方案》", "方案", "《方案》"])
rel("plan", "publishedBy", "sc")
ent("dc", "Technology", "数据中心", optional=True)
ent("china", "Place", "中国", ["我国"], optional=True)
B = dict(body=["plan"], opt_body=["ndrc", "mee"])
goal("a-1", "统筹推进碳达峰碳中和", **B)
goal("a-2", "深入打好污染防治攻坚战", **B)
goal("a-3", "促进高质量发展", **B)
goal("t-1", "全国单位国内生产总值能源消耗比2020年下降13.5%", **B)
goal("t-2", "能源消费总量得到合理控制", **B)
goal("t-3", "排放总量比2020年分别下降8%、8%、10%以上、10%以上", **B)
goal("t-4", "节能减排政策机制更加健全", **B)
goal("t-5", "主要污染物排放控制水平基本达到国际先进水平", **B)
goal("t-6", "经济社会发展绿色转型取得显著成效", **B)
goal("w-1", "加快经济社会发展全面绿色转型", optional=True, **B)
goal("w-2", "夯实碳达峰碳中和工作基础", optional=True, **B)
goal("p-0", "部署开展节能减排十大重点工程", **B)
for i, l in enumerate(["重点行业绿色升级工程", "园区节能环保提升工程", "城镇绿色节能改造工程", "交通物流节能减排工程",
                       "农业农村节能减排工程", "公共机构能效提升工程", "重点区域污染物减排工程", "煤炭清洁高效利用工程",
                       "挥发性有机物综合整治工程", "环境基础设施水平提升工程"], start=1):
    goal(f"p-{i}", l, **B)
goal("e-1", "规模以上工业单位增加值能耗下降13.5%", **B)
goal("e-2", "万元工业增加值用水量下降16%", **B)
goal("e-3", "实施节能降碳行动", optional=True, **B)
goal("e-4", "达到能效标杆水平的产能比例超过30%", **B)
rel("e-4", "involvesTechnology", "dc", optional=True)
goal("e-5", "完成5.3亿吨钢铁产能超低排放改造", **B)
goal("e-6", "大气污染防治重点区域燃煤锅炉全面实现超低排放", **B)
for i, l in enumerate(["农村生活污水治理率达到40%", "秸秆综合利用率稳定在86%以上", "主要农作物化肥、农药利用率均达到43%以上",
                       "畜禽粪污综合利用率达到80%以上"], start=7):
    goal(f"e-{i}", l, **B)
goal("k-0", "推动减污降碳协同增效", optional=True, **B)
for i, l in enumerate(["优化完善能耗双控制度", "健全污染物排放总量控制制度", "坚决遏制高耗能高排放低水平项目盲目发展",
                       "健全法规标准", "完善经济政策", "完善市场化机制", "加强统计监测能力建设", "壮大节能减排人才队伍",
                       "健全节能减排政策机制", "确保完成“十四五”节能减排目标"], start=1):
    goal(f"m-{i}", l, **B)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
