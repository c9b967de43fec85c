"""Gold annotation of proposal-shutcm-tcm-2019 (集思广益 议政建言——我校政协委员履职全国政协第十三届委员会第二次会议), by hand per shared/eval/ANNOTATE.md."""
ID = "proposal-shutcm-tcm-2019"
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

ent("cppcc", "Agency", "全国政协", optional=True)  # named only inside 全国政协委员 and the session name
ent("session", "Event", "中国人民政治协商会议第十三届全国委员会第二次会议", ["全国政协十三届二次会议", "全国政协第十三届委员会第二次会议"])
ent("beijing", "Place", "北京")
ent("gh", "Place", "人民大会堂", ["北京人民大会堂"], optional=True)
ent("zhangjiang", "Place", "张江科学城", ["张江"])
ent("shanghai", "Place", "上海", optional=True)
ent("shutcm", "Organization", "上海中医药大学")
ent("acu", "Organization", "上海市针灸经络研究所", ["上海中医药大学上海市针灸经络研究所"])
ent("shuguang", "Organization", "上海中医药大学附属曙光医院", ["曙光医院"])
for id, l in [("jkb", "健康报"), ("lhsb", "联合时报"), ("whb", "文汇报"), ("qnb", "青年报"), ("eastday", "东方网"), ("thepaper", "澎湃新闻"), ("shobserver", "上观新闻")]:
    ent(id, "Organization", l)
ent("chen", "Person", "陈红专")
ent("wu", "Person", "吴焕淦")
ent("jiang", "Person", "蒋健")
ent("d-cell", "Document", "建议在张江打造国家级细胞治疗产业园", ["《建议在张江打造国家级细胞治疗产业园》"])
ent("d-tcm", "Document", "关于加强中医文化在健康中国及文化自信建设中的作用", ["《关于加强中医文化在健康中国及文化自信建设中的作用》"])
ent("d-patent", "Document", "建议完善我国药品专利强制许可制度的配套政策", ["《建议完善我国药品专利强制许可制度的配套政策》"])
ent("celltx", "Technology", "细胞治疗", optional=True)
rel("session", "locatedIn", "beijing")
for p in ("chen", "wu", "jiang"):
    rel(p, "holdsPost", "cppcc", post="全国政协委员", optional=True)
rel("chen", "holdsPost", "shutcm", post="副校长", optional=True)
rel("wu", "holdsPost", "acu", post="所长")
rel("acu", "subOrganizationOf", "shutcm")
rel("shuguang", "subOrganizationOf", "shutcm")
# Goals
goal("g-cell", "在张江打造国家级细胞治疗产业园", "陈红专委员的《建议在张江打造国家级细胞治疗产业园》提案")
rel("chen", "proposes", "g-cell"); rel("d-cell", "hasGoal", "g-cell")
rel("g-cell", "involvesTechnology", "celltx", optional=True)
goal("g-pharm", "促进全国卫生事业发展", "更把目光投向促进全国卫生事业发展的药事服务和药品管理工作", optional=True)
rel("chen", "proposes", "g-pharm", optional=True)
goal("g-tcm", "加强中医文化在健康中国及文化自信建设中的作用", "吴焕淦委员的《关于加强中医文化在健康中国及文化自信建设中的作用》提案")
rel("wu", "proposes", "g-tcm"); rel("d-tcm", "hasGoal", "g-tcm")
goal("g-patent", "完善我国药品专利强制许可制度的配套政策", "蒋健委员的《建议完善我国药品专利强制许可制度的配套政策》提案")
rel("jiang", "proposes", "g-patent"); rel("d-patent", "hasGoal", "g-patent")
goal("g-haipai", "传承弘扬海派中医文化", "三位委员大力倡议传承弘扬海派中医文化,打响上海文化品牌")
goal("g-brand", "打响上海文化品牌", "打响上海文化品牌")
for p in ("chen", "wu", "jiang"):
    rel(p, "proposes", "g-haipai"); rel(p, "proposes", "g-brand")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
