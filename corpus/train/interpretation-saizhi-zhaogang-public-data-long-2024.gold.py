"""Gold annotation of interpretation-saizhi-zhaogang-public-data-long-2024 (专家解读 | 赵刚：公共数据资源开发利用——深化数据要素市场化配置改革的关键举措, 中国信息安全 2024-10-25, from 国家数据局: 赛智产业研究院院长 赵刚 on the 中办国办《关于加快公共数据资源开发利用的意见》), by hand per shared/eval/ANNOTATE.md (annotator annK15)."""
ID = "interpretation-saizhi-zhaogang-public-data-long-2024"
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
    """the sentence (up to 。 or ；, or the whole line for a heading) of the text containing frag"""
    for l in lines:
        if frag in l:
            i = l.index(frag)
            a = max(l.rfind("。", 0, i), l.rfind("；", 0, i)) + 1
            b = l.find("。", i)
            return l[a:b + 1 if b >= 0 else len(l)]
    raise AssertionError(frag)


# ---- people and bodies ----
ent("zhao", "Person", "赵刚")
ent("saizhi", "Organization", "赛智产业研究院")
rel("zhao", "holdsPost", "saizhi", post="院长")
ent("fudan", "Organization", "复旦大学")
ent("gov-office", "Agency", "国务院办公厅")
ent("cpc-office", "Agency", "中共中央办公厅")
ent("mck", "Organization", "麦肯锡公司")
ent("oecd", "Organization", "经济合作与发展组织", ["OECD"])
ent("nda", "Agency", "国家数据局")  # closing source line only
# ---- documents ----
ent("doc", "Document", "关于加快公共数据资源开发利用的意见",
    ["中共中央办公厅、国务院办公厅关于加快公共数据资源开发利用的意见", "《意见》"])
rel("doc", "publishedBy", "cpc-office")
rel("doc", "publishedBy", "gov-office")
ent("list1", "Document", "数据共享责任清单", optional=True)
ent("list2", "Document", "垂管业务系统数据对接清单", optional=True)
rel("list1", "publishedBy", "gov-office", optional=True)
rel("list2", "publishedBy", "gov-office", optional=True)
# ---- places ----
for id, l in [("bj", "北京"), ("sh", "上海"), ("fj", "福建"), ("js", "江苏"), ("zj", "浙江"), ("hn", "海南"), ("gz", "贵州")]:
    ent(id, "Place", l)
ent("china", "Place", "我国", optional=True)
ent("nation", "Place", "全国", optional=True)
# ---- technologies ----
T = [("ai", "人工智能", (), False), ("llm", "大模型", (), False),
     ("datainfra", "数据基础设施", (), True), ("cnet", "算力网络", (), True), ("annot", "数据采集标注", (), True),
     ("dplat", "数据共享平台", (), True), ("openplat", "公共数据开放平台", (), True)]
for id, l, al, opt in T:
    ent(id, "Technology", l, al, optional=opt)
TOPT = {id for id, l, al, opt in T if opt}

# ---- statistics ----
def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))
stat("s-plat", "全国地级及以上公共数据开放平台数量", "243个", "全国地级及以上公共数据开放平台数量达到243个")
stat("s-sets", "开放的有效公共数据集", "37万多个", "开放的有效公共数据集达到37万多个")
stat("s-list1", "国务院办公厅发布的数据共享责任清单", "6批", "国务院办公厅已发布了6批数据共享责任清单")
stat("s-list2", "垂管业务系统数据对接清单", "4批", "4批垂管业务系统数据对接清单")
stat("s-calls", "共享调用次数", "5400亿次", "共享调用次数超过了5400亿次")
stat("s-exch", "累计交换垂管数据", "6.8亿条", "累计交换垂管数据超过6.8亿条")
stat("s-gdp", "数据流动量每增加10%带动GDP增长", "0.2%", "据麦肯锡公司预测,数据流动量每增加10%,将带动GDP增长0.2%")
stat("s-oecd", "数据流动对各行业利润增长的平均促进率", "10%", "数据流动对各行业利润增长的平均促进率约10%")

