"""Gold annotation of forum-hangzhou-digital-ecology-long-2022 (2022首届全球数字生态大会圆满举办，共话数字产业发展之道), by hand per shared/eval/ANNOTATE.md."""
ID = "forum-hangzhou-digital-ecology-long-2022"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
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
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=(), opt_tech=()):
    """a Goal; evidence defaults to the sentence stating it; by = proposers, body = hasGoal subjects"""
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    e = ev(evidence) if evidence else sent(label)
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=optional, evidence=e)
    for p in by: rel(p, "proposes", id, optional=optional)
    for p in opt_by: rel(p, "proposes", id, optional=True)
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)
    for t in tech: rel(id, "involvesTechnology", t, optional=optional)
    for t in opt_tech: rel(id, "involvesTechnology", t, optional=True)

def stat(id, label, value, evidence, optional=False):
    assert value in evidence or re.sub(r"[^0-9.]", "", value) in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=ev(evidence), optional=optional)

# Events, places, documents
ent("eco", "Event", "2022首届全球数字生态大会", ["数字生态大会"])
ent("expo", "Event", "全球数字贸易博览会", ["数贸会", "首届数贸会"])
ent("sub1", "Event", "数字应用与技术", optional=True)  # 分论坛
ent("sub2", "Event", "数字全球化", optional=True)      # 分论坛
ent("hz", "Place", "杭州")
ent("venue", "Place", "杭州国际博览中心", optional=True)
ent("zj", "Place", "浙江省", ["浙江"])
ent("yrd", "Place", "长三角地区")
ent("ftz", "Place", "浙江自贸试验区", optional=True)
ent("china", "Place", "中国", ["国内"], optional=True)
for id, l in [("nz", "新西兰"), ("my", "马来西亚"), ("th", "泰国"), ("nl", "荷兰"), ("eg", "埃及"), ("be", "比利时")]:
    ent(id, "Place", l)
for e in ("eco", "expo"):
    rel(e, "locatedIn", "hz")
    rel(e, "locatedIn", "venue", optional=True)
ent("ftz-plan", "Document", "浙江自贸试验区扩区方案")
ent("deal", "Document", "“全球数贸通”战略合作协议")
# Bodies
ent("hz-gov", "Agency", "杭州市人民政府")
ent("zj-com", "Agency", "浙江省商务厅")
ent("hz-com", "Agency", "杭州市商务局")
ent("zj-gov", "Agency", "浙江省人民政府")
ent("mofcom", "Agency", "商务部")
ent("mofcom-trade", "Agency", "商务部外贸发展事务局")
rel("mofcom-trade", "subOrganizationOf", "mofcom")
ent("sc", "Agency", "国务院")
ent("cpc", "Agency", "党中央")
rel("ftz-plan", "publishedBy", "sc")
ent("4hou", "Organization", "嘶吼")
ent("informa", "Organization", "英富曼集团", ["英富曼"])
ent("hzexpo", "Organization", "杭州会展集团")
ent("cae", "Organization", "中国工程院")
ent("zju", "Organization", "浙江大学")
ent("zju-ibs", "Organization", "浙江大学国际联合商学院")
rel("zju-ibs", "subOrganizationOf", "zju")
ent("rae", "Organization", "英国皇家工程院")
ent("ae", "Organization", "欧洲科学院")
ent("csa", "Organization", "国际云安全联盟大中华区研究院")
ent("infosys", "Organization", "印孚瑟斯")
ent("sap", "Organization", "SAP")
# People: (id, name, [(body, post, optional)], speaksAt optional?)
P = [("hu", "胡真舫", [("zj-com", "副厅长", False)], False),
     ("xu", "徐青山", [("hz-gov", "副秘书长", False)], False),
     ("gong", "龚康康", [("informa", "亚洲副总裁兼中国区董事总经理", False)], False),
     ("li", "李健", [("hzexpo", "董事长、总经理", False)], True),   # signed on stage, no speech reported
     ("tan", "谭建荣", [("zju", "求是特聘教授、博士生导师", True)], False),  # 院士, 教授: honorary
     ("bill", "Bill Roscue", [], False),
     ("ben", "贲圣林", [("zju-ibs", "院长", False)], False),
     ("jia", "贾良玉", [("csa", "副院长", False)], False),
     ("kaul", "Prabhat Kaul", [("infosys", "全球副总裁", False)], False),
     ("hube", "Andreas Hube", [("sap", "前全球副总裁", True)], False)]  # former post
for id, n, posts, opt in P:
    ent(id, "Person", n)
    for org, post, o in posts:
        rel(id, "holdsPost", org, post=post, optional=o)
    rel(id, "speaksAt", "eco", optional=opt)
