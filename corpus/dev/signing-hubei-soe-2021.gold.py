"""Gold annotation of signing-hubei-soe-2021 (湖北省政府与9家央企签订战略合作协议 王晓东出席), by hand per shared/eval/ANNOTATE.md."""
ID = "signing-hubei-soe-2021"
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

def goal(id, label, evidence, optional=False):
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    assert label in evidence, (label, evidence)
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

ent("hb-gov", "Agency", "湖北省政府", ["省政府"])
ent("hb-cpc", "Agency", "湖北省委", ["省委"])
ent("hbdaily", "Organization", "湖北日报")
C = [("sinochem", "中国中化集团"), ("chemchina", "中国化工集团"), ("avic", "中国航空工业集团"),
     ("cnooc", "中国海洋石油集团"), ("cecep", "中国节能环保集团"), ("crcc", "中国铁道建筑集团"),
     ("cccc", "中国交通建设集团"), ("ceec", "中国能源建设集团"), ("cncec", "中国化学工程集团")]
for id, l in C:
    ent(id, "Organization", l)
ent("hubei", "Place", "湖北", ["鄂"])
ent("wuhan", "Place", "武汉")
ent("ceremony", "Event", "签约仪式", optional=True)
rel("ceremony", "locatedIn", "wuhan", optional=True)
ent("agreement", "Document", "战略合作协议", optional=True)
rel("agreement", "publishedBy", "hb-gov", optional=True)
ent("wangxd", "Person", "王晓东"); rel("wangxd", "holdsPost", "hb-cpc", post="副书记"); rel("wangxd", "holdsPost", "hb-gov", post="省长")
ent("caogj", "Person", "曹广晶"); rel("caogj", "holdsPost", "hb-gov", post="副省长")
P = [("ninggn", "宁高宁", "sinochem", "党组书记、董事长"), ("luorh", "罗荣怀", "avic", "党组副书记、总经理"),
     ("hugj", "胡广杰", "cnooc", "党组成员、副总经理"), ("songx", "宋鑫", "cecep", "党委书记、董事长"),
     ("wangjp", "汪建平", "crcc", "党委书记、董事长"), ("wangtz", "王彤宙", "cccc", "党委书记、董事长"),
     ("songhl", "宋海良", "ceec", "党委书记、董事长"), ("liujq", "刘家强", "cncec", "党委副书记、总经理")]
for id, n, o, post in P:
    ent(id, "Person", n); rel(id, "holdsPost", o, post=post)
rel("ninggn", "holdsPost", "chemchina", post="党委书记、董事长")
ent("xi", "Person", "习近平", optional=True)
for id, n in [("zhangah", "张爱虎"), ("zhousc", "周三春"), ("lixl", "李小龙")]:
    ent(id, "Person", n)
rel("zhangah", "holdsPost", "hbdaily", post="记者", optional=True)
rel("zhousc", "holdsPost", "hbdaily", post="记者", optional=True)
stat("s-inv", "9家央企“十四五”期间在鄂战略协议投资额", "7000亿元", "此次签约的9家央企“十四五”期间在鄂战略协议投资额超7000亿元")
# continuing aims of the central SOEs (持续…), stated of 央企 in general
goal("c1", "助力湖北疫后重振和高质量发展", "助力湖北疫后重振和高质量发展", optional=True)
goal("c2", "加大在湖北的战略布局和项目投资力度", "持续加大在湖北的战略布局和项目投资力度", optional=True)
goal("c3", "落实习近平总书记关于对湖北“搭把手、拉一把”重要指示精神", "央企积极落实习近平总书记关于对湖北“搭把手、拉一把”重要指示精神", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
