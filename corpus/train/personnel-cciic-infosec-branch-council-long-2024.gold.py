"""Gold annotation of personnel-cciic-infosec-branch-council-long-2024 (中国信息产业商会信息安全产业分会第六届会员代表大会成功召开, 中国信息安全 WeChat account 2024-12-22: the branch's member congress of 2024-12-20 in 北京 and the election of its sixth council; 聂玉春's demands, 彭涛's pledge), by hand per shared/eval/ANNOTATE.md (annotator annJ14)."""
ID = "personnel-cciic-infosec-branch-council-long-2024"
import collections, json, pathlib
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type == "Statistic" or label in text, label
    for a in aliases: assert a in text, a
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    if "evidence" in kw: ev(kw["evidence"])
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def sent(frag):
    """the sentence (up to 。) of the text containing frag"""
    for l in lines:
        if frag in l:
            i = l.index(frag)
            a = l.rfind("。", 0, i) + 1
            b = l.find("。", i)
            return l[a:b + 1 if b >= 0 else len(l)]
    raise AssertionError(frag)

# ---- bodies ----

# ---- outlets ----
ent("cis", "Organization", "中国信息安全", optional=True)  # the publishing account, on the dateline only
# ---- bodies ----
ent("cciic", "Organization", "中国信息产业商会", ["商会"])
ent("branch", "Organization", "中国信息产业商会信息安全产业分会",
    ["信息安全产业分会", "商会信息安全产业分会", "分会"])
rel("branch", "subOrganizationOf", "cciic")  # 分支机构
ent("council", "Organization", "第六届理事会", ["分会第六届理事会", "新一届理事会"], optional=True)
rel("council", "subOrganizationOf", "branch", optional=True)
ent("cnitsec", "Agency", "中国信息安全测评中心")
ent("zhhh", "Organization", "北京中核华辉科技发展有限公司")
ent("qax", "Organization", "奇安信集团")
ent("venus", "Organization", "启明星辰信息技术集团股份有限公司")
ent("topsec", "Organization", "北京天融信网络安全技术有限公司")
ent("nsfocus", "Organization", "北京神州绿盟科技有限公司")
ent("dbappsec", "Organization", "杭州安恒信息技术股份有限公司")
ent("clover", "Organization", "西安四叶草信息技术有限公司")
ent("s360", "Organization", "360数字安全科技集团有限公司")
# ---- people and posts ----
ent("nie", "Person", "聂玉春")
rel("nie", "holdsPost", "cciic", post="会长")
ent("zaa", "Person", "张安安")
rel("zaa", "holdsPost", "cciic", post="秘书长")
ent("peng", "Person", "彭涛")
rel("peng", "holdsPost", "cnitsec", post="主任")
rel("peng", "holdsPost", "branch", post="理事长")  # 当选分会第六届理事会理事长
rel("peng", "holdsPost", "council", post="理事长", optional=True)
VICE = [("maonan", "毛楠", "zhhh", "董事长"), ("wuyk", "吴云坤", "qax", "总裁"),
        ("yanli", "严立", "venus", "总裁"), ("lixy", "李雪莹", "topsec", "董事长兼CEO"),
        ("zhm", "张铭", "nsfocus", "总裁助理"), ("fany", "范渊", "dbappsec", "董事长"),
        ("mak", "马坤", "clover", "总裁"), ("lina", "李娜", "s360", "副总裁")]
for pid, name, org, post in VICE:
    ent(pid, "Person", name)
    assert f"{name}" in text and post in text
    rel(pid, "holdsPost", org, post=post)
    rel(pid, "holdsPost", "branch", post="副理事长")
    rel(pid, "holdsPost", "council", post="副理事长", optional=True)
ent("zxf", "Person", "张晓菲")
rel("zxf", "holdsPost", "branch", post="秘书长")
rel("zxf", "holdsPost", "council", post="秘书长", optional=True)
# ---- events, places ----
ent("congress", "Event", "中国信息产业商会信息安全产业分会第六届会员代表大会",
    ["商会信息安全产业分会第六届会员代表大会", "换届大会"])