ISSUERS = ("cpc-office", "gov-office")
def G(id, label, evidence, who="zhao", opt=False, docopt=False, tech=()):
    """who: zhao = the author's own aim, argument or heading (赵刚 proposes; 赛智产业研究院 hasGoal optional;
    with docopt the 意见 hasGoal optional too: part 02/03 headings that frame the 意见's principles and tasks);
    doc = what the 意见 sets, reported in a sentence that opens 《意见》提出 (意见 hasGoal; 中共中央办公厅 and
    国务院办公厅 hasGoal optional; 赵刚 proposes optional); both = the author's central aim that the 意见 also
    sets (意见 hasGoal and 赵刚 proposes required); benefit = an argued effect (optional, 赵刚 proposes optional);
    none = present national practice, no named holder (optional)."""
    assert label in evidence, (label, evidence)
    assert 4 <= len(label) <= 30, label
    assert label not in {e["label"] for e in E if e["type"] == "Goal"}, label
    opt = opt or who in ("benefit", "none")
    ent(id, "Goal", label, optional=opt, evidence=ev(evidence))
    if who in ("zhao", "both", "benefit"):
        rel("zhao", "proposes", id, optional=opt)
        rel("saizhi", "hasGoal", id, optional=True)
    if who == "zhao" and docopt:
        rel("doc", "hasGoal", id, optional=True)
    if who in ("doc", "both"):
        rel("doc", "hasGoal", id, optional=opt)
        for b in ISSUERS:
            rel(b, "hasGoal", id, optional=True)
        if who == "doc":
            rel("zhao", "proposes", id, optional=True)
    for t in tech:
        rel(id, "involvesTechnology", t, optional=opt or t in TOPT)
    for t, l, al, o in T:
        if t not in tech and any(x in label for x in (l,) + tuple(al)):
            rel(id, "involvesTechnology", t, optional=opt or o)

# ---- title: the author's framing ----
G("t1", "深化数据要素市场化配置改革", L[1], docopt=True)  # line 8: the 意见 calls its aim 深化数据要素市场化配置改革的关键举措
# ---- part 01 ----
G("n1", "推动跨部门跨区域的政务数据共享", sent("因此国家大力推动跨部门跨区域的政务数据共享"), "none")
e6 = sent("能够担当“排头兵”")
G("a1", "推进公共数据资源开发利用先行先试", e6, "benefit")
G("a2", "带动企业和个人数据开发利用和流通", e6, "benefit")
G("a3", "激活数据要素市场", e6, "benefit")
G("a0", "加快公共数据资源开发利用", sent("为此，《中共中央办公厅"), "both")  # line 7 加快公共数据资源开发利用对…产生深远影响
e7a = sent("一是将为数据要素市场提供")
G("k1", "为数据要素市场提供更大规模的数据要素和资源", e7a)
G("k2", "更加丰富的数据产品和服务", e7a, opt=True)  # second object of 提供
e7b = sent("二是将深化面向各级政务部门的共享")
G("k3", "深化面向各级政务部门的共享", e7b)  # …、公益性开放、授权运营等方式
G("k4", "要素市场化配置改革机制的运行机理", e7b, opt=True)  # 进一步丰富“由市场评价贡献、按贡献决定报酬”的…
e7c = sent("三是将促进各部门各地区数据协作")
G("k5", "促进各部门各地区数据协作", e7c)
G("k6", "全国一体化数据市场的建设", e7c)  # 进一步加强“…”的全国一体化数据市场的建设
e8 = sent("为此，《中共中央办公厅")
G("d1", "充分释放公共数据要素潜能", e8, "doc")
G("d2", "统筹推进数字中国、数字经济、数字社会规划和建设", e8, "doc", opt=True)
G("d3", "推进国家治理体系和治理能力现代化", e8, "doc", opt=True)
# ---- part 02: four relations ----
G("h2", "处理好四个基本关系", L[9], docopt=True)  # restated line 10: 重点处理好…政府和市场、效率和公平、部门和地方、发展和安全等关系
e10 = sent("公共数据资源开发利用既要遵循")
G("h2a", "遵循公共资源的公益性、公平性和开放性等特点", e10)
G("h2b", "适应数据资源的可要素化、可产品化和可复用化等特点", e10)
# 一是
G("r1", "处理好政府和市场的关系", sent("一是处理好政府和市场的关系"), docopt=True)
e11 = sent("《意见》提出“坚持政府指导、市场驱动”")
for id, l in [("r1a", "坚持政府指导、市场驱动"), ("r1b", "加强政府指导和调控"), ("r1c", "做到“放活”与“管好”有机结合"),
              ("r1d", "维护公共利益")]:
    G(id, l, e11, "doc")
e11b = sent("也要更好发挥市场机制的作用")
for id, l in [("r1e", "更好发挥市场机制的作用"), ("r1f", "有效扩大公共数据供给"),  # restated line 12 有效扩大公共数据供给的三种方式
              ("r1g", "完善公共数据产品价格形成和收益分配等机制"), ("r1h", "提高公共数据资源配置效率和使用效益")]:
    G(id, l, e11b, "doc")
