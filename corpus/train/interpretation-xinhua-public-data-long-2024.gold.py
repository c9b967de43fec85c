"""Gold annotation of interpretation-xinhua-public-data-long-2024 (扩供给促创新 激活公共数据资源潜能), by hand per shared/eval/ANNOTATE.md."""
ID = "interpretation-xinhua-public-data-long-2024"
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

def goal(id, label, evidence=None, optional=False):
    evidence = evidence or label
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    assert label in evidence, (label, evidence)
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)


# Bodies, people, document
ent("zb", "Agency", "中共中央办公厅")
ent("gb", "Agency", "国务院办公厅")
ent("doc", "Document", "关于加快公共数据资源开发利用的意见", ["意见"])
rel("doc", "publishedBy", "zb"); rel("doc", "publishedBy", "gb")
ent("sun", "Person", "孙广见"); ent("hao", "Person", "郝菁")
ent("xhcj", "Organization", "新华财经客户端", ["新华财经"])
ent("sic", "Agency", "国家信息中心")
ent("sic-bd", "Agency", "国家信息中心大数据发展部", ["大数据发展部"])
rel("sic-bd", "subOrganizationOf", "sic")
ent("liu", "Person", "刘枝"); rel("liu", "holdsPost", "sic-bd", post="处长")
ent("nei", "Organization", "下一代互联网国家工程中心")
ent("zhangxd", "Person", "张旭东"); rel("zhangxd", "holdsPost", "nei", post="副主任")
ent("cass", "Agency", "中国社会科学院")
ent("cuds", "Organization", "中国城市发展研究会", ["中国社会科学院中国城市发展研究会"])
rel("cuds", "subOrganizationOf", "cass")
ent("he", "Person", "贺可嘉"); rel("he", "holdsPost", "cuds", post="副理事长")
ent("caict", "Agency", "中国信息通信研究院")
ent("wei", "Person", "魏亮"); rel("wei", "holdsPost", "caict", post="副院长")
ent("drc", "Agency", "国务院发展研究中心")
ent("drc-ind", "Agency", "国务院发展研究中心产业部", ["产业部"])
rel("drc-ind", "subOrganizationOf", "drc")
ent("wang", "Person", "王明辉"); rel("wang", "holdsPost", "drc-ind", post="研究室主任")
rel("wang", "holdsPost", "drc", optional=True, post="产业部研究室主任")
ent("bjtu", "Organization", "北京交通大学")
ent("icir", "Organization", "北京交通大学信息管理理论与技术国际研究中心", ["ICIR", "信息管理理论与技术国际研究中心"])
rel("icir", "subOrganizationOf", "bjtu")
ent("zhangxh", "Person", "张向宏"); rel("zhangxh", "holdsPost", "icir", optional=True, post="特聘教授")

# Technologies
ent("t-ds", "Technology", "数据空间", optional=True)
ent("t-pc", "Technology", "隐私计算")
ent("t-bc", "Technology", "区块链")
ent("t-bcds", "Technology", "区块链数据空间", optional=True)

