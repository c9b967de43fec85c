"""Gold annotation of forum-wic-light-of-internet-expo-long-2024 (2024年世界互联网大会“互联网之光”博览会在浙江乌镇开幕, 中国网信网 as reprinted by 中国信息安全 2024-11-20: the opening of the expo of the 乌镇 summit, co-hosted by 世界互联网大会 and 浙江省人民政府), by hand per shared/eval/ANNOTATE.md (annotator annJ14)."""
ID = "forum-wic-light-of-internet-expo-long-2024"
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

# ---- outlets ----
ent("cis", "Organization", "中国信息安全", optional=True)  # the reprinting account, on the dateline only
ent("cac-net", "Organization", "中国网信网")              # （来源：中国网信网）
# ---- bodies ----
ent("wic", "Organization", "世界互联网大会")
ent("zj-gov", "Agency", "浙江省人民政府")
ent("cac", "Agency", "国家互联网信息办公室", ["国家网信办"])
ent("miit", "Agency", "工业和信息化部")
# ---- people and posts ----
ent("wang", "Person", "王崧")
rel("wang", "holdsPost", "cac", post="副主任")
ent("ren", "Person", "任贤良")
rel("ren", "holdsPost", "wic", post="秘书长")
ent("ke", "Person", "柯吉欣")
rel("ke", "holdsPost", "zj-gov", post="副省长")
# ---- events, places ----
ent("expo", "Event", "2024年世界互联网大会“互联网之光”博览会", ["“互联网之光”博览会"])
ent("summit", "Event", "世界互联网大会乌镇峰会", ["乌镇峰会", "本届乌镇峰会"])
ent("opening", "Event", "开幕式", optional=True)
ent("wz", "Place", "乌镇")
ent("zj", "Place", "浙江", ["浙江省"])
rel("expo", "locatedIn", "wz")
rel("expo", "locatedIn", "zj", optional=True)
rel("summit", "locatedIn", "wz", optional=True)  # only through its name
rel("opening", "locatedIn", "wz", optional=True)
rel("ke", "speaksAt", "expo")                    # 出席开幕式并致辞
rel("ke", "speaksAt", "opening", optional=True)
# ---- technologies ----
ent("ai", "Technology", "人工智能", ["AI"])
ent("icv", "Technology", "智能网联汽车")
ent("robot", "Technology", "人形机器人")
ent("lae", "Technology", "低空经济", optional=True)
ent("internet", "Technology", "互联网", optional=True)
ent("algo", "Technology", "算法模型", optional=True)
ent("compute", "Technology", "数据算力", optional=True)
# ---- statistics (this year's expo) ----
def S(id, label, value, evidence, opt=False):
    assert value.rstrip("个家项场人") in evidence or value in evidence, (value, evidence)
    ent(id, "Statistic", label, optional=opt, value=value, evidence=ev(evidence))
S("s-countries", "参展国家和地区", "53个", "吸引了来自53个国家和地区的665家中外企业与机构参展")
S("s-exhibitors", "参展中外企业与机构", "665家", "吸引了来自53个国家和地区的665家中外企业与机构参展")
S("s-interactive", "智慧化互动体验项目", "50余项", "本次博览会共布设50余项智慧化互动体验项目")
S("s-matchmaking", "产业合作对接专题活动", "5场", "5场产业合作对接专题活动")
S("s-employers", "发布招聘岗位的数字经济领域企事业单位", "50家", "现场50家数字经济领域企事业单位发布超500个招聘岗位")
S("s-jobs", "招聘岗位", "500个", "现场50家数字经济领域企事业单位发布超500个招聘岗位")
S("s-xinguang", "推荐“新光”产品", "20项", "推荐20项“新光”产品和10项“新耀”场景")
S("s-xinyao", "推荐“新耀”场景", "10项", "推荐20项“新光”产品和10项“新耀”场景")
S("s-attendees", "参加开幕式人数", "200余人", "新闻媒体代表等共计200余人参加开幕式")

def G(id, label, evidence, holders=("wic",), opt_holders=("zj-gov",), opt=False, techs=(), opt_techs=()):
    assert label in evidence, (label, evidence)
    assert 4 <= len(label) <= 30, label
    ent(id, "Goal", label, optional=opt, evidence=ev(evidence))
    for h in holders: rel(h, "hasGoal", id, optional=opt)
    for h in opt_holders: rel(h, "hasGoal", id, optional=True)
    for t in techs: rel(id, "involvesTechnology", t, optional=opt)
    for t in opt_techs: rel(id, "involvesTechnology", t, optional=True)

# the expo's standing aims (旨在…): 世界互联网大会 and 浙江省人民政府 co-host it
e = sent("旨在成为互联网领域引领前沿技术趋势")
G("a0", "携手构建网络空间命运共同体", e, opt=True)  # the 理念主张 it has followed since 2014 (also the summit's theme)
G("a1", "引领前沿技术趋势", e)
G("a2", "展示行业最新成果", e)
G("a3", "促进全球产业合作", e)
# this year's aims
e = sent("博览会以人工智能为展示重点")
G("b1", "以人工智能为展示重点", e, techs=["ai"])
G("b2", "持续深化全球数字合作", e)
G("b3", "秉持共生共赢的精神", e, opt=True)
G("b4", "进一步拓展“国际朋友圈”", e)
G("b5", "引领网络空间命运共同体进入新的发展阶段", e)
# the programme (设置了…, 推出…: the present event's arrangements, optional goals) and what it serves
e = sent("本届博览会设置了五大活动板块")
G("c1", "设置了五大活动板块", e, opt=True)
G("c2", "全面展示全球互联网的最新发展成果和人工智能领域的新技术、产品", e, techs=["ai"], opt_techs=["internet"])
e = sent("今年的博览会特别推出“十大看点”")
G("c3", "全链条展示人工智能最新技术、最新产品、最新成果", e, opt=True, techs=["ai"])
G("c4", "展示低空经济、智能网联汽车、人形机器人、数字文创等", e, opt=True,
  techs=["icv", "robot"], opt_techs=["lae"])
e = sent("为提升博览会观众满意度和获得感")
G("c5", "首次推出五条特色观展路线", e, opt=True)
G("c6", "提升博览会观众满意度和获得感", e)
G("c7", "满足不同的观展群体个性化观展需求", e)
e = sent("让人工智能可感、可触、可及")
G("d1", "场景化打造“AI创艺之境”体验区、人形机器人专区", e, opt=True, techs=["robot"], opt_techs=["ai"])
G("d2", "让人工智能可感、可触、可及", e, techs=["ai"])
e = sent("释放博览会溢出效应")
G("d3", "促进产品、项目、人才、资本合作对接", e)
G("d4", "释放博览会溢出效应", e)
G("d5", "打造全球互联网前沿科技成果的展示舞台", e, opt_techs=["internet"])
rel("wic", "promotes", "ai")
rel("zj-gov", "promotes", "ai", optional=True)
rel("wic", "promotes", "icv", optional=True)
rel("wic", "promotes", "robot", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
