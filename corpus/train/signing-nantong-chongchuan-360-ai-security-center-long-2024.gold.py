"""Gold annotation of signing-nantong-chongchuan-360-ai-security-center-long-2024 (数字城市AI安全运营中心签约揭牌，360赋能长三角城市安全新篇章, 安全客 2024-11-27, reprinting 360数字安全: the signing and unveiling of the 360–晟晖科技 city AI security operations centre in 南通 崇川), by hand per shared/eval/ANNOTATE.md (annotator annH13)."""
ID = "signing-nantong-chongchuan-360-ai-security-center-long-2024"
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

# ---- companies and the centre ----
ent("q360", "Organization", "360数字安全集团", ["360"])
ent("q360js", "Organization", "360数字安全集团江苏公司")
rel("q360js", "subOrganizationOf", "q360")
ent("sh", "Organization", "江苏晟晖信息科技有限公司", ["晟晖科技"])
ent("center", "Organization", "数字城市AI安全运营中心", ["城市AI安全运营中心", "运营中心", "联运中心"])
# ---- government bodies ----
ent("cc-cpc", "Agency", "崇川区委", ["南通市崇川区委"])
ent("cc-gov", "Agency", "崇川区政府", ["区政府"])
ent("cc-prop", "Agency", "区委宣传部")
rel("cc-prop", "subOrganizationOf", "cc-cpc")  # 崇川区委常委、区委宣传部长
ent("cc-dz", "Agency", "崇川经济开发区党工委")
ent("nt-prop", "Agency", "南通市委宣传部")
ent("nt-cac", "Agency", "市委网信办")  # 南通市委宣传部副部长、市委网信办主任
# ---- people ----
ent("ywp", "Person", "杨万平")
rel("ywp", "holdsPost", "cc-cpc", post="副书记")
rel("ywp", "holdsPost", "cc-gov", post="区长")
ent("yl", "Person", "俞雷")
rel("yl", "holdsPost", "nt-prop", post="副部长")
rel("yl", "holdsPost", "nt-cac", post="主任")
ent("yjx", "Person", "闫静翔")
rel("yjx", "holdsPost", "cc-cpc", post="区委常委")
rel("yjx", "holdsPost", "cc-dz", post="书记")
ent("yjj", "Person", "杨晶晶")
rel("yjj", "holdsPost", "cc-cpc", post="区委常委")
rel("yjj", "holdsPost", "cc-prop", post="部长")
ent("wwx", "Person", "王文献")
rel("wwx", "holdsPost", "cc-gov", post="副区长")
ent("hzq", "Person", "胡振泉")
rel("hzq", "holdsPost", "q360", post="总裁")
ent("dy", "Person", "董跃")
rel("dy", "holdsPost", "q360", post="高级副总裁")
ent("cy", "Person", "陈杨")
rel("cy", "holdsPost", "q360", post="副总裁")
ent("sfl", "Person", "束方丽")
rel("sfl", "holdsPost", "q360js", post="总经理")
ent("zjr", "Person", "张建荣")
rel("zjr", "holdsPost", "sh", post="董事长")
# ---- event, places, the keynote title ----
ent("meet", "Event", "携手共创网络安全新篇章暨AI赋能城市网络安全会议")
for p in ["ywp", "hzq", "cy"]:
    rel(p, "speaksAt", "meet")  # 致辞 / 主题演讲
ent("js", "Place", "江苏")
ent("nt", "Place", "南通", ["南通市"])
rel("meet", "locatedIn", "nt")  # 在江苏南通举办签约及揭牌仪式 (at the meeting)
ent("cc", "Place", "崇川")
rel("meet", "locatedIn", "cc", optional=True)  # the district's officials host it; not stated
ent("csj", "Place", "长三角", ["长三角地区", "长三角城市群"])
ent("nation", "Place", "全国", optional=True)
ent("talk", "Document", "AI重新定义安全服务，推动安全行业变革", optional=True)  # a keynote title in 《》
# ---- technologies ----
ent("ai", "Technology", "人工智能", ["AI"])
ent("bd", "Technology", "大数据", optional=True)  # only in 全网安全大数据
ent("llm", "Technology", "大模型", optional=True)  # only in 安全大模型
ent("cloud360", "Technology", "360安全云", optional=True)  # a product
ent("cyber", "Technology", "网络安全", optional=True)
ent("digsec", "Technology", "数字安全", optional=True)
ent("dt", "Technology", "数字化转型", optional=True)
TECH = [("ai", ("人工智能", "AI"), False), ("bd", ("大数据",), True), ("llm", ("大模型",), True),
        ("cloud360", ("360安全云",), True), ("cyber", ("网络安全",), True),
        ("digsec", ("数字安全",), True), ("dt", ("数字化转型",), True)]

