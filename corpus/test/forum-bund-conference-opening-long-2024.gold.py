"""Gold annotation of forum-bund-conference-opening-long-2024 (聚焦 | 2024外滩大会今日起在上海黄浦举办, 中国信息安全 2024-09-06: opening report of the 2024 Inclusion·外滩大会), by hand per shared/eval/ANNOTATE.md (annotator ann46)."""
ID = "forum-bund-conference-opening-long-2024"
import collections, json, pathlib
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
L = {i + 1: l for i, l in enumerate(lines)}
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


# ---- event, places ----
ent("bund", "Event", "2024 Inclusion·外滩大会", ["外滩大会", "2024外滩大会", "2024年外滩大会"])
ent("sh", "Place", "上海")
ent("hp", "Place", "黄浦", ["黄浦区"])
ent("expo", "Place", "黄浦世博园区", ["世博园区"], optional=True)
ent("hpj", "Place", "黄浦江", optional=True)  # 齐聚黄浦江畔 (line 5)
ent("us", "Place", "美国", optional=True)     # only inside 美国三院院士 / 美国国家工程院
rel("bund", "locatedIn", "sh")
rel("bund", "locatedIn", "hp")
rel("bund", "locatedIn", "expo", optional=True)
ent("mainforum", "Event", "开幕主论坛", optional=True)   # part of the conference (line 6)
ent("openforum", "Event", "开放见解论坛", optional=True)  # 36 sub-forums (lines 6-7)
# ---- organisers ----
ent("zwh", "Organization", "外滩大会组委会")
ent("shjr", "Agency", "上海市地方金融管理局")
ent("hpgov", "Agency", "上海市黄浦区人民政府")
ent("cis", "Organization", "中国信息安全", optional=True)  # the publishing account, on the dateline only
ent("astd", "Organization", "亚洲科技日报")              # 《亚洲科技日报》, the media that ranked it (line 10)
# ---- speakers ----
ent("cas", "Organization", "中国科学院", optional=True)  # only inside 中国科学院院士 (honorary)
ent("cae", "Organization", "中国工程院", optional=True)
ent("nae", "Organization", "美国国家工程院", optional=True)
ent("fudan", "Organization", "复旦大学")
ent("zjlab", "Organization", "之江实验室")
ent("aliyun", "Organization", "阿里云")
ent("hkust", "Organization", "香港科技大学")
ent("jinli", "Person", "金力")
ent("wangjian", "Person", "王坚")
ent("jordan", "Person", "Michael I. Jordan")
ent("shenxy", "Person", "沈向洋")
rel("jinli", "holdsPost", "fudan", post="校长")
rel("wangjian", "holdsPost", "zjlab", post="主任")
rel("wangjian", "holdsPost", "aliyun", post="创始人", optional=True)
rel("shenxy", "holdsPost", "hkust", post="校董会主席")
for p in ("jinli", "wangjian", "jordan", "shenxy"):
    rel(p, "speaksAt", "bund")  # 大会邀请到……作为演讲嘉宾……这其中包括 (line 4)
ent("ant", "Organization", "蚂蚁集团")
ent("alipay", "Organization", "支付宝", optional=True)  # product brand inside 支付宝AI生活管家
for id, l in [("p1", "支付宝AI生活管家"), ("p2", "AI健康管家"), ("p3", "AI金融管家")]:
    ent(id, "Technology", l, optional=True)  # products shown by 蚂蚁集团 (line 8)
    rel("ant", "promotes", id, optional=True)
# ---- technologies ----
ent("fintech", "Technology", "金融科技")
ent("ai", "Technology", "人工智能", ["AI"])
ent("llm", "Technology", "大模型")
ent("digtech", "Technology", "数字技术", optional=True)  # 前沿数字技术, generic
rel("ant", "promotes", "ai", optional=True)  # AI管家 products
rel("zwh", "promotes", "fintech", optional=True)  # through the conference's platform

def G(id, label, evidence, opt=False, owner="zwh", owner_opt=True, tech=()):
    assert label in evidence, (label, evidence)
    assert 4 <= len(label) <= 40, label
    ent(id, "Goal", label, optional=opt, evidence=ev(evidence))
    if owner:
        rel(owner, "hasGoal", id, optional=opt or owner_opt)
    for t, topt in tech:
        rel(id, "involvesTechnology", t, optional=opt or topt)

# line 3: the conference's aims (the report speaks for the conference; the organiser only optionally owns them)
G("g1", "构建一个促进国际交流、科技与人文融合的对话平台", "致力于构建一个促进国际交流、科技与人文融合的对话平台")
G("g2", "助力上海打造具有全球影响力的国际金融中心和科技创新中心", "助力上海打造具有全球影响力的国际金融中心和科技创新中心")
# line 5
G("g3", "搭建全球金融科技的顶级对话平台", "2024外滩大会将持续立足上海，搭建全球金融科技的顶级对话平台", tech=[("fintech", False)])
G("g4", "加速建设全球影响力的科技创新中心", "上海也正加速建设全球影响力的科技创新中心", opt=True, owner=None)  # Shanghai's own course, restating g2's second half
G("g5", "推动金融科技助力全球商业增长和普惠发展", "共同讨论和分享AI时代下金融科技的挑战与机遇，以及如何推动金融科技助力全球商业增长和普惠发展", opt=True, tech=[("fintech", False)])  # a topic of discussion
G("g6", "发布一系列重磅的金融科技应用、行业标准", "作为全球领先的金融科技实践的展示平台，外滩大会将发布一系列重磅的金融科技应用、行业标准等", tech=[("fintech", False)])
# line 6
G("g7", "打造一个既专业，又接地气的科技嘉年华", "今年的大会以“更开放、更前沿、更创新”的姿态，打造一个既专业，又接地气的科技嘉年华")
# line 7: what the sub-forums' guests will do
G("g8", "关注前沿数字技术及金融科技的发展趋势", "来自全球产学研届的重磅嘉宾将从“金融智能与普惠未来”“科技创新与产业变革” “可持续发展与社会责任”三个维度出发，关注前沿数字技术及金融科技的发展趋势", opt=True, tech=[("fintech", False), ("digtech", True)])
G("g9", "分享产业界的见解和实践经验", "分享产业界的见解和实践经验", opt=True)
# line 8: 蚂蚁集团's products
G("g10", "让科技的发展惠及每一个人的生活", "蚂蚁集团展出了支付宝AI生活管家、AI健康管家和AI金融管家，让科技的发展惠及每一个人的生活", opt=True, owner="ant")

# ---- figures (lines 4, 6, 8) ----
for id, l, v, opt in [("s1", "受邀中外院士数量", "10余位", False), ("s2", "演讲嘉宾行业领军人物数量", "500多位", False),
                      ("s3", "开放见解论坛场数", "36场", False), ("s4", "创新者舞台场数", "10多场", False),
                      ("s5", "AI创新赛事场数", "2场", False), ("s6", "展览面积", "10000平方米", False),
                      ("s7", "展览场数", "1场", True), ("s8", "绿色生活节场数", "1场", True), ("s9", "科技人才招聘会场数", "1场", True),
                      ("s10", "参展科技企业、科研院校机构数量", "100多家", False), ("s11", "亮相展区AI助手数量", "20多个", False)]:
    ent(id, "Statistic", l, optional=opt, value=v)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
