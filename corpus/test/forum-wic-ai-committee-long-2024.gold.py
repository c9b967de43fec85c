"""Gold annotation of forum-wic-ai-committee-long-2024 (世界互联网大会人工智能专业委员会成立), by hand per shared/eval/ANNOTATE.md (annotator ann42)."""
ID = "forum-wic-ai-committee-long-2024"
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

def sentence(label):
    i = text.index(label)
    a = max(text.rfind(c, 0, i) for c in "。；\n") + 1
    b = min([j for j in (text.find(c, i + len(label)) for c in "。；\n") if j != -1])
    return text[a:b]

def goal(id, label, evidence=None, optional=False):
    evidence = evidence or sentence(label)
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

# The organisation, its committee, the founding meeting and its place
ent("wic", "Organization", "世界互联网大会")      # has 理事长/副理事长/秘书长 and a branch: an organisation here
ent("aic", "Organization", "世界互联网大会人工智能专业委员会", ["人工智能专委会", "专委会"])
rel("aic", "subOrganizationOf", "wic")
ent("mtg", "Event", "世界互联网大会人工智能专业委员会成立会议", ["成立会议"])
ent("wuzhen", "Place", "乌镇")
ent("zj", "Place", "浙江", optional=True)
rel("mtg", "locatedIn", "wuzhen")
rel("mtg", "locatedIn", "zj", optional=True)
ent("rules", "Document", "专委会工作规则", optional=True)
rel("rules", "adoptedAt", "mtg", optional=True)
rel("rules", "publishedBy", "aic", optional=True)
ent("cac", "Agency", "国家互联网信息办公室", ["中国国家互联网信息办公室"])
ent("cacnet", "Organization", "中国网信网")
ent("ai", "Technology", "人工智能")
ent("internet", "Technology", "互联网", optional=True)
for id, l in [("uk", "英国"), ("at", "奥地利"), ("cn", "中国")]:
    ent(id, "Place", l, optional=True)

# Organisations named in affiliations
ORGS = [("wipo", "世界知识产权组织"), ("cae", "中国工程院"), ("zjlab", "之江实验室"), ("aliyun", "阿里云"),
        ("rs", "英国皇家科学院"), ("reng", "皇家工程院"), ("soton", "英国南安普顿大学"), ("ae", "欧洲科学院"),
        ("tuwien", "奥地利维也纳技术大学"), ("thu", "清华大学"), ("air", "清华大学智能产业研究院"),
        ("baisi", "北京人工智能安全与治理实验室"), ("un", "联合国"), ("unai", "联合国人工智能高层顾问机构"),
        ("q360", "360集团"), ("cas", "中国科学院"), ("cinsgai", "中国新一代人工智能发展战略研究院"),
        ("cass", "中国社会科学院"), ("cass-law", "中国社会科学院法学所"), ("eucn", "中欧数字协会"),
        ("bsi", "英国标准协会"), ("reading", "英国雷丁大学"), ("henley", "英国雷丁大学亨利商学院"),
        ("csa", "云安全联盟大中华区")]
OPT_ORGS = {"un", "cass"}
for id, l in ORGS:
    ent(id, "Organization", l, optional=id in OPT_ORGS)
rel("air", "subOrganizationOf", "thu")
rel("unai", "subOrganizationOf", "un", optional=True)
rel("cass-law", "subOrganizationOf", "cass", optional=True)
rel("henley", "subOrganizationOf", "reading")
# Organisations that supplied the 24 vice-chairs
VICE = [("arab-ict", "阿拉伯信息通信技术组织"), ("amd", "超威半导体"), ("ibm", "IBM"), ("jd", "京东"), ("iflytek", "科大讯飞"),
        ("ant", "蚂蚁"), ("qax", "奇安信"), ("people", "人民网"), ("nsb", "上海诺基亚贝尔"), ("sap", "思爱普"),
        ("cisco", "思科"), ("h3c", "新华三"), ("sina", "新浪"), ("evernote", "印象笔记"), ("ct", "中国电信"),
        ("cu", "中国联通"), ("cacs", "中国网络空间安全协会"), ("caict", "中国信通院"), ("cm", "中国移动"),
        ("cmg", "中央广播电视总台")]
for id, l in VICE:
    ent(id, "Organization", l)

# People and posts
P = [("zhuang", "庄荣文"), ("gurry", "弗朗西斯·高锐"), ("ren", "任贤良"), ("wang", "王坚"), ("hall", "温迪·霍尔"),
     ("dustdar", "沙赫兰·杜斯塔"), ("zhangyq", "张亚勤"), ("zengyi", "曾毅"), ("zhou", "周鸿祎"), ("zhangyx", "张尧学"),
     ("zhengzm", "郑志明"), ("gongke", "龚克"), ("zhouhh", "周汉华"), ("gambardella", "鲁乙己·加姆巴得拉"),
     ("brown", "克里斯·布朗"), ("tang", "唐银山"), ("li", "李雨航")]
