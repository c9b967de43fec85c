"""Gold annotation of personnel-city-party-secretaries-2021 (全国两会后至少26名市委书记密集调整,2名女市长拟任市委书记), by hand per shared/eval/ANNOTATE.md."""
ID = "personnel-city-party-secretaries-2021"
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

ent("shobserver", "Organization", "上观新闻")
ent("lianghui", "Event", "全国两会")
ent("hn-meeting", "Event", "全市领导干部大会", optional=True)
ent("ah-cpc", "Agency", "安徽省委")
ent("ah-org", "Agency", "安徽省委组织部"); rel("ah-org", "subOrganizationOf", "ah-cpc")
ent("ah-fin", "Agency", "安徽省财政厅")
ent("hf-cpc", "Agency", "合肥市委")
ent("hf-org", "Agency", "市委组织部"); rel("hf-org", "subOrganizationOf", "hf-cpc")
ent("hf-gov", "Agency", "合肥市", optional=True)
ent("hs-cpc", "Agency", "黄山市委")
ent("bz-cpc", "Agency", "亳州市委")
ent("bz-prop", "Agency", "市委宣传部"); rel("bz-prop", "subOrganizationOf", "bz-cpc")
ent("bz-gov", "Agency", "亳州市", optional=True)
ent("hn-cpc", "Agency", "淮南市委", ["中共淮南市委"])
ent("nj-gov", "Agency", "南京", optional=True)
ent("zz-gov", "Agency", "郑州", optional=True)
ent("notice", "Document", "干部任前公示", optional=True); rel("notice", "publishedBy", "ah-org", optional=True)
for id, l in [("jx", "江西"), ("hun", "湖南"), ("sx", "山西"), ("ah", "安徽"), ("hb", "湖北"), ("gz", "贵州"), ("sd", "山东"), ("sc", "四川"), ("ln", "辽宁"), ("hlj", "黑龙江")]:
    ent(id, "Place", l)
ent("huainan", "Place", "淮南市")
ent("feidong", "Place", "肥东", optional=True)
ent("lingy", "Person", "凌云")
rel("lingy", "holdsPost", "hf-cpc", post="副书记"); rel("lingy", "holdsPost", "hf-gov", post="市长", optional=True)
rel("lingy", "holdsPost", "hs-cpc", post="拟任市委书记", optional=True)
for o, post in [("bz-cpc", "常委"), ("bz-gov", "副市长"), ("bz-prop", "部长"), ("hf-org", "部长")]:
    rel("lingy", "holdsPost", o, post=post, optional=True)
ent("renzf", "Person", "任泽锋"); rel("renzf", "holdsPost", "hn-cpc", post="委员、常委、书记")
rel("renzf", "holdsPost", "hs-cpc", post="书记", optional=True)
ent("shenq", "Person", "沈强"); rel("shenq", "holdsPost", "hn-cpc", post="书记、常委、委员", optional=True)
ent("hanlm", "Person", "韩立明"); rel("hanlm", "holdsPost", "nj-gov", post="市长", optional=True)
ent("hough", "Person", "侯红"); rel("hough", "holdsPost", "zz-gov", post="市长", optional=True)
stat("s-26", "全国两会后履新的市委书记", "26名", "各地已有26名市委书记履新")
stat("s-jx", "江西履新市委书记", "5名", "江西5名市委书记在两天内密集履新", optional=True)
stat("s-hun", "湖南调整市委书记", "4名", "湖南共有4名市委书记在3天内官宣调整", optional=True)
stat("s-sxah", "山西、安徽各自履新市委书记", "4名", "山西、安徽各有4名市委书记先后履新", optional=True)
stat("s-hb", "湖北履新市委书记", "3名", "湖北有3名市委书记履新", optional=True)
stat("s-other", "贵州、山东、四川、辽宁、黑龙江等省各自履新市委书记", "1名", "贵州、山东、四川、辽宁、黑龙江等省也各有1名市委书记履新", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
