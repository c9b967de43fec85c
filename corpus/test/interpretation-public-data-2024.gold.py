"""Gold annotation of interpretation-public-data-2024 (国家数据局答记者问(节选)), by hand per shared/eval/ANNOTATE.md."""
ID = "interpretation-public-data-2024"
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

ent("nda", "Agency", "国家数据局")
ent("ndrc", "Agency", "国家发展改革委")
ent("opinion", "Document", "意见", ["《意见》"])
ent("reg", "Document", "公共数据资源登记管理暂行办法")
ent("auth", "Document", "公共数据资源授权运营实施规范")
ent("training", "Event", "全国数据系统业务培训班", optional=True)
rel("reg", "publishedBy", "nda"); rel("auth", "publishedBy", "nda")
rel("opinion", "publishedBy", "nda", optional=True)
stat("s-groups", "组建数据集团的地方", "111个", "省市两级已有111个地方组建了数据集团")
G = [("g1", "推动《意见》落地见效", "共同推动《意见》落地见效", False),
     ("g2", "强化政策保障", "我们还将围绕公共数据资源“供得出、流得动、用得好、保安全”,强化政策保障", False),
     ("g3", "加大项目和经费支持力度", "加大项目和经费支持力度", False),
     ("g4", "提高技术能力和安全水平", "提高技术能力和安全水平", False),
     ("g5", "加快释放公共数据的要素价值", "加快释放公共数据的要素价值", False),
     ("g6", "深入开展政策宣传解读", "发布会后,我们还将深入开展政策宣传解读", False),
     ("g7", "举办全国数据系统业务培训班", "本月底将举办全国数据系统业务培训班", False),
     ("g8", "加快制定配套政策", "我们将加快制定配套政策", False),
     ("g9", "面向社会公开征求意见", "两个配套政策一周内将面向社会公开征求意见", False),
     ("g10", "研究制定相关价格政策文件", "我们也正会同国家发展改革委,研究制定相关价格政策文件,近期即将出台", False),
     ("g11", "加紧建立工作机制", "我们将加紧建立工作机制", False)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt); rel("nda", "hasGoal", id, optional=opt)
rel("ndrc", "hasGoal", "g10", optional=True)
rel("opinion", "hasGoal", "g1", optional=True)
for id, l, e in [("o1", "建立公共数据资源登记制度", "《意见》明确,要建立公共数据资源登记制度"),
                 ("o2", "适时制定授权运营管理规定", "《意见》提出,适时制定授权运营管理规定"),
                 ("o3", "加强对授权运营工作的统筹管理", "《意见》要求加强对授权运营工作的统筹管理"),
                 ("o4", "明确数据管理机构", "明确数据管理机构")]:
    goal(id, l, e); rel("opinion", "hasGoal", id)
goal("o5", "公共数据资源开发利用的“1+3”政策规则体系", "这就形成了公共数据资源开发利用的“1+3”政策规则体系", optional=True); rel("nda", "hasGoal", "o5", optional=True)
goal("x1", "理顺数据管理、资源整合和开发利用的关系", "进一步理顺数据管理、资源整合和开发利用的关系", optional=True)
rel("nda", "hasGoal", "x1", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
