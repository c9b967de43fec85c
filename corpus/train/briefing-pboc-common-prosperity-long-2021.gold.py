"""Gold annotation of briefing-pboc-common-prosperity-long-2021 (重磅！刚刚，央行又有最新表态，事关货币政策、流动性、共同富裕……), by hand per shared/eval/ANNOTATE.md."""
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
ID = "briefing-pboc-common-prosperity-long-2021"
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

# Agencies
ent("pboc", "Agency", "人民银行", ["中国人民银行", "央行"])
ent("safe", "Agency", "国家外汇管理局")
ent("pboc-mp", "Agency", "货币政策司", ["人民银行货币政策司"])
ent("pboc-fm", "Agency", "金融市场司", ["人民银行金融市场司"])
ent("sc", "Agency", "国务院", optional=True)
rel("pboc-mp", "subOrganizationOf", "pboc")
rel("pboc-fm", "subOrganizationOf", "pboc")
# People
ent("pan", "Person", "潘功胜")
ent("sun", "Person", "孙国峰")
ent("zou", "Person", "邹澜")
rel("pan", "holdsPost", "pboc", post="副行长")
rel("pan", "holdsPost", "safe", post="局长")
rel("sun", "holdsPost", "pboc-mp", post="司长")
rel("zou", "holdsPost", "pboc-fm", post="司长")
# Events
ent("briefing", "Event", "国务院政策例行吹风会")
for p in ("pan", "sun", "zou"):
    rel(p, "speaksAt", "briefing")
ent("sc-exec", "Event", "国务院常务会议")
# Places
ent("china", "Place", "中国", ["我国"], optional=True)

# Statistics
S = [("s-dr007", "8月份DR007均值", "2.15%", "8月份，DR007均值为2.15%", False),
     ("s-dr007-gap", "DR007均值比公开市场操作7天逆回购利率低", "5个BP", "比公开市场操作7天逆回购利率低5个BP", False),
     ("s-rrr-funds", "7月份降准释放长期资金", "1万亿元", "7月份降准释放了1万亿元长期资金", False),
     ("s-rrr-cost", "降准降低金融机构资金成本", "约130亿元", "降准降低了金融机构资金成本约130亿元", False),
     ("s-loans", "金融机构普惠小微企业贷款比去年同期增长", "29.3%", "截至7月末，金融机构普惠小微企业贷款比去年同期增长29.3%", False),
     ("s-rate", "7月新发放普惠小微企业贷款加权平均利率", "4.93%", "7月新发放普惠小微企业贷款加权平均利率为4.93%", False),
     ("s-rate-d", "普惠小微企业贷款加权平均利率比去年12月下降", "0.15个百分点", "比去年12月下降0.15个百分点", False)]
for id, l, v, e, opt in S:
    ent(id, "Statistic", l, value=v, evidence=ev(e), optional=opt)

# 潘功胜, 人民银行
P = dict(by=["pan"], body=["pboc"])
goal("p-prudent", "继续实施稳健货币政策", **P)
goal("p-liquidity", "保持流动性合理充裕", "下一步，人民银行将继续实施稳健货币政策，保持流动性合理充裕，保持货币供应量和社会融资规模增速同名义经济增速基本匹配", **P, opt_by=["sun"])
goal("p-match", "保持货币供应量和社会融资规模增速同名义经济增速基本匹配", **P)
goal("p-cross", "搞好跨周期政策设计", **P)
goal("p-link", "统筹考虑今年和明年货币政策的衔接", **P)
goal("p-autonomy", "增强货币政策的自主性", **P)
goal("p-structural", "加大对重点领域和薄弱环节的政策支持", **P)
goal("p-tools", "两项直达实体经济的货币政策工具进一步使用", optional=True, by=["pan"], body=["pboc"])
goal("p-3000", "用好国务院常务会议提出的新增3000亿元支小再贷款额度", **P)
goal("p-4months", "在今年9月份至12月份的这4个月内发放", "新增3000亿元支小再贷款额度，将在今年9月份至12月份的这4个月内发放", **P)
goal("p-precise", "保障资金使用精准性和直达性", **P)
goal("p-carbon", "设立碳减排支持工具", "同时，人民银行将设立碳减排支持工具，引导金融精准加大对中小微企业、绿色发展、科技创新等重点领域和薄弱环节的支持力度", **P)
goal("p-guide", "引导金融精准加大对中小微企业、绿色发展、科技创新等重点领域和薄弱环节的支持力度", "同时，人民银行将设立碳减排支持工具，引导金融精准加大对中小微企业、绿色发展、科技创新等重点领域和薄弱环节的支持力度", **P)

# 孙国峰, 人民银行货币政策司
Q = dict(by=["sun"], body=["pboc"], opt_body=["pboc-mp"])
goal("s-balance", "流动性供求将保持基本平衡", "他认为，今后几个月流动性供求将保持基本平衡，不会出现大的缺口和大的波动", optional=True, by=["sun"], opt_body=["pboc"])
goal("s-framework", "完善流动性和市场利率调控框架", optional=True, by=["sun"], opt_body=["pboc"])
goal("s-past-sme", "加大对小微企业的支持力度", optional=True, by=["sun"], opt_body=["pboc"])
goal("s-rrr", "引导金融机构继续用好降准释放资金支持小微企业", **Q)
goal("s-cost", "加大政策支持力度", "大宗商品价格上涨使得部分劳动密集型、议价能力弱、对原材料价格敏感的小微企业受到较大影响，值得高度关注，并加大政策支持力度", **Q)

# 邹澜, 人民银行金融市场司: 金融促进共同富裕
Z = dict(by=["zou"], body=["pboc"], opt_body=["pboc-fm"])
goal("z-cp", "金融促进共同富裕", "下一步在金融促进共同富裕方面，人民银行还有很多工作需要进一步深入推进", by=["zou"], body=["pboc"], opt_body=["pboc-fm"], opt_by=["pan"])
goal("z-flood", "坚持不搞“大水漫灌”", "邹澜举例，比如坚持不搞“大水漫灌”，执行好货币政策，保持人民币币值稳定，这对促进共同富裕非常重要", by=["zou"], body=["pboc"], opt_body=["pboc-fm"], opt_by=["pan"])
for i, g in enumerate(["执行好货币政策", "保持人民币币值稳定", "提高金融支持区域发展的平衡性", "实施好信贷增长缓慢省份的再贷款政策",
                       "加大重点领域和薄弱环节的金融支持", "推进巩固拓展脱贫攻坚成果和乡村振兴工作", "大力发展普惠金融",
                       "继续深入推进农村信用体系建设", "改善农村支付服务环境", "加强金融知识宣传教育和金融消费者权益保护",
                       "让群众平等、安全地享受现代金融服务", "促进房地产市场平稳健康发展", "坚持“房住不炒”定位",
                       "实施好房地产金融审慎管理制度", "加大住房租赁市场的金融支持力度", "促进各类资本规范健康发展",
                       "坚决防止资本无序扩张"]):
    goal(f"z-{i+1}", g, **Z)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
