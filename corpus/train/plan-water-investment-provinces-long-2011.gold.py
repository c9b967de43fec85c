"""Gold annotation of plan-water-investment-provinces-long-2011 (4万亿资入“十二五”水利规划), by hand per shared/eval/ANNOTATE.md (annotator ann25)."""
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
ID = "plan-water-investment-provinces-long-2011"
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

def goal(id, label, evidence=None, optional=False, by=(), body=(), opt_by=(), opt_body=()):
    """a Goal; evidence defaults to the sentence stating it; by = proposers, body = hasGoal subjects"""
    assert label in text, label
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence) if evidence else sent(label))
    for p in by: rel(p, "proposes", id, optional=optional)
    for p in opt_by: rel(p, "proposes", id, optional=True)
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)

# Agencies and organisations
ent("cpc", "Agency", "中共中央", ["党中央"])
ent("sc", "Agency", "国务院")
ent("adbc", "Organization", "农业发展银行", ["中国农业发展银行"])
ent("hb-gov", "Agency", "湖北省人民政府", ["湖北省政府"])
ent("hb-news", "Agency", "湖北省政府新闻办", ["湖北省人民政府新闻办公室", "湖北省政府新闻办公室"])
rel("hb-news", "subOrganizationOf", "hb-gov")
ent("hb-cpc", "Agency", "中共湖北省委", ["湖北省委"])
ent("hb-water", "Agency", "湖北省水利厅")
rel("hb-water", "subOrganizationOf", "hb-gov", optional=True)
ent("heb-water", "Agency", "河北省水利厅")
ent("hn-water", "Agency", "河南省水利厅")
ent("cq-water", "Agency", "重庆水利局", ["重庆市水利局"])
# People
ent("wang", "Person", "王忠法")
rel("wang", "holdsPost", "hb-water", post="厅长")
ent("zhu", "Person", "朱宪生")
rel("zhu", "holdsPost", "cq-water", post="局长")
# Events: bare press conference and the two unnamed-by-title working meetings
ent("hb-presser", "Event", "新闻发布会", optional=True)
ent("cq-meeting", "Event", "全市水利工作会议", ["重庆市水利工作会议"], optional=True)
ent("nx-meeting", "Event", "宁夏水利工作会议", optional=True)
rel("wang", "speaksAt", "hb-presser", optional=True)
rel("zhu", "speaksAt", "cq-meeting", optional=True)
# Documents
ent("no1", "Document", "中共中央国务院关于加快水利改革发展的决定",
    ["《中共中央国务院关于加快水利改革发展的决定》", "2011年中央一号文件", "中央一号文件"])
rel("no1", "publishedBy", "cpc")
rel("no1", "publishedBy", "sc")
ent("xj-plan", "Document", "新疆水利“十二五”(2011-2015年)规划", ["新疆水利“十二五”规划", "新疆水利十二五规划"])
ent("hb-dec", "Document", "中共湖北省委湖北省人民政府关于加快水利改革发展的决定",
    ["《中共湖北省委湖北省人民政府关于加快水利改革发展的决定》", "决定", "《决定》"])
rel("hb-dec", "publishedBy", "hb-cpc")
rel("hb-dec", "publishedBy", "hb-gov")
# Places
for id, l, al, opt in [("xj", "新疆", [], False), ("zj", "浙江省", ["浙江"], False), ("hb", "湖北省", ["湖北"], False),
                       ("heb", "河北省", ["河北"], False), ("hn", "河南省", ["河南"], False), ("cq", "重庆市", ["重庆"], False),
                       ("nx", "宁夏", [], False), ("china", "中国", ["我国", "新中国"], True),
                       ("cj", "长江", [], True), ("hj", "汉江", [], True), ("hy", "汉阳", [], True), ("wc", "武昌", [], True)]:
    ent(id, "Place", l, al, optional=opt)

# Goals of the central No. 1 document (line 3)
L3 = lines[2]
goal("c-g1", "加大公共财政对水利的投入", body=["no1"])
goal("c-g2", "发挥政府在水利建设中的主导作用", body=["no1"])
goal("c-g3", "将水利作为公共财政投入的重点领域", body=["no1"])
goal("c-g4", "加强对水利建设的金融支持", body=["no1"])
goal("c-g5", "支持农业发展银行积极开展水利建设中长期政策性贷款业务", body=["no1"])
goal("c-g6", "多渠道筹集资金", body=["no1"])
goal("c-g7", "力争今后10年全社会水利年平均投入比2010年高出一倍", body=["no1"])
# the reporter's arithmetic on the central target (line 4)
goal("c-g8", "未来10年的水利投资将达到4万亿元", optional=True)
ent("s-2010", "Statistic", "2010年我国水利投资", value="2000亿元", evidence=ev("2010年我国水利投资是2000亿元"))