ent("plenary", "Event", "分会第六届理事会第一次全体会议")
ent("bj", "Place", "北京")
rel("congress", "locatedIn", "bj")
rel("nie", "speaksAt", "congress")     # caption: 聂玉春会长在换届大会上讲话
rel("peng", "speaksAt", "plenary")     # caption: 彭涛理事长在分会第六届理事会第一次全体会议上讲话
rel("peng", "speaksAt", "congress", optional=True)  # 表态发言: the text does not say at which of the two
ent("ccb", "Event", "“长城杯”大赛", optional=True)  # a recurring contest (品牌活动)
# ---- documents ----
ent("std", "Document", "区块链 关键服务 安全技术要求")
rel("std", "publishedBy", "branch")
ent("yearbook", "Document", "中国信息产业年度发展报告（2023版）")
rel("yearbook", "publishedBy", "branch")
ent("wp", "Document", "数据安全治理")
rel("wp", "publishedBy", "branch")
ent("charter", "Document", "商会章程")
rel("charter", "publishedBy", "cciic", optional=True)
ent("wr5", "Document", "分会第五届理事会工作报告", optional=True)
rel("wr5", "publishedBy", "branch", optional=True)
ent("fin", "Document", "财务收支情况报告", optional=True)
# ---- technologies ----
ent("ai", "Technology", "人工智能")
ent("bc", "Technology", "区块链", optional=True)  # only inside the standard's title
ent("cyber", "Technology", "网络安全", optional=True)
ent("ds", "Technology", "数据安全", optional=True)
# ---- statistics ----
ent("s-delegates", "Statistic", "分会会员代表参会人数", value="70余人", evidence=ev("分会会员代表约70余人参加了会议"))
ent("s-talent", "Statistic", "近4年为国家培养信息安全人才", value="15万人", evidence=ev("近4年为国家培养各专业、各层次信息安全人才超过15万人"))
ent("s-council", "Statistic", "第六届理事会成员", value="27名", evidence=ev("选举产生第六届理事会27名成员"))
ent("s-vice", "Statistic", "当选副理事长人数", value="8人", evidence=ev("等8人当选分会第六届理事会副理事长"))

def G(id, label, evidence, proposers=(), holders=(), opt_holders=(), opt=False, techs=(), opt_techs=()):
    assert label in evidence, (label, evidence)
    assert 4 <= len(label) <= 30, label
    ent(id, "Goal", label, optional=opt, evidence=ev(evidence))
    for p in proposers: rel(p, "proposes", id, optional=opt)
    for h in holders: rel(h, "hasGoal", id, optional=opt)
    for h in opt_holders: rel(h, "hasGoal", id, optional=True)
    for t in techs: rel(id, "involvesTechnology", t, optional=opt)
    for t in opt_techs: rel(id, "involvesTechnology", t, optional=True)

# the fifth council's record (past measures: optional goals of the branch)
e = sent("分会第五届理事会取得一系列工作成果")
G("r1", "做大做优“长城杯”大赛品牌活动", e, opt_holders=["branch"], opt=True)
G("r2", "发布《区块链 关键服务 安全技术要求》等团体标准", e, opt_holders=["branch"], opt=True, opt_techs=["bc"])
G("r3", "撰写《中国信息产业年度发展报告（2023版）》", e, opt_holders=["branch"], opt=True)
G("r4", "协助会员单位组织数十场网络安全会议", e, opt_holders=["branch"], opt=True, opt_techs=["cyber"])
G("r5", "为国家培养各专业、各层次信息安全人才", e, opt_holders=["branch"], opt=True)

# 聂玉春's hopes and demands for the new council (he speaks for 商会; the branch's council is to carry them out)
NIE = dict(proposers=["nie"], holders=["cciic"], opt_holders=["branch", "council"])
G("n1", "要有奉献精神", sent("首先，要有奉献精神"), **NIE)
G("n1b", "以极大的热情带领大家开展工作", sent("以极大的热情带领大家开展工作"),
  proposers=["nie"], opt_holders=["cciic", "branch", "council"], opt=True)  # spells out n1
G("n2", "持续优化品牌活动", sent("持续优化品牌活动"), **NIE)
G("n3", "培育网络空间安全竞争新优势", sent("培育网络空间安全竞争新优势"), opt_techs=["ai"], **NIE)  # 面对人工智能+安全的新形势
G("n4", "坚持依法合规办理分会各项事务", sent("坚持依法合规办理分会各项事务"), **NIE)
G("n4b", "遵守国家有关部门对社会组织的规定和要求", sent("遵守国家有关部门对社会组织的规定和要求"),
  proposers=["nie"], opt_holders=["cciic", "branch", "council"], opt=True)  # spells out n4
G("n5", "不断壮大分会会员力量", sent("不断壮大分会会员力量"), **NIE)
e = sent("要调动各方积极因素")
G("n6", "调动各方积极因素", e, **NIE)
G("n7", "汇集产业资源", e, **NIE)
G("n8", "为产业科学、健康、快速发展服务", e, **NIE)

# 彭涛's pledge for the sixth council (he speaks for it and for the branch)
PENG = dict(proposers=["peng"], holders=["branch"], opt_holders=["council"])
e = sent("第六届理事会将继续引导")
G("p1", "促进分会健康向上发展", e, **PENG)
G("p2", "坚持凝心铸魂", e, **PENG)
G("p3", "聚焦自立自强", e, **PENG)
G("p4", "突出创新引领", e, **PENG)
G("p5", "强化深度合作", e, **PENG)
G("p6", "服务国家战略", e, **PENG)
G("p7", "服务行业需求", e, **PENG)
G("p8", "服务会员发展", e, **PENG)
e = sent("育网络高端人才之本")
G("p9", "育网络高端人才之本", e, **PENG)
G("p10", "聚产业发展之力", e, **PENG)
G("p11", "凝技术创新之魂", e, **PENG)
G("p12", "共筑国家网络安全钢铁长城", e, opt_techs=["cyber"], **PENG)
rel("cciic", "promotes", "ai", optional=True)
rel("branch", "promotes", "cyber", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
