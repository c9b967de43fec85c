"""Gold annotation of briefing-cpc-20th-congress-report-long-2022 (“夺取新时代中国特色社会主义新胜利的政治宣言和行动纲领”——中共中央举行新闻发布会解读党的二十大报告), by hand per shared/eval/ANNOTATE.md (annotator annO16)."""
ID = "briefing-cpc-20th-congress-report-long-2022"
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

# Bodies
ent("cc", "Agency", "中共中央", ["党中央"])
ent("cpc", "Agency", "中国共产党", optional=True)   # the party; "我们党" statements go to it, optionally
ent("plac", "Agency", "中央政法委")
ent("cpr", "Agency", "中央政策研究室")
ent("reform", "Agency", "中央改革办")
ent("ndrc", "Agency", "国家发展改革委")
ent("ccdi", "Agency", "中央纪委国家监委", optional=True)   # named only inside its unit's name
ent("ccdi-pub", "Agency", "中央纪委国家监委宣传部")
rel("ccdi-pub", "subOrganizationOf", "ccdi", optional=True)
ent("gob", "Agency", "中央办公厅")
ent("gob-res", "Agency", "调研室", optional=True)
rel("gob-res", "subOrganizationOf", "gob", optional=True)
ent("cpd", "Agency", "中央宣传部")
ent("xinhua", "Organization", "新华社")
for u in ("plac", "cpr", "reform", "gob", "cpd"):
    rel(u, "subOrganizationOf", "cc", optional=True)

# People
ent("chen", "Person", "陈一新")
rel("chen", "holdsPost", "plac", post="秘书长")
ent("jiang", "Person", "江金权")
rel("jiang", "holdsPost", "cpr", post="主任")
ent("mu", "Person", "穆虹")
rel("mu", "holdsPost", "reform", post="分管日常工作的副主任")
rel("mu", "holdsPost", "ndrc", post="副主任")
ent("wang", "Person", "王建新")
rel("wang", "holdsPost", "ccdi-pub", post="部长")
ent("tang", "Person", "唐方裕")
rel("tang", "holdsPost", "gob", post="副主任兼调研室主任")
rel("tang", "holdsPost", "gob-res", post="主任", optional=True)
ent("sun", "Person", "孙业礼")
rel("sun", "holdsPost", "cpd", post="副部长")
ent("zhangyan", "Person", "张研")
ent("dong", "Person", "董博婷")
for p in ("zhangyan", "dong"):
    rel(p, "holdsPost", "xinhua", post="记者", optional=True)
ent("xi", "Person", "习近平")
rel("xi", "holdsPost", "cc", post="总书记", optional=True)

# Events
ent("presser", "Event", "新闻发布会", optional=True)   # a bare 新闻发布会 (corpus convention)
for p in ("chen", "jiang", "mu", "wang", "tang", "sun"):
    rel(p, "speaksAt", "presser", optional=True)
ent("c20", "Event", "中国共产党第二十次全国代表大会", ["党的二十大", "二十大"])
ent("c19", "Event", "党的十九大")
ent("p6", "Event", "十九届六中全会")
ent("cent", "Event", "建党百年庆祝大会")
rel("xi", "speaksAt", "cent")

# Documents
ent("report", "Document", "党的二十大报告", ["二十大报告"])
rel("report", "adoptedAt", "c20")
rel("report", "publishedBy", "cc", optional=True)
ent("charter", "Document", "党章")
rel("charter", "adoptedAt", "c20", optional=True)   # the congress amended it
ent("const", "Document", "宪法", optional=True)

# Places
ent("bj", "Place", "北京")
ent("china", "Place", "中国", optional=True)
rel("presser", "locatedIn", "bj", optional=True)

# Statistics
stat("s-inner", "党内征求意见人数", "4700多人", "征求意见达到4700多人")
stat("s-net", "网络公开征求意见收集意见条数", "850多万条", "收集意见达850多万条")

# Goals.  The report sets what the speakers relay (hasGoal report; proposes the speaker);
# the speakers' own "我们/必须" statements go to the party bodies, optionally.
J = dict(by=("jiang",), body=("report",), opt_body=("cc",))
goal("j1", "全面建成社会主义现代化强国", "擘画了全面建成社会主义现代化强国的宏伟蓝图和实践路径", **J)
goal("j2", "全面建设社会主义现代化国家", "必将对党团结带领人民全面建设社会主义现代化国家、全面推进中华民族伟大复兴产生重大而深远的影响", **J)
goal("j3", "全面推进中华民族伟大复兴", "必将对党团结带领人民全面建设社会主义现代化国家、全面推进中华民族伟大复兴产生重大而深远的影响", **J)
goal("j4", "夺取新时代中国特色社会主义新胜利", "是中国共产党团结带领全国各族人民夺取新时代中国特色社会主义新胜利的政治宣言和行动纲领", **J)
goal("j5", "向第二个百年奋斗目标进军", optional=True, **J)

