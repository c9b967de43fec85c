"""Gold annotation of proposal-democratic-parties-2020 (生自土地,达至会堂:两会上的民主党派“声音”), by hand per shared/eval/ANNOTATE.md."""
import collections, json, pathlib
here = pathlib.Path(__file__).resolve().parent
ID = "proposal-democratic-parties-2020"
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
    if type == "Goal": assert label in text and 4 <= len(label) <= 30, label
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    if "post" in kw: assert kw["post"] in text, kw["post"]
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence, optional=False):
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

ent("cns", "Organization", "中新社")
ent("li", "Person", "李晗雪")
ent("cppcc", "Agency", "全国政协")
ent("mjzy", "Organization", "民进中央")
ent("mmzy", "Organization", "民盟中央")
ent("cndca", "Organization", "中国民主建国会")
ent("cpwdp", "Organization", "中国农工民主党")
ent("tdsl", "Organization", "台湾民主自治同盟")
ent("pku", "Organization", "北京大学", ["北京大学中文系"])
ent("lh", "Event", "两会", optional=True)
ent("china", "Place", "中国", optional=True)
ent("beijing", "Place", "北京", optional=True)
ent("zhuxj", "Person", "朱晓进")
ent("yu", "Person", "俞敏洪")
ent("zhuyx", "Person", "朱永新")
ent("cheng", "Person", "程红")
ent("essay", "Document", "我的乡村情结", ["《我的乡村情结》"], optional=True)
ent("doc-women", "Document", "关于优化知识女性发展政策环境的提案", ["《关于优化知识女性发展政策环境的提案》"])
ent("5g", "Technology", "5G")
ent("internet", "Technology", "互联网", ["互联网技术"])
rel("zhuxj", "holdsPost", "cppcc", post="全国政协委员")
rel("zhuxj", "holdsPost", "mjzy", post="常委")
rel("yu", "holdsPost", "mmzy", post="常委")
rel("yu", "holdsPost", "cppcc", post="全国政协委员")
rel("zhuyx", "holdsPost", "mjzy", post="副主席")
rel("cheng", "holdsPost", "mmzy", post="副主席")
rel("doc-women", "publishedBy", "mmzy")
goal("g-edu", "推动城乡教育公平", "又提交利用5G和互联网技术推动城乡教育公平的提案")
rel("yu", "proposes", "g-edu")
rel("g-edu", "involvesTechnology", "5g"); rel("g-edu", "involvesTechnology", "internet")
rel("mmzy", "promotes", "5g", optional=True); rel("mmzy", "promotes", "internet", optional=True)
goal("g-lib", "出台国家农村中小学图书馆建设工程", "民进中央副主席朱永新今年建言出台国家农村中小学图书馆建设工程")
rel("zhuyx", "proposes", "g-lib")
rel("mjzy", "hasGoal", "g-lib", optional=True)
goal("g-women", "优化知识女性发展政策环境", "民盟中央今年《关于优化知识女性发展政策环境的提案》")
rel("mmzy", "hasGoal", "g-women"); rel("doc-women", "hasGoal", "g-women"); rel("cheng", "proposes", "g-women")
ent("s-yu", "Statistic", "俞敏洪提交的教育相关提案", value="近30份", optional=True, evidence=ev("提交了近30份相关提案"))

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
