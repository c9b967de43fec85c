"""Gold annotation of speech-cmcc-yangjie-2025 (中国移动董事长杨杰在世界电信和信息社会日的讲话(中证网报道)), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-cmcc-yangjie-2025"
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

def goal(id, label, evidence, optional=False):
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

ent("cmcc", "Organization", "中国移动")
ent("yang", "Person", "杨杰")
ent("yangjie-rep", "Person", "杨洁")
ent("cs", "Organization", "中国证券报", ["中证报"])
ent("csn", "Organization", "中证网")
ent("day", "Event", "世界电信和信息社会日", optional=True)
rel("yang", "holdsPost", "cmcc", post="董事长")
rel("yangjie-rep", "holdsPost", "cs", post="记者", optional=True)
rel("yang", "speaksAt", "day", optional=True)
ent("internet", "Technology", "互联网", ["“互联网+”"])
ent("5g", "Technology", "5G")
ent("ai", "Technology", "AI", ["人工智能"])
ent("6g", "Technology", "6G")
ent("cloud", "Technology", "云计算")
ent("5ga", "Technology", "5G-A")
ent("llm", "Technology", "大模型", optional=True)
ent("icv", "Technology", "智能网联汽车", optional=True)
ent("robot", "Technology", "智能机器人", optional=True)
ent("terminal", "Technology", "AI智能终端", optional=True)
ent("jiutian", "Technology", "“九天”通用大模型", optional=True)
ent("brain", "Technology", "算网大脑", optional=True)
ent("dssn", "Technology", "数联网", ["DSSN"], optional=True)
ent("gigabit", "Technology", "千兆宽带", optional=True)
ent("it", "Technology", "信息技术", optional=True)
for t, o in [("ai", False), ("5g", False), ("6g", False), ("cloud", False), ("5ga", False), ("llm", True), ("icv", True), ("robot", True), ("terminal", True), ("jiutian", True), ("brain", True), ("dssn", True), ("gigabit", True), ("internet", True)]:
    rel("cmcc", "promotes", t, optional=o)
stat("s-llm", "行业大模型", "40余款", "已布局能源、交通、工业、医疗、教育等40余款行业大模型")
stat("s-compute", "智算规模", "43EFLOPS", "智算规模超43EFLOPS")
stat("s-data", "高质量训练数据集", "20万亿Tokens", "自主清洗、精标形成20万亿Tokens高质量训练数据集")
stat("s-proj", "5G+、AI+项目", "5万个", "中国移动打造5G+、AI+项目超5万个")
stat("s-gov", "数字政府、智慧城市、数字乡村项目", "4800个", "落地超过4800个数字政府、智慧城市、数字乡村项目")
G = [("g1", "加快AI智能终端、智能网联汽车、智能机器人等布局发展", "中国移动将加快AI智能终端、智能网联汽车、智能机器人等布局发展", False, ["ai", "terminal", "icv", "robot"]),
     ("g2", "推动数智信息服务“飞入寻常百姓家”", "推动数智信息服务“飞入寻常百姓家”", False, []),
     ("g3", "持续推进数字基础设施建设", "中国移动持续推进数字基础设施建设", False, []),
     ("g4", "全面推进“两个新型”升级计划", "中国移动将全面推进“两个新型”升级计划", False, []),
     ("g5", "“BASIC6”科创计划", "“BASIC6”科创计划", False, []),
     ("g6", "“AI+”行动计划", "“AI+”行动计划", False, ["ai"]),
     ("g7", "着力消弭数字鸿沟", "着力消弭数字鸿沟", False, []),
     ("g8", "为老百姓提供用得上、用得起、用得好的信息服务", "为老百姓提供用得上、用得起、用得好的信息服务", False, []),
     ("x1", "推动人工智能科技创新与产业创新深度融合", "推动人工智能科技创新与产业创新深度融合", True, ["ai"]),
     ("x2", "助力降低全社会数智化转型门槛", "打造开放共享能力中台,助力降低全社会数智化转型门槛", True, []),
     ("x3", "提升社会治理现代化水平", "助力打造泛在可及、智慧便捷、公平普惠的政务服务体系,提升社会治理现代化水平", True, [])]
for id, l, e, opt, techs in G:
    goal(id, l, e, optional=opt)
    rel("cmcc", "hasGoal", id, optional=opt); rel("yang", "proposes", id, optional=opt)
    for t in techs:
        rel(id, "involvesTechnology", t, optional=opt or t in ("terminal", "icv", "robot"))

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
