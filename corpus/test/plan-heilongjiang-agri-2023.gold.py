"""Gold annotation of plan-heilongjiang-agri-2023 (黑龙江:统筹推进“四个农业” 当好国家粮食安全“压舱石”), by hand per shared/eval/ANNOTATE.md."""
ID = "plan-heilongjiang-agri-2023"
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

ent("hlj-cpc", "Agency", "中共黑龙江省委", ["黑龙江省委"], optional=True)
ent("hlj-pub", "Agency", "中共黑龙江省委宣传部")
ent("hlj-gov", "Agency", "黑龙江省人民政府", optional=True)
ent("hlj-sio", "Agency", "黑龙江省人民政府新闻办公室")
ent("hlj-nb", "Agency", "黑龙江省委农办")
ent("hlj-agri", "Agency", "黑龙江省农业农村厅")
rel("hlj-pub", "subOrganizationOf", "hlj-cpc", optional=True)
rel("hlj-nb", "subOrganizationOf", "hlj-cpc", optional=True)
rel("hlj-sio", "subOrganizationOf", "hlj-gov", optional=True)
ent("people", "Organization", "人民网", ["人民网-黑龙江频道"])
ent("wang", "Person", "王兆成")
ent("han", "Person", "韩婷澎")
rel("han", "holdsPost", "people", post="记者", optional=True)
rel("wang", "holdsPost", "hlj-nb", post="主任")
rel("wang", "holdsPost", "hlj-agri", post="党组书记、厅长")
ent("presser", "Event", "“全面落实党的二十大精神 奋力开创黑龙江高质量发展可持续振兴新局面”系列主题新闻发布会",
    ["全面落实党的二十大精神 奋力开创黑龙江高质量发展可持续振兴新局面”系列主题新闻发布会"])
ent("cpc20", "Event", "党的二十大", optional=True)
ent("hlj", "Place", "黑龙江", ["黑龙江省"])
ent("hrb", "Place", "哈尔滨", optional=True)
rel("wang", "speaksAt", "presser")
rel("presser", "locatedIn", "hrb", optional=True)
L = lines[3]; M = lines[4]
G = [("g1", "当好国家粮食安全‘压舱石’", "黑龙江省大力推进农业农村现代化建设,当好国家粮食安全‘压舱石’", False),
     ("g2", "大力推进农业农村现代化建设", "黑龙江省大力推进农业农村现代化建设", False),
     ("g3", "建设农业强省", "围绕黑龙江省建设农业强省,大力实施现代农业振兴作主旨发布", False),
     ("g4", "大力实施现代农业振兴计划", "大力实施现代农业振兴计划", False),
     ("g5", "统筹推进科技农业、绿色农业、质量农业、品牌农业", "统筹推进科技农业、绿色农业、质量农业、品牌农业", False),
     ("g6", "坚持把多种粮、种好粮作为首要担当", "一是坚持把多种粮、种好粮作为首要担当,粮食生产再夺丰收", False),
     ("g7", "启动实施千万吨粮食增产计划", "启动实施千万吨粮食增产计划", True),
     ("g8", "坚持良田、良种、良机、良技、良制“五良”协同", "坚持良田、良种、良机、良技、良制“五良”协同", True),
     ("g9", "深入实施“藏粮于地、藏粮于技”战略", "深入实施“藏粮于地、藏粮于技”战略", True),
     ("g10", "毫不放松抓好粮食生产", "毫不放松抓好粮食生产", True),
     ("g11", "坚持抓住耕地和种子“两个要害”", "二是坚持抓住耕地和种子“两个要害”,粮食安全根基持续巩固。", False)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("wang", "proposes", id, optional=opt)
    rel("hlj-agri", "hasGoal", id, optional=opt)
stat("s1", "全省粮食播种面积", "2.21亿亩", "2023年,全省粮食播种面积2.21亿亩")
stat("s2", "粮食播种面积比上年增加", "89.85万亩", "比上年增加89.85万亩")
stat("s3", "粮食产量", "1557.64亿斤", "产量1557.64亿斤")
stat("s4", "粮食增产", "5.04亿斤", "增产5.04亿斤")
stat("s5", "粮食产量稳定在1500亿斤以上的连续年数", "6年", "连续6年稳定在1500亿斤以上", optional=True)
stat("s6", "粮食产量居全国首位的连续年数", "14年", "连续14年居全国首位", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
