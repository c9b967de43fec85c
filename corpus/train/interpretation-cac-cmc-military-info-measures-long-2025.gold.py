"""Gold annotation of interpretation-cac-cmc-military-info-measures-long-2025 (权威解答 | 《互联网军事信息传播管理办法》答记者问), by hand per shared/eval/ANNOTATE.md (annotator annO16)."""
ID = "interpretation-cac-cmc-military-info-measures-long-2025"
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

def stat(id, label, value, evidence, optional=False):
    assert str(value) in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=ev(evidence), optional=optional)

# Bodies: the ten issuers, the two that answer, the deciders named in Q1
ISS = [("cac", "国家互联网信息办公室"), ("miit", "工业和信息化部"), ("mps", "公安部"), ("mss", "国家安全部"),
       ("mct", "文化和旅游部"), ("nrta", "国家广播电视总局"), ("sastind", "国家国防科技工业局"), ("nasg", "国家保密局"),
       ("pwd", "中央军委政治工作部"), ("plac", "中央军委政法委员会")]
for i, l in ISS:
    ent(i, "Agency", l)
ent("cmc", "Agency", "中央军委")
rel("pwd", "subOrganizationOf", "cmc")
rel("plac", "subOrganizationOf", "cmc")
ent("cc", "Agency", "党中央")
ent("sc", "Agency", "国务院")
ent("army", "Organization", "人民军队", optional=True)
ent("cisj", "Organization", "中国信息安全")
ent("cjh", "Organization", "中国军号")
ent("xi", "Person", "习近平", optional=True)   # named only in the names of his thought
rel("xi", "holdsPost", "cc", post="总书记", optional=True)

# Documents
ent("m", "Document", "互联网军事信息传播管理办法", ["办法"])
for i, _ in ISS:
    rel("m", "publishedBy", i)
for i, l in [("d-isp", "互联网信息服务管理办法"), ("d-news", "互联网新闻信息服务管理规定"),
             ("d-av", "互联网视听节目服务管理规定"), ("d-secret", "中华人民共和国保守国家秘密法"),
             ("d-eco", "网络信息内容生态治理规定")]:
    ent(i, "Document", l)

# Statistics
stat("s-3", "《办法》规范互联网军事信息传播的方面", "3个", "《办法》重点从3个方面对互联网军事信息传播作出规范", optional=True)
stat("s-30", "军事账号情况报送时限", "30日", "并于30日内将账号有关情况按照属地管理原则", optional=True)

# Goals.  No speaker is named (有关部门负责人): the measures set the goals (hasGoal m); the two answering
# bodies hold the ones they state for themselves (下一步 …), and optionally the measures' aims.
A = ("cac", "pwd")
Mg = dict(body=("m",), opt_body=A)
# Q1: purpose
goal("p1", "加强互联网军事信息传播管理", "是落实党中央、国务院、中央军委关于加强互联网军事信息传播管理的部署要求",
     body=("m",), opt_body=A + ("cc", "sc", "cmc"))
goal("p2", "推动网络空间法治化", **Mg)
PUR = "对于弘扬主旋律、传播正能量，治理互联网虚假军事信息、泄露军事秘密等问题，清朗涉军网络舆论环境，汇聚强军兴军意志力量，为实现建军一百年奋斗目标营造良好网络舆论氛围，具有重要现实意义"
for i, l in enumerate(["弘扬主旋律", "传播正能量", "治理互联网虚假军事信息、泄露军事秘密等问题", "清朗涉军网络舆论环境",
                       "汇聚强军兴军意志力量", "实现建军一百年奋斗目标", "营造良好网络舆论氛围"]):
    goal(f"p3{i}", l, PUR, **Mg)
