"""Gold annotation of plan-guangxi-ecology-2024 (全力推进美丽广西全面建成), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-guangxi-ecology-2024"
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

ent("cdn", "Organization", "中国发展网")
ent("ceh", "Organization", "中国经济导报")
for id, n in [("zhu", "朱芮函"), ("kong", "孔祥瑶"), ("gong", "龚成钰"), ("huang", "黄颖"), ("lu", "陆志星")]:
    ent(id, "Person", n)
ent("xi", "Person", "习近平", optional=True)
rel("gong", "holdsPost", "cdn", post="记者", optional=True)
ent("cpc-cc", "Agency", "中共中央")
ent("sc", "Agency", "国务院")
ent("gx-cpc", "Agency", "自治区党委")
ent("gx-gov", "Agency", "自治区人民政府")
ent("gx-env", "Agency", "自治区生态环境厅")
ent("gx-forest", "Agency", "自治区林业局")
rel("gx-env", "subOrganizationOf", "gx-gov", optional=True)
rel("gx-forest", "subOrganizationOf", "gx-gov", optional=True)
rel("huang", "holdsPost", "gx-env", post="副厅长")
rel("lu", "holdsPost", "gx-forest", post="副局长")
ent("opinion", "Document", "关于全面推进美丽中国建设的意见")
ent("plan", "Document", "美丽广西建设实施方案", ["美丽广西方案"])
rel("opinion", "publishedBy", "cpc-cc"); rel("opinion", "publishedBy", "sc")
rel("plan", "publishedBy", "gx-cpc"); rel("plan", "publishedBy", "gx-gov")
ent("presser", "Event", "《美丽广西方案》新闻发布会", ["美丽广西方案》新闻发布会"])
rel("huang", "speaksAt", "presser")
rel("lu", "speaksAt", "presser", optional=True)
ent("guangxi", "Place", "广西")
G = [("g0", "全面推进美丽中国建设", "为贯彻落实中共中央、国务院印发的《关于全面推进美丽中国建设的意见》", True, False),
     ("g1", "打造美丽中国广西篇章", "以打造美丽中国广西篇章为总目标", False, False),
     ("g2", "生态环境质量持续保持全国一流", "提出到2027年生态环境质量持续保持全国一流,美丽广西建设成效显著", False, False),
     ("g3", "美丽广西建设成效显著", "提出到2027年生态环境质量持续保持全国一流,美丽广西建设成效显著", False, False),
     ("g4", "生态环境质量保持全国领先", "2035年生态环境质量保持全国领先,美丽广西基本建成", False, False),
     ("g5", "美丽广西基本建成", "2035年生态环境质量保持全国领先,美丽广西基本建成", False, False),
     ("g6", "美丽广西全面建成", "本世纪中叶美丽广西全面建成", False, False),
     ("g7", "全面落实习近平总书记“广西生态优势金不换”的殷切嘱托", "全面落实习近平总书记“广西生态优势金不换”的殷切嘱托", False, True),
     ("g8", "守护好广西的山山水水", "在守护好广西的山山水水、厚植“金不换”生态优势、推动绿色发展等方面细化目标任务、明确工作措施", False, True),
     ("g9", "厚植“金不换”生态优势", "在守护好广西的山山水水、厚植“金不换”生态优势、推动绿色发展等方面细化目标任务、明确工作措施", False, True),
     ("g10", "推动绿色发展", "在守护好广西的山山水水、厚植“金不换”生态优势、推动绿色发展等方面细化目标任务、明确工作措施", False, True),
     ("g11", "全面勾勒美丽广西建设愿景图", "全面勾勒美丽广西建设愿景图", True, True),
     ("g12", "全面促进广西生态环境高水平保护", "全面促进广西生态环境高水平保护", False, True),
     ("g13", "加强生态环境保护措施要求", "突出全方位、全地域、全过程加强生态环境保护措施要求", True, True)]
for id, l, e, opt, by_huang in G:
    goal(id, l, e, optional=opt)
    rel("plan", "hasGoal", id, optional=opt)
    rel("huang", "proposes", id, optional=opt or not by_huang)
    rel("gx-gov", "hasGoal", id, optional=True)
    rel("gx-env", "hasGoal", id, optional=True)
goal("g14", "建设美丽中国", "建设美丽中国是全面建设社会主义现代化国家的重要目标", optional=True)
rel("opinion", "hasGoal", "g14", optional=True)
stat("s1", "听取代表建议的层级", "5个", "文件起草分别听取自治区、设区市、县(市、区)、乡镇、村屯等5个层级代表建议", optional=True)
stat("s2", "网络征集公众意见时长", "1个月以上", "网络征集公众意见1个月以上", optional=True)
stat("s3", "收到建议", "700余条", "共收到700余条建议")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
