"""Gold annotation of signing-sichuan-geely-2023 (我省与浙江吉利控股集团签署战略合作协议 王晓晖会见李书福 黄强李书福见证协议签署), by hand per shared/eval/ANNOTATE.md."""
ID = "signing-sichuan-geely-2023"
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
    assert label in evidence, (label, evidence)
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

ent("sc-gov", "Agency", "四川省政府")
ent("sc-cpc", "Agency", "四川省委", ["省委"])
ent("geely", "Organization", "浙江吉利控股集团", ["吉利控股集团"])
ent("cgnews", "Organization", "川观新闻")
ent("cd-gov", "Agency", "成都市", optional=True)
ent("sichuan", "Place", "四川", ["川"])
ent("chengdu", "Place", "成都")
ent("ceremony", "Event", "签约仪式", ["协议签署仪式"], optional=True)
rel("ceremony", "locatedIn", "chengdu", optional=True)
ent("agreement", "Document", "战略合作协议", optional=True)
rel("agreement", "publishedBy", "sc-gov", optional=True)
rel("agreement", "publishedBy", "geely", optional=True)
# people
ent("wangxh", "Person", "王晓晖"); rel("wangxh", "holdsPost", "sc-cpc", post="书记")
ent("lisf", "Person", "李书福"); rel("lisf", "holdsPost", "geely", post="董事长")
ent("huangq", "Person", "黄强")
rel("huangq", "holdsPost", "sc-cpc", post="副书记"); rel("huangq", "holdsPost", "sc-gov", post="省长")
ent("zhengb", "Person", "郑备"); rel("zhengb", "holdsPost", "sc-gov", post="副省长")
ent("yuxl", "Person", "俞学良"); rel("yuxl", "holdsPost", "geely", post="高级副总裁")
ent("chenw", "Person", "陈炜"); rel("chenw", "holdsPost", "sc-cpc", post="常委、秘书长")
ent("wangfc", "Person", "王凤朝"); rel("wangfc", "holdsPost", "cd-gov", post="市长", optional=True)
ent("lim", "Person", "李淼"); ent("zhangld", "Person", "张立东")
rel("lim", "holdsPost", "cgnews", post="记者", optional=True); rel("zhangld", "holdsPost", "cgnews", post="记者", optional=True)
# technologies
ent("nev", "Technology", "新能源汽车", optional=True)
ent("icv", "Technology", "智能网联汽车", ["智能网联"], optional=True)
# goals set by the agreement (双方将…)
P = lines[3]
A = "双方将围绕新能源汽车、智能网联、产教融合、新产业新业态拓展等方面全面深化合作"
G = [("g1", "全面深化合作", A, False),
     ("g2", "支持吉利控股集团在川发展壮大", "积极支持吉利控股集团在川发展壮大和世界一流汽车企业建设", False),
     ("g3", "打造全国重要的新能源汽车研发制造基地", "共同打造全国重要的新能源汽车研发制造基地", False),
     ("g4", "推进四川制造强省建设", "推进四川制造强省建设", False),
     ("g5", "加快构建以实体经济为支撑的现代化产业体系", "加快构建以实体经济为支撑的现代化产业体系", False)]
# topics of the meeting (交换了意见): a reader may or may not take them as aims
G += [("m1", "抢抓国家重大战略机遇", "双方围绕抢抓国家重大战略机遇", True),
      ("m2", "优化产业布局", "进一步优化产业布局", True),
      ("m3", "加快推进重点项目建设", "加快推进重点项目建设", True),
      ("m4", "拓展新能源汽车和智能网联汽车产业合作新空间", "拓展新能源汽车和智能网联汽车产业合作新空间", True),
      ("m5", "促进产业数字化转型", "促进产业数字化转型", True)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("sc-gov", "hasGoal", id, optional=opt)
    rel("geely", "hasGoal", id, optional=opt)
for g in ("g1", "m4"):
    rel(g, "involvesTechnology", "nev", optional=True); rel(g, "involvesTechnology", "icv", optional=True)
rel("g3", "involvesTechnology", "nev", optional=True)
for b in ("sc-gov", "geely"):
    rel(b, "promotes", "nev", optional=True); rel(b, "promotes", "icv", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
