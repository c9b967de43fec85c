"""Gold annotation of forum-rcep-qingdao-long-2022 (打造区域协同科创共同体，RCEP国际产业合作峰会启幕), by hand per shared/eval/ANNOTATE.md."""
ID = "forum-rcep-qingdao-long-2022"
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

# Events, places, documents
ent("summit", "Event", "2022 RCEP国际产业合作峰会", ["RCEP国际产业合作峰会"])
ent("indforum", "Event", "峰会产业论坛", optional=True)
ent("qd", "Place", "青岛")
rel("summit", "locatedIn", "qd")
ent("sd", "Place", "山东", ["山东省"])
for id, l, al in [("my", "马来西亚", []), ("sg", "新加坡", []), ("th", "泰国", []), ("kr", "韩国", []), ("jp", "日本", [])]:
    ent(id, "Place", l, al, optional=id in ("kr", "jp"))
ent("asean", "Place", "东盟", optional=True)
ent("china", "Place", "中国", ["我国"], optional=True)
ent("nea", "Place", "东北亚", optional=True)
ent("gx", "Place", "广西", optional=True)
ent("rcep", "Document", "区域全面经济伙伴关系协定", ["RCEP协定", "RCEP"])
ent("qdplan", "Document", "落实＜区域全面经济伙伴关系协定＞先期行动计划实施方案")
# Agencies
ent("qd-com", "Agency", "青岛市商务局")
rel("qdplan", "publishedBy", "qd-com")
ent("cast", "Organization", "中国科协", optional=True)
ent("cast-c", "Agency", "中国科协科学技术传播中心")
rel("cast-c", "subOrganizationOf", "cast", optional=True)
ent("cast-c-tt", "Agency", "成果转化处", ["中国科协科学技术传播中心成果转化处"])
rel("cast-c-tt", "subOrganizationOf", "cast-c")
ent("mofcom", "Agency", "商务部")
ent("qd-trade", "Agency", "青岛市贸易发展服务中心")
ent("my-emb", "Agency", "马来西亚驻中国大使馆")
ent("aichi", "Agency", "日本爱知县经济产业局", ["爱知县经济产业局"])
# Organizations
ent("rcep-ic", "Organization", "RCEP产业合作委员会")
ent("iasp", "Organization", "国际科技园及创新区域协会", ["IASP"])
ent("tus", "Organization", "启迪控股股份有限公司", ["启迪控股"])
ent("tus-ne", "Organization", "启迪东北亚总部", ["启迪控股东北亚总部"])
rel("tus-ne", "subOrganizationOf", "tus")
ent("sdhall", "Organization", "山东会客厅")
ent("tusstar", "Organization", "启迪之星")
for id, l in [("tusstar-qd", "启迪之星（青岛）"), ("tusstar-my", "启迪之星（马来西亚）"), ("tusstar-sg", "启迪之星（新加坡）")]:
    ent(id, "Organization", l)
    rel(id, "subOrganizationOf", "tusstar", optional=True)
ent("tus-th", "Organization", "泰国启迪伟华中心")
ent("tus-cj", "Organization", "启迪中日跨境创新平台")
ent("ccoic", "Organization", "中国国际商会")
ent("ccoic-sd", "Organization", "中国国际商会可持续发展委员会", ["可持续发展委员会"])
rel("ccoic-sd", "subOrganizationOf", "ccoic")
ent("alliance", "Organization", "RCEP国家科技园区联盟")
for id, l, al in [("qd-usp", "青岛国家大学科技园", []), ("qd-bio", "青岛生物科技创新园", []), ("aichi-inc", "爱知县孵化器", []),
                  ("innopolis", "Innopolis", ["韩国Innopolis"]), ("my-tp", "马来西亚国家科技园", []), ("weihua", "泰国伟华集团", []),
                  ("law", "山东众成清泰（青岛）律师事务所", []), ("gx-tus", "广西启迪创新跨境电子商务有限公司", []),
                  ("zhongfu", "中孚信息股份有限公司", []), ("siia", "新加坡国际事务研究所", []), ("aucc", "澳中商会", [])]:
    ent(id, "Organization", l, al)
ent("qdmaker", "Organization", "青岛创客", optional=True)
# People
P = [("yu", "于浩", "qd-com", "副局长"), ("zhangjs", "张金生", "tus", "执行总裁"), ("shi", "施志光", "my-emb", "公使"),
     ("xu", "许宁宁", "rcep-ic", "主席"), ("chenhb", "陈鸿波", "iasp", "主席"), ("chenr", "陈锐", "cast-c-tt", "副主任"),
     ("ren", "任飞", "ccoic-sd", "秘书长")]
for id, n, org, post in P:
    ent(id, "Person", n)
    rel(id, "holdsPost", org, post=post)
    rel(id, "speaksAt", "summit")
rel("zhangjs", "holdsPost", "tus-ne", post="总裁")
rel("chenhb", "holdsPost", "tus", post="高级常务副总裁")
ent("robot", "Technology", "智能机器人", optional=True)
ent("newenergy", "Technology", "新能源技术", optional=True)

def G(id, l, e=None, opt=False, bodies=(), obodies=(), who=None, owho=False):
    goal(id, l, e, optional=opt)
    for b in bodies: rel(b, "hasGoal", id, optional=opt)
    for b in obodies: rel(b, "hasGoal", id, optional=True)
    if who: rel(who, "proposes", id, optional=opt or owho)