# Technologies
ent("bc", "Technology", "区块链")
ent("ai", "Technology", "人工智能")
for id, l in [("fintech", "金融科技"), ("ecom", "电子商务"), ("digitech", "数字技术"), ("aiot", "智能物联"), ("digisec", "数字安全")]:
    ent(id, "Technology", l, optional=True)
# Statistics
stat("st-spk", "境内外演讲嘉宾", "20余位", "大会邀请到境内外20余位演讲嘉宾和超300位专业观众线下参会")
stat("st-aud", "线下参会专业观众", "超300位", "大会邀请到境内外20余位演讲嘉宾和超300位专业观众线下参会")
stat("st-ctry", "同步云参会观众来自国家数", "30多个", "30多个国家的观众通过国内外直播平台同步云参会")
stat("st-inf-c", "英富曼全球覆盖国家和地区", "30多个", "英富曼全球30多个国家和地区、15大行业领域的产业资源", optional=True)
stat("st-inf-i", "英富曼行业领域", "15大", "英富曼全球30多个国家和地区、15大行业领域的产业资源", optional=True)

# Goals
HOSTS = ["hz-gov", "zj-com"]
# the conference's aims (its hosts: optional hasGoal)
c = lines[3].split("。")[1]
goal("c1", "汇聚行业优秀人才", c, opt_body=HOSTS)
goal("c2", "促进行业充分交流合作", c, opt_body=HOSTS)   # restated in the last line: 促进行业上下游充分交流合作
goal("c3", "推动中国数字生态健康、繁荣和有序发展", c, opt_body=HOSTS)
goal("c4", "共同开拓国际数字生态领域的深度交流与合作", c, opt_body=HOSTS)
goal("c5", "充分发挥长三角地区",  # a means clause of c2 (restated): optional
     "大会充分发挥长三角地区在数字技术、电子商务、人工智能、金融科技等诸多领域的人才集聚优势和产业基础优势",
     optional=True, opt_tech=["ai", "ecom", "fintech", "digitech"])
# 胡真舫 (浙江省商务厅)
goal("h1", "助力打造“数字自贸区”金名片", by=["hu"], body=["zj-com"])
# 徐青山 (杭州市人民政府)
x = "也期待数字生态大会作为行业创新大会，能持续为企业数字化转型发展和境内外企业交流合作赋能，成为具有深远国际影响的交流合作平台"
goal("x1", "持续为企业数字化转型发展和境内外企业交流合作赋能", x, by=["xu"], body=["hz-gov"])
goal("x2", "成为具有深远国际影响的交流合作平台", x, by=["xu"], body=["hz-gov"])
# 龚康康 (英富曼集团)
k = "并表示希望借助此次与杭州会展集团的相关合作，共同探索把英富曼全球30多个国家和地区、15大行业领域的产业资源对接到杭州，以更多场景化的方式助力杭州成为全球数字生态建设的高地和示范区"
goal("k1", "产业资源对接到杭州", k, by=["gong"], body=["informa"])
goal("k2", "助力杭州成为全球数字生态建设的高地和示范区", k, by=["gong"], body=["informa"])
# the two parties to the agreement (双方将…; the plan will …)
BOTH = ["hzexpo", "informa"]
goal("g0", "“全球数贸通”计划", "双方将借助“全球数贸通”计划", optional=True, opt_body=BOTH)
s = "双方将借助“全球数贸通”计划，整合全球贸易资源，助力产业贸易拓展通达全球，推动传统产业数字化转型升级，推进线下与线上深度融合"
for id, l in [("s1", "整合全球贸易资源"), ("s2", "助力产业贸易拓展通达全球"), ("s3", "推动传统产业数字化转型升级"), ("s4", "推进线下与线上深度融合")]:
    goal(id, l, s, body=BOTH, opt_body=["deal"])
p = "“全球数贸通”计划将重点围绕浙江省优势产业资源和行业需求，包括生物医药、高端装备、智能物联等新兴发展产业，为企业提供一体化产业贸易拓展解决方案，助力浙江打造全球数字贸易中心，助力杭州打造数字贸易中心城市"
goal("p1", "为企业提供一体化产业贸易拓展解决方案", p, body=BOTH, opt_tech=["aiot"])
goal("p2", "助力浙江打造全球数字贸易中心", p, body=BOTH)
goal("p3", "助力杭州打造数字贸易中心城市", p, body=BOTH)
for b in BOTH:
    rel(b, "promotes", "aiot", optional=True)
# the keynote session's topic
goal("t1", "推动数字生态和数字经济的健康发展", optional=True)
# the expo, as a task of the State Council's plan
goal("e1", "打造国家级全球数字贸易交流平台和数字经济成果展示窗口", optional=False, opt_body=["sc", "ftz-plan"])

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
