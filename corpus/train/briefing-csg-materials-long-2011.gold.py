"""Gold annotation of briefing-csg-materials-long-2011 (南方电网物资管理目标：全网集中采购年内要达60%), by hand per shared/eval/ANNOTATE.md (annotator ann23)."""
ID = "briefing-csg-materials-long-2011"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
L = lines
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
    for a in aliases: assert a in text, a
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    # a relation to an optional entity is optional too
    optional = optional or any(e.get("optional") for e in E if e["id"] in (s, o))
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=(), opt_tech=()):
    """a Goal; evidence defaults to the sentence stating it; by = proposers, body = hasGoal subjects"""
    assert label in text, label
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
    assert str(value) in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=ev(evidence), optional=optional)

# ---------------------------------------------------------------- Organizations and agencies
ent("csg", "Organization", "南方电网", ["南网"])                       # China Southern Power Grid, a central SOE
ent("csg-mat", "Organization", "物资部", ["公司物资部"])
rel("csg-mat", "subOrganizationOf", "csg")
ent("csg-party", "Organization", "公司党组", optional=True)
rel("csg-party", "subOrganizationOf", "csg", optional=True)
ent("clp", "Organization", "香港中华电力")
ent("nao", "Agency", "国家审计署")
# ---------------------------------------------------------------- People and posts
ent("qi", "Person", "祁达才")
ent("liao", "Person", "廖建平")
rel("qi", "holdsPost", "csg", post="副总经理")
rel("liao", "holdsPost", "csg-mat", post="主任")
# ---------------------------------------------------------------- Events
ent("meeting", "Event", "南方电网2011年物资工作会议", ["2011年物资工作会议"])
rel("qi", "speaksAt", "meeting")
rel("liao", "speaksAt", "meeting", optional=True)    # quoted and interviewed; not said to speak at the meeting
# ---------------------------------------------------------------- Places
for id, l in [("shenzhen", "深圳"), ("zhuhai", "珠海"), ("dongguan", "东莞"), ("kunming", "昆明"), ("beihai", "北海"),
              ("qinzhou", "钦州"), ("xingyi", "兴义"), ("qionghai", "琼海"), ("guangdong", "广东"), ("guizhou", "贵州")]:
    ent(id, "Place", l)
ent("hk", "Place", "香港", optional=True)     # only inside 香港中华电力
# ---------------------------------------------------------------- Technologies (informatisation and platforms: optional)
ent("it", "Technology", "信息化", optional=True)
ent("mis", "Technology", "物资管理信息系统", optional=True)
ent("ecom", "Technology", "电子商务", ["阳光电子商务平台"], optional=True)
for t in ("it", "mis", "ecom"):
    rel("csg", "promotes", t, optional=True)
# ---------------------------------------------------------------- Statistics (reported figures)
stat("s-proc", "完成物资采购", "486亿元", "完成了486亿元的物资采购")
stat("s-asia", "涉亚物资供应", "9亿元", "9亿元的涉亚物资供应")
stat("s-areas", "物资部重点开展的工作方面", "3个", "仓库建设3个方面的工作", optional=True)
stat("s-flow", "理清核心业务流程", "71个", "理清了71个核心业务流程")
stat("s-rules", "梳理编写物资管理制度体系", "23个+8个", "梳理编写了“23个+8个”物资管理制度体系", optional=True)
stat("s-dim", "物资管理指标库维度", "4个", "确定了4个维度、12个指标的物资管理指标库")
stat("s-ind", "物资管理指标库指标", "12个", "确定了4个维度、12个指标的物资管理指标库")
stat("s-wh", "全网仓库", "3120个", "全网仓库3120个")                      # also 整合现有的3120个仓库资源
stat("s-area", "全网仓库占地面积", "3504497平方米", "占地面积3504497平方米")
stat("s-floor", "全网仓库建筑面积", "135182平方米", "建筑面积135182平方米")
stat("s-stock", "在库物资", "61.3亿元", "在库物资共61.3亿元")              # 去年的61亿元 in line 18: the same figure
stat("s-idle", "闲置物资", "14.4亿元", "其中闲置物资14.4亿元")
stat("s-first", "第一次集中招标采购金额", "约3.5亿元", "采购金额约3.5亿元")
stat("s-first-cat", "第一次集中招标采购涉及500kV主要变电设备", "8类", "涉及8类500kV主要变电设备", optional=True)
stat("s-qual", "10kV配电变压器质量专项抽检合格率", "78.5%", "检测合格率仅为78.5%")
stat("s-qual-max", "各省设备合格率最高", "97.5%", "最高达97.5%")
stat("s-qual-min", "各省设备合格率最低", "47.5%", "最低仅47.5%")
stat("s-meters", "广东向贵州调拨计量电表", "2040只", "协调广东向贵州调拨2040只计量电表")
stat("s-switch", "广东向贵州调拨220kV隔离开关", "9组", "9组220kV隔离开关")
stat("s-clp", "香港中华电力每平方米存放的物资金额", "11430元", "香港中华电力每平方米存放的物资金额11430元")
stat("s-csg-m2", "南方电网仓库每平方米存放的物资金额", "1741元", "我们才只有1741元")
stat("s-gap", "与香港中华电力仓库每平方米物资金额相差", "7倍多", "相差7倍多", optional=True)
stat("s-five", "物资工作“第一次”", "5个", "■5个第一次", optional=True)

