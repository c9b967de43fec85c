"""Gold annotation of forum-cpse-security-expo-2024-long-2024 (聚焦 | 第十七届（2024）中国国际社会公共安全产品博览会暨智能与安全产业发展大会在京开幕, 中国信息安全 2024-10-24: the opening of the 2024 安博会 in Beijing), by hand per shared/eval/ANNOTATE.md (annotator annA13)."""
ID = "forum-cpse-security-expo-2024-long-2024"
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

def sent(frag):
    """the sentence (up to 。, or the whole line for a heading) of the text containing frag"""
    for l in lines:
        if frag in l:
            i = l.index(frag)
            a = max(l.rfind("。", 0, i), l.rfind("；", 0, i)) + 1
            b = l.find("。", i)
            return l[a:b + 1 if b >= 0 else len(l)]
    raise AssertionError(frag)

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

# ---- bodies ----
ent("zzb", "Agency", "中央综治办")  # co-founder of the expo (发起): no predicate for that
ent("mps", "Agency", "公安部")
ent("cspia", "Organization", "中安协")  # the organiser (主办并承办): no predicate for that
# ---- events ----
ent("expo", "Event", "第十七届（2024）中国国际社会公共安全产品博览会暨智能与安全产业发展大会",
    ["安博会", "2024中国国际社会公共安全产品博览会暨智能与安全产业发展大会", "中国国际社会公共安全产品博览会"])
ent("bj", "Place", "北京")
rel("expo", "locatedIn", "bj")  # 在京开幕; 逢双年在北京…主办
ent("china", "Place", "中国", optional=True)
ent("china2", "Place", "我国", optional=True)
ent("cpc20", "Event", "党的二十大")
ent("plenums", "Event", "二十届二中、三中全会", optional=True)  # two plenums written as one phrase
EV = [("aisec", "2024人工智能安全大会", False), ("lowalt", "2024低空安全大会", False),
      ("govsummit", "中国安防政府高峰论坛", False), ("intlsummit", "国际高峰论坛", True),
      ("dtforum", "数字化转型论坛", True), ("techsummit", "技术峰会", True),
      ("lowaltconf", "低空安全产业发展大会", False), ("outbound", "安防出海高峰论坛", False),
      ("dsforum", "数字安全高峰论坛", False)]
for id, l, opt in EV:
    ent(id, "Event", l, optional=opt)
    rel(id, "locatedIn", "bj", optional=True)  # held alongside the expo (同期举办 / 本届安博会将举办)
# ---- technologies ----
T = [("ai", "人工智能", (), False), ("aiot", "智能物联", (), True), ("uas", "无人系统", ("智慧无人系统",), True),
     ("video", "智能视频监控", (), True), ("smarthome", "智能家居", (), True), ("smartcomm", "智慧社区", (), True),
     ("digsec", "数字安全", (), True), ("lowsec", "低空安全", (), True), ("dt", "数字化转型", (), True)]
for id, l, al, opt in T:
    ent(id, "Technology", l, al, optional=opt)
TOPT = {id for id, l, al, opt in T if opt}

def G(id, label, evidence, opt=False):
    """The expo's aims (an Event: no holder); its organiser 中安协 hasGoal optional."""
    assert label in evidence, (label, evidence)
    assert 4 <= len(label) <= 30, label
    ent(id, "Goal", label, optional=opt, evidence=ev(evidence))
    rel("cspia", "hasGoal", id, optional=True)
    for t, l, al, o in T:
        if any(x in label for x in (l,) + tuple(al)):
            rel(id, "involvesTechnology", t, optional=opt or o)

# line 3: the expo's 宗旨
e3 = sent("为宗旨")
G("g1", "全面贯彻落实党的二十大和二十届二中、三中全会精神", e3)
G("g2", "助力国家安全体系和能力现代化建设", e3)
G("g3", "促进我国安防行业高质量发展", e3)
# line 5: the programme (将举办…, 开展…): optional
e5 = sent("本届安博会将举办")
G("p1", "举办低空安全产业发展大会", e5, opt=True)
G("p2", "开展第九届优秀创新产品推荐", e5, opt=True)
# line 6: what the expo will go on doing
e6 = sent("安博会将继续拓展安防现代产业边界")
G("c1", "继续拓展安防现代产业边界", e6)
G("c2", "推动大安全大智能深度融合", e6)
G("c3", "助力更高水平平安中国、数字中国战略实施", e6)
G("c4", "推动数字安全、低空安全蓬勃发展", e6)
G("c5", "为以中国式现代化全面推进强国建设、民族复兴伟业贡献行业力量", e6)
# ---- statistics ----
e6s = sent("总参展商突破1万家")
stat("s1", "安博会总参展商", "1万家", e6s)
stat("s2", "安博会展出产品和解决方案", "20万种", e6s)
stat("s3", "安博会专业观众", "100万人次", e6s)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
