"""Gold annotation of interpretation-caict-weikai-ai-content-labeling-long-2024
(魏凯：完善人工智能生成合成内容标识方法 构建健康的信息网络生态环境), by hand per shared/eval/ANNOTATE.md.

An expert interpretation by 魏凯 (所长 of 中国信息通信研究院人工智能研究所) of the 《人工智能生成合成内容标识办法》
and its companion national standard 《网络安全技术 人工智能生成合成内容标识方法》, issued by 国家互联网信息办公室等部门.
Conventions: what the article says the 办法 does or aims at (section 一, the 办法's rules in section 三) is hasGoal of the
办法 (required), of 国家互联网信息办公室 (its issuer, optional), and proposes of 魏凯 (optional: he reports it); what it
says the 标识方法 does (section 二) is hasGoal of the standard likewise; what section 三 gives to both is hasGoal of both.
The author's own aims (title line, 应… sentence opening section 三) are proposes of 魏凯 (required) and hasGoal of
中国信通院 optional. Numbered headings (一是…) are goals, their coordinated verb phrases goals of their own; provisions
described as past content (界定了…, 提出…角标形式) are optional goals; the foreign acts' aims and the 2022 《规定》's
rule are optional goals of those documents.
"""
ID = "interpretation-caict-weikai-ai-content-labeling-long-2024"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def sent(label):
    """The sentence (between 。；！？ or line breaks) that holds label."""
    for piece in re.split(r"(?<=[。；！？])|\n", text):
        if label in piece:
            return piece.strip()
    raise AssertionError(label)

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
    evidence = evidence or sent(label)
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    assert label in evidence, (label, evidence)
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

# Bodies and people
ent("caict", "Agency", "中国信息通信研究院")
ent("caict-ai", "Agency", "人工智能研究所", ["中国信息通信研究院人工智能研究所"])
rel("caict-ai", "subOrganizationOf", "caict")
ent("wei", "Person", "魏凯")
rel("wei", "holdsPost", "caict-ai", post="所长")
ent("cac-state", "Agency", "国家互联网信息办公室")
ent("cac", "Agency", "中央网信办")
ent("itu", "Organization", "国际电信联盟")
ent("eu", "Organization", "欧盟", optional=True)   # a supranational body; Place would do as well
ent("cacnews", "Organization", "中国网信网")     # the source line (来源：中国网信网)
# Places
ent("california", "Place", "美国加州", ["加州"])
ent("usa", "Place", "美国", optional=True)   # only inside 美国加州
ent("china", "Place", "我国", optional=True)

# Documents
ent("banfa", "Document", "人工智能生成合成内容标识办法", ["办法"])
rel("banfa", "publishedBy", "cac-state")
ent("std", "Document", "网络安全技术 人工智能生成合成内容标识方法", ["标识方法"])
rel("std", "publishedBy", "cac-state")   # 国家互联网信息办公室等部门适时发布《办法》及配套国家标准《标识方法》
ent("guiding", "Document", "互联网信息服务深度合成管理规定", ["规定"])
rel("guiding", "publishedBy", "cac")      # 中央网信办等就发布了《…规定》
ent("euaiact", "Document", "人工智能法案")
rel("euaiact", "publishedBy", "eu", optional=True)
ent("caact", "Document", "数字内容溯源标识法案")
ent("itureport", "Document", "检测深度伪造和生成式人工智能：人工智能水印和多媒体真实性标准研讨会的报告")
rel("itureport", "publishedBy", "itu")

# Technologies
ent("ai", "Technology", "人工智能")
ent("genai", "Technology", "生成式人工智能")
ent("deepsyn", "Technology", "深度合成")
ent("deepfake", "Technology", "深度伪造", optional=True)
ent("metaverse", "Technology", "元宇宙", optional=True)
ent("chatgpt", "Technology", "ChatGPT", optional=True)
ent("sora", "Technology", "Sora", optional=True)
ent("watermark", "Technology", "水印", ["强制性水印", "人工智能水印"], optional=True)
T = {"ai": ("人工智能",), "genai": ("生成式人工智能",), "deepsyn": ("深度合成",)}