# 二是
G("r2", "处理好效率和公平的关系", sent("二是处理好效率和公平的关系"), docopt=True)
e12 = sent("根本上是要“用数惠民”")
G("r2a", "根本上是要“用数惠民”", e12)
G("r2b", "不断增强群众和企业的获得感", e12)
e12a = sent("第一是统筹推进政务数据共享")
G("r2c", "统筹推进政务数据共享", e12a, "doc")  # restated line 18
G("r2d", "形成对一体化政务服务和管理的重要支撑", e12a, "doc")
G("r2e", "促进“高效办成一件事”", e12a, "doc")
e12b = sent("第二是有序推动公共数据开放")
G("r2f", "有序推动公共数据开放", e12b, "doc")  # restated line 18 依法依规有序开放公共数据
G("r2g", "满足人民日益增长的美好生活需要", e12b, "doc", opt=True)
e12c = sent("第三是鼓励探索公共数据授权运营")
G("r2h", "鼓励探索公共数据授权运营", e12c, "doc")  # restated line 18
G("r2i", "面向市场公平高效提供公共数据产品服务", e12c, "doc")
e12d = sent("《意见》提出“坚持尊重规律、守正创新”")
for id, l in [("r2j", "坚持尊重规律、守正创新"), ("r2k", "充分认识和把握公共数据采集处理、流通使用、安全管理的规律"),
              ("r2l", "总结提炼实践经验"), ("r2m", "鼓励各地区各部门因地制宜推动共享开放"), ("r2n", "探索开展依规授权运营"),
              ("r2o", "完善资源开发利用制度")]:
    G(id, l, e12d, "doc")
# 三是
G("r3", "处理好部门和地方的关系", sent("三是处理好部门和地方的关系"), docopt=True)
e13 = sent("《意见》提出“坚持系统推进，高效协同”")
for id, l in [("r3a", "坚持系统推进，高效协同"), ("r3b", "加强顶层设计"), ("r3c", "厘清部门和地方的管理边界"),
              ("r3d", "逐步形成权责清晰、条块协同的公共数据资源开发利用格局"), ("r3e", "引导各地区积极探索"),
              ("r3f", "推进公共数据资源开发利用的模式创新、技术创新和场景创新"),
              ("r3g", "探索建立公共数据资源开发利用区域合作和利益调节机制"), ("r3h", "支持东中西部地区发挥比较优势"),
              ("r3i", "在数据存储、计算、服务等环节开展区域协作"), ("r3j", "共享数据要素红利")]:
    G(id, l, e13, "doc")
# 四是
G("r4", "处理好发展和安全的关系", sent("四是处理好发展和安全的关系"), docopt=True)
G("r4a", "促进公共数据合规高效流通使用", sent("以促进公共数据合规高效流通使用为主线"), "doc")
e14 = sent("《意见》提出“坚持加快发展，保障安全”")
for id, l in [("r4b", "坚持加快发展，保障安全"), ("r4c", "提高公共数据资源开发利用水平"),
              ("r4d", "推动构建协同高效的国家公共数据服务能力体系"),  # restated line 17
              ("r4e", "将安全贯穿公共数据开发利用的全过程"), ("r4f", "防范各种数据风险"),
              ("r4g", "加快构建安全可控、弹性包容的协同治理机制")]:
    G(id, l, e14, "doc")
# ---- part 03: five key tasks ----
G("h3", "着力做好五个重点任务", L[15], docopt=True)
# 一是 制度建设
G("w1", "着力抓好制度建设", sent("一是着力抓好制度建设"), docopt=True)
e16a = sent("《意见》提出落实数据产权结构性分置制度要求")
G("w1a", "落实数据产权结构性分置制度要求", e16a, "doc")
G("w1b", "探索建立公共数据分类分级确权授权机制", e16a, "doc")
e16b = sent("建立公共数据资源登记制度")
for id, l in [("w1c", "建立公共数据资源登记制度"), ("w1d", "摸清公共数据资源底账"), ("w1e", "推动公共数据资源的标准化、规范化")]:
    G(id, l, e16b, "doc")
e16c = sent("规范公共数据授权运营，加强对授权运营工作的统筹管理")
for id, l in [("w1f", "规范公共数据授权运营"), ("w1g", "加强对授权运营工作的统筹管理"),  # restated line 18
              ("w1h", "明确数据管理机构"), ("w1i", "探索将授权运营纳入“三重一大”决策范围"),  # both restated line 18
              ("w1j", "加快形成权责清晰、部省协同的授权运营格局")]:
    G(id, l, e16c, "doc")
