"""Gold annotation of briefing-zhejiang-decade-long-2022 (浙江这十年：GDP连跨4个万亿级台阶，不断迭代升级共同富裕体系架构), by hand per shared/eval/ANNOTATE.md."""
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
ID = "briefing-zhejiang-decade-long-2022"
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
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
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=()):
    """a Goal; evidence defaults to the sentence stating it; by = proposers, body = hasGoal subjects"""
    assert label in text, label
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence) if evidence else sent(label))
    for p in by: rel(p, "proposes", id, optional=optional)
    for p in opt_by: rel(p, "proposes", id, optional=True)
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)
    for t in tech: rel(id, "involvesTechnology", t, optional=optional)
# Bodies and people
ent("zjpc", "Agency", "中共浙江省委", ["浙江省委"])
ent("zjnpc", "Agency", "省人大常委会", ["浙江省人大常委会"])
ent("yuan", "Person", "袁家军")
rel("yuan", "holdsPost", "zjpc", post="书记")
rel("yuan", "holdsPost", "zjnpc", post="主任")
ent("lin", "Person", "林倩梅")
# Events and places
ent("presser", "Event", "“中国这十年·浙江”主题新闻发布会", ["中国这十年·浙江"])
rel("yuan", "speaksAt", "presser")
ent("congress15", "Event", "浙江省第十五次党代会", ["省第十五次党代会"])
ent("zj", "Place", "浙江", ["浙江省"])
ent("china", "Place", "中国", optional=True)
rel("presser", "locatedIn", "zj", optional=True)
# Technologies (fields named in passing)
ent("internet-plus", "Technology", "互联网+", ["“互联网+”"], optional=True)
ent("newmat", "Technology", "新材料", optional=True)
ent("digecon", "Technology", "数字经济", optional=True)
ent("digital", "Technology", "数字化", optional=True)
# Statistics: the decade's figures as reported
S = [("s-inc-u", "城镇居民收入连续居各省区第一", "21年", "分别连续21年、37年居各省、区第一", False),
     ("s-inc-r", "农村居民收入连续居各省区第一", "37年", "分别连续21年、37年居各省、区第一", False),
     ("s-urb", "城镇化率", "72.7%", "城镇化率从63.2%提高到72.7%", False),
     ("s-urb0", "城镇化率（十年前）", "63.2%", "城镇化率从63.2%提高到72.7%", True),
     ("s-gap", "城乡居民收入倍差", "1.94", "城乡居民收入倍差从2.37缩小到1.94", False),
     ("s-gap0", "城乡居民收入倍差（十年前）", "2.37", "城乡居民收入倍差从2.37缩小到1.94", True),
     ("s-dgap", "城区居民收入最高最低倍差", "1.61", "城区居民收入最高最低倍差从2013年的1.76缩小到1.61", False),
     ("s-dgap0", "2013年城区居民收入最高最低倍差", "1.76", "城区居民收入最高最低倍差从2013年的1.76缩小到1.61", True),
     ("s-mid", "家庭年可支配收入20-60万元群体的比例", "30.6%", "家庭年可支配收入20-60万元群体的比例达到30.6%", False),
     ("s-gdp", "全省地区生产总值", "7万亿元", "全省地区生产总值连跨4个万亿级台阶、突破7万亿元", False),
     ("s-gdp-steps", "地区生产总值跨越的万亿级台阶", "4个", "全省地区生产总值连跨4个万亿级台阶", True),
     ("s-gdppc", "人均GDP", "11万元", "人均GDP突破11万元", False),
     ("s-rev", "一般公共预算收入", "8263亿元", "一般公共预算收入达8263亿元", False),
     ("s-rd", "研发投入强度", "2.9%", "研发投入强度从2%提高到2.9%", False),
     ("s-rd0", "研发投入强度（十年前）", "2%", "研发投入强度从2%提高到2.9%", True),
     ("s-dig", "数字经济增加值占GDP的比重", "48.6%", "数字经济增加值占GDP的比重达到48.6%", False),
     ("s-apps", "开发上线重大应用", "143个", "开发上线143个重大应用", False),
     ("s-energy", "能耗占全国比重", "5%", "以5%的能耗产出了6.4%的GDP、8.6%的税收", False),
     ("s-gdpshare", "GDP占全国比重", "6.4%", "以5%的能耗产出了6.4%的GDP、8.6%的税收", False),
     ("s-tax", "税收占全国比重", "8.6%", "以5%的能耗产出了6.4%的GDP、8.6%的税收", False)]
for id, l, v, e, opt in S:
    ent(id, "Statistic", l, value=v, evidence=ev(e), optional=opt)
# Goals: the decade's work, past measures named in passing (optional)
goal("p-1", "体系化推进共同富裕示范区建设", optional=True, by=["yuan"], body=["zjpc"])
goal("p-2", "推进创新引领经济变革", optional=True, by=["yuan"], body=["zjpc"])
goal("p-3", "把改革作为关键一招", optional=True, by=["yuan"], body=["zjpc"])
goal("p-4", "持续推进绿色低碳变革", optional=True, by=["yuan"], body=["zjpc"])
goal("p-5", "数字化改革", "数字化改革取得一批开创性成果", optional=True, body=["zjpc"], tech=["digital"])
goal("p-6", "清洁能源示范省建设", optional=True, body=["zjpc"])
# Goals: the answer on 共同富裕先行 (what lies ahead)
goal("f-0", "共同富裕先行", "会上，围绕“如何扎实推进共同富裕先行”这一问题，袁家军表示，浙江省第十五次党代会擘画了浙江未来发展蓝图，其中，“共同富裕先行”是鲜明主题之一", by=["yuan"], body=["zjpc"])
goal("f-1", "不断迭代升级共同富裕体系架构", by=["yuan"], body=["zjpc"])
H = [("h1", "探索实现以人的现代化为核心的共同富裕新目标", ["聚焦破解共同富裕普遍性难题", "谋划一批重大改革方案"], []),
     ("h2", "探索创新引领高质量发展新模式", ["打造数字经济“一号工程”升级版",
                                        "五个跃升"], ["digecon"]),
     ("h3", "探索持续缩小“三大差距”新路径", ["实施扩中提低行动", "完善高质量就业创业体系", "构建橄榄型社会结构"], []),
     ("h4", "探索构建共富型制度政策新体系", ["聚焦初次分配、再分配、三次分配协调配套的基础性制度安排",
                                        "探索共富型大社保体系、现代财税体制"], []),
     ("h5", "探索完善党建统领共建共享新机制", ["完善社会力量举办、社会事业政策机制"], [])]
for hid, head, subs, tech in H:
    goal(hid, head, by=["yuan"], body=["zjpc"])
    for i, s in enumerate(subs):
        goal(f"{hid}-{i}", s, by=["yuan"], body=["zjpc"])
rel("h2-0", "involvesTechnology", "digecon", optional=True)
rel("zjpc", "promotes", "digecon", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
