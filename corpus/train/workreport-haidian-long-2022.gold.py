"""Gold annotation of workreport-haidian-long-2022 (下一个破万亿的，可能是这个区：靠科研起家，GDP占北京的1/4), by hand per shared/eval/ANNOTATE.md."""
ID = "workreport-haidian-long-2022"
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

# Places
ent("hd", "Place", "海淀", ["海淀区"])
ent("bj", "Place", "北京", ["北京市"])
ent("pudong", "Place", "上海浦东新区", ["浦东"])
ent("sz", "Place", "深圳")
ent("zgc", "Place", "中关村", ["中关村地区"])
ent("zgc-park", "Place", "中关村科技园区")
ent("hd-park", "Place", "海淀园", optional=True)
ent("testzone", "Place", "北京市新技术产业开发试验区")
ent("xyl", "Place", "学院路")
for id, l in [("byl", "白颐路"), ("zgcl", "中关村路"), ("dxc", "东西城区")]:
    ent(id, "Place", l, optional=True)
ent("china", "Place", "全国", optional=True)
# Agencies, organizations
ent("hd-gov", "Agency", "海淀区人民政府")
ent("mofcom", "Agency", "商务部")
ent("caitec", "Agency", "商务部研究院")
rel("caitec", "subOrganizationOf", "mofcom")
ent("caitec-im", "Agency", "国际市场研究所", ["商务部研究院国际市场研究所"])
rel("caitec-im", "subOrganizationOf", "caitec")
ent("bai", "Person", "白明")
rel("bai", "holdsPost", "caitec-im", post="副所长")
ent("time", "Organization", "时代周报")
ent("muc", "Organization", "中央民族大学")
ent("muc-j", "Organization", "新闻与传播学院", ["中央民族大学新闻与传播学院"])
rel("muc-j", "subOrganizationOf", "muc")
ent("guo", "Person", "郭全中")
ent("cas", "Organization", "中国科学院", ["中科院"])
ent("iop", "Organization", "中科院物理研究所")
rel("iop", "subOrganizationOf", "cas")
ent("chen", "Person", "陈春先")
rel("chen", "holdsPost", "iop", post="研究员", optional=True)
ent("plasma", "Organization", "北京等离子体学会先进技术发展服务部")
ent("plasma-soc", "Organization", "北京等离子体学会", optional=True)
rel("plasma", "subOrganizationOf", "plasma-soc", optional=True)
for id, l, al in [("pku", "北京大学", ["北大"]), ("thu", "清华大学", ["清华"]), ("ruc", "中国人民大学", []),
                  ("cau", "中国农业大学", []), ("bjfu", "北京林业大学", []), ("cugb", "中国地质大学（北京）", []),
                  ("blcu", "北京语言大学", []), ("ustb", "北京科技大学", []), ("cumtb", "中国矿业大学（北京）", []),
                  ("xdf", "新东方", []), ("tal", "好未来", []), ("gaotu", "高途", []), ("youdao", "网易有道", [])]:
    ent(id, "Organization", l, al)
ent("centaline", "Organization", "北京中原", optional=True)
ent("yu", "Person", "俞敏洪")
rel("yu", "holdsPost", "xdf", post="创始人", optional=True)
# Events, documents
ent("npc", "Event", "海淀区十七届人大一次会议")
rel("npc", "locatedIn", "hd", optional=True)
ent("census", "Event", "第七次人口普查", optional=True)
ent("report", "Document", "海淀区2022年政府工作报告")
rel("report", "publishedBy", "hd-gov", optional=True)
ent("book", "Document", "海淀史地丛书（四）", optional=True)
ent("shuangjian", "Document", "“双减”政策", optional=True)

# Goals
goal("g1", "GDP超过1万亿元", "在海淀区十七届人大一次会议上，海淀区提出了2022年的目标：GDP超过1万亿元，增长6%以上。")
goal("g2", "增长6%以上", "在海淀区十七届人大一次会议上，海淀区提出了2022年的目标：GDP超过1万亿元，增长6%以上。")
for g in ("g1", "g2"):
    rel("report", "hasGoal", g)
    rel("hd-gov", "hasGoal", g, optional=True)
goal("g3", "成为北京首个GDP破万亿元的市辖区", "海淀区将在2022年跨进万亿，成为北京首个GDP破万亿元的市辖区", optional=True)
rel("hd-gov", "hasGoal", "g3", optional=True)
P = [("p1", "经济总量将在北京全市16区中率先突破万亿元大关", "“十四五”期间，经济总量将在北京全市16区中率先突破万亿元大关，经济高质量发展持续走在全市最前列", False),
     ("p2", "经济高质量发展持续走在全市最前列", "“十四五”期间，经济总量将在北京全市16区中率先突破万亿元大关，经济高质量发展持续走在全市最前列", False),
     ("p3", "经济总量首次迈上1万亿元大台阶", "预计到2023年，经济总量首次迈上1万亿元大台阶", False),
     ("p4", "经济总量将突破1.2万亿元", "2025年，经济总量将突破1.2万亿元", False)]