# Goals: (id, label, evidence, optional, proposers, holders); a proposer or holder with a leading "?" is optional.
# 《意见》提出… / 《意见》鼓励… : the document has the goal; an expert who reports it proposes it optionally,
# an expert's own suggestion (建议, 要…, 将…) he proposes; the body he works for has it optionally.
INTRO = "该《意见》的印发旨在通过深化数据要素配置改革、加强资源管理以及鼓励应用创新，推动公共数据资源的高效利用，促进数字经济的高质量发展"
P1 = "《意见》提出统筹推进政务数据共享，有序推动公共数据开放，探索公共数据授权运营。"
LIU1 = "《意见》明确将授权运营作为共享和开放之外的第三种公共数据开发利用形式，提出了一系列规范化、科学化、合理化的工作要求，将促进公共数据实现“供得出”“流得动”“用得好”"
ZXD = "以公共数据为基础、企业数据和个人数据为辅助，依托相关创新技术开展的城市数据空间建设，将全面推进多元数据融合应用，发挥数据要素叠加、倍增效应，助力我国城市数字化转型。"
HE = "《意见》鼓励优先开放与民生密切相关的数据，以满足社会各界的需求"
P2 = "《意见》提出健全资源管理制度。建立公共数据资源登记制度，对纳入授权运营范围的公共数据资源实行登记管理。"
WEI1 = "各地区、各部门应明确数据管理机构，要将登记制度作为抓手，健全对公共数据资源流通使用过程的追溯、监督和管理机制。"
WANG = "这些制度设计有利于提高公共数据资源的可用性，推动数据资源标准化、规范化建设，防范垄断行为。"
ZXH1 = "对于规制公共数据授权运营机构垄断行为，北京交通大学信息管理理论与技术国际研究中心（ICIR特聘教授）张向宏建议，应明确授权主体的责任义务，规范运营机构的行为，加强多维度监管，并建立公共数据资源授权运营情况披露机制。"
P3 = "《意见》提出丰富数据应用场景。在市场需求大、数据资源多的行业和领域，拓展应用场景，鼓励经营主体利用公共数据资源开发产品、提供服务。"
LIU2 = "海量的公共数据将被逐渐开发出来，必将产生一大批从事公共数据产品开发的专业“数商”，将会极大丰富数据要素市场。"
ZXH2a = "各地区、各部门应鼓励更多安全厂商研发隐私计算、区块链数据空间等安全流通技术，成为数据安全企业。"
ZXH2b = "让更多经营主体发展“数网一体”“数算一体”数据安全流通技术，成为数据基础设施企业。"
WEI2 = "要综合运用财政、税收等手段，着力培育壮大数据产业，健全容错纠错机制，营造公平、透明、可预期的公共数据资源开发利用市场环境，增强产业内生动力。"
G = [
 ("g1", "深化数据要素配置改革", INTRO, False, [], ["doc"]),
 ("g2", "加强资源管理", INTRO, False, [], ["doc"]),
 ("g3", "鼓励应用创新", INTRO, False, [], ["doc"]),
 ("g4", "推动公共数据资源的高效利用", INTRO, False, [], ["doc"]),
 ("g5", "促进数字经济的高质量发展", INTRO, False, [], ["doc"]),
 ("g6", "统筹推进政务数据共享", P1, False, [], ["doc"]),
 ("g7", "有序推动公共数据开放", P1, False, [], ["doc"]),
 ("g8", "探索公共数据授权运营", P1, False, [], ["doc"]),
 ("g9", "促进公共数据实现“供得出”“流得动”“用得好”", LIU1, False, ["liu"], ["doc"]),
 ("g10", "全面推进多元数据融合应用", ZXD, False, ["zhangxd"], ["?nei"]),
 ("g11", "发挥数据要素叠加、倍增效应", ZXD, False, ["zhangxd"], ["?nei"]),
 ("g12", "助力我国城市数字化转型", ZXD, False, ["zhangxd"], ["?nei"]),
 ("g13", "优先开放与民生密切相关的数据", HE, False, ["?he"], ["doc"]),
 ("g14", "规范公共数据授权运营", "强化管理规范公共数据授权运营", False, [], ["doc"]),
 ("g15", "健全资源管理制度", P2, False, [], ["doc"]),
 ("g16", "建立公共数据资源登记制度", P2, False, [], ["doc"]),
 ("g17", "对纳入授权运营范围的公共数据资源实行登记管理", P2, False, [], ["doc"]),
 ("g18", "明确数据管理机构", WEI1, False, ["wei"], ["?caict"]),
 ("g19", "健全对公共数据资源流通使用过程的追溯、监督和管理机制", WEI1, False, ["wei"], ["?caict"]),
 ("g20", "提高公共数据资源的可用性", WANG, False, ["?wang"], ["doc"]),
 ("g21", "推动数据资源标准化、规范化建设", WANG, False, ["?wang"], ["doc"]),
 ("g22", "防范垄断行为", WANG, False, ["?wang"], ["doc"]),
 ("g23", "规制公共数据授权运营机构垄断行为", ZXH1, True, ["zhangxh"], ["?icir"]),
 ("g24", "明确授权主体的责任义务", ZXH1, False, ["zhangxh"], ["?icir"]),
 ("g25", "规范运营机构的行为", ZXH1, False, ["zhangxh"], ["?icir"]),
 ("g26", "加强多维度监管", ZXH1, False, ["zhangxh"], ["?icir"]),
 ("g27", "建立公共数据资源授权运营情况披露机制", ZXH1, False, ["zhangxh"], ["?icir"]),
 ("g28", "丰富数据应用场景", P3, False, [], ["doc"]),
 ("g29", "拓展应用场景", P3, True, [], ["doc"]),
 ("g30", "鼓励经营主体利用公共数据资源开发产品、提供服务", P3, False, [], ["doc"]),
 ("g31", "丰富数据要素市场", LIU2, True, ["liu"], ["?sic"]),
 ("g32", "鼓励更多安全厂商研发隐私计算、区块链数据空间等安全流通技术", ZXH2a, False, ["zhangxh"], ["?icir"]),
 ("g33", "发展“数网一体”“数算一体”数据安全流通技术", ZXH2b, False, ["zhangxh"], ["?icir"]),
 ("g34", "着力培育壮大数据产业", WEI2, False, ["wei"], ["?caict"]),
 ("g35", "健全容错纠错机制", WEI2, False, ["wei"], ["?caict"]),
 ("g36", "营造公平、透明、可预期的公共数据资源开发利用市场环境", WEI2, False, ["wei"], ["?caict"]),
 ("g37", "增强产业内生动力", WEI2, False, ["wei"], ["?caict"]),
 ("g38", "推动数据产业健康发展", "促创新推动数据产业健康发展", False, [], ["doc"]),
]
for id, l, e, opt, by, holders in G:
    goal(id, l, e, optional=opt)
    for p in by: rel(p.lstrip("?"), "proposes", id, optional=opt or p.startswith("?"))
    for h in holders: rel(h.lstrip("?"), "hasGoal", id, optional=opt or h.startswith("?"))
rel("g32", "involvesTechnology", "t-pc"); rel("g32", "involvesTechnology", "t-bc")
rel("g32", "involvesTechnology", "t-bcds", optional=True)
rel("icir", "promotes", "t-pc", optional=True); rel("icir", "promotes", "t-bc", optional=True)
goal("g39", "全面保障数据安全、可信、高效、合规流动",
     "已逐渐探索出一条开放数据空间网络的路线，全面保障数据安全、可信、高效、合规流动", optional=True)
rel("zhangxd", "proposes", "g39", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
