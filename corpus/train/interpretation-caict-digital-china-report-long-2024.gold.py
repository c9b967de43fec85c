"""Gold annotation of interpretation-caict-digital-china-report-long-2024 (专家解读：胡坚波《数字中国建设三大抓手为发展新质生产力蓄势赋能》, 国家数据局 2024-07, reprinted by 中国信息安全), by hand per shared/eval/ANNOTATE.md (annotator ann11)."""
ID = "interpretation-caict-digital-china-report-long-2024"
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
            return ev(s.strip().lstrip("”’").rstrip("；。"))
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

# People and bodies
ent("hu", "Person", "胡坚波")
ent("caict", "Organization", "中国信息通信研究院")
rel("hu", "holdsPost", "caict", post="副院长")
ent("nda", "Agency", "国家数据局")
ent("miit", "Agency", "工信部", ["工业和信息化部"])
ent("fjdex", "Organization", "福建大数据交易所")
# Documents and events
ent("report", "Document", "数字中国发展报告（2023年）", ["数字中国发展报告"])
rel("report", "publishedBy", "nda")
ent("ciplan", "Document", "算力基础设施高质量发展行动计划")
rel("ciplan", "publishedBy", "miit")
ent("dxplan", "Document", "“数据要素×”行动计划")
ent("dxcontest", "Event", "“数据要素×”大赛", optional=True)
# Places
ent("china", "Place", "我国", ["中国"], optional=True)
# Technologies
T = [("5g", "5G", ("5G网络", "5G基站"), False), ("fiber", "光纤宽带", (), False), ("miot", "移动物联", (), False),
     ("pon", "10G PON", (), False), ("compute", "算力", (), False), ("ai", "人工智能", (), False),
     ("llm", "大模型", ("人工智能大模型",), False), ("genai", "生成式人工智能", (), False),
     ("bigdata", "大数据", (), False), ("advcalc", "先进计算", (), False), ("advstore", "先进存储", (), False),
     ("6g", "6G", (), False), ("hpc", "高性能计算", (), False),
     ("dc", "数据中心", (), True), ("icc", "智算中心", (), True), ("intcomp", "智能算力", ("智算",), True),
     ("datalake", "数据湖", ("数据湖平台",), True), ("opensource", "开源", (), True), ("digtech", "数字技术", (), True),
     ("dinfra", "数字基础设施", (), True), ("storagecap", "存力", (), True), ("gignet", "千兆网络", (), True),
     ("it", "信息技术", (), True), ("computer", "计算机技术", (), True), ("netinfra", "网络基础设施", (), True),
     ("intinfra", "智能基础设施", (), True), ("cinfra", "算力基础设施", (), True),
     ("pubplat", "公共数据运营平台", (), True), ("fjplat", "省公共数据开发服务平台", (), True),
     ("netplat", "互联网平台", (), True)]
for id, l, al, opt in T:
    ent(id, "Technology", l, al, optional=opt)
TOPT = {id for id, l, al, opt in T if opt}
TLAB = {id: (l,) + tuple(al) for id, l, al, opt in T}

def techs_of(label):
    out = []
    for id, labs in TLAB.items():
        if any(a in label.replace("加大数据", "加大数_") for a in labs):  # 加大数据要素: no 大数据
            out.append((id, id in TOPT))
    return out

