"""Gold annotation of forum-ordos-new-energy-2023 (2023世界新能源新材料大会新能源论坛), by hand per shared/eval/ANNOTATE.md."""
ID = "forum-ordos-new-energy-2023"
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
for id, l in [("du", "杜汇良"), ("wang", "王大鹏"), ("yu", "于海宇"), ("markus", "马库斯·韦皮奥"), ("ouyang", "欧阳明高"),
              ("lican", "李灿"), ("yao", "姚良忠"), ("su", "苏翠芳"), ("jiang", "姜波")]:
    ent(id, "Person", l)
ent("xi", "Person", "习近平", optional=True)
ent("ordos-cpc", "Agency", "鄂尔多斯市委", ["市委"])
ent("nea", "Agency", "国家能源局")
ent("nea-re", "Agency", "新能源与可再生能源司", ["国家能源局新能源与可再生能源司"])
ent("im-energy", "Agency", "自治区能源局")
ent("giz", "Organization", "德国国际合作机构")
ent("cas", "Organization", "中国科学院")
ent("tsinghua", "Organization", "清华大学")
ent("dicp", "Organization", "大连化学物理研究所")
ent("eash", "Organization", "欧洲人文和自然科学院")
ent("whu", "Organization", "武汉大学")
ent("whu-sg", "Organization", "智能电网研究院", ["武汉大学智能电网研究院"])
ent("project", "Organization", "中德能源转型研究项目", optional=True)
ent("forum", "Event", "2023世界新能源新材料大会新能源论坛")
ent("conf", "Event", "2023世界新能源新材料大会", optional=True)
ent("ordos", "Place", "鄂尔多斯")
ent("im", "Place", "内蒙古")
ent("germany", "Place", "德国", optional=True)
ent("ne", "Technology", "新能源", optional=True)
goal("g-base", "建设大基地", "追风逐日建设大基地")
goal("g-ind", "培育大产业", "延链建群培育大产业")
goal("g-dev", "推动大发展", "创优生态推动大发展")
goal("g-world", "加快构筑世界级新能源产业", "多措并举加快构筑世界级新能源产业")
goal("g-std", "共建新能源标准体系", "共建新能源标准体系")
goal("g-share", "共享新能源发展机遇", "共享新能源发展机遇")
goal("g-innov", "共筑新能源创新高地", "共筑新能源创新高地")
goal("g-blue", "共绘新能源产业发展美好蓝图", "共绘新能源产业发展美好蓝图")
goal("g-struct", "带动能源结构调整", "以新能源发展带动能源结构调整、促进产业绿色低碳转型", optional=True)
goal("g-green", "促进产业绿色低碳转型", "促进产业绿色低碳转型", optional=True)
for g in ("g-base", "g-ind", "g-dev", "g-world", "g-std", "g-share", "g-innov", "g-blue"):
    rel("du", "proposes", g); rel("ordos-cpc", "hasGoal", g, optional=True)
for g in ("g-struct", "g-green"):
    rel("du", "proposes", g, optional=True); rel("ordos-cpc", "hasGoal", g, optional=True)
for g in ("g-world", "g-std", "g-share", "g-innov", "g-blue", "g-struct"):
    rel(g, "involvesTechnology", "ne", optional=True)
rel("ordos-cpc", "promotes", "ne", optional=True)
rel("nea-re", "subOrganizationOf", "nea")
rel("whu-sg", "subOrganizationOf", "whu")
rel("dicp", "subOrganizationOf", "cas", optional=True)
rel("du", "holdsPost", "ordos-cpc", post="市委副书记、市长")
rel("wang", "holdsPost", "nea-re", post="副司长")
rel("yu", "holdsPost", "im-energy", post="局长")
rel("markus", "holdsPost", "giz", post="中德能源转型研究项目主任", optional=True)
rel("markus", "holdsPost", "project", post="主任", optional=True)
rel("yao", "holdsPost", "whu-sg", post="院长")
for p in ("du", "wang", "yu", "markus"):
    rel(p, "speaksAt", "forum")
for p in ("ouyang", "lican", "yao"):
    rel(p, "speaksAt", "forum", optional=True)
rel("forum", "locatedIn", "ordos")
rel("conf", "locatedIn", "ordos", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