for id, l in P:
    ent(id, "Person", l)
H = [("zhuang", "cac", "主任", False), ("zhuang", "wic", "理事长", False),
     ("gurry", "wic", "副理事长", False), ("gurry", "wipo", "前总干事", True),
     ("ren", "wic", "秘书长", False),
     ("wang", "zjlab", "主任", False), ("wang", "aliyun", "创始人", True), ("wang", "aic", "首席主任委员", False),
     ("hall", "soton", "副校长（国际合作）", False), ("hall", "aic", "主任委员", False),
     ("dustdar", "tuwien", "教授", True), ("dustdar", "aic", "主任委员", False),
     ("zhangyq", "air", "院长", False), ("zhangyq", "aic", "主任委员", False),
     ("zengyi", "baisi", "主任", False), ("zengyi", "unai", "专家", True), ("zengyi", "aic", "主任委员", False),
     ("zhou", "q360", "创始人", True), ("zhou", "aic", "主任委员", False),
     ("zhangyx", "aic", "顾问", False), ("zhengzm", "aic", "顾问", False),
     ("gongke", "cinsgai", "执行院长", False), ("gongke", "aic", "顾问", False),
     ("zhouhh", "cass-law", "研究员", True), ("zhouhh", "aic", "顾问", False),
     ("gambardella", "eucn", "主席", False), ("gambardella", "aic", "顾问", False),
     ("brown", "bsi", "中国-英国商业环境计划主任", False), ("brown", "aic", "顾问", False),
     ("tang", "henley", "副院长", False), ("tang", "aic", "顾问", False),
     ("li", "csa", "主席", False), ("li", "aic", "顾问", False)]
for s, o, post, opt in H:
    rel(s, "holdsPost", o, optional=opt, post=post)
rel("zhuang", "speaksAt", "mtg")
rel("wang", "speaksAt", "mtg")
rel("ren", "speaksAt", "mtg", optional=True)     # 主持会议
rel("gurry", "speaksAt", "mtg", optional=True)   # 出席会议 only

# Statistics
stat("st-members", "第一届专委会成员人数", "170余人", "第一届专委会成员共170余人")
stat("st-vice", "副主任委员人数", "24位", "24位人工智能相关负责人和专家担任副主任委员")

# Goals
def G(id, label, who, body_req, body_opt=(), evidence=None, optional=False):
    goal(id, label, evidence, optional=optional)
    for p in who: rel(p, "proposes", id, optional=optional)
    for b in body_req: rel(b, "hasGoal", id, optional=optional)
    for b in body_opt: rel(b, "hasGoal", id, optional=True)
    if "人工智能" in label: rel(id, "involvesTechnology", "ai", optional=optional)
    if "互联网" in label: rel(id, "involvesTechnology", "internet", optional=True)

# 庄荣文's summary speech
G("z0", "充分发挥全球互联网共商共建共享平台作用", ("zhuang",), ("wic",))
G("z1", "促进人工智能领域国际合作", ("zhuang",), ("wic", "aic"))
G("z2", "全力搭建交流合作平台", ("zhuang",), ("aic",), ("wic",))   # restated in the committee's principles (搭建国际交流合作平台)
G("z3", "不断凝聚建设发展合力", ("zhuang",), ("aic",), ("wic",))
G("z4", "积极参与国际治理进程", ("zhuang",), ("aic",), ("wic",))
G("z5", "为全球人工智能健康发展提供建设性思路和创新方案", ("zhuang",), ("aic",), ("wic",))
G("z6", "推动形成以人为本、智能向善的人工智能治理体系", ("zhuang",), ("aic",), ("wic",))
G("z7", "为全球人工智能发展治理贡献智慧力量", ("zhuang",), ("aic",), ("wic",))
# the committee's programmes, principles and activities
G("c1", "设立标准推进计划、安全与治理推进计划和产业推进计划", (), ("aic",), ("wic",), optional=True)
G("c3", "推动发展与治理协同", (), ("aic",))
G("c4", "促进全球共享人工智能发展成果", (), ("aic",))
G("c5", "开展专题研讨、成果分享、倡议发布等活动", (), ("aic",))
G("c6", "不断凝聚国际共识", (), ("aic",))
G("c7", "促进人工智能包容普惠、可持续发展", (), ("aic",))
# 王坚 for the committee's leadership
G("w1", "充分发挥专委会产学研顶尖专家力量", ("wang",), ("aic",))
G("w2", "促进人工智能国际交流合作", ("wang",), ("aic",))
G("w3", "推出有影响力的成果", ("wang",), ("aic",))
G("w4", "不断凝聚共识", ("wang",), ("aic",))
G("w5", "共同构建智能、美好的数字未来", ("wang",), ("aic",))

rel("aic", "promotes", "ai")
rel("wic", "promotes", "ai")
rel("cac", "promotes", "ai", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
