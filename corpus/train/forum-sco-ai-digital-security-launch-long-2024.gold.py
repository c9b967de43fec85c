"""Gold annotation of forum-sco-ai-digital-security-launch-long-2024 (2024AI数字安全发布会在上合示范区成功召开), by hand per shared/eval/ANNOTATE.md (annotator annI14)."""
ID = "forum-sco-ai-digital-security-launch-long-2024"
import collections, json, pathlib
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type == "Statistic" or label in text or any(a in text for a in aliases), label
    for a in aliases: assert a in text, a
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    if "evidence" in kw: ev(kw["evidence"])
    d.update(kw); E.append(d)

def goal(id, label, evidence=None, optional=False):
    evidence = evidence or label
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    assert label in evidence, (label, evidence)
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)
# Event and places
ent("conf", "Event", "2024AI数字安全发布会", ["此次2024AI数字安全发布会"])
ent("qd", "Place", "青岛")
ent("sco-zone", "Place", "上合示范区", ["青岛上合示范区"])
ent("hotel", "Place", "上合建国饭店", optional=True)
rel("conf", "locatedIn", "sco-zone")
rel("conf", "locatedIn", "qd", optional=True)
rel("conf", "locatedIn", "hotel", optional=True)
# Organisers, companies, schools
ent("sco-hold", "Organization", "上合控股集团", ["上合控股"])
ent("cf", "Organization", "长烽数智科技（山东）有限公司", ["长烽数智"])
ent("ht", "Organization", "青岛华通智能科技研究院有限公司", ["华通智研院"])
ent("qdps", "Organization", "青岛幼儿师范高等专科学校")
ent("360", "Organization", "三六零数字安全科技集团有限公司")
ent("dx", "Organization", "山东鼎夏智能科技有限公司")
ent("college", "Organization", "数字与网络安全产业学院")
ent("cctv", "Organization", "央视网")
ent("cis-mag", "Organization", "中国信息安全", optional=True)
# Government bodies
ent("mps", "Agency", "公安部")
ent("pboc", "Agency", "中国人民银行")
ent("miit", "Agency", "工信部")
ent("caict", "Agency", "中国信息通信研究院", ["工信部中国信息通信研究院"])
rel("caict", "subOrganizationOf", "miit")
ent("pboc-dci", "Agency", "中国人民银行数字与货币研究所", ["数字与货币研究所"])
rel("pboc-dci", "subOrganizationOf", "pboc")
# People (photo captions under the paragraph on the guests' addresses)
ent("di", "Person", "狄刚")
rel("di", "holdsPost", "pboc-dci", post="副所长")
ent("jiang", "Person", "姜明英")
rel("jiang", "holdsPost", "cf", post="总经理")
rel("di", "speaksAt", "conf", optional=True)
rel("jiang", "speaksAt", "conf", optional=True)
# Documents
ent("agr", "Document", "共建数字安全运营中心合作协议", ["《共建数字安全运营中心合作协议》"])
rel("agr", "publishedBy", "cf", optional=True)
# Technologies and products
ent("ai", "Technology", "人工智能", ["AI"])
ent("llm", "Technology", "大模型", ["安全大模型"])
ent("fengsui", "Technology", "烽燧5.0—安全综合管控平台", ["“烽燧5.0—安全综合管控平台”"], optional=True)
ent("findata", "Technology", "金融数据空间融合应用系统", ["“金融数据空间融合应用系统”"], optional=True)
ent("tds", "Technology", "可信金融数据空间", optional=True)
ent("digsec", "Technology", "数字安全", optional=True)
ent("netsec", "Technology", "网络安全", optional=True)
ent("dt", "Technology", "数字化转型", optional=True)

# Goals: (id, label, evidence, optional, owners [(id, optional)], technologies [(id, optional)])
G = [
    # line 3: the launch's aim
    ("g1", "探索安全大模型驱动数字安全发展的新路径", "共同探索安全大模型驱动数字安全发展的新路径", False,
     [("sco-hold", True), ("cf", True), ("ht", True)], [("llm", False), ("digsec", True)]),
    # line 4: the guests' concern
    ("g2", "构建防护体系", "如何通过技术创新、政策法规、组织管理等方面构建防护体系，护航数字经济发展，已成为业界共同关注的焦点", True, [], []),
    ("g3", "护航数字经济发展", "如何通过技术创新、政策法规、组织管理等方面构建防护体系，护航数字经济发展，已成为业界共同关注的焦点", True, [], []),
    # line 7: the shareholders' support for 长烽数智
    ("g4", "精心谋划制定长烽数智发展战略", "上合控股集团与华通智研院作为长烽数智的股东，精心谋划制定长烽数智发展战略", True,
     [("sco-hold", True), ("ht", True)], []),
    ("g5", "全面开放上合控股乃至上合示范区应用场景", "全面开放上合控股乃至上合示范区应用场景", False,
     [("sco-hold", False), ("ht", True)], []),
    ("g6", "集聚优质资源全力支持长烽数智跨越发展", "集聚优质资源全力支持长烽数智跨越发展", False,
     [("sco-hold", False), ("ht", False)], []),
    # line 7: what the two products are for
    ("g7", "为各行业提供全方位、智能化的安全保障", "这两款产品分别通过技防和人工智能技术，为各行业提供全方位、智能化的安全保障", False,
     [("cf", True), ("ht", True)], [("ai", False)]),
    ("g8", "打造“两平台一中心”的可信金融数据空间", "并打造“两平台一中心”的可信金融数据空间", False,
     [("cf", True), ("ht", True)], [("tds", True)]),
    ("g9", "全生命周期的安全、合规、高效流通",
     "实现金融数据要素在“汇、存、治、管、服、用”全生命周期的安全、合规、高效流通", False,
     [("cf", True), ("ht", True)], []),
    # line 9: the partners
    ("g10", "推动数字安全建设迈向新的台阶", "标志着多方将携手合作，共同推动数字安全建设迈向新的台阶", False,
     [("cf", True), ("qdps", True), ("360", True), ("dx", True), ("college", True)], [("digsec", True)]),
    # line 10: the guests
    ("g11", "为数字安全建设注入新的活力和智慧", "与会嘉宾纷纷表示，将积极为数字安全建设注入新的活力和智慧", False, [], [("digsec", True)]),
    ("g12", "推动数字安全技术创新发展和广泛应用", "推动数字安全技术创新发展和广泛应用", False, [], [("digsec", True)]),
    ("g13", "促进上合示范区数字经济和数字安全良性互动、协同共进", "促进上合示范区数字经济和数字安全良性互动、协同共进", False, [], [("digsec", True)]),
    # line 11: the outlet's wish
    ("g14", "为数字经济的健康发展保驾护航", "我们期待，在各方共同努力下，数字安全领域将取得更加丰硕的成果，为数字经济的健康发展保驾护航", True, [], []),
]
for id, l, e, opt, owners, techs in G:
    goal(id, l, e, optional=opt)
    for o, oopt in owners:
        rel(o, "hasGoal", id, optional=opt or oopt)
    for t, topt in techs:
        rel(id, "involvesTechnology", t, optional=opt or topt)
rel("cf", "promotes", "llm", optional=True)
rel("sco-hold", "promotes", "llm", optional=True)
rel("cf", "promotes", "ai", optional=True)
rel("ht", "promotes", "ai", optional=True)
rel("cf", "promotes", "digsec", optional=True)
# no figure with digits is reported (四家单位 is written without digits)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
