"""The fact rules of extract/rules/statistics.py: statistics (and extract/figures.py's figures).

Hand-made sentences in the style of the genre (none from the evaluation articles), no
statistical model, and the figure rules deciding (the learned figure model, which takes over
from them where it is committed, has tests/test_figure_model.py).
"""
import pytest

from cnkg.extract import figures
from cnkg.extract.rules import statistics
from rules_helpers import context_of, extract, figure_rules_extractor


@pytest.fixture(scope="module")
def extractor():
    """The figure rules decide here, not the learned figure model (tests/test_figure_model.py)."""
    return figure_rules_extractor()


def test_figures_normalise_units():
    [f] = figures.figures("截至去年底，全省快递业务量达到12.5亿件。", 0)
    assert f.label == "快递业务量"
    assert f.value == pytest.approx(1.25e9)
    assert f.value_text == "12.5亿件"
    assert f.date and "去年" in f.date


def test_figures_skip_bare_numbers():
    assert figures.figures("会议共有30位代表发言。", 0) == []


def test_figures_without_a_verb_noun_number_classifier():
    found = {f.label: f for f in figures.figures("累计建成充电桩1.2万个，省级智能制造示范工厂30家；新增专精特新企业150家。", 0)}
    assert found["充电桩"].value == pytest.approx(1.2e4)
    assert found["省级智能制造示范工厂"].value == 30
    assert found["专精特新企业"].value == 150


def test_figures_with_the_number_before_the_label():
    found = {f.label: f for f in figures.figures("培育20个行业级工业互联网平台，打造100个左右智慧社区应用场景。", 0)}
    assert found["行业级工业互联网平台"].value == 20
    assert found["智慧社区应用场景"].value == 100
    assert figures.figures("从三个方面推进，推动5个重点领域取得突破。", 0) == []


def test_figures_with_a_double_or_all_qualifier():
    [f] = figures.figures("重点企业关键工序数控化率和设备联网率实现双90%。", 0)
    assert f.value == 90 and f.label.endswith("设备联网率")


def test_forecast_figure_is_a_statistic(extractor):
    x = extract(extractor, "他表示，预计到2025年，全国工业互联网产业规模将超过1.5万亿元。")
    stats = [e for e in x.entities if e.type == "Statistic"]
    assert [s.label for s in stats] == ["工业互联网产业规模"]
    assert stats[0].date and "2025" in stats[0].date


def test_counted_figures_after_an_enumeration_comma():
    found = figures.figures("培育领军企业50家以上、专精特新企业80家以上。", 0)
    assert any(f.label == "专精特新企业" and f.value == 80 for f in found)


def test_figures_tied_to_another_figure():
    found = [(f.label, f.value_text, f.date) for f in figures.figures(
        "2023年，软件业实现业务收入12.3万亿元、同比增长13.4%；算力核心产业规模超1.8万亿元，约占GDP比重的1.5%。", 0)]
    assert ("软件业业务收入", "12.3万亿元", "2023年") in found
    assert ("软件业业务收入同比增长", "13.4%", "2023年") in found
    assert ("算力核心产业规模", "1.8万亿元", "2023年") in found
    assert ("算力核心产业规模占GDP比重", "1.5%", "2023年") in found
    found = [(f.label, f.value_text, f.date) for f in figures.figures(
        "2021年、2022年全省数字经济规模分别为3.2万亿元、3.6万亿元，可带动约30万个新增就业岗位。", 0)]
    assert ("全省数字经济规模", "3.2万亿元", "2021年") in found or ("数字经济规模", "3.2万亿元", "2021年") in found
    assert any(v == "3.6万亿元" and d == "2022年" for _, v, d in found)
    assert ("带动新增就业岗位", "30万个", "2021年") in found
    [f] = figures.figures("全省专精特新企业从2018年的1.2万家增长至2023年的5万家。", 0)
    assert (f.label, f.value_text, f.date) == ("专精特新企业", "5万家", "2023年")   # 全省 is a prefix, dropped


def test_two_values_under_one_label_are_two_statistics(extractor):
    x = extract(extractor, "2021年、2022年全省数字经济规模分别为3.2万亿元、3.6万亿元。")
    values = sorted(e.value for e in x.entities if e.type == "Statistic")
    assert values == [3.2e12, 3.6e12]


def test_find_statistics_writes_each_figure_with_its_value(extractor):
    context = context_of(extractor, "2023年杭州市数字经济核心产业增加值达到5675亿元。")
    statistics.find_statistics(context)
    (stat,) = context.reg
    assert (stat.type, stat.label, stat.value_text, stat.value, stat.unit, stat.date) == (
        "Statistic", "杭州市数字经济核心产业增加值", "5675亿元", 567500000000, "元", "2023年")
    assert stat.evidence == context.text[:-1]


def test_the_figure_rules_make_a_target_s_figure_a_statistic_dated_to_its_year(extractor):
    x = extract(extractor, "行动方案提出，到2025年，全市算力产业规模达到500亿元。")
    assert any(e.value == 5e10 and e.date == "2025年" for e in x.entities if e.type == "Statistic")
