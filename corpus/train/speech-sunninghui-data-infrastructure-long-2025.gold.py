"""Gold annotation of speech-sunninghui-data-infrastructure-long-2025 (孙凝晖院士：建设面向智能时代的国家数据基础设施, signed article from the 国家数据局 website reprinted by 中国信息安全), by hand per shared/eval/ANNOTATE.md (annotator ann36)."""
ID = "speech-sunninghui-data-infrastructure-long-2025"
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
    key = (s, p, o)
    assert key not in {(r["s"], r["p"], r["o"]) for r in R}, key
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

def write():
    gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
    (here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
    print(collections.Counter((r["p"], r.get("optional", False)) for r in R))


def sl(label, i):
    """the sentence of line i (0-based) that states the label"""
    for s in re.split(r"(?<=[。；！？])", L[i]):
        if label in s:
            return ev(s.strip().rstrip("；。"))
    raise AssertionError((label, i))


# Agencies and organisations
ent("cpc-cc", "Agency", "中共中央", ["党中央"])
ent("sc", "Agency", "国务院")
ent("ndrc", "Agency", "国家发展改革委")
ent("nda", "Agency", "国家数据局")
ent("miit", "Agency", "工业和信息化部")
ent("cae", "Organization", "中国工程院")   # 中国工程院院士: an honorary title, not a post
# People
ent("sun", "Person", "孙凝晖")
# Events
ent("plenum3", "Event", "党的二十届三中全会")
# Documents
ent("guide", "Document", "国家数据基础设施建设指引", ["《国家数据基础设施建设指引》"])
for b in ("ndrc", "nda", "miit"):
    rel("guide", "publishedBy", b)
# Places
ent("china", "Place", "中国", ["我国"], optional=True)
# Technologies
ent("ai", "Technology", "人工智能", ["AI"])
ent("llm", "Technology", "大模型", ["AI基础大模型"])
ent("agent", "Technology", "AI Agent")
for id, l, al in [("compute", "算力", ()), ("cnet", "算力网", ()), ("ncnet", "全国一体化算力网", ()),
                  ("algo", "算法", ()), ("bigdata", "BigData", ()), ("hpc", "HPC", ()),
                  ("sc-internet", "超算互联网", ()), ("internet", "互联网", ()),
                  ("datainfra", "数据基础设施", ("国家数据基础设施",)), ("dataspace", "数据空间", ()),
                  ("osi", "OSI七层模型", ())]:
    ent(id, "Technology", l, al, optional=True)

S = dict(by=("sun",))                    # the author's own proposals (he speaks for no body)
SO = dict(optional=True, opt_by=("sun",))
G = dict(body=("guide",), opt_body=("ndrc", "nda", "miit"), opt_by=("sun",))   # what the Guideline does (line 2, 14)
# title (line 0)
goal("t1", "建设面向智能时代的国家数据基础设施", L[0], opt_tech=("datainfra",), **S)
# line 2: the plenum's aim and the Guideline's
goal("p1", "建设和运营国家数据基础设施", sl("建设和运营国家数据基础设施", 2), opt_body=("cpc-cc",), opt_tech=("datainfra",))
goal("p2", "促进数据共享", sl("促进数据共享", 2), opt_body=("cpc-cc",))
goal("g1", "指导推进数据基础设施建设", opt_tech=("datainfra",), **G)
goal("g2", "推动形成横向联通、纵向贯通、协调有力的国家数据基础设施基本格局", opt_tech=("datainfra",), **G)
goal("g3", "打通数据流通动脉", **G)
goal("g4", "畅通数据资源循环", **G)
goal("g5", "促进数据应用开发", **G)
goal("g6", "培育全国一体化数据市场", **G)
goal("g7", "夯实数字经济发展基础", **G)
goal("g8", "为数字中国建设提供有力支撑", **G)
# line 9: the Guideline's four kinds of facilities
goal("g9", "支撑数据要素能够“供得出、流得动、用得好、保安全”", optional=True, opt_body=("guide",))
# line 10: the author's four-layer reference model (what each layer is to do): optional
goal("m1", "进行行业和政府的数据资源建设", **SO)
goal("m2", "实现海量数据的汇聚、标注、清理", **SO)
goal("m3", "建设国家级的数据枢纽与数据战略储备", **SO)
goal("m4", "构建数据流通体系", **SO)
goal("m5", "实现数据空间中的数据入库、全域索引", opt_tech=("dataspace",), **SO)
goal("m6", "实现数据空间中的全域发现和可信交换", opt_tech=("dataspace",), **SO)
goal("m7", "实现数据空间中的数据访问与操作、高效传输", opt_tech=("dataspace",), **SO)
goal("m8", "以算力网提供“无尽”的算力供给", opt_tech=("cnet", "compute"), **SO)
goal("m9", "以模型网管理与调度各类Build-in模型", **SO)
goal("m10", "构建算法层的基础设施", opt_tech=("algo",), **SO)
goal("m11", "通过AI Agent等技术实现复杂任务的处理", opt_tech=("agent",), **SO)
goal("m12", "赋能千行百业", **SO)
goal("m13", "解决“供得出”的问题", **SO)
goal("m14", "解决数据“流的动”的问题", **SO)
goal("m15", "解决数据“用得好”的问题", **SO)
# lines 13-14: 东数西算 (an initiative 国家发展改革委 pushes) and what the Guideline will do with it
goal("e1", "“东数西算”工程", sl("国家发展改革委推动的“东数西算”工程", 13), body=("ndrc",), opt_tech=("compute",))
goal("e0", "推动算力的基础设施化", optional=True, opt_body=("ndrc",), opt_tech=("compute",))   # its past role
goal("g10", "与“东数西算”工程、全国一体化算力网建设相结合", opt_tech=("ncnet",), **G)
goal("g11", "不断促进各类新增算力向国家枢纽节点集聚", opt_tech=("compute", "ai"), **G)   # 以人工智能应用为牵引 folds in
goal("g12", "推动算力、算法和数据的融合创新", opt_tech=("compute", "algo"), **G)
goal("g13", "打通数据共享流通的动脉", optional=True, opt_body=("guide",), opt_by=("sun",))   # restates g3
goal("g14", "夯实我国数字经济的基础", optional=True, opt_body=("guide",), opt_by=("sun",))   # restates g7
# section 04: the author's proposals
goal("r1", "统筹建设数据利用与数据流通两类基础设施", L[17], **S)
goal("r11", "优先发展数据利用基础设施", **S)
goal("r12", "做强需求端", **S)
goal("r13", "由需求端拉动流通端", **S)
goal("r14", "实现整个数据基础设施的互联互通", opt_tech=("datainfra",), **S)
goal("r15", "先把数据的利用做好", **SO)   # restates r11
goal("r16", "价值增值做大", **S)
goal("r17", "激发起数据供给端的动力", **S)
goal("r18", "推动数据的流通", **SO)
goal("r2", "统筹数据基础设施技术体系的统一和差异", L[20], **S)
goal("r21", "参考架构和关键技术组件应该统一起来", **S)
goal("r22", "针对不同场景分类抽象", **S)
goal("r23", "构建多个不同的技术体系技术栈", **S)
goal("r24", "建设不同的数据空间基础设施实例", opt_tech=("dataspace",), **S)

# 国家发展改革委 pushes computing power through 东数西算
rel("ndrc", "promotes", "compute", optional=True)

write()
