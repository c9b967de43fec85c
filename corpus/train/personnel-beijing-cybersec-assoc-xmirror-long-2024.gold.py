"""Gold annotation of personnel-beijing-cybersec-assoc-xmirror-long-2024 (影响力丨子芽当选北京网络空间安全协会副理事长, 悬镜安全 2024-12-28: 子芽 elected vice-chair of 北京网络空间安全协会 at its member congress; the association's agenda and aims; 悬镜安全's aims), by hand per shared/eval/ANNOTATE.md (annotator annQ16)."""
ID = "personnel-beijing-cybersec-assoc-xmirror-long-2024"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def sent(label):
    """the sentence (split at 。；！？ and line ends) that states the label"""
    for s in re.split(r"(?<=[。；！？\n])", text):
        if label in s:
            return ev(s.strip().lstrip("”’“").rstrip("；。"))
    raise AssertionError(label)

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type == "Statistic" or label in text or any(a in text for a in aliases), label
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

# Bodies, people, event, places, documents
ent("bcsa", "Organization", "北京网络空间安全协会", ["北京网络空间协会"])  # the second spelling is the text's own (副理事长单位)
ent("xm", "Organization", "悬镜安全")
ent("aic", "Organization", "人工智能专委会")           # founded: 审议成立…, 已进入筹备启动阶段
rel("aic", "subOrganizationOf", "bcsa")
ent("gg", "Organization", "北京网络安全（高工）团")
rel("gg", "subOrganizationOf", "bcsa", optional=True)
ent("wal", "Organization", "全国信息网络安全协会联盟", ["网安联"])  # the association's forerunner
ent("mzj", "Agency", "北京市民政局")
ent("mohrss", "Agency", "国家人力资源和社会保障部")
ent("bjhrss", "Agency", "北京市人力资源和社会保障局")
ent("zy", "Person", "子芽")
rel("zy", "holdsPost", "xm", post="创始人兼CEO")
rel("zy", "holdsPost", "bcsa", post="副理事长")      # 当选为北京网络空间安全协会副理事长
ent("hll", "Person", "黄丽玲")
rel("hll", "holdsPost", "bcsa", post="理事长")
ent("mtg", "Event", "北京网络空间安全协会第二届第四次会员大会", ["会员大会"])
rel("hll", "speaksAt", "mtg")                        # 图2 …大会发言; 会上介绍
ent("bj", "Place", "北京市", ["北京"])
rel("mtg", "locatedIn", "bj")
ent("venue", "Place", "北京香山酒店", optional=True)  # a venue
rel("mtg", "locatedIn", "venue", optional=True)
ent("china", "Place", "中国", optional=True)
ent("zc", "Document", "章程")
rel("zc", "adoptedAt", "mtg")                         # 审计表决通过了《章程》
rel("zc", "publishedBy", "bcsa", optional=True)
ent("wr", "Document", "2024年年度工作报告", optional=True)
rel("wr", "publishedBy", "bcsa", optional=True)
ent("sr", "Document", "审计监事会工作报告", optional=True)

# Technologies
ent("ai", "Technology", "人工智能", ["AI"])
ent("devsecops", "Technology", "DevSecOps", optional=True)
ent("scs", "Technology", "软件供应链安全", optional=True)
ent("sbom", "Technology", "SBOM", optional=True)
ent("vaccine", "Technology", "AI 智能代码疫苗", optional=True)  # 悬镜安全's own technique / product
ent("netsec", "Technology", "网络安全", optional=True)
ent("digsec", "Technology", "数字安全", optional=True)
TECH = {"ai": ("人工智能",), "scs": ("软件供应链安全",), "netsec": ("网络安全",), "digsec": ("数字安全",)}
TOPT = {"scs", "netsec", "digsec"}

def goal(id, label, body, evidence=None, optional=False, who=None):
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    e = ev(evidence) if evidence else sent(label)
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=optional, evidence=e)
    rel(body, "hasGoal", id, optional=optional)
    if who:
        rel(who, "proposes", id, optional=optional)
    for t, labs in TECH.items():
        if any(a in label for a in labs):
            rel(id, "involvesTechnology", t, optional=optional or t in TOPT)

