"""Gold annotation of personnel-npc-new-faces-2020 (两会上的省委书记、省长“新面孔”(图)), by hand per shared/eval/ANNOTATE.md."""
ID = "personnel-npc-new-faces-2020"
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

# bodies named in full
ent("hb-cpc", "Agency", "湖北省委")
ent("nx-cpc", "Agency", "宁夏回族自治区党委")
ent("sx-cpc", "Agency", "山西省委")
ent("hebei-cpc", "Agency", "河北省委")
ent("npc", "Agency", "第十三届全国人民代表大会", ["全国人民代表大会"])
ent("npcsc", "Agency", "十三届全国人大常委会", optional=True)
ent("qual", "Agency", "代表资格审查委员会")
rel("qual", "subOrganizationOf", "npcsc", optional=True)
ent("nnsa", "Agency", "国家核安全局")
ent("sepa", "Agency", "国家环境保护总局")
ent("sepa-ns", "Agency", "核安全司"); rel("sepa-ns", "subOrganizationOf", "sepa")
ent("ns-center", "Agency", "核安全中心"); rel("ns-center", "subOrganizationOf", "sepa", optional=True)
ent("mep", "Agency", "环境保护部", ["环保部"])
ent("mee", "Agency", "生态环境部")
ent("tsinghua", "Organization", "清华大学")
ent("zhengshier", "Organization", "政事儿")
# governments named only through a title (河南省长, 山东代省长 …)
ent("ha-gov", "Agency", "河南省", optional=True)
ent("sd-gov", "Agency", "山东省", optional=True)
ent("sx-gov", "Agency", "山西省", optional=True)
ent("sh-gov", "Agency", "上海市", optional=True)
for id, l in [("shandong", "山东"), ("shanghai", "上海"), ("henan", "河南"), ("shanxi", "山西"), ("hubei", "湖北"), ("hebei", "河北"), ("ningxia", "宁夏回族自治区")]:
    ent(id, "Place", l, optional=True)
# events
ent("lianghui", "Event", "2020年全国两会", ["全国两会"])
ent("sd-session", "Event", "山东省第十三届人大常委会第十九次会议")
ent("npcsc-session", "Event", "十三届全国人大常委会第十七次会议")
ent("sh-session", "Event", "上海市第十五届人大常委会第十九次会议")
# people, current posts
ent("yingy", "Person", "应勇"); rel("yingy", "holdsPost", "hb-cpc", post="书记")
ent("chenre", "Person", "陈润儿"); rel("chenre", "holdsPost", "nx-cpc", post="书记")
ent("louys", "Person", "楼阳生"); rel("louys", "holdsPost", "sx-cpc", post="书记")
ent("yinh", "Person", "尹弘"); rel("yinh", "holdsPost", "ha-gov", post="省长", optional=True)
ent("ligj", "Person", "李干杰"); rel("ligj", "holdsPost", "sd-gov", post="代省长", optional=True)
ent("linw", "Person", "林武"); rel("linw", "holdsPost", "sx-gov", post="省长", optional=True)
ent("gongz", "Person", "龚正"); rel("gongz", "holdsPost", "sh-gov", post="副市长、代理市长", optional=True)
rel("ligj", "holdsPost", "npc", post="代表", optional=True)
# former posts (stated as career history): optional
rel("gongz", "holdsPost", "sd-gov", post="省长", optional=True)
rel("ligj", "holdsPost", "sepa-ns", post="司长", optional=True)
rel("ligj", "holdsPost", "ns-center", post="主任", optional=True)
rel("ligj", "holdsPost", "sepa", post="副局长", optional=True)
rel("ligj", "holdsPost", "nnsa", post="局长", optional=True)
rel("ligj", "holdsPost", "hebei-cpc", post="副书记", optional=True)
rel("ligj", "holdsPost", "mep", post="部长、党组书记", optional=True)
rel("ligj", "holdsPost", "mee", post="部长", optional=True)
stat("s-new", "省区市书记、省长中的新人", "6位", "31个省区市的书记、省长中,有6位“新人”", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
