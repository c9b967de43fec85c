"""Gold annotation of interpretation-cybersecurity-industry-parks-long-2023 (专题·网信产业新发展 | 推进网络安全产业园区建设 护航数字经济健康发展, by 郭威 of the MIIT 网络安全产业发展中心, 《中国信息安全》2023年第2期, reposted 2023-03-23), by hand per shared/eval/ANNOTATE.md."""
ID = "interpretation-cybersecurity-industry-parks-long-2023"
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

def clause(line, label):
    """the clause(s) of line (split at ，。；：) that contain label"""
    src = L[line]
    i = src.index(label); j = i + len(label)
    while i > 0 and src[i - 1] not in "，。；：": i -= 1
    while j < len(src) and src[j] not in "，。；": j += 1
    return src[i:j]

def stat(id, label, value, evidence, optional=False):
    assert re.sub(r"\s", "", value) in re.sub(r"\s", "", evidence), value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

# ---- bodies ----
ent("miit", "Agency", "工业和信息化部")
ent("csidc", "Agency", "网络安全产业发展中心", ["工业和信息化部网络安全产业发展中心"])
ent("dept", "Agency", "网络安全产业推进部", ["工业和信息化部网络安全产业发展中心网络安全产业推进部"])
rel("csidc", "subOrganizationOf", "miit")
rel("dept", "subOrganizationOf", "csidc")
ent("cpc-cc", "Agency", "党中央")
ent("sc", "Agency", "国务院")
ent("cq-eic", "Agency", "重庆市经济信息委")
# ---- organizations ----
ent("wangteng", "Organization", "北京网藤科技有限公司")
ent("zhuoyue", "Organization", "北京卓越信通电子股份有限公司")
ent("nwpu-bj", "Organization", "西北工业大学北京研究院")
ent("nwpu", "Organization", "西北工业大学")
rel("nwpu-bj", "subOrganizationOf", "nwpu")
ent("magazine", "Organization", "中国信息安全", ["《中国信息安全》杂志"], optional=True)   # where the article ran
ent("park-bj", "Organization", "国家网络安全产业园区（北京）", optional=True)
ent("park-cs", "Organization", "国家网络安全产业园区（长沙）", optional=True)
ent("park-cy", "Organization", "国家网络安全产业园区（成渝地区）", optional=True)
ent("zone", "Organization", "国家网络安全教育技术产业融合发展试验区", optional=True)
ent("talent-base", "Organization", "网络安全领军人才培育基地", optional=True)   # a project under construction
# ---- people ----
ent("guo", "Person", "郭威")
rel("guo", "holdsPost", "dept", optional=True)          # byline affiliation, no title given
ent("xi", "Person", "习近平", optional=True)
rel("xi", "holdsPost", "cpc-cc", optional=True, post="总书记")
# ---- events, documents ----
ent("cpc18", "Event", "党的“十八大”", ["十八大"])
ent("cpc20", "Event", "党的二十大")
ent("seminar", "Event", "网络空间安全人才培养模式创新研讨会")
ent("forum", "Event", "网络安全人才创新创业教育论坛")
ent("report20", "Document", "党的二十大报告", optional=True)
rel("report20", "adoptedAt", "cpc20", optional=True)
ent("cq-notice", "Document", "关于推进国家网络安全产业园区市级重点园区建设工作的通知",
    ["《关于推进国家网络安全产业园区市级重点园区建设工作的通知》"])
rel("cq-notice", "publishedBy", "cq-eic")
# ---- places ----
ent("bj", "Place", "北京")
ent("cs", "Place", "长沙")
ent("cy", "Place", "成渝地区", ["成渝"])
ent("chuanyu", "Place", "川渝地区")
ent("cq", "Place", "重庆市", optional=True)            # only inside the agency's name
for id, l in [("p-hd", "海淀园"), ("p-tz", "通州园"), ("p-jkq", "经开区信创园")]:
    ent(id, "Place", l, optional=True)
ent("china", "Place", "国内", ["全国"], optional=True)
# ---- technologies ----
TECH = [("iiot", "工业互联网", False), ("iov", "车联网", False), ("smartcity", "智慧城市", True),
        ("ngit", "新一代信息技术", True), ("it", "信息技术", True), ("netsec", "网络安全", True),
        ("ics-sec", "工控安全", True), ("crypto", "密码产品", True), ("emp", "电磁防护", True),
        ("bigdata-sec", "大数据安全", True), ("bigdata", "大数据", True), ("range", "网络攻防靶场", True)]
TOPT = {}
for id, l, opt in TECH:
    ent(id, "Technology", l, optional=opt); TOPT[id] = opt

