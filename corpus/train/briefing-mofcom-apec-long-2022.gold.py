"""Gold annotation of briefing-mofcom-apec-long-2022 (商务部：中方将持续推进加入CPTPP和DEPA，全面扩大高水平对外开放), by hand per shared/eval/ANNOTATE.md."""
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
ID = "briefing-mofcom-apec-long-2022"
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
ent("mofcom", "Agency", "商务部")
ent("sc", "Agency", "国务院")
ent("cpc", "Agency", "党中央", ["中共中央"])
ent("apec", "Organization", "亚太经合组织", ["APEC", "亚太经济合作组织"])
ent("wto", "Organization", "世贸组织", ["WTO", "世界贸易组织"])
ent("asean", "Organization", "东盟", ["东南亚国家联盟"])
ent("yicai", "Organization", "第一财经")
ent("wang", "Person", "王文涛")
ent("gao", "Person", "高峰")
ent("zhu", "Person", "朱林")
ent("xi", "Person", "习近平", optional=True)
rel("wang", "holdsPost", "mofcom", post="部长")
rel("gao", "holdsPost", "mofcom", post="发言人")
ent("tmm", "Event", "APEC第二十八届贸易部长会议", ["第二十八届贸易部长会议", "亚太经合组织（APEC）举行第二十八届贸易部长会议"])
ent("mc12", "Event", "WTO第12届部长级会议")
ent("aelm", "Event", "亚太经合组织领导人非正式会议")
ent("presser", "Event", "例行记者会", optional=True)
ent("decade", "Event", "“中国这十年”系列主题新闻发布会")
ent("scexec", "Event", "国务院常务会议")
ent("tele1", "Event", "全国促进外贸外资平稳发展电视电话会议")
ent("tele2", "Event", "全国保障物流畅通促进产业链供应链稳定电视电话会议")
rel("wang", "speaksAt", "tmm", optional=True)
rel("zhu", "speaksAt", "tmm", optional=True)
rel("gao", "speaksAt", "presser", optional=True)
rel("xi", "speaksAt", "aelm", optional=True)
ent("thailand", "Place", "泰国")
ent("beijing", "Place", "北京")
ent("apac", "Place", "亚太地区", ["亚太区域", "亚太"], optional=True)
rel("aelm", "locatedIn", "beijing")
rel("tmm", "locatedIn", "thailand", optional=True)
ent("cptpp", "Document", "全面与进步跨太平洋伙伴关系协定", ["《全面与进步跨太平洋伙伴关系协定》", "CPTPP"])
ent("depa", "Document", "数字经济伙伴关系协定", ["《数字经济伙伴关系协定》", "DEPA"])
ent("rcep", "Document", "区域全面经济伙伴关系协定", ["《区域全面经济伙伴关系协定》", "RCEP"])
ent("roadmap", "Document", "亚太经合组织推动实现亚太自贸区北京路线图", ["《亚太经合组织推动实现亚太自贸区北京路线图》"])
rel("roadmap", "adoptedAt", "aelm")
rel("roadmap", "publishedBy", "apec", optional=True)
ent("ecom", "Technology", "跨境电子商务", optional=True)
ent("s-econ", "Statistic", "APEC经济体", value="21个", optional=True, evidence=ev("来自APEC21个经济体的贸易部长或代表"))
M = dict(by=["gao"], body=["mofcom"])
# APEC / FTAAP
goal("a-1", "实现全面、高水平的亚太自贸区", "中方将继续坚定致力于实现全面、高水平的亚太自贸区", **M)
goal("a-2", "在数字经济、绿色经济等领域提出工作计划", **M)
goal("a-3", "积极参与制定新的推进亚太自贸区发展的指导性文件", **M)
goal("a-4", "持续推进加入CPTPP和DEPA", "中方将持续推进加入《全面与进步跨太平洋伙伴关系协定》（CPTPP）和《数字经济伙伴关系协定》（DEPA）", **M)
goal("a-5", "坚持对标高标准国际经贸规则", "坚持对标高标准国际经贸规则，全面扩大高水平对外开放。中方将继续高质量实施", **M)
goal("a-6", "全面扩大高水平对外开放", "坚持对标高标准国际经贸规则，全面扩大高水平对外开放。中方将继续高质量实施", **M)
goal("a-7", "继续高质量实施《区域全面经济伙伴关系协定》", **M)
goal("a-8", "维护区域产业链供应链安全稳定", **M)
goal("a-9", "积极打造中国—东盟自贸区3.0版", **M)
goal("a-10", "构建更加互惠互利的双边和区域经贸关系", **M)
goal("a-11", "推动亚太区域长期发展和民生复苏", **M)
goal("a-12", "推进亚太经贸领域务实合作", **M)
goal("a-13", "使合作成果广泛惠及各经济体和人民", **M)
goal("a-14", "继续牵头包容性贸易投资政策领域工作", **M)
goal("a-15", "提升区域内中小企业、妇女、弱势群体参与经济活动的能力", **M)
goal("a-16", "广泛团结各经济体", optional=True, **M)
goal("a-17", "在互联互通、贸易便利化、数字经济、绿色发展等领域提出务实合作倡议", **M)
goal("a-18", "实现亚太地区的共同发展", **M)
goal("a-19", "推动构建亚太命运共同体", **M)
goal("a-20", "积极推动亚太区域经济一体化进程", "中方始终致力于亚太自贸区建设，积极推动亚太区域经济一体化进程", **M)
# agreed at the APEC trade ministers meeting
for i, l in enumerate(["将推进亚太自贸区作为经贸领域重点工作", "支持推动WTO第12届部长级会议取得积极成果",
                       "实施包容性贸易投资政策"]):
    goal(f"m-{i}", l, by=["gao"], opt_body=["apec"])
# supply chains
goal("s-0", "全力保障外贸产业链供应链稳定", **M)
goal("s-1", "确保交通物流畅通", optional=True, opt_body=["sc", "cpc"])
goal("s-2", "确保重点产业链供应链正常运转", optional=True, opt_body=["sc", "cpc"])
for i, l in enumerate(["保障外贸货物国内运输畅通", "指导各地建立重点外贸企业服务保障制度", "及时解决外贸企业的困难问题",
                       "帮助受疫情影响的外贸企业复工达产", "全力保障外贸货物货运物流运输通畅",
                       "持续缓解国际物流压力", "持续推动扩大国际班轮公司直客对接的业务规模",
                       "满足中小微外贸企业用舱需要", "指导各地帮助企业及时提离集装箱", "提升货物中转效率",
                       "加强与国际货运班列沿线国家沟通协调", "提高铁路口岸通关及作业效率", "用好航空货运运力",
                       "保障重要零部件、装备和产品运输", "及时解决企业实际难题", "继续指导各地主动靠前服务",
                       "推动解决影响外贸企业复工达产和供应链稳定的共性问题", "深入了解外贸企业的急难愁盼",
                       "积极为企业解决生产、物流、用工方面的困难", "做好精准服务", "拓展外贸产业发展空间",
                       "持续优化营商环境", "提升贸易自由化便利化水平", "提升对全球资源要素的吸引力"]):
    goal(f"n-{i}", l, **M)
goal("n-24", "发挥好外贸转型升级基地", "发挥好外贸转型升级基地、跨境电子商务综合试验区、进口贸易促进创新示范区、边民互市贸易落地加工试点等外贸示范试点平台，国家级经开区等投资促进平台，以及自贸试验区、自由贸易港等高水平开放平台带动作用", **M)
rel("n-24", "involvesTechnology", "ecom", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
