"""Gold annotation of forum-agri-fair-changsha-2018 (第十六届农交会第二十届农博会在长沙开幕), by hand per shared/eval/ANNOTATE.md."""
ID = "forum-agri-fair-changsha-2018"
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
    if "evidence" in kw: ev(kw["evidence"])
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def goal(id, label, evidence, optional=False):
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)
for id, l in [("hu", "胡春华"), ("han", "韩长赋"), ("du", "杜家毫"), ("graziano", "格拉齐亚诺"), ("xu", "许达哲"), ("wulan", "乌兰")]:
    ent(id, "Person", l)
ent("politburo", "Agency", "中共中央政治局")
ent("sc", "Agency", "国务院")
ent("moa", "Agency", "农业农村部")
ent("hn-cpc", "Agency", "湖南省委", ["省委"])
ent("fao", "Organization", "联合国粮农组织")
ent("ciaf", "Event", "第十六届中国国际农产品交易会", ["农交会", "第十六届农交会"])
ent("cca", "Event", "第二十届中国中部(湖南)农业博览会", ["农博会", "第二十届农博会"])
ent("ss-forum", "Event", "全球农业南南合作高层论坛")
ent("changsha", "Place", "长沙")
ent("venue", "Place", "长沙国际会展中心", optional=True)
ent("hunan", "Place", "湖南", optional=True)
ent("china", "Place", "中国", optional=True)
ent("uganda", "Place", "乌干达")
ent("thailand", "Place", "泰国")
goal("h-align", "加强与各发展中国家的农业发展战略对接", "中方将秉持正确义利观和真实亲诚理念,进一步加强与各发展中国家的农业发展战略对接")
goal("h-trade", "培育新的农业国际贸易增长点", "积极培育新的农业国际贸易增长点")
goal("h-invest", "深化农业投资与产业合作", "深化农业投资与产业合作")
goal("h-infra", "促进基础设施联通和农业人力资源开发", "促进基础设施联通和农业人力资源开发")
goal("h-base", "厚植合作基础", "厚植合作基础")
goal("h-food", "立足国内基本解决吃饭问题", "中国在坚持立足国内基本解决吃饭问题的同时", optional=True)
goal("f-sum", "总结南南合作项目成就", "期间同时举办全球农业南南合作高层论坛,总结南南合作项目成就", optional=True)
goal("f-exch", "交流实践经验", "交流实践经验", optional=True)
goal("f-wisdom", "汇聚更多智慧", "汇聚更多智慧", optional=True)
goal("f-partner", "拓展更多伙伴", "拓展更多伙伴", optional=True)
goal("f-ss", "共促农业南南合作事业发展", "共促农业南南合作事业发展", optional=True)
goal("t-theme", "质量兴农、品牌强农、绿色发展、乡村振兴", "本届农交会以“质量兴农、品牌强农、绿色发展、乡村振兴”为主题", optional=True)
for g in ("h-align", "h-trade", "h-invest", "h-infra", "h-base"):
    rel("hu", "proposes", g); rel("sc", "hasGoal", g, optional=True)
rel("hu", "proposes", "h-food", optional=True)
rel("moa", "hasGoal", "t-theme", optional=True)
rel("hu", "holdsPost", "politburo", post="委员")
rel("hu", "holdsPost", "sc", post="副总理")
rel("han", "holdsPost", "moa", post="部长")
rel("du", "holdsPost", "hn-cpc", post="书记")
rel("xu", "holdsPost", "hn-cpc", post="副书记")
rel("graziano", "holdsPost", "fao", post="总干事")
for p in ("hu", "du", "graziano"):
    rel(p, "speaksAt", "ciaf")
    rel(p, "speaksAt", "cca", optional=True)
    rel(p, "speaksAt", "ss-forum", optional=True)
rel("han", "speaksAt", "ciaf", optional=True)
for e in ("ciaf", "cca", "ss-forum"):
    rel(e, "locatedIn", "changsha")
    rel(e, "locatedIn", "venue", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
