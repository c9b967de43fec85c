"""Gold annotation of briefing-nda-public-data-registry-long-2025 (国家公共数据资源登记平台将于3月1日上线试运行——推进数据共享 释放数据价值), by hand per shared/eval/ANNOTATE.md (annotator ann9)."""
ID = "briefing-nda-public-data-registry-long-2025"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
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

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=()):
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

def stat(id, label, value, evidence, optional=False):
    assert str(value) in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=ev(evidence), optional=optional)
L = lines
# Agencies and organisations
ent("nda", "Agency", "国家数据局")
ent("cpc-go", "Agency", "中共中央办公厅")
ent("sc-go", "Agency", "国务院办公厅")
ent("cma", "Agency", "中国气象局")
ent("cma-fc", "Agency", "预报司", ["中国气象局预报司"])
rel("cma-fc", "subOrganizationOf", "cma")
ent("fj-gov", "Agency", "福建省政府", optional=True)
ent("rmrb", "Organization", "人民日报海外版")
# People
ent("li", "Person", "李婕")
ent("chen", "Person", "陈荣辉")
rel("chen", "holdsPost", "nda", post="副局长")
ent("zhang", "Person", "张洪政")
rel("zhang", "holdsPost", "cma-fc", post="副司长")
# Events
ent("presser", "Event", "“数据价值化，我们在行动”系列新闻发布会", ["“数据价值化，我们在行动”系列新闻发布会第一场"])
rel("chen", "speaksAt", "presser")
rel("zhang", "speaksAt", "presser", optional=True)
# Documents
ent("opinion", "Document", "中共中央办公厅\u00a0国务院办公厅关于加快公共数据资源开发利用的意见",
    ["《中共中央办公厅\u00a0国务院办公厅关于加快公共数据资源开发利用的意见》", "关于加快公共数据资源开发利用的意见"])
rel("opinion", "publishedBy", "cpc-go")
rel("opinion", "publishedBy", "sc-go")
ent("fj-gwr", "Document", "福建省政府工作报告")
rel("fj-gwr", "publishedBy", "fj-gov", optional=True)
# Places
ent("fujian", "Place", "福建")
ent("shenzhen", "Place", "深圳市", ["深圳"])
ent("shanghai", "Place", "上海")
ent("chongqing", "Place", "重庆市", ["重庆"])
# Technologies (platforms and fields: optional)
ent("registry", "Technology", "国家公共数据资源登记平台", ["登记平台"], optional=True)
ent("sharing-pf", "Technology", "公共数据汇聚共享平台", ["汇聚共享平台"], optional=True)
ent("drone", "Technology", "无人机", optional=True)
ent("low-alt", "Technology", "低空物流", optional=True)
ent("new-energy", "Technology", "新能源", optional=True)
rel("nda", "promotes", "registry", optional=True)
rel("cma", "promotes", "new-energy", optional=True)
# Statistics
stat("s-pilot", "国家公共数据资源开发利用试点省份", "8个", "2020年，福建入选国家公共数据资源开发利用8个试点省份之一")
stat("s-sys", "福建接入的政务信息系统", "2000余个", "接入全省2000余个政务信息系统")
stat("s-data", "福建汇聚的有效数据", "1800多亿条", "汇聚1800多亿条有效数据")
stat("s-exch", "平台日均批量交换数据", "1.5亿多条", "目前平台日均批量交换数据1.5亿多条")
stat("s-scen", "平台支撑的应用场景", "800多个", "有效支撑各地各部门800多个应用场景")
stat("s-res", "深圳气象服务分辨率", "1公里", "为起降点及航线提供1公里分辨率", optional=True)
stat("s-vis0", "上海消减雾试验前能见度", "500米", "能见度可从500米快速提升至2公里以上", optional=True)
stat("s-vis1", "上海消减雾试验后能见度", "2公里以上", "能见度可从500米快速提升至2公里以上", optional=True)

