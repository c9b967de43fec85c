"""Gold annotation of speech-pku-chongqing-long-2021 (重庆专访 | 中科院院士、北京大学副校长张平文：重庆打造数字生态 要围绕产业建创新链), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-pku-chongqing-long-2021"
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

ent("pku", "Organization", "北京大学", ["北大"])
ent("lab", "Organization", "北京大学大数据分析与应用技术国家工程实验室")
rel("lab", "subOrganizationOf", "pku")
ent("inst", "Organization", "北京大学重庆大数据研究院")
rel("inst", "subOrganizationOf", "pku")
ent("cas", "Organization", "中国科学院", ["中科院", "科学院"])
ent("thu", "Organization", "清华")
ent("huawei", "Organization", "华为")
ent("cma-cq", "Agency", "重庆气象局")
ent("math", "Organization", "重庆国家应用数学中心", ["国家应用数学中心"])
ent("show", "Organization", "重庆专访", optional=True)
ent("zhang", "Person", "张平文")
rel("zhang", "holdsPost", "pku", post="副校长")
ent("bing", "Person", "邴吉")
ent("xi", "Person", "习主席", optional=True)
ent("index", "Document", "数字生态指数2021", ["数字生态指数报告"])
rel("index", "publishedBy", "lab")
ent("olympics", "Event", "冬奥会")
for id, l in [("cq", "重庆"), ("bj", "北京"), ("cd", "成都"), ("sz", "深圳"), ("sh", "上海")]:
    ent(id, "Place", l)
ent("cy", "Place", "成渝", optional=True)
ent("wsc", "Place", "西部科学城", optional=True)
ent("bigdata", "Technology", "大数据")
ent("weather", "Technology", "智慧天气预报", optional=True)
ent("digi", "Technology", "数字化", optional=True)
rel("inst", "promotes", "bigdata", optional=True)

G = [("g1", "重庆应该学习深圳", "所以，我就说重庆应该学习深圳，成都应该学上海", False, None),
     ("g2", "成都应该学上海", "所以，我就说重庆应该学习深圳，成都应该学上海", False, None),
     ("g3", "创新链要跟产业链对接", "最重要的一个，对我们来说，就是创新链要跟产业链对接", False, None),
     ("g4", "企业的人要跟我们研究院科研的人，要融合在一起", "企业的人要跟我们研究院科研的人，要融合在一起，对接", False, "inst"),
     ("g5", "不同领域的人才要融合在一起", "不同领域的人才要融合在一起，不断地碰撞，有新的想法，新的办法，能够使得各自的能力得到提升，使得企业整个的价值重构", True, None),
     ("g6", "建立一个智慧天气预报的实验室", "明天上午的话，我要去重庆气象局，要建立一个智慧天气预报的实验室", False, "inst"),
     ("g7", "服务于未来重庆的天气预报", "然后我们跟重庆气象局一结合，可以服务于未来重庆的天气预报", True, "inst"),
     ("g8", "围绕着产业来建这个创新链", "要围绕着产业来建这个创新链，最终是希望重庆这个地方，自己能吸引中高端的人才，来为产业的提升贡献力量，这是最终的目的", False, None),
     ("g9", "吸引中高端的人才", "最终是希望重庆这个地方，自己能吸引中高端的人才，来为产业的提升贡献力量", False, None),
     ("g10", "为产业的提升贡献力量", "最终是希望重庆这个地方，自己能吸引中高端的人才，来为产业的提升贡献力量", False, None),
     ("g11", "共建西部科学城", "共建西部科学城，就是来共建创新的能力", True, None),
     ("g12", "需要做数学的人深入到企业里面去", "需要做数学的人深入到企业里面去，跟他们一起来做这样的事", True, None),
     ("g13", "解决国家特别主要是国防和企业里面出现的一些问题", "希望做应用数学的这些专家，真正去解决国家特别主要是国防和企业里面出现的一些问题，特别是数学问题", True, "math")]
for id, l, e, opt, body in G:
    goal(id, l, e, optional=opt)
    rel("zhang", "proposes", id, optional=opt)
    if body:
        rel(body, "hasGoal", id, optional=opt)
    if body != "math":
        rel("pku", "hasGoal", id, optional=True)
rel("g6", "involvesTechnology", "weather", optional=True)
rel("inst", "promotes", "weather", optional=True)

stat("s1", "数字生态指数分指数", "23项", "用总指数和23项分指数", optional=True)
stat("s2", "刻画的省级行政区", "31个", "全面刻画了2020年全国31个省级行政区(不包含港澳台地区)，以及300多个重点城市的数字生态情况", optional=True)
stat("s3", "刻画的重点城市", "300多个", "全面刻画了2020年全国31个省级行政区(不包含港澳台地区)，以及300多个重点城市的数字生态情况", optional=True)
stat("s4", "北京大学重庆大数据研究院全职人员", "80多人", "现在已经有全职的80多人了")
stat("s5", "全职人员中有硕士学位的比例", "70%", "而且这80多人，其中70%是有硕士学位的")
stat("s6", "重庆建立的合作机构", "100多个", "它不是建立了100多个这样的机构吗？", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