# Xinjiang (lines 5-6): the plan's investment and its breakdown
goal("xj-g1", "投资1311亿元发展水利事业", body=["xj-plan"])
for i, (l) in enumerate(["防洪减灾工程426亿元", "水资源工程820亿元", "水土保持及生态工程60亿元", "其他专项工程5亿元"]):
    goal(f"xj-g{i+2}", l, evidence="规划投资包括防洪减灾工程426亿元、水资源工程820亿元、水土保持及生态工程60亿元、其他专项工程5亿元",
         optional=True, body=["xj-plan"])
ent("s-xj-ratio", "Statistic", "新疆水利“十二五”规划投资相当于“十一五”规划总投资的倍数", value="4.33倍", optional=True,
    evidence=ev("是“十一五”(2006-2010年)规划总投资的4.33倍"))

# Zhejiang (line 8): region as subject, no named body
goal("zj-g1", "水利投入将达1980亿元")
goal("zj-g2", "达到中等发达国家水平",
     evidence="到“十二五”期末，水利保障防洪、饮水、经济用水及生态用水安全的能力，达到中等发达国家水平")
goal("zj-g3", "让水利造福百姓", evidence="真正让水利造福百姓")

# Hubei (lines 10-11)
goal("hb-g1", "投资1189亿元用于水利建设", evidence="湖北省未来10年将投资1189亿元用于水利建设", body=["hb-dec"])
for id, l in [("hb-g2", "建成完善的防汛抗旱减灾体系"), ("hb-g3", "水资源合理配置和高效利用体系"),
              ("hb-g4", "水资源保护和生态健康保障体系"), ("hb-g5", "科学的水利管理体系")]:
    goal(id, l, evidence="《决定》提出，未来5—10年内，湖北省将建成完善的防汛抗旱减灾体系，水资源合理配置和高效利用体系，水资源保护和生态健康保障体系，科学的水利管理体系",
         body=["hb-dec"])
Q = "具体来讲，主要是四大工程：农村安全饮水村村通工程，百湖(河)水生态保护与修复工程建设，千万亩田园优化美化工程建设，万里堤防整治工程"
for id, l in [("hb-g6", "农村安全饮水村村通工程"), ("hb-g7", "百湖(河)水生态保护与修复工程建设"),
              ("hb-g8", "千万亩田园优化美化工程建设"), ("hb-g9", "万里堤防整治工程")]:
    goal(id, l, evidence=Q, by=["wang"], body=["hb-water"], opt_body=["hb-dec"])
W = "长江-汉江防洪保护圈、汉阳六湖连通、武昌大东湖生态修复等工程将是未来10年水利建设的重大工程"
for id, l in [("hb-g10", "长江-汉江防洪保护圈"), ("hb-g11", "汉阳六湖连通"), ("hb-g12", "武昌大东湖生态修复")]:
    goal(id, l, evidence=W, by=["wang"], body=["hb-water"])

# Hebei (line 13): reported via the department, region as subject
goal("heb-g1", "投资约1000亿元", evidence="“十二五”期间，河北省将投资约1000亿元，重点建设四大体系、八大工程", opt_body=["heb-water"])
goal("heb-g2", "重点建设四大体系、八大工程", opt_body=["heb-water"])
goal("heb-g3", "提升水利服务经济社会发展能力和水利统筹发展能力", opt_body=["heb-water"])

# Henan (lines 15-16)
goal("hn-g1", "水利规划投资将达1497亿元", evidence="“十二五”期间，河南省水利规划投资将达1497亿元", opt_body=["hn-water"])
goal("hn-g2", "争取中央安排资金961亿元", opt_body=["hn-water"])
for i, l in enumerate(["地方安排资金536亿元", "续建项目投资304亿元", "新开工项目投资1193亿元", "防洪抗旱减灾项目投资366亿元",
                       "民生水利项目投资619亿元", "水资源开发利用项目投资269亿元", "水资源节约保护项目投资68亿元",
                       "水库移民遗留问题处理项目投资49亿元", "水土保持与生态修复109亿元", "行业能力建设17亿元"]):
    goal(f"hn-b{i+1}", l, optional=True, opt_body=["hn-water"])

# Chongqing (lines 18-19)
goal("cq-g1", "水利建设将投资500亿元", evidence="“十二五”期间，重庆市水利建设将投资500亿元")
goal("cq-g2", "争取中央投资200亿元")
goal("cq-g3", "地方自筹及融资300亿元", optional=True)
for id, l in [("cq-g4", "全面建成玉滩大型水库、21座中型水库"), ("cq-g5", "新开工观景口大型水库和20座中型水库"),
              ("cq-g6", "新增蓄引提水能力15亿立方米"), ("cq-g7", "基本解决重庆市的工程型缺水问题")]:
    goal(id, l, evidence=lines[18], by=["zhu"], body=["cq-water"])

# Ningxia (line 21): region as subject
goal("nx-g1", "力争落实各类水利投资30亿元")
goal("nx-g2", "突出发展民生水利、节水型社会建设等重点工作")
goal("nx-g3", "做优做活“水”文章")
goal("nx-g4", "让水利建设成为民心工程")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
