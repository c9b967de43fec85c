"""Gold annotation of personnel-ministries-turnover-2015 (近期多部委“新老交替” 人事调整密集), by hand per shared/eval/ANNOTATE.md."""
ID = "personnel-ministries-turnover-2015"
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

ent("miit", "Agency", "工信部")
ent("ndrc", "Agency", "国家发改委")
ent("pboc", "Agency", "央行")
ent("mep", "Agency", "环保部")
ent("mlr", "Agency", "国土资源部")
ent("sasac", "Agency", "国资委")
ent("sasac-hr", "Agency", "人事局"); rel("sasac-hr", "subOrganizationOf", "sasac")
ent("moa", "Agency", "农业部")
ent("sc", "Agency", "国务院")
ent("soa", "Agency", "国家海洋局")
ent("moc", "Agency", "文化部")
ent("cppcc", "Agency", "政协第十二届全国委员会", ["政协十二届全国委员会", "全国政协第十二届全国委员会", "全国政协"])
ent("cppcc-fa", "Agency", "外事委员会"); rel("cppcc-fa", "subOrganizationOf", "cppcc")
ent("cppcc-pre", "Agency", "全国政协人口资源环境委员会", ["人口资源环境委员会"]); rel("cppcc-pre", "subOrganizationOf", "cppcc")
ent("fao", "Organization", "联合国粮农机构")
ent("session", "Event", "政协十二届全国委员会常务委员会第九次会议")
# current posts
ent("chenjn", "Person", "陈吉宁"); rel("chenjn", "holdsPost", "mep", post="部长")
ent("zhousx", "Person", "周生贤")
rel("zhousx", "holdsPost", "cppcc", post="委员"); rel("zhousx", "holdsPost", "cppcc-pre", post="副主任")
rel("zhousx", "holdsPost", "mep", post="部长", optional=True)
ent("zhangdl", "Person", "张德霖"); rel("zhangdl", "holdsPost", "mlr", post="副部长")
ent("zhangsn", "Person", "张少农"); rel("zhangsn", "holdsPost", "mlr", post="副部长", optional=True)
ent("liucg", "Person", "刘赐贵"); rel("liucg", "holdsPost", "soa", post="局长", optional=True)
ent("wangh", "Person", "王宏"); rel("wangh", "holdsPost", "soa", post="局长"); rel("wangh", "holdsPost", "mlr", post="党组成员")
ent("liuq", "Person", "刘强"); rel("liuq", "holdsPost", "sasac", post="副主任"); rel("liuq", "holdsPost", "sasac-hr", post="局长", optional=True)
ent("yanxf", "Person", "阎晓峰"); rel("yanxf", "holdsPost", "sasac", post="秘书长、党委委员")
ent("huangsh", "Person", "黄淑和"); rel("huangsh", "holdsPost", "sasac", post="副主任", optional=True)
ent("jiny", "Person", "金阳"); rel("jiny", "holdsPost", "sasac", post="副主任", optional=True)
ent("nid", "Person", "牛盾"); rel("nid", "holdsPost", "fao", post="常驻联合国粮农机构代表", optional=True)
rel("nid", "holdsPost", "moa", post="副部长", optional=True)
ent("caiw", "Person", "蔡武"); rel("caiw", "holdsPost", "cppcc", post="委员"); rel("caiw", "holdsPost", "cppcc-fa", post="副主任")
rel("caiw", "holdsPost", "moc", post="部长", optional=True)
ent("xiezh", "Person", "解振华"); rel("xiezh", "holdsPost", "cppcc", post="委员"); rel("xiezh", "holdsPost", "cppcc-pre", post="副主任")
stat("s-depts", "国务院组成部门", "25个", "现年51岁的陈吉宁成为目前国务院25个组成部门中最年轻的部长", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
