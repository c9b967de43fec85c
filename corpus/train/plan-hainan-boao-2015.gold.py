"""Gold annotation of plan-hainan-boao-2015 (中国证券网 2015-03-27, untitled excerpt: 海南省在博鳌亚洲论坛2015年年会举行专场新闻发布会), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-hainan-boao-2015"
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

ent("cnstock", "Organization", "中国证券网")
for id, n in [("jiang", "姜隅琼"), ("zhou", "周鹏峰"), ("mao", "毛超峰")]:
    ent(id, "Person", n)
rel("jiang", "holdsPost", "cnstock", post="记者", optional=True)
rel("zhou", "holdsPost", "cnstock", post="记者", optional=True)
ent("bfa", "Event", "博鳌亚洲论坛2015年年会")
ent("presser", "Event", "专场新闻发布会", optional=True)
rel("mao", "speaksAt", "bfa")
rel("mao", "speaksAt", "presser", optional=True)
ent("hainan", "Place", "海南", ["海南省"])
for id, n in [("qiongzhong", "琼中"), ("wzs", "五指山"), ("leshan", "乐山"), ("wenchang", "文昌"), ("qionghai", "琼海"),
              ("haikou", "海口"), ("sanya", "三亚"), ("yangpu", "洋浦")]:
    ent(id, "Place", n)
for id, n in [("boao", "博鳌"), ("meilan", "美兰机场"), ("sanya-ap", "三亚国际机场"),
              ("hk-bond", "海口综合保税区"), ("yp-port", "洋浦保税港区")]:
    ent(id, "Place", n, optional=True)
rel("bfa", "locatedIn", "boao", optional=True)
rel("bfa", "locatedIn", "hainan", optional=True)
P = lines[0]; Q = lines[1]
G = [("g1", "推动海南国际旅游岛建设", "推动海南国际旅游岛建设", False),
     ("g2", "抢抓“一带一路”建设重大机遇", "抢抓“一带一路”建设重大机遇", False),
     ("g3", "深化改革", "深化改革、扩大开放等五方面", True),
     ("g4", "扩大开放", "深化改革、扩大开放等五方面", True),
     ("g5", "参与“21世纪海上丝绸之路”建设", "海南参与“21世纪海上丝绸之路”建设已有初步规划", False),
     ("g6", "加快构建陆海空立体交通体系", "首先是加快构建陆海空立体交通体系", False),
     ("g7", "开工琼中经五指山至乐山、文昌至琼海等高速公路", "今年重点开工琼中经五指山至乐山、文昌至琼海等高速公路以及美兰机场扩建二期", False),
     ("g8", "谋划高速公路与相关市县的连接线工程", "谋划高速公路与相关市县的连接线工程", False),
     ("g9", "争取建设海南自由贸易园区", "其次,海南将争取建设海南自由贸易园区", False),
     ("g10", "争取国家支持建立自贸区", "以海口综合保税区、洋浦保税港区为平台,争取国家支持建立自贸区", False),
     ("g11", "建设临空产业园区", "第三,建设临空产业园区", False),
     ("g12", "建设海口临空产业园", "依托美兰机场和三亚国际机场,建设海口临空产业园", False),
     ("g13", "启动三亚临空经济区建设", "启动三亚临空经济区建设", False)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("mao", "proposes", id, optional=opt)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
