"""Gold annotation of signing-chengdu-hightech-wutang-cybersecurity-base-long-2023 (正式签约！无糖信息网络安全产业示范基地项目落地，助推成渝地区网安产业高品质发展！, 无糖信息 on 安全客 2023-03-01: the company's base project signed with 成都高新区管委会 at the 2023 China cyber and data security industry summit, 成都), by hand per shared/eval/ANNOTATE.md (annotator annH13)."""
ID = "signing-chengdu-hightech-wutang-cybersecurity-base-long-2023"
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
ent("miit", "Agency", "工业和信息化部")
ent("sc-gov", "Agency", "四川省人民政府")
ent("sc-eit", "Agency", "四川省经济和信息化厅")
ent("caict", "Organization", "中国信息通信研究院")
ent("cdht", "Agency", "成都高新技术产业开发区管理委员会")
ent("wutang", "Organization", "无糖信息")
ent("park", "Organization", "国家网络安全产业园区（成渝地区）",
    ["国家网络安全产业园区(成渝地区)", "成渝国家网络安全产业园区"])
ent("gxy", "Organization", "高新园", optional=True)  # one of Chengdu's 四大园区, with its own aim
# ---- people ----
ent("zhang", "Person", "张云明")
rel("zhang", "holdsPost", "miit", post="副部长")
ent("zheng", "Person", "郑备")
rel("zheng", "holdsPost", "sc-gov", post="副省长")
# ---- events ----
ent("summit", "Event", "2023年中国网络和数据安全产业高峰论坛")
rel("zhang", "speaksAt", "summit")  # 出席论坛并致辞
rel("zheng", "speaksAt", "summit")
ent("award", "Event", "国家网络安全产业园区（成渝地区）授牌仪式", optional=True)
ent("signing", "Event", "国家网络安全产业园区(成渝地区)项目集中签约仪式", optional=True)
# ---- places ----
ent("cd", "Place", "成都", ["成都市"])
rel("summit", "locatedIn", "cd")
rel("award", "locatedIn", "cd", optional=True)
rel("signing", "locatedIn", "cd", optional=True)
ent("cy", "Place", "成渝地区", optional=True)
ent("west", "Place", "西部", optional=True)
ent("nation", "Place", "全国", optional=True)
# ---- technologies ----
ent("cyber", "Technology", "网络安全", optional=True)

def G(id, label, evidence, holders=(), opt_holders=(), opt=False):
    assert label in evidence, (label, evidence)
    assert 4 <= len(label) <= 30, label
    ent(id, "Goal", label, optional=opt, evidence=ev(evidence))
    for h in holders: rel(h, "hasGoal", id, optional=opt)
    for h in opt_holders: rel(h, "hasGoal", id, optional=True)
    if "网络安全" in label:
        rel(id, "involvesTechnology", "cyber", optional=True)

# Chengdu's build-up of the park (近年来…加快建设: continuing; the 四大园区 built: past, optional)
e = sent("近年来成都市围绕")
G("c1", "加快建设成渝国家网络安全产业园区成都“一城四园”", e, opt_holders=["cd"])
G("c2", "重点建设了天府、高新、锦江、双流“四大园区”", e, opt_holders=["cd"], opt=True)
# 高新园 and the signed project
e = sent("着力于搭建网络安全高端研发与运营服务基地")
G("h1", "搭建网络安全高端研发与运营服务基地", e, opt_holders=["gxy"])
G("proj", "无糖信息网络安全产业示范基地项目", e, holders=["wutang"], opt_holders=["cdht"])
# what the base (led by 无糖信息) is doing and will do
e = sent("无糖信息等成都网络安全行业代表首批入驻基地")
G("b0", "吸引着更多网络安全行业细分领域厂商集聚", e, holders=["wutang"], opt=True)  # 正逐步…: under way
G("b1", "建立良好的网络安全生态", e, holders=["wutang"])
G("b2", "凝聚更多优质企业抱团发展", e, holders=["wutang"])
G("b3", "形成了一套高品质解决方案", e, holders=["wutang"], opt=True)  # 形成了: done
G("b4", "打造网络安全战略支撑和领军人才培养基地", e, holders=["wutang"])
G("b5", "推动基地内网络安全创新链、产业链、资金链、人才链在深度融合", e, holders=["wutang"])
# what the project's landing will help Chengdu do
e = sent("将助推成都构建资源共享")
G("d1", "构建资源共享、平台共用、产品互补的网络安全良性生态", e, holders=["wutang"], opt_holders=["cd"])
G("d2", "推动成都完备网络安全产业链", e, holders=["wutang"], opt_holders=["cd"])
G("d3", "整合网络安全供应链", e, holders=["wutang"], opt_holders=["cd"])
G("d4", "提升网络安全价值链", e, holders=["wutang"], opt_holders=["cd"])
e = sent("助力成都建设领跑西部")
G("d5", "建设领跑西部、辐射全国的网络安全之城", e, holders=["wutang"], opt_holders=["cd"])
G("d6", "打造全国网络安全产业高地", e, holders=["wutang"], opt_holders=["cd"])
e = sent("努力建成国内领先的网络安全产业示范基地")
G("d7", "努力建成国内领先的网络安全产业示范基地", e, holders=["wutang"])
G("d8", "为成渝地区双城经济圈和现代化产业体系建设筑牢安全底座", e, holders=["wutang"])
G("d9", "提供强大动力", e, holders=["wutang"], opt=True)
rel("wutang", "promotes", "cyber", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
