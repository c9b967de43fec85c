"""Gold annotation of speech-adbc-green-finance-2021 (中国农业发展银行行长湛东升:发展绿色金融), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-adbc-green-finance-2021"
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
ent("mao", "Person", "毛超")
ent("zhan", "Person", "湛东升")
ent("cfbond", "Organization", "中国财富网")
ent("adbc", "Organization", "中国农业发展银行", ["农发行", "农业发展银行"])
ent("xinhua", "Organization", "新华通讯社")
ent("csf", "Organization", "中国金融学会")
ent("scbank", "Organization", "四川银行股份有限公司")
ent("sc-gov", "Agency", "四川省人民政府")
ent("sc-fin", "Agency", "四川省地方金融监督管理局")
ent("forum", "Event", "2021天府金融论坛")
ent("chengdu", "Place", "成都")
ent("china", "Place", "中国", optional=True)
G = [("g-gf", "发展绿色金融", "中国农业发展银行将发展绿色金融、打造“绿色银行”作为战略任务"),
     ("g-gb", "打造“绿色银行”", "中国农业发展银行将发展绿色金融、打造“绿色银行”作为战略任务"),
     ("g-3n", "把绿色发展贯穿金融服务“三农”的实践", "围绕双碳目标把绿色发展贯穿金融服务“三农”的实践"),
     ("g-top", "加强顶层设计", "加强顶层设计"),
     ("g-gov", "完善“绿色银行”的治理体系", "一是完善“绿色银行”的治理体系,从资产、负债、运营三个维度确定服务生态文明建设的具体目标,完善绿色金融政策制度,打造绿色信贷标准体系"),
     ("g-serv", "创新金融服务", "创新金融服务"),
     ("g-policy", "坚持政策性银行办行理念", "坚持政策性银行办行理念"),
     ("g-invest", "加大绿色金融投入", "加大绿色金融投入"),
     ("g-duty", "履行农发行“绿色银行”的职责使命", "履行农发行“绿色银行”的职责使命"),
     ("g-agri", "加强“三农”绿色金融服务", "二是加强“三农”绿色金融服务,在支持粮食生产及绿色农产品供给,“长江行”“黄河行”,绿色生态保护修复治理等方面加大信贷投入"),
     ("g-fund", "加大绿色筹资与对外合作", "三是加大绿色筹资与对外合作,广泛筹集国内外社会资金,参与绿色金融标准制定和绿色金融市场建设,提升绿色金融服务合力"),
     ("g-eco", "为国家生态文明建设贡献政策性金融力量", "要以优质高效的服务为国家生态文明建设贡献政策性金融力量"),
     ("g-learn", "虚心向先进同业学习", "下一步,农业发展银行将虚心向先进同业学习"),
     ("g-coop", "同合作伙伴深入交流、务实合作", "同合作伙伴深入交流、务实合作"),
     ("g-cycle", "推动金融与实体经济良性循环", "切实推动金融与实体经济良性循环,共生共融"),
     ("g-beauty", "努力建设美丽中国", "努力建设美丽中国"),
     ("g-hq", "实现更加高质量可持续的发展", "实现更加高质量可持续的发展")]
for id, l, e in G:
    goal(id, l, e); rel("zhan", "proposes", id); rel("adbc", "hasGoal", id)
goal("g-3060", "碳达峰、碳中和", "碳达峰、碳中和是我们的共同事业和目标", optional=True)
rel("zhan", "proposes", "g-3060", optional=True)
rel("zhan", "holdsPost", "adbc", post="行长")
rel("zhan", "speaksAt", "forum")
rel("forum", "locatedIn", "chengdu")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
