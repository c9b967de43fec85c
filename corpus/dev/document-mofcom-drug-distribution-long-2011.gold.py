"""Gold annotation of document-mofcom-drug-distribution-long-2011 (医药流通行业“十二五”规划发布), by hand per shared/eval/ANNOTATE.md (annotator ann25)."""
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
ID = "document-mofcom-drug-distribution-long-2011"
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def sent(label):
    """the sentence (split at 。；;！？ and line ends) that states the label"""
    for s in re.split(r"(?<=[。；;！？\n])", text):
        if label in s:
            return ev(s.strip().rstrip("；;。"))
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

def goal(id, label, evidence=None, optional=False, by=(), body=(), opt_by=(), opt_body=()):
    """a Goal; evidence defaults to the sentence stating it; by = proposers, body = hasGoal subjects"""
    assert label in text, label
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence) if evidence else sent(label))
    for p in by: rel(p, "proposes", id, optional=optional)
    for p in opt_by: rel(p, "proposes", id, optional=True)
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)

# Agencies
ent("mofcom", "Agency", "商务部", ["中华人民共和国商务部"])
ent("mofcom-mkt", "Agency", "市场秩序司", ["商务部市场秩序司"])
rel("mofcom-mkt", "subOrganizationOf", "mofcom")
ent("miit", "Agency", "工信部", ["工业和信息化部"])
# Organisations: media, associations, companies
ent("yicai", "Organization", "第一财经日报", ["《第一财经日报》"])
ent("cpema", "Organization", "中国医药企业管理协会")
ent("cacm", "Organization", "中国医药商业协会")
for id, l, al in [("sinopharm", "国药集团", ["中国医药集团"]), ("sph", "上海医药", []), ("jzt", "九州通", []),
                  ("sph-dist", "上海医药分销公司", []), ("njyy", "南京医药", []), ("gzyy", "广州医药", []),
                  ("huayuan", "安徽华源医药股份有限公司", ["安徽华源医药"]), ("beiyi", "北医股份", []),
                  ("cqyy", "重庆医药股份", ["重庆医药"]), ("sinopharm-h", "国药控股", [])]:
    ent(id, "Organization", l, al)
# People
ent("yu", "Person", "于明德")
rel("yu", "holdsPost", "cpema", post="会长")
ent("liu", "Person", "刘兆年")
rel("liu", "holdsPost", "jzt", post="副董事长、董秘")
ent("wen", "Person", "温再兴")
rel("wen", "holdsPost", "mofcom-mkt", post="副司长")
# Documents
ent("plan", "Document", "全国药品流通行业发展规划纲要",
    ["《全国药品流通行业发展规划纲要》", "规划", "《规划》", "医药流通行业“十二五”规划",
     "全国药品流通行业“十二五”发展纲要", "《全国药品流通行业“十二五”发展纲要》"])
rel("plan", "publishedBy", "mofcom")
rel("plan", "publishedBy", "mofcom-mkt", optional=True)
ent("pharma-plan", "Document", "医药工业“十二五”规划", ["《医药工业“十二五”规划》"])
rel("pharma-plan", "publishedBy", "miit")
# Places
ent("china", "Place", "中国", ["我国"], optional=True)

# Goals of the plan
goal("p-g0", "坚持市场化", evidence="坚持市场化是这次文件的最大亮点", body=["plan"], opt_by=["yu"])
goal("p-g0b", "推动行业的发展", evidence="必须用更加开放、更加市场竞争的手段，才能推动行业的发展", optional=True, by=["yu"])
goal("p-t1", "行业布局规划，准入退出机制", evidence=lines[6], body=["plan"], opt_by=["yu"])
goal("p-t2", "行业结构调整、完善药品流通体系", evidence=lines[6], body=["plan"], opt_by=["yu"])
goal("p-t3", "行业规模化、集约化和国际化", evidence=lines[6], optional=True, body=["plan"])
T = lines[8]
for id, l in [("p-2015a", "形成1~3家年销售额过千亿元的全国性大型医药商业集团"),
              ("p-2015b", "20家年销售额过百亿元的区域性药品流通企业"),
              ("p-2015c", "药品批发百强企业年销售额占药品批发总额85%以上"),
              ("p-2015d", "药品零售连锁百强企业年销售额占药品零售企业销售总额70%以上"),
              ("p-2015e", "连锁药店占全部零售门店的比重提高到三分之二")]:
    goal(id, l, evidence=T, body=["plan"])