# the congress's agenda (审议/审计 items)
A = "现场，审计表决通过了《章程》、审议成立人工智能专委会，审计成立北京网络安全（高工）团、审议协会新增理事单位、监事审议变更协会法定代表人提案等"
goal("m1", "成立人工智能专委会", "bcsa", A)
goal("m2", "成立北京网络安全（高工）团", "bcsa", A)
goal("m3", "新增理事单位", "bcsa", A, optional=True)
goal("m4", "变更协会法定代表人", "bcsa", A, optional=True)
# 黄丽玲 on the AI committee
H = "北京网络空间安全协会理事长黄丽玲会上介绍当前人工智能专委会已进入筹备启动阶段，鼓励广大会员积极参与其中，借助协会平台，上接政府政策，下联社会与网民，为行业内的网络技术人才提供一个施展才华、贡献力量的广阔舞台"
goal("h1", "鼓励广大会员积极参与其中", "bcsa", H, who="hll")
goal("h2", "上接政府政策", "bcsa", H, who="hll")
goal("h3", "下联社会与网民", "bcsa", H, who="hll")
goal("h4", "为行业内的网络技术人才提供一个施展才华、贡献力量的广阔舞台", "bcsa", H, who="hll")
# the association's vision and standing roles
V = "协会愿景是探索中国特色社会组织发展自强路、打造中国网络安全社会组织大平台致力于在全国范围内推动网络空间安全行业的发展与合作"
goal("v1", "探索中国特色社会组织发展自强路", "bcsa", V)
goal("v2", "打造中国网络安全社会组织大平台", "bcsa", V)
goal("v3", "推动网络空间安全行业的发展与合作", "bcsa", V)
goal("v4", "全方位推动网络安全人才的培养与成长", "bcsa")
goal("v5", "促进专业技能提升与知识更新", "bcsa")
# 悬镜安全: its course and record
goal("x0", "积极贯彻北京市软件供应链安全政策", "xm", optional=True)   # named as a past record
goal("x1", "走技术自主创新之路", "xm", "作为北京市网络安全产业的深度探索者与积极实践者，悬镜安全坚定不移地走技术自主创新之路")
goal("x2", "全方位构筑数字安全防线", "xm", optional=True)          # what its built system does
# 展望未来, 悬镜安全将…
F1 = "展望未来，悬镜安全将与北京网络空间安全协会紧密携手，以技术创新和最佳落地实践推动北京市软件供应链安全行业迈向新的高峰"
goal("f1", "与北京网络空间安全协会紧密携手", "xm", F1)
goal("f2", "推动北京市软件供应链安全行业迈向新的高峰", "xm", F1)
F2 = "通过持续为企业用户的软件供应链安全注入强大能量，助力北京网络空间安全协会充分施展产业协调、技术引领等关键效能，促进供应链安全产业链各环节的协同共进与蓬勃发展，为北京市网络安全事业开辟全新的发展路径，持续守护中国软件供应链安全，在数字安全的宏伟版图中留下浓墨重彩的篇章，为国家数字经济的稳健发展保驾护航"
goal("f3", "持续为企业用户的软件供应链安全注入强大能量", "xm", F2)
goal("f4", "助力北京网络空间安全协会充分施展产业协调、技术引领等关键效能", "xm", F2)
goal("f5", "促进供应链安全产业链各环节的协同共进与蓬勃发展", "xm", F2)
goal("f6", "为北京市网络安全事业开辟全新的发展路径", "xm", F2)
goal("f7", "持续守护中国软件供应链安全", "xm", F2)
goal("f8", "在数字安全的宏伟版图中留下浓墨重彩的篇章", "xm", F2, optional=True)  # rhetoric
goal("f9", "为国家数字经济的稳健发展保驾护航", "xm", F2)

# promotes
rel("bcsa", "promotes", "ai", optional=True)       # through founding its AI committee
rel("bcsa", "promotes", "netsec", optional=True)
rel("xm", "promotes", "devsecops", optional=True)
rel("xm", "promotes", "scs", optional=True)
rel("xm", "promotes", "vaccine", optional=True)
rel("xm", "promotes", "ai", optional=True)
rel("xm", "promotes", "sbom", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
