"""Gold annotation of signing-nantong-lenovo-2021 (南通市政府与联想集团签署战略合作协议 共推新型智慧城市建设), by hand per shared/eval/ANNOTATE.md."""
ID = "signing-nantong-lenovo-2021"
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
    assert label in evidence, (label, evidence)
    ent(id, "Goal", label, optional=optional, evidence=ev(evidence))

def stat(id, label, value, evidence, optional=False):
    assert value in evidence, value
    ent(id, "Statistic", label, optional=optional, value=value, evidence=ev(evidence))

def rel(s, p, o, optional=False, **kw):
    ids = {e["id"] for e in E}; assert s in ids and o in ids, (s, o)
    d = {"s": s, "p": p, "o": o}
    if optional: d["optional"] = True
    d.update(kw); R.append(d)

ent("nt-gov", "Agency", "南通市人民政府", ["南通市政府", "市政府"])
ent("nt-cpc", "Agency", "南通市委", ["市委"])
ent("lenovo", "Organization", "联想集团", ["联想"])
ent("ntdaily", "Organization", "南通日报")
ent("nantong", "Place", "南通", ["通"])
ent("sunan", "Place", "苏南", optional=True)
ent("shanghai", "Place", "上海", optional=True)
ent("yrd", "Place", "长三角", ["长三角区域"], optional=True)
ent("tangxf", "Person", "汤晓峰"); ent("lit", "Person", "李彤")
rel("tangxf", "holdsPost", "ntdaily", post="记者", optional=True); rel("lit", "holdsPost", "ntdaily", post="记者", optional=True)
ent("wangh", "Person", "王晖"); rel("wangh", "holdsPost", "nt-cpc", post="副书记"); rel("wangh", "holdsPost", "nt-gov", post="市长")
ent("liuj", "Person", "刘军"); rel("liuj", "holdsPost", "lenovo", post="执行副总裁兼中国区总裁")
ent("agr", "Document", "战略合作协议", optional=True)
T = {}
for id, l in [("5g", "5G"), ("bigdata", "大数据"), ("iiot", "工业互联网"), ("ai", "人工智能"), ("iot", "物联网"), ("cloud", "云计算")]:
    ent(id, "Technology", l)
ent("nev", "Technology", "新能源汽车", optional=True)
ent("smart-equip", "Technology", "智能装备", optional=True)
ent("arch", "Technology", "“端-边-云-网-智”的技术架构", ["端-边-云-网-智"], optional=True)
# Wang Hui (for the city)
L = lines[3]
G = [("w0", "奋力建设长三角一体化沪苏通核心三角强支点城市", "奋力建设长三角一体化沪苏通核心三角强支点城市", False),
     ("w0a", "全方位融入苏南", "按照全方位融入苏南、全方位对接上海、全方位推进高质量发展的总体思路", True),
     ("w0b", "全方位对接上海", "按照全方位融入苏南、全方位对接上海、全方位推进高质量发展的总体思路", True),
     ("w0c", "全方位推进高质量发展", "按照全方位融入苏南、全方位对接上海、全方位推进高质量发展的总体思路", True),
     ("w0d", "抢抓国家战略叠加机遇", "南通正抢抓国家战略叠加机遇", True),
     ("w1", "将联想集团的实验室、科创中心等更多创新要素资源导入南通来", "希望能将联想集团的实验室、科创中心等更多创新要素资源导入南通来", False),
     ("w2", "导入高端产业", "通过导入高端产业,助力南通工业化发展,加速城市化进程", False),
     ("w3", "助力南通工业化发展", "通过导入高端产业,助力南通工业化发展,加速城市化进程", False),
     ("w4", "加速城市化进程", "通过导入高端产业,助力南通工业化发展,加速城市化进程", False),
     ("w5", "为南通企业提档升级提供解决方案", "同时发挥自身优势,为南通企业提档升级提供解决方案", False),
     ("w6", "实现互利共赢", "为南通企业提档升级提供解决方案,实现互利共赢", False)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("wangh", "proposes", id, optional=opt); rel("nt-gov", "hasGoal", id, optional=True)
# Liu Jun (for Lenovo)
G = [("j1", "联想的智慧城市解决方案可以成为南通城市发展的一部分", "十分期待联想的智慧城市解决方案可以成为南通城市发展的一部分", False),
     ("j2", "聚焦南通数字经济发展、产业链结构优化和城市建设", "聚焦南通数字经济发展、产业链结构优化和城市建设", False),
     ("j3", "服务南通高质量发展", "服务南通高质量发展", False)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("liuj", "proposes", id); rel("lenovo", "hasGoal", id)
# the agreement (合作双方将…)
G = [("a2", "建立战略合作关系", lines[5].split(",共同推动")[0], False),
     ("a3", "将南通打造成为长三角区域新型智慧城市示范市", "共同推动将南通打造成为长三角区域新型智慧城市示范市", False)]
for id, l, e, opt in G:
    goal(id, l, e, optional=opt)
    rel("nt-gov", "hasGoal", id, optional=opt); rel("lenovo", "hasGoal", id, optional=opt)
    rel("agr", "hasGoal", id, optional=True)
for t in ("ai", "bigdata", "iot", "cloud", "5g"):
    rel("a2", "involvesTechnology", t)
    rel("lenovo", "promotes", t)
    rel("nt-gov", "promotes", t, optional=True)
rel("lenovo", "promotes", "iiot")
rel("lenovo", "promotes", "arch", optional=True)

gold = {"document": ID, "text": f"{ID}.txt", "language": "zh", "entities": E, "relations": R}
(here / f"{ID}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(collections.Counter((e["type"], e.get("optional", False)) for e in E))
print(collections.Counter((r["p"], r.get("optional", False)) for r in R))
