"""Gold annotation of document-pboc-monetary-report-long-2022 (央行：预计下半年CPI或阶段性破“3”，坚持不搞“大水漫灌”，不超发货币), by hand per shared/eval/ANNOTATE.md."""
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
ID = "document-pboc-monetary-report-long-2022"
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
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=()):
    """a Goal; evidence defaults to the sentence stating it; by = proposers, body = hasGoal subjects"""
    assert label in text, label
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence) if evidence else sent(label))
    for p in by: rel(p, "proposes", id, optional=optional)
    for p in opt_by: rel(p, "proposes", id, optional=True)
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)
    for t in tech: rel(id, "involvesTechnology", t, optional=optional)
ent("pboc", "Agency", "央行", ["中国人民银行", "人民银行"])
ent("nbd", "Organization", "每经", ["每日经济新闻"])
ent("cmbc", "Organization", "中国民生银行", ["民生银行"])
ent("fund", "Organization", "金融稳定保障基金", optional=True)
ent("xiao", "Person", "肖世清")
ent("wen", "Person", "温彬")
rel("xiao", "holdsPost", "nbd", post="记者", optional=True)
rel("wen", "holdsPost", "cmbc", post="首席经济学家")
ent("report", "Document", "2022年第二季度中国货币政策执行报告", ["《2022年第二季度中国货币政策执行报告》", "报告", "《报告》"])
rel("report", "publishedBy", "pboc")
ent("law", "Document", "金融稳定法")
ent("us", "Place", "美国")
ent("ez", "Place", "欧元区")
ent("china", "Place", "中国", ["我国"], optional=True)
S = [("s-loan", "上半年新增人民币贷款", "13.68万亿元", "上半年新增人民币贷款13.68万亿元", False),
     ("s-loan-d", "新增人民币贷款同比多增", "9192亿元", "同比多增9192亿元", False),
     ("s-m2", "6月末广义货币（M2）同比增长", "11.4%", "6月末广义货币（M2）和社会融资规模存量同比分别增长11.4%和10.8%", False),
     ("s-tsf", "6月末社会融资规模存量同比增长", "10.8%", "6月末广义货币（M2）和社会融资规模存量同比分别增长11.4%和10.8%", False),
     ("s-m2-d", "M2增速较上年末上升", "2.4个百分点", "较上年末分别上升2.4个和0.5个百分点", True),
     ("s-tsf-d", "社会融资规模存量增速较上年末上升", "0.5个百分点", "较上年末分别上升2.4个和0.5个百分点", True),
     ("s-micro", "6月末普惠小微贷款余额同比增长", "23.8%", "6月末普惠小微贷款和制造业中长期贷款余额同比分别增长23.8%和29.7%", False),
     ("s-mfg", "6月末制造业中长期贷款余额同比增长", "29.7%", "6月末普惠小微贷款和制造业中长期贷款余额同比分别增长23.8%和29.7%", False),
     ("s-rate", "6月企业贷款加权平均利率", "4.16%", "6月企业贷款加权平均利率为4.16%", False),
     ("s-rate-d", "企业贷款加权平均利率较去年同期下降", "0.42个百分点", "较去年同期下降0.42个百分点", False),
     ("s-rmb", "6月末人民币贷款余额同比增长", "11.2%", "M2、社会融资规模存量、人民币贷款余额同比分别增长11.4%、10.8%和11.2%", False),
     ("s-micro-bal", "6月末普惠小微贷款余额", "22万亿元", "6月末，普惠小微贷款余额22万亿元", False),
     ("s-micro-m", "普惠小微贷款保持20%以上增速的连续月数", "38个月", "连续38个月保持20%以上的增速", True),
     ("s-us", "6月美国CPI同比上涨", "9.1%", "6月美国CPI、欧元区HICP同比分别上涨9.1%、8.6%", False),
     ("s-ez", "6月欧元区HICP同比上涨", "8.6%", "6月美国CPI、欧元区HICP同比分别上涨9.1%、8.6%", False),
     ("s-gdp", "2022年上半年国内生产总值同比增长", "2.5%", "2022年上半年国内生产总值（GDP），按不变价格计算，同比增长2.5%", False),
     ("s-gdp-q2", "二季度国内生产总值同比增长", "0.4%", "其中二季度同比增长0.4%", False),
     ("s-cpi", "上半年居民消费价格指数（CPI）同比上涨", "1.7%", "上半年居民消费价格指数（CPI）同比上涨1.7%", False)]
