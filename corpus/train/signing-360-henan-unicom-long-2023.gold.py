"""Gold annotation of signing-360-henan-unicom-long-2023 (360与河南联通达成战略合作，共探人工智能大模型与产业的结合应用), by hand per shared/eval/ANNOTATE.md."""
ID = "signing-360-henan-unicom-long-2023"
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


# events and places
ent("isc", "Event", "ISC 2023第十一届互联网安全大会", ["第十一届互联网安全大会"])
ent("summit", "Event", "“AI新场景安全新边界”技术高峰会")
ent("cer", "Event", "战略签约仪式", ["签约仪式"], optional=True)
ent("cnec", "Place", "北京国家会议中心")
ent("bj", "Place", "北京", optional=True)
rel("isc", "locatedIn", "cnec")
rel("summit", "locatedIn", "cnec", optional=True)
rel("cer", "locatedIn", "cnec", optional=True)
ent("hn", "Place", "河南省")
ent("zz", "Place", "郑州", ["郑州市"])
ent("cn", "Place", "中国", optional=True)
# bodies
ent("q360", "Organization", "360集团", ["360"])
ent("q360ds", "Organization", "360数字安全集团")
rel("q360ds", "subOrganizationOf", "q360", optional=True)
ent("army", "Organization", "企业军团", optional=True)
rel("army", "subOrganizationOf", "q360ds", optional=True)
ent("eco", "Organization", "生态与战略合作中心")
rel("eco", "subOrganizationOf", "q360")
ent("cu", "Organization", "中国联通集团", ["中国联通"])
ent("cu-sec", "Organization", "网络与信息安全部", ["中国联通集团网络与信息安全部"])
rel("cu-sec", "subOrganizationOf", "cu")
ent("hnu", "Organization", "中国联通河南省分公司", ["河南联通"])
rel("hnu", "subOrganizationOf", "cu", optional=True)
ent("bg", "Organization", "政企BG")
rel("bg", "subOrganizationOf", "hnu")
ent("zzdata", "Agency", "郑州市大数据管理局")
ent("agr", "Document", "战略合作协议", optional=True)
rel("agr", "publishedBy", "q360", optional=True)
rel("agr", "publishedBy", "hnu", optional=True)
# people
ent("zhou", "Person", "周鸿祎"); rel("zhou", "holdsPost", "q360", post="创始人")
ent("ye", "Person", "叶健"); rel("ye", "holdsPost", "q360", post="首席运营官")
ent("hu", "Person", "胡振泉"); rel("hu", "holdsPost", "q360ds", post="总裁")
ent("zm", "Person", "周猛"); rel("zm", "holdsPost", "q360ds", post="副总裁")
rel("zm", "holdsPost", "army", post="负责人", optional=True)
ent("miao", "Person", "苗守野"); rel("miao", "holdsPost", "cu-sec", post="总经理")
ent("tong", "Person", "童海波"); rel("tong", "holdsPost", "hnu", post="党委书记、总经理")
ent("wx", "Person", "王新"); rel("wx", "holdsPost", "zzdata", post="党组书记、局长")
ent("zhu", "Person", "朱焰天"); rel("zhu", "holdsPost", "hnu", post="党委书记、副总经理")
rel("zhu", "holdsPost", "bg", post="总裁")
ent("liu", "Person", "刘兆辉"); rel("liu", "holdsPost", "q360", post="副总裁")
rel("liu", "holdsPost", "eco", post="负责人", optional=True)
ent("wyz", "Person", "王一哲"); rel("wyz", "holdsPost", "bg", post="常务副总裁")
for p in ("liu", "wyz"):
    rel(p, "speaksAt", "cer", optional=True)
# technologies
T = [("cloud", "云计算", (), False), ("bd", "大数据", (), False), ("iot", "物联网", (), False),
     ("ai", "人工智能", ("AI",), False), ("dsec", "数字安全", (), True), ("gpt", "GPT", (), False),
     ("strongai", "强人工智能", (), True), ("superai", "超级人工智能", (), True),
     ("llm", "大模型", ("人工智能大模型", "行业大模型"), False), ("aicc", "智算中心", (), True),
     ("zhinao", "360智脑", (), False), ("5g", "5G", (), False),
     ("soc", "360一体化安全运营支撑平台", (), True), ("secaas", "安全即服务", (), True),
     ("range", "实网攻防靶场", (), True), ("vrange", "虚拟仿真靶场", (), True),
     ("ransom", "勒索软件", (), True), ("apt", "APT", (), True)]
for id, l, a, opt in T:
    ent(id, "Technology", l, a, optional=opt)

def G(id, l, e=None, opt=False, bodies=(), obodies=(), tech=(), otech=()):
    goal(id, l, e, optional=opt)
    for b in bodies: rel(b, "hasGoal", id, optional=opt)
    for b in obodies: rel(b, "hasGoal", id, optional=True)
    for t in tech: rel(id, "involvesTechnology", t, optional=opt)
    for t in otech: rel(id, "involvesTechnology", t, optional=True)

