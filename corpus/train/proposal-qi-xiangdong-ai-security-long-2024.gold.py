"""Gold annotation of proposal-qi-xiangdong-ai-security-long-2024 (两会之声｜全国政协委员、奇安信董事长齐向东：创新发展“AI+安全”, 嘶吼 RoarTalk 2024-03-06, from 上海证券报: two CPPCC proposals of 齐向东), by hand per shared/eval/ANNOTATE.md (annotator ann17)."""
ID = "proposal-qi-xiangdong-ai-security-long-2024"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
L = {i + 1: l for i, l in enumerate(lines)}
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type == "Statistic" or label in text, label
    for a in aliases: assert a in text, a
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    if "evidence" in kw: ev(kw["evidence"])
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

# ---- people and bodies ----
ent("qi", "Person", "齐向东")
ent("cppcc", "Agency", "全国政协")  # named on its own in line 4
ent("acfic", "Organization", "全国工商联")
ent("qax", "Organization", "奇安信")
rel("qi", "holdsPost", "cppcc", post="全国政协委员")
rel("qi", "holdsPost", "acfic", post="副主席")
rel("qi", "holdsPost", "qax", post="董事长")
ent("shzqb", "Organization", "上海证券报", optional=True)  # the source line (line 17)
# ---- event, documents, place ----
ent("lh", "Event", "两会", optional=True)
ent("d-ai", "Document", "创新发展“AI+安全” 护航中国式现代化", ["《创新发展“AI+安全” 护航中国式现代化》"])
ent("d-fin", "Document", "做好“科技金融”大文章，促进金融高质量发展", ["《做好“科技金融”大文章，促进金融高质量发展》"])
ent("china", "Place", "我国", optional=True)
# ---- technologies ----
TECH = [("ai", "人工智能", ("AI",), False), ("bigdata", "大数据", (), False), ("llm", "大模型", ("人工智能大模型",), False),
        ("aisec", "“AI+安全”", (), True), ("netsec", "网络安全", (), True), ("threat", "威胁检测", (), True),
        ("vuln", "漏洞挖掘", (), True), ("digitech", "数字科技", (), True)]
TOPT = {}
for id, l, al, opt in TECH:
    ent(id, "Technology", l, al, optional=opt)
    TOPT[id] = opt
rel("qax", "promotes", "ai", optional=True)  # he proposes as a CPPCC member; 奇安信 only optionally the body behind it
rel("qax", "promotes", "aisec", optional=True)

def G(id, label, evidence, doc=None, opt=False, doc_opt=False, extra_tech=()):
    assert label in evidence, (label, evidence)
    assert 4 <= len(label) <= 36, label
    assert label not in {e["label"] for e in E if e["type"] == "Goal"}, label
    ent(id, "Goal", label, optional=opt, evidence=ev(evidence))
    rel("qi", "proposes", id, optional=opt)
    if doc: rel(doc, "hasGoal", id, optional=opt or doc_opt)
    rel("qax", "hasGoal", id, optional=True)
    done = set()
    for t, l, al, topt in TECH:
        if any(x in label for x in (l.strip("“”"),) + tuple(al)):
            rel(id, "involvesTechnology", t, optional=opt or topt); done.add(t)
    for t in extra_tech:
        if t not in done:
            rel(id, "involvesTechnology", t, optional=True)

# line 3: his view of private firms' role (no proposal named)
e3 = "要做好科技创新的主力军、做好产业升级的排头兵、做好公益事业的践行者"
G("p1", "做好科技创新的主力军", e3)
G("p2", "做好产业升级的排头兵", e3)
G("p3", "做好公益事业的践行者", e3)

# ---- proposal 1: 创新发展“AI+安全” 护航中国式现代化 (lines 5-11) ----
e8 = "齐向东认为要抓住三个关键，创新发展“AI+安全”，将有效提高应对网络空间安全风险与不确定性的能力，护航中国式现代化"
G("a0", "创新发展“AI+安全”", e8, "d-ai")
G("a0k", "抓住三个关键", e8, "d-ai", opt=True)
G("a1", "提高应对网络空间安全风险与不确定性的能力", e8, "d-ai")
G("a2", "护航中国式现代化", e8, "d-ai")
# supply side (line 9)
e9 = "从供给侧看，应开展联合创新，围绕攻防实战和应用场景实现“AI+安全”尖端技术研发突破"
G("s1", "开展联合创新", e9, "d-ai")
G("s2", "实现“AI+安全”尖端技术研发突破", e9, "d-ai")
G("s3", "鼓励各行业头部企业与专业安全厂商结成创新联合体", "齐向东建议，鼓励各行业头部企业与专业安全厂商结成创新联合体", "d-ai")
G("s4", "在关键行业选取典型场景开展联合创新", "在关键行业选取典型场景开展联合创新", "d-ai", opt=True)  # elaborates s1
G("s5", "共同探索大模型安全创新产品在威胁检测、漏洞挖掘、指挥研判等方面的应用",
  "共同探索大模型安全创新产品在威胁检测、漏洞挖掘、指挥研判等方面的应用", "d-ai")
