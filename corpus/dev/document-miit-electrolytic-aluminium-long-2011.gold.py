"""Gold annotation of document-miit-electrolytic-aluminium-long-2011 (九部门紧急通知遏制电解铝行业产能过剩和重复建设), by hand per shared/eval/ANNOTATE.md (annotator ann25)."""
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
ID = "document-miit-electrolytic-aluminium-long-2011"
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

def goal(id, label, evidence=None, optional=False, body=("notice",), opt_body=()):
    """a Goal of the notice unless told otherwise; evidence defaults to the sentence stating it"""
    assert label in text, label
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence) if evidence else sent(label))
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)

# The nine issuing agencies (line 3)
ISSUERS = [("miit", "工业和信息化部", ["工信部"]), ("ndrc", "国家发展和改革委员会", ["发展改革委", "国家发展改革委"]),
           ("mos", "监察部", []), ("mlr", "国土资源部", []), ("mep", "环境保护部", []), ("pboc", "中国人民银行", ["人民银行"]),
           ("cbrc", "中国银行业监督管理委员会", ["银监会"]), ("serc", "国家电力监管委员会", ["电监会"]), ("nea", "国家能源局", [])]
for id, l, al in ISSUERS:
    ent(id, "Agency", l, al)
ent("pboc-sh", "Agency", "中国人民银行上海总部")
rel("pboc-sh", "subOrganizationOf", "pboc")
ent("xpcc", "Agency", "新疆生产建设兵团")
ent("sc", "Agency", "国务院")
ent("cpc", "Agency", "党中央", ["中共中央"])
ent("cnia", "Organization", "中国有色金属工业协会")
# Documents
ent("notice", "Document", "关于遏制电解铝行业产能过剩和重复建设引导产业健康发展的紧急通知",
    ["《关于遏制电解铝行业产能过剩和重复建设引导产业健康发展的紧急通知》", "通知", "《通知》", "工信部联原[2011]177号"])
for id, l, al in ISSUERS:
    rel("notice", "publishedBy", id)
ent("nf-plan", "Document", "有色金属产业调整和振兴规划", ["《有色金属产业调整和振兴规划》", "国发[2009]14号"])
rel("nf-plan", "publishedBy", "sc")
ent("overcap", "Document", "关于抑制部分行业产能过剩和重复建设引导产业健康发展若干意见的通知",
    ["《关于抑制部分行业产能过剩和重复建设引导产业健康发展若干意见的通知》", "国发[2009]38号"])
rel("overcap", "publishedBy", "sc")
# Places
ent("china", "Place", "中国", ["我国"], optional=True)

