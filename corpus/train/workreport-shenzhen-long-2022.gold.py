"""Gold annotation of workreport-shenzhen-long-2022 (深圳如何实现GDP增长6%：稳住制造业基本盘), by hand per shared/eval/ANNOTATE.md."""
ID = "workreport-shenzhen-long-2022"
import collections, json, pathlib
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type == "Statistic" or label in text or any(a in text for a in aliases), label
    for a in aliases: assert a in text, a
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    if "evidence" in kw: ev(kw["evidence"])
    d.update(kw); E.append(d)

def goal(id, label, evidence=None, optional=False):
    evidence = evidence or label
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    assert label in evidence, (label, evidence)
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

# Bodies, people, events, documents
ent("sz-gov", "Agency", "深圳市政府", ["市政府"])
ent("sz-ndrc", "Agency", "深圳市发改委")
rel("sz-ndrc", "subOrganizationOf", "sz-gov", optional=True)
ent("qin", "Person", "覃伟中")
rel("qin", "holdsPost", "sz-gov", post="市长")
ent("ge", "Person", "戈振伟")
ent("jiemian", "Organization", "界面新闻", ["界面新闻大湾区频道"])
ent("softsci", "Organization", "深圳市软科学研究会")
ent("jin", "Person", "金心异")
rel("jin", "holdsPost", "softsci", post="常务副会长")
for id, l in [("smic", "中芯国际"), ("csot", "华星光电"), ("byd", "比亚迪")]:
    ent(id, "Organization", l)
ent("crc", "Organization", "华润", optional=True)
ent("costco", "Organization", "Costco", optional=True)
ent("npc", "Event", "深圳市七届人大二次会议")
rel("qin", "speaksAt", "npc")
ent("launch", "Event", "深圳市2022年第二季度新开工项目集中启动活动")
ent("report", "Document", "政府工作报告", ["深圳市政府工作报告"])
rel("report", "publishedBy", "sz-gov")
ent("invplan", "Document", "深圳市2022年政府投资项目计划")
rel("invplan", "publishedBy", "sz-ndrc")
ent("majorplan", "Document", "2022年重大项目计划", optional=True)
ent("sz", "Place", "深圳")
ent("dg", "Place", "东莞")
ent("china", "Place", "全国", optional=True)
rel("npc", "locatedIn", "sz", optional=True)
rel("launch", "locatedIn", "sz", optional=True)
for id, l in [("p-yl", "宝安燕罗"), ("p-bl", "龙岗宝龙"), ("p-jls", "龙华九龙山"), ("p-gxn", "坪山高新南"),
              ("p-fh", "光明凤凰"), ("p-szzz", "深汕智造城"), ("p-luohu", "罗湖")]:
    ent(id, "Place", l, optional=True)
ent("newinfra", "Technology", "新型基础设施", optional=True)
ent("display", "Technology", "超高清新型显示", optional=True)

# Goals stated by the report / by 覃伟中 for the city government
Q = [("q-gdp", "地区生产总值预期增长目标6%左右", "2022年深圳地区生产总值预期增长目标6%左右", "report"),
     ("q1", "坚持制造业立市之本", None, "qin"),
     ("q2", "增强现代产业体系竞争力", None, "qin"),
     ("q3", "稳住制造业的基本盘", None, "qin"),
     ("q4", "让制造业空间得到更好保障", None, "qin"),
     ("q5", "让搞实体经济的企业更有信心、更有希望", None, "qin"),
     ("q-ind", "规模以上工业增加值增长5%", "今年的政府工作报告提出，深圳2022年规模以上工业增加值增长5%", "report"),
     ("q6", "做强战略性新兴产业", "为了进一步做强战略性新兴产业", "qin"),
     ("q7", "扎实推进先进制造业园区建设", None, "qin"),
     ("q8", "先进制造业园区建设提速", "推动宝安燕罗、龙岗宝龙、龙华九龙山、坪山高新南、光明凤凰、深汕智造城等20个先进制造业园区建设提速", "qin"),
     ("q9", "力争战略性新兴产业增加值达1.3万亿元", "2022年，力争战略性新兴产业增加值达1.3万亿元", "qin"),
     ("r1", "全力推动重大工业项目落地", "深圳还将全力推动重大工业项目落地", "sz"),
     ("r2", "加大以先进制造业为主的工业投资力度", None, "sz"),
     ("r3", "建成投产中芯国际12英寸线、华星光电T7二期等项目", None, "sz"),
     ("r4", "开工建设5个百亿级、10个三十亿以上重大工业项目", None, "sz"),
     ("r5", "全面完成工业园区转供电改造", None, "sz"),
     ("r6", "全年工业投资增长12%以上", None, "sz"),
     ("r7", "着力提升市场主体质量", None, "sz"),
     ("r8", "新增国家高新技术企业500家", None, "sz"),
     ("r9", "国家级专精特新“小巨人”企业100家", "新增国家高新技术企业500家、国家级专精特新“小巨人”企业100家", "sz"),
     ("r10", "新增境内外上市公司30家以上", None, "sz"),
     ("r11", "新增小微企业首贷户2万户", None, "sz"),
     ("r12", "普惠小微企业贷款2000亿元以上", "新增小微企业首贷户2万户、普惠小微企业贷款2000亿元以上", "sz"),
     ("m1", "落实“东进、西协、南联、北拓、中优”和特区一体化发展战略", "为落实“东进、西协、南联、北拓、中优”和特区一体化发展战略", "report"),
     ("m2", "重点推进第11代超高清新型显示器件生产线", "重点推进第11代超高清新型显示器件生产线、比亚迪汽车工业园（深汕）项目、龙华Costco星河等项目建设等", "report"),
     ("m3", "重点推进机荷高速公路改扩建工程", "重点推进机荷高速公路改扩建工程、罗田水库-铁岗水库输水隧洞工程、城市轨道交通及城际铁路工程等项目建设", "report"),
     ("m4", "推动新皇岗口岸联检大楼", "推动新皇岗口岸联检大楼、公明水库—清林径水库连通工程等项目前期工作", "report"),
     ("m5", "重点推进华润大冲旧村改造", "重点推进华润大冲旧村改造、深汕高中园项目、第二儿童医院、深圳市罗湖“二线插花地”棚户区改造项目等项目建设", "report"),
     ("m6", "推动深圳医学科学院、深圳歌剧院等项目前期工作", None, "report"),
     ("q10", "加大高质量投资力度", "深圳要加大高质量投资力度", "qin"),
     ("q11", "全年固定资产投资计划增长5%", "2022年深圳全年固定资产投资计划增长5%", "qin"),
     ("q12", "全年基础设施投资2200亿元", None, "qin"),
     ("q13", "新型基础设施投资1000亿元", "全年基础设施投资2200亿元、新型基础设施投资1000亿元", "qin"),
     ("s1", "推进深圳湾超级总部基地", "深圳将扎实推进深圳湾超级总部基地、香蜜湖新金融中心、北站国际商务区、笋岗-清水河片区、光明科学城中心区、空港新城、盐田临港产业带、坪山燕子湖、坝光国际生物谷等20个重点片区规划建设", "sz"),
     ("s2", "力争重点片区投资超过2000亿元", None, "sz")]
