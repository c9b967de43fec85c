"""Gold annotation of proposal-sichuan-parties-2023 (各民主党派四川省委会为四川多领域发展建言献策), by hand per shared/eval/ANNOTATE.md."""
ID = "proposal-sichuan-parties-2023"
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

ent("cnsweb", "Organization", "中新网")
ent("yue", "Person", "岳依桐")
ent("wanglw", "Person", "王利文")
ent("session", "Event", "政协四川省第十三届委员会第一次会议")
ent("sc-cppcc", "Agency", "政协四川省第十三届委员会", optional=True)
ent("sc-fic", "Organization", "省工商联", optional=True)
ent("mg-sc", "Organization", "民革四川省委会")
ent("mj-sc", "Organization", "民建四川省委会")
ent("song", "Person", "宋秋")
ent("li", "Person", "李芳芳")
rel("song", "holdsPost", "mg-sc", post="副主委")
rel("li", "holdsPost", "mj-sc", post="专职副主委")
ent("chengdu", "Place", "成都")
rel("session", "locatedIn", "chengdu")
ent("sichuan", "Place", "四川", ["四川省"])
ent("cy", "Place", "成渝地区双城经济圈")
ent("chuanyu", "Place", "川渝地区")
ent("cq", "Place", "重庆市")
ent("d-plan", "Document", "巴蜀文化旅游走廊建设规划", ["《巴蜀文化旅游走廊建设规划》"])
ent("s-caves", "Statistic", "川渝地区石窟寺数量", value="2850处", evidence=ev("川渝地区共有石窟寺2850处"))
ent("s-share", "Statistic", "川渝石窟寺占全国总数比例", value="47.6%", evidence=ev("占全国石窟寺总数的47.6%"))
ent("iiot", "Technology", "工业互联网")
ent("ad", "Technology", "自动驾驶")
ent("telemed", "Technology", "远程医疗", optional=True)
ent("compute", "Technology", "算力", optional=True)
ent("edws", "Technology", "“东数西算”工程", ["东数西算"], optional=True)
MG = [("m0", "打造巴蜀石窟寺文旅走廊", "民革四川省委会围绕打造巴蜀石窟寺文旅走廊", ["加快打造巴蜀石窟寺文旅走廊"]),
      ("m1", "提升成渝地区双城经济圈文化传播力", "提升成渝地区双城经济圈文化传播力这一主题", []),
      ("m2", "构建巴蜀石窟寺文旅走廊合作机制", "提出构建巴蜀石窟寺文旅走廊合作机制", []),
      ("m3", "搭建巴蜀石窟寺保护和研究平台", "搭建巴蜀石窟寺保护和研究平台", []),
      ("m4", "建设巴蜀石窟寺博物馆群落", "建设巴蜀石窟寺博物馆群落", []),
      ("m5", "打造巴蜀石窟寺文旅产品和线路体系", "打造巴蜀石窟寺文旅产品和线路体系", []),
      ("m6", "做好巴蜀石窟寺文旅走廊的形象推广", "做好巴蜀石窟寺文旅走廊的形象推广", [])]
for id, l, e, al in MG:
    ent(id, "Goal", l, al, evidence=ev(e)); rel("mg-sc", "hasGoal", id)
    rel("song", "proposes", id, optional=(id != "m0"))
goal("m7", "贯彻落实《巴蜀文化旅游走廊建设规划》", "建议以贯彻落实《巴蜀文化旅游走廊建设规划》为契机", optional=True)
rel("song", "proposes", "m7", optional=True); rel("mg-sc", "hasGoal", "m7", optional=True)
rel("d-plan", "hasGoal", "m0", optional=True)
MJ = [("j0", "用好“东数西算”工程政策红利", "建议四川用好“东数西算”工程政策红利", ["牢牢把握国家实施“东数西算”工程这一机遇"], True),
      ("j1", "提档加速成渝枢纽建设", "提档加速成渝枢纽建设", [], False),
      ("j2", "着力构建“四川特色”现代产业体系", "着力构建“四川特色”现代产业体系", [], False),
      ("j3", "加强协同统筹工作", "通过加强协同统筹工作、持续优化电价机制、创新做好算力消纳工作等举措", [], False),
      ("j4", "持续优化电价机制", "持续优化电价机制", [], False),
      ("j5", "创新做好算力消纳工作", "创新做好算力消纳工作", [], False),
      ("j6", "加快构筑数字经济发展高地", "助力四川省加快构筑数字经济发展高地", [], False),
      ("j7", "优先发展工业互联网、金融证券、远程医疗、灾害预警、自动驾驶等实时在线类“热数据”", "优先发展工业互联网、金融证券、远程医疗、灾害预警、自动驾驶等实时在线类“热数据”", [], True),
      ("j8", "加强与重庆市协调力度", "加强与重庆市协调力度", [], True),
      ("j9", "共同成立算力枢纽管理中心", "共同成立算力枢纽管理中心", [], True),
      ("j10", "形成集聚效应", "形成集聚效应", [], True),
      ("j11", "抱团出击抢占更大市场份额", "抱团出击抢占更大市场份额", [], True)]
for id, l, e, al, by_li in MJ:
    if len(l) > 30: l = "优先发展工业互联网、金融证券、远程医疗、灾害预警、自动驾驶"
    ent(id, "Goal", l, al, evidence=ev(e)); rel("mj-sc", "hasGoal", id)
    if by_li: rel("li", "proposes", id)
for t in ("iiot", "ad"):
    rel("j7", "involvesTechnology", t); rel("mj-sc", "promotes", t)
rel("j7", "involvesTechnology", "telemed", optional=True); rel("mj-sc", "promotes", "telemed", optional=True)
for g in ("j5", "j9"):
    rel(g, "involvesTechnology", "compute", optional=True)
rel("mj-sc", "promotes", "compute", optional=True)
rel("j0", "involvesTechnology", "edws", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
