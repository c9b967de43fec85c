"""Gold annotation of interpretation-cac-pi-export-standard-contract-long-2023
(《个人信息出境标准合同办法》答记者问), by hand per shared/eval/ANNOTATE.md.

The 国家互联网信息办公室's official Q&A (有关负责人答记者问) on its 《个人信息出境标准合同办法》 (2023).
Conventions (as in interpretation-osca-egov-ecert-long-2024): the reasons for making the 办法 (答 to 问一) are
hasGoal of both the 办法 and 国家互联网信息办公室 (required: the agency speaks for itself); the 办法's provisions
(要求/规定/明确 …应当/不得/方可) are hasGoal of the 办法 (required) and of the agency (optional). No named person
speaks (有关负责人 is not a Person), so there is no proposes. A rule's deadline with a figure (10个工作日内…备案,
6个月内完成整改) is a Goal, not a Statistic; the eligibility thresholds (不满100万人 …) and the count of 3种情形
are optional Statistics (figures with digits, but conditions of a rule rather than reported measures).
Lists of what to assess or what the model contract contains (noun phrases) are not goals.
"""
ID = "interpretation-cac-pi-export-standard-contract-long-2023"
import collections, json, pathlib, re
here = pathlib.Path(__file__).resolve().parent
text = (here / f"{ID}.txt").read_text(encoding="utf-8")
lines = text.split("\n")
E, R = [], []

def ev(s):
    assert s in text, s
    return s

def sent(label):
    """The sentence (between 。；！？ or line breaks) that holds label."""
    for piece in re.split(r"(?<=[。；！？])|\n", text):
        if label in piece:
            return piece.strip()
    raise AssertionError(label)

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
    evidence = evidence or sent(label)
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

# Bodies
ent("cac-state", "Agency", "国家互联网信息办公室", ["国家网信部门"])
ent("prov-cac", "Agency", "省级网信部门", optional=True)   # generic: 所在地省级网信部门
ent("wxzg", "Organization", "网信中国")                  # the source line (原文来源：网信中国)
# Documents
ent("banfa", "Document", "个人信息出境标准合同办法", ["办法", "本办法"])
rel("banfa", "publishedBy", "cac-state")
ent("pipl", "Document", "中华人民共和国个人信息保护法", ["个人信息保护法"])
ent("model", "Document", "标准合同范本", optional=True)   # the 办法's annex
# Statistics: the 办法's thresholds and counts (figures with digits; optional, see above)
stat("s-pi", "处理个人信息人数", "100万人", "二是处理个人信息不满100万人的", optional=True)
stat("s-out", "累计向境外提供个人信息人数", "10万人", "三是自上年1月1日起累计向境外提供个人信息不满10万人的", optional=True)
stat("s-sens", "累计向境外提供敏感个人信息人数", "1万人", "四是自上年1月1日起累计向境外提供敏感个人信息不满1万人的", optional=True)
stat("s-cases", "需重新履行备案手续的情形", "3种", "补充或者重新订立标准合同，并履行备案手续的3种情形", optional=True)

# Goals: (id, label, evidence or None, optional, kind)
# r = reasons (办法 and agency required); p = provisions (办法 required, agency optional); c = the agency's own power
G = [
 ("r1", "落实法律规定", None, False, "r"),
 ("r2", "保护个人信息权益", "目的是为了保护个人信息权益，规范个人信息出境活动。", False, "r"),
 ("r3", "规范个人信息出境活动", None, False, "r"),
 ("p1", "通过订立标准合同的方式向境外提供个人信息", "《办法》明确了个人信息处理者通过订立标准合同的方式向境外提供个人信息应当同时符合下列情形", True, "p"),
 ("p2", "不得采取数量拆分等手段", None, False, "p"),
 ("p3", "开展个人信息保护影响评估", "《办法》要求个人信息处理者向境外提供个人信息前，应当开展个人信息保护影响评估，重点评估以下内容", False, "p"),
 ("p4", "在标准合同生效之日起10个工作日内向所在地省级网信部门备案", None, False, "p"),
 ("p5", "重新开展个人信息保护影响评估", None, False, "p"),
 ("p6", "补充或者重新订立标准合同", None, False, "p"),
 ("p7", "履行备案手续", "个人信息处理者应当重新开展个人信息保护影响评估，补充或者重新订立标准合同，并履行备案手续的3种情形", False, "p"),
 ("q1", "保障个人信息处理者的商业秘密等合法权益", None, True, "p"),
 ("p8", "依法予以保密", None, False, "p"),
 ("p9", "不得泄露或者非法向他人提供、非法使用", None, False, "p"),
 ("p10", "严格按照本办法附件的标准合同范本订立", None, False, "p"),
 ("c1", "根据实际情况对附件进行调整", None, True, "c"),
 ("p11", "与境外接收方约定其他条款", None, True, "p"),
 ("p12", "不得与标准合同相冲突", None, False, "p"),
 ("p13", "标准合同生效后方可开展个人信息出境活动", None, False, "p"),
 ("p14", "依据《中华人民共和国个人信息保护法》等法律法规处理", None, False, "p"),
 ("p15", "依法追究刑事责任", None, False, "p"),
 ("p16", "自本办法施行之日起6个月内完成整改", None, False, "p"),
]
for id, label, e, opt, kind in G:
    goal(id, label, e, optional=opt)
    if kind == "r":
        rel("banfa", "hasGoal", id)
        rel("cac-state", "hasGoal", id)
    elif kind == "p":
        rel("banfa", "hasGoal", id, optional=opt)
        rel("cac-state", "hasGoal", id, optional=True)
    elif kind == "c":
        rel("banfa", "hasGoal", id, optional=True)
        rel("cac-state", "hasGoal", id, optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
