"""Gold annotation of forum-cyber-data-security-industry-summit-chengdu-long-2023 (2023年中国网络和数据安全产业高峰论坛召开), by hand per shared/eval/ANNOTATE.md (annP16; no extractor was run or read)."""
ID = "forum-cyber-data-security-industry-summit-chengdu-long-2023"
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
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=(), opt_tech=()):
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
    for t in opt_tech: rel(id, "involvesTechnology", t, optional=True)

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

# Event, places
ent("forum", "Event", "2023年中国网络和数据安全产业高峰论坛", ["高峰论坛"])
ent("chengdu", "Place", "成都")
ent("sichuan", "Place", "四川")
rel("forum", "locatedIn", "chengdu")
rel("forum", "locatedIn", "sichuan", optional=True)
ent("chuanyu", "Place", "川渝", optional=True)
ent("chengyu", "Place", "成渝地区", optional=True)
ent("china", "Place", "我国", optional=True)
ent("cpc20", "Event", "党的二十大")
ent("report20", "Document", "党的二十大报告")
rel("report20", "adoptedAt", "cpc20", optional=True)
ent("xi", "Person", "习近平", optional=True)   # only inside 习近平新时代中国特色社会主义思想
# bodies
ent("miit", "Agency", "工业和信息化部")
ent("sc-gov", "Agency", "四川省人民政府")
ent("sc-eit", "Agency", "四川省经济和信息化厅")
rel("sc-eit", "subOrganizationOf", "sc-gov", optional=True)
ent("park", "Organization", "国家网络安全产业园区（成渝地区）", ["国家网络安全产业园区(成渝地区)"])
ent("park-cd", "Organization", "成都园区", optional=True)
ent("park-cq", "Organization", "重庆园区", optional=True)
rel("park-cd", "subOrganizationOf", "park", optional=True)
rel("park-cq", "subOrganizationOf", "park", optional=True)
ent("aqniu", "Organization", "安全牛", optional=True)   # the publishing account, on the source line
# people
ent("zhangym", "Person", "张云明")
rel("zhangym", "holdsPost", "miit", post="党组成员、副部长")
rel("zhangym", "speaksAt", "forum")
ent("zhaig", "Person", "翟刚")
rel("zhaig", "holdsPost", "sc-eit", post="厅长")
rel("zhaig", "speaksAt", "forum", optional=True)   # 表示 at the forum (大会) where the park got its plaque
# technologies
ent("cybersec", "Technology", "网络安全", optional=True)
ent("datasec", "Technology", "数据安全", optional=True)

# the forum's aims, set by its hosts (no speaker states them)
fs = sent("立足“十四五”新发展阶段")
goal("f1", "交流网络和数据安全产业发展的先进经验", fs, opt_body=["miit", "sc-gov"])
goal("f2", "传递新理念", fs, opt_body=["miit", "sc-gov"])

# the 二十大 report as quoted by 张云明
zs0 = sent("党的二十大报告提出")
for i, l in enumerate(["建设现代化产业体系", "强化网络、数据安全保障体系建设", "着力提升产业链供应链韧性和安全水平"]):
    goal(f"r{i}", l, zs0, body=["report20"], opt_by=["zhangym"], opt_tech=(["cybersec", "datasec"] if i == 1 else []))

# 张云明 for 工业和信息化部 (将…)
Z = dict(by=["zhangym"], body=["miit"])
zs1 = sent("工业和信息化部将坚持")
goal("z1", "坚持以习近平新时代中国特色社会主义思想为指导", zs1, **Z)
goal("z2", "深入学习贯彻党的二十大精神", zs1, **Z)
goal("z3", "统筹发展和安全", zs1, **Z)
goal("z4", "全力推进网络和数据安全产业高质量发展", zs1, opt_tech=["cybersec", "datasec"], **Z)
goal("z5", "护航制造强国、网络强国、数字中国建设", zs1, **Z)
ZG = [("坚持创新驱动", ["夯实产业根基"], ["开展原创性、引领性、基础性安全技术攻关", "打造区域级、行业级安全运营服务中心",
                                       "培育一批网络和数据安全创新平台和领跑企业"]),
      ("坚持双向发力", ["提振发展动能"], ["推动传统安全产品服务提质升级", "深化网络安全试点示范",
                                       "推进中小企业安全数字化转型", "促进供需高效对接"]),
      ("坚持多方参与", ["完善产业生态"], ["加强产业园区顶层设计", "构建梯度培育体系", "建立健全产融合作机制",
                                       "培育公平竞争市场环境"]),
      ("坚持选育结合", ["壮大人才队伍"], ["建立健全人才发现、选拔、培育、激励机制", "深化产教融合、校企合作、实战训练",
                                       "健全人才评价体系", "强化人才供需精准对接"])]
for k, (head, aims, tasks) in enumerate(ZG):
    hs = sent(head)
    goal(f"z{k}h", head, hs, **Z)
    for j, l in enumerate(aims):
        goal(f"z{k}a{j}", l, hs, **Z)
    for j, l in enumerate(tasks):
        goal(f"z{k}t{j}", l, sent(l), opt_tech=(["cybersec"] if "网络安全" in l else []), **Z)

# 翟刚 on the park (the park the holder; his department optional)
P = dict(by=["zhaig"], body=["park"], opt_body=["sc-eit"])
ps1 = sent("以服务保障国家战略")
goal("p1", "服务保障国家战略", ps1, **P)
goal("p2", "推动网络安全产业高质量发展", ps1, opt_tech=["cybersec"], **P)
goal("p3", "充分发挥川渝两地产业、技术、人才优势", ps1, **P)
goal("p4", "着力建设特色突出、国内领先、世界一流的网络安全产业集聚区", ps1, opt_tech=["cybersec"], **P)
ps2 = sent("以成都园区和重庆园区为主体")
goal("p5", "以成都园区和重庆园区为主体", ps2, optional=True, opt_by=["zhaig"], opt_body=["park"])
goal("p6", "吸纳有条件的市州、区县融入国家园区建设", ps2, **P)
goal("p7", "构建“双城七园一大区”总体布局", ps2, **P)
goal("p8", "形成“多点支撑、辐射全国、优势互补、协同发展”的新格局", ps2, **P)
ps3 = sent("下一步，国家网络安全产业园区")
goal("p9", "产业综合实力大幅跃升", ps3, **P)
goal("p10", "产业集聚加快形成", ps3, **P)
goal("p11", "产业生态持续优化", ps3, **P)
goal("p12", "加快建成国内领先的网络安全产业集群", ps3, opt_tech=["cybersec"], **P)
goal("p13", "为成渝地区双城经济圈和现代化产业体系建设筑牢安全底座", ps3, **P)
goal("p14", "提供强大动力", ps3, optional=True, opt_by=["zhaig"], opt_body=["park"])

# statistics
stat("st-rev", "以园区为主的网络安全产业近三年累计收入", "1000亿元",
     "近三年以园区为主的网络安全产业累计收入突破1000亿元")

for b in ("miit", "park"):
    rel(b, "promotes", "cybersec", optional=True)
rel("miit", "promotes", "datasec", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