# the alliance
G("a1", "丰富RCEP产业生态", "RCEP国家科技园区联盟正式启动，将进一步丰富RCEP产业生态，助力打造区域协同科创共同体", bodies=["alliance"])
G("a2", "打造区域协同科创共同体", "RCEP国家科技园区联盟正式启动，将进一步丰富RCEP产业生态，助力打造区域协同科创共同体", bodies=["alliance"], obodies=["tus-ne"])
G("a3", "拓展RCEP产业生态圈", "为拓展RCEP产业生态圈，助力打造区域协同科创共同体", bodies=["alliance", "tus-ne"])
G("a4", "共建RCEP科技园产业生态圈", "共建RCEP科技园产业生态圈，立足青岛，覆盖山东，辐射RCEP区域", bodies=["alliance", "tus-ne"])
# 青岛市商务局's plan
G("q1", "抢抓RCEP机遇", "为抢抓RCEP机遇，推动更高水平对外开放提出具体行动", bodies=["qdplan", "qd-com"])
G("q2", "推动更高水平对外开放", "为抢抓RCEP机遇，推动更高水平对外开放提出具体行动", bodies=["qdplan", "qd-com"])
G("q3", "提升核心城市竞争力", "为青岛提升核心城市竞争力、服务和融入新发展格局提供了重大机遇", opt=True, obodies=["qd-com"], who="yu")
G("q4", "服务和融入新发展格局", "为青岛提升核心城市竞争力、服务和融入新发展格局提供了重大机遇", opt=True, obodies=["qd-com"], who="yu")
# 许宁宁's five suggestions
G("x0", "继续深化RCEP区域内科创产业的合作", "为继续深化RCEP区域内科创产业的合作，许宁宁建议", bodies=["rcep-ic"], who="xu")
X = [("x1", "推进政产学研及行业组织间的合作创新", "一是利用RCEP制度创新，推进政产学研及行业组织间的合作创新"),
     ("x2", "积极落实商务部等有关部门发布的关于实施RCEP协定", "二是积极落实商务部等有关部门发布的关于实施RCEP协定和建设中国-东盟科创伙伴关系的文件精神"),
     ("x3", "深入研究RCEP各国与我国经贸科技的合作互补领域", "三是深入研究RCEP各国与我国经贸科技的合作互补领域"),
     ("x4", "合作建设RCEP国际科技园区", "四是合作建设RCEP国际科技园区"),
     ("x5", "巩固发展国家间友好合作关系", "五是巩固发展国家间友好合作关系")]
for id, l, e in X:
    G(id, l, e, who="xu", obodies=["rcep-ic"])
# 陈鸿波
G("c1", "加速融入全球科技创新网络", "各主体可以通过信息、融入、专业等要素的积累，加速融入全球科技创新网络，构建科创共同体", opt=True, who="chenhb")
G("c2", "构建科创共同体", "各主体可以通过信息、融入、专业等要素的积累，加速融入全球科技创新网络，构建科创共同体", opt=True, who="chenhb")
# 任飞
R3 = [("r1", "充分发挥科技引擎的作用", "要充分发挥科技引擎的作用"),
      ("r2", "加强企业在降低碳排放、实现绿色发展方面的合作", "加强企业在降低碳排放、实现绿色发展方面的合作"),
      ("r3", "引导企业在RCEP成员国之间的绿色投资、绿色流通和绿色发展", "引导企业在RCEP成员国之间的绿色投资、绿色流通和绿色发展")]
for id, l, e in R3:
    G(id, l, e, who="ren", obodies=["ccoic-sd"])
# 张金生 / 启迪控股
Z = [("z1", "以青岛为支点", "启迪控股将以青岛为支点，重点推进对日、对韩、对俄以及东盟国家的科创经贸合作", True),
     ("z2", "重点推进对日、对韩、对俄以及东盟国家的科创经贸合作", "启迪控股将以青岛为支点，重点推进对日、对韩、对俄以及东盟国家的科创经贸合作", False),
     ("z3", "助力于青岛建设成为东北亚科创高地", "依托全球创新网络、垂直孵化体系与国际科技协作创新生态实践，助力于青岛建设成为东北亚科创高地", False)]
for id, l, e, opt in Z:
    G(id, l, e, opt=opt, bodies=["tus"], who="zhangjs")
# the strategic cooperation signed at the summit
G("s1", "在RCEP框架下深化经贸合作", "将在RCEP框架下深化经贸合作，深入赋能高水平开放", bodies=["tus-ne", "sdhall"])
G("s2", "深入赋能高水平开放", "将在RCEP框架下深化经贸合作，深入赋能高水平开放", bodies=["tus-ne", "sdhall"])
G("s0", "推进更高水平对外开放下的国际创新合作", "为更好地服务青岛乃至山东省推进更高水平对外开放下的国际创新合作", opt=True, obodies=["tus-ne", "sdhall"])

stat("st1", "《落实＜区域全面经济伙伴关系协定＞先期行动计划实施方案》具体措施", "21条", "明确21条具体措施")
stat("st2", "产业论坛科创企业代表", "12家", "新能源技术等领域的12家科创企业代表及优秀创投机构代表济济一堂", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
