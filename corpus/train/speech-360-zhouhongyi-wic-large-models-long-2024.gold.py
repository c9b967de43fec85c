"""Gold annotation of speech-360-zhouhongyi-wic-large-models-long-2024 (周鸿祎世界互联网大会谈中国大模型发展：应扬长避短 选择自己的道路, 安全客 2024-11-21: report of the keynote of 360集团's founder at the plenary of the 2024 世界互联网大会乌镇峰会), by hand per shared/eval/ANNOTATE.md (annotator annJ14)."""
ID = "speech-360-zhouhongyi-wic-large-models-long-2024"
import collections, json, pathlib
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
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

def sent(frag):
    """the sentence (up to 。) of the text containing frag"""
    for l in lines:
        if frag in l:
            i = l.index(frag)
            a = l.rfind("。", 0, i) + 1
            b = l.find("。", i)
            return l[a:b + 1 if b >= 0 else len(l)]
    raise AssertionError(frag)

# ---- bodies ----

# ---- bodies, people ----
ent("q360", "Organization", "360集团", ["360"])
ent("openai", "Organization", "OpenAI")
ent("aqk", "Organization", "安全客", optional=True)  # the site's attribution line
ent("zhou", "Person", "周鸿祎")
rel("zhou", "holdsPost", "q360", post="创始人")
# ---- events, places ----
ent("summit", "Event", "2024年世界互联网大会乌镇峰会")
ent("plenary", "Event", "全体会议", optional=True)
ent("wz", "Place", "乌镇")
ent("zj", "Place", "浙江", optional=True)
ent("cn", "Place", "中国", optional=True)
rel("summit", "locatedIn", "wz")
rel("summit", "locatedIn", "zj", optional=True)
rel("zhou", "speaksAt", "summit")          # 在全体会议上发表…主旨演讲
rel("zhou", "speaksAt", "plenary", optional=True)
# ---- technologies ----
ent("llm", "Technology", "大模型")
ent("ai", "Technology", "AI")
ent("icv", "Technology", "智能网联车")
ent("ad", "Technology", "自动驾驶")
ent("embodied", "Technology", "具身智能")
ent("pro-llm", "Technology", "专业大模型", optional=True)
ent("chip", "Technology", "算力芯片", optional=True)
ent("ent-llm", "Technology", "企业级大模型", optional=True)
ent("gen-llm", "Technology", "超级通用大模型", optional=True)
ent("ai-search", "Technology", "AI搜索", optional=True)      # products
ent("ai-office", "Technology", "AI办公", optional=True)
ent("ai-watch", "Technology", "AI儿童手表", optional=True)
# ---- statistics ----
ent("s-poc", "Statistic", "360大模型PoC数", value="100多个", evidence=ev("360通过100多个PoC"))

def G(id, label, evidence, opt=False, holders=(), opt_holders=("q360",), techs=(), opt_techs=(), proposer=True):
    assert label in evidence, (label, evidence)
    assert 4 <= len(label) <= 30, label
    ent(id, "Goal", label, optional=opt, evidence=ev(evidence))
    if proposer: rel("zhou", "proposes", id, optional=opt)
    for h in holders: rel(h, "hasGoal", id, optional=opt)
    for h in opt_holders: rel(h, "hasGoal", id, optional=True)
    for t in techs: rel(id, "involvesTechnology", t, optional=opt)
    for t in opt_techs: rel(id, "involvesTechnology", t, optional=True)

# his recommendations for China's large-model industry (restated in paragraph 3: one node each)
e = sent("他同时提出，中国的大模型产业发展应扬长避短")
G("t0", "拥抱专业大模型", sent("拥抱专业大模型，引领新工业革命发展"), opt=True, techs=["pro-llm"])  # the speech's title
G("t1", "扬长避短", e)
G("t2", "选择适合自己的发展道路", e)
e = sent("因此，他提出可以结合垂直领域的数据进行训练")
G("r1", "结合垂直领域的数据进行训练", e)
G("r2", "走专业大模型之路", e, opt_techs=["pro-llm"])
G("r3", "避免陷入算力和数据上的竞争", e)
G("r4", "把大模型拉下神坛", e, techs=["llm"])
G("r5", "从“原子弹”变为“茶叶蛋”", e, opt=True)  # the same aim in a figure
# the six application scenarios (each heading one goal, each verb phrase inside it another)
e = sent("第一，科技平权")
G("a1", "科技平权", e)
G("a1a", "充分结合个人需求", e)
G("a1b", "消除数字鸿沟", e)
G("a1c", "实现人人智能", e)
e = sent("第二，万物智能")
G("a2", "万物智能", e, opt_techs=["icv"])
G("a2a", "大模型将成为硬件设备标配", e, techs=["llm"])
e = sent("第三，赋能传统产业")
G("a3", "赋能传统产业“数转智改”", e)
G("a3a", "推动新质生产力发展", e)
G("a3b", "训练专用模型解决专业问题", e)
G("a3c", "多个模型协同工作", e)
e = sent("第四，赋能自动驾驶")
G("a4", "赋能自动驾驶、具身智能、生物制药等未来新兴产业", e, techs=["ad", "embodied"])
e = sent("第五，AI for Science")
G("a5", "AI for Science", e, techs=["ai"])
G("a5a", "利用AI改变基础科学问题的研究方法", e, techs=["ai"])
G("a6", "重视大模型带来的安全新挑战", sent("第六，重视大模型带来的安全新挑战"), techs=["llm"])
# 360's practice as he reported it (under way or done: optional goals of 360)
e = sent("周鸿祎介绍了360在大模型应用方面的实践和成果")
G("p1", "帮助亿万用户提高工作效率", e, opt=True, holders=["q360"], opt_holders=(), opt_techs=["ai-search", "ai-office"])
G("p2", "发布了首款搭载大模型的AI儿童手表", e, opt=True, holders=["q360"], opt_holders=(), techs=["llm"], opt_techs=["ai-watch"])
G("p3", "广泛落地企业级大模型解决方案", e, opt=True, holders=["q360"], opt_holders=(), opt_techs=["ent-llm"])
G("p4", "为攻克AI安全新挑战提供了可行性方案", e, opt=True, holders=["q360"], opt_holders=(), techs=["ai"])
rel("q360", "promotes", "llm")
rel("q360", "promotes", "ai", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