C = dict(body=("csg",))                       # the meeting (会议强调/指出/要求) speaks for the company
Q = dict(by=("qi",), body=("csg",))
LI = dict(by=("liao",), body=("csg-mat",), opt_body=("csg",))
# ---------------------------------------------------------------- the company's aims (lines 3-4, restated in lines 13-14 and 22)
goal("g-sc", "打造与国际接轨、具有南网特色的供应链管理体系", L[2], **C)   # = 力争用两三年的时间构建具有南网特色的供应链管理体系
goal("g-72", "主抓“7+2”", L[3], **C)                                    # = 重点抓好“7+2”
goal("g-60", "实现全网集中采购年内达60%的目标", L[3], **C)              # = the title, and 今年务必要实现采购集中度60%的目标
# ---------------------------------------------------------------- line 7: Qi, the two-year target
goal("q-80", "两年时间将公司一级集中采购金额比例提高到80%", by=("qi",), body=("csg",), opt_body=("csg-party",))
# ---------------------------------------------------------------- heading line 8 and line 10 (物资部, past)
goal("h-2", "解决“两个落后”", L[7], **C)
goal("h-jgx", "走向“集约、规范、高效”", L[7], optional=True, opt_body=("csg",))
goal("p-1", "确定了供应链管理理论作为公司今后物资管理的主要理论依据", optional=True, opt_body=("csg-mat",))
# ---------------------------------------------------------------- heading line 12 and line 13
goal("h-bl", "一一攻克这些堡垒", **Q)                                      # = heading 各个堡垒要逐一攻克
goal("m-1", "落实物资“集约、规范、高效”的战略目标", **C)
goal("m-2", "全面完成今年的物资工作任务", **C)
# ---------------------------------------------------------------- line 14 (会议指出)
goal("m-3", "严格按照统一的招标方案", **C)
goal("m-3b", "多个招标平台实施招标操作", optional=True, **C)
goal("m-4", "尽快开展供应商管理", **C)
goal("m-5", "建成全网统一的评标专家库", **C)
goal("m-6", "加强规范管理", **C)
goal("m-7", "提高公开、透明力度", **C)
# ---------------------------------------------------------------- line 15: Liao on delivery
goal("l-0", "实现高效的物资配送", **LI)
goal("l-1", "建立应急响应状态下的跨省调拨平台", **LI)
goal("l-2", "建立地市供电局服务于抢修的24小时物资配送平台", **LI)
# ---------------------------------------------------------------- lines 16-20 (会议指出 / 要求): this year's targets
goal("m-8", "整合现有的3120个仓库资源", **C)
goal("m-9", "实现两级配送", **C)
goal("m-10", "年内完成深圳、珠海、东莞、昆明、北海、钦州、兴义、琼海8个试点单位的“仓库+急救包”配送体系建设和试运行", **C)
goal("m-11", "完成100个标准化仓库改造和建设", **C)
goal("m-12", "完成231个主要物资采购标准的编制工作", **C)
goal("m-13", "总库存要从去年的61亿元降低到45亿元", **C)
goal("m-14", "闲置物资从14.4亿元降低到6亿元", **C)
goal("m-15", "尽量做到库存物资最低", **C)
goal("m-16", "完成全功能全覆盖的物资管理信息系统和阳光电子商务平台建设", tech=("mis", "ecom"), **C)
goal("m-17", "确保年底前实现两个系统上线运行", **C)
goal("m-18", "配合做好农网升级改造的物资供应", **C)
goal("m-19", "规范管理好农网物资的采购、品控、配送等工作", **C)
# ---------------------------------------------------------------- lines 28 and 34: Qi on the weak points
goal("q-1", "加大质量抽检力度", **Q)
goal("q-2", "严把供应商的材料关、设备出厂质量关", **Q)
goal("q-3", "加大对供应链理论的培训", **Q)

for e in E:
    if e["type"] == "Goal" and len(e["label"]) > 30: print("long label:", len(e["label"]), e["label"])

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
