"""Gold annotation of speech-pku-math-talent-long-2021 (北京大学副校长张平文：数字化转型加剧，让“最强大脑”安心坐冷板凳，大学究竟该怎么做), by hand per shared/eval/ANNOTATE.md."""
ID = "speech-pku-math-talent-long-2021"
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

ent("pku", "Organization", "北京大学", ["北大"])
ent("pku-math", "Organization", "北大数学系", ["北京大学数学系"])
rel("pku-math", "subOrganizationOf", "pku")
ent("pku-sms", "Organization", "数学科学学院")
rel("pku-sms", "subOrganizationOf", "pku", optional=True)
ent("lab", "Organization", "国家工程实验室", optional=True)
rel("lab", "subOrganizationOf", "pku", optional=True)
ent("pku-dg", "Organization", "数字治理研究中心")
rel("pku-dg", "subOrganizationOf", "pku")
ent("cas", "Organization", "中科院", optional=True)
ent("zhang", "Person", "张平文")
rel("zhang", "holdsPost", "pku", post="副校长")
ent("china", "Place", "中国")
ent("eu", "Place", "欧洲")
T = {}
for id, l, al, opt in [("ai", "人工智能", ["人工智能技术"], False), ("bigdata", "大数据", [], False),
                       ("bc", "区块链", ["区块链技术"], False), ("it", "信息技术", [], True), ("digi", "数字化", [], True)]:
    ent(id, "Technology", l, al, optional=opt)
    T[id] = opt

def G(id, l, e=None, opt=False, bodies=(), obodies=(), who="zhang", owho=False):
    goal(id, l, e, optional=opt)
    for b in bodies: rel(b, "hasGoal", id, optional=opt)
    for b in obodies: rel(b, "hasGoal", id, optional=True)
    if who: rel(who, "proposes", id, optional=opt or owho)

Q = "“当下，我们应尤其关注那些有天赋、但暂时没有做出伟大成果的人才。同时，我们也需要培养更多跨学科的人才来解决科学技术与社会发展的问题。”张平文说。"
G("g1", "关注那些有天赋、但暂时没有做出伟大成果的人才", Q, obodies=["pku"])
G("g2", "培养更多跨学科的人才", Q, obodies=["pku"])
G("g3", "培养、保护更多优秀的基础研究人才", "由此，培养、保护更多优秀的基础研究人才来总结问题、解决问题，成为当务之急。", owho=True)
G("g4", "让更多的“最强大脑”安心坐冷板凳", "从人才培养角度说，两大“动力”归结为一点：要想方设法，让更多的“最强大脑”安心坐冷板凳。", obodies=["pku"])
G("g5", "甄别出一些有天赋且热爱数学的人", "说白了，就是要甄别出一些有天赋且热爱数学的人，提供一个好的环境，让他们能潜心研究。")
G("g6", "提供一个好的环境", "说白了，就是要甄别出一些有天赋且热爱数学的人，提供一个好的环境，让他们能潜心研究。")
G("g7", "让这些潜心基础研究的人不用为生计愁", "所谓好的环境，就是要让这些潜心基础研究的人不用为生计愁，能过上体面的生活", opt=True)
G("g8", "关心那些目前尚不成功的人", "“我们更需要关心那些目前尚不成功的人。")
G("g9", "有更多、更优秀的学生能留下来从事数学研究", "张平文直言，学校希望有更多、更优秀的学生能留下来从事数学研究", bodies=["pku"])
G("g10", "创造各种条件“留人”", "在北京大学数学系，创造各种条件“留人”，由此也成为院系的一项重要工作。", bodies=["pku-math"], owho=True)
G("g11", "保护他们不要受到社会太多的诱惑", "“北大有很多优秀的学生，但是同样要保护他们不要受到社会太多的诱惑，要让这些特别有天赋的人能够真正留在数学研究领域。”", obodies=["pku"])
G("g12", "让这些特别有天赋的人能够真正留在数学研究领域", "要让这些特别有天赋的人能够真正留在数学研究领域", obodies=["pku"])
G("g13", "培养好这些最顶尖的学生", "“未来我们能不能培养好这些最顶尖的学生，这非常值得思考”", opt=True)
G("g14", "驱动不同学科的学者融合", "如何在先天不足的情况下，驱动不同学科的学者融合，这也成为当前亟需求解的新问题。", opt=True)
G("g15", "数字科学家与从事哲学社会科学的专家学者们一起来共同研究", "如何在科学发展和社会问题之间确保平衡，确实需要数字科学家与从事哲学社会科学的专家学者们一起来共同研究")
G("g16", "避免像欧洲那样对隐私保护过于严格的立法", "既要避免像欧洲那样对隐私保护过于严格的立法，导致基于数据和算法的互联网平台很难发展")
G("g17", "防止数据立法远远滞后于数字产业的发展", "又要防止数据立法远远滞后于数字产业的发展，从而导致少数互联网平台对数据资源的垄断以及对于涉及隐私的数据资源的滥用")
G("g18", "让数字计算领域的专家、社会学家、法学专家等联手研究这些问题", "北京大学目前已成立数字治理研究中心，希望能够让数字计算领域的专家、社会学家、法学专家等联手研究这些问题", bodies=["pku-dg", "pku"])
G("g19", "通过立法来解决", "也许，有些具体的问题我们需要通过立法来解决。", opt=True)
G("g20", "为中国数字化的未来提供智力支撑", "新一轮工业革命已悄然发生，为中国数字化的未来提供智力支撑，大学准备好了吗？", opt=True, who=None)
rel("g20", "involvesTechnology", "digi", optional=True)
G("g21", "推动新技术的发展", "随着大数据、人工智能技术、区块链技术的迅猛发展，“数字未来”扑面而来，推动新技术的发展，都需要应用数学领域的支撑。", opt=True, who=None)

stat("s1", "北大数学系本科毕业生继续从事数学研究的比例", "15%", "每年有15%的本科毕业生选择继续从事数学研究")
stat("s2", "进入金融和大数据行业的学生比例", "85%", "每年我们有85%的学生进入到金融和大数据行业")

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
