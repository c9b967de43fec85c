"""Gold annotation of forum-csiam-math-enterprise-long-2020 (聚焦数企合作，促进创新发展——CSIAM数学促进企业创新发展论坛在长沙隆重开幕), by hand per shared/eval/ANNOTATE.md."""
ID = "forum-csiam-math-enterprise-long-2020"
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

ent("forum", "Event", "中国工业与应用数学学会数学促进企业创新发展论坛", ["CSIAM数学促进企业创新发展论坛", "数学促进企业创新发展论坛"])
ent("cs", "Place", "长沙")
ent("hn", "Place", "湖南")
rel("forum", "locatedIn", "cs")
# bodies
ent("csiam", "Organization", "中国工业与应用数学学会", ["CSIAM"])
ent("most", "Agency", "科技部")
ent("most-br", "Agency", "基础研究司", ["科技部基础研究司"])
rel("most-br", "subOrganizationOf", "most")
ent("pku", "Organization", "北京大学")
ent("xa-math", "Organization", "西安国家应用数学中心")
ent("xjtu", "Organization", "西安交通大学")
ent("huawei", "Organization", "华为公司", ["华为"])
ent("hw-sri", "Organization", "战略研究院")
rel("hw-sri", "subOrganizationOf", "huawei")
ent("nsfc", "Agency", "国家自然科学基金委员会")
ent("nsfc-math", "Agency", "数理学部", ["国家自然科学基金委员会数理学部"])
rel("nsfc-math", "subOrganizationOf", "nsfc")
ent("cms", "Organization", "中国数学会")
ent("cms-cm", "Organization", "计算数学分会", ["中国数学会计算数学分会"])
rel("cms-cm", "subOrganizationOf", "cms")
ent("bj-imaging", "Organization", "北京成像理论与技术高精尖创新中心")
ent("cnu", "Organization", "首都师范大学")
ent("cnu-ias", "Organization", "交叉科学研究院", ["首都师范大学交叉科学研究院"])
rel("cnu-ias", "subOrganizationOf", "cnu")
ent("sustech", "Organization", "南方科技大学")
ent("sribd", "Organization", "深圳大数据院")
ent("rsc", "Organization", "加拿大皇家科学院")
ent("hn-st", "Agency", "湖南省科技厅")
ent("cs-kx", "Organization", "长沙科协", ["长沙市科协"])
ent("cs-etdz", "Agency", "长沙经开区管委会")
ent("cq-math", "Organization", "重庆国家应用数学中心")
ent("xx-bd", "Organization", "湖南潇湘大数据研究院")
ent("crchi", "Organization", "中国铁建重工集团")
ent("platform", "Organization", "数学与企业合作交流平台")
# people and posts
P = [("zhouwn", "周文能", [("most-br", "副司长")]),
     ("zhang", "张平文", [("csiam", "理事长"), ("pku", "副校长")]),
     ("xuzb", "徐宗本", [("xa-math", "主任")]),
     ("xuww", "徐文伟", [("huawei", "董事"), ("hw-sri", "院长")]),
     ("jiang", "江松", [("nsfc-math", "主任"), ("cms-cm", "理事长")]),
     ("fang", "方复全", [("bj-imaging", "主任"), ("cnu-ias", "院长")]),
     ("luo", "罗智泉", [("sribd", "院长")]),
     ("dong", "董国轩", [("nsfc-math", "常务副主任")]),
     ("liu", "刘琦", [("hn-st", "二级巡视员")]),
     ("wang", "王准", [("cs-kx", "副主席")]),
     ("zhangxh", "张湘鸿", [("cs-etdz", "副主任")]),
     ("yan", "闫桂英", [("csiam", "秘书长")])]
for id, n, posts in P:
    ent(id, "Person", n)
    for org, post in posts:
        rel(id, "holdsPost", org, post=post)
rel("fang", "holdsPost", "sustech", post="讲席教授", optional=True)
for id, n in [("yangxm", "杨新民"), ("wangzd", "王再东"), ("zou", "邹今检"), ("lilin", "李林")]:
    ent(id, "Person", n)
for p in ("zhang", "fang", "xuww", "jiang", "zhangxh", "dong", "zhouwn"):
    rel(p, "speaksAt", "forum")
rel("yan", "speaksAt", "forum", optional=True)

def G(id, l, e=None, opt=False, bodies=(), obodies=(), who=None):
    goal(id, l, e, optional=opt)
    for b in bodies: rel(b, "hasGoal", id, optional=opt)
    for b in obodies: rel(b, "hasGoal", id, optional=True)
    if who: rel(who, "proposes", id, optional=opt)

