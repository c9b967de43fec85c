"""Gold annotation of forum-waic-ascend-ai-summit-long-2024 (聚焦 | WAIC 2024 昇腾人工智能产业高峰论坛在上海举办, 中国信息安全 2024-07-09: Huawei's Ascend AI industry summit during the 2024 World AI Conference, Shanghai), by hand per shared/eval/ANNOTATE.md (annotator annC13)."""
ID = "forum-waic-ascend-ai-summit-long-2024"
import collections, json, pathlib
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

def sent(frag):
    """the sentence (up to 。 or ；) of the text containing frag"""
    for l in lines:
        if frag in l:
            i = l.index(frag)
            a = max(l.rfind("。", 0, i), l.rfind("；", 0, i)) + 1
            b = min([x for x in (l.find("。", i), l.find("；", i)) if x >= 0] or [len(l) - 1])
            return l[a:b + 1]
    raise AssertionError(frag)

# ---- events and places ----
ent("waic", "Event", "2024世界人工智能大会", ["WAIC 2024"])
ent("forum", "Event", "昇腾人工智能产业高峰论坛2024", ["昇腾人工智能产业高峰论坛", "WAIC 2024 昇腾人工智能产业高峰论坛"])
ent("unveil", "Event", "上海昇思生态创新中心揭牌仪式", optional=True)  # caption of the unveiling within the forum
ent("sh", "Place", "上海", ["上海市"])
ent("expo-c", "Place", "上海世博中心", optional=True)  # venue
ent("minhang", "Place", "闵行区", optional=True)  # only inside 上海市闵行区人民政府
ent("china", "Place", "中国", optional=True)
rel("forum", "locatedIn", "sh")
rel("forum", "locatedIn", "expo-c", optional=True)
rel("waic", "locatedIn", "sh", optional=True)  # not stated for the conference itself
rel("unveil", "locatedIn", "sh", optional=True)

# ---- organisations ----
O = [("huawei", "Organization", "华为", (), False),
     ("hwcloud", "Organization", "华为云", (), False),
     ("ascend", "Organization", "华为昇腾计算业务", ("昇腾计算业务", "昇腾"), False),  # 昇腾 as the actor (昇腾携手伙伴, 昇腾将…)
     ("cae", "Organization", "中国工程院", (), False),
     ("thu", "Organization", "清华大学", (), False),
     ("thu-cs", "Organization", "清华大学计算机系", (), False),
     ("bocom", "Organization", "交通银行", ("交行",), False),
     ("bocom-dc", "Organization", "交通银行数据中心", (), False),
     ("sensetime", "Organization", "商汤科技", ("商汤",), False),
     ("st-sco", "Organization", "大装置事业群", (), False),
     ("modelbest", "Organization", "面壁智能", ("面壁",), False),
     ("ms-center", "Organization", "上海昇思生态创新中心", (), False),
     ("minhang-gov", "Agency", "上海市闵行区人民政府", (), False),
     ("lingang", "Organization", "上海市临港经济发展（集团）有限公司", (), False),
     ("caohejing", "Organization", "上海市漕河泾新兴技术开发区发展总公司", (), False),
     ("sai", "Organization", "上海人工智能研究院", (), False),
     ("ms-comm", "Organization", "昇思MindSpore开源社区", (), False)]
for id, t, l, al, opt in O:
    ent(id, t, l, al, optional=opt)
rel("hwcloud", "subOrganizationOf", "huawei", optional=True)  # implied by the name only
rel("ascend", "subOrganizationOf", "huawei")  # 华为昇腾计算业务总裁
rel("thu-cs", "subOrganizationOf", "thu")
rel("bocom-dc", "subOrganizationOf", "bocom")
rel("st-sco", "subOrganizationOf", "sensetime")  # 商汤科技联合创始人、大装置事业群总裁

