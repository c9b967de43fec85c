"""Reported figures: 网络支付用户规模达8.05亿 → Statistic(label, value, unit, date)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

#: Chinese scale words → exact multipliers (numbers stay Decimal: 8.05亿 is 805000000, not 805000000.0000001)
UNITS = {"万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6,
         "万": Decimal(10) ** 4, "千": Decimal(10) ** 3}
_FIGURE = re.compile(
    r"(?P<label>[\u4e00-\u9fffA-Za-z0-9“”]{2,24}?)"
    r"(?P<verb>达到|达|为|超过|突破|增长|增至|增加到|增加|提高到|提升至|提高至|升至|降至|下降|约为|约|共计|共|累计|实现|占比|占|超)"
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
    value: Decimal
    unit: str | None
    date: str | None
    start: int
    end: int


def to_number(num: str, mult: str | None) -> Decimal:
    """The exact value of a figure as written.

    >>> to_number("8.05", "亿")
    Decimal('805000000')
    >>> to_number("1,234.5", None)
    Decimal('1234.5')

    :raises ValueError: for digits that are no number.
    """
    try:
        value = Decimal(num.replace(",", "")) * UNITS.get(mult or "", Decimal(1))
    except InvalidOperation:
        raise ValueError(f"not a number: {num!r}") from None
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


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
    out = _related_figures(sentence_n, offset, out, date)
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


_NUM = r"(?P<num>\d+(?:\.\d+)?)\s*(?P<mult>万亿|亿|千万|百万|万|千)?(?P<unit>元|美元|人次|人|户|家|个|项|件|台|套|吨|平方米|%|％|倍|位|名)?"
# 电子信息制造业实现营业收入15.4万亿元: the measure is named after the verb
_MEASURE_AFTER_VERB = re.compile(r"(?P<label>[\u4e00-\u9fffA-Za-z0-9]{2,16}?)(?:实现|完成)(?P<noun>[\u4e00-\u9fff]{2,8}?)(?:约|近|超)?" + _NUM)
# 、同比增长5.5%: the growth of the figure just named
_GROWTH = re.compile(r"[，,、](?P<verb>同比增长|同比下降|增长|增速为|同比提高)(?:了)?" + _NUM)
# 约占GDP比重的11%, 占全国的比重达27.2%: the figure's share
_SHARE = re.compile(r"[，,、](?:约|已)?占(?P<what>[\u4e00-\u9fffA-Z]{1,10}?)(?:比重|比例)?的?(?:比重|比例)?(?:约|达|为)?" + _NUM)
# 从2012年的3.9万家增长至2022年的40万家, 从第34位上升至第11位: the later value, at its year
_FROM_TO = re.compile(r"(?P<label>[\u4e00-\u9fffA-Za-z0-9]{2,16}?)从(?:(?P<y1>20\d\d)年的?)?第?\d+(?:\.\d+)?(?:万亿|亿|万|千)?"
                      r"(?:元|家|个|位|名|%)?(?:增长|增加|上升|提高|提升|跃升|扩大)(?:至|到)(?:(?P<y2>20\d\d)年的?)?(?P<nth>第)?" + _NUM)
# 带动约255万个新增就业岗位: what is driven
_DRIVEN = re.compile(r"(?P<verb>带动|拉动|创造|吸纳)(?:约|近|超)?(?P<num>\d+(?:\.\d+)?)(?P<mult>万|千)?(?P<unit>个|人|家)"
                     r"(?P<what>[\u4e00-\u9fff]{2,10}?)(?=[，,。；;、]|$)")
# 2018年、2019年…规模分别为1.42万亿元、2.13万亿元: one figure per listed value
_MORE_VALUES = re.compile(r"、" + _NUM)


def _figure(label, m, date, offset, start, end) -> Figure | None:
    if not (m.group("mult") or m.group("unit")) or len(label) < 2:
        return None
    value_text = m.group("num") + (m.group("mult") or "") + (m.group("unit") or "")
    return Figure(label, value_text, to_number(m.group("num"), m.group("mult")), m.group("unit"), date,
                  offset + start, offset + end)


def _related_figures(sentence: str, offset: int, out: list[Figure], date: str | None) -> list[Figure]:
    """Figures tied to another: a measure after 实现, a growth or share after a figure, a value
    reached from an earlier one, what a figure drives, and one figure per value of 分别为A、B."""
    out = list(out)

    def free(start: int, end: int) -> bool:   # offsets in the sentence
        return not any(f.start < offset + end and offset + start < f.end for f in out)

    def replace_overlapping(f: Figure | None) -> None:   # the tied reading wins over the plain one
        nonlocal out
        if f:
            out = [g for g in out if not (g.start < f.end and f.start < g.end)] + [f]

    for m in _MEASURE_AFTER_VERB.finditer(sentence):
        label = _LABEL_PREFIX.sub("", m.group("label")) + m.group("noun")
        replace_overlapping(_figure(label, m, date, offset, m.start("label"), m.end()))
    for m in _FROM_TO.finditer(sentence):
        label = _LABEL_PREFIX.sub("", m.group("label"))
        if len(label) >= 3:
            replace_overlapping(_figure(label, m, m.group("y2") + "年" if m.group("y2") else date, offset,
                                        m.start("label"), m.end()))
    for m in _DRIVEN.finditer(sentence):
        replace_overlapping(_figure(m.group("verb") + m.group("what"), m, date, offset, m.start(), m.end()))
    out.sort(key=lambda f: f.start)
    for f in list(out):
        rest = sentence[f.end - offset:]
        base = _LABEL_SUFFIX.sub("", f.label)
        g = _GROWTH.match(rest)
        if g and free(f.end - offset, f.end - offset + g.end()):
            label = base + ("同比增长" if g.group("verb").startswith("同比") else "增长")
            new = _figure(label, g, f.date, offset, f.end - offset + g.start("verb"), f.end - offset + g.end())
            if new:
                out.append(new)
            rest = rest[g.end():]
        sh = _SHARE.match(rest)
        if sh and (sh.group("unit") or "") in ("%", "％"):
            at = len(sentence) - len(rest)
            if free(at, at + sh.end()):
                what = sh.group("what")
                new = _figure(base + "占" + what + ("比重" if what.endswith(("GDP", "全国", "全省", "全市")) else ""),
                              sh, f.date, offset, at + 1, at + sh.end())
                if new:
                    out.append(new)
        if sentence[max(0, f.start - offset - 2):f.start - offset + len(f.label)].find("分别") >= 0 or \
                sentence.find("分别", f.start - offset, f.end - offset) >= 0:
            years = re.findall(r"(20\d\d年)", sentence[:f.start - offset + len(f.label)])
            at = f.end - offset
            k = 1
            for v in _MORE_VALUES.finditer(sentence, at):
                if v.start() != at:
                    break
                date_k = years[k] if k < len(years) else f.date
                new = _figure(f.label, v, date_k, offset, v.start() + 1, v.end())
                if new:
                    out.append(new)
                at, k = v.end(), k + 1
    out.sort(key=lambda f: f.start)
    return out