# Q2: guiding principles of the drafting (numbered headings; the steps inside)
goal("g1", "把握根本遵循", "一是把握根本遵循", **Mg)
goal("g1a", "学习领会习近平强军思想", optional=True, **Mg)
goal("g1b", "学习贯彻习近平总书记关于网络强国的重要思想", optional=True, **Mg)
goal("g1c", "明确《办法》主题立意、基本框架和主要内容", optional=True, **Mg)
goal("g2", "坚持鲜明导向", "二是坚持鲜明导向", **Mg)
goal("g2a", "坚持正确的政治方向、舆论导向、价值取向", **Mg)
G2 = "通过完善互联网军事信息传播相关规范，引导互联网军事信息服务提供者和用户自觉维护人民军队良好形象，维护国家主权、安全、发展利益"
goal("g2b", "完善互联网军事信息传播相关规范", G2, **Mg)
goal("g2c", "引导互联网军事信息服务提供者和用户自觉维护人民军队良好形象", G2, **Mg)
goal("g2d", "维护国家主权、安全、发展利益", G2, **Mg)
goal("g3", "加强法规衔接", "三是加强法规衔接", **Mg)
goal("g3a", "与相关法律法规协调衔接", **Mg)
goal("g3b", "对相关制度予以细化和明确", optional=True, **Mg)
goal("g3c", "为开办军事网站平台、网站平台军事栏目和军事账号提供规范指引", **Mg)
goal("g4", "注重解决问题", "四是注重解决问题", **Mg)
goal("g4a", "注重体系设计、标本兼治", optional=True, **Mg)
goal("g4b", "规范互联网军事信息传播秩序", "从源头上规范互联网军事信息传播秩序", **Mg)   # restated in Q6 (围绕规范…)
# Q3: articles 5 and 6
goal("a5", "依法申请互联网信息服务相关许可或者履行相关备案手续", **Mg)
A6 = "《办法》第六条提出，鼓励和支持互联网军事信息服务提供者设立或者明确负责军事信息服务的编辑机构，配备与服务规模相适应的专职编辑人员、内容审核人员"
goal("a6a", "设立或者明确负责军事信息服务的编辑机构", A6, **Mg)
goal("a6b", "配备与服务规模相适应的专职编辑人员、内容审核人员", A6, **Mg)
goal("a6c", "避免增设公民、法人和其他组织的义务", optional=True, **Mg)
goal("a6d", "促进互联网军事媒体健康发展", **Mg)
# Q4-Q5: articles 7 and 8 (military accounts)
goal("a7", "按照国家有关规定进行核验", **Mg)
goal("a7b", "细化了军事账号认定条件", optional=True, **Mg)
A8 = "应当通过身份认证、账号分类等方式标注军事账号属性，核验其真实身份信息，告知互联网军事信息传播的相关权利义务以及法律责任"
goal("a8a", "标注军事账号属性", A8, **Mg)
goal("a8b", "核验其真实身份信息", A8, **Mg)
goal("a8c", "告知互联网军事信息传播的相关权利义务以及法律责任", A8, optional=True, **Mg)
goal("a8d", "在账号信息页面加注专门标识", **Mg)
goal("a8e", "展示其运营主体名称、注册运营地址、互联网协议地址归属地等信息", optional=True, **Mg)
goal("a8f", "报送所在地网信部门和省军区系统政治工作部门", **Mg)
# Q6: three kinds of content
goal("c1", "鼓励互联网军事信息服务提供者和用户制作、复制、发布、传播", "一是鼓励互联网军事信息服务提供者和用户制作、复制、发布、传播的信息", optional=True, **Mg)
C1 = "主要包括宣传习近平新时代中国特色社会主义思想，宣传习近平强军思想，宣传党中央、中央军委决策部署，弘扬人民军队性质宗旨、光辉历史、优良传统和作风等正能量信息"
for i, l in enumerate(["宣传习近平新时代中国特色社会主义思想", "宣传习近平强军思想", "宣传党中央、中央军委决策部署",
                       "弘扬人民军队性质宗旨、光辉历史、优良传统和作风"]):
    goal(f"c1{i}", l, C1, optional=True, **Mg)
goal("c2", "不得制作、复制、发布、传播的信息", "二是互联网军事信息服务提供者和用户不得制作、复制、发布、传播的信息", optional=True, **Mg)
goal("c3", "禁止制作、复制、发布、传播涉及军事秘密的信息", **Mg)
goal("c4", "防范数据汇聚、关联可能引发的泄露军事秘密风险", **Mg)
# Q7: the coordination mechanism (article 21; 下一步 the two bodies with the other issuers)
NEXT = "下一步，中央军委政治工作部、国家互联网信息办公室，将与工业和信息化部、公安部、国家安全部、文化和旅游部、国家广播电视总局、国家国防科技工业局、国家保密局，以及中央军委政法委员会等军地部门，联动省军区系统政治工作部门与辖区内驻军单位、地方相关主管部门，建立互联网军事信息传播管理工作协调机制，形成工作合力"
OTHERS = tuple(i for i, _ in ISS if i not in A)
goal("k1", "建立互联网军事信息传播管理工作协调机制", NEXT, body=("m",) + A, opt_body=OTHERS)
goal("k2", "联动省军区系统政治工作部门与辖区内驻军单位、地方相关主管部门", NEXT, body=A, opt_body=OTHERS + ("m",))
goal("k3", "形成工作合力", NEXT, body=A, opt_body=OTHERS + ("m",))

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