# ---- people: (id, name, [(body, post, optional)], speaksAt optional?) ----
P = [("zhangpa", "张平安", [("huawei", "常务董事", False), ("hwcloud", "CEO", False)], False),  # 致辞
     ("zhengwm", "郑纬民", [("thu-cs", "教授", True)], False),  # 中国工程院院士: honorary
     ("zhangdx", "张迪煊", [("ascend", "总裁", False)], False),
     ("zhangzh", "张柱宏", [("bocom-dc", "副总经理", False)], False),
     ("yangf", "杨帆", [("sensetime", "联合创始人", True), ("st-sco", "总裁", False)], False),
     ("lidh", "李大海", [("modelbest", "联合创始人、CEO", False)], False)]
for id, n, posts, sopt in P:
    ent(id, "Person", n)
    for b, post, o in posts:
        rel(id, "holdsPost", b, optional=o, post=post)
    rel(id, "speaksAt", "forum", optional=sopt)

# ---- technologies ----
T = [("ai", "人工智能", ("AI",), False), ("llm", "大模型", (), False),
     ("compute", "算力", (), True), ("edge-llm", "端侧大模型", (), True),
     ("light-llm", "轻量化大模型", (), True), ("inference", "大模型推理", (), True),
     ("ascend-ai", "昇腾AI", (), True),  # product line
     ("ms", "昇思MindSpore", ("昇思MindSpore AI框架",), True),  # AI framework (product)
     ("aio", "大模型一体机", (), True), ("sensenova", "日日新大模型", (), True),
     ("minicpm", "MiniCPM", (), True), ("ascend-cloud", "昇腾云服务", (), True),
     ("dc", "数据中心", (), True)]
for id, l, al, opt in T:
    ent(id, "Technology", l, al, optional=opt)
TOPT = {id for id, l, al, opt in T if opt}
TW = {id: (l,) + tuple(al) for id, l, al, opt in T}

def G(id, label, evidence, holders=(), who=(), opt=False, hopt=False, tech=None):
    """holders hasGoal, who proposes (optional where opt, or hopt for the holders);
    tech: the technologies the label names (found from the label unless given)."""
    assert label in evidence, (label, evidence)
    assert 4 <= len(label) <= 30, label
    assert label not in {e["label"] for e in E if e["type"] == "Goal"}, label
    ent(id, "Goal", label, optional=opt, evidence=ev(evidence))
    for h in holders:
        rel(h, "hasGoal", id, optional=opt or hopt)
    for p in who:
        rel(p, "proposes", id, optional=opt)
    if tech is None:
        tech = [t for t, ws in TW.items() if any(w in label for w in ws)]
        # 大模型 inside a longer named model, AI inside 昇腾AI: keep the most specific only
        if "edge-llm" in tech or "light-llm" in tech or "sensenova" in tech: tech = [t for t in tech if t != "llm"]
    for t in tech:
        # AI only inside the product name 昇腾AI: optional
        weak = t == "ai" and "ascend-ai" in tech and "AI" not in label.replace("昇腾AI", "")
        rel(id, "involvesTechnology", t, optional=opt or t in TOPT or weak)