def G(id, label, evidence, holders=(), opt_holders=(), who=(), opt=False):
    assert label in evidence, (label, evidence)
    assert 4 <= len(label) <= 30, label
    ent(id, "Goal", label, optional=opt, evidence=ev(evidence))
    for h in holders: rel(h, "hasGoal", id, optional=opt)
    for h in opt_holders: rel(h, "hasGoal", id, optional=True)
    for p in who: rel(p, "proposes", id, optional=opt)
    for t, ls, o in TECH:
        if any(l in label for l in ls):
            rel(id, "involvesTechnology", t, optional=opt or o)

# line 3: what the centre will do once founded
e = sent("运营中心成立后")
G("o1", "充分发挥双方优势", e, holders=["center"], opt_holders=["q360", "sh"])
G("o2", "紧密协作", e, holders=["center"], opt_holders=["q360", "sh"], opt=True)
G("o3", "打造南通安全领域新标杆", e, holders=["center"], opt_holders=["q360", "sh"])
G("o4", "将安全服务惠及长三角千行百业", e, holders=["center"], opt_holders=["q360", "sh"])
# 杨万平 (崇川区): what the cooperation can bring
e = sent("不仅能为相关企业提供")
G("y1", "为相关企业提供更加高效、智能的网络安全解决方案", e, opt_holders=["cc-gov", "q360", "sh"], who=["ywp"])
G("y2", "为崇川乃至南通的数字化转型与安全保障提供坚实支撑", e, opt_holders=["cc-gov", "q360", "sh"], who=["ywp"])
# 胡振泉 (360)
e = sent("为了给城市打造数字安全屏障")
G("h1", "给城市打造数字安全屏障", e, holders=["q360"], who=["hzq"])
G("h2", "打造城市级安全公共服务平台", e, holders=["q360"], who=["hzq"])
G("h3", "将服务国家的安全能力变成公共服务", e, holders=["q360"], who=["hzq"])
e = sent("以自研的安全大模型提升360全系安全产品")
G("h4", "提升360全系安全产品的含“AI量”", e, holders=["q360"], who=["hzq"])
G("h5", "帮助企业提质增效", e, holders=["q360"], who=["hzq"])
e = sent("本次360与晟晖科技合作建设数字城市AI安全运营中心")
G("h6", "合作建设数字城市AI安全运营中心", e, holders=["q360", "sh"], who=["hzq", "cy"])  # restated by 陈杨: 共同建设城市AI安全运营中心
G("h7", "立足南通辐射长三角", e, holders=["q360"], opt_holders=["sh", "center"], who=["hzq"])
G("h8", "推动地区数字化升级", e, holders=["q360"], opt_holders=["sh", "center"], who=["hzq"])
G("h9", "为城市数字经济高质量发展注入强劲动力", e, holders=["q360"], opt_holders=["sh", "center"], who=["hzq"])
# 陈杨 (360)
e = sent("360基于“安全即服务”理念升级")
G("c1", "升级“360安全云”", e, holders=["q360"], who=["cy"])
G("c2", "帮助城市和企业构建应对数字时代复杂威胁的数字安全能力", e, holders=["q360"], who=["cy"])
e = sent("360将携手晟晖科技共同建设城市AI安全运营中心")
G("c3", "为城市提供更全面的安全服务", e, holders=["q360"], opt_holders=["sh"], who=["cy"])
G("c4", "进一步推动安全普惠", e, holders=["q360"], opt_holders=["sh"], who=["cy"])
# 晟晖科技's line of business (optional)
e = sent("晟晖科技专注为用户提供")
G("s1", "为用户提供全方位、一站式网络安全解决方案和技术服务", e, holders=["sh"], opt=True)
# what the centre will do
e = sent("本次运营中心将整合")
G("o5", "整合360全网安全大数据、安全大模型、威胁情报", e, holders=["center"])
G("o6", "为南通市乃至全国范围内的企业客户提供数字安全解决方案和服务", e, holders=["center"])
# the two companies' future work
e = sent("未来，360数字安全集团与晟晖科技将")
G("f1", "共同探索数字安全服务新模式、新路径", e, holders=["q360", "sh"], opt_holders=["center"])
G("f2", "为南通市乃至长三角地区企业数字化转型与高质量发展保驾护航", e, holders=["q360", "sh"], opt_holders=["center"])
rel("q360", "promotes", "ai")  # h4, h6
rel("sh", "promotes", "ai", optional=True)  # h6, jointly
rel("center", "promotes", "ai", optional=True)  # 整合…人工智能领域的优势能力
rel("q360", "promotes", "digsec", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
