"""Gold annotation of document-zhejiang-rental-housing-long-2021 ("房住不炒"浙江方案出炉！大城市新增保障房占比力争超30%，杭州宁波等首批入围), by hand per shared/eval/ANNOTATE.md."""
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
ID = "document-zhejiang-rental-housing-long-2021"
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
ent("zjhc", "Agency", "浙江省住房和城乡建设厅")
ent("zjgov", "Agency", "省政府", ["浙江省政府", "浙江省人民政府"], optional=True)
ent("mof", "Agency", "财政部")
ent("sta", "Agency", "税务总局", ["国家税务总局"])
ent("mohurd", "Agency", "住房城乡建设部", ["住房和城乡建设部"])
ent("guide", "Document", "关于加快发展保障性租赁住房的指导意见（征求意见稿）",
    ["《关于加快发展保障性租赁住房的指导意见（征求意见稿）》", "指导意见", "《指导意见》", "关于加快发展保障性租赁住房的指导意见"])
rel("guide", "publishedBy", "zjhc")
ent("notice", "Document", "财政部 税务总局 住房城乡建设部关于完善住房租赁有关税收政策的公告",
    ["《财政部 税务总局 住房城乡建设部关于完善住房租赁有关税收政策的公告》"])
for a in ("mof", "sta", "mohurd"):
    rel("notice", "publishedBy", a)
ent("zj", "Place", "浙江", ["浙江省"])
cities = ["杭州", "宁波", "余姚市", "慈溪市", "温州", "瑞安市", "嘉兴", "湖州", "绍兴", "金华", "义乌市", "台州",
          "象山县", "宁海县", "永嘉县", "平阳县", "苍南县", "龙港市", "乐清市", "嘉善县", "海盐县", "海宁市", "平湖市",
          "桐乡市", "德清县", "长兴县", "安吉县", "诸暨市", "兰溪市", "东阳市", "永康市", "衢州", "舟山", "温岭市",
          "临海市", "玉环市", "丽水"]
for i, c in enumerate(cities):
    al = [c + "市区"] if (c + "市区") in text else []
    ent(f"c{i}", "Place", c, al)
D = dict(body=["guide"], opt_body=["zjhc"])
goal("t-30", "比例力争达到30%以上", "人口净流入的大城市，新增保障性租赁住房供应套数占新增住房供应套数的比例力争达到30%以上", **D)
goal("t-15", "比例力争达到15%以上", "其他重点发展城市，新增保障性租赁住房供应套数占新增住房供应套数的比例力争达到15%以上", **D)
for i, l in enumerate(["住房保障体系基本完善", "多主体供给、多渠道保障、租购并举的住房制度基本建立",
                       "新市民、青年人等群体住房困难有效缓解", "大城市住房突出问题基本解决"]):
    goal(f"y25-{i}", l, **D)
for i, l in enumerate(["住房的居住属性更加突显", "住房供需实现动态平衡", "住房保障体系成熟定型",
                       "基本实现“住有所居”现代化"]):
    goal(f"y35-{i}", l, **D)
goal("h-1", "以建筑面积不超过70平方米的小户型为主", **D)
goal("h-2", "适当放宽面积标准", optional=True, **D)
goal("h-3", "坚持“谁投资、谁所有”", **D)
goal("h-4", "主要利用集体经营性建设用地", "主要利用集体经营性建设用地、企事业单位自有闲置土地、产业园区配套用地和存量闲置房屋建设", **D)
goal("h-5", "适当利用新供应国有建设用地建设", **D)
goal("h-6", "调整作为保障性租赁住房使用管理", **D)
goal("h-7", "引导产城人融合、人地房联动", **D)
goal("h-8", "确保目标的完成", optional=True, **D)
goal("l-1", "建筑面积不少于3000平方米且不少于50套（间）", **D)
goal("l-2", "占项目总用地面积的比例上限由7%提高到15%", **D)
goal("l-3", "建筑面积占比上限相应提高到30%", **D)
goal("l-4", "建设宿舍型保障性租赁住房", **D)
for i, l in enumerate(["成立以政府领导为组长的保障性租赁住房工作领导小组", "建立健全部门联审机制", "明确项目审批操作指引",
                       "出具保障性租赁住房项目认定书", "探索以告知承诺制的方式", "实行联合验收",
                       "建立健全住建、财政、税务、电力、金融等部门单位的联动机制",
                       "落实项目税费、民用水电气价格、金融等优惠政策", "积极争取中央各项补助资金",
                       "在现有经费渠道基础上加大支持力度", "在银行间市场发债融资",
                       "申报基础设施不动产投资信托基金（Reits）试点"]):
    goal(f"a-{i}", l, **D)
goal("a-12", "实施联合审查", "对申报认定为保障性租赁住房项目的建设、分配、运营管理方案实施联合审查，形成联审意见，出具保障性租赁住房项目认定书", **D)
goal("a-13", "用于发展保障性租赁住房", "各地要结合实际情况，统筹从土地出让收益（10%以上）或土地出让收入总额（2%以上）中提取的保障性住房建设资金、从土地出让收入中提取的“腾笼换鸟”专项经费等各级各类有关资金，用于发展保障性租赁住房", **D)
goal("a-14", "重点发展城市原则上每3年调整一次", optional=True, **D)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