# Goals. The news lead (line 4) restates items 二, 四 and 六: one node each, evidence from the item.
goal("t-title", "遏制电解铝行业产能过剩和重复建设", evidence=lines[4], optional=True)
goal("t-title2", "引导产业健康发展", evidence=lines[4], optional=True)
# line 11: the overall aims
goal("a-1", "坚决贯彻落实国家宏观调控的各项政策措施")
goal("a-2", "遏制电解铝产能盲目扩张")
goal("a-3", "防止供大于需矛盾的进一步加剧")
# 一
goal("h1", "统一思想认识，转变发展方式")
goal("h1-1", "严格执行国家产业政策")
goal("h1-2", "认真落实国务院《有色金属产业调整和振兴规划》")
goal("h1-3", "充分认识产业结构调整工作的重要性和艰巨性")
goal("h1-4", "切实把思想和行动统一到党中央、国务院的决策部署上来")
goal("h1-5", "认真贯彻落实科学发展观")
goal("h1-6", "进一步增强和提高大局意识、责任意识和忧患意识")
goal("h1-7", "正确处理好中央与地方、局部与全局、当前与长远的关系", evidence=lines[12])
goal("h1-8", "加大铝工业结构调整力度", evidence=lines[12])
goal("h1-9", "促进电解铝行业的健康发展", evidence=lines[12])
# 二
goal("h2", "严格控制拟建电解铝项目")
goal("h2-1", "立即叫停拟建电解铝项目", evidence="自本《通知》下发之日起，各地要立即叫停拟建电解铝项目，坚决制止任何扩大产能的新建项目的违规审批行为")
goal("h2-2", "坚决制止任何扩大产能的新建项目的违规审批行为", evidence="自本《通知》下发之日起，各地要立即叫停拟建电解铝项目，坚决制止任何扩大产能的新建项目的违规审批行为")
goal("h2-3", "依纪依法追究有关责任人的责任")
# 三
goal("h3", "加大执法力度，形成政策合力")
goal("h3-1", "加强与国土、环保、电力、金融等部门的配合")
goal("h3-2", "坚决遏制电解铝盲目投资、产能急剧扩张势头")
goal("h3-3", "立即停止办理用地审批、能评审查、环境影响评价、电力供应和新增授信等手续")
# 四
goal("h4", "取消地方出台的各项优惠政策", evidence="四、取消地方出台的各项优惠政策")
goal("h4-1", "一律不得违反国家法律、法规和产业政策进行各类招商引资活动")
goal("h4-2", "认真清理对拟建电解铝项目自行出台的土地、税收、电价等优惠政策")
goal("h4-3", "已经出台的要坚决废止")
# 五
goal("h5", "严禁以各种方式扩大产能")
goal("h5-1", "跨行业、跨地区、跨所有制的联合重组")
goal("h5-2", "推进技术进步、节能减排和结构调整")
goal("h5-3", "鼓励铝电联合")
goal("h5-4", "适时适度开展直供电试点")
goal("h5-5", "严禁以各种名义扩大电解铝产能")
# 六
goal("h6", "认真清理电解铝拟建项目", evidence="六、认真清理电解铝拟建项目")
goal("h6-1", "于5月15日前上报工业和信息化部、发展改革委和相关部门",
     evidence="清理结果和贯彻有关文件的总结报告，于5月15日前上报工业和信息化部、发展改革委和相关部门")
# 七
goal("h7", "加强市场引导和社会监督")
goal("h7-1", "大力宣传产业政策和相关法律法规")
goal("h7-2", "加强政策引导")
goal("h7-3", "对违规建设项目加强社会监督")
goal("h7-4", "充分发挥中国有色金属工业协会的作用")
for id, l in [("h7-5", "密切关注、掌握电解铝行业拟建项目的发展态势"), ("h7-6", "及时发布市场供求信息"),
              ("h7-7", "引导企业投资方向"), ("h7-8", "协助政府部门做好电解铝行业结构调整工作")]:
    goal(id, l, opt_body=["cnia"])
goal("h7-9", "促进行业健康发展", evidence=lines[18], optional=True, opt_body=["cnia"])

# Statistics (lines 9-10)
S = [("s-cap", "2010年底全国电解铝产能", "2300万吨", "到2010年底，全国电解铝产能已达2300万吨", False),
     ("s-out", "电解铝实际产量", "1560万吨", "实际产量1560万吨", False),
     ("s-util", "电解铝设备利用率", "70%", "设备利用率仅70%", False),
     ("s-profit", "2010年1-11月铝冶炼行业利润", "104.41亿元", "2010年1-11月铝冶炼行业利润104.41亿元", False),
     ("s-margin", "铝冶炼行业销售利润率", "3.59%", "销售利润率仅3.59%", False),
     ("s-proj", "全国拟建电解铝项目", "23个", "目前全国拟建电解铝项目23个", False),
     ("s-proj-cap", "拟建电解铝项目总规模", "774万吨", "总规模774万吨", False),
     ("s-proj-inv", "拟建电解铝项目总投资", "770亿元", "总投资770亿元", False),
     ("s-cap-2015", "拟建项目全部建成后“十二五”末期全国电解铝产能", "超过3000万吨",
      "如果拟建项目全部建成投产，到“十二五”末期，全国产能将超过3000万吨", True)]
for id, l, v, e, opt in S:
    ent(id, "Statistic", l, value=v, evidence=ev(e), optional=opt)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
