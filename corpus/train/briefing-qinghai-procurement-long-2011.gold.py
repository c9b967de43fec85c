"""Gold annotation of briefing-qinghai-procurement-long-2011 (青海召开全省政府采购工作会议 规格高内容多意义重大), by hand per shared/eval/ANNOTATE.md (annotator ann23)."""
ID = "briefing-qinghai-procurement-long-2011"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
L = lines
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def sent(label):
    """the sentence (split at 。；！？ and line ends) that states the label"""
    for s in re.split(r"(?<=[。；！？\n])", text):
        if label in s:
            return ev(s.strip().rstrip("；。"))
    raise AssertionError(label)

def ent(id, type, label, aliases=(), optional=False, **kw):
    assert type == "Statistic" or label in text or any(a in text for a in aliases), label
    for a in aliases: assert a in text, a
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    # a relation to an optional entity is optional too
    optional = optional or any(e.get("optional") for e in E if e["id"] in (s, o))
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=(), opt_tech=()):
    """a Goal; evidence defaults to the sentence stating it; by = proposers, body = hasGoal subjects"""
    assert label in text, label
    e = ev(evidence) if evidence else sent(label)
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=optional, evidence=e)
    for p in by: rel(p, "proposes", id, optional=optional)
    for p in opt_by: rel(p, "proposes", id, optional=True)
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)
    for t in tech: rel(id, "involvesTechnology", t, optional=optional)
    for t in opt_tech: rel(id, "involvesTechnology", t, optional=True)

def stat(id, label, value, evidence, optional=False):
    assert str(value) in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=ev(evidence), optional=optional)

# ---------------------------------------------------------------- Agencies
ent("qhgov", "Agency", "青海省政府", ["省政府"])
ent("qhfin", "Agency", "青海省财政厅", ["财政厅"])
ent("qhfin-sup", "Agency", "监察处", ["青海省财政厅监察处"])
ent("qhfin-gp", "Agency", "政府采购监督管理处", ["青海省财政厅政府采购监督管理处"])
rel("qhfin-sup", "subOrganizationOf", "qhfin")
rel("qhfin-gp", "subOrganizationOf", "qhfin")
ent("qhgpc", "Agency", "青海省政府采购中心")
ent("qhedu", "Agency", "青海省教育厅")
ent("qhradio", "Agency", "省广播电视局")
ent("xnfin", "Agency", "西宁市财政局")
ent("hdfin", "Agency", "海东地区财政局")
ent("hxfin", "Agency", "海西州财政局")
# ---------------------------------------------------------------- Organizations (media)
ent("gpnews", "Organization", "政府采购信息报", ["《政府采购信息报》"])
ent("ebid", "Organization", "www.ebid360.com", optional=True)   # the reposting site named in the source line
# ---------------------------------------------------------------- People and posts
ent("zhang", "Person", "张光荣")
ent("cheng", "Person", "程丽华")
ent("xu", "Person", "徐珑")
ent("ren", "Person", "任亚光")
ent("lin", "Person", "蔺华藏")
ent("zhao", "Person", "赵奋奎")
rel("zhang", "holdsPost", "qhgov", post="副省长")
rel("cheng", "holdsPost", "qhfin", post="厅长")
rel("xu", "holdsPost", "qhfin", post="副厅长")
rel("ren", "holdsPost", "qhfin-sup", post="处长")
rel("lin", "holdsPost", "qhfin-gp", post="处长")
rel("zhao", "holdsPost", "qhgpc", post="主任")
# ---------------------------------------------------------------- Events
ent("meeting", "Event", "青海全省政府采购工作会议", ["全省政府采购工作会议", "政府采购工作会议"])
ent("natmeeting", "Event", "全国GPA谈判应对工作暨政府采购工作会议")
for p in ("zhang", "cheng", "xu"):
    rel(p, "speaksAt", "meeting")
for p in ("ren", "lin", "zhao"):       # they trained the participants at the meeting
    rel(p, "speaksAt", "meeting")
# ---------------------------------------------------------------- Documents
ent("opinion", "Document", "关于进一步加强政府采购管理工作的意见", ["《关于进一步加强政府采购管理工作的意见》", "青政〔2011〕35号"])
rel("opinion", "publishedBy", "qhgov")
ent("gpa", "Document", "GPA", optional=True)   # the WTO Government Procurement Agreement, named only inside the national meeting's name
# ---------------------------------------------------------------- Places
ent("qinghai", "Place", "青海省", ["青海"])
ent("xining", "Place", "西宁市")
ent("haidong", "Place", "海东地区", optional=True)   # only inside the bureaus' names
ent("haixi", "Place", "海西州", optional=True)
rel("meeting", "locatedIn", "xining")
# ---------------------------------------------------------------- Technologies (none named; e-procurement at most)
ent("eproc", "Technology", "电子化", optional=True)
rel("qhfin", "promotes", "eproc", optional=True)
# ---------------------------------------------------------------- Statistics
stat("s-part", "参加会议人数", "150余人", "财政厅相关处室负责人等150余人参加了会议")
stat("s-save", "全省政府采购节支率", "10%", "全省政府采购节支率每年都在10%左右")   # also the heading “十一五”年均节支率10%
stat("s-save-max", "政府采购节支率最高年份", "15.21%", "其中最高的年份达到了15.21%")
stat("s-save-sum", "“十一五”期间省级单位通过政府采购累计节约资金", "5.1亿元", "‘十一五’期间仅省级单位通过政府采购累计节约资金就达5.1亿元")
stat("s-rules", "青海省财政厅制定、修订配套制度办法", "18项", "青海省财政厅据此制定、修订了18项配套制度办法")

