"""Gold annotation of forum-wmc-hefei-2021 (2021世界制造业大会开幕式暨主旨论坛在合肥隆重举行), by hand per shared/eval/ANNOTATE.md."""
ID = "forum-wmc-hefei-2021"
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
ent("wmc", "Event", "2021世界制造业大会", ["世界制造业大会"])
for id, l in [("liuhe", "刘鹤"), ("zheng", "郑栅洁"), ("wang", "王清宪")]:
    ent(id, "Person", l)
ent("xi", "Person", "习近平", optional=True)
ent("politburo", "Agency", "中共中央政治局")
ent("sc", "Agency", "国务院")
ent("ah-cpc", "Agency", "安徽省委", ["省委"])
ent("ah-gov", "Agency", "安徽省人民政府")
ent("miit", "Agency", "工业和信息化部")
ent("most", "Agency", "科技部")
ent("mofcom", "Agency", "商务部")
ent("sasac", "Agency", "国务院国资委")
ent("cpc", "Agency", "党中央", optional=True)
ent("committee", "Organization", "大会组委会", optional=True)
for id, l in [("aecc", "中国航发"), ("conti", "大陆集团"), ("conch", "海螺集团"), ("corning", "康宁"), ("tencent", "腾讯"),
              ("deloitte", "德勤"), ("huawei", "华为"), ("iflytek", "科大讯飞"), ("cae", "中国工程院"), ("acfic", "全国工商联"),
              ("cpaffc", "全国对外友协"), ("casme", "中国中小企业协会"), ("wasme", "全球中小企业联盟")]:
    ent(id, "Organization", l)
ent("hefei", "Place", "合肥")
ent("korea", "Place", "韩国")
ent("shanghai", "Place", "上海")
ent("jiangsu", "Place", "江苏")
ent("zhejiang", "Place", "浙江")
ent("anhui", "Place", "安徽", optional=True)
ent("outlook", "Document", "合肥展望")
ent("digital", "Technology", "数字技术", optional=True)
goal("e-platform", "打造世界制造业发展的高端交流平台、开放合作平台", "打造世界制造业发展的高端交流平台、开放合作平台")
goal("e-theme", "携手全球制造业高质量发展", "将围绕“创新驱动,数字赋能,携手全球制造业高质量发展”主题", optional=True)
goal("e-date", "将每年9月20日作为世界制造业大会的举办日", "经大会组委会研究决定,从明年起,将每年9月20日作为世界制造业大会的举办日")
rel("committee", "hasGoal", "e-date", optional=True)
rel("zheng", "proposes", "e-date", optional=True)
Z = [("z-letter", "深入贯彻习近平总书记贺信精神", "我们将深入贯彻习近平总书记贺信精神"),
     ("z-innov", "坚持科技引领、强化创新驱动力", "坚持科技引领、强化创新驱动力"),
     ("z-convert", "把更多创新成果就地转化为现实生产力", "把更多创新成果就地转化为现实生产力"),
     ("z-serve", "服务市场主体、强化核心竞争力", "服务市场主体、强化核心竞争力"),
     ("z-cluster", "加快形成一批千亿级、万亿级产业集群", "加快形成一批千亿级、万亿级产业集群"),
     ("z-digital", "突出数字赋能、强化产业辐射力", "突出数字赋能、强化产业辐射力"),
     ("z-multiply", "更好发挥数字技术对经济发展的放大、叠加、倍增作用", "更好发挥数字技术对经济发展的放大、叠加、倍增作用")]
for id, l, e in Z:
    goal(id, l, e); rel("zheng", "proposes", id); rel("ah-cpc", "hasGoal", id)
rel("z-multiply", "involvesTechnology", "digital", optional=True)
rel("ah-cpc", "promotes", "digital", optional=True)
ent("s-acts", "Statistic", "大会举办的活动", value="20余场", evidence=ev("展览展示等20余场活动"), optional=True)
rel("liuhe", "holdsPost", "politburo", post="委员")
rel("liuhe", "holdsPost", "sc", post="副总理")
rel("zheng", "holdsPost", "ah-cpc", post="书记")
rel("wang", "holdsPost", "ah-cpc", post="副书记")
rel("zheng", "speaksAt", "wmc")
rel("liuhe", "speaksAt", "wmc", optional=True)
rel("wang", "speaksAt", "wmc", optional=True)
rel("wmc", "locatedIn", "hefei")
rel("outlook", "adoptedAt", "wmc", optional=True)
rel("wang", "holdsPost", "ah-gov", post="省长")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