# ---- statistics (reported figures) ----
stat("s-tz", "通州园入驻网络安全相关企业", "128家", "截至 2022 年底，通州园共吸引了 128 家网络安全相关企业入驻")
stat("s-cs-lead", "长沙园区引进网络安全产业高精尖领军人才", "18名", "共引进网络安全产业高精尖领军人才 18 名")
stat("s-cs-high", "长沙园区引进各类高层次人才", "324名", "各类高层次人才 324 名")
stat("s-cs-exp", "享受国务院特殊津贴的科技专家", "84名", "拥有 84 名享受国务院特殊津贴的科技专家")
stat("s-cs-emp", "网络安全集群企业集聚从业人员", "8.5万余人", "网络安全集群企业集聚从业人员达 8.5 万余人")
stat("s-cy-rev", "川渝地区网络安全产业年均销售收入", "超过1000亿元", "目前川渝地区网络安全产业年均销售收入超过 1000 亿元")
stat("s-cy-ent", "川渝两地引进网络安全企业", "300多家", "两地引进网络安全企业共 300 多家")
stat("s-cy-pl", "创新中心、创新实验室、网络攻防靶场和适配基地", "92个",
     "包括技术研发和应用转化的创新中心、创新实验室、网络攻防靶场和适配基地等共计 92 个")

USED = set()
def G(id, line, label, opt=False, evidence=None, by=("guo",), opt_by=(), body=(), opt_body=("csidc",), tech=(), maxlen=40):
    """a goal stated on line; by = proposers (the author by default), body = hasGoal subjects"""
    assert label in L[line], (line, label)
    assert 4 <= len(label) <= maxlen, label
    e = evidence or clause(line, label)
    assert label in e and e in L[line], (label, e)
    ent(id, "Goal", label, optional=opt, evidence=ev(e))
    for p in by: rel(p, "proposes", id, optional=opt)
    for p in opt_by: rel(p, "proposes", id, optional=True)
    for b in body: rel(b, "hasGoal", id, optional=opt)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)
    techs = set(tech)
    for t, l, _ in TECH:
        if l in label: techs.add(t)
    if "新一代信息技术" in label: techs.discard("it")
    if "大数据安全" in label: techs.discard("bigdata")
    for t in techs:
        o = opt or TOPT[t]
        rel(id, "involvesTechnology", t, optional=o)
        if not o: USED.add(t)

# ---- line 3: Xi's instruction, the author's framing ----
G("x1", 3, "坚持网络安全教育、技术和产业融合发展", by=(), opt_by=("xi",), opt_body=("cpc-cc",),
  evidence="强调要坚持网络安全教育、技术和产业融合发展，形成人才培养、技术创新、产业发展的良性生态")
G("x2", 3, "形成人才培养、技术创新、产业发展的良性生态", by=(), opt_by=("xi",), opt_body=("cpc-cc",),
  evidence="强调要坚持网络安全教育、技术和产业融合发展，形成人才培养、技术创新、产业发展的良性生态")
G("a1", 3, "布局建设国家网络安全产业园区")
G("a2", 3, "积极打造网络安全产业发展新高地")
G("a3", 3, "推动安全产业规模化、集聚式发展")
G("a4", 3, "促进网络安全产业高质量发展")
# ---- line 5: the 20th Party Congress report as quoted ----
for id, l in [("r1", "推进国家安全体系和能力现代化"), ("r2", "坚决维护国家安全和社会稳定"), ("r3", "推进新型工业化"),
              ("r4", "加快建设制造强国、网络强国、数字中国"), ("r5", "推动形成良好网络生态"), ("r6", "加强个人信息保护")]:
    G(id, 5, l, by=(), opt_by=("xi",), opt_body=("report20",))
G("r0", 5, "统筹发展和安全", opt=True, by=(), opt_body=("cpc-cc",))
# ---- line 6-7: the author's call ----
G("b1", 6, "坚持总体国家安全观")
G("b2", 6, "筑牢网络安全防线")
G("b3", 6, "增强忧患意识")
G("b4", 6, "做到居安思危", opt=True)
G("b5", 6, "充分认识网络安全的重要意义")
G("b6", 6, "深刻理解网络安全需求引领、技术创新、融合应用的时代特征")
e7 = "围绕数字政府、智慧城市、工业互联网、车联网等重点领域和关键场景，须进一步提高网络安全技术创新能力和服务水平"
G("b7", 7, "进一步提高网络安全技术创新能力和服务水平", evidence=e7, tech=("iiot", "iov", "smartcity"))
G("b8", 7, "强化网络安全教育、技术、产业融合发展")
G("b9", 7, "培育健康有序的产业生态")
G("b10", 7, "为制造强国和网络强国建设奠定坚实基础")
# ---- lines 10-12: the three parks (past achievements are Statistics; stated aims and continuing work are goals) ----
G("p1", 10, "重大项目将竣工", opt=True, by=(), opt_body=("park-bj",),
  evidence="预计在“十四五”期间，西北工业大学北京研究院、网络安全领军人才培育基地等重大项目将竣工")