ZH = dict(by=("zhang",), body=("qhgov",))
CH = dict(by=("cheng",), body=("qhfin",))
XU = dict(by=("xu",), body=("qhfin",))
# ---------------------------------------------------------------- line 4: the three speeches in brief
goal("c0", "进一步强化政府采购薄弱环节的监督管理", **CH)
goal("x0", "应重点推进的八项工作", optional=True, opt_by=("xu",), opt_body=("qhfin",))
# ---------------------------------------------------------------- line 5: the meeting's tasks (no speaker)
M = dict(opt_body=("qhfin", "qhgov"))
goal("m1", "贯彻落实5月召开的全国GPA谈判应对工作暨政府采购工作会议", **M)
goal("m2", "总结“十一五”时期青海全省政府采购工作所取得的成绩", optional=True, **M)
goal("m3", "分析当前政府采购制度改革面临的新形势和新任务", optional=True, **M)
goal("m4", "明确“十二五”时期加强政府采购工作的基本思路", **M)
goal("m5", "部署当前和今后一个时期的工作重点", **M)
# ---------------------------------------------------------------- lines 7-9: Zhang's review (past work areas and problems: optional)
goal("z0a", "扩大采购规模", optional=True, opt_by=("zhang",))
goal("z0b", "拓展采购范围", optional=True, opt_by=("zhang",))
goal("z0c", "依法采购的意识有待增强", optional=True, opt_by=("zhang",))
goal("z0d", "管理体制和运行机制还不完善", optional=True, opt_by=("zhang",))
goal("z0e", "政府采购预算编制尚不完整", optional=True, opt_by=("zhang",))
goal("z0f", "队伍建设仍须加强", optional=True, opt_by=("zhang",))
# ---------------------------------------------------------------- line 11 (restating line 4): Zhang's requirements
goal("z1", "理清思路", **ZH)
goal("z2", "明确重点", L[10], **ZH)
# aim of the 2011 opinion too (line 13, 为了深化政府采购制度改革): one node
goal("z3", "进一步深化政府采购制度改革", opt_by=("cheng",), opt_body=("opinion",), **ZH)
goal("z4", "严格要求", L[10], **ZH)
goal("z5", "强化服务", L[10], **ZH)
goal("z6", "努力开创政府采购工作新局面", L[10], **ZH)
# ---------------------------------------------------------------- lines 12-14: Cheng
goal("c1a", "推进改革", L[11], optional=True, opt_body=("opinion",))   # the heading “1主18辅”制度办法推进改革
goal("c1", "推动青海省政府采购标准化精细化管理", optional=True, opt_by=("cheng",), opt_body=("opinion", "qhfin"))
goal("c2", "从源头上加强管理", **CH)
goal("c3", "细化采购预算编制", **CH)
goal("c4", "及早着手明年的预算编制工作", **CH)
goal("c5", "将政府采购项目全部列入部门预算", **CH)
goal("c6", "将采购预算细化到项目", **CH)
goal("c7", "严格采购方式审批", **CH)
# ---------------------------------------------------------------- line 15: Xu, the 十二五 tasks
goal("x1", "全面贯彻省政府《关于进一步加强政府采购管理工作的意见》精神", **XU)
goal("x2", "落实18项配套制度办法", **XU)
goal("x3", "逐步建立涵盖各类预算体系资金、各类政府采购主体和各类采购对象，符合公共管理要求的政府采购管理制度", **XU)
goal("x4", "强化和提高政府采购执行力度", **XU)
goal("x5", "采购管理精细化", **XU)
goal("x6", "采购行为规范化", **XU)
goal("x7", "采购权责明晰化", **XU)
goal("x8", "采购监督科学化", **XU)
goal("x9", "采购手段电子化", opt_tech=("eproc",), **XU)
goal("x10", "采购人员专业化", **XU)
# ---------------------------------------------------------------- lines 16-17: the meeting as training
goal("t0", "以会代训", L[15], optional=True)
goal("t1", "提高专业技能", L[15], opt_body=("qhfin",))
goal("t2", "认真学习会议精神", opt_body=("qhfin",))
goal("t3", "提高自己的采购专业化水平和廉政意识", opt_body=("qhfin",))

for e in E:
    if e["type"] == "Goal" and len(e["label"]) > 30: print("long label:", len(e["label"]), e["label"])

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
