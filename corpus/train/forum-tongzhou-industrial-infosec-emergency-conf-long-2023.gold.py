"""Gold annotation of forum-tongzhou-industrial-infosec-emergency-conf-long-2023 (聚焦 | 第四届国际工业信息安全应急大会主论坛于网安园（通州）顺利召开, 中国信息安全 2023-03-24: the 4th international industrial information-security emergency conference, Beijing 通州, 23 March 2023), by hand per shared/eval/ANNOTATE.md (annotator annH13)."""
ID = "forum-tongzhou-industrial-infosec-emergency-conf-long-2023"
import collections, json, pathlib
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type == "Statistic" or label in text, label
    for a in aliases: assert a in text, a
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    if "evidence" in kw: ev(kw["evidence"])
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def sent(frag):
    """the sentence (up to 。) of the text containing frag"""
    for l in lines:
        if frag in l:
            i = l.index(frag)
            a = l.rfind("。", 0, i) + 1
            b = l.find("。", i)
            return l[a:b + 1 if b >= 0 else len(l)]
    raise AssertionError(frag)

# ---- bodies ----
ent("miit", "Agency", "工业和信息化部", ["工信部"])
ent("miit-sec", "Agency", "网络安全管理局", ["工业和信息化部网络安全管理局", "工信部网安局"])
rel("miit-sec", "subOrganizationOf", "miit")
ent("miit-intl", "Agency", "国际合作司")
rel("miit-intl", "subOrganizationOf", "miit", optional=True)  # 工业和信息化部网络安全管理局局长隋静、国际合作司二级巡视员郑凯: read as MIIT's
ent("bjeit", "Agency", "北京市经济和信息化局", ["北京市经信局"])
ent("tz-gov", "Agency", "北京市通州区人民政府", ["区政府"])
ent("tz-cpc", "Agency", "北京市通州区区委", ["通州区委"])
ent("cics", "Agency", "国家工业信息安全发展研究中心", ["中心"])  # （以下简称中心）
rel("cics", "subOrganizationOf", "miit", optional=True)  # not stated in the text
ent("alliance", "Organization", "工业信息安全产业发展联盟")
ent("park", "Organization", "国家网络安全产业园区（通州园）", ["网安园（通州）", "国家网络安全产业园区（通州）", "通州网安园"])
ent("cas", "Organization", "中国科学院", optional=True)  # only in 中国科学院院士 (an honour)
ent("eucc", "Organization", "中国欧盟商会")
ent("eu", "Organization", "欧盟", optional=True)
# ---- people ----
ent("sui", "Person", "隋静")
rel("sui", "holdsPost", "miit-sec", post="局长")
ent("zheng", "Person", "郑凯")
rel("zheng", "holdsPost", "miit-intl", post="二级巡视员")
ent("su", "Person", "苏国斌")
rel("su", "holdsPost", "tz-cpc", post="区委常委")
rel("su", "holdsPost", "tz-gov", post="副区长")
ent("zhu", "Person", "朱西安")
rel("zhu", "holdsPost", "bjeit", post="副局长")
ent("jiang", "Person", "蒋艳")
rel("jiang", "holdsPost", "cics", post="党委书记、副主任")
ent("yin", "Person", "尹浩")  # 中国科学院院士: an honour, no post
ent("li", "Person", "李丽")
rel("li", "holdsPost", "cics", post="副主任")
ent("isabel", "Person", "伊莎贝尔")
rel("isabel", "holdsPost", "eucc", post="信息和通信技术组副主席")
ent("cui", "Person", "崔笑")
rel("cui", "holdsPost", "park", post="工作专班负责人", optional=True)  # 负责人: optional post
# ---- events ----
ent("conf", "Event", "第四届国际工业信息安全应急大会",
    ["国际工业信息安全应急大会", "第四届国际工业信息安全应急大会开幕式暨主论坛"])
for id, l in [("f-cicsvd", "国家工业信息安全漏洞库（CICSVD）2022年度总结大会"),
              ("f-std", "工业信息安全应急标准体系研讨会"),
              ("f-tech", "工业信息安全应急技术发展论坛"),
              ("f-ind", "工业信息安全产业创新发展论坛")]:
    ent(id, "Event", l)
ent("contest", "Event", "首届工业信息安全应急大赛", optional=True)
for p in ["sui", "zhu", "su", "yin", "isabel"]:
    rel(p, "speaksAt", "conf")
rel("li", "speaksAt", "conf", optional=True)  # 发布了《全景图》
rel("jiang", "speaksAt", "conf", optional=True)  # 主持
rel("cui", "speaksAt", "f-ind")  # 活动中…向参会嘉宾全面介绍
# ---- places ----
ent("bj", "Place", "北京")
rel("conf", "locatedIn", "bj")
ent("tz", "Place", "通州", optional=True)
rel("conf", "locatedIn", "tz", optional=True)
ent("fzx", "Place", "北京城市副中心", ["城市副中心"], optional=True)
ent("cn", "Place", "中国", optional=True)
for id, l in [("ru", "俄罗斯"), ("fr", "法国"), ("il", "以色列")]:
    ent(id, "Place", l)
# ---- documents ----
ent("map", "Document", "工业信息安全监测应急产品及服务全景图（2022）")
rel("map", "publishedBy", "cics")
# ---- technologies ----
ent("iiot", "Technology", "工业互联网")
ent("cyber", "Technology", "网络安全", optional=True)
ent("iis", "Technology", "工业信息安全", optional=True)
ent("digsec", "Technology", "数字安全", optional=True)
TECH = [("iiot", "工业互联网"), ("cyber", "网络安全"), ("iis", "工业信息安全"), ("digsec", "数字安全")]
TOPT = {"cyber", "iis", "digsec"}

