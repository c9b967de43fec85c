"""Gold annotation of speech-trina-clean-energy-2022 (清洁能源,共创未来丨全球能源领导者联合发起“清洁能源多一小时”倡议), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-trina-clean-energy-2022"
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
ent("ccme", "Organization", "中国机电产品进出口商会", ["中国机电商会"])
ent("trina", "Organization", "天合光能股份有限公司", ["天合光能"])
ent("opf", "Organization", "深圳市一个地球自然基金会", ["OPF"])
ent("irena", "Organization", "国际可再生能源署")
ent("yidian", "Organization", "壹点网")
ent("launch", "Event", "“清洁能源多一小时”启动仪式暨清洁能源发展论坛")
ent("eh", "Event", "“地球一小时”2022活动", optional=True)
ent("gao", "Person", "高纪凡")
ent("beijing", "Place", "北京")
ent("china", "Place", "中国", optional=True)
ent("clean", "Technology", "清洁能源", optional=True)
ent("pv", "Technology", "光伏")
ent("wind", "Technology", "风能")
ent("solar", "Technology", "太阳能")
goal("i-aware", "提高人们利用清洁能源的意识", "旨在呼吁全球关心气候变化、热心低碳环保的社会各界共同参与,提高人们利用清洁能源的意识,共同为碳中和的未来作出贡献")
goal("i-cn", "共同为碳中和的未来作出贡献", "共同为碳中和的未来作出贡献")
goal("i-call", "呼吁全球关心气候变化、热心低碳环保的社会各界共同参与", "旨在呼吁全球关心气候变化、热心低碳环保的社会各界共同参与", optional=True)
for g in ("i-aware", "i-cn", "i-call"):
    for o in ("ccme", "trina", "opf"):
        rel(o, "hasGoal", g, optional=True)
goal("a-green", "倡导绿色发展理念", "聚焦清洁能源行业,倡导绿色发展理念,推动产业链各环节绿色协同发展", optional=True)
goal("a-chain", "推动产业链各环节绿色协同发展", "推动产业链各环节绿色协同发展", optional=True)
goal("t-mission", "践行“用太阳能造福全人类”的使命", "天合光能始终践行“用太阳能造福全人类”的使命")
goal("t-join", "共同加入“清洁能源多一小时”倡议", "让我们共同加入“清洁能源多一小时”倡议")
goal("t-env", "创造一个天更蓝、水更清、地更美的生态环境", "一起携手为我们的子孙后代创造一个天更蓝、水更清、地更美的生态环境")
goal("t-ind", "与各相关利益方推动行业向前", "与各相关利益方推动行业向前", optional=True)
for g in ("t-mission", "t-join", "t-env"):
    rel("gao", "proposes", g)
rel("gao", "proposes", "t-ind", optional=True)
rel("trina", "hasGoal", "t-mission")
for g in ("t-join", "t-env", "t-ind"):
    rel("trina", "hasGoal", g, optional=True)
rel("t-mission", "involvesTechnology", "solar")
rel("i-aware", "involvesTechnology", "clean", optional=True)
rel("trina", "promotes", "solar")
rel("trina", "promotes", "pv")
rel("trina", "promotes", "clean", optional=True)
rel("gao", "holdsPost", "trina", post="董事长")
rel("gao", "speaksAt", "launch")
rel("launch", "locatedIn", "beijing")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
