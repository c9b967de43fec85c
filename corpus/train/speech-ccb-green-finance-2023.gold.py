"""Gold annotation of speech-ccb-green-finance-2023 (中国建设银行行长张金良:发挥绿色金融作用 助力美丽中国建设), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-ccb-green-finance-2023"
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
ent("zhang", "Person", "张金良")
ent("ccb", "Organization", "中国建设银行")
ent("cnstock", "Organization", "上海证券报")
ent("conf", "Event", "2023绿色低碳高质量发展大会")
ent("china", "Place", "中国", ["我国"], optional=True)
G = [("g-consensus", "进一步强化共识", "金融机构要进一步强化共识,积极为绿色发展赋能", False),
     ("g-empower", "积极为绿色发展赋能", "积极为绿色发展赋能", False),
     ("g-resp", "扛起建设美丽中国的政治责任", "一是扛起建设美丽中国的政治责任。金融机构要统一思想和行动,答好绿色发展这道“必答题”,以更高站位、更宽视野、更大力度,谋划和推进金融服务绿色低碳发展。", False),
     ("g-skill", "增强支持经济社会发展绿色转型的本领", "二是增强支持经济社会发展绿色转型的本领。", False),
     ("g-bridge", "搭建绿色金融国际合作桥梁", "三是要搭建绿色金融国际合作桥梁。", False)]
for id, l, e, opt in G:
    goal(id, l, e); rel("zhang", "proposes", id); rel("ccb", "hasGoal", id, optional=True)
goal("g-product", "加快产品创新", "金融机构要围绕碳排放权、用能权、排污权,加快产品创新,打造精准助力绿色产业发展的金融引擎", optional=True)
goal("g-std", "主动参与绿色金融国际标准制定", "金融机构要主动参与绿色金融国际标准制定,积极拓宽合作渠道,讲好中国的绿色金融故事", optional=True)
for g in ("g-product", "g-std"):
    rel("zhang", "proposes", g, optional=True)
goal("g-dual", "助力“双碳”目标实现", "绿色金融将在助力“双碳”目标实现、建设美丽中国的过程中发挥更为重要的作用", optional=True)
rel("zhang", "proposes", "g-dual", optional=True)
for id, l, e in [("c-eco", "着力构建绿色金融新生态", "中国建设银行将继续着力构建绿色金融新生态"),
                 ("c-strat", "积极服务国家重点战略", "积极服务国家重点战略"),
                 ("c-guide", "主动引导绿色低碳转型", "主动引导绿色低碳转型")]:
    goal(id, l, e); rel("zhang", "proposes", id); rel("ccb", "hasGoal", id)
ent("s-loan", "Statistic", "全国本外币绿色贷款", value="27万亿元", evidence=ev("截至今年上半年,全国本外币绿色贷款突破27万亿元"))
ent("s-bond", "Statistic", "绿色债券余额", value="1.5万亿元", evidence=ev("绿色债券余额超1.5万亿元"))
rel("zhang", "holdsPost", "ccb", post="行长")
rel("zhang", "speaksAt", "conf")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
