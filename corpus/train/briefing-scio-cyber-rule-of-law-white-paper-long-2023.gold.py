"""Gold annotation of briefing-scio-cyber-rule-of-law-white-paper-long-2023 (《新时代的中国网络法治建设》白皮书发布), by hand per shared/eval/ANNOTATE.md (annotator annO16)."""
ID = "briefing-scio-cyber-rule-of-law-white-paper-long-2023"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
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
    for a in aliases: assert a in text, a
    assert id not in {e["id"] for e in E}, id
    d = {"id": id, "type": type, "label": label}
    if aliases: d["aliases"] = list(aliases)
    if optional: d["optional"] = True
    d.update(kw); E.append(d)

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    assert (s, p, o) not in {(r["s"], r["p"], r["o"]) for r in R}, (s, p, o)
    # a relation to an optional entity is optional too
    optional = optional or any(e.get("optional") for e in E if e["id"] in (s, o))
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

def goal(id, label, evidence=None, optional=False, by=(), body=(), tech=(), opt_by=(), opt_body=()):
    """a Goal; evidence defaults to the sentence stating it; by = proposers, body = hasGoal subjects"""
    assert label in text, label
    assert 4 <= len(label) <= 30, label
    e = ev(evidence) if evidence else sent(label)
    assert label in e, (label, e)
    ent(id, "Goal", label, optional=optional, evidence=e)
    for p in by: rel(p, "proposes", id, optional=optional)
    for p in opt_by: rel(p, "proposes", id, optional=True)
    for b in body: rel(b, "hasGoal", id, optional=optional)
    for b in opt_body: rel(b, "hasGoal", id, optional=True)
    for t in tech: rel(id, "involvesTechnology", t, optional=optional)

def stat(id, label, value, evidence, optional=False):
    assert str(value) in evidence, (value, evidence)
    ent(id, "Statistic", label, value=value, evidence=ev(evidence), optional=optional)

# Bodies
ent("scio", "Agency", "国务院新闻办公室")
ent("cac", "Agency", "国家互联网信息办公室", ["国家网信办"])
ent("cac-law", "Agency", "国家网信办网络法治局")
rel("cac-law", "subOrganizationOf", "cac")
ent("npcsc", "Agency", "全国人大常委会", optional=True)          # named only inside its units' name
ent("lac", "Agency", "全国人大常委会法工委", optional=True)
ent("lac-econ", "Agency", "全国人大常委会法工委经济法室")
rel("lac-econ", "subOrganizationOf", "lac", optional=True)
rel("lac", "subOrganizationOf", "npcsc", optional=True)
ent("moj", "Agency", "司法部", optional=True)
ent("moj-unit", "Agency", "司法部普法与依法治理局")
rel("moj-unit", "subOrganizationOf", "moj", optional=True)
ent("cc", "Agency", "党中央")
ent("aqn", "Organization", "安全牛")
ent("wxzg", "Organization", "网信中国")

# People, events
ent("cao", "Person", "曹淑敏")
rel("cao", "holdsPost", "cac", post="副主任")
ent("xi", "Person", "习近平", optional=True)
ent("presser", "Event", "新闻发布会", ["发布会"], optional=True)   # a bare 新闻发布会 (corpus convention)
rel("cao", "speaksAt", "presser", optional=True)
ent("c18", "Event", "党的十八大")
ent("c20", "Event", "党的二十大")

# Document, place
ent("wp", "Document", "新时代的中国网络法治建设", ["白皮书"])
rel("wp", "publishedBy", "scio")
rel("wp", "publishedBy", "cac", optional=True)   # the CAC presents it
ent("china", "Place", "中国", optional=True)

# Goals, as 曹淑敏 presents them
W = dict(by=("cao",), body=("wp",), opt_body=("cac",))
IDEAS = "白皮书集中阐释了新时代中国网络法治建设的理念，坚持以人民为中心、坚持促进互联网发展、坚持立足国情、坚持创新引领、坚持开放合作"
for i, l in enumerate(["坚持以人民为中心", "坚持促进互联网发展", "坚持立足国情", "坚持创新引领", "坚持开放合作"]):
    goal(f"i{i}", l, IDEAS, **W)
INTL = "白皮书围绕积极参与规则建设、广泛开展交流合作、努力搭建对话平台等介绍了中国开展网络法治国际交流合作情况，及对全球互联网治理的美好愿景"
for i, l in enumerate(["积极参与规则建设", "广泛开展交流合作", "努力搭建对话平台"]):
    goal(f"n{i}", l, INTL, **W)
V = dict(by=("cao",), opt_body=("cac", "wp"))   # 中国愿同国际社会一道 …
VIS = "中国愿同国际社会一道践行共商共建共享的全球治理观，共同推动全球互联网治理法治化进程，让数字文明发展成果更好造福各国人民"
for i, l in enumerate(["践行共商共建共享的全球治理观", "共同推动全球互联网治理法治化进程", "让数字文明发展成果更好造福各国人民"]):
    goal(f"v{i}", l, VIS, **V)
EXP = "一是坚持党对网络法治工作的全面领导；二是坚持以人民为中心的发展思想；三是坚持走中国特色网络法治之路；四是坚持把握网络法治工作规律；五是坚持推进网络法治工作创新；六是坚持凝聚网络法治工作合力"
for i, l in enumerate(["坚持党对网络法治工作的全面领导", "坚持以人民为中心的发展思想", "坚持走中国特色网络法治之路",
                       "坚持把握网络法治工作规律", "坚持推进网络法治工作创新", "坚持凝聚网络法治工作合力"]):
    goal(f"e{i}", l, EXP, **V)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
