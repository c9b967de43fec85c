"""Gold annotation of forum-wic2022-cyber-rule-of-law-long-2022 (2022年世界互联网大会网络法治论坛举办，正式发布《反电信网络诈骗倡议》), by hand per shared/eval/ANNOTATE.md (annP16; no extractor was run or read)."""
ID = "forum-wic2022-cyber-rule-of-law-long-2022"
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

# Event, places
ent("forum", "Event", "2022年世界互联网大会乌镇峰会网络法治论坛", ["2022年世界互联网大会网络法治论坛"])
ent("summit", "Event", "2022年世界互联网大会乌镇峰会", optional=True)  # only inside the forum's name
ent("wic", "Organization", "世界互联网大会", optional=True)             # only inside the names
ent("wuzhen", "Place", "乌镇")
ent("zhejiang", "Place", "浙江")
rel("forum", "locatedIn", "wuzhen")
rel("forum", "locatedIn", "zhejiang", optional=True)
rel("summit", "locatedIn", "wuzhen", optional=True)
ent("china", "Place", "中国", optional=True)
# bodies
ent("cac", "Agency", "中国国家互联网信息办公室", ["国家互联网信息办公室"])
ent("cn-gov", "Agency", "中国政府", optional=True)
ent("zj-gov", "Agency", "浙江省", optional=True)   # the post 浙江省副省长: the province's unnamed government
ent("cls", "Organization", "中国法学会")
ent("cls-ac", "Organization", "学术委员会", optional=True)
rel("cls-ac", "subOrganizationOf", "cls", optional=True)
ent("bnu", "Organization", "北京师范大学")
ent("aqniu", "Organization", "安全牛", optional=True)        # the reprinting account, on the source line
ent("wxzg", "Organization", "网信中国", ["“网信中国”公众号"], optional=True)  # the original account
# people
ent("sheng", "Person", "盛荣华")
rel("sheng", "holdsPost", "cac", post="副主任")
ent("gao", "Person", "高兴夫")
rel("gao", "holdsPost", "zj-gov", post="副省长", optional=True)
ent("zhang", "Person", "张文显")
rel("zhang", "holdsPost", "cls", post="党组成员、学术委员会主任")
rel("zhang", "holdsPost", "cls-ac", post="主任", optional=True)
ent("ma", "Person", "马骏")
rel("ma", "holdsPost", "bnu", post="校长")
for p in ("sheng", "gao", "zhang", "ma"):
    rel(p, "speaksAt", "forum")
# the initiative released at the forum
ent("init", "Document", "反电信网络诈骗倡议", ["《反电信网络诈骗倡议》", "倡议"])
rel("init", "adoptedAt", "forum", optional=True)   # 发布 at the forum; no issuer named
# technologies
ent("internet", "Technology", "互联网", optional=True)
ent("cybersec", "Technology", "网络安全", optional=True)
ent("datasec", "Technology", "数据安全", optional=True)

# 盛荣华 (国家网信办)
S = dict(by=["sheng"], body=["cac"])
goal("s0a", "统筹发展与安全", optional=True, opt_by=["sheng"])      # posed as the 互联网之问
goal("s0b", "保障公平与正义", sent("统筹发展与安全"), optional=True, opt_by=["sheng"])
gov = sent("中国政府对网络法治建设高度重视")
for i, l in enumerate(["充分发挥法治固根本、稳预期、利长远的作用", "加快网络立法进程", "深入整治突出问题"]):
    goal(f"s-past{i}", l, gov, optional=True, opt_by=["sheng"], opt_body=["cn-gov"])   # past measures, achieved
goal("s1", "推动构建更加完善的网络法治保障体系", **S)
for i, l in enumerate(["加快网络立法步伐", "完善网络法治体系", "加大网络执法力度", "维护良好网络秩序",
                       "强化网络法治宣传", "助力营造清朗网络", "深化国际交流合作", "共建共享法治未来"]):
    goal(f"s{i + 2}", l, **S)

# 高兴夫 (浙江): 浙江 as subject, the province's government an optional holder
Z = dict(by=["gao"], opt_body=["zj-gov"])
zs = sent("浙江率先推动构建依法治网体系")
goal("z0", "率先推动构建依法治网体系", zs, optional=True, opt_by=["gao"], opt_body=["zj-gov"])
goal("z1", "坚持以法治手段规范互联网新技术新业态", zs, opt_tech=["internet"], **Z)
goal("z2", "护航数字经济健康发展", zs, **Z)
for i, l in enumerate(["重视发挥制度供给的引领性作用", "重视发挥行政执法的强制性作用",
                       "重视发挥司法审判的权威性作用", "重视发挥守法普法的渗透性作用"]):
    goal(f"z{i + 3}", l, zs, optional=True, opt_by=["gao"], opt_body=["zj-gov"])  # named with their results
goal("z7", "推动形成更加开放、健康、安全的网络生态", zs, **Z)

# 马骏 (北京师范大学, the host)
ms = sent("期待本次论坛能够")
goal("m1", "搭建起数字时代法治建设的专业化交流合作平台", ms, by=["ma"], body=["bnu"])
goal("m2", "积极建言献策", ms, by=["ma"], opt_body=["bnu"])
goal("m3", "着力发挥法治在推动国际社会共迎安全挑战、共谋发展福祉", ms, by=["ma"], opt_body=["bnu"])

# 张文显 (中国法学会; a scholar's view: the society an optional holder)
ZW = dict(by=["zhang"], opt_body=["cls"])
zw = sent("建设网络强国离不开法治")
goal("w0", "建设网络强国", zw, optional=True, opt_by=["zhang"], opt_body=["cls"])
for i, l in enumerate(["把网络法治作为基础性手段", "加快形成中国特色网络法治体系", "为数字经济营造良好法治环境",
                       "大力推进网络治理法治化", "以良法善治促进网络文明", "推进全球网络治理体系变革",
                       "携手构建网络空间命运共同体", "推动依法管网、依法办网、依法上网",
                       "确保互联网在法治轨道上健康运行", "不断开辟建设网络强国新局面"]):
    goal(f"w{i + 1}", l, zw, opt_tech=(["internet"] if "互联网" in l else []), **ZW)

# the forum's theme (host's programme)
goal("f1", "构建数字时代法治保障体系", optional=True, opt_body=["bnu"])

# 《反电信网络诈骗倡议》
I = dict(body=["init"])
goal("i0", "建设清朗网络空间", **I)
for i, l in enumerate(["履行主体责任", "加强自我约束", "促进行业自律", "加快数字法治体系建设",
                       "强化数据安全和个人信息保护", "共筑网络安全防线"]):
    goal(f"i1{i}", l, opt_tech=({"强化数据安全和个人信息保护": ["datasec"], "共筑网络安全防线": ["cybersec"]}.get(l, [])), **I)
for i, l in enumerate(["加强网络诚信体系建设", "筑牢社会诚信根基", "严厉打击电信网络诈骗活动",
                       "多管齐下铲除电信网络诈骗犯罪的生存土壤"]):
    goal(f"i2{i}", l, **I)
goal("i30", "大力弘扬社会主义核心价值观", **I)
goal("i31", "践行家庭伦理、职业伦理、社会伦理和数字伦理", **I)
goal("i32", "发挥个人道德和社会伦理建设对于遏制电信网络诈骗的基础性作用", **I)

rel("zj-gov", "promotes", "internet", optional=True)
rel("cls", "promotes", "internet", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
