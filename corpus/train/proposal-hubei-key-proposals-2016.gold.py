"""Gold annotation of proposal-hubei-key-proposals-2016 (湖北代表委员拟带10件重点提案上全国大会), by hand per shared/eval/ANNOTATE.md."""
ID = "proposal-hubei-key-proposals-2016"
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

ent("cjrb", "Organization", "长江日报")
ent("npc-session", "Event", "十二届全国人大四次会议")
ent("cppcc-session", "Event", "全国政协十二届四次会议")
ent("cppcc", "Agency", "全国政协", optional=True)
ent("npc", "Agency", "全国人大", optional=True)
ent("hb-cppcc", "Agency", "省政协", optional=True)
ent("hb-gov", "Agency", "省政府", optional=True)
ent("beijing", "Place", "北京")
ent("hubei", "Place", "湖北", ["湖北省", "鄂"])
ent("yangtze", "Place", "长江流域", ["长江"])
ent("hanjiang", "Place", "汉江中下游", ["汉江"])
ent("dabie", "Place", "大别山", ["大别山革命老区"])
ent("wuling", "Place", "武陵山区")
ent("hanplain", "Place", "汉江平原", optional=True)
ent("ftz", "Place", "中国(湖北)内陆自由贸易试验区", optional=True)
rel("npc-session", "locatedIn", "beijing"); rel("cppcc-session", "locatedIn", "beijing")
ent("s-npc", "Statistic", "湖北省全国人大代表人数", value="110人", evidence=ev("湖北省全国人大代表共110人"))
ent("s-cppcc", "Statistic", "住鄂全国政协委员人数", value="42人", evidence=ev("住鄂全国政协委员共42人"))
ent("s-key", "Statistic", "重点提案", value="10件", evidence=ev("拟将10件重点提案带上大会"))
for id, l, e in [("h1", "讲好“湖北话”", "省政协领导希望委员们讲好“湖北话”"),
                 ("h2", "展示湖北风采", "积极参政议政,展示湖北风采、唱响湖北声音"),
                 ("h3", "唱响湖北声音", "唱响湖北声音")]:
    goal(id, l, e, optional=True); rel("hb-cppcc", "hasGoal", id, optional=True)
K = [("k1", "稳定长江流域油菜产能", "“恳请国家稳定长江流域油菜产能,确保食用油供给安全”"),
     ("k2", "确保食用油供给安全", "确保食用油供给安全”"),
     ("k3", "实施长江水环境保护国家战略", "“实施长江水环境保护国家战略”"),
     ("k4", "进一步加强对汉江中下游生态环境保护", "“恳请国家进一步加强对汉江中下游生态环境保护”"),
     ("k5", "加强大别山革命老区交通基础设施建设", "“恳请国家加强大别山革命老区交通基础设施建设”"),
     ("k6", "进一步加大对大别山振兴发展扶持", "“恳请国家进一步加大对大别山振兴发展扶持”"),
     ("k7", "设立中国(湖北)内陆自由贸易试验区", "“设立中国(湖北)内陆自由贸易试验区”"),
     ("k8", "统筹研究南水北调中线工程生态补偿机制", "“统筹研究南水北调中线工程生态补偿机制”"),
     ("k9", "加强武陵山区交通基础设施建设", "“恳请国家加强武陵山区交通基础设施建设”"),
     ("k10", "将汉江平原城市群纳入国家战略体系", "“将汉江平原城市群纳入国家战略体系”"),
     ("k11", "炎黄二帝祭祀上升为国家祭祀", "“炎黄二帝祭祀上升为国家祭祀”")]
for id, l, e in K:
    goal(id, l, e)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
