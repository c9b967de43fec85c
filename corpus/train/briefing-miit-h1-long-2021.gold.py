"""Gold annotation of briefing-miit-h1-long-2021 (汽车“缺芯”、APP治理、疫苗产能……工信部发布会回应这些关切), by hand per shared/eval/ANNOTATE.md."""
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
ID = "briefing-miit-h1-long-2021"
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
ent("miit", "Agency", "工信部", ["工业和信息化部"])
ent("scio", "Agency", "国新办", ["国务院新闻办公室", "国务院新闻办"])
ent("wg", "Organization", "汽车半导体推广应用工作组")
rel("wg", "subOrganizationOf", "miit", optional=True)
ent("presser", "Event", "新闻发布会", optional=True)
ent("plan", "Document", "“十四五”及中长期的工业和信息化发展规划", ["“十四五”及中长期的工业和信息化发展规划"])
rel("plan", "publishedBy", "miit")
ent("chip", "Technology", "芯片", ["汽车芯片"])
ent("semi", "Technology", "半导体", ["汽车半导体"], optional=True)
ent("china", "Place", "中国", ["我国"], optional=True)
rel("miit", "promotes", "chip")
rel("miit", "promotes", "semi", optional=True)
# Statistics
S = [("s-ind", "上半年全国规模以上工业增加值同比增长", "15.9%", "上半年全国规模以上工业增加值同比增长15.9%", False),
     ("s-ind2", "规模以上工业增加值两年平均增长", "7.0%", "两年平均增长7.0%。", False),
     ("s-mfg", "制造业增加值同比增长", "17.1%", "制造业增加值同比增长17.1%", False),
     ("s-mfg2", "制造业增加值两年平均增长", "7.5%", "两年平均增长7.5%", False),
     ("s-grow", "实现增长的大类行业", "39个", "在41个大类行业中有39个实现增长", False),
     ("s-cons", "消费品制造业增加值两年平均增速", "4.8%", "上半年消费品制造业增加值两年平均增速达到了4.8%", False),
     ("s-cons2", "消费品制造业增加值增速比一季度加快", "0.6个百分点", "比一季度加快了0.6个百分点", True),
     ("s-profit", "前5个月规模以上工业企业利润总额同比增长", "83.4%", "前5个月规模以上工业企业实现利润总额同比大幅增长了83.4%", False),
     ("s-margin", "营业收入利润率", "7.11%", "营业收入利润率也达到7.11%的历史较高水平", False),
     ("s-inv", "上半年制造业投资同比增长", "19.2%", "上半年制造业投资同比增长19.2%", False),
     ("s-vac", "疫苗生产产能", "50亿", "截至7月份，我国疫苗生产产能达到了50亿", False),
     ("s-vac-dom", "累计供应国内疫苗", "超过14亿剂", "累计供应国内疫苗超过14亿剂", False),
     ("s-vac-for", "供应国外疫苗", "超过5亿剂", "供应国外超过5亿剂", False),
     ("s-car-p", "6月份汽车产量", "194.3万辆", "6月份当月汽车产销分别完成了194.3万辆和201.5万辆", False),
     ("s-car-s", "6月份汽车销量", "201.5万辆", "6月份当月汽车产销分别完成了194.3万辆和201.5万辆", False),
     ("s-car-p-m", "6月份汽车产量环比下降", "4.8%", "环比分别下降了4.8%和5.3%", False),
     ("s-car-s-m", "6月份汽车销量环比下降", "5.3%", "环比分别下降了4.8%和5.3%", False),
     ("s-car-p-y", "6月份汽车产量同比下降", "16.5%", "同比下降了16.5%和12.4%", False),
     ("s-car-s-y", "6月份汽车销量同比下降", "12.4%", "同比下降了16.5%和12.4%", False)]
for id, l, v, e, opt in S:
    ent(id, "Statistic", l, value=v, evidence=ev(e), optional=opt)
# Goals: the plans in preparation
goal("p-0", "抓紧编制“十四五”及中长期的工业和信息化发展规划", "目前我们正在抓紧编制“十四五”及中长期的工业和信息化发展规划，今年下半年将陆续出台", optional=True, body=["miit"])
goal("p-1", "加快发展新型工业化", body=["plan", "miit"])
goal("p-2", "第二个百年奋斗目标", "这些规划将紧紧围绕着第二个百年奋斗目标加快发展新型工业化", optional=True, body=["plan"])
goal("p-3", "制造强国和网络强国的奋斗目标", body=["plan", "miit"])
# vaccines (this year's ongoing work)
goal("v-0", "积极保障常态化疫情防控物资供应和疫苗供应", optional=True, body=["miit"])
goal("v-1", "全面提升我国疫苗生产产能产量", optional=True, body=["miit"])
# APP governance: past four measures (optional), next steps
for i, l in enumerate(["持续开展APP侵害用户权益的整治行动", "强化关键责任链监管", "开展APP弹窗骚扰用户问题的专项整治",
                       "大力提升技术检测能力"]):
    goal(f"a-past{i}", l, optional=True, body=["miit"])
goal("a-0", "把APP治理作为“我为群众办实事”的具体举措", optional=True, body=["miit"])
goal("a-1", "营造更安全、更健康、更干净的APP应用环境", body=["miit"])
for i, l in enumerate(["推动完善管理政策和行业标准", "组织开展服务感知提升行动", "推动改善APP服务质量",
                       "组织开展问题“回头看”"], start=2):
    goal(f"a-{i}", l, body=["miit"])
goal("a-6", "加大惩处力度", "对反复出现违规调用通信录和用户地理位置权限等相关问题的企业，加大惩处力度，确保整改过的问题“不反弹、不反复”", body=["miit"])
goal("a-7", "确保整改过的问题“不反弹、不反复”", body=["miit"])
# chips
goal("c-0", "推动提升汽车芯片的供给能力", "推动提升汽车芯片的供给能力，提升制造能力", body=["miit"], tech=["chip"])
fut = "后续我们将远近结合、多措并举，加强供需对接，积极支持替代应用，提升制造能力，继续保持我们汽车产业平稳健康发展"
goal("c-1", "加强供需对接", fut, body=["miit"])
goal("c-2", "积极支持替代应用", fut, body=["miit"])
goal("c-3", "提升制造能力", fut, body=["miit"])
goal("c-4", "保持我们汽车产业平稳健康发展", fut, body=["miit"])

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