# ---- line 2: the forum ----
e2 = sent("本届高峰论坛以")
G("f1", "加速原生创新", e2, opt=True)  # the theme 加速原生创新，奋进智能时代
G("f2", "加速大模型创新与应用落地", e2)  # 共同探索如何加速…的道路: the forum's aim, no holder
# ---- line 3: Ascend and partners ----
e3 = sent("从训练到推理")
G("a1", "在行业中走深向实", e3, ("ascend",), opt=True)
G("a2", "推动千行万业智能化升级", e3, ("ascend",))
# ---- line 4: 张平安 (致辞) ----
e4 = sent("打造大模型时代的首选平台")
G("h1", "打造大模型时代的首选平台", e4, ("huawei",), ("zhangpa",))
e4b = sent("华为坚持")
G("h2", "坚持“硬件开放、软件开源、使能伙伴、发展人才”战略", e4b, ("huawei",), ("zhangpa",))
G("h3", "加快构建繁荣的昇腾AI产业原生生态", e4b, ("huawei",), ("zhangpa",))
G("h4", "联合伙伴深耕行业应用场景", e4b, ("huawei",), ("zhangpa",))
G("h5", "让AI加速走入千行万业", e4b, ("huawei",), ("zhangpa",))
# ---- line 6: 郑纬民 ----
e6 = sent("如何做好大模型计算系统的设计")
G("z1", "做好大模型计算系统的设计和相关软件优化", e6, ("thu-cs",), ("zhengwm",), hopt=True)
G("z2", "考虑好多种精度运算性能的平衡", e6, ("thu-cs",), ("zhengwm",), hopt=True)  # …等5个问题
G("z3", "做好编程框架、并行加速、通信库、算子库", e6, ("thu-cs",), ("zhengwm",), hopt=True)  # …等10件事情
# ---- line 8: 张迪煊 ----
e8 = sent("为了更好地推动人工智能面向当前大模型时代的发展")
G("d1", "推动人工智能面向当前大模型时代的发展", e8, ("ascend",), ("zhangdx",), tech=("ai", "llm"))
G("d2", "围绕三大方面持续突破并全面升级", e8, ("ascend",), ("zhangdx",), opt=True)  # summary of the three items
G("d3", "加速AI创新落地", e8, ("ascend",), ("zhangdx",))
G("d4", "昇腾AI基础软件架构升级", e8, ("ascend",), ("zhangdx",))  # 第一
G("d4b", "让AI创新有根基", e8, ("ascend",), ("zhangdx",), opt=True)
e8b = sent("训练和推理的解决方案升级")
G("d5", "训练和推理的解决方案升级", e8b, ("ascend",), ("zhangdx",))  # 第二 (= heading 训推升级, line 10)
G("d5b", "让AI发展有速度", e8b, ("ascend",), ("zhangdx",), opt=True)
e8c = sent("昇腾AI产业生态体系升级")
G("d6", "昇腾AI产业生态体系升级", e8c, ("ascend",), ("zhangdx",))  # 第三
G("d6b", "让AI应用有规模", e8c, ("ascend",), ("zhangdx",), opt=True)
# ---- lines 10-13: inference solution, all-in-one machines ----
G("s1", "加速大模型解决方案落地", L[10], ("ascend",), hopt=True)  # section heading
e11 = sent("方案基于昇腾AI基础软硬件")
G("s2", "支持伙伴推理应用快速开发", e11, ("ascend",), opt=True)  # what the product does
G("s3", "使能大模型应用快速落地到场景", e11, ("ascend",), opt=True)
G("s4", "发布基于昇腾基础软硬件的大模型一体机解决方案", sent("自2023年以来"), ("huawei",), opt=True,
  tech=("aio",))  # past measure (since 2023)
e13 = sent("共同推进大模型应用落地")
G("s5", "推进大模型应用落地", e13, ("ascend",))
G("s6", "加速行业客户智能化转型升级", e13, ("ascend",))
# ---- line 15: practice; 交通银行, 商汤科技, 面壁智能 ----
e15 = sent("商业创新要不断走进企业一线场景")  # the report's own statement: no holder
G("p1", "走进企业一线场景", e15)
G("p2", "深耕行业创新应用", e15)
G("p3", "加快AI赋能千行万业的进程", e15)
e15b = sent("交通银行数据中心副总经理张柱宏介绍")
G("b1", "规划多地多中心的低PUE风液冷算力布局", "交行已规划多地多中心的低PUE风液冷算力布局", ("bocom",), ("zhangzh",))
G("b2", "建设新时代金融全栈AI", e15b, ("bocom",), ("zhangzh",))
G("b3", "构筑AI新质生产力", e15b, ("bocom",), ("zhangzh",))
G("b4", "服务经济社会高质量发展", e15b, ("bocom",), ("zhangzh",))
e15c = sent("商汤科技联合创始人、大装置事业群总裁杨帆表示")
G("t1", "推出一系列基于昇腾AI的原生应用", e15c, ("sensetime",), ("yangf",), opt=True)
G("t2", "全场景赋能产业生态", e15c, ("sensetime",), ("yangf",))
G("t3", "引领大模型时代创新浪潮", e15c, ("sensetime",), ("yangf",))
G("m1", "大模型发展到端侧", sent("大模型发展到端侧"), ("modelbest",), ("lidh",), opt=True)  # a view: 重要的发展方向之一
# ---- lines 17-18: the native programme ----
e17 = sent("昇腾正式启动原生计划")
G("n1", "启动原生计划", e17, ("ascend",))  # launched in March, under way
G("n2", "呼吁更多原生力量加入", e17, ("ascend",), opt=True)
G("n3", "加速产业数智化升级", sent("加速产业数智化升级"), opt=True)  # the partners (unnamed)
# ---- line 21: 上海昇思生态创新中心 ----
e21 = sent("中心将立足上海")
MC = ("ms-center",)
G("c1", "立足上海、面向全国", e21, MC, opt=True)
G("c2", "围绕昇思MindSpore AI框架进行生态拓展", e21, MC)
G("c3", "联合创新", e21, MC)
G("c4", "技术支持", e21, MC, opt=True)
G("c5", "培养人才", e21, MC)
G("c6", "支持企业、高校与科研院所孵化大模型", e21, MC)
G("c7", "加速打造AI解决方案和应用", e21, MC)
G("c8", "以人工智能基础软件技术创新使能AI产业创新", e21, MC)
G("c9", "加速行业落地应用", e21, MC)
e21b = sent("通过联创成果驱动框架技术创新")
G("c10", "驱动框架技术创新", e21b, MC)
G("c11", "为中国乃至全球的AI创新打造坚实的软件基础", e21b, MC)

