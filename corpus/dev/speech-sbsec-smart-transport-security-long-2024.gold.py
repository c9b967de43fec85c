"""Gold annotation of speech-sbsec-smart-transport-security-long-2024 (盛邦安全董事长权晓文：构建全面完善的安全防护体系迫在眉睫), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-sbsec-smart-transport-security-long-2024"
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


# Outlets, company, people
ent("sihou", "Organization", "嘶吼")
ent("cri", "Organization", "国际在线")
ent("sbsec", "Organization", "远江盛邦（北京）网络安全科技股份有限公司", ["盛邦安全"])
ent("quan", "Person", "权晓文")
rel("quan", "holdsPost", "sbsec", post="董事长")
ent("chen", "Person", "陈超然")                       # photographer credited under the picture
ent("wic", "Organization", "世界互联网大会", optional=True)   # only inside the summit's name

# Events and places
ent("summit", "Event", "2024年世界互联网大会乌镇峰会", ["世界互联网大会乌镇峰会", "乌镇峰会"])
ent("forum", "Event", "世界互联网大会乌镇峰会智能交通论坛", ["智能交通论坛"])
rel("quan", "speaksAt", "forum")
rel("quan", "speaksAt", "summit", optional=True)
ent("wuzhen", "Place", "乌镇", ["浙江乌镇"])
ent("zj", "Place", "浙江")
ent("china", "Place", "中国", optional=True)
ent("bj", "Place", "北京", optional=True)             # only inside the company's name
rel("summit", "locatedIn", "wuzhen")
rel("summit", "locatedIn", "zj", optional=True)
rel("forum", "locatedIn", "wuzhen", optional=True)

# Technologies
ent("ai", "Technology", "人工智能")
ent("satnet", "Technology", "卫星互联网")
ent("internet", "Technology", "互联网", optional=True)
ent("its", "Technology", "智能交通", optional=True)
ent("uav", "Technology", "无人机", optional=True)
ent("satcom", "Technology", "卫星通讯", optional=True)
ent("cybermap", "Technology", "网络空间地图", optional=True)
ent("digital", "Technology", "数字化", optional=True)
rel("sbsec", "promotes", "satnet")
rel("sbsec", "promotes", "cybermap", optional=True)
rel("sbsec", "promotes", "satcom", optional=True)

# Goals stated by 权晓文
L4 = "网络安全企业应当积极发挥作用，辅助人工智能更好地解决安全问题，确保其在可控的环境下稳健发展"
goal("g1", "构建一个全面、完善的安全防护体系", "面对智能交通相关产业发展过程中涌现出的一系列安全挑战，构建一个全面、完善的安全防护体系迫在眉睫")
goal("g2", "网络安全企业应当积极发挥作用", L4)
goal("g3", "辅助人工智能更好地解决安全问题", L4)
goal("g4", "确保其在可控的环境下稳健发展", L4)
for g in ("g1", "g2", "g3", "g4"):
    rel("quan", "proposes", g)
    rel("sbsec", "hasGoal", g, optional=True)   # a call to the whole industry, not only his company's aim
rel("g1", "involvesTechnology", "its", optional=True)
rel("g3", "involvesTechnology", "ai")
rel("g4", "involvesTechnology", "ai", optional=True)   # 其 = 人工智能

# the company's continuing work (一直积极探索…, 通过A、B，助力D)
L6 = "盛邦安全一直积极探索解决网络安全领域难题，通过数字化呈现网络生态，建设网络空间地图，助力构建网络空间命运共同体"
for id, l in [("c1", "积极探索解决网络安全领域难题"), ("c2", "通过数字化呈现网络生态"),
              ("c3", "建设网络空间地图"), ("c4", "助力构建网络空间命运共同体")]:
    goal(id, l, L6)
    rel("sbsec", "hasGoal", id)
    rel("quan", "proposes", id)
rel("c3", "involvesTechnology", "cybermap", optional=True)
rel("c2", "involvesTechnology", "digital", optional=True)
goal("c5", "形成卫星通讯安全解决方案", "已形成卫星通讯安全解决方案，包括地面测控网和无人机安全、卫星网安全防御体系等", optional=True)
rel("sbsec", "hasGoal", "c5", optional=True)
rel("c5", "involvesTechnology", "satcom", optional=True)
rel("c5", "involvesTechnology", "uav", optional=True)

# his hopes for next year's summit and the industry
L8 = "希望明年的乌镇峰会能够继续发挥其积极影响力，持续推动整个行业不断向前发展，为构建更加安全、稳定、繁荣的网络空间奠定坚实基础"
for id, l in [("h1", "继续发挥其积极影响力"), ("h2", "持续推动整个行业不断向前发展"),
              ("h3", "为构建更加安全、稳定、繁荣的网络空间奠定坚实基础")]:
    goal(id, l, L8)
    rel("quan", "proposes", id)
goal("h0", "网络强国战略目标", "今年是网络强国战略目标提出10周年", optional=True)

# Figures with digits (anniversaries): optional
stat("s1", "网络强国战略目标提出周年", "10周年", "今年是网络强国战略目标提出10周年", optional=True)
stat("s2", "中国全功能接入国际互联网周年", "30周年", "也是中国全功能接入国际互联网30周年", optional=True)
stat("s3", "乌镇峰会发展历程", "11年", "在这11年的发展历程中", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
