"""Gold annotation of signing-putuo-knownsec-cybersecurity-long-2023 (知道创宇签约上海市普陀区，赵伟分享网安产业思考,
嘶吼 RoarTalk 2023-06-19, a company's report of its signing with 上海市普陀区 at a youth-entrepreneurs' sub-forum),
by hand per shared/eval/ANNOTATE.md (annotator annE14)."""
ID = "signing-putuo-knownsec-cybersecurity-long-2023"
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
    optional = optional or any(e.get("optional") for e in E if e["id"] in (s, o))
    key = (s, p, o)
    assert key not in {(r["s"], r["p"], r["o"]) for r in R}, key
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=(), opt_tech=()):
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

# ---- Organisations and bodies ---------------------------------------------------------------
ent("ks", "Organization", "知道创宇")
ent("cfi", "Organization", "上海长风投资（集团）有限公司")
ent("y50", "Organization", "上海市青年五十人创新创业研究院")
ent("sh-ufwd", "Agency", "上海市委统战部")
ent("sh-eit", "Agency", "市经信委")
ent("sh-cac", "Agency", "上海市委网信办", ["市委网信办"])
ent("sh-gov", "Agency", "上海市政府")
ent("pt-cpc", "Agency", "普陀区委")
ent("pt-gov", "Agency", "普陀区政府", ["区政府"])
ent("pt-ufwd", "Agency", "普陀区委统战部")
ent("pt-sci", "Agency", "普陀区科委")
ent("pt-cac", "Agency", "普陀区委网信办")
rel("pt-ufwd", "subOrganizationOf", "pt-cpc")
rel("pt-cac", "subOrganizationOf", "pt-cpc")
rel("pt-sci", "subOrganizationOf", "pt-gov", optional=True)
ent("relay", "Organization", "上海创新创业接力站", optional=True)   # launched at the forum

# ---- People ---------------------------------------------------------------------------------
ent("zhao", "Person", "赵伟")
rel("zhao", "holdsPost", "ks", post="创始人、CEO")
ent("zhou", "Person", "周世波")
rel("zhou", "holdsPost", "ks", post="华东区总经理")
ent("engels", "Person", "恩格斯")

# ---- Events, places -------------------------------------------------------------------------
ent("forum", "Event", "上海创新创业青年50人论坛分论坛",
    ["“‘中华武数’之网络安全产业创新与发展”上海创新创业青年50人论坛分论坛"])
ent("sign", "Event", "“2023年新引入网络安全产业重点企业”的签约仪式", ["签约仪式"])
ent("rt", "Event", "圆桌论坛", optional=True)
ent("wic", "Event", "世界互联网大会", ["2015年的世界互联网大会"])
ent("salon", "Event", "网络安全技术沙龙", optional=True)
ent("camp", "Event", "沪港澳青年创新创业研修营", optional=True)
ent("sh", "Place", "上海", ["上海市"])
ent("pt", "Place", "普陀区", ["上海市普陀区"])
ent("venue", "Place", "上海市跨国采购会展中心", optional=True)
ent("yrd", "Place", "长三角")
ent("prd", "Place", "珠三角")
rel("forum", "locatedIn", "venue", optional=True)
rel("forum", "locatedIn", "sh", optional=True)     # the venue's city, not said as such
rel("sign", "locatedIn", "venue", optional=True)
rel("zhao", "speaksAt", "forum")                    # 受邀参与圆桌论坛 … 分享
rel("zhao", "speaksAt", "rt", optional=True)
rel("zhao", "speaksAt", "wic")                      # 在2015年的世界互联网大会上，赵伟提出了…
rel("salon", "locatedIn", "sh", optional=True)

# ---- Technologies ---------------------------------------------------------------------------
ent("ai", "Technology", "人工智能", ["AI"])
ent("bigdata", "Technology", "大数据", ["安全大数据"])
ent("cloudsec", "Technology", "云安全", optional=True)
ent("gpt", "Technology", "chatGPT", optional=True)
ent("zoomeye", "Technology", "ZoomEye网络空间测绘系统", ["ZoomEye"], optional=True)
ent("zegpt", "Technology", "ZoomEyeGPT", optional=True)
ent("aegis", "Technology", "城市互联网宙斯盾", optional=True)
ent("it", "Technology", "信息技术", optional=True)

# ---- Goals ----------------------------------------------------------------------------------
# 知道创宇 (lead line and line 11): the restated aim of the lead is one node
goal("k1", "为上海市打造数字安全城市保驾护航",
     "以“AI+安全大数据”的数智实战能力为上海市打造数字安全城市保驾护航", body=("ks",), tech=("ai", "bigdata"))
goal("k2", "共同助力普陀区网络安全产业的发展", body=("ks",))
goal("k0", "持续护航上海数字安全城市建设", "知道创宇将以“数智”实战能力持续护航上海数字安全城市建设", optional=True, opt_body=("ks",))
# its continuing work (一直…, 十余年来一直在研究…)
goal("k3", "为上海市政府、医疗、金融等重点行业的网络安全建设赋能", optional=True, opt_body=("ks",))
goal("k4", "研究基于大数据与人工智能的网络防御能力", optional=True, opt_body=("ks",), opt_tech=("ai", "bigdata"))
# 赵伟 (line 18)
goal("z1", "准备经受风高浪急甚至惊涛骇浪的重大考验", by=("zhao",), opt_body=("ks",))
goal("z2", "在关键基础设施和未知攻击的防御上做出一点贡献",
     "我们希望发挥知道创宇的特点和优势，在关键基础设施和未知攻击的防御上做出一点贡献", by=("zhao",), body=("ks",))
# 普陀区 (line 8, continuing work; a district as subject stands for its government: optional hasGoal)
PT = {"opt_body": ("pt-gov",)}
goal("p1", "持续推动网络安全产业的创新发展", **PT)
goal("p2", "加快建设网络安全产业的创新高地", **PT)
goal("p3", "持续引进网络安全行业的龙头企业和细分领域的明星企业", **PT)
goal("p4", "打造网络安全产业园", **PT)
# the forum (line 20): 通过搭建A，推动B，全面激发C; organised by 普陀区委、区政府 (optional holders)
FO = {"opt_body": ("pt-cpc", "pt-gov")}
goal("f1", "搭建青年创新创业发展平台", **FO)
goal("f2", "推动青年创新创业高质量发展", **FO)
goal("f3", "全面激发全社会创新活力和创造潜能", **FO)
goal("f4", "启动了上海创新创业接力站", optional=True, **FO)   # done at the forum

rel("ks", "promotes", "ai")
rel("ks", "promotes", "bigdata")

out = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
print(len(E), "entities", len(R), "relations")
