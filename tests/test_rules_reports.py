"""The fact rules of extract/rules/reports.py: who delivers a work report proposes its goals.

Hand-made sentences in the style of the genre (none from the evaluation articles), no
statistical model; the extractor fixture is in tests/conftest.py.
"""
from rules_helpers import extract, triples


def test_the_mayor_delivering_the_work_report_proposes_its_goals(extractor):
    t = triples(extract(extractor, "南京市市长王明作政府工作报告。《政府工作报告》提出，今年要加快建设国家中心城市，"
                                   "推进长三角一体化发展。"))
    assert ("政府工作报告", "hasGoal", "推进长三角一体化发展") in t
    assert ("王明", "proposes", "推进长三角一体化发展") in t


def test_a_person_who_only_reads_the_report_proposes_nothing(extractor):
    t = triples(extract(extractor, "南京市市长王明出席会议。《政府工作报告》提出，今年要加快建设国家中心城市，"
                                   "推进长三角一体化发展。"))
    assert ("王明", "proposes", "推进长三角一体化发展") not in t