for id, l, v, e, opt in S:
    ent(id, "Statistic", l, value=v, evidence=ev(e), optional=opt)
B = dict(body=["report", "pboc"])
nxt = "关于下阶段的货币政策思路，《报告》指出，加大稳健货币政策实施力度，发挥好货币政策工具的总量和结构双重功能，主动应对，提振信心，搞好跨周期调节，兼顾短期和长期、经济增长和物价稳定、内部均衡和外部均衡，坚持不搞“大水漫灌”，不超发货币，为实体经济提供更有力、更高质量的支持"
goal("g-req", "“疫情要防住、经济要稳住、发展要安全”的要求", "今年以来央行按照“疫情要防住、经济要稳住、发展要安全”的要求", optional=True, **B)
for i, (l, opt) in enumerate([("加大稳健货币政策实施力度", False), ("发挥好货币政策工具的总量和结构双重功能", False),
                              ("主动应对", True), ("提振信心", False), ("搞好跨周期调节", False),
                              ("兼顾短期和长期、经济增长和物价稳定、内部均衡和外部均衡", False),
                              ("坚持不搞“大水漫灌”", False), ("不超发货币", False),
                              ("为实体经济提供更有力、更高质量的支持", False)]):
    goal(f"n-{i}", l, nxt, optional=opt, **B)
goal("n-9", "保持流动性合理充裕", "继续保持流动性合理充裕，加大对实体经济的支持力度，保持货币供应量和社会融资规模合理增长，力争全年经济运行实现最好结果", **B)
goal("n-10", "坚持稳健取向", **B)
goal("n-11", "兼顾把握好稳增长、稳就业、稳物价的平衡", **B)
goal("n-12", "夯实国内粮食稳产增产、能源市场平稳运行的有利条件", **B)
goal("n-13", "密切关注国内外通胀形势变化", **B)
goal("n-14", "做好妥善应对", **B)
goal("n-15", "加大对实体经济的支持力度", **B)
goal("n-16", "保持货币供应量和社会融资规模合理增长", "继续保持流动性合理充裕，加大对实体经济的支持力度，保持货币供应量和社会融资规模合理增长，力争全年经济运行实现最好结果", **B)
goal("n-17", "力争全年经济运行实现最好结果", **B)
for i, l in enumerate(["加大对企业的信贷支持", "用好政策性开发性金融工具", "重点发力支持基础设施领域建设",
                       "突出金融支持重点领域和薄弱环节", "保持再贷款、再贴现政策稳定性",
                       "对涉农、小微企业、民营企业提供普惠性、持续性的资金支持", "加大对小微企业的金融支持力度",
                       "推动普惠小微贷款支持工具更好落地生效", "发挥其稳企业保就业的重要作用",
                       "坚持房子是用来住的、不是用来炒的定位", "坚持不将房地产作为短期刺激经济的手段",
                       "因城施策用足用好政策工具箱", "支持刚性和改善性住房需求",
                       "稳妥实施房地产金融审慎管理制度", "促进房地产市场健康发展和良性循环",
                       "健全金融风险预防、预警、处置、问责制度体系", "构建防范化解金融风险长效机制",
                       "加强金融法治建设", "健全金融风险防范、化解、处置长效机制",
                       "推动处置机制市场化、法治化、常态化",
                       "压实金融机构及其股东的主体责任、地方属地责任和金融管理部门的监管责任", "形成风险处置合力",
                       "确保处置措施有效执行和落地", "健全金融风险问责机制", "对重大金融风险严肃追责问责",
                       "有效防范道德风险"]):
    goal(f"d-{i}", l, **B)
goal("d-11b", "坚持稳地价、稳房价、稳预期", "坚持稳地价、稳房价、稳预期，因城施策用足用好政策工具箱，支持刚性和改善性住房需求", **B)
goal("d-27", "制定金融稳定法", **B)
goal("d-28", "设立金融稳定保障基金", **B)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
