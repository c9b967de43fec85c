"""Gold annotation of briefing-wic-wuzhen-summit-2024-long-2024 (2024年世界互联网大会乌镇峰会11月举行), by hand per shared/eval/ANNOTATE.md (annotator ann44)."""
ID = "briefing-wic-wuzhen-summit-2024-long-2024"
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
    for a in aliases: assert a in text, a
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    # a relation to an optional entity is optional too
    optional = optional or any(e.get("optional") for e in E if e["id"] in (s, o))
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=()):
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

def stat(id, label, value, evidence, optional=False):
    assert str(value) in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=ev(evidence), optional=optional)

L = lines
# Organisations and agencies
ent("wic", "Organization", "世界互联网大会", ["大会"])
ent("wic-ai", "Organization", "世界互联网大会人工智能专业委员会")
rel("wic-ai", "subOrganizationOf", "wic", optional=True)
ent("wic-academy", "Organization", "世界互联网大会数字研修院")
rel("wic-academy", "subOrganizationOf", "wic", optional=True)
ent("rmrb", "Organization", "人民日报")
ent("zj-pc", "Agency", "浙江省委")
ent("zj-prop", "Agency", "宣传部")
rel("zj-prop", "subOrganizationOf", "zj-pc")
ent("tx-pc", "Agency", "桐乡市委", ["浙江省桐乡市委"])
# People
ent("jin", "Person", "金歆")
ent("ren", "Person", "任贤良")
rel("ren", "holdsPost", "wic", post="秘书长")
ent("zhao", "Person", "赵承")
rel("zhao", "holdsPost", "zj-pc", post="常委")
rel("zhao", "holdsPost", "zj-prop", post="部长")
ent("yu", "Person", "于会游")
rel("yu", "holdsPost", "tx-pc", post="书记")
# Events
ent("summit", "Event", "2024年世界互联网大会乌镇峰会", ["世界互联网大会乌镇峰会", "乌镇峰会", "本次峰会"])
ent("presser", "Event", "新闻发布会", optional=True)
rel("ren", "speaksAt", "presser")
rel("zhao", "speaksAt", "presser")
rel("yu", "speaksAt", "presser")
ent("expo", "Event", "“互联网之光”博览会", ["互联网之光”博览会"])
ent("contest", "Event", "“直通乌镇”全球互联网大赛", ["直通乌镇”全球互联网大赛"])
ent("cases", "Event", "“携手构建网络空间命运共同体精品案例”发布展示活动", optional=True)
# Documents
ent("gdi", "Document", "全球发展倡议", optional=True)
# Places
ent("wuzhen", "Place", "乌镇", ["浙江乌镇"])
ent("zj", "Place", "浙江")
ent("bj", "Place", "北京")
ent("hz", "Place", "杭州市")
ent("tx", "Place", "桐乡", ["桐乡市"])
ent("china", "Place", "中国", optional=True)
rel("summit", "locatedIn", "wuzhen")
rel("summit", "locatedIn", "zj", optional=True)
rel("presser", "locatedIn", "bj")
# Technologies
ent("ai", "Technology", "人工智能")
ent("cloud", "Technology", "云计算")
ent("bigdata", "Technology", "大数据")
ent("citybrain", "Technology", "城市大脑")
ent("icv", "Technology", "智能网联汽车")
ent("greenwave", "Technology", "智慧绿波", optional=True)
ent("internet", "Technology", "互联网", ["“互联网+”"], optional=True)
ent("opensource", "Technology", "开源", optional=True)
ent("zlb", "Technology", "浙里办", optional=True)
ent("mhww", "Technology", "民呼我为", optional=True)
rel("wic", "promotes", "ai")
rel("tx-pc", "promotes", "icv")
rel("tx-pc", "promotes", "internet", optional=True)
# Statistics
stat("s-forums", "峰会分论坛场数", "24场", sent("举办24场分论坛"), optional=True)

# 任贤良 for the 大会: the summit's programme
W = dict(by=("ren",), body=("wic",))
goal("w0", "拥抱以人为本、智能向善的数字未来", optional=True, **W)
goal("w1", "聚焦人工智能技术、产业发展及其对人类经济社会的影响", tech=("ai",), **W)
goal("w2", "设立“世界互联网大会杰出贡献奖”", **W)
goal("w3", "表彰在全球互联网相关领域作出杰出贡献的个人和企业", **W)
goal("w4", "成立世界互联网大会人工智能专业委员会", tech=("ai",), **W)
goal("w5", "搭建人工智能国际交流合作平台", tech=("ai",), **W)
goal("w6", "启动世界互联网大会智库合作计划", **W)
goal("w7", "推动全球智库围绕互联网相关议题开展研究、交流与合作", **W)
goal("w8", "设立世界互联网大会数字研修院", **W)
goal("w9", "搭建国际化研修平台", **W)
goal("w10", "举办24场分论坛", **W)
goal("w11", "开展世界互联网大会领先科技奖", sent("举办24场分论坛"), **W)
# the reporter's background paragraph: what the 大会 will do next
B = dict(body=("wic",), opt_by=("ren",))
goal("b1", "持续创新", sent("接下来，大会将持续创新"), **B)
goal("b2", "促进国际网络空间的交流合作", **B)
goal("b3", "推动构建网络空间命运共同体迈向新阶段", **B)
# 赵承: past changes in 浙江 (measures named in passing)
Z = dict(optional=True, by=("zhao",))
goal("z1", "高效办成一件事", **Z)
goal("z2", "实现道路车流的即时感知、即时计算", tech=("citybrain", "cloud", "bigdata"), **Z)
goal("z3", "让治理更科学", **Z)
goal("z4", "实现养老、医疗、教育等十一大领域公共服务可感、可知、可享", **Z)
goal("z5", "让服务更多元", **Z)
# 于会游 for 桐乡
Y = dict(by=("yu",), body=("tx-pc",))
goal("y1", "打造文化交流传播窗口", **Y)
goal("y2", "建设“互联网+”产业高地", tech=("internet",), **Y)
goal("y3", "大力发展智能网联汽车产业和数据要素产业", tech=("icv",), **Y)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
