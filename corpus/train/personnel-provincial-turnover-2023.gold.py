"""Gold annotation of personnel-provincial-turnover-2023 (20余省份完成换届,这些正部级岗位迎来新人), by hand per shared/eval/ANNOTATE.md."""
ID = "personnel-provincial-turnover-2023"
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

ent("cns", "Organization", "中新网")
ent("kanf", "Person", "阚枫"); rel("kanf", "holdsPost", "cns", post="记者", optional=True)
ent("lianghui", "Event", "2023年省级地方两会", ["省级地方两会", "省级两会"])
ent("renda", "Event", "省级人代会", optional=True)
A = [("sh-npc", "上海市人大常委会"), ("sh-cppcc", "上海市政协"), ("tj-npc", "天津市人大常委会"), ("cq-npc", "重庆市人大常委会"),
     ("cq-cppcc", "重庆市政协"), ("xj-npc", "新疆维吾尔自治区人大常委会"), ("xj-cpc", "新疆维吾尔自治区党委")]
for id, l in A:
    ent(id, "Agency", l)
ent("xj-ufw", "Agency", "统战部"); rel("xj-ufw", "subOrganizationOf", "xj-cpc")
ent("dongyh", "Person", "董云虎"); rel("dongyh", "holdsPost", "sh-npc", post="主任"); rel("dongyh", "holdsPost", "sh-cppcc", post="主席", optional=True)
ent("yuyl", "Person", "喻云林"); rel("yuyl", "holdsPost", "tj-npc", post="主任")
ent("wangj", "Person", "王炯"); rel("wangj", "holdsPost", "cq-npc", post="主任"); rel("wangj", "holdsPost", "cq-cppcc", post="主席", optional=True)
ent("zumrat", "Person", "祖木热提·吾布力"); rel("zumrat", "holdsPost", "xj-npc", post="主任")
rel("zumrat", "holdsPost", "xj-cpc", post="常委", optional=True); rel("zumrat", "holdsPost", "xj-ufw", post="部长", optional=True)
for id, n in [("yiny", "殷勇"), ("lianghl", "梁惠玲"), ("zhaog", "赵刚"), ("jinxj", "金湘军")]:
    ent(id, "Person", n)
for id, l in [("bj", "北京"), ("sh", "上海"), ("tj", "天津"), ("cq", "重庆"), ("gd", "广东"), ("xz", "西藏"), ("xj", "新疆"),
              ("heb", "河北"), ("sx", "山西"), ("nmg", "内蒙古"), ("ln", "辽宁"), ("zj", "浙江"), ("fj", "福建"), ("jx", "江西"),
              ("sc", "四川"), ("shx", "陕西"), ("gz", "贵州"), ("hub", "湖北"), ("sd", "山东"), ("hlj", "黑龙江")]:
    ent(id, "Place", l)
stat("s-20", "完成省级三套班子换届的省份", "20余", "已有20余省份已完成省级人大、政府、政协三套班子的换届", optional=True)
stat("s-10", "省级人大常委会迎来新主任的省份", "10余", "10余省份省级人大常委会迎来新主任", optional=True)
stat("s-24", "人大常委会主任由省级党委书记兼任的省份", "24", "其他24省份人大常委会主任均由省级党委书记兼任")
stat("s-3", "去代转正的代省长", "3位", "已有3位代省长“去代转正”")
stat("s-4", "作政府工作报告的代省(市)长", "4位", "有4位代省(市)长作政府工作报告")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