G("s6", "推动“AI+安全”进入越用越强的良性循环", "在实战中推动“AI+安全”进入越用越强的良性循环", "d-ai")
# demand side (line 10)
e10 = "从需求侧看，须强化政策牵引，推动“AI+安全”技术创新产品在各行业落地应用"
G("d1", "强化政策牵引", e10, "d-ai")
G("d2", "推动“AI+安全”技术创新产品在各行业落地应用", e10, "d-ai")
G("d3", "设置专项基金", "齐向东建议：设置专项基金", "d-ai")
G("d4", "给予政府基金、贴息贷款或科研项目等支持", "对研发创新“AI+安全”产品的企业，给予政府基金、贴息贷款或科研项目等支持", "d-ai",
  extra_tech=("ai", "aisec"))
G("d5", "对率先取得技术突破，实现成果转化的科研机构和企业给予奖励", "对率先取得技术突破，实现成果转化的科研机构和企业给予奖励", "d-ai")
G("d6", "对积极使用相关技术、产品和服务的企业给予相应补贴", "对积极使用相关技术、产品和服务的企业给予相应补贴", "d-ai")
G("d7", "推动“AI+安全”相关产业取得更多科技创新成果", "来推动“AI+安全”相关产业取得更多科技创新成果", "d-ai")
# talent side (line 11)
G("t1", "壮大“AI+安全”领域的实战型、复合型人才队伍", "从人才侧看，要壮大“AI+安全”领域的实战型、复合型人才队伍", "d-ai")
G("t2", "充分发挥民营企业在人才培养上的优势", "齐向东建议，充分发挥民营企业在人才培养上的优势", "d-ai")
G("t3", "鼓励成立校企共同体", "鼓励成立校企共同体", "d-ai")
G("t4", "培养更多大数据、人工智能、网络安全等新兴产业领军人才", "在实践中培养更多大数据、人工智能、网络安全等新兴产业领军人才", "d-ai")
G("t5", "为我国抢抓人工智能机遇奠定人力资源基础", "为我国抢抓人工智能机遇奠定人力资源基础", "d-ai")

# ---- proposal 2: 做好“科技金融”大文章，促进金融高质量发展 (lines 12-16) ----
G("f0", "做好“科技金融”大文章", "齐向东为今年两会准备了《创新发展“AI+安全” 护航中国式现代化》《做好“科技金融”大文章，促进金融高质量发展》两份提案", "d-fin")
G("f00", "促进金融高质量发展", "齐向东为今年两会准备了《创新发展“AI+安全” 护航中国式现代化》《做好“科技金融”大文章，促进金融高质量发展》两份提案", "d-fin")
e13 = "在统筹好发展和安全两件大事、推动金融高质量发展的过程中，也要防范化解各种安全风险，为中国式现代化作出贡献"
G("f1", "统筹好发展和安全两件大事", e13, "d-fin", opt=True)
G("f2", "防范化解各种安全风险", e13, "d-fin", doc_opt=True)
G("f3", "为中国式现代化作出贡献", e13, "d-fin", doc_opt=True)
e14 = "一方面可以推动企业经营数据有序向金融机构流动，优化金融机构和科创企业的信息对接机制"
G("f4", "推动企业经营数据有序向金融机构流动", e14, "d-fin")
G("f5", "优化金融机构和科创企业的信息对接机制", e14, "d-fin")
e14b = "另一方面，银行要加大数字科技投入，在内部培养更多科技创新人才，尤其是人工智能人才"
G("f6", "加大数字科技投入", e14b, "d-fin")
G("f7", "培养更多科技创新人才", e14b, "d-fin", extra_tech=("ai",))
e16a = "一是提高科技安全的投入占比，从根本上防范数智时代的金融安全风险"
G("f8", "提高科技安全的投入占比", e16a, "d-fin")
G("f9", "从根本上防范数智时代的金融安全风险", e16a, "d-fin")
e16b = "二是打造自主高效的金融安全保障体系，同时配备专业的安全人员定期巡检"
G("f10", "打造自主高效的金融安全保障体系", e16b, "d-fin")
G("f11", "配备专业的安全人员定期巡检", e16b, "d-fin")
e16c = "三是制定适应新技术的监管规则，认真开展新产品、新业务、新模式的合规性审查"
G("f12", "制定适应新技术的监管规则", e16c, "d-fin")
G("f13", "认真开展新产品、新业务、新模式的合规性审查", e16c, "d-fin")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