for id, l, e, opt in P:
    goal(id, l, e, optional=opt)
    rel("hd-gov", "hasGoal", id, optional=True)
goal("b1", "多新建人才公寓", "对此，他建议多新建人才公寓，为解决后顾之忧。")
rel("bai", "proposes", "b1")
goal("b2", "为解决后顾之忧", "对此，他建议多新建人才公寓，为解决后顾之忧。", optional=True)
rel("bai", "proposes", "b2", optional=True)

# Statistics: (id, label, value, evidence, optional)
S = [("s1", "北京2021年GDP", "4万亿", "在北京宣布2021年GDP超过4万亿之前", True),
     ("s2", "海淀区辖区面积", "431平方公里", "该辖区面积431平方公里", False),
     ("s3", "每平方公里产出GDP", "23.2亿元", "这里每平方公里的土地，就能产出23.2亿元GDP", False),
     ("s4", "2020年北京市GDP", "36102.6亿元", "2020年，北京市GDP为36102.6亿元，同比增长1.2%", False),
     ("s5", "2020年北京市GDP增长", "1.2%", "2020年，北京市GDP为36102.6亿元，同比增长1.2%", False),
     ("s6", "2020年海淀区GDP", "8504.6亿元", "其中海淀区GDP为8504.6亿元，占北京市总量的23.56%，同比增长5.9%", False),
     ("s7", "海淀区GDP占北京市总量", "23.56%", "其中海淀区GDP为8504.6亿元，占北京市总量的23.56%，同比增长5.9%", False),
     ("s8", "2020年海淀区GDP增长", "5.9%", "其中海淀区GDP为8504.6亿元，占北京市总量的23.56%，同比增长5.9%", False),
     ("s9", "2021年前三季度海淀区GDP", "7146.8亿元", "前三季度，海淀区GDP为7146.8亿元，同比增长12.9%，高出北京市2.2个百分点", False),
     ("s10", "2021年前三季度海淀区GDP增长", "12.9%", "前三季度，海淀区GDP为7146.8亿元，同比增长12.9%，高出北京市2.2个百分点", False),
     ("s11", "海淀GDP增速高出北京市", "2.2个百分点", "前三季度，海淀区GDP为7146.8亿元，同比增长12.9%，高出北京市2.2个百分点", False),
     ("s12", "2021年海淀GDP（预计）", "9500亿元", "2021年GDP预计增至9500亿元", False),
     ("s13", "1984年底中关村地区新技术企业", "69家", "到1984年底，中关村地区陆续建立新技术企业近69家", False),
     ("s14", "北京市新技术产业开发试验区面积", "100平方公里", "海淀区获批在境内划出100平方公里区域", False),
     ("s15", "信息、科研、金融业增加值占海淀GDP", "70%", "信息、科研、金融业增加值占海淀GDP的70%以上", False),
     ("s16", "2021年高新技术企业收入", "3.4万亿元", "2021年，高新技术企业收入预计3.4万亿元，占北京市的40%以上，增长14%，五年年均增长13.1%", False),
     ("s17", "高新技术企业收入占北京市", "40%", "2021年，高新技术企业收入预计3.4万亿元，占北京市的40%以上，增长14%，五年年均增长13.1%", False),
     ("s18", "高新技术企业收入增长", "14%", "2021年，高新技术企业收入预计3.4万亿元，占北京市的40%以上，增长14%，五年年均增长13.1%", False),
     ("s19", "高新技术企业收入五年年均增长", "13.1%", "2021年，高新技术企业收入预计3.4万亿元，占北京市的40%以上，增长14%，五年年均增长13.1%", False),
     ("s20", "软件和信息服务业收入", "1.3万亿元", "软件和信息服务业收入预计1.3万亿元，五年年均增长17%", False),
     ("s21", "软件和信息服务业收入五年年均增长", "17%", "软件和信息服务业收入预计1.3万亿元，五年年均增长17%", False),
     ("s22", "数字产业化增加值占GDP", "50%", "数字产业化增加值占GDP的50%", False),
     ("s23", "累计新增国家高新技术企业", "4504家", "累计新增国家高新技术企业4504家，现有10604家，占北京市的37%", False),
     ("s24", "现有国家高新技术企业", "10604家", "累计新增国家高新技术企业4504家，现有10604家，占北京市的37%", False),
     ("s25", "国家高新技术企业占北京市", "37%", "累计新增国家高新技术企业4504家，现有10604家，占北京市的37%", False),
     ("s26", "2020年第三产业增加值", "7823.0亿元", "2020年实现增加值7823.0亿元，占全区经济总量的91.99%", False),
     ("s27", "第三产业占全区经济总量", "91.99%", "2020年实现增加值7823.0亿元，占全区经济总量的91.99%", False),
     ("s28", "海淀高等院校", "83所", "海淀拥有高等院校83所", False),
     ("s29", "北京211高校", "26所", "在北京共26所的211高校中", False),
     ("s30", "海淀人口", "313万", "人口仅313万、占全市总人口比重约14.3%的海淀独占15所", False),
     ("s31", "海淀人口占全市总人口比重", "14.3%", "人口仅313万、占全市总人口比重约14.3%的海淀独占15所", False),
     ("s32", "海淀211高校", "15所", "人口仅313万、占全市总人口比重约14.3%的海淀独占15所", False),
     ("s33", "清华北大2020年录取本科生", "7173名", "在2020年总共录取了7173名本科生，海淀就有479人上榜", False),
     ("s34", "海淀考生被清华北大录取", "479人", "在2020年总共录取了7173名本科生，海淀就有479人上榜", False),
     ("s35", "每10万人中拥有大学文化程度的人数", "56451人", "海淀每10万人中拥有大学文化程度的为56451人，文盲率仅为0.5%", False),
     ("s36", "文盲率", "0.5%", "海淀每10万人中拥有大学文化程度的为56451人，文盲率仅为0.5%", False),
     ("s37", "拥有大学文化程度的人口", "177万人", "拥有大学（指大专及以上）文化程度的人口为177万人，占比约为56.5%", False),
     ("s38", "大学文化程度人口占比", "56.5%", "拥有大学（指大专及以上）文化程度的人口为177万人，占比约为56.5%", False),
     ("s39", "2020年专利申请量", "9.5万件", "2020年，海淀区专利申请量与授权量分别为9.5万件和6.1万件", False),
     ("s40", "2020年专利授权量", "6.1万件", "2020年，海淀区专利申请量与授权量分别为9.5万件和6.1万件", False),
     ("s41", "登记技术合同", "5.7万项", "登记技术合同5.7万项，技术合同成交总额2040.1亿元", False),
     ("s42", "技术合同成交总额", "2040.1亿元", "登记技术合同5.7万项，技术合同成交总额2040.1亿元", False),
     ("s43", "科研院所", "138家", "区内聚集了以中国科学院为代表的科研院所138家、国家级工程研究中心29家、国家级重点实验室73家，两院院士582名", False),
     ("s44", "国家级工程研究中心", "29家", "区内聚集了以中国科学院为代表的科研院所138家、国家级工程研究中心29家、国家级重点实验室73家，两院院士582名", False),
     ("s45", "国家级重点实验室", "73家", "区内聚集了以中国科学院为代表的科研院所138家、国家级工程研究中心29家、国家级重点实验室73家，两院院士582名", False),
     ("s46", "两院院士", "582名", "区内聚集了以中国科学院为代表的科研院所138家、国家级工程研究中心29家、国家级重点实验室73家，两院院士582名", False),
     ("s47", "两院院士约占北京市", "60%", "两院院士582名（约占北京市的60%，全国的37%）", False),
     ("s48", "两院院士约占全国", "37%", "两院院士582名（约占北京市的60%，全国的37%）", False),
     ("s49", "2020年海淀教育产业产值", "791.7亿元", "2020年，海淀把教育产业的产值做到了约791.7亿元", False),
     ("s50", "新东方捐赠桌椅", "8万", "新东方将8万桌椅捐赠给了乡村学校", True),
     ("s51", "2020年海淀新房平均价", "7.5万元/平方米", "2020年，海淀新房平均价仅7.5万元/平方米，2021年达到8.2万元/平方米，年涨幅接近10%", False),
     ("s52", "2021年海淀新房平均价", "8.2万元/平方米", "2020年，海淀新房平均价仅7.5万元/平方米，2021年达到8.2万元/平方米，年涨幅接近10%", False),
     ("s53", "海淀新房价格年涨幅", "10%", "2020年，海淀新房平均价仅7.5万元/平方米，2021年达到8.2万元/平方米，年涨幅接近10%", False),
     ("s54", "2021年海淀区成交新房", "4143套", "2021年，海淀区成交新房4143套，成交均价为81898元/平方米", False),
     ("s55", "2021年海淀区新房成交均价", "81898元/平方米", "2021年，海淀区成交新房4143套，成交均价为81898元/平方米", False),
     ("s56", "东西城区新房均价", "10万元", "仅次于东西城区的10万元均价", True),
     ("s57", "海淀区发展年数", "70年", "海淀区已经发展70年了", True),
     ("s58", "与陈春先一起创业的科技人员", "6名", "中科院物理研究所研究员陈春先与6名科技人员一起", True)]
for id, l, v, e, opt in S:
    stat(id, l, v, e, optional=opt)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
