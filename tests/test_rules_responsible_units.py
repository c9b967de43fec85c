"""The fact rules of extract/rules/responsible_units.py: bodies named in brackets after a plan's tasks.

Hand-made sentences in the style of the genre (none from the evaluation articles)."""
from cnkg.extract.rules import responsible_units
from rules_helpers import extract, labels, triples


def test_units_in_brackets_have_the_tasks_before_them(extractor):
    text = ("某市人工智能产业发展行动方案\n"
            "（一）加强算力设施建设。建设城市算力调度平台，推进智算中心集约布局。（市经济和信息化局、市发展改革委）\n"
            "（二）加快数据开放共享。建设公共数据开放平台。（牵头单位：市政务服务和数据管理局）\n")
    t = triples(extract(extractor, text))
    assert ("市经济和信息化局", "hasGoal", "建设城市算力调度平台") in t
    assert ("市发展改革委", "hasGoal", "推进智算中心集约布局") in t
    assert ("市政务服务和数据管理局", "hasGoal", "建设公共数据开放平台") in t
    assert ("市政务服务和数据管理局", "hasGoal", "建设城市算力调度平台") not in t


def test_a_short_unit_name_is_the_registered_body_it_shortens(extractor):
    text = ("北京市人力资源和社会保障局印发方案。\n"
            "（一）培育数字技能人才。开展数字技能培训。（市人力资源社会保障局）\n")
    x = extract(extractor, text)
    assert ("北京市人力资源和社会保障局", "hasGoal", "开展数字技能培训") in triples(x)
    assert "市人力资源社会保障局" not in labels(x, "Agency")


def test_brackets_of_years_sources_and_generic_units_are_no_units():
    assert responsible_units.unit_names("2024-2026年") == []
    assert responsible_units.unit_names("来源：新华网") == []
    assert responsible_units.unit_names("牵头单位：市财政局；配合单位：市审计局") == ["市财政局", "市审计局"]
    assert responsible_units.unit_names("市教委、市科委按职责分工负责") == ["市教委", "市科委"]


def test_a_collective_unit_beside_named_ones_leaves_the_named_ones_their_tasks():
    assert responsible_units.unit_names("责任单位：市商务委、园区管委会、相关街镇") == ["市商务委", "园区管委会"]
    assert responsible_units.unit_names("市人才工作局、各区人力资源和社会保障局") == ["市人才工作局"]
    assert responsible_units.unit_names("市数字人才培育协调小组成员单位、市财政局") == ["市数字人才培育协调小组", "市财政局"]
    assert responsible_units.unit_names("各区政府按职责分工负责") == []   # only collective units: none named
    assert responsible_units.unit_names("市商务委、相关企业和2025年") == []   # not a list of units at all
