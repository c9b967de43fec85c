"""Gold annotation of workreport-jilin-2018 (吉林省代省长景俊海作政府工作报告今年重点实施十个方面35项民生实事), by hand per shared/eval/ANNOTATE.md."""
ID = "workreport-jilin-2018"
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
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

ent("deaj", "Organization", "东亚经贸新闻")
ent("yunda", "Organization", "韵达集团")
ent("jing", "Person", "景俊海")
ent("jl-gov", "Agency", "吉林省人民政府", ["省政府"], optional=True)
rel("jing", "holdsPost", "jl-gov", post="代省长", optional=True)
ent("npc-jl", "Event", "吉林省第十三届人民代表大会次会议")
rel("jing", "speaksAt", "npc-jl")
ent("report", "Document", "政府工作报告", ["省政府工作报告"])
rel("report", "publishedBy", "jl-gov", optional=True)
ent("jilin", "Place", "吉林", ["吉林省"])
ent("gzl", "Place", "公主岭")
ent("bigdata", "Technology", "大数据")
ent("ecom", "Technology", "电子商务", optional=True)
G = [("m1", "重点实施十个方面35项民生实事", "今年将重点实施十个方面35项民生实事", False, True),
     ("m2", "让人民群众得到更多实惠", "让人民群众得到更多实惠", False, True),
     ("t1", "地区生产总值增长6%左右", "2018年,我省主要预期目标是:地区生产总值增长6%左右", False, False),
     ("t2", "地方级财政收入增长2%", "地方级财政收入增长2%", False, False),
     ("t3", "居民消费价格指数涨幅控制在3%左右", "居民消费价格指数涨幅控制在3%左右", False, False),
     ("t4", "单位GDP能耗下降2%左右", "单位GDP能耗下降2%左右", False, False),
     ("t5", "城乡居民收入与经济增长基本同步", "城乡居民收入与经济增长基本同步", False, False),
     ("t6", "城镇新增就业45万人", "城镇新增就业45万人", False, False),
     ("t7", "城镇登记失业率控制在4.5%以内", "城镇登记失业率控制在4.5%以内", False, False),
     ("t8", "城镇调查失业率保持稳中有降态势", "城镇调查失业率保持稳中有降态势", False, False),
     ("c1", "大力培育品质消费、服务消费、绿色消费等热点", "大力培育品质消费、服务消费、绿色消费等热点", False, False),
     ("c2", "开展市场化发展养老、健康等“五大幸福产业”试点", "开展市场化发展养老、健康等“五大幸福产业”试点", False, False),
     ("c3", "发展新型消费业态", "发展新型消费业态", False, False),
     ("c4", "搞好文化消费等试点", "搞好文化消费等试点", False, False),
     ("c5", "促进大数据等信息消费", "促进大数据等信息消费", False, False),
     ("c6", "推进电子商务进农村进社区“双进工程”", "推进电子商务进农村进社区“双进工程”", False, False),
     ("c7", "实施“百兆乡村”示范", "实施“百兆乡村”示范", False, False),
     ("c8", "启动韵达集团吉林快递电商总部(公主岭)基地等项目", "启动韵达集团吉林快递电商总部(公主岭)基地等项目", False, False),
     ("c9", "全省电子商务交易额增长30%以上", "全省电子商务交易额增长30%以上", False, False)]
for id, l, e, opt, said in G:
    goal(id, l, e, optional=opt)
    rel("report", "hasGoal", id)
    rel("jing", "proposes", id, optional=not said)
    rel("jl-gov", "hasGoal", id, optional=True)
rel("c5", "involvesTechnology", "bigdata")
rel("c6", "involvesTechnology", "ecom", optional=True)
rel("c9", "involvesTechnology", "ecom", optional=True)
rel("jl-gov", "promotes", "bigdata", optional=True)
S = [("s1", "2012年地区生产总值", "11939.2亿元", "地区生产总值从2012年的11939.2亿元增加到2017年的15288.9亿元", False),
     ("s2", "2017年地区生产总值", "15288.9亿元", "地区生产总值从2012年的11939.2亿元增加到2017年的15288.9亿元", False),
     ("s3", "跨越的千亿元台阶", "4个", "跨越4个千亿元台阶", True),
     ("s4", "累计完成重大民生实事", "200余项", "累计完成200余项重大民生实事", False),
     ("s5", "投入民生资金", "12981亿元", "投入民生资金12981亿元", False),
     ("s6", "2017年地区生产总值增长", "5.3%", "2017年,吉林省地区生产总值增长5.3%", False),
     ("s7", "兑现承诺的民生实事", "28件", "全部兑现承诺的28件民生实事", False),
     ("s8", "城镇居民人均可支配收入增长", "6.7%", "城镇居民人均可支配收入增长6.7%", False),
     ("s9", "农民人均可支配收入增长", "6.8%", "农民人均可支配收入增长6.8%", False),
     ("s10", "城镇新增就业", "53.2万人", "城镇新增就业53.2万人", False),
     ("s11", "城镇新增就业完成年度计划", "106.4%", "完成年度计划的106.4%", False)]
for id, l, v, e, opt in S:
    stat(id, l, v, e, optional=opt)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
