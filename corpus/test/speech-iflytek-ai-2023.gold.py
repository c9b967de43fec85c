"""Gold annotation of speech-iflytek-ai-2023 (科大讯飞董事长刘庆峰:绝不能把自己“大楼”建在别人“院子”里), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-iflytek-ai-2023"
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
    if "evidence" in kw: ev(kw["evidence"])
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def goal(id, label, evidence, optional=False):
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)
ent("liu", "Person", "刘庆峰")
ent("zhang", "Person", "张俊")
ent("iflytek", "Organization", "科大讯飞", ["科大讯飞公司"])
ent("cns", "Organization", "中新社")
ent("chinanews", "Organization", "中国新闻网")
ent("npc", "Agency", "全国人大", optional=True)
ent("hefei", "Place", "合肥", optional=True)
ent("lianghui", "Event", "两会", optional=True)
ent("obqa", "Event", "OpenBookQA", optional=True)
ent("ai", "Technology", "人工智能")
ent("chatgpt", "Technology", "ChatGPT", optional=True)
ent("cog", "Technology", "认知智能", optional=True)
for id, l in [("mm", "多模感知"), ("du", "深度理解"), ("me", "多维表达"), ("mi", "运动智能"), ("speech", "中文语音"), ("robot", "机器人")]:
    ent(id, "Technology", l, optional=True)
goal("g-empower", "深度赋能千行百业", "人工智能要以源头核心技术为引领,围绕社会重大命题,通过系统性创新,深度赋能千行百业")
goal("g-source", "推进源头核心技术创新", "人工智能发展要推进源头核心技术创新")
goal("g-solve", "用人工智能解决社会民生刚需与重大命题", "用人工智能解决社会民生刚需与重大命题")
goal("g-world", "建设美好世界", "用人工智能解决社会民生刚需与重大命题,建设美好世界")
goal("g-robot", "让机器人走进每一个家庭", "“懂知识”“善学习”“能进化”,最终让机器人走进每一个家庭,这是刘庆峰和团队的未来愿景")
goal("g-land", "推动人工智能在更多场景的深度落地", "从而推动人工智能在更多场景的深度落地", optional=True)
for g in ("g-empower", "g-source", "g-solve", "g-world", "g-robot"):
    rel("liu", "proposes", g)
rel("liu", "proposes", "g-land", optional=True)
rel("iflytek", "hasGoal", "g-robot")
for g in ("g-empower", "g-source", "g-solve", "g-world", "g-land"):
    rel("iflytek", "hasGoal", g, optional=True)
rel("g-solve", "involvesTechnology", "ai")
rel("g-source", "involvesTechnology", "ai", optional=True)
rel("g-empower", "involvesTechnology", "ai", optional=True)
rel("g-land", "involvesTechnology", "ai", optional=True)
rel("g-robot", "involvesTechnology", "robot", optional=True)
rel("iflytek", "promotes", "ai")
rel("iflytek", "promotes", "cog", optional=True)
ent("s-obqa", "Statistic", "科大讯飞团队在OpenBookQA科学知识推理比赛中的准确率", value="94.2%", evidence=ev("科大讯飞团队以准确率94.2%的优势夺冠"))
rel("liu", "holdsPost", "iflytek", post="董事长")
rel("liu", "holdsPost", "npc", post="全国人大代表", optional=True)
rel("zhang", "holdsPost", "cns", post="记者", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