def G(id, label, evidence, holders=(), opt_holders=(), who=None, opt=False, who_opt=False):
    assert label in evidence, (label, evidence)
    assert 4 <= len(label) <= 30, label
    ent(id, "Goal", label, optional=opt, evidence=ev(evidence))
    for h in holders: rel(h, "hasGoal", id, optional=opt)
    for h in opt_holders: rel(h, "hasGoal", id, optional=True)
    if who: rel(who, "proposes", id, optional=opt or who_opt)
    for t, l in TECH:
        if l in label:
            rel(id, "involvesTechnology", t, optional=opt or t in TOPT)

# 隋静 (工信部网安局): MIIT's next tasks; the achievements summed up are past measures (optional)
e = sent("明确了提升监测应急能力")
for id, l in [("s1", "提升监测应急能力"), ("s2", "推动分类分级管理"), ("s3", "加强国际对话合作")]:
    G(id, l, e, holders=["miit"], opt_holders=["miit-sec"], who="sui")
for id, l in [("sp1", "完善政策制度"), ("sp2", "提升服务能力"), ("sp3", "健全标准体系")]:
    G(id, l, e, holders=["miit"], who="sui", opt=True)
# 朱西安 (北京市经信局): aim and three numbered items, two verb phrases each
e = sent("北京市经信局副局长朱西安提出")
G("z0", "推动北京市工信安全产业发展", "为有力推动北京市工信安全产业发展及通州网安园建设", holders=["bjeit"], who="zhu")
G("z0b", "通州网安园建设", "为有力推动北京市工信安全产业发展及通州网安园建设", holders=["bjeit"], who="zhu")
G("z1a", "立足高点谋划新篇", "一是进一步立足高点谋划新篇", holders=["bjeit"], who="zhu")
G("z1b", "持续推动北京工业信息安全产业发展", "持续推动北京工业信息安全产业发展", holders=["bjeit"], who="zhu", opt=True)  # restates z0
G("z2a", "抓住多重政策叠加红利", "二是抓住多重政策叠加红利", holders=["bjeit"], who="zhu")
G("z2b", "承接国家级重大项目在京布局", "承接国家级重大项目在京布局", holders=["bjeit"], who="zhu")
G("z3a", "多措并举细化服务", "三是多措并举细化服务", holders=["bjeit"], who="zhu")
G("z3b", "推动数字安全产业整体升级", "推动数字安全产业整体升级", holders=["bjeit"], who="zhu")
rel("bjeit", "promotes", "digsec", optional=True)
# 苏国斌 (通州区委、区政府)
e = sent("始终坚持国家总体安全观")
G("t0", "高度重视工业信息安全", e, holders=["tz-cpc", "tz-gov"], who="su", opt=True)
G("t1", "坚持国家总体安全观", e, holders=["tz-cpc", "tz-gov"], who="su")
G("t2", "持续提升工业信息安全保障能力", e, holders=["tz-cpc", "tz-gov"], who="su")
e = sent("建设国家网络安全产业园区，是北京城市副中心")
G("t3", "建设国家网络安全产业园区", e, holders=["tz-gov"], opt_holders=["tz-cpc"], who="su")
G("t4", "加快构建“高精尖”产业体系", e, holders=["tz-gov"], opt_holders=["tz-cpc"], who="su")
G("t5", "强化科技创新主导功能", e, holders=["tz-gov"], opt_holders=["tz-cpc"], who="su")
G("t6", "推动高质量发展", e, holders=["tz-gov"], opt_holders=["tz-cpc"], who="su")
G("t7", "推动网络安全领域国际交流合作", e, holders=["tz-gov"], opt_holders=["tz-cpc"], who="su")
G("t8", "共同构建网络空间命运共同体", e, holders=["tz-gov"], opt_holders=["tz-cpc"], who="su")
rel("tz-gov", "promotes", "iis", optional=True)
# 尹浩's keynote theme: optional
e = "把握工业信息安全发展态势 合力应对工业信息安全挑战"
G("y1", "把握工业信息安全发展态势", e, who="yin", opt=True)
G("y2", "合力应对工业信息安全挑战", e, who="yin", opt=True)
# the sub-forum's theme and aims (an Event: no holder)
e = sent("工业信息安全产业创新发展论坛以")
G("f0", "共创工信安全新未来", e, opt=True)
G("f1", "深度探讨制造强国、网络强国建设与工信安全的重要关系", e)
G("f2", "探索符合新时代发展需要的新思路", e)
G("f3", "共筑工业互联网信息安全防护墙", e)
# 崔笑 (the park's 工作专班)
e = sent("同时欢迎各企业入驻网安园（通州）")
G("c1", "欢迎各企业入驻网安园（通州）", e, holders=["park"], who="cui")
G("c2", "共同推进城市副中心网安产业高质量发展", e, holders=["park"], who="cui")
# what the park will do
e = sent("园区将以此次大会为契机")
G("p1", "吸引更多优质项目、知名企业、高新人才向园区集聚", e, holders=["park"])
G("p2", "推动园区网络安全产业发展再上新台阶", e, holders=["park"])
rel("park", "promotes", "cyber", optional=True)
# ---- statistics ----
e = sent("共计200余人现场参会")
ent("st1", "Statistic", "参会国家和地区", value="21个", evidence=ev(e))
ent("st2", "Statistic", "现场参会人数", value="200余人", evidence=ev(e))

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
