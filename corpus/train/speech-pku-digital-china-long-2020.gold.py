"""Gold annotation of speech-pku-digital-china-long-2020 (张平文院士：为建设数字中国探明新方向开辟新路径), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-pku-digital-china-long-2020"
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

ent("people", "Organization", "人民网")
ent("lin", "Person", "林露")
ent("pku", "Organization", "北京大学")
ent("lab", "Organization", "北京大学大数据分析与应用技术国家工程实验室", ["国家工程实验室"])
rel("lab", "subOrganizationOf", "pku")
ent("cas", "Organization", "中国科学院", optional=True)
ent("zhang", "Person", "张平文")
rel("zhang", "holdsPost", "pku", post="副校长")
rel("zhang", "holdsPost", "lab", post="主任")
ent("platform", "Organization", "数字生态协同创新平台")
ent("index", "Document", "数字生态指数2020", ["数字生态指数"])
rel("index", "publishedBy", "lab")
rel("index", "publishedBy", "platform", optional=True)
for id, l in [("bj", "北京"), ("gd", "广东"), ("sh", "上海"), ("zj", "浙江"), ("sd", "山东"), ("fj", "福建"), ("js", "江苏"),
              ("hb", "湖北"), ("sc", "四川"), ("hen", "河南"), ("ah", "安徽"), ("tj", "天津"), ("gz", "贵州"), ("sx", "陕西"),
              ("hun", "湖南"), ("jx", "江西"), ("hlj", "黑龙江"), ("nmg", "内蒙古"), ("cq", "重庆"), ("nx", "宁夏"),
              ("heb", "河北"), ("hain", "海南"), ("shx", "山西"), ("ln", "辽宁")]:
    ent(id, "Place", l)
ent("china", "Place", "我国", optional=True)
T = {}
for id, l, al, opt in [("bigdata", "大数据", [], False), ("5g", "5G", [], False), ("iot", "物联网", [], False),
                       ("iiot", "工业互联网", [], False), ("satnet", "卫星互联网", [], False), ("ai", "人工智能", [], False),
                       ("cloud", "云计算", [], False), ("bc", "区块链", [], False), ("dc", "数据中心", [], True),
                       ("icc", "智能计算中心", [], True), ("newinfra", "新基建", [], True), ("ngit", "新一代信息技术", [], True),
                       ("digi", "数字化", [], True)]:
    ent(id, "Technology", l, al, optional=opt)
    T[id] = opt

def G(id, l, e=None, opt=False, bodies=(), obodies=(), who="zhang", owho=False, techs=()):
    goal(id, l, e, optional=opt)
    for b in bodies: rel(b, "hasGoal", id, optional=opt)
    for b in obodies: rel(b, "hasGoal", id, optional=True)
    if who: rel(who, "proposes", id, optional=opt or owho)
    for t in techs: rel(id, "involvesTechnology", t, optional=opt or T[t])

FUT = "未来，研究团队将继续完善数字生态理论体系构建、扩充数据来源、改进模型算法、增加实践案例总结等，为地方开展数字生态评估和企业数字化转型等提供重要参考，为建设数字中国探明新方向、开辟新路径。"
for id, l in [("f1", "完善数字生态理论体系构建"), ("f2", "扩充数据来源"), ("f3", "改进模型算法"), ("f4", "增加实践案例总结"),
              ("f5", "为地方开展数字生态评估和企业数字化转型等提供重要参考"), ("f6", "为建设数字中国探明新方向"), ("f7", "开辟新路径")]:
    G(id, l, FUT, bodies=["lab"])
G("p1", "持续对全国各地的数字生态进行监测评估", "通过汇聚数据、整合资源、合作共享、互惠共赢机制，持续对全国各地的数字生态进行监测评估，定期向社会公布数字生态指数", bodies=["platform"], obodies=["lab"], owho=True)
G("p2", "定期向社会公布数字生态指数", "持续对全国各地的数字生态进行监测评估，定期向社会公布数字生态指数", bodies=["platform"], obodies=["lab"], owho=True)
G("i1", "为相关政府部门提供决策支持", "能够监测国家、地方、产业等数字化发展与转型进展，为相关政府部门提供决策支持，助力国家工程实验室打造新型科技智库与社会服务平台", opt=True, obodies=["index", "lab"])
G("i2", "助力国家工程实验室打造新型科技智库与社会服务平台", "为相关政府部门提供决策支持，助力国家工程实验室打造新型科技智库与社会服务平台", opt=True, obodies=["index", "lab"])
G("r1", "探索多种发展模式", "在张平文看来，数字生态不应该唯GDP论，而是应该探索多种发展模式")
G("r2", "遵循生态差异化的发展战略", "各地需要在现况禀赋和结构基础之上，切合实际、因地制宜地遵循生态差异化的发展战略，准确定位需要融入的数字生态圈，并通过做大做强生态圈来发展自己")
G("r3", "准确定位需要融入的数字生态圈", "准确定位需要融入的数字生态圈，并通过做大做强生态圈来发展自己")
G("r4", "做大做强生态圈", "并通过做大做强生态圈来发展自己")
G("r5", "迈过的是数字能力这道“坎”", "在数字强省强市建设的过程中，首先要迈过的是数字能力这道“坎”")
G("r6", "在数字人才和数字创新领域需要各地有所突破", "尤其是在数字人才和数字创新领域需要各地有所突破")
G("r7", "迈过数字基础设施这道“坎”", "其次，要迈过数字基础设施这道“坎”")
G("r8", "加大对于5G、物联网、工业互联网", "以“新基建”为代表，各地仍需加大对于5G、物联网、工业互联网、卫星互联网等通信网络基础设施，人工智能、云计算、区块链等技术基础设施，以及数据中心、智能计算中心等算力基础设施的投资与建设",
  techs=("5g", "iot", "iiot", "satnet", "ai", "cloud", "bc", "dc", "icc", "newinfra"))
G("r9", "开展差异化的数字生态模式", "从宏观层面来看，各地区最好能开展差异化的数字生态模式，这样将有助于形成区域内循环")
G("r10", "形成区域内循环", "各地区最好能开展差异化的数字生态模式，这样将有助于形成区域内循环", opt=True)
G("r11", "完善跨省中循环", "理想的数字生态是优质省级小循环，完善跨省中循环，健康国内大循环，以及共赢国际外循环", opt=True)
for t in ("5g", "iot", "iiot", "satnet", "ai", "cloud", "bc"):
    rel("lab", "promotes", t, optional=True)
rel("lab", "promotes", "bigdata", optional=True)

stat("s1", "共同成立数字生态协同创新平台的机构", "14家", "联合具有全国代表性的互联网平台企业和高等院校等14家机构，共同成立“数字生态协同创新平台”")
stat("s2", "数字生态指数2020分指数", "15项", "由总指数和15项分指数构成")
stat("s3", "评估的省级行政区", "31个", "涉及2019年全国31个省级行政区(不包含港、澳、台地区)以及部分重点城市", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
