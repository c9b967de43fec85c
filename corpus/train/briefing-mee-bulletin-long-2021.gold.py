"""Gold annotation of briefing-mee-bulletin-long-2021 (生态环境状况公报：去年单位GDP碳排放约降1.0%), by hand per shared/eval/ANNOTATE.md."""
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
ID = "briefing-mee-bulletin-long-2021"
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
ent("mee", "Agency", "生态环境部")
ent("mee-mon", "Agency", "生态环境监测司", ["生态环境部生态环境监测司"])
rel("mee-mon", "subOrganizationOf", "mee")
co = [("mnr", "自然资源部"), ("mot", "交通运输部"), ("moa", "农业农村部"), ("nbs", "国家统计局"), ("cma", "中国气象局"),
      ("nfga", "国家林业和草原局")]
for id, l in co:
    ent(id, "Agency", l)
ent("bai", "Person", "柏仇勇")
rel("bai", "holdsPost", "mee-mon", post="司长")
ent("presser", "Event", "例行新闻发布会", optional=True)
ent("envday", "Event", "“六五”环境日", ["六五环境日"], optional=True)
rel("bai", "speaksAt", "presser", optional=True)
ent("bulletin", "Document", "2020中国生态环境状况公报", ["《2020中国生态环境状况公报》", "公报", "中国生态环境状况公报"])
ent("marine", "Document", "2020年中国海洋生态环境状况公报", ["《2020年中国海洋生态环境状况公报》"])
for d in ("bulletin", "marine"):
    rel(d, "publishedBy", "mee")
    for id, l in co:
        rel(d, "publishedBy", id)
ent("jjj", "Place", "京津冀", ["京津冀及周边地区"])
ent("yrd", "Place", "长三角地区", ["长三角"])
ent("china", "Place", "中国", ["我国"], optional=True)
goal("g-135", "“十三五”下降18%的目标", "超额完成“十三五”下降18%的目标", optional=True, body=["bulletin"])
S = [("s-co2", "2020年单位国内生产总值二氧化碳排放比2019年下降", "约1.0%", "2020年我国单位国内生产总值二氧化碳排放比2019年下降约1.0%", False),
     ("s-co2-15", "单位国内生产总值二氧化碳排放比2015年下降", "18.8%", "比2015年下降18.8%", False),
     ("s-cities", "地级及以上城市", "337个", "全国337个地级及以上城市平均优良天数比例为87.0%", True),
     ("s-good", "地级及以上城市平均优良天数比例", "87.0%", "全国337个地级及以上城市平均优良天数比例为87.0%", False),
     ("s-good-d", "地级及以上城市平均优良天数比例同比上升", "5.0个百分点", "同比上升5.0个百分点", False),
     ("s-pm25", "细颗粒物浓度", "33微克/立方米", "细颗粒物浓度为33微克/立方米", False),
     ("s-pm25-d", "细颗粒物浓度同比下降", "8.3%", "同比下降8.3%", False),
     ("s-pm10", "PM10年平均浓度", "56微克/立方米", "PM10年平均浓度为56微克/立方米", False),
     ("s-pm10-d", "PM10年平均浓度同比下降", "11.1%", "同比下降11.1%", False),
     ("s-jjj-good", "“2+26”城市平均优良天数比例", "63.5%", "京津冀及周边地区“2+26”城市平均优良天数比例为63.5%", False),
     ("s-jjj-good-d", "“2+26”城市平均优良天数比例同比上升", "10.4个百分点", "同比上升10.4个百分点", False),
     ("s-jjj-pm", "京津冀及周边地区PM2.5浓度", "51微克/立方米", "PM2.5浓度为51微克/立方米", False),
     ("s-jjj-pm-d", "京津冀及周边地区PM2.5浓度同比下降", "10.5%", "同比下降10.5%", False),
     ("s-yrd-n", "长三角地区城市", "41个", "长三角地区41个城市平均优良天数比例为85.2%", True),
     ("s-yrd-good", "长三角地区城市平均优良天数比例", "85.2%", "长三角地区41个城市平均优良天数比例为85.2%", False),
     ("s-yrd-good-d", "长三角地区平均优良天数比例同比上升", "8.7个百分点", "同比上升8.7个百分点", False),
     ("s-yrd-pm", "长三角地区PM2.5浓度", "35微克/立方米", "PM2.5浓度为35微克/立方米", False),
     ("s-yrd-pm-d", "长三角地区PM2.5浓度同比下降", "14.6%", "同比下降14.6%", False),
     ("s-water", "地表水国控断面水质优良断面比例", "83.4%", "全国地表水国控断面水质优良（Ⅰ~Ⅲ类）断面比例为83.4%", False),
     ("s-water-d", "水质优良断面比例同比上升", "8.5个百分点", "同比上升8.5个百分点", False),
     ("s-v", "劣Ⅴ类断面比例", "0.6%", "劣Ⅴ类断面比例为0.6%", False),
     ("s-v-d", "劣Ⅴ类断面比例同比下降", "2.8个百分点", "同比下降2.8个百分点", False),
     ("s-eco", "生态质量优和良的县域面积占国土面积比例", "46.6%", "2020年全国生态质量优和良的县域面积占国土面积的46.6%", False),
     ("s-waste", "城市生活垃圾无害化处理能力", "89.77万吨/日", "全国城市生活垃圾无害化处理能力89.77万吨/日", False),
     ("s-waste-r", "无害化处理率", "99.32%", "无害化处理率99.32%", False),
     ("s-energy", "全国能源消费总量", "49.8亿吨标准煤", "2020年全国能源消费总量49.8亿吨标准煤", False),
     ("s-energy-d", "能源消费总量比2019年增长", "2.2%", "比2019年增长2.2%", False),
     ("s-coal", "煤炭消费量增长", "0.6%", "煤炭消费量增长0.6%", False),
     ("s-oil", "原油消费量增长", "3.3%", "原油消费量增长3.3%", False),
     ("s-gas", "天然气消费量增长", "7.2%", "天然气消费量增长7.2%", False),
     ("s-power", "电力消费量增长", "3.1%", "电力消费量增长3.1%", False)]
for id, l, v, e, opt in S:
    ent(id, "Statistic", l, value=v, evidence=ev(e), optional=opt)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
