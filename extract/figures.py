"""Reported figures: 网络支付用户规模达8.05亿 → Statistic(label, value, unit, date)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

UNITS = {"万亿": 1e12, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4, "千": 1e3}
_FIGURE = re.compile(
    r"(?P<label>[\u4e00-\u9fffA-Za-z0-9“”]{2,24}?)"
    r"(?P<verb>达到|达|为|超过|突破|增长|增至|增加到|增加|提高到|提升至|提高至|升至|降至|下降|约为|约|共计|共|累计|实现|占比|占)"
    r"(?P<qual>了|约|近|超|逾|超过|将近|双|均)?"
    r"(?P<num>\d+(?:[.,]\d+)*)\s*(?P<mult>万亿|亿|千万|百万|万|千)?(?P<unit>元|美元|人民币|人次|人|户|家|个|项|件|台|套|吨|千瓦|公里|平方米|%|％|倍)?")
# figures of a target list with no verb: 建成5G基站2.5万个, 工业互联网平台10个 (noun, number, classifier) and
# 构建10个…应用, 50个左右…场景 (number first); each ends its clause, and the number first only after a
# construction verb or a clause boundary (推动5个重点领域取得突破 is no figure)
_CLASSIFIER = r"(?P<mult>万|千)?(?P<unit>个|家|座|所|条|项|台|套|处)"
_CLAUSE_END = r"(?=[，,；;。、]|$)"
_BUILD = r"建成|建设|打造|培育|新增|构建|建立|形成|拥有|创建|布局|遴选|认定|推出"
_COUNTED = re.compile(r"(?:^|(?<=[，,；;。：:、]))(?P<label>[\u4e00-\u9fffA-Za-z0-9]{2,18}?)(?P<num>\d+(?:\.\d+)?)"
                      + _CLASSIFIER + r"(?:左右|以上)?" + _CLAUSE_END)
_COUNT_FIRST = re.compile(r"(?:^|(?<=[，,；;。：:])|" + _BUILD + r")(?P<num>\d+(?:\.\d+)?)" + _CLASSIFIER +
                          r"(?:左右|以上)?(?P<label>[\u4e00-\u9fffA-Za-z0-9]{3,20})" + _CLAUSE_END)
_LEADING_VERB = re.compile(r"^(?:累计|共|已|再|还)?(?:" + _BUILD + ")")
_LABEL_PREFIX = re.compile(
    r"^(?:预计|预测|估计|有望)?(?:截至|截止|到)?(?:(?:20\d\d|今|去|明|前)年(?:底|末)?|上半年|下半年|前三季度|一季度|二季度|三季度|四季度|"
    r"全年|目前|其中|同比|环比|当前|我国|全国|中国|全市|全省|全区|已经|已|共|总计|\d{1,2}月(?:底|末|份)?)+")
_LABEL_SUFFIX = re.compile(r"(?:同比|环比|名义|实际|分别|均|共|约|已|将|预计|有望)+$")
_PERIOD = r"(?:\d{1,2}月(?:底|末|份)?|上半年|下半年|前三季度|[一二三四]季度|全年|底|末)"
_DATE = re.compile(r"(?:截至|截止|到)?(?P<date>(?:20\d\d年|今年|去年|前年|本年)" + _PERIOD + "?|" + _PERIOD + ")")


@dataclass(frozen=True)
class Figure:
    label: str
    value_text: str
    value: float
    unit: str | None
    date: str | None
    start: int
    end: int


def to_number(num: str, mult: str | None) -> float:
    return float(num.replace(",", "")) * UNITS.get(mult or "", 1.0)


def figures(sentence: str, offset: int) -> list[Figure]:
    """Figures reported in one sentence, with character offsets into the article."""
    sentence_n = unicodedata.normalize("NFKC", sentence) if len(unicodedata.normalize("NFKC", sentence)) == len(sentence) else sentence
    out = []
    date_m = _DATE.search(sentence_n)
    date = date_m.group("date") if date_m else None
    for m in _FIGURE.finditer(sentence_n):
        label = m.group("label").strip("“”")
        label = _LABEL_SUFFIX.sub("", _LABEL_PREFIX.sub("", label))
        if m.group("verb") in ("占", "占比") and not (m.group("unit") or "").endswith(("%", "％")):
            continue
        if len(label) < 3 or re.fullmatch(r"[\d.]+", label):
            continue
        if not (m.group("mult") or m.group("unit")):
            continue   # a bare number is too often a year, an ordinal or a count of things
        try:
            value = to_number(m.group("num"), m.group("mult"))
        except ValueError:
            continue
        value_text = m.group("num") + (m.group("mult") or "") + (m.group("unit") or "")
        out.append(Figure(label, value_text, value, m.group("unit"), date,
                          offset + m.start("label"), offset + m.end()))
    for pattern in (_COUNTED, _COUNT_FIRST):
        for m in pattern.finditer(sentence_n):
            start, end = offset + m.start(), offset + m.end()
            if any(f.start < end and start < f.end for f in out) or _FIGURE.search(m.group(0)):
                continue   # a figure with a verb is the first pattern's to take or leave
            label = _LEADING_VERB.sub("", _LABEL_PREFIX.sub("", m.group("label")))
            if len(label) < 3 or re.fullmatch(r"[\d.]+", label) or re.search(r"\d", label[-1]):
                continue
            value_text = m.group("num") + (m.group("mult") or "") + m.group("unit")
            out.append(Figure(label, value_text, to_number(m.group("num"), m.group("mult")), m.group("unit"),
                              date, start, end))
    return out