def techs(label):
    out = [t for t, labs in T.items() if any(l in label for l in labs)]
    if "genai" in out and "ai" in out and "人工智能" not in label.replace("生成式人工智能", ""):
        out.remove("ai")
    return out

# No figure with digits is reported (五类, 三类 are written without digits); no Statistic.

L3, L6, L7, L8 = lines[2], lines[5], lines[6], lines[7]
# Goals: (id, label, evidence or None, optional, kind)
# a = the author's own; b = the 办法's; s = the 标识方法's; bs = both documents'; g = the 2022 规定's;
# eu / ca / itu = the foreign documents' (optional); o = nobody named (optional)
G = [
 # title
 ("t1", "完善人工智能生成合成内容标识方法", lines[0], False, "a"),
 ("t2", "构建健康的信息网络生态环境", lines[0], False, "a"),
 # opening
 ("o1", "将内容披露和标识义务入法", None, True, "o"),
 ("o2", "推进标识嵌入和管理举措", None, True, "o"),
 ("o3", "打击虚假有害信息", None, True, "o"),
 ("b1", "规范人工智能内容标识要求和方法", None, False, "bs"),
 ("b2", "完善我国人工智能治理制度", None, False, "bs"),
 # 一
 ("b3", "破解人工智能生成合成内容新需求新风险", lines[3], False, "b"),
 ("b4", "全面回应了对人工智能生成合成内容标识的要求", None, True, "b"),
 ("b5", "先行提出生成合成内容标识的中国方案", None, False, "b"),
 ("x1", "确保人工智能生成合成内容的透明度义务", None, True, "eu"),
 ("x2", "要求平台添加强制性水印", None, True, "eu"),
 ("x3", "在人工智能生成物中嵌入可溯源数据", None, True, "ca"),
 ("x4", "确保内容来源的透明度", None, True, "ca"),
 ("x5", "初步探讨深度合成内容检测的标准协作安排", None, True, "itu"),
 ("b6", "完善补充生成式人工智能综合治理机制", None, False, "b"),
 ("b7", "支撑了科技向善的治理理念", None, True, "b"),
 ("b8", "贡献发展与安全并行的人工智能治理中国方案", None, False, "b"),
 ("b9", "加强服务商生成合成内容标识的规范性", None, False, "b"),
 ("g1", "在生成或者编辑的信息内容的合理位置、区域进行显著标识", None, True, "g"),
 ("g2", "向公众提示深度合成情况", None, True, "g"),
 ("b10", "进一步推进生成合成内容标识工作", None, False, "b"),
 ("b11", "规范互联网信息服务深度合成管理", None, False, "b"),
 ("b12", "解决生成合成内容标识突出问题", None, False, "b"),
 ("b13", "推进信息网络生态环境治理", None, False, "b"),
 ("b14", "完善生成式人工智能监管问责体系", None, False, "b"),
 ("b15", "清晰界定各主体义务", None, True, "b"),
 ("b16", "压实主体责任", None, True, "b"),
 ("b17", "便利技术检测实施", None, True, "b"),
 ("b18", "落实精准问责", None, True, "b"),
 ("b19", "界定了人工智能生成合成内容的基本概念", None, True, "b"),
 ("b20", "分别规定了具体标识要求", None, True, "b"),
 ("b21", "细化了《规定》提出的深度合成服务提供者和技术支持者行为规范", None, True, "b"),
 ("b22", "促进新技术新应用的规范发展", None, False, "b"),
 # 二
 ("s0", "促进人工智能生成合成内容精细化治理", lines[8], False, "s"),
 ("s1", "进一步明确了《办法》要求和具体操作指引", None, True, "s"),
 ("s2", "区分显式标识和隐式标识规范要求", None, False, "s"),
 ("s3", "满足当前可感知和不可感知的两类标识方法需要", None, False, "s"),
 ("s4", "提出生成合成标签要素、服务提供者要素和内容编号要素等关键指引", None, True, "s"),
 ("s5", "列举显式标识典型应用场景", None, False, "s"),
 ("s6", "针对性、前瞻性开展监管", None, False, "s"),
 ("s7", "规范元数据隐式标识格式要求", None, False, "s"),
 ("s8", "统一、稳定、持续落实隐式标识要求", None, False, "s"),
 ("s9", "展示显式和隐式标识各要求对应示例", None, False, "s"),
 ("s10", "避免因文字表述引发的模糊和歧义", None, True, "s"),
 ("s11", "推动行业协同落实", None, False, "s"),
 ("s12", "提升治理效能", None, False, "s"),
 # 三
 ("m0", "兼顾内容生成合成服务管理与技术创新应用", lines[14], False, "bs"),
 ("a1", "在安全的前提下规范使用、加速发展", None, False, "a"),
 ("a2", "以高水平的治理保障高质量发展", None, False, "a"),
 ("m1", "充分考虑“用”和“管”两侧需求", None, True, "bs"),
 ("m2", "最大限度减少内容标识对于用户使用的影响", None, False, "bs"),
 ("m3", "推动企业自主自愿展示标识", None, False, "bs"),
 ("m4", "提供多种标识方法", None, False, "s"),
 ("m5", "适应更多产品形态", None, False, "s"),
 ("m6", "对于文本内容显式标识创新提出角标形式", None, True, "s"),
 ("m7", "首次提出音频节奏标识", None, True, "s"),
 ("m8", "保障用户使用体验和认知效果", None, True, "s"),
 ("m9", "划分不同主体责任", None, False, "b"),
 ("m10", "精细化避风港原则适用", None, False, "b"),
 ("m11", "对文件元数据中的扩展字段进行核验", None, False, "b"),
 ("m12", "提示用户生成合成内容信息", None, False, "b"),
 ("m13", "在文件元数据中添加传播要素信息", None, False, "b"),
 ("m14", "核验服务提供者是否按要求提供生成合成内容标识功能", None, False, "b"),
 ("m15", "适当调整服务提供者、使用者和传播分发平台的义务分配", None, False, "b"),
 ("m16", "避免相关平台“隐身”于深度合成监管体系", None, False, "b"),
 ("m17", "实现齐抓共管、协同共治的治理机制", None, False, "b"),
 ("m18", "维护健康向善的信息网络生态环境", None, False, "b"),
]
for id, label, e, opt, kind in G:
    goal(id, label, e, optional=opt)
    if kind == "a":
        rel("wei", "proposes", id, optional=opt)
        rel("caict", "hasGoal", id, optional=True)
    elif kind in ("b", "s", "bs"):
        docs = {"b": ["banfa"], "s": ["std"], "bs": ["banfa", "std"]}[kind]
        for d in docs:
            rel(d, "hasGoal", id, optional=opt)
        rel("cac-state", "hasGoal", id, optional=True)
        rel("wei", "proposes", id, optional=True)
    elif kind == "g":
        rel("guiding", "hasGoal", id, optional=True)
    elif kind == "eu":
        rel("euaiact", "hasGoal", id, optional=True)
    elif kind == "ca":
        rel("caact", "hasGoal", id, optional=True)
    elif kind == "itu":
        rel("itureport", "hasGoal", id, optional=True)
        rel("itu", "hasGoal", id, optional=True)
    for t in techs(label):
        rel(id, "involvesTechnology", t, optional=opt)
rel("x2", "involvesTechnology", "watermark", optional=True)

# promotes: the documents and the CAC push 生成式人工智能's regulated development; the author argues for it
rel("cac-state", "promotes", "genai", optional=True)
rel("cac-state", "promotes", "ai", optional=True)
rel("caict", "promotes", "ai", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