BOTH = ("q360", "hnu")
E1 = "双方将发挥各自资源优势，为政府、企业提供优质的云计算、大数据、物联网、人工智能、数字安全等能力，共同推进政企单位数字化转型升级"
G("g1", "发挥各自资源优势", E1, opt=True, bodies=BOTH)
G("g2", "提供优质的云计算、大数据、物联网、人工智能、数字安全等能力", E1, bodies=BOTH, tech=("cloud", "bd", "iot", "ai"), otech=("dsec",))
G("g3", "共同推进政企单位数字化转型升级", E1, bodies=BOTH)
E2 = "本次合作，双方将合作共建智算中心，基于360智脑训练行业大模型，打造终端应用场景，实现GPT整体成本的降低和AI产业水平的提升，助力传统产业数字化转型"
G("g4", "合作共建智算中心", E2, bodies=BOTH, otech=("aicc",))
G("g5", "基于360智脑训练行业大模型", E2, bodies=BOTH, tech=("zhinao", "llm"))
G("g6", "打造终端应用场景", E2, bodies=BOTH)
G("g7", "实现GPT整体成本的降低", E2, bodies=BOTH, tech=("gpt",))
G("g8", "AI产业水平的提升", E2, bodies=BOTH, tech=("ai",))
G("g9", "助力传统产业数字化转型", E2, bodies=BOTH)
E3 = "此外，还将依托360在人工智能核心技术上的积累，帮助河南联通打造安全可控的自有GPT，实现数字化到智能化的转型，成为城市数字化中枢"
G("g10", "依托360在人工智能核心技术上的积累", E3, opt=True, bodies=("q360",), tech=("ai",))
G("g11", "帮助河南联通打造安全可控的自有GPT", E3, bodies=("q360",), obodies=("hnu",), tech=("gpt",))
G("g12", "实现数字化到智能化的转型", E3, bodies=("hnu",), obodies=("q360",))
G("g13", "成为城市数字化中枢", E3, bodies=("hnu",))
E4 = "在数字安全方面，360集团将发挥自身安全能力，为郑州城市安全筑牢安全屏障。以免费为中小微企业提供网络安全保障服务为切入点，解决郑州市中小微企业“安全裸奔”的问题，助力中小微企业数字化转型"
G("g14", "发挥自身安全能力", E4, opt=True, bodies=("q360",))
G("g15", "为郑州城市安全筑牢安全屏障", E4, bodies=("q360",))
G("g16", "免费为中小微企业提供网络安全保障服务", E4, bodies=("q360",))
G("g17", "解决郑州市中小微企业“安全裸奔”的问题", E4, bodies=("q360",))
G("g18", "助力中小微企业数字化转型", E4, bodies=("q360",))
E5 = "同时，依托360一体化安全运营支撑平台，以“安全即服务”托管运营新模式，围绕资产运维与风险管理、威胁监测与智能分析、处置协同与响应指挥、实战能力评估与演练四个维度，实现常态化7*24小时全天候、全方位的威胁监测，实现整体持续安全运营"
G("g19", "依托360一体化安全运营支撑平台", E5, opt=True, bodies=("q360",), otech=("soc",))
G("g20", "以“安全即服务”托管运营新模式", E5, opt=True, bodies=("q360",), otech=("secaas",))
G("g21", "实现常态化7*24小时全天候、全方位的威胁监测", E5, bodies=("q360",))
G("g22", "实现整体持续安全运营", E5, bodies=("q360",))
for i, l in enumerate(["资产运维与风险管理", "威胁监测与智能分析", "处置协同与响应指挥", "实战能力评估与演练"]):
    G(f"g22{'abcd'[i]}", l, E5, opt=True, bodies=("q360",))
E6 = "此外，双方将发挥各自优势共同推进网络安全产业链相关工作，如实网攻防靶场和虚拟仿真靶场的战训新模式，共同建立“网络安全高端人才实践基地”；积极承担国家课题，深入推进核心技术攻关，强化抵御勒索软件、APT等新型网络攻击的能力"
G("g23", "共同推进网络安全产业链相关工作", E6, bodies=BOTH)
G("g24", "实网攻防靶场和虚拟仿真靶场的战训新模式", E6, opt=True, bodies=BOTH, otech=("range", "vrange"))
G("g25", "共同建立“网络安全高端人才实践基地”", E6, bodies=BOTH)
G("g26", "积极承担国家课题", E6, bodies=BOTH)
G("g27", "深入推进核心技术攻关", E6, bodies=BOTH)
G("g28", "强化抵御勒索软件、APT等新型网络攻击的能力", E6, bodies=BOTH, otech=("ransom", "apt"))
E7 = "将共同探索人工智能大模型在不同产业、不同地区、不同场景的创新应用，与此同时，为河南省做好数字安全保障工作，打造中国网络安全产业合作发展的新典范，助力政企数字化转型升级"
G("g29", "探索人工智能大模型在不同产业、不同地区、不同场景的创新应用", E7, bodies=BOTH, tech=("llm",))
G("g30", "为河南省做好数字安全保障工作", E7, bodies=BOTH)
G("g31", "打造中国网络安全产业合作发展的新典范", E7, bodies=BOTH)
G("g32", "助力政企数字化转型升级", E7, bodies=BOTH)
G("g33", "共探人工智能大模型与产业的结合应用", "360与河南联通达成战略合作，共探人工智能大模型与产业的结合应用", opt=True, bodies=BOTH, tech=("llm",))

# promotes (through the goals above)
for t in ("cloud", "bd", "iot", "ai", "llm", "gpt", "zhinao"):
    rel("q360", "promotes", t)
for t in ("cloud", "bd", "iot", "ai", "llm", "gpt"):
    rel("hnu", "promotes", t)
for t in ("aicc", "soc", "secaas", "range", "vrange"):
    rel("q360", "promotes", t, optional=True)
rel("hnu", "promotes", "aicc", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