# ---- promotes ----
for b, t, o in [("huawei", "ai", False), ("huawei", "llm", False), ("ascend", "ai", False), ("ascend", "llm", False),
                ("ascend", "ascend-ai", True), ("huawei", "aio", True), ("bocom", "ai", False),
                ("sensetime", "llm", False), ("modelbest", "edge-llm", True), ("modelbest", "minicpm", True),
                ("sensetime", "sensenova", True), ("ms-center", "ai", False), ("ms-center", "llm", False),
                ("ms-center", "ms", True), ("thu-cs", "llm", True)]:
    rel(b, "promotes", t, optional=o)

# ---- statistics (figures with digits; a figure restated later is one node) ----
S = [("n-2000", "论坛参与的各界专家与商业领袖", "近2000人", False),
     ("n-11", "同步宣发推理解决方案五大场景优秀实践的领军企业", "11家", False),  # = line 11's 11家生态伙伴及客户
     ("n-10", "发表大模型一体机解决方案优秀实践证言的一体机伙伴代表", "10家", False),  # = line 13's 10家…企业和科研院所
     ("n-24", "发布昇腾AI大模型原生开发成果的原生伙伴代表", "24家", False),  # = line 18's 24家生态伙伴
     ("n-18", "推出新品的APN伙伴", "18家", False),  # = line 18
     ("n-5q", "大模型计算系统设计需考虑的问题", "5个", True),
     ("n-10t", "大模型计算系统需做好的事情", "10件", True),
     ("n-ind", "昇腾生态和大模型创新落地的行业", "30多个", False),
     ("n-scn", "昇腾生态和大模型创新落地的专业场景", "400多个", False),
     ("n-3", "带来深度结合成果的企业代表", "3家", True),
     ("n-stu", "累计培养的昇腾原生学生", "30多万", False),
     ("n-contrib", "原生贡献者", "3万多", False),
     ("n-pr", "累计提交的代码合入请求", "9.5万多", False),
     ("n-op", "原生打造的融合大算子", "80多个", False),
     ("n-apn", "昇腾发展的APN伙伴", "50多家", False),
     ("n-nllm", "孵化的原生大模型", "20多个", False),
     ("n-app", "孵化的大模型应用", "50多个", False),
     ("n-mvp", "获颁昇腾MVP聘书的行业领军人物", "10位", False)]
for id, l, v, o in S:
    assert v in text, v
    ent(id, "Statistic", l, value=v, optional=o)

# ---- checks and output ----
ids = [e["id"] for e in E]
assert len(ids) == len(set(ids))
out = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
c = collections.Counter(e["type"] for e in E)
print(ID, len(E), "entities", dict(c), len(R), "relations",
      sum(1 for e in E if e.get("optional")), "optional entities",
      sum(1 for r in R if r.get("optional")), "optional relations")