for id, l, e, who in Q:
    goal(id, l, e)
    rel("sz-gov", "hasGoal", id, optional=(who != "qin"))
    if who == "report":
        rel("report", "hasGoal", id)
        rel("qin", "proposes", id, optional=True)
    elif who == "qin":
        rel("qin", "proposes", id)
        rel("report", "hasGoal", id, optional=True)
    else:
        rel("qin", "proposes", id, optional=True)
        rel("report", "hasGoal", id, optional=True)
rel("q13", "involvesTechnology", "newinfra", optional=True)
rel("m2", "involvesTechnology", "display", optional=True)
rel("sz-gov", "promotes", "newinfra", optional=True)
rel("sz-gov", "promotes", "display", optional=True)
# the investment plan's focus
goal("v1", "市政府投资重点投向城市基础设施、民生服务",
     "2022年市政府投资重点投向城市基础设施、民生服务、生态文明建设、科技产业创新四大领域")
rel("invplan", "hasGoal", "v1")
rel("sz-gov", "hasGoal", "v1", optional=True)
# 金心异's suggestions
J = [("j0", "希望深圳市政府对于制造业的重视能真正落到实处", None),
     ("j1", "对整个城市的空间进行分区规划", None),
     ("j2", "施行不同的房地产政策", None),
     ("j3", "降低机荷-深汕高速以北地区的生产和生活成本", None),
     ("j4", "对工业用地进行适当整合", None),
     ("j5", "强化产业链招商", None),
     ("j6", "吸引关键制造业项目落地", None),
     ("j7", "保障产业链安全", None),
     ("j8", "遏止工业投资连年下滑的趋势", None)]
for id, l, e in J:
    goal(id, l, e)
    rel("jin", "proposes", id)
    rel("softsci", "hasGoal", id, optional=True)