G("p2", 10, "加速形成具有鲜明特色的科技创新产业集群", by=(), opt_body=("park-bj",))
G("p3", 11, "建设国内领先的网络安全产业集聚区“一院四中心”", opt=True, by=(), opt_body=("park-cs",))
G("p4", 11, "不断推动网络安全教育技术产业融合发展", by=(), opt_body=("park-cs",))
G("p5", 12, "在工控安全、密码产品、电磁防护、大数据安全等领域扎实布局", opt=True, by=(), opt_body=("park-cy",))
G("p6", 12, "将网络安全产业打造为成渝高质量发展重要增长极和新的动力源", by=(), opt_body=("park-cy",))
G("p7", 12, "持续发力推动园区发展", by=(), body=("cq-eic",), opt_body=("cq-notice",))
# ---- line 14: outlook ----
G("c1", 14, "建设网络安全产业园区")
G("c2", 14, "加快网络安全能力建设")
G("c3", 14, "护航数字经济持续健康发展", opt=True)
G("c4", 14, "产业各方加强交流合作", evidence="网络安全产业园区建设需要产业各方加强交流合作")
G("c5", 14, "从技术创新、产教融合、生态培育等方面发挥积极作用", opt=True)
G("c6", 14, "共同依托园区推动网络安全产业高质量发展")
# ---- line 15: 一是 ----
G("d0", 15, "依托园区推进网络安全新技术新产品研发")
G("d1", 15, "联合建立网络安全联合创新中心和技术研发实验室",
  evidence="推动园区高等院校、科研机构、安全企业、行业用户等联合建立网络安全联合创新中心和技术研发实验室")
G("d2", 15, "组织创新团队开展跨学科、跨领域产学研协同攻关")
G("d3", 15, "强化网络安全基础理论研究")
G("d4", 15, "促进研究成果应用转化")
G("d5", 15, "加快推进创新联合体建设")
G("d6", 15, "提升网络安全领域关键核心技术创新能力")
G("d7", 15, "促进创新要素流动")
G("d8", 15, "整合技术优势和资源优势")
G("d9", 15, "激发创新活力")
# ---- line 16: 二是 ----
G("e0", 16, "依托园区推动网络安全人才基地建设")
G("e1", 16, "聚焦网络安全人才教育培训")
G("e2", 16, "探索校地企三方合作人才培养机制")
G("e3", 16, "推动高校院所和安全企业联合办学")
G("e4", 16, "提高人才供需对接效能")
G("e5", 16, "建设网络安全工程师协同创新中心")
G("e6", 16, "赋能产业高质量发展")
G("e7", 16, "建设集人才培养、科学研究、技术创新、成果转化、社会服务于一体的开放式网络安全人才培养基地", maxlen=50,
  evidence="围绕网络安全相关学科和专业，建设集人才培养、科学研究、技术创新、成果转化、社会服务于一体的开放式网络安全人才培养基地")
G("e8", 16, "持续完善网络安全产业人才能力评价体系")
G("e9", 16, "在一线实践中培养造就人才")
# ---- line 17: 三是 ----
G("f0", 17, "依托园区加快网络安全产业生态构建")
e17 = "围绕数字政府、智慧城市、工业互联网、车联网等重点领域，加强新型基础设施安全、数字化应用场景安全、安全基础能力提升"
G("f1", 17, "加强新型基础设施安全、数字化应用场景安全、安全基础能力提升", evidence=e17, tech=("iiot", "iov", "smartcity"))
G("f2", 17, "积极建设区域网络安全公共服务平台和一体化安全能力体系")
G("f3", 17, "进一步汇聚产业资源要素")
G("f4", 17, "着力培育具有影响力的网络安全领航企业")
G("f5", 17, "孵化“高精尖”特色安全企业")
G("f6", 17, "促进创新型中小企业快速成长")
G("f7", 17, "营造网络安全产业发展的良性环境")

# ---- promotes: the author's centre pushes what its author's goals name (optional: the centre's hasGoal is) ----
for t, l, opt in TECH:
    if t in USED:
        rel("csidc", "promotes", t, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