e16d = sent("发挥好价格政策的杠杆调节作用")
G("w1k", "发挥好价格政策的杠杆调节作用", e16d, "doc")
G("w1l", "加快建立符合公共数据要素特性的价格形成机制", e16d, "doc")
G("w1m", "建立公共数据资源授权运营情况的披露机制", sent("建立公共数据资源授权运营情况的披露机制"), "doc")
# 二是 能力建设
G("w2", "着力加强能力建设", sent("二是着力加强能力建设"), docopt=True)
e17a = sent("《意见》提出加强数据基础设施建设")
G("w2a", "加强数据基础设施建设", e17a, "doc")
G("w2b", "推动数据利用方式向共享汇聚和应用服务能力并重方向转变", e17a, "doc")
e17b = sent("强化已有数据共享平台的支撑作用")
G("w2c", "强化已有数据共享平台的支撑作用", e17b, "doc")
G("w2d", "完善公共数据开放平台", e17b, "doc")
e17c = sent("研究制订数据基础设施标准规范")
G("w2e", "研究制订数据基础设施标准规范", e17c, "doc")
G("w2f", "推动设施互联、能力互通", e17c, "doc")
e17d = sent("加强数据安全技术能力建设")
G("w2g", "加强数据安全技术能力建设", e17d, "doc")
G("w2h", "提升数据汇聚关联风险识别和管控水平", e17d, "doc")
# 三是 扩大有效供给
G("w3", "着力扩大有效供给", sent("三是着力扩大有效供给"), docopt=True)
e18a = sent("《意见》提出，统筹推进政务数据共享")
G("w3a", "推动主动共享和按需共享相结合", e18a, "doc")
G("w3b", "推进跨层级、跨地域、跨系统、跨部门、跨业务政务数据共享", e18a, "doc")  # …和业务协同
e18b = sent("依法依规有序开放公共数据")
G("w3d", "优先开放与民生紧密相关、社会需求迫切的数据", e18b, "doc")
G("w3e", "提高开放数据的完整性、准确性、及时性和机器可读性", e18b, "doc")
e18c = sent("鼓励探索公共数据授权运营，加强对授权运营工作的统筹管理")
for id, l in [("w3f", "明确授权条件、运营模式、运营期限、退出机制和安全管理责任"),
              ("w3g", "结合实际采用整体授权、分领域授权、依场景授权等模式"),
              ("w3h", "授权符合条件的运营机构开展公共数据资源开发")]:  # …、产品经营和技术服务
    G(id, l, e18c, "doc")
# 四是 丰富应用场景
G("w4", "着力丰富应用场景", sent("四是着力丰富应用场景"), docopt=True)
e19a = sent("拓展应用场景")
for id, l in [("w4a", "拓展应用场景"), ("w4b", "鼓励经营主体利用公共数据资源开发产品、提供服务"), ("w4c", "赋能经济高质量发展")]:
    G(id, l, e19a, "doc")
e19b = sent("鼓励和支持企事业单位和社会组织")
G("w4d", "有条件无偿使用公共数据开发公益产品", e19b, "doc")
G("w4e", "提供便民利民服务", e19b, "doc")
e19c = sent("支持人工智能政务服务大模型开发")
G("w4f", "支持人工智能政务服务大模型开发、训练和应用", e19c, "doc")
G("w4g", "提高公共服务和社会治理智能化水平", e19c, "doc")
# 五是 发展数据产业
G("w5", "着力发展数据产业", sent("五是着力发展数据产业"), docopt=True)
e20a = sent("支持数据采集标注、分析挖掘")
G("w5a", "支持数据采集标注、分析挖掘、流通使用、数据安全等技术创新应用", e20a, "doc")
G("w5b", "鼓励开发数据模型、数据核验、评价指数等多形式数据产品", e20a, "doc")
e20b = sent("推进多元数据融合应用")
G("w5c", "推进多元数据融合应用", e20b, "doc")
G("w5d", "丰富数据产品和服务", e20b, "doc")
G("w5e", "培育高水平数据要素型企业", sent("培育高水平数据要素型企业"), "doc")
G("w5f", "支持数据基础设施企业发展", sent("聚焦算力网络和可信流通"), "doc", tech=("cnet",))

# ---- promotes: the 意见 (through its issuers) pushes AI and large models in government services ----
for b in ISSUERS:
    rel(b, "promotes", "ai", optional=True)
    rel(b, "promotes", "llm", optional=True)
    rel(b, "promotes", "datainfra", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