# Statistics (every reported figure with digits)
S = [("s-5g", "5G基站数", "337.7万个", "5G基站数达337.7万个"),
     ("s-5g-g", "5G基站数同比增长", "46.1%", "同比增长46.1%"),
     ("s-pon", "具备千兆网络服务能力的10G PON端口数", "2302万个", "具备千兆网络服务能力的10G PON端口数达2302万个"),
     ("s-pon-g", "10G PON端口数增幅", "51.2%", "增幅达51.2%"),
     ("s-rack", "全国在用数据中心标准机架", "810万架", "全国在用数据中心标准机架超过810万架"),
     ("s-comp", "算力规模", "230EFLOPS", "算力规模达到230EFLOPS"),
     ("s-comp-g", "算力总规模近5年均增速", "30%", "算力总规模近5年均增速近30%"),
     ("s-intshare", "算力基础设施中智能算力占比", "30%", "截至2023年底，我国算力基础设施中智能算力占比已达到约30%"),
     ("s-store", "存力规模", "1200EB", "截至2023年底，我国存力规模达到约1200EB"),
     ("s-store-g", "存力规模同比增长", "20%", "同比增长了20%"),
     ("s-advstore", "先进存储容量占比", "25%", "先进存储容量占比超过25%"),
     ("s-pat-it", "信息技术管理方法领域国内有效发明专利同比增长", "59.4%", "国内有效发明专利同比分别增长59.4%、39.3%和30.8%"),
     ("s-pat-cs", "计算机技术领域国内有效发明专利同比增长", "39.3%", "国内有效发明专利同比分别增长59.4%、39.3%和30.8%"),
     ("s-pat-comm", "基础通信程序领域国内有效发明专利同比增长", "30.8%", "国内有效发明专利同比分别增长59.4%、39.3%和30.8%"),
     ("s-fj-cat", "福建大数据交易所同步公共数据目录", "400多个", "同步公共数据目录400多个"),
     ("s-fj-items", "福建大数据交易所同步数据项", "1万多个", "数据项1万多个"),
     ("s-fj-prod", "福建大数据交易所孵化公共数据产品", "50余款", "孵化公共数据产品50余款")]
for id, l, v, e in S:
    ent(id, "Statistic", l, value=v, evidence=ev(e))

