"""Gold annotation of signing-jiaxing-360-digital-security-long-2024 (360与嘉兴市政府达成三项重大战略合作 共绘数字城市发展新蓝图), by hand per shared/eval/ANNOTATE.md."""
ID = "signing-jiaxing-360-digital-security-long-2024"
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

def stat(id, label, value, evidence, optional=False):
    assert value in evidence or re.sub(r"[^0-9.]", "", value) in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=ev(evidence), optional=optional)

# Events, places, document
ent("wic", "Event", "2024年世界互联网大会乌镇峰会", ["世界互联网大会乌镇峰会"])
ent("cer", "Event", "签约仪式", optional=True)
ent("jx", "Place", "嘉兴市", ["嘉兴"])
ent("wz", "Place", "乌镇", optional=True)
ent("nh", "Place", "南湖区", optional=True)
ent("zj", "Place", "浙江", optional=True)   # only in the slogan “创新浙江”
ent("yrd", "Place", "长三角", optional=True)  # only in 数字长三角
ent("cn", "Place", "全国", ["国内"], optional=True)
rel("wic", "locatedIn", "wz", optional=True)
ent("agr", "Document", "战略合作框架协议", ["战略合作协议"], optional=True)
# Bodies
ent("jx-gov", "Agency", "嘉兴市政府", ["市政府"])
ent("jx-psb", "Agency", "嘉兴市公安局")
ent("nh-gov", "Agency", "嘉兴市南湖区人民政府", ["嘉兴市南湖区政府"])
ent("jx-cpc", "Agency", "市委", optional=True)
rel("jx-psb", "subOrganizationOf", "jx-gov", optional=True)
ent("q360", "Organization", "360集团", ["360"])
ent("q360ds", "Organization", "360数字安全集团")
rel("q360ds", "subOrganizationOf", "q360", optional=True)
ent("lab", "Organization", "360城市安全及大模型创新实验室")
rel("lab", "subOrganizationOf", "q360", optional=True)
for b in ("q360ds", "jx-gov", "jx-psb", "nh-gov"):
    rel("agr", "publishedBy", b, optional=True)
# People
ent("chen", "Person", "陈群伟"); rel("chen", "holdsPost", "nh-gov", post="区长")
ent("hu", "Person", "胡振泉"); rel("hu", "holdsPost", "q360ds", post="总裁")
ent("huang", "Person", "黄剑"); rel("huang", "holdsPost", "q360", post="副总裁")
rel("hu", "speaksAt", "cer", optional=True)
rel("hu", "speaksAt", "wic", optional=True)
# Technologies
ent("ai", "Technology", "人工智能")
ent("llm", "Technology", "大模型")
ent("bd", "Technology", "大数据")
for id, l in [("dsec", "数字安全"), ("citysec", "城市安全大脑"), ("citygpt", "城市GPT大脑"), ("govllm", "政务大模型"),
              ("police", "智慧警务"), ("smartcity", "新型智慧城市")]:
    ent(id, "Technology", l, optional=True)
rel("q360", "promotes", "ai")
rel("q360", "promotes", "llm")
for t in ("bd", "dsec", "citysec", "citygpt", "govllm"):
    rel("q360", "promotes", t, optional=True)

# Goals
SIGNERS = ["q360ds", "jx-gov", "jx-psb", "nh-gov"]
s = lines[3].rstrip("。")
goal("s1", "城市数字安全体系建设", s, body=SIGNERS, opt_tech=["dsec"])
goal("s2", "人工智能产业发展", s, body=SIGNERS, tech=["ai"])
goal("s3", "新型涉网犯罪打击治理", s, body=SIGNERS)
goal("s4", "为警务部门、监管部门等提供技术及服务支撑", s, body=SIGNERS)
goal("s5", "共同绘制“数字嘉兴”发展的新蓝图", s, body=SIGNERS)
# 嘉兴市政府领导 (unnamed): 嘉兴 as subject → optional hasGoal; his hopes for 360 → the city government's
goal("j0", "积极拥抱数字长三角建设的浪潮", optional=True, opt_body=["jx-gov"])
j = "当前，嘉兴正在全力推进数字经济发展、数字治理实践以及数字生态创新等多方面的数字文明建设"
goal("j1", "全力推进数字经济发展", j, opt_body=["jx-gov"])
goal("j2", "数字治理实践", j, opt_body=["jx-gov"])
goal("j3", "数字生态创新", j, opt_body=["jx-gov"])
goal("j4", "多方面的数字文明建设", j, optional=True, opt_body=["jx-gov"])
k = "期望360能够充分发挥企业优势，加强务实合作，共同书写合作共赢新篇章"
goal("k1", "充分发挥企业优势", k, body=["jx-gov"], opt_body=["q360"])
goal("k2", "加强务实合作", k, body=["jx-gov"], opt_body=["q360"])
goal("k3", "共同书写合作共赢新篇章", k, body=["jx-gov"], opt_body=["q360"])
# 胡振泉 (360将…)
h = "360将以此次签署战略合作框架协议为契机，持续加大在嘉兴的投资和业务布局，充分利用360在数字安全及人工智能领域的深厚技术积淀与创新优势，进一步推动嘉兴市在数字经济领域的飞速发展"
goal("h1", "持续加大在嘉兴的投资和业务布局", h, by=["hu"], body=["q360"], opt_body=["q360ds"])
goal("h2", "充分利用360在数字安全及人工智能领域的深厚技术积淀",
     h, optional=True, opt_by=["hu"], opt_body=["q360", "q360ds"], opt_tech=["ai", "dsec"])
goal("h3", "进一步推动嘉兴市在数字经济领域的飞速发展", h, by=["hu"], body=["q360"], opt_body=["q360ds"])
# the three areas (360将…)
Q = dict(body=["q360"], opt_body=["q360ds"])
goal("t0", "为嘉兴市数字经济发展提供助力", **Q)
t1 = lines[8].rstrip("；")
goal("t1", "落地“城市安全大脑”数字安全基础设施", t1, opt_tech=["citysec", "dsec"], **Q)
goal("t2", "加强嘉兴市网络安全抗风险能力", t1, **Q)
goal("t3", "赋能行业数字化转型", t1, **Q)
goal("t4", "量身定制专属的城市GPT大脑以及垂直化的大模型应用", lines[9].rstrip("；"), tech=["llm"], opt_tech=["citygpt", "govllm"], **Q)
t5 = lines[10].rstrip("。")
goal("t5", "与嘉兴市加强在警务大数据、智慧警务等方面的合作", t5, tech=["bd"], opt_tech=["police"], **Q)
goal("t6", "打击防范新型犯罪", t5, **Q)
goal("t7", "守护公众财产安全", t5, **Q)
# the outlook (360将与嘉兴市政府携手共进…)
f = lines[12]
goal("f0", "助力“数字嘉兴”迈向新高度", optional=True, opt_body=["q360", "jx-gov"])  # the lead's wording of f1
goal("f1", "推动“数字嘉兴”建设迈入新台阶", f, body=["q360"], opt_body=["jx-gov"])
goal("f2", "为“创新浙江”乃至全国的数字经济发展树立城市新标杆", f, body=["q360"], opt_body=["jx-gov"])
goal("f3", "贡献更多智慧与力量", f, optional=True, opt_body=["q360"])

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