C = dict(by=("chen",), body=("nda",))
# title and lead
goal("t1", "推进数据共享", L[0], opt_body=("nda",))
goal("t2", "释放数据价值", L[0], optional=True, body=("nda",))
goal("a0", "大力推进数据要素的市场化价值化", opt_body=("nda",))
goal("a1", "推动公共数据资源开发利用", optional=True, body=("nda",))
goal("a2", "更好发挥数据要素作用", optional=True, body=("nda",))
# section: government data sharing
goal("h1", "推进政务数据共享应用", L[3], body=("nda",))
goal("c1", "推动数据价值化", **C)
goal("c2", "公共数据要先行一步", optional=True, **C)
goal("c3", "真正把公共数据资源供出来、用起来", **C)
S = dict(opt_by=("chen",), opt_body=("nda",))
goal("w1", "明确数据治理和共享责任", **S)
goal("w2", "推动“一次填报，多方共用”", **S)
goal("w3", "推动数据由“向基层要”变为“从系统取”", **S)
goal("w4", "切实减轻基层干部重复报数负担", **S)
goal("w5", "推动数据回流", **S)
goal("w6", "支持基层干部利用数据更好为企业和百姓服务", **S)
goal("w7", "助力提升基层治理水平", **S)
goal("fj1", "常态化开展公共数据共享申请、授权、对接、应用", optional=True)
# section: authorised operation of public data
goal("h2", "探索公共数据授权运营", L[8], body=("nda",))
goal("o1", "引入专业化力量", **C)
goal("o2", "对公共数据进行治理、加工", **C)
goal("o3", "形成数据产品和服务", **C)
goal("o4", "更好满足社会用数需求", **C)
goal("o5", "更好促进数字经济发展", **C)
goal("m1", "梳理拟授权运营的数据资源", opt_by=("chen",))
goal("m2", "编制数据授权运营方案", opt_by=("chen",))
goal("m3", "积极推进数据资源和产品登记工作", opt_by=("chen",))
goal("r0", "国家公共数据资源登记平台将于3月1日正式上线试运行", body=("nda",), opt_by=("chen",), tech=("registry",))
goal("r1", "对纳入授权运营的公共数据资源进行登记", opt_body=("nda",))
goal("r2", "鼓励进行登记", optional=True, opt_body=("nda",))
goal("f1", "更好地实现供需对接", **C)
goal("f2", "降低全社会用数成本", **C)
goal("f3", "促进数据资源价值释放", **C)
goal("f4", "未来还可以发布数据需求", optional=True, **C)
goal("f5", "掌握全国公共数据资源底账", **C)
goal("f6", "加强授权运营信息披露", **C)
goal("f7", "促进授权运营规范化、透明化", **C)
# section: application scenarios
goal("h3", "打造更多数据应用场景", L[14], body=("nda",))
goal("x1", "减少因恶劣天气导致的延误或损失", optional=True)
Z = dict(by=("zhang",), body=("cma",), opt_body=("cma-fc",))
goal("z1", "对接新能源规划选址、高效消纳和安全运行对精细化气象数据的需求", tech=("new-energy",), **Z)
goal("z2", "引导鼓励各方加入示范场景共建", **Z)
goal("z3", "创新新能源气象服务产品和解决方案", tech=("new-energy",), **Z)
goal("z4", "为国家能源绿色低碳转型、能源安全提供支撑", **Z)
goal("fw1", "深化“千行百业”行动", body=("fj-gwr",))
goal("fw2", "聚焦重点领域", body=("fj-gwr",))
goal("fw3", "培育更多数字应用场景", body=("fj-gwr",))
goal("cq1", "扩大数据流通和价值示范", )
goal("cq2", "培育实数融合新业态")
goal("n1", "重点打造一批示范性数据应用场景", body=("nda",))
goal("n2", "探索形成可复制、可推广模式", body=("nda",))
# next steps
goal("d1", "加快推动公共数据资源管理和运营机制改革落地见效", **C)
goal("d2", "进一步增强数据资源价值释放的驱动力", **C)
goal("d3", "以公共数据开发利用引领撬动各方数据的融合应用", **C)
goal("d4", "打造数据利用的多应用场景和模式", **C)
goal("d5", "更好释放数据要素价值", **C)
for e in E:
    if e["type"] == "Goal": assert 4 <= len(e["label"]) <= 30 or e["id"] in ("r0",), e["label"]

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