# Goals: (id, label, evidence or None, optional, kind)
# kind h = the author's proposals (胡坚波 proposes; 中国信息通信研究院 and 国家数据局 hasGoal optional);
# n = continuing national work the author describes (我国…坚持/加快/正在: no named body; 胡坚波 proposes optionally);
# p = the 算力 action plan's target (hasGoal of the plan)
G = [
 # opening and part 01
 ("n1", "形成一体化数字底座", None, False, "n"),
 ("n2", "提升数字基础设施的连接能力、运载能力、感知能力、计算能力和存储能力", None, False, "n"),
 ("n2a", "网络基础设施锻长板", None, True, "n"),
 ("n2b", "智能基础设施补短板", None, True, "n"),
 ("n3", "坚持适度超前建设原则", None, False, "n"),
 ("n4", "加快促进网络设施智能化、绿色化转型", None, False, "n"),
 ("n5", "推动网络设施赋能千行百业高质量发展", None, False, "n"),
 ("n6", "布局智算中心建设", None, True, "n"),
 ("p1", "智能算力占比达到35%", "到2025年，我国智能算力占比达到35%", False, "p"),
 ("n7", "智算占比将加速提升", None, True, "h"),
 ("n8", "加快发展先进存储", None, False, "n"),
 ("n9", "在新一代人工智能专业存储领域持续发力", None, False, "n"),
 ("n10", "推动建设运营数据可视可管可用的数据湖平台", None, True, "n"),
 ("n11", "形成存力中心发展创新模式", None, True, "n"),
 # part 02
 ("n12", "为加快推进新型工业化奠定良好基础", None, True, "n"),
 ("n13", "推动我国数字技术创新生态体系升级", None, True, "n"),
 # part 03
 ("n14", "加速构建全国一体化的数据要素市场", None, False, "n"),
 ("n15", "加快数据要素市场化配置改革步伐", None, False, "n"),
 ("n16", "促进数据要素高效合规地开放、共享、交易", None, False, "n"),
 ("n17", "充分激发数据要素的活力", None, False, "n"),
 ("n18", "赋能新质生产力培育", None, False, "n"),
 ("n19", "带动整个经济社会高质量发展", None, False, "n"),
 ("n20", "加大数据要素供给", None, True, "n"),
 ("n21", "建立数据共享机制", None, True, "n"),
 ("n21a", "提供不涉及用户隐私的经营、消费、治理等规律性数据", None, True, "n"),
 ("n22", "协助提升政府数字化治理水平", None, True, "n"),
 ("n23", "积极推动数据要素价值化", None, False, "n"),
 ("n24", "全面推进数据要素市场建设", None, False, "n"),
 ("n25", "统筹规范数据交易场所建设", None, False, "n"),
 ("n26", "促进场内数据交易的规模和比例提高", None, False, "n"),
 ("n27", "加速推动“数据要素×”行动计划落地", None, False, "n"),
 ("n27a", "积极开展探索实践", None, True, "n"),
 ("n28", "加快推动数据要素价值化过程", None, False, "n"),
 ("n29", "开展“数据要素×”典型案例征集", None, True, "n"),
 ("n30", "发挥数据要素对经济发展的乘数效应", None, False, "n"),
 ("n31", "提高经济社会发展的质量和效益", None, False, "n"),
 # part 04: the author's proposals
 ("h0", "加快推动新质生产力发展", lines[18], False, "h"),
 ("h0a", "促进数字中国建设", None, False, "h"),
 ("h1", "积极推动数字基础设施共建共享、算网协同、绿色节能", None, False, "h"),
 ("h1a", "积极促进数字基础设施均衡发展", None, False, "h"),
 ("h1b", "优先建设智能算力、先进存储、5G网络等数字基础设施", None, False, "h"),
 ("h1c", "加大节能减排力度", None, False, "h"),
 ("h1d", "为培育新质生产力提供坚实基础", None, False, "h"),
 ("h1e", "助力经济社会快速发展", None, False, "h"),
 ("h2", "持续推进数字技术的创新与应用", None, False, "h"),
 ("h2a", "以应用促创新", None, False, "h"),
 ("h2b", "加快各行业各领域的数字化转型和智能化升级", None, False, "h"),
 ("h2c", "挖掘数字技术在重点领域的应用场景", None, False, "h"),
 ("h2d", "进一步深化我国数字技术创新生态体系", None, False, "h"),
 ("h2e", "激发数字创新动能", None, False, "h"),
 ("h2f", "推动数字技术融入经济社会发展各领域和全过程", None, False, "h"),
 ("h3", "统筹建立合规高效、安全有序的数据要素价值化体系", None, False, "h"),
 ("h3a", "建立健全数据产权制度", None, False, "h"),
 ("h3b", "探索研究数据定价规则", None, False, "h"),
 ("h3c", "建立多层次、一体化、畅流通的数据交易体系", None, False, "h"),
 ("h3d", "实现数据流通安全高效", None, False, "h"),
 # restated: 释放数据要素价值 (line 15) and 进一步释放数据要素价值 (line 23): one node, the author's proposal
 ("h3e", "释放数据要素价值", "实现数据流通安全高效，进一步释放数据要素价值", False, "h"),
]
for id, label, e, opt, kind in G:
    assert label in text, label
    evid = ev(e) if e else sent(label)
    assert label in evid, (label, evid)
    ent(id, "Goal", label, optional=opt, evidence=evid)
    if kind == "h":
        rel("hu", "proposes", id, optional=opt)
        rel("caict", "hasGoal", id, optional=True)
        rel("nda", "hasGoal", id, optional=True)
    elif kind == "n":
        rel("hu", "proposes", id, optional=True)
    elif kind == "p":
        rel("ciplan", "hasGoal", id, optional=opt)
        rel("miit", "hasGoal", id, optional=True)
    for t, topt in techs_of(label):
        rel(id, "involvesTechnology", t, optional=opt or topt)
rel("h1", "involvesTechnology", "compute", optional=True)  # 算网协同
# the 数据要素× plan: the aims its cases and contest serve (optional: the text does not say the plan sets them)
rel("dxplan", "hasGoal", "n30", optional=True)
rel("dxplan", "hasGoal", "n31", optional=True)
# promotes
rel("miit", "promotes", "compute")
rel("miit", "promotes", "intcomp", optional=True)
rel("miit", "promotes", "cinfra", optional=True)
for t in ("5g", "advstore", "compute", "intcomp", "dinfra", "digtech"):
    rel("caict", "promotes", t, optional=True)
    rel("nda", "promotes", t, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
