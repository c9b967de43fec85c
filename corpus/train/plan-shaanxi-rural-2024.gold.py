"""Gold annotation of plan-shaanxi-rural-2024 (陕西举办《中共陕西省委 陕西省人民政府关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的实施意见》新闻发布会), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-shaanxi-rural-2024"
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

ent("sx-cpc", "Agency", "中共陕西省委")
ent("sx-gov", "Agency", "陕西省人民政府")
ent("sx-sio", "Agency", "陕西省人民政府新闻办公室")
ent("sx-nb", "Agency", "省委农办")
ent("sx-nb-sec", "Agency", "省委农办秘书处")
ent("sx-agri", "Agency", "省农业农村厅")
ent("sx-rural", "Agency", "省乡村振兴局")
rel("sx-sio", "subOrganizationOf", "sx-gov", optional=True)
rel("sx-nb-sec", "subOrganizationOf", "sx-nb")
rel("sx-nb", "subOrganizationOf", "sx-cpc", optional=True)
ent("sun", "Person", "孙矿玲")
ent("xi", "Person", "习近平", optional=True)
rel("sun", "holdsPost", "sx-nb", post="主任")
rel("sun", "holdsPost", "sx-agri", post="厅长")
rel("sun", "holdsPost", "sx-rural", post="局长")
T = "中共陕西省委 陕西省人民政府关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的实施意见"
ent("doc", "Document", T, ["实施意见", "陕发〔2024〕1号"])
rel("doc", "publishedBy", "sx-cpc")
rel("doc", "publishedBy", "sx-gov")
ent("presser", "Event", "《" + T + "》新闻发布会", ["新闻发布会"])
rel("sun", "speaksAt", "presser")
ent("cpc20", "Event", "党的二十大", optional=True)
ent("cewc", "Event", "中央经济工作会议")
ent("crwc", "Event", "中央农村工作会议")
ent("shaanxi", "Place", "陕西")
ent("zhejiang", "Place", "浙江")
L = lines[3]
G = [("g1", "深入贯彻习近平总书记对“三农”工作的重要指示", "《实施意见》深入贯彻习近平总书记对“三农”工作的重要指示和历次来陕考察重要讲话重要指示精神", True),
     ("g2", "全面落实党的二十大、二十届二中全会精神", "全面落实党的二十大、二十届二中全会精神和中央经济工作会议、中央农村工作会议部署要求", True),
     ("g3", "建设农业强省", "锚定建设农业强省目标", False),
     ("g4", "落实“七个提升工程”要求", "落实“七个提升工程”要求", False),
     ("g5", "推进乡村全面振兴", "聚焦推进乡村全面振兴这个主题", False),
     ("g6", "学习运用浙江“千万工程”经验", "以学习运用浙江“千万工程”经验为引领", False),
     ("g7", "强化政治引领", "注重强化政治引领、注重保持政策延续、注重强优势补短板、注重吸纳各方意见", True),
     ("g8", "保持政策延续", "注重强化政治引领、注重保持政策延续、注重强优势补短板、注重吸纳各方意见", True),
     ("g9", "强优势补短板", "注重强化政治引领、注重保持政策延续、注重强优势补短板、注重吸纳各方意见", True),
     ("g10", "吸纳各方意见", "注重强化政治引领、注重保持政策延续、注重强优势补短板、注重吸纳各方意见", True)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("doc", "hasGoal", id, optional=opt)
    rel("sun", "proposes", id, optional=opt)
    rel("sx-agri", "hasGoal", id, optional=True)
stat("s1", "《实施意见》条数", "35条", "分七部分35条对“三农”工作进行系统部署", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
