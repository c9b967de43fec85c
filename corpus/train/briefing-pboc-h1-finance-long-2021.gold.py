"""Gold annotation of briefing-pboc-h1-finance-long-2021 (如何理解本次降准、货币政策怎么走、PPI如何变化？央行重磅回应), by hand per shared/eval/ANNOTATE.md."""
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
ID = "briefing-pboc-h1-finance-long-2021"
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
ent("scio", "Agency", "国新办", ["国务院新闻办公室"])
ent("pboc", "Agency", "人民银行", ["央行", "中国人民银行"])
ent("pboc-mp", "Agency", "货币政策司", ["人民银行货币政策司"])
ent("pboc-stat", "Agency", "调查统计司", ["人民银行调查统计司"])
rel("pboc-mp", "subOrganizationOf", "pboc")
rel("pboc-stat", "subOrganizationOf", "pboc")
ent("fed", "Agency", "美联储", ["美国联邦储备委员会"])
ent("sun", "Person", "孙国峰")
ent("ruan", "Person", "阮健弘")
rel("sun", "holdsPost", "pboc-mp", post="司长")
rel("ruan", "holdsPost", "pboc-stat", post="司长")
ent("presser", "Event", "新闻发布会", optional=True)
rel("sun", "speaksAt", "presser", optional=True)
rel("ruan", "speaksAt", "presser", optional=True)
ent("ecny", "Technology", "数字人民币", optional=True)
rel("pboc", "promotes", "ecny", optional=True)
ent("china", "Place", "中国", ["我国"], optional=True)
ent("s-bond", "Statistic", "中国10年期国债收益率", value="3%左右", evidence=ev("中国10年期国债收益率目前在3%左右"))
M = dict(by=["sun"], body=["pboc"])
for i, l in enumerate(["优化金融机构的资金结构", "提升金融服务能力", "更好支持实体经济"]):
    goal(f"r-{i}", l, **M)
goal("m-0", "坚持以我为主", "下一步稳健的货币政策坚持以我为主，主要根据国内经济形势和物价走势，兼顾内外平衡", **M)
goal("m-1", "兼顾内外平衡", "下一步稳健的货币政策坚持以我为主，主要根据国内经济形势和物价走势，兼顾内外平衡", **M)
goal("m-2", "保持货币供应量和社会融资规模与名义经济增速基本匹配", **M)
goal("m-3", "巩固贷款实际利率下降成果", "价格上巩固贷款实际利率下降成果，促进社会综合融资成本下降", **M)
goal("m-4", "促进社会综合融资成本下降", **M)
goal("m-5", "稳字当头", "下一步我国稳健的货币政策将坚持以我为主，稳字当头，坚持正常的货币政策空间", optional=True, **M)
goal("m-6", "坚持正常的货币政策空间", "下一步我国稳健的货币政策将坚持以我为主，稳字当头，坚持正常的货币政策空间", **M)
goal("m-7", "把握好政策力度", **M)
goal("m-8", "密切关注国内国际经济金融形势变化", **M)
goal("f-0", "以我为主开展国际宏观政策协调", **M)
goal("f-1", "共同发出正面声音", **M)
goal("f-2", "促进国际经济恢复", **M)
goal("c-0", "有序推进碳减排支持工具设立工作", "孙国峰称，央行正有序推进碳减排支持工具设立工作，以期撬动更多社会资金促进碳减排", **M)
goal("c-1", "撬动更多社会资金促进碳减排", "孙国峰称，央行正有序推进碳减排支持工具设立工作，以期撬动更多社会资金促进碳减排", **M)
goal("c-2", "坚持做到可操作、可计算、可验证", **M)
goal("c-3", "支持具有显著碳减排效果的实体领域", optional=True, **M)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