S = dict(by=("sun",), body=("report",), opt_body=("cc",))
goal("s0", "推进马克思主义中国化时代化", "做到“两个结合”“六个必须坚持”，推进马克思主义中国化时代化", **S)
goal("s0b", "做到“两个结合”“六个必须坚持”", "做到“两个结合”“六个必须坚持”，推进马克思主义中国化时代化", optional=True, **S)
goal("s1", "长期坚持并不断丰富发展", "我们必须长期坚持并不断丰富发展", by=("sun",), opt_body=("cc", "cpc"))
goal("s2", "把马克思主义基本原理同中国具体实际相结合", "即把马克思主义基本原理同中国具体实际相结合、同中华优秀传统文化相结合", **S)
goal("s3", "同中华优秀传统文化相结合", "即把马克思主义基本原理同中国具体实际相结合、同中华优秀传统文化相结合", **S)
X = dict(by=("xi",), opt_by=("sun",), body=("report",), opt_body=("cc",))
goal("s4", "坚持解放思想、实事求是、与时俱进、求真务实", "强调“我们必须坚持解放思想、实事求是、与时俱进、求真务实，一切从实际出发”", **X)
goal("s5", "一切从实际出发", "强调“我们必须坚持解放思想、实事求是、与时俱进、求真务实，一切从实际出发”", **X)
goal("s4b", "不能把马克思主义当成一成不变的教条", "习近平总书记在报告中强调“不能把马克思主义当成一成不变的教条”", optional=True, **X)
SIX = "即“六个必须坚持”：坚持人民至上，坚持自信自立，坚持守正创新，坚持问题导向，坚持系统观念，坚持胸怀天下"
for i, l in enumerate(["坚持人民至上", "坚持自信自立", "坚持守正创新", "坚持问题导向", "坚持系统观念", "坚持胸怀天下"]):
    goal(f"s6{i}", l, SIX, **S)
goal("s7", "牢牢把握这些基本点", "我们学习、实践这一思想必须牢牢把握这些基本点，始终坚持这些基本点", optional=True, by=("sun",), opt_body=("cc",))
goal("s8", "坚决反对其他国家将自己的发展模式强加给中国", optional=True, by=("sun",), opt_body=("cc",))
goal("s9", "决不“输出”中国模式", "也决不“输出”中国模式，不会要求别国“复制”中国的做法", optional=True, by=("sun",), opt_body=("cc",))

M = dict(by=("mu",), body=("report",), opt_body=("cc",))
goal("m0", "把高质量发展作为全面建设社会主义现代化国家的首要任务", "把高质量发展作为全面建设社会主义现代化国家的首要任务，凸显发展质量的全局和长远意义", **M)
C = dict(by=("mu",), body=("cc",))   # "党中央强调 …"
goal("m1", "贯彻新发展理念", "党中央强调，贯彻新发展理念、推动高质量发展，是关系现代化建设全局的一场深刻变革", **C)
goal("m2", "推动高质量发展", "党中央强调，贯彻新发展理念、推动高质量发展，是关系现代化建设全局的一场深刻变革", **C)
Q = "而是要实现创新成为第一动力、协调成为内生特点、绿色成为普遍形态、开放成为必由之路、共享成为根本目的的高质量发展"
for i, l in enumerate(["创新成为第一动力", "协调成为内生特点", "绿色成为普遍形态", "开放成为必由之路", "共享成为根本目的"]):
    goal(f"m3{i}", l, Q, **C)
goal("m4", "不再简单以生产总值增长率论英雄", optional=True, **C)
goal("m5", "把发展质量摆在更突出的位置", "党的二十大报告把发展质量摆在更突出的位置", **M)
DEP = "一是加快构建新发展格局，二是坚定实施创新驱动发展战略、向创新要动力，三是构建高水平社会主义市场经济体制、向改革要活力，四是全面推进乡村振兴，五是着力推进区域协调发展，六是推进高水平对外开放"
for i, l in enumerate(["加快构建新发展格局", "坚定实施创新驱动发展战略", "向创新要动力", "构建高水平社会主义市场经济体制",
                       "向改革要活力", "全面推进乡村振兴", "着力推进区域协调发展", "推进高水平对外开放"]):
    goal(f"m6{i}", l, DEP, **M)