# Statistics
stat("st-share", "制造业总产值在深圳GDP当中所占的比重", "35%", "目前制造业的总产值在深圳GDP当中所占的比重依然在35%以上")
stat("st-gdp", "深圳2021年全年地区生产总值", "3.07万亿元", "深圳2021年全年地区生产总值3.07万亿元")
stat("st-gdp-rank", "规模以上工业总产值连续居全国城市首位年数", "3年", "规模以上工业总产值连续3年居全国城市首位", optional=True)
P = [("pl-n", "2022年重大项目计划安排项目数", "883个", "深圳2022年重大项目计划共安排项目883个"),
     ("pl-tot", "2022年重大项目总投资", "35674.8亿元", "总投资35674.8亿元，同比增长26.2%"),
     ("pl-tot-g", "2022年重大项目总投资同比增长", "26.2%", "总投资35674.8亿元，同比增长26.2%"),
     ("pl-yr", "2022年重大项目年度计划完成投资", "2241.3亿元", "年度计划完成2241.3亿元，同比增长6.3%"),
     ("pl-yr-g", "年度计划完成投资同比增长", "6.3%", "年度计划完成2241.3亿元，同比增长6.3%"),
     ("pl-new", "计划新开工项目", "98个", "计划新开工项目98个"),
     ("pl-cont", "续建项目", "539个", "续建项目539个"),
     ("pl-pre", "前期项目", "246个", "前期项目246个"),
     ("pl-out", "位于原特区外或连接原特区内外项目", "582个", "安排位于原特区外或连接原特区内外项目582个"),
     ("pl-out-sh", "原特区外项目个数占比", "65.9%", "个数占比65.9%，年度计划完成1533.7亿元，投资占比68.4%"),
     ("pl-out-inv", "原特区外项目年度计划完成投资", "1533.7亿元", "个数占比65.9%，年度计划完成1533.7亿元，投资占比68.4%"),
     ("pl-out-ish", "原特区外项目投资占比", "68.4%", "个数占比65.9%，年度计划完成1533.7亿元，投资占比68.4%"),
     ("pl-gov", "政府投资", "575.5亿元", "政府投资575.5亿元，占25.7%"),
     ("pl-gov-sh", "政府投资占比", "25.7%", "政府投资575.5亿元，占25.7%"),
     ("pl-soc", "社会投资", "1665.8亿元", "社会投资1665.8亿元，占74.3%"),
     ("pl-soc-sh", "年度社会投资占比", "74.3%", "社会投资1665.8亿元，占74.3%"),
     ("pl-ind", "现代产业类项目", "250个", "现代产业类项目250个，个数占比28.3%，总投资10373.3亿元，投资占比29.1%"),
     ("pl-ind-inv", "现代产业类项目总投资", "10373.3亿元", "现代产业类项目250个，个数占比28.3%，总投资10373.3亿元，投资占比29.1%"),
     ("pl-inf", "基础设施类项目", "276个", "基础设施类项目276个，个数占比31.3%，总投资15491.9亿元，投资占比43.4%"),
     ("pl-inf-inv", "基础设施类项目总投资", "15491.9亿元", "基础设施类项目276个，个数占比31.3%，总投资15491.9亿元，投资占比43.4%"),
     ("pl-liv", "民生改善类项目", "357个", "民生改善类项目357个，个数占比40.4%，总投资9809.6亿元，投资占比27.5%"),
     ("pl-liv-inv", "民生改善类项目总投资", "9809.6亿元", "民生改善类项目357个，个数占比40.4%，总投资9809.6亿元，投资占比27.5%"),
     ("ip-n", "2022年市政府投资项目", "522个", "2022年，深圳安排市政府投资项目522个，年度计划投资规模为550亿元、增长10.0%"),
     ("ip-size", "年度计划投资规模", "550亿元", "年度计划投资规模为550亿元、增长10.0%"),
     ("ip-g", "年度计划投资规模增长", "10.0%", "年度计划投资规模为550亿元、增长10.0%"),
     ("ip-bud", "资金来源公共预算", "530亿元", "资金来源为公共预算530亿元，国土基金20亿元"),
     ("ip-land", "资金来源国土基金", "20亿元", "资金来源为公共预算530亿元，国土基金20亿元"),
     ("ip-four", "四大领域投资占比", "89.2%", "科技产业创新四大领域，占比89.2%")]
for id, l, v, e in P:
    stat(id, l, v, e, optional=True)
S = [("y-n", "2021年本级政府投资项目计划安排项目", "588个", "深圳市去年本级政府投资项目计划共安排588个，计划安排投资500亿元"),
     ("y-plan", "2021年计划安排投资", "500亿元", "深圳市去年本级政府投资项目计划共安排588个，计划安排投资500亿元"),
     ("y-done", "2021年完成投资", "596.3亿元", "2021年完成投资达596.3亿元，计划完成率119.3%"),
     ("y-rate", "计划完成率", "119.3%", "2021年完成投资达596.3亿元，计划完成率119.3%"),
     ("y-tr", "交通运输行业完成投资", "182.4亿元", "交通运输、教育、科技以及信息化行业分别完成182.4亿元、164.5亿元和70.2亿元"),
     ("y-ed", "教育行业完成投资", "164.5亿元", "交通运输、教育、科技以及信息化行业分别完成182.4亿元、164.5亿元和70.2亿元"),
     ("y-it", "科技以及信息化行业完成投资", "70.2亿元", "交通运输、教育、科技以及信息化行业分别完成182.4亿元、164.5亿元和70.2亿元"),
     ("l-n", "集中启动的新开工项目", "200个", "本次集中启动的新开工项目共200个，总投资约1624.4亿元，2022年度计划投资约330.3亿元"),
     ("l-tot", "集中启动新开工项目总投资", "1624.4亿元", "本次集中启动的新开工项目共200个，总投资约1624.4亿元，2022年度计划投资约330.3亿元"),
     ("l-yr", "集中启动新开工项目2022年度计划投资", "330.3亿元", "本次集中启动的新开工项目共200个，总投资约1624.4亿元，2022年度计划投资约330.3亿元")]
for id, l, v, e in S:
    stat(id, l, v, e, optional=id == "l-yr")
stat("st-nat", "全国GDP增长目标", "5.5%", "这个目标高于全国GDP5.5%的增长目标", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
