"""Gold annotation of forum-digital-china-summit-2025 (第八届数字中国建设峰会主论坛举行), by hand per shared/eval/ANNOTATE.md."""
ID = "forum-digital-china-summit-2025"
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
    if "evidence" in kw: ev(kw["evidence"])
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def goal(id, label, evidence, optional=False):
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)
ent("summit", "Event", "第八届数字中国建设峰会", ["数字中国建设峰会"])
P = [("wangqm", "王钦敏"), ("zhouzy", "周祖翼"), ("zhaolong", "赵龙"), ("tengjc", "滕佳材"), ("liulh", "刘烈宏"), ("zhuangrw", "庄荣文"),
     ("xiangli", "相里斌"), ("xiongjj", "熊继军"), ("guonn", "郭宁宁"), ("wuhq", "邬贺铨"), ("jiangdt", "江敦涛"), ("kerw", "柯瑞文"),
     ("liuyh", "刘永好"), ("chenzy", "陈忠岳"), ("linxf", "林孝发"), ("jiaxb", "贾西贝")]
for id, l in P:
    ent(id, "Person", l)
ent("xi", "Person", "习近平", optional=True)
ent("cppcc", "Agency", "全国政协")
ent("egov-comm", "Agency", "国家电子政务专家委员会")
ent("fj-cpc", "Agency", "福建省委", ["省委"])
ent("fj-cppcc", "Agency", "省政协")
ent("ndrc", "Agency", "国家发展改革委", ["国家发改委"])
ent("nda", "Agency", "国家数据局")
ent("prop", "Agency", "中央宣传部")
ent("cac-c", "Agency", "中央网信办")
ent("cac", "Agency", "国家网信办")
ent("miit", "Agency", "工信部")
ent("fz-cpc", "Agency", "福州市委")
ent("data-comm", "Agency", "国家数据专家咨询委员会")
ent("cpc", "Agency", "党中央", optional=True)
for id, l in [("ct", "中国电信"), ("newhope", "新希望集团"), ("cu", "中国联通"), ("jomoo", "九牧集团"), ("huaao", "华傲数据")]:
    ent(id, "Organization", l)
ent("fujian", "Place", "福建")
ent("fuzhou", "Place", "福州")
ent("cq", "Place", "重庆", optional=True)
G = [("g-study", "深入学习贯彻习近平总书记关于数字中国的重要论述", "要深入学习贯彻习近平总书记关于数字中国的重要论述"),
     ("g-impl", "贯彻落实党中央决策部署", "贯彻落实党中央决策部署"),
     ("g-platform", "发挥数字中国建设峰会平台作用", "发挥数字中国建设峰会平台作用"),
     ("g-exch", "深化交流、凝聚共识、增进合作", "进一步深化交流、凝聚共识、增进合作"),
     ("g-drive", "携手推进创新驱动、数字赋能、协同共治", "携手推进创新驱动、数字赋能、协同共治"),
     ("g-merge", "促进数字经济与实体经济深度融合", "促进数字经济与实体经济深度融合"),
     ("g-dc", "加快建设数字中国、网络强国", "为加快建设数字中国、网络强国,推进中国式现代化作出新的更大贡献"),
     ("g-modern", "推进中国式现代化", "推进中国式现代化作出新的更大贡献")]
speakers = ("wangqm", "zhuangrw", "xiangli", "xiongjj", "guonn", "wuhq", "jiangdt", "kerw", "liuyh", "chenzy", "linxf", "jiaxb")
for id, l, e in G:
    goal(id, l, e)
    for p in speakers:
        rel(p, "proposes", id, optional=True)
goal("g-theme", "数智引领高质量发展", "围绕“二十五载奋进路 数字中国谱新篇——数智引领高质量发展”主题", optional=True)
for p in speakers:
    rel(p, "speaksAt", "summit")
rel("liulh", "speaksAt", "summit", optional=True)
rel("summit", "locatedIn", "fuzhou")
H = [("wangqm", "cppcc", "副主席", True), ("wangqm", "egov-comm", "主任", False), ("zhouzy", "fj-cpc", "书记", False),
     ("tengjc", "fj-cppcc", "主席", False), ("liulh", "ndrc", "党组成员", False), ("liulh", "nda", "局长", False),
     ("zhuangrw", "prop", "副部长", False), ("zhuangrw", "cac-c", "主任", False), ("zhuangrw", "cac", "主任", False),
     ("xiangli", "ndrc", "副主任", False), ("xiongjj", "miit", "副部长", False), ("guonn", "fj-cpc", "常委", False),
     ("guonn", "fz-cpc", "书记", False), ("wuhq", "data-comm", "主任", False), ("kerw", "ct", "董事长", False),
     ("liuyh", "newhope", "董事长", False), ("chenzy", "cu", "董事长", False), ("linxf", "jomoo", "董事长", False),
     ("jiaxb", "huaao", "创始人", True)]
for p, o, post, opt in H:
    rel(p, "holdsPost", o, post=post, optional=opt)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
