"""Gold annotation of speech-whu-presidents-2023 (大学校长论坛在武汉大学举办), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-whu-presidents-2023"
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
ent("forum", "Event", "大学校长论坛")
ent("anniv", "Event", "武汉大学130周年校庆", optional=True)
ent("alliance-cer", "Event", "长江中游城市群“双一流”高校联盟成立仪式", optional=True)
ent("alliance", "Organization", "长江中游城市群“双一流”高校联盟")
ent("whu", "Organization", "武汉大学")
ent("nsfc", "Agency", "国家自然科学基金委员会")
for id, l in [("bristol", "布里斯托尔大学"), ("xjtu", "西安交通大学"), ("csu", "中南大学"), ("ncu", "南昌大学"), ("hit", "哈尔滨工业大学"),
              ("stdaily-net", "中国科技网"), ("stdaily", "科技日报")]:
    ent(id, "Organization", l)
for id, l in [("zhang", "张平文"), ("dou", "窦贤康"), ("nahlin", "艾格尼丝·纳林"), ("wang", "王树国"), ("li", "李建成"),
              ("chen", "陈晔光"), ("han", "韩杰才"), ("wucx", "吴纯新"), ("wujl", "吴江龙")]:
    ent(id, "Person", l)
ent("song", "Person", "宋孝天", optional=True)
goal("f-exch", "加深交流与合作", "旨在加深交流与合作,共同引领未来世界发展", optional=True)
goal("f-lead", "共同引领未来世界发展", "共同引领未来世界发展", optional=True)
goal("z-mission", "承担起人才培养、科技创新和服务社会的时代使命", "大学更应承担起人才培养、科技创新和服务社会的时代使命")
goal("z-global", "推动高等教育在全球范围的可持续发展", "为推动高等教育在全球范围的可持续发展贡献力量")
goal("z-talent", "致力于培养拔尖创新人才", "大学应该顺应潮流,致力于培养拔尖创新人才")
goal("z-selfrel", "全力支撑国家科技自立自强", "全力支撑国家科技自立自强")
goal("z-region", "持续服务于区域经济社会发展", "持续服务于区域经济社会发展")
goal("z-lead", "引领新时代高等教育的新发展", "引领新时代高等教育的新发展")
goal("z-duty", "履行自己的使命与担当", "履行自己的使命与担当", optional=True)
for g in ("z-mission", "z-global", "z-talent", "z-selfrel", "z-region", "z-lead"):
    rel("zhang", "proposes", g); rel("whu", "hasGoal", g, optional=True)
rel("zhang", "proposes", "z-duty", optional=True)
goal("d-res", "将有限的科技资源投入给最具创新活力的一线科学家", "并指出要将有限的科技资源投入给最具创新活力的一线科学家")
rel("dou", "proposes", "d-res"); rel("nsfc", "hasGoal", "d-res")
rel("zhang", "holdsPost", "whu", post="校长")
rel("dou", "holdsPost", "nsfc", post="党组书记、主任")
rel("nahlin", "holdsPost", "bristol", post="副校长")
rel("wang", "holdsPost", "xjtu", post="校长")
rel("li", "holdsPost", "csu", post="校长")
rel("chen", "holdsPost", "ncu", post="校长")
rel("han", "holdsPost", "hit", post="校长")
rel("wucx", "holdsPost", "stdaily", post="记者", optional=True)
for p in ("zhang", "dou", "nahlin", "wang", "li", "chen", "han"):
    rel(p, "speaksAt", "forum")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