P = dict(by=("chen",), body=("report",), opt_body=("cc",))
Pp = dict(by=("chen",), opt_body=("cpc", "cc"))   # "我们党 …"
goal("c1", "矢志不渝推进法治建设", "这进一步宣示了我们党矢志不渝推进法治建设的坚定决心", **Pp)
goal("c2", "坚持全面依法治国", "是我们党坚持全面依法治国的政治宣言", **Pp)
goal("c3", "推进法治中国建设", "是我们党推进法治中国建设的纲领性文献", **Pp)
goal("c4", "全面推进国家各方面工作法治化", "表明了将全面推进国家各方面工作法治化", **Pp)
for i, (h, l) in enumerate([("遵循法治之“纲”", None), ("立好法治之“规”", "完善以宪法为核心的中国特色社会主义法律体系"),
                            ("紧扣法治之“重”", "扎实推进依法行政"), ("凸显法治之“要”", "严格公正司法"),
                            ("夯实法治之“基”", "加快建设法治社会")]):
    goal(f"c5{i}", h, optional=True, **P)
    if l:
        goal(f"c6{i}", l, **P)

T = dict(by=("tang",), body=("report",), opt_body=("cc",))
Tp = dict(by=("tang",), opt_body=("cc", "cpc"))
goal("t1", "党要管党", "关键在党要管党、全面从严治党", **Tp)
goal("t2", "全面从严治党", "关键在党要管党、全面从严治党", **Tp)
goal("t3", "旗帜鲜明坚持和加强党的全面领导", "完成新时代新征程党的使命任务，必须旗帜鲜明坚持和加强党的全面领导，深入推进新时代党的建设新的伟大工程", **Tp)
goal("t4", "深入推进新时代党的建设新的伟大工程", "对“坚定不移全面从严治党，深入推进新时代党的建设新的伟大工程”作出部署", **T)
goal("t5", "健全全面从严治党体系", "在回答记者提问时，唐方裕表示，党的二十大报告提出健全全面从严治党体系", **T)
FOUR = "突出党的自我革命，突出全面从严治党体系，突出以党的政治建设为统领，突出思想建党和制度治党相结合"
for i, l in enumerate(["突出党的自我革命", "突出全面从严治党体系", "突出以党的政治建设为统领", "突出思想建党和制度治党相结合"]):
    goal(f"t6{i}", l, FOUR, optional=True, **T)
goal("t7", "把报告和党章结合起来学习理解", "需要把报告和党章结合起来学习理解", **Tp)
goal("t8", "把我们党建设好", "才能把我们党建设好", optional=True, **Tp)

W = dict(by=("wang",), body=("report",), opt_body=("cc",))
Wr = dict(opt_by=("wang",), body=("report",), opt_body=("cc",))   # in the report's own words
goal("w1", "时刻保持解决大党独有难题的清醒和坚定", "提出必须时刻保持解决大党独有难题的清醒和坚定，牢记全面从严治党永远在路上、党的自我革命永远在路上", **Wr)
goal("w2", "始终赢得人民拥护", "要始终赢得人民拥护、巩固长期执政地位", **Wr)
goal("w3", "巩固长期执政地位", "要始终赢得人民拥护、巩固长期执政地位", **Wr)
goal("w4", "牢记全面从严治党永远在路上", "提出必须时刻保持解决大党独有难题的清醒和坚定，牢记全面从严治党永远在路上、党的自我革命永远在路上", **W)
goal("w5", "围绕坚持党中央集中统一领导强化政治监督", **W)
goal("w6", "完善党的自我革命制度规范体系", **W)
goal("w7", "坚持以严的基调强化正风肃纪", **W)
goal("w8", "坚决打赢反腐败斗争攻坚战持久战", "要围绕坚持党中央集中统一领导强化政治监督，完善党的自我革命制度规范体系，坚持以严的基调强化正风肃纪，坚决打赢反腐败斗争攻坚战持久战", **W)
Wq = dict(by=("wang",), opt_body=("cc", "ccdi"))
goal("w9", "坚决贯彻党的二十大战略部署", **Wq)
goal("w10", "保持压倒性力量常在", **Wq)
goal("w11", "不敢腐、不能腐、不想腐同时发力", "不敢腐、不能腐、不想腐同时发力、同向发力、综合发力", **Wq)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