# the forum's purpose
G("f1", "加强数学与产业界的交流与合作", "8月28日上午，为加强数学与产业界的交流与合作，促进企业创新发展", obodies=["csiam"])
G("f2", "促进企业创新发展", "为加强数学与产业界的交流与合作，促进企业创新发展", bodies=["csiam"], who="zhang")
# 张平文 for CSIAM
Z = [("z1", "应用数学要深深植根于国家的战略需求", "他强调，应用数学要深深植根于国家的战略需求，在解决具体问题的过程中产生有价值的科研成果，促进企业创新发展", False),
     ("z2", "积极培养应用数学人才", "同时，他建议，要积极培养应用数学人才", False),
     ("z3", "在企业中组建应用数学人才队伍", None, False),
     ("z4", "有效利用高校和科研机构资源协助企业解决实际问题", None, False),
     ("z5", "推动企业向原始创新驱动的发展模式转型", None, False),
     ("z6", "更好地发展应用数学", "从而更好地发展应用数学，满足国家战略需求、促进企业创新发展", True),
     ("z7", "满足国家战略需求", "从而更好地发展应用数学，满足国家战略需求、促进企业创新发展", True)]
for id, l, e, opt in Z:
    G(id, l, e, opt=opt, bodies=["csiam"], who="zhang")
# 方复全
G("fa1", "发展数学科学研究", "发展数学科学研究、促进多学科交叉融合，是在新兴科技领域取得重大突破、在新一轮科技革命和产业变革中抢占制高点的重大国家战略", opt=True, who="fang")
G("fa2", "促进多学科交叉融合", "发展数学科学研究、促进多学科交叉融合，是在新兴科技领域取得重大突破、在新一轮科技革命和产业变革中抢占制高点的重大国家战略", opt=True, who="fang")
# 徐文伟 / 华为
G("h1", "共同推进基础研究的工作", "华为希望与学术界及研究机构一起，深入合作，共同推进基础研究的工作", bodies=["huawei"], who="xuww")
# 江松
G("j1", "应用数学要“落地”", "应用数学要“落地”，要解决实际需求问题，还有很长的路要走", who="jiang")
G("j2", "要解决实际需求问题", "应用数学要“落地”，要解决实际需求问题，还有很长的路要走", who="jiang")
G("j3", "推动数学与产业界的交流与合作", "本次论坛的召开意义重大，将有效推动数学与产业界的交流与合作，推动应用数学学科发展", opt=True, who="jiang")
G("j4", "推动应用数学学科发展", "将有效推动数学与产业界的交流与合作，推动应用数学学科发展", opt=True, who="jiang")
# 张湘鸿 / 长沙经开区管委会
for id, l in [("x1", "优化创新环境"), ("x2", "支持搭建学术界与工业界的合作桥梁"), ("x3", "推动应用数学在企业深度创新中的广泛运用")]:
    G(id, l, "并表示将优化创新环境，支持搭建学术界与工业界的合作桥梁，推动应用数学在企业深度创新中的广泛运用", bodies=["cs-etdz"], who="zhangxh")
# 董国轩 / 基金委
G("d1", "提升数学支撑经济社会发展的能力", "国家自然科学基金委员会一直十分重视数学学科发展，以提升数学支撑经济社会发展的能力", bodies=["nsfc"], who="dong", opt=False)
G("d2", "进一步推动数学与企业融合创新发展", "希望通过本次论坛的召开，进一步推动数学与企业融合创新发展", obodies=["nsfc"], who="dong")
# 周文能 / 科技部
G("w1", "充分认识到数学科学在推动科技创新", "我们要充分认识到数学科学在推动科技创新、服务国家创新发展中的重大意义", obodies=["most", "most-br"], who="zhouwn")
G("w2", "提升数学支撑创新发展的能力和水平", "对学会拉近数学界与产业界的距离、提升数学支撑创新发展的能力和水平充满期待", opt=True, obodies=["csiam"], who="zhouwn")
# the platform
PL = [("p1", "加强院校、企业、新型研发机构、学生群体间的协同合作", "旨在加强院校、企业、新型研发机构、学生群体间的协同合作，以产学研用的参与形式，充分结合四方的人力、经济、成果、管理等资源", False),
      ("p2", "加强企业与数学专业人才之间的联系", "加强企业与数学专业人才之间的联系，解决企业寻求数学人才对口合作时信息不对称的问题", False),
      ("p3", "解决企业寻求数学人才对口合作时信息不对称的问题", "加强企业与数学专业人才之间的联系，解决企业寻求数学人才对口合作时信息不对称的问题", False),
      ("p4", "探索企业提供资金和应用场景", "平台将探索企业提供资金和应用场景、新型研发机构搭建桥梁、院校科研机构提供科研成果和动力、学生参与企业创新研发的共进模式", False)]
for id, l, e, opt in PL:
    G(id, l, e, opt=opt, bodies=["platform"], obodies=["csiam", "xx-bd"])
# significance of the forum
for id, l in [("s1", "推进项目成果转化落地"), ("s2", "协同共建数企创新生态"), ("s3", "助力数学与产业界进一步深化合作")]:
    G(id, l, "助力数学与产业界进一步深化合作、推进项目成果转化落地、协同共建数企创新生态具有重要意义", opt=True, obodies=["csiam"])

stat("st1", "出席开幕式人数", "300余人", "专家学者等300余人出席开幕式")
stat("st2", "大会邀请报告", "7场", "数企对话及7场大会邀请报告", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
