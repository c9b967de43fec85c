"""Gold annotation of personnel-state-council-vice-ministers-2024 (陆国务院任免一批副部级官员 单忠德任工信部副部长), by hand per shared/eval/ANNOTATE.md."""
ID = "personnel-state-council-vice-ministers-2024"
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

A = [("sc", "国务院", ()), ("miit", "工业和信息化部", ("工信部",)), ("mot", "交通运输部", ()), ("mwr", "水利部", ()),
     ("mct", "文化和旅游部", ()), ("mem", "应急管理部", ()), ("hkmao", "国务院港澳事务办公室", ()),
     ("sastind", "国家国防科技工业局", ()), ("mfa", "外交部", ()), ("moj", "司法部", ()), ("gas", "国家体育总局", ()),
     ("gx-expo", "广西国际博览事务局", ()), ("fcg-cpc", "防城港市委", ()), ("gg-cpc", "贵港市委", ()),
     ("gx-eth", "自治区民族宗教事务委员会", ()), ("gx-cpc", "自治区党委", ()), ("gx-ufw", "自治区党委统战部", ()),
     ("gx-ps", "广西公安厅", ()), ("mps", "公安部", ()), ("mps-drug", "禁毒局", ()), ("mps-order", "治安管理局", ())]
for id, l, al in A:
    ent(id, "Agency", l, al, optional=(id == "gx-cpc"))
ent("mot-hr", "Agency", "人事教育司", ["交通运输部人事教育司"] if "交通运输部人事教育司" in text else ())
rel("mot-hr", "subOrganizationOf", "mot")
rel("hkmao", "subOrganizationOf", "sc", optional=True)
rel("gx-ufw", "subOrganizationOf", "gx-cpc")
rel("mps-drug", "subOrganizationOf", "mps", optional=True); rel("mps-order", "subOrganizationOf", "mps", optional=True)
# city governments / bureaus named only through titles
for id, l in [("cq-gov", "重庆市"), ("lz-gov", "柳州市"), ("nn-gov", "南宁市"), ("cq-psb", "市公安局")]:
    ent(id, "Agency", l, optional=True)
O = [("thepaper", "澎湃新闻"), ("cls", "财联社"), ("nuaa", "南京航空航太大学"), ("camtr", "机械科学研究总院"),
     ("camtr-amt", "先进制造技术研究中心"), ("zrimm", "郑州机械研究所"), ("camtr-grp", "机械科学研究总院集团有限公司"),
     ("cae", "中国工程院")]
for id, l in O:
    ent(id, "Organization", l)
rel("camtr-amt", "subOrganizationOf", "camtr")
ent("camtr-tc", "Organization", "技术委员会", optional=True); rel("camtr-tc", "subOrganizationOf", "camtr-grp", optional=True)
for id, l in [("mainland", "中国大陆"), ("guangxi", "广西"), ("gxzr", "广西壮族自治区"), ("fcg", "防城港市"), ("gg", "贵港市"), ("pk", "巴基斯坦")]:
    ent(id, "Place", l, optional=True)
ent("shanzd", "Person", "单忠德"); ent("lils", "Person", "李良生"); ent("zhangz", "Person", "张政")
ent("huml", "Person", "胡明朗"); ent("nongr", "Person", "农融"); ent("bianzg", "Person", "卞志刚")
ent("zuol", "Person", "左力"); ent("liyc", "Person", "李颖川")
# appointments made now
for p, o, post in [("shanzd", "miit", "副部长"), ("lils", "mwr", "副部长"), ("zhangz", "mct", "副部长"),
                   ("huml", "mem", "副部长"), ("nongr", "hkmao", "副主任"), ("bianzg", "sastind", "副局长")]:
    rel(p, "holdsPost", o, post=post)
# posts left now or held before: optional
OPT = [("shanzd", "nuaa", "党委书记"), ("lils", "mot-hr", "司长"), ("huml", "cq-gov", "副市长"), ("huml", "cq-psb", "局长"),
       ("nongr", "mfa", "部长助理"), ("zuol", "moj", "副部长"), ("liyc", "gas", "副局长"),
       ("nongr", "gx-expo", "副局长"), ("nongr", "fcg-cpc", "常委、副书记"), ("nongr", "gg-cpc", "副书记"),
       ("nongr", "gx-eth", "党组书记、主任"), ("nongr", "gx-ufw", "副部长"),
       ("shanzd", "camtr-amt", "主任"), ("shanzd", "zrimm", "所长、党委副书记"), ("shanzd", "camtr", "副院长"),
       ("shanzd", "camtr-grp", "党委委员、副总经理"), ("shanzd", "camtr-tc", "主任委员"),
       ("huml", "lz-gov", "副市长"), ("huml", "nn-gov", "副市长"), ("huml", "gx-ps", "党委委员"),
       ("huml", "mps-drug", "局长"), ("huml", "mps-order", "局长")]
for p, o, post in OPT:
    rel(p, "holdsPost", o, post=post, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