goal("p-g-conc", "集中度提高", evidence="《规划》倡导的集中度提高导向无疑将进一步加速区域性医药商业龙头企业间的市场份额抢夺", optional=True, body=["plan"])
goal("p-g-local1", "打破地方保护主义", evidence="打破地方保护主义，不要设置地方壁垒", body=["plan"])
goal("p-g-local2", "不要设置地方壁垒", evidence="打破地方保护主义，不要设置地方壁垒", body=["plan"])
# Ministry's aims in preparing the plan (line 17) and its official (line 18)
goal("m-g1", "根据规划审批药品批发和零售企业", body=["mofcom", "plan"])
goal("m-g2", "完善药品流通网络", body=["mofcom", "plan"])
goal("m-g3", "制定一个大家都认可的游戏规则", evidence="我们只是负责制定一个大家都认可的游戏规则", by=["wen"], body=["mofcom"])
goal("m-g4", "引入的是市场竞争机制", evidence="现在商务部希望引入的是市场竞争机制", optional=True, body=["mofcom"])
# Company aims and views
goal("j-g1", "在网络没有覆盖的地方，或是营销模式不足的地方做一些收购", evidence=lines[12], by=["liu"], body=["jzt"])
goal("j-g2", "和公立医院改革同步推进", evidence="如果药品流通体系的改革不能和公立医院改革同步推进，不能和医药分开的改革一起(推进)",
     optional=True, by=["liu"])

# Statistics
S = [("s-tasks", "《规划》行业重点任务数", "8项", "在《规划》写入的8项行业重点任务中", True),
     ("s-top100", "2009年百强医药商业企业年销售总额", "3964亿元", "2009年，我国百强医药商业企业年销售总额3964亿元", False),
     ("s-top100-share", "百强医药商业企业占全国商业销售总额比重", "60.74%", "占全国商业销售总额的60.74%", False),
     ("s-over100", "年销售规模超过百亿元的企业", "8家", "年销售规模超过百亿元的企业有8家", False),
     ("s-sinopharm", "国药集团年销售额", "705亿元", "国药集团(705亿元)", False),
     ("s-sph", "上海医药分销公司年销售额", "263亿元", "上海医药分销公司(263亿元)", False),
     ("s-jzt", "九州通年销售额", "222亿元", "九州通(222亿元)", False),
     ("s-gzyy", "广州医药年销售额", "145亿元", "广州医药(145亿元)", False),
     ("s-huayuan", "安徽华源医药股份有限公司年销售额", "130亿元", "安徽华源医药股份有限公司(130亿元)", False),
     ("s-beiyi", "北医股份年销售额", "102亿元", "北医股份(102亿元)", False),
     ("s-cqyy", "重庆医药股份年销售额", "101亿元", "重庆医药股份(101亿元)", False),
     ("s-acq2010", "2010年国药控股完成收购交易", "24项", "2010年国药控股完成24项收购交易", False),
     ("s-acq-inc", "增持项目", "3项", "包括3项增持项目", True),
     ("s-acq-sales", "收购为国药控股增加的销售", "近47亿元", "为国药控股增加近47亿元的销售", False),
     ("s-acq2011", "2011年1月国药控股完成收购交易", "12项", "仅2011年1月，国药控股就完成了12项收购交易", False),
     ("s-wholesale", "药品批发企业数量", "1.3万余家", "我国目前拥有1.3万余家药品批发企业", False),
     ("s-chain", "连锁(药店)门店数量", "近3700家", "近3700家连锁(药店)门店", False),
     ("s-top3", "前3家企业销售额占医药商业市场销售总额比重", "20%左右", "全国最大的前3家企业销售额只占同期医药商业市场销售总额的20%左右", False),
     ("s-hosp", "药品销售集中在医院的比重", "70%", "现在药品销售70%集中在医院", False)]
for id, l, v, e, opt in S:
    ent(id, "Statistic", l, value=v, evidence=ev(e), optional=opt)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
