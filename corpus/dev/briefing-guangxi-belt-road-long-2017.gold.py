"""Gold annotation of briefing-guangxi-belt-road-long-2017 ("一带一路"国际合作高峰论坛举行广西专场记者会), by hand per shared/eval/ANNOTATE.md."""
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
ID = "briefing-guangxi-belt-road-long-2017"
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
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=()):
    """a Goal; evidence defaults to the sentence stating it; by = proposers, body = hasGoal subjects"""
    assert label in text, label
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence) if evidence else sent(label))
    for p in by: rel(p, "proposes", id, optional=optional)
    for p in opt_by: rel(p, "proposes", id, optional=True)
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)
    for t in tech: rel(id, "involvesTechnology", t, optional=optional)
# Events, bodies, people
ent("forum", "Event", "“一带一路”国际合作高峰论坛", ["高峰论坛"])
ent("presser", "Event", "“一带一路”国际合作高峰论坛广西专场记者会", ["广西专场记者会"])
ent("press-centre", "Agency", "高峰论坛新闻中心")
ent("expo", "Event", "中国-东盟博览会")
ent("summit", "Event", "中国-东盟商务与投资峰会")
ent("xi", "Person", "习近平")
ent("yang", "Person", "杨秋")
for id, l in [("gxnews", "广西新闻网"), ("gxdaily", "广西日报"), ("xinhua", "新华社"), ("chinadaily", "中国日报"),
              ("cetv", "中国教育电视台"), ("ceweekly", "中国经济周刊"), ("macau-law", "澳门法治报"), ("chinanet", "中国网")]:
    ent(id, "Organization", l)
rel("yang", "holdsPost", "gxnews", optional=True, post="记者")
rel("yang", "holdsPost", "gxdaily", optional=True, post="记者")
ent("port-net", "Organization", "中国-东盟港口城市合作网络", optional=True)
ent("info-port", "Organization", "中国-东盟信息港", optional=True)
# Places
ent("gx", "Place", "广西")
ent("beijing", "Place", "北京")
ent("nanning", "Place", "南宁", optional=True)
ent("corridor", "Place", "中国-中南半岛经济走廊", optional=True)
ent("landbridge", "Place", "亚欧大陆桥", optional=True)
ent("asean", "Organization", "东盟", optional=True)
ent("china", "Place", "中国", optional=True)
rel("forum", "locatedIn", "beijing")
rel("presser", "locatedIn", "beijing", optional=True)
# Goals stated by 习近平 on his visit
X = "他强调，广西要立足独特区位，释放“海”的潜力，激发“江”的活力，做足“边”的文章，全力实施开放带动战略，推进关键项目落地，夯实提升中国-东盟开放平台，构建全方位开放发展新格局"
goal("x-0", "在“一带一路”建设中发挥更大作用", optional=True, by=["xi"])
goal("x-1", "写好新世纪海上丝路新篇章", by=["xi"])
goal("x-2", "立足独特区位", X, optional=True, by=["xi"])
for i, l in enumerate(["释放“海”的潜力", "激发“江”的活力", "做足“边”的文章", "全力实施开放带动战略", "推进关键项目落地",
                       "夯实提升中国-东盟开放平台", "构建全方位开放发展新格局"], start=3):
    goal(f"x-{i}", l, X, by=["xi"])
# Goals stated at the press conference (the region's own work; no named body holds them)
goal("g-0", "加快实现这一定位", optional=True)
goal("g-1", "参与“一带一路”建设", "5月13日上午，高峰论坛新闻中心就广西参与“一带一路”建设情况举行记者会", optional=True)
C = "目前，广西正以中国-中南半岛经济走廊、中国-东盟港口城市合作网络和中国-东盟信息港这“一廊两港”构建三大国际通道；以中国-东盟博览会、中国-东盟商务与投资峰会、要素资源配置基地和人文交流基地这“两会两基地”，打造多领域交流渠道；以跨境合作园区搭建国际产能合作平台"
goal("c-1", "构建三大国际通道", C)
goal("c-2", "打造多领域交流渠道", C)
goal("c-3", "搭建国际产能合作平台", C)
N1 = "下一步，广西将进一步发挥好、利用好得天独厚的区位优势、港口优势、沿边优势，全面提升开放型经济发展水平，为“一带一路”建设作出新的贡献"
goal("n-1", "发挥好、利用好得天独厚的区位优势、港口优势、沿边优势", N1)
goal("n-2", "全面提升开放型经济发展水平", N1)
goal("n-3", "为“一带一路”建设作出新的贡献", N1)
N2 = "切实做好扩大“南宁渠道”的影响力，依托港口发展，畅通陆路国际大通道，加快制度创新，切实推进一批重大项目落地，继续深化人文交流等六方面工作"
for i, l in enumerate(["扩大“南宁渠道”的影响力", "依托港口发展", "畅通陆路国际大通道", "加快制度创新",
                       "推进一批重大项目落地", "深化人文交流"], start=4):
    goal(f"n-{i}", l, N2)
# topics of the reporters' questions (optional)
goal("q-1", "进一步发展开放型经济", optional=True)
goal("q-2", "促进渝桂新“南向通道”等互联互通建设", optional=True)
goal("q-3", "加强民间交流促进民心相通", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
