"""Gold annotation of workreport-guizhou-bigdata-2020 (中国网信网 2020-01-22, untitled excerpt on the 贵州省政府工作报告 and big data), by hand per shared/eval/ANNOTATE.md."""
ID = "workreport-guizhou-bigdata-2020"
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

ent("npc-gz", "Event", "贵州省第十三届人民代表大会第三次会议")
ent("guiyang", "Place", "贵阳")
ent("guizhou", "Place", "贵州", ["贵州省"])
rel("npc-gz", "locatedIn", "guiyang")
ent("shen", "Person", "谌贻琴")
ent("gz-cpc", "Agency", "中共贵州省委", ["贵州省委"])
ent("gz-cac-comm", "Agency", "贵州省委网信委", ["省委网信委"])
ent("gz-cac", "Agency", "贵州省委网信办")
rel("gz-cac-comm", "subOrganizationOf", "gz-cpc")
rel("gz-cac", "subOrganizationOf", "gz-cpc", optional=True)
rel("gz-cac", "subOrganizationOf", "gz-cac-comm", optional=True)
rel("shen", "holdsPost", "gz-cpc", post="副书记")
rel("shen", "holdsPost", "gz-cac-comm", post="副主任")
rel("shen", "speaksAt", "npc-gz")
ent("report", "Document", "政府工作报告")
for id, n in [("huawei", "华为"), ("apple", "苹果"), ("tencent", "腾讯")]:
    ent(id, "Organization", n)
for id, l, al, opt in [("bigdata", "大数据", [], False), ("ai", "人工智能", [], False), ("iot", "物联网", [], False),
                       ("quantum", "量子计算", [], False), ("nextnet", "下一代互联网", [], False), ("5g", "5G", ["5G实验网"], False),
                       ("smartmfg", "智能制造", [], False), ("ic", "集成电路", [], True), ("newit", "新一代信息技术", [], True),
                       ("cloud", "云", ["上云"], True), ("egov", "电子政务网", [], True),
                       ("dcxcy", "多彩贵州宣传云", [], True), ("ysgz", "云上贵州", [], True)]:
    ent(id, "Technology", l, al, optional=opt)
ent("pilot-zone", "Place", "国家大数据(贵州)综合试验区", optional=True)
G = [("g1", "持续推动大数据融合发展", "持续推动大数据融合发展", False, ["bigdata"]),
     ("g2", "扎实推进国家大数据(贵州)综合试验区建设", "扎实推进国家大数据(贵州)综合试验区建设", False, ["bigdata"]),
     ("g3", "坚持新发展理念", "贵州省坚持新发展理念,坚持高质量发展", True, []),
     ("g4", "坚持高质量发展", "贵州省坚持新发展理念,坚持高质量发展", True, []),
     ("g5", "深度推进大数据融合发展", "一是深度推进大数据融合发展。", True, ["bigdata"]),
     ("g6", "运用大数据、人工智能、物联网、量子计算等新一代信息技术", "充分运用大数据、人工智能、物联网、量子计算等新一代信息技术", False, ["bigdata", "ai", "iot", "quantum"]),
     ("g7", "提升经济社会发展智能化水平", "提升经济社会发展智能化水平", False, []),
     ("g8", "推动大数据产业创新发展", "二是推动大数据产业创新发展。", False, ["bigdata"]),
     ("g9", "加快下一代互联网建设应用", "加快下一代互联网建设应用", False, ["nextnet"]),
     ("g10", "加快推进贵阳5G实验网综合应用示范项目建设", "加快推进贵阳5G实验网综合应用示范项目建设", False, ["5g"]),
     ("g11", "推进华为、苹果、腾讯等大数据项目建设", "推进华为、苹果、腾讯等大数据项目建设", False, ["bigdata"]),
     ("g12", "推动“万企融合”", "推动“万企融合”。", False, []),
     ("g13", "加快推进数字产业化、产业数字化", "加快推进数字产业化、产业数字化", False, []),
     ("g14", "启动实施大数据新领域百企引领行动", "启动实施大数据新领域百企引领行动", False, ["bigdata"]),
     ("g15", "实施10个以上省级智能制造试点示范项目", "实施10个以上省级智能制造试点示范项目", False, ["smartmfg"]),
     ("g16", "推动大数据开放共享", "三是推动大数据开放共享。", False, ["bigdata"]),
     ("g17", "深化数据“聚通用”", "深化数据“聚通用”", False, []),
     ("g18", "加快建设“一云一网一平台”", "加快建设“一云一网一平台”", False, []),
     ("g19", "建成电子证照、公共信用等政务服务库", "建成电子证照、公共信用等政务服务库", True, []),
     ("g20", "完善全省政务数据资源体系", "完善全省政务数据资源体系", False, []),
     ("g21", "加快国家社会信用体系与大数据融合发展试点省建设", "加快国家社会信用体系与大数据融合发展试点省建设", False, ["bigdata"]),
     ("g22", "推动大数据基础设施升级", "四是推动大数据基础设施升级。", False, ["bigdata"])]
for id, l, e, opt, techs in G:
    goal(id, l, e, optional=opt)
    rel("report", "hasGoal", id, optional=opt)
    rel("shen", "proposes", id, optional=True)
    for t in techs:
        rel(id, "involvesTechnology", t, optional=opt)
rel("g6", "involvesTechnology", "newit", optional=True)
stat("s1", "与大数据融合的企业", "2280户", "2280户企业与大数据融合")
stat("s2", "核心应用“上云”企业", "1.5万家", "核心应用“上云”企业超过1.5万家")
stat("s3", "智能手机产量增长", "180%", "智能手机、电子元件、集成电路产量分别增长180%、25%和20%以上")
stat("s4", "电子元件产量增长", "25%", "智能手机、电子元件、集成电路产量分别增长180%、25%和20%以上")
stat("s5", "集成电路产量增长", "20%以上", "智能手机、电子元件、集成电路产量分别增长180%、25%和20%以上")
stat("s6", "软件业务收入增长", "18%以上", "软件业务收入增长18%以上")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
