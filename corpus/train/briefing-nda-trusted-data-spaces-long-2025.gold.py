"""Gold annotation of briefing-nda-trusted-data-spaces-long-2025 (张望: 2025年重点推进企业、行业、城市三类可信数据空间), by hand per shared/eval/ANNOTATE.md (annotator ann44)."""
ID = "briefing-nda-trusted-data-spaces-long-2025"
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
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    # a relation to an optional entity is optional too
    optional = optional or any(e.get("optional") for e in E if e["id"] in (s, o))
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=()):
    """a Goal; evidence defaults to the sentence stating it; by = proposers, body = hasGoal subjects"""
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    e = ev(evidence) if evidence else sent(label)
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=optional, evidence=e)
    for p in by: rel(p, "proposes", id, optional=optional)
    for p in opt_by: rel(p, "proposes", id, optional=True)
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)
    for t in tech: rel(id, "involvesTechnology", t, optional=optional)

L = lines
# Agencies and organisations
ent("nda", "Agency", "国家数据局")
ent("nda-res", "Agency", "数据资源司", ["国家数据局数据资源司"])
rel("nda-res", "subOrganizationOf", "nda")
ent("ce", "Organization", "中国经济网")
# People
ent("zhang", "Person", "张望")
rel("zhang", "holdsPost", "nda-res", post="司长")
ent("wang", "Person", "王岩")
rel("wang", "holdsPost", "ce", post="记者", optional=True)
# Event: the press conference, named by its host
ent("presser", "Event", "国家数据局新闻发布会")
rel("zhang", "speaksAt", "presser")
# Document
ent("plan", "Document", "可信数据空间发展行动计划（2024—2028年）",
    ["《可信数据空间发展行动计划（2024—2028年）》", "行动计划", "《行动计划》"])
rel("plan", "publishedBy", "nda")
# Places
ent("china", "Place", "中国", ["我国"], optional=True)
# Technologies
ent("tds", "Technology", "可信数据空间",
    ["企业可信数据空间", "行业可信数据空间", "城市可信数据空间", "行业数据空间", "数据空间"])
ent("bigdata", "Technology", "大数据", optional=True)
ent("rs", "Technology", "卫星遥感", ["遥感"], optional=True)
rel("nda", "promotes", "tds")
rel("zhang", "holdsPost", "nda", post="司长", optional=True)

Z = dict(by=("zhang",), body=("nda",))          # what 张望 states NDA will do
X = dict(by=("zhang",), opt_body=("nda",))      # benefits 张望 describes; 相关部门 (not named)
I = dict(by=("zhang",), body=("nda",))          # the examples of the industry spaces NDA will support
# title and lead: the plan's layout
goal("t1", "2025年重点推进企业、行业、城市三类可信数据空间", L[0], tech=("tds",), opt_body=("plan",), **Z)
goal("l1", "分类施策推进企业、行业、城市、个人、跨境五类可信数据空间建设", sent("将分类施策推进"),
     tech=("tds",), opt_body=("plan",), **Z)
# enterprise spaces
goal("e1", "搭建受控、可信、合规的数据流通和开发环境", optional=True, by=("zhang",), opt_body=("nda",))
goal("e2", "打通企业内部单元甚至是跨法人主体间数据共享的堵点卡点", optional=True, by=("zhang",), opt_body=("nda",))
goal("e3", "吸引外部专业团队", optional=True, by=("zhang",), opt_body=("nda",))
goal("e4", "协同开发利用好数据资源", optional=True, by=("zhang",), opt_body=("nda",))
goal("e5", "帮助企业提高创新能力", optional=True, by=("zhang",), opt_body=("nda",))
goal("e6", "协同上下游企业开放资源", optional=True, by=("zhang",), opt_body=("nda",))
goal("e7", "增强合作信任度", optional=True, by=("zhang",), opt_body=("nda",))
goal("e8", "提高供应链竞争力", optional=True, by=("zhang",), opt_body=("nda",))
goal("e9", "面向中小企业提供普惠便利服务", **X)
# industry spaces
goal("i1", "支持建设一批行业数据空间", tech=("tds",), **Z)
goal("i2", "建设新材料大数据中心", tech=("bigdata",), **I)
goal("i3", "建立数据有序流通、安全共享和高效利用的机制", **I)
goal("i4", "为科研机构、经营主体参与新材料研发和应用创造条件", **I)
goal("i5", "探索重点外贸产品碳足迹数据协同利用和溯源管理", **I)
goal("i6", "推动产品数字护照、能碳协同、绿色金融等应用创新", **I)
goal("i7", "推动遥感数据赋能千行百业", tech=("rs",), **I)
goal("i8", "带动遥感产业做大做强", tech=("rs",), **I)
goal("i9", "共享数据资源", sent("通过共享数据资源"), optional=True, by=("zhang",), opt_body=("nda",))
goal("i10", "积极谋划可信数据空间建设", optional=True, tech=("tds",))
# city spaces
goal("c1", "打造城市可信数据空间", optional=True, tech=("tds",), by=("zhang",), opt_body=("nda",))
goal("c2", "更好发挥数据在城市规划、建设、运行、管理和服务中的作用", **X)
goal("c3", "让城市发展质量更高", **X)
goal("c4", "产业活力更强", sent("让城市发展质量更高"), optional=True, by=("zhang",), opt_body=("nda",))
goal("c5", "生活品质更好", sent("让城市发展质量更高"), optional=True, by=("zhang",), opt_body=("nda",))
goal("c6", "推动各类数据的融合应用", optional=True)
goal("n1", "因地制宜推进城市可信数据空间建设和运营", tech=("tds",), **Z)
goal("n2", "支持有条件的地方以应用场景为抓手", optional=True, by=("zhang",), opt_body=("nda",))
goal("n3", "鼓励有条件的地区加强区域协作", **Z)
goal("n4", "探索推进数据空间的互联互通", tech=("tds",), **Z)
goal("n5", "实现更大范围的数据共享和协作", **Z)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
