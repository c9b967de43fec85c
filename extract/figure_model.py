"""Learned figure typing: which figures of an article are reported Statistics, and the
measure each one names.

Every figure of the text with digits and a unit (``8.05亿``, ``300余人``, ``45%``, ``19条``)
is a candidate. The rules (:mod:`extract.figures`, :mod:`extract.rules.statistics`) and the
goal rules become features, not the last word: whether the figure rules read a figure
there, whether a goal the rules found covers it, the markers of its clause and sentence
(到20xx年, 力争, 目标, 达到, 累计, 同比, 已, 完成 …), the characters around it, its unit and
place. One hashed logistic regression (:mod:`extract.learned`) says whether the figure is
a reported Statistic (a target — 到2027年…超过45% — is a Goal's, not a Statistic; a count
in passing is nothing); a second one chooses its measure name among the noun phrases
before and after it (cut at LAC's word boundaries when the pipeline runs LAC, see
``kg_lac``), so that the label is a measure, never a clause fragment. A third one says whether
a figure no goal covers is a target; ``make train`` turns it on only where it beats leaving
targets to the goal rules on dev (each kept target becomes a Goal with its figure and deadline).

All three are trained on ``corpus/train`` (labels from the gold Statistics: value within 0.5 %
and the gold evidence around the figure; targets inside a gold Goal's evidence; the best label
candidate by the scorer's rules)
by ``make train`` (:mod:`extract.train_extractor`); ``python -m cnkg.extract.figure_model
evaluate corpus/dev`` prints figure-level precision and recall beside the rules'.
The model lives in ``extract/models/figures.npz``.
"""
from __future__ import annotations

import bisect
import re
import sys
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import numpy as np

from cnkg.extract import confidence, figures, learned
from cnkg.extract.learned import DIMENSIONS, HashedLogistic, hashed, train_or_evaluate_args

MODEL_PATH = learned.model_path("figures.npz")   # extract/models/, or $KG_EXTRACTOR_MODELS
CONFIDENCE = confidence.LEARNED_STATISTIC
TARGET_CONFIDENCE = confidence.LEARNED_TARGET
WORDS_KEY = "kg_lac_words"   # where kg_lac leaves its segmentation (extract/components/lac_annotator.py)

_UNIT = (r"万亿|亿|千万|百万|万|千")
_CLASSIFIERS = ("元|美元|人民币|人次|人|户|家|个|项|件|台|套|吨|千瓦时|千瓦|公里|平方公里|平方米|亩|%|％|倍|位|名|条|场|座|所|处|"
                "次|批|种|类|部|款|届|支|只|辆|艘|架|篇|份|门|块|张|间|栋|个百分点|百分点|个月|小时|天|GB|TB|Mbps|G|毫秒"
                # measures of the environment, energy and data
                "|微克/立方米|毫克/立方米|立方米|公斤|千克|兆瓦|PB|EB|ZB|MW|GW|EFLOPS|EFlops|分钟|起|方面")
#: a figure: digits, a scale word, 余/多 (300余人, 5400余万条), a unit or classifier; 第3 and years are no figures
# longest first: 5.0个百分点 and 3个月 are not 5.0个 and 3个
_CLASSIFIERS = "|".join(sorted(_CLASSIFIERS.split("|"), key=len, reverse=True))
FIGURE = re.compile(r"(?<![第\dA-Za-z.])(?P<num>\d+(?:[.,]\d+)*)\s*(?:余|多)?(?P<mult>" + _UNIT + r")?(?P<approx>余|多|几)?"
                    r"(?P<unit>" + _CLASSIFIERS + r")?")
_CLAUSE_CUT = re.compile(r"[，,；;：:。！？!?\n]")
_LEAD = re.compile(r"^(?:其中|同时|此外|另外|而且|并且|并|而|且|和|及|以及|目前|当前|截至|截止|到|至|在|从|有|共有|共|已|已经|"
                   r"(?:20\d\d|今|去|明|上|前)年(?:底|末|上半年|前三季度)?|[一二三四]季度|上半年|下半年|前三季度|全年|"
                   r"(?:\d{1,2}\s*[—–\-－~～至到]\s*)?\d{1,2}月(?:底|末|份)?|全国|全省|全市|我国|我省|我市|中国)+")
_TRAIL = re.compile(r"(?:不到|不足|至少|高达|多达|不低于|不少于|不超过|少于|低于|高于|预计|预期|估计|可能|长期|持续|一直|始终|仍然|仍|稳定|保持|维持|徘徊|降到|升到|扩充到了?|接近|独占|做到了?|仅余|仅有|仅|就有|就|也|还|都|达到了?|达|为|是|超过|突破|增至|增加到|提高到|提升至|提升到|提高至|升至|降至|降低到|下降到|约为|约|共计|暴增|激增|猛增|骤增|剧增|飙升|"
                    r"共|累计|实现了?|完成了?|占比|占|超|近|逾|将近|了|均|分别|已经|已|有|到|至|在|将|要|以上|左右|的)+$")
_DE = "的"

# markers of the clause and sentence around a figure
_MARKERS = {
    "deadline": re.compile(r"(?:到|至|在)20\d\d年(?:底|末|前)?"),
    "strive": re.compile(r"力争|争取|确保|努力"),
    "target_word": re.compile(r"目标|预期|指标"),
    "reach": re.compile(r"达到|达|突破|超过|不低于|不少于|控制在|以上"),
    "cumulative": re.compile(r"累计|共计|总计"),
    "yoy": re.compile(r"同比|环比|比上年|较上年|比去年|增速|增幅"),
    "past": re.compile(r"已经|已|了|截至|截止|去年|上年|以来|过去|此前"),
    "done": re.compile(r"完成|实现|取得|建成"),
    "future": re.compile(r"将|要|计划|拟|预计|有望|未来|今后|下一步|力争|推动|打造|培育|建设|新增"),
    "year": re.compile(r"20\d\d年"),
    "past_year": re.compile(r"(?:19|20[01])\d年|202[0-3]年"),
    "period": re.compile(r"上半年|前三季度|[一二三四]季度|全年|\d{1,2}月"),
    "growth": re.compile(r"增长|下降|提高|提升|增加|减少"),
    "share": re.compile(r"占|比重|比例|比率|率"),
    "about": re.compile(r"约|近|超|逾|余|多|左右"),
    "each": re.compile(r"每|人均|平均"),
    "plan_word": re.compile(r"规划|方案|计划|行动|工程|意见"),
    "event_count": re.compile(r"出席|参加|参会|嘉宾|代表|专家|会议|论坛|大会|签约|签署"),
    "money": re.compile(r"投资|资金|营业收入|收入|产值|增加值|规模|总量|GDP|生产总值"),
}


@dataclass(frozen=True)
class Candidate:
    """One figure of the text, with its sentence and clause (offsets into the article)."""
    start: int
    end: int
    value_text: str
    value: Decimal
    unit: str | None
    sentence_start: int
    sentence_end: int
    clause_start: int
    clause_end: int
    sentence_index: int


def figure_candidates(text: str, sentences) -> list[Candidate]:
    """Every figure with digits and a scale word or unit in the article's sentences."""
    out = []
    for index, sent in enumerate(sentences):
        s_start, s_end = (sent.start, sent.end) if hasattr(sent, "start") else sent
        sentence = text[s_start:s_end]
        if not _has_digit(sentence, 0, len(sentence)):
            continue
        for m in FIGURE.finditer(sentence):
            unit, mult = m.group("unit"), m.group("mult")
            if not (unit or mult):
                continue   # a bare number: a year, an ordinal, a name (5G)
            if unit == "G" and not mult:
                continue   # 5G is a name
            try:
                value = figures.to_number(m.group("num"), mult)
            except ValueError:
                continue
            cut_before = max((c.end() for c in _CLAUSE_CUT.finditer(sentence, 0, m.start())), default=0)
            after = _CLAUSE_CUT.search(sentence, m.end())
            cut_after = after.start() if after else len(sentence)
            out.append(Candidate(s_start + m.start(), s_start + m.end(), m.group(0).strip(), value, unit,
                                 s_start, s_end, s_start + cut_before, s_start + cut_after,
                                 getattr(sent, "index", index)))
    return out


def _bucket(n: int, edges=(0, 1, 2, 3, 5, 8, 12, 20, 30)) -> str:
    return str(next((e for e in edges if n <= e), "more"))


class Article:
    """What the features of one article's figures read: its text, the rules' figures and
    goal passages, and LAC's word boundaries (when the pipeline ran LAC)."""

    def __init__(self, text: str, sentences, *, rule_figures=None, goal_spans=(), words=None):
        self.text = text
        self.sentences = list(sentences)
        rule_figures = rule_figures if rule_figures is not None else [
            f for s in self.sentences if _has_digit(text, s.start, s.end)
            for f in figures.figures(text[s.start:s.end], s.start)]
        self.rule_figures: dict[int, list] = {}       # by where the figure's value ends
        for f in rule_figures:
            self.rule_figures.setdefault(f.end, []).append(f)
        self.goal_spans = sorted(goal_spans)           # (start, end, has deadline) of the rules' goals
        self.words = words or []                       # (start, end, tag), in text order
        self.starts = [s for s, _, _ in self.words]
        self.tag_at = {s: t for s, _, t in self.words}
        self.tag_ending = {e: t for _, e, t in self.words}
        self.word_tag = {(s, e): t for s, e, t in self.words}
        self.newlines = [m.start() for m in re.finditer("\n", text)]

    def starts_between(self, start: int, end: int) -> list[int]:
        """Where LAC's words start inside (start, end)."""
        return self.starts[bisect.bisect_right(self.starts, start):bisect.bisect_left(self.starts, end)]

    def paragraph(self, offset: int) -> int:
        return bisect.bisect_left(self.newlines, offset)

    def rule_figure(self, c: Candidate):
        """The rules' figure whose value this candidate is (same place), if any."""
        for end in range(c.end - 2, c.end + 5):   # the rules' figure may end after 左右, 以上
            for f in self.rule_figures.get(end, ()):
                if f.start <= c.start and f.value == c.value:
                    return f
        return None

    def goal_over(self, c: Candidate):
        i = bisect.bisect_right(self.goal_spans, (c.end, float("inf"), True))
        return next((g for g in reversed(self.goal_spans[max(0, i - 16):i])
                     if g[0] <= c.start < g[1] or g[0] < c.end <= g[1]), None)


_DIGIT = re.compile(r"\d")


def _has_digit(text: str, start: int, end: int) -> bool:
    return _DIGIT.search(text, start, end) is not None


def candidate_features(a: Article, c: Candidate) -> list[str]:
    """The feature names of one figure: is it a reported Statistic?"""
    text = a.text
    sentence = text[c.sentence_start:c.sentence_end]
    clause = text[c.clause_start:c.clause_end]
    before = text[c.clause_start:c.start]
    after = text[c.end:c.clause_end]
    rule = a.rule_figure(c)
    goal = a.goal_over(c)
    f = ["bias", f"unit:{c.unit or '-'}", f"approx:{bool(re.search('余|多|几', c.value_text))}",
         f"mult:{re.search(_UNIT, c.value_text).group(0) if re.search(_UNIT, c.value_text) else '-'}",
         f"b1:{text[c.start - 1:c.start]}", f"b2:{text[max(0, c.start - 2):c.start]}",
         f"a1:{text[c.end:c.end + 1]}", f"a2:{text[c.end:c.end + 2]}",
         f"before_len:{_bucket(len(before))}", f"after_len:{_bucket(len(after))}",
         f"clause_first:{c.clause_start == c.sentence_start}",
         f"para:{_bucket(a.paragraph(c.start))}", f"in_title:{bool(a.newlines) and c.start < a.newlines[0]}",
         f"figures_in_clause:{_bucket(len(FIGURE.findall(clause)))}",
         f"c2:{clause[:2]}", f"s2:{sentence[:2]}"]
    line_start = a.newlines[a.paragraph(c.start) - 1] + 1 if a.paragraph(c.start) else 0
    line_end = a.newlines[a.paragraph(c.start)] if a.paragraph(c.start) < len(a.newlines) else len(text)
    if _BULLET.match(text[line_start:line_end]):
        f.append("bullet")
    f.append(f"line_len:{_bucket((line_end - line_start) // 10)}")
    if _BOUND.match(text, c.end):
        f += ["bound", f"bound&deadline:{bool(_MARKERS['deadline'].search(sentence))}"]
    if rule is not None:
        f += ["rule", f"rule_label_len:{_bucket(len(rule.label))}"]
    if goal is not None:
        f += ["rule_goal", f"rule_goal_deadline:{goal[2]}"]
    for name, pattern in _MARKERS.items():
        if pattern.search(before):
            f.append(f"before:{name}")
        if pattern.search(clause):
            f.append(f"clause:{name}")
        if pattern.search(sentence):
            f.append(f"sentence:{name}")
    if _MARKERS["deadline"].search(sentence):
        f += [f"deadline&rule:{rule is not None}", f"deadline&goal:{goal is not None}",
              f"deadline&past:{bool(_MARKERS['past'].search(clause))}"]
    if rule is not None and goal is not None:
        f.append("rule&goal")
    f += [f"bb:{before[i:i + 2]}" for i in range(max(0, len(before) - 6), len(before) - 1)]
    return f


# ----------------------------------------------------------------- measure names

def label_candidates(a: Article, c: Candidate) -> list[tuple[str, list[str]]]:
    """Noun phrases that may name the figure's measure, each with its features: stretches of
    its clause before the figure (starting at a word boundary, verbs and qualifiers cut off
    its end), of the clause after it, and the rules' label."""
    text = a.text
    out: dict[str, list[str]] = {}

    def add(label: str, side: str, extra: list[str]):
        label = label.strip("“”\"、 ")
        if len(label) < 2 or len(label) > 30 or re.fullmatch(r"[\d.%]+", label) or _OTHER_FIGURE.search(label) \
                or _YEAR_ONLY.fullmatch(label):
            return   # no label holds another figure (苏州达到10.9%、北京)
        if _GROWTH_ONLY.fullmatch(label) or (_TRAIL.search(label) and not (side == "composed" and label.endswith("占比"))):
            return   # 同比增长, 苏州达到: a change or a verb alone names no measure (政府投资占比 is a share)
        if _FRAGMENT_OPENING.match(label) or _COMPARISON_ONLY.fullmatch(label) or "把" in label:
            return   # 和社会融资规模存量, 比上一年同期, 同期山东, 海淀把…产值: a clause fragment, not a noun phrase
        if _HEDGE_OPENING.match(label) or _TIME_ONLY.fullmatch(label) or _PLACE_ONLY.fullmatch(label):
            return   # 左右的农户, 原来, 全球: the figure's hedge, a time or a place alone names no measure
        if label in out:
            out[label] += [f"also:{side}"]
            return
        at = text.find(label, c.sentence_start)
        if at > 0 and text[at - 1].isdigit() and at < c.start and _UNIT_OPENING.match(label) or _COUNT_IN_LABEL.search(label):
            return   # 5.6|万人减少到, 107个增加至: the tail of another figure, or a count and its change
        one_word = a.word_tag.get((at, at + len(label)))
        if one_word in _NO_MEASURE_TAGS:
            return   # 我校, 今天, 蒋健, 每年: a pronoun, a time, a name or a function word names no measure
        if label.startswith(("全", "整个")) and a.word_tag.get((at + len(label) - len(label.lstrip("全整个")), at + len(label))) == "LOC":
            return   # 全上海, 整个江苏: a place alone names no measure
        if side in ("before", "after") and at >= 0 and a.words:
            first, last = a.tag_at.get(at), a.tag_ending.get(at + len(label))
            if first == "v" and _opens_with_a_verb_character_of_a_noun(a, at):
                first = "n"   # 受|访者, 分|论坛: LAC cut the noun's first character off as a verb
            if (first in _NO_OPENING_TAGS and not _NOMINAL_VERB_ALONE.fullmatch(label)) or last in _NO_ENDING_TAGS or \
                    (last == "v" and not _CHANGE_END.search(label) and not _NOMINAL_VERB_END.search(label)) \
                    or (side == "after" and first is None):   # 14亿人口的大国: the figure cut a word in two
                return   # 现在已经有全职, 它不是建立, 广深应当先跨越: a clause fragment, not a noun phrase
        f = [f"side:{side}", f"len:{_bucket(len(label))}", f"one_word:{one_word or '-'}", f"first:{label[0]}", f"last:{label[-1]}",
             f"last2:{label[-2:]}", f"first2:{label[:2]}", f"unit:{c.unit or '-'}", f"side&unit:{side}&{c.unit or '-'}",
             f"has_de:{_DE in label}", f"digit:{bool(re.search(r'[0-9]', label))}",
             f"comma:{bool(re.search(r'[，,、]', label))}", *extra]
        out[label] = f

    before = text[c.clause_start:c.start]
    lead = _LEAD.match(before)
    body_start = c.clause_start + (lead.end() if lead else 0)
    if lead and a.words and body_start not in a.tag_at:   # 有效支撑…: 有 opens a word here, it is no lead word
        body_start = max((s for s in a.starts_between(c.clause_start - 1, body_start)), default=c.clause_start)
    pre = text[body_start:c.start].rstrip()   # 业务收入达 354.6 亿元: a space before the figure ends nothing
    bracket = re.search(r"[(（]$", pre)   # 5G基站占移动电话基站比重(37.2%): the measure before the bracket
    pre = pre[:bracket.start()] if bracket else pre
    trail = _TRAIL.search(pre) or _FROM_TAIL.search(pre)
    core_end = body_start + (trail.start() if trail else len(pre))
    for end, cut in ((core_end, "trimmed"),):
        if end - body_start < 2:
            continue
        starts = [body_start, *a.starts_between(body_start, end - 1)] if a.words else \
            sorted({body_start, *[body_start + m.end() for m in re.finditer(r"的|中|在|对|和", text[body_start:end])]})
        for s in starts:
            if text[s - 1:s] == "占" and c.unit in ("%", "％"):
                continue   # 占总量的22.6%: 总量 is the whole the share is of, not the measure
            label = text[s:end]
            extra = [f"cut:{cut}", f"from_clause_start:{s == body_start}", f"dist:{_bucket(c.start - end)}",
                     f"tag_first:{a.tag_at.get(s, '-')}", f"tag_last:{a.tag_ending.get(end, '-')}",
                     f"words:{_bucket(len(a.starts_between(s - 1, end)))}"]
            add(label, "before", extra)
    # 城镇化率从63.2%提高到72.7%: the later value is the measure's too
    changed = _FROM_FIGURE.match(pre) or _FROM_TO.search(text[c.sentence_start:c.start])
    if changed:
        subject = changed.group("subject")
        tail = _TRAIL.search(subject)   # 市场规模将|从…增长到: the measure, not the adverb
        add(subject[:tail.start()] if tail else subject, "from", [])
    # 300余人出席开幕式, 7场大会邀请报告: the measure follows the figure; 约70%的罕见病: after 的
    after_start = c.end + (1 if text[c.end:c.end + 1] == _DE and (c.unit in ("%", "％") or _COUNTED_BEFORE_DE.search(
        text, c.clause_start, c.start)) else 0)
    after_end = c.clause_end
    listed = re.search(r"、", text[after_start:after_end])   # 人大建议637件、政协提案387件: the next one's
    after_end = after_start + listed.start() if listed else after_end
    if after_end - after_start >= 2:
        ends = [e for e in a.starts_between(after_start + 1, after_end)] + [after_end] if a.words else [after_end]
        for e in ends:
            add(text[after_start:e], "after", [f"tag_last:{a.tag_ending.get(e, '-')}", f"to_clause_end:{e == after_end}",
                                                f"tag_first:{a.tag_at.get(after_start, '-')}"])
    rule = a.rule_figure(c)
    if rule is not None:
        add(rule.label, "rule", [f"rule_len:{_bucket(len(rule.label))}"])
    # 电子信息制造业实现营业收入15.4万亿元: the measure is named after the verb
    done = _DONE.search(pre)
    if done and done.start() >= 2:
        add(pre[:done.start()] + done.group("what"), "done", [])
    # 比上年同期增长21.5%, 占全国的比重达27.2%: the growth or share of the measure named before
    if c.clause_start > c.sentence_start:
        subject = _previous_measure(a, c) or _sentence_subject(text[c.sentence_start:c.clause_start])
        change = _CHANGE_TAIL.search(subject) if subject else None   # 比上月下降 + 下降: the change once
        subject = subject[:change.start()] if change else subject
        subject = subject if subject and len(subject) >= 2 else None
        opening = text[body_start:c.start].rstrip()
        growth = _GROWTH_ONLY.fullmatch(opening)
        share = _SHARE_ONLY.fullmatch(opening)
        if subject and growth:
            add(subject + growth.group("word"), "composed", [f"growth:{growth.group('word')}"])
        elif subject and share:
            add(subject + "占" + share.group("what") + "比重", "composed", ["share"])
        elif subject and _SHARE_ALONE.fullmatch(opening):   # …575.5亿元，占25.7%
            add(subject + "占比", "composed", ["share"])
    rest = re.sub(r"^同期", "", text[body_start:core_end])
    rest_at = core_end - len(rest)
    if not out and c.clause_start > c.sentence_start and (len(rest) < 2 or a.word_tag.get((rest_at, core_end)) in ("LOC", "t", "TIME")):
        # 甲市为14578亿元，同期乙市为19775.9亿元 / 2021年达到8.2万元: nothing in its clause names the
        # figure (a place or a time at most); the measure of the figure before does
        carried = _previous_measure(a, c)
        if carried and not _GROWTH_ONLY.fullmatch(carried):
            add(carried, "carried", [])
    if not out and c.clause_start > c.sentence_start:
        # 务工总量持续增加，9月底达到3103万人: nothing names the figure in its clause; the clause
        # before names the measure (only where no other label is found)
        previous = _previous_clause_measure(text[c.sentence_start:c.clause_start])
        if previous and _MEASURE_END.search(previous) and not _CHANGE_TAIL.fullmatch(previous):
            add(previous, "previous_clause", [])
    return list(out.items())


#: 2020 年, 2021年底: a year names no measure
_YEAR_ONLY = re.compile(r"(?:较|比|在|到)?\s*(?:19|20)\d\d\s*年(?:底|末|初)?(?:的)?")
#: 完成了486亿元的物资采购, 共26所的211高校: a figure done, had or counted, then 的 and the measure
_COUNTED_BEFORE_DE = re.compile(r"(?:^|完成了?|实现了?|拥有|共有|共计?|累计|总计|合计)\s*$")
#: what opens no measure's name: a conjunction, a comparison, the tail of another figure (…亿元和70.2亿元)
_FRAGMENT_OPENING = re.compile(r"[和与及或而并于（(]|以来|同期|元[和、与及]|累计比|约?占")
#: 500户左右的农户: a hedge after the figure, then 的, opens no measure's name
_HEDGE_OPENING = re.compile(r"(?:左右|上下|以上|以下|以内|多|余)的")
#: a time word alone (从原来的5万元提高到…, 此前的3家): no measure
_TIME_ONLY = re.compile(r"原来|原先|目前|当前|现在|此前|之前|以前|以往|过去|如今|当时|今后|此后|届时")
#: a place alone (全球有60个国家, 全重庆有8个区): no measure; 全 with a place the tagger reads is caught by tag
_PLACE_ONLY = re.compile(r"(?:全|整个)(?:球|世界|国|省|市|区|县|镇|乡|村)")
#: a comparison alone: 比上一年同期, 累计比上年同期
#: what a change is measured against: 比上年同期, 较上年末, 比2019年同期, 比一季度, 与去年同期相比
_AGAINST = (r"(?:(?:比|较)(?:上一?年|去年|前年|上月|上季度|上年度|上年末|去年末|年初|[一二三四]季度|20\d\d年)(?:同期)?"
            r"|与(?:上一?年|去年)同期相比[，,]?)")
_COMPARISON_ONLY = re.compile(r"(?:累计)?" + _AGAINST)


# what a measure's name ends with (总量, 规模, 失业率, 收入, 产量, 指数 …)
_MEASURE_END = re.compile(r"(?:总量|规模|总额|金额|余额|数量|人数|户数|个数|家数|产量|销量|产值|增加值|收入|利润|投资|"
                          r"比重|比例|占比|[率量额值数]|指数|价格|浓度|面积|里程|容量|用户)$")
_CLAUSE_VERB = re.compile(r"(?:持续|继续|稳步|不断|进一步|大幅|明显|有所)?(?:增加|增长|提高|提升|上升|下降|减少|回落|扩大|保持|实现|达到|完成|"
                          r"恢复|回升|好转|攀升|下滑|放缓|加快)")


def _previous_clause_measure(opening: str) -> str | None:
    """The measure the clause before a figure's names: 脱贫劳动力务工总量持续增加 → 脱贫劳动力务工总量."""
    clauses = [x for x in _CLAUSE_CUT.split(opening) if x]
    if not clauses:
        return None
    last = clauses[-1]
    lead = _LEAD.match(last)
    last = last[lead.end():] if lead else last
    verb = _CLAUSE_VERB.search(last)
    subject = last[:verb.start()] if verb else None
    return subject if subject and 2 <= len(subject) <= 20 and not _DIGIT.search(subject) else None


#: 城镇化率从 / 条目数由: where a change of the measure starts
_FROM_TAIL = re.compile(r"(?:从|由)$")
#: 城镇化率从63.2%提高到 / 条目数由93项减至: the measure whose later value follows
_FROM_FIGURE = re.compile(r"(?P<subject>[^，,；;。从由\d]{2,20}?)(?:从|由)(?:20\d\d年的?)?\d[^，,；;。]{0,12}?"
                          r"(?:提高|提升|增加|增长|上升|下降|减少|降低|扩大|缩小|跃升|减|增|升|降)(?:到|至|为)$")
#: what opens the unit of a figure (5.6|万人)
_UNIT_OPENING = re.compile(r"(?:万|亿|千|百|%|％|" + _CLASSIFIERS + ")")
#: an earlier count and its change (107个增加至2024年, 企业从2020年的850家增加至): no measure's name
_COUNT_IN_LABEL = re.compile(r"^\d+(?:\.\d+)?(?:余|多)?(?:万|亿)?(?:个|家|项|件|人|名|位|场|条|份|部|座|所)?"
                             r"(?:增加|增长|减少|下降|提高|提升|上升|降低|扩大|缩小)|(?:从|由)(?:20\d\d年的?|去年同期的?|上年的?)?\d+(?:\.\d+)?(?![\d年])")
#: 罪犯由2013年的5.6万人减少到2022年的 / 规模由2014年的16.2万亿元，增长至2023年的: the same with the
#: later value's year, or past a comma
_FROM_TO = re.compile(r"(?:^|(?<=[，,；;：:]))(?:其中|同时|此外)?(?P<subject>[^，,；;。从由\d]{2,20}?)(?:从|由)(?:20\d\d年(?:同期)?的?|去年同期的?|上年的?)?"
                      r"(?:不到|不足|约|近)?\d[^；;。从由]{0,16}?[，,]?(?:提高|提升|增加|增长|上升|下降|减少|降低|扩大|缩小|跃升|减|增|升|降)"
                      r"(?:到|至|为)了?(?:20\d\d年(?:底|末)?的?)?(?:超过|近|约)?$")
_DONE = re.compile(r"(?:实现|完成)(?:了)?(?P<what>[\u4e00-\u9fff]{2,8}?)(?:约|近|超|达|为)?$")
#: a share named by nothing but 占 or 占比 (占25.7%, 占比约为56.5%)
_SHARE_ALONE = re.compile(r"(?:约|已|均)?占(?:比)?(?:约|达到?|为|超过)*")
_SHARE_ONLY = re.compile(r"(?:约|已|均)?占(?!比)(?P<what>[\u4e00-\u9fffA-Z]{1,10}?)(?:的)?(?:比重|比例)?(?:约|达到?|为|超过)?")


def _previous_measure(a: Article, c: Candidate) -> str | None:
    """The measure of the figure before this one in its sentence: the stretch of its clause
    before it, lead words and verbs cut off (数字经济核心产业增加值达到5675亿元，同比增长8.2%)."""
    text = a.text
    before = [m for m in FIGURE.finditer(text, c.sentence_start, c.clause_start) if m.group("unit") or m.group("mult")]
    for m in reversed(before):   # …金额3819亿元，同比增长41.6%，占比达79.4%: past the growth to the amount
        if m.group("unit") in ("%", "％") and text[m.start() - 1:m.start()] == _DE:
            continue   # 完成全年目标任务的95%，…增加147万人: a ratio of another thing, not the amount that grew
        measure = _measure_of(text, c.sentence_start, m)
        if measure is None or not (_GROWTH_ONLY.fullmatch(measure) or _CHANGE_TAIL.fullmatch(measure)
                                   or _FRAGMENT_OPENING.match(measure)):   # …占北京市总量的23.56%，增长5.9%
            return measure
    return None


def _measure_of(text: str, sentence_start: int, m: re.Match) -> str | None:
    """The measure named before one figure in its clause."""
    start = max((x.end() for x in _CLAUSE_CUT.finditer(text, sentence_start, m.start())), default=sentence_start)
    pre = text[start:m.start()].rstrip()
    counts = [x for x in FIGURE.finditer(pre) if x.group("unit") or x.group("mult")]
    pre = pre[counts[-1].end():] if counts else pre   # 全国337个地级及以上城市平均优良天数比例: not the count
    lead = _LEAD.match(pre)
    pre = pre[lead.end():] if lead else pre
    pre = re.sub(r"^(?:实现了?|完成了?)", "", pre)   # (全市)实现地区生产总值…: the measure, not the verb
    done = _DONE.search(pre)
    if done and done.start() >= 2:
        pre = pre[:done.start()] + done.group("what")
    trail = _TRAIL.search(pre)
    pre = pre[:trail.start()] if trail else pre
    change = _CHANGE_TAIL.search(pre)   # 比例同比上升5个百分点，浓度…: the measure, not its change
    pre = pre[:change.start()] if change and change.start() >= 2 else pre
    return pre if 2 <= len(pre) <= 24 and not _HOLDS_FIGURE.search(pre) else None


#: digits that are a figure or a date, not part of a name (PM2.5, M2, 5G, IPv6 are names)
_HOLDS_FIGURE = re.compile(r"(?<![A-Za-z\d.])\d+(?:\.\d+)?(?![A-Za-z\d.])")


_CHANGE_TAIL = re.compile(r"(?:" + _AGAINST + r"|同比|环比)"
                          r"(?:增长|下降|提高|减少|上升|上涨|回落|降低|多增|加快|放缓|增加)?$")


#: LAC tags of a lone word that is no measure: pronoun, time, person, place, organisation, numeral,
#: classifier, preposition, conjunction, adverb, particle, direction word, quantity
_NO_MEASURE_TAGS = {"r", "t", "PER", "LOC", "ORG", "m", "q", "p", "c", "d", "u", "f", "TIME", "xc", "w"}
#: LAC tags no measure name opens with: pronoun, adverb, preposition, conjunction, particle, time, verb
_NO_OPENING_TAGS = {"r", "d", "p", "c", "u", "t", "v", "vd", "ad", "xc", "w", "TIME"}
#: … nor ends with: preposition, conjunction, particle, pronoun, adverb, a person's name (省政府与,
#: 专家学者等, 北京每, 华为云CEO张平安为10位…: who gives, not what is counted)
_NO_ENDING_TAGS = {"p", "c", "u", "r", "d", "xc", "w", "PER"}
#: a verb that may end a measure name: its change (营业收入增长, 用工人数下降)
_CHANGE_END = re.compile(r"(?:增长|下降|增加|减少|提高|提升|上升|上涨|回落|下滑|降低)$")
#: … or a verb used as a noun that names a measure (政府投资, 人民币贷款, 城镇新增就业, 货物出口)
_NOMINAL_VERB_END = re.compile(r"(?:投资|贷款|融资|存款|就业|消费|出口|进口|支出|发电|装机|建议|提案|授权|申请)$")
#: … which alone names a measure though LAC reads a verb (出口4823.7亿元, 投资1065亿元)
_NOMINAL_VERB_ALONE = re.compile(r"投资|贷款|融资|存款|就业|消费|出口|进口|支出|发电|装机")
_OTHER_FIGURE = re.compile(r"\d(?:[.,]\d+)?\s*(?:%|％|万亿|亿|万|千|倍)|\d[、和]")
_GROWTH_ONLY = re.compile(r"(?:" + _AGAINST + r"|同比|环比|两年平均|年均)?(?:分别)?(?:实际)?"
                          r"(?P<word>增长|下降|增速|增幅|提高|减少|上升|上涨|回落|降低|多增|加快|放缓|增加)(?:了|为|达到?|约)?")
_SUBJECT_END = re.compile(r"(?:实现|完成|达到|达|为|超过|突破|同比|比上年|增长|下降|约|共|累计|有|占)")


#: a clause that only says who reports what follows: 《报告》同时指出, 数据显示, 据统计
_SAYS = re.compile(r"(?:指出|表示|显示|介绍|透露|称|说|据统计|据了解|据悉)$")


def _sentence_subject(opening: str) -> str | None:
    """The measure a sentence opens with (北京市规模以上工业企业实现营业收入…: 北京市规模以上工业企业营业收入)."""
    clauses = _CLAUSE_CUT.split(opening)
    while len(clauses) > 1 and _SAYS.search(clauses[0]):
        clauses = clauses[1:]   # 《报告》指出，上半年国内生产总值…: the measure follows who reports it
    first = clauses[0]
    first = first[_LEAD.match(first).end():] if _LEAD.match(first) else first
    m = re.match(r"(?P<who>[\u4e00-\u9fffA-Za-z“”]{2,20}?)(?:实现|完成)(?P<what>[\u4e00-\u9fff]{2,8}?)(?:约|近|超)?\d", first)
    if m:
        return m.group("who") + m.group("what")
    m = _SUBJECT_END.search(first)
    subject = first[:m.start()] if m else None
    if m is None and _MEASURE_END.search(re.sub(r"[（(][A-Za-z\d.]+[)）]$", "", first)):
        subject = first   # 上半年国内生产总值（GDP），按不变价格计算，同比增长2.5%: the clause is the measure
    return subject if subject and 2 <= len(subject) <= 24 and not _HOLDS_FIGURE.search(subject) else None


# ----------------------------------------------------------------- the model

class FigureModel:
    """Hashed logistic regressions: is the figure a Statistic, which label names it, and (where
    trained and kept) is it a target that no goal found so far states."""

    def __init__(self, typing: HashedLogistic, naming: HashedLogistic, targets: HashedLogistic | None = None):
        self.typing = typing
        self.naming = naming
        self.targets = targets          # its threshold: ``targets.threshold``; None: targets stay with the goal rules

    @property
    def threshold(self) -> float:
        return self.typing.threshold

    @threshold.setter
    def threshold(self, value: float) -> None:
        self.typing.threshold = value

    def statistic_probability(self, a: Article, c: Candidate) -> float:
        return self.typing.probability(candidate_features(a, c))

    def target_probability(self, a: Article, c: Candidate) -> float:
        return self.targets.probability(candidate_features(a, c)) if self.targets is not None else 0.0

    def best_label(self, a: Article, c: Candidate) -> str | None:
        options = label_candidates(a, c)
        if not options:
            return None
        scores = [float(self.naming.weights[hashed(f)].sum()) for _, f in options]
        return options[int(np.argmax(scores))][0]

    def save(self, path: Path = MODEL_PATH) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        import json
        targets = {} if self.targets is None else {"targets": _sparse(self.targets.weights),
                                                     "target_threshold": np.float32(self.targets.threshold)}
        np.savez_compressed(path, typing=_sparse(self.typing.weights), naming=_sparse(self.naming.weights),
                            threshold=np.float32(self.typing.threshold),
                            meta=np.array(json.dumps(self.typing.meta, ensure_ascii=False)), **targets)

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "FigureModel":
        import json
        data = np.load(path)
        meta = json.loads(str(data["meta"]))
        targets = HashedLogistic(_dense(data["targets"]), float(data["target_threshold"]), {}) \
            if "targets" in data.files else None
        return cls(HashedLogistic(_dense(data["typing"]), float(data["threshold"]), meta),
                   HashedLogistic(_dense(data["naming"]), 0.5, {}), targets)

    @property
    def meta(self) -> dict:
        return self.typing.meta


def _sparse(weights: np.ndarray) -> np.ndarray:
    """Nonzero weights as (index, value) rows: the file stays small."""
    idx = np.flatnonzero(weights)
    return np.stack([idx.astype(np.float64), weights[idx].astype(np.float64)]).astype(np.float32) \
        if idx.size < (1 << 24) else weights


def _dense(rows: np.ndarray) -> np.ndarray:
    w = np.zeros(DIMENSIONS, dtype=np.float32)
    if rows.ndim == 2 and rows.shape[1]:
        w[rows[0].astype(np.int64)] = rows[1]
    return w


@lru_cache(maxsize=1)
def default_model() -> FigureModel | None:
    return FigureModel.load() if MODEL_PATH.exists() else None


# ----------------------------------------------------------------- in the fact builder

def article_of_context(ctx) -> Article:
    """The figure model's view of the fact rules' context (extract/rules/context.py)."""
    spans = []
    for start, end, key in ctx.goal_spans:
        goal = ctx.reg.entities.get(key)
        spans.append((start, end, bool(goal is not None and goal.deadline)))
    return Article(ctx.text, ctx.sentences, goal_spans=spans, words=ctx.doc.user_data.get(WORDS_KEY))


def find_statistics(ctx, model: FigureModel) -> None:
    """The Statistics of the article as the model types and names its figures (in place of
    :func:`extract.rules.statistics.find_statistics`, whose figures are among its features)."""
    a = article_of_context(ctx)
    listed: dict[int, str] = {}
    for sent in ctx.sentences:
        if "分别" in sent.text:
            listed.update(listed_measures(ctx.text, sent.start, sent.end))
    label_ending: dict[int, str] = {}   # where a Statistic's figure ends → its label
    placed_ending: dict[int, str] = {}   # … of those named by their place or time alone
    last: tuple[int, str] | None = None   # the sentence index and label of the last Statistic found
    for c in figure_candidates(ctx.text, ctx.sentences):
        placed = place_measure(ctx.text, c, ctx.place_names, last) or time_measure(ctx.text, c, last) or \
            _change_of_placed(ctx.text, c, label_ending, placed_ending) or enumerated_count(a, c) or done_or_held_count(a, c)
        probability = model.statistic_probability(a, c)
        if placed is None and probability < model.threshold and \
                not (probability >= REPORTED_MEASURE_FLOOR and reports_a_measure(ctx.text, c)):
            if model.targets is not None and not ctx.goal_spans.covers(c.start) \
                    and model.target_probability(a, c) >= model.targets.threshold:
                _add_target(ctx, c)
            continue
        if is_target(ctx.text, c):
            continue   # 到2027年…超过45%: a target is its goal's figure, not a reported Statistic
        if is_qualifier(ctx.text, c):
            continue   # 超20亿元项目200个, 4-5个小时: the figure qualifies or bounds another
        label = placed or listed.get(c.start) or attendance_measure(ctx.text, c) or \
            _listed_noun_after(a, c) or _measure_of_value_before(ctx.text, c, label_ending) or \
            _counted_or_best(a, c, model) or _listed_stretch(ctx.text, c)
        label = _measure_name(label)
        if not label:
            continue
        label = place_measure_without_de(label, ctx.place_names)
        label_ending[c.end] = label
        if placed:
            placed_ending[c.end] = label
        last = (c.sentence_index, label)
        sentence = ctx.text[c.sentence_start:c.sentence_end]
        rule = a.rule_figure(c)
        target = re.search(r"(?:到|至)(20\d\d年)", sentence)
        date_m = figures._DATE.search(sentence)
        again = _same_statistic(ctx, label, c)
        if again is not None:   # M2同比增长11.4% after 广义货币（M2）同比增长11.4%: one figure said twice
            again.mentions.append(ctx.mention(c.start, c.end))
            continue
        known = ctx.reg.find(label, "Statistic")
        other_value = known is not None and known.value is not None and known.value != c.value
        stat = ctx.reg.add("Statistic", label, confidence=CONFIDENCE, mention=ctx.mention(c.start, c.end),
                           distinct=other_value)
        stat.value_text, stat.value, stat.unit = c.value_text, c.value, c.unit
        stat.date = (target.group(1) if target else None) or (rule.date if rule else None) or \
            (date_m.group("date") if date_m else None)
        stat.evidence = ctx.text[c.clause_start:c.clause_end]


def _counted_or_best(a: Article, c: Candidate, model: FigureModel) -> str | None:
    """The model's measure name, or what the count counts where a noun follows it at once (the
    model names a figure only where some label fits; the counted noun then says which)."""
    best = model.best_label(a, c)
    return counted_noun(a, c) or best


#: the least probability at which a figure reported right after its measure's name is a Statistic
REPORTED_MEASURE_FLOOR = 0.15
#: 高技术制造业增加值增长8.9%, 移动网络IPv6流量占比达64.31%: a measure's name (ending in a measure
#: word), a verb of reporting and the figure, alone in the clause's end
_REPORTED_MEASURE = re.compile(r"(?P<measure>[\u4e00-\u9fffA-Za-z0-9]{2,}?)(?:同比|比上年|较上年)?"
                               r"(?:达到?|突破|超过|高达|增长|为)了?(?:约|近)?\s*$")


def reports_a_measure(text: str, c: Candidate) -> bool:
    """The figure's clause names a measure and reports its figure: 从业人数突破1.1万人, 企业贷款加权
    平均利率为4.16% (a measure word ends the name before the verb)."""
    m = _REPORTED_MEASURE.search(text, c.clause_start, c.start)
    return bool(m and _MEASURE_END.search(m.group("measure")))


#: 此外，苏州达到10.9%、北京为10.7%: a clause (or a stretch after the 、 that ends a figure) naming
#: only a place, then a verb of reporting
_PLACE_CLAUSE = re.compile(r"^(?:此外|其中|而|则|同时|另外)?(?P<place>[\u4e00-\u9fff]{2,8}?)(?:的)?"
                           r"(?:达到?|为|约为|增长|增速为|超过|突破|占)了?(?:约|近)?\s*$")
#: what may close the figure before a 、 (10.9%、北京为…)
_FIGURE_BEFORE = re.compile(r"\d(?:%|％|倍|" + _UNIT + r"|" + _CLASSIFIERS + r")?(?:左右|以上)?$")


def _own_stretch(text: str, c: Candidate) -> str | None:
    """What the figure's clause says before it, past a 、 that closes another figure (10.9%、北京为…);
    None when a 、 there closes no figure (武汉、广州达到…: a list, not one name)."""
    head, sep, tail = text[c.clause_start:c.start].rpartition("、")
    return None if sep and not _FIGURE_BEFORE.search(head) else tail


def _without_place(measure: str, places) -> str:
    """The measure without the place it opens with (苏州经济增速 → 经济增速)."""
    for n in range(min(len(measure) - 2, 8), 1, -1):
        if measure[:n] in places:
            return re.sub(r"^(?:市|省)?的?", "", measure[n:])
    return measure


#: 其中，9月份为4.9% / 2021年达到8.2万元: a clause naming only a time, then a verb of reporting
_TIME_CLAUSE = re.compile(r"^(?:此外|其中|而|则|同时|另外)?(?P<time>(?:(?:19|20)\d\d年)?(?:\d{1,2}月份?|第?[一二三四]季度|"
                          r"上半年|下半年|前三季度|全年)(?:末|底)?|(?:19|20)\d\d年(?:末|底)?)"
                          r"(?:的)?(?:(?:仅|只)?(?:达到?|为|约为|超过|突破|余|有)|降至|增至|升至|降到|增加到|增长到)了?(?:约|近)?\s*$")
#: a time a measure's name opens with (2020年海淀新房平均价, 三季度城镇调查失业率)
_OPENING_TIME = re.compile(r"^(?:(?:19|20)\d\d年)?(?:\d{1,2}月份?|第?[一二三四]季度|上半年|下半年|前三季度|全年)?(?:末|底)?")


def time_measure(text: str, c: Candidate, last: tuple[int, str] | None) -> str | None:
    """The measure of a figure whose clause names only a time (三季度城镇调查失业率月均值为5.0%，比
    上年同期下降0.2个百分点。其中，9月份为4.9%): the time with the measure of the Statistic found last,
    in this sentence or the one before, without its time or change (9月份城镇调查失业率月均值)."""
    tail = _own_stretch(text, c)
    m = _TIME_CLAUSE.match(tail) if tail is not None else None
    if not m:
        return None
    changing = _changing_measure(text[c.sentence_start:c.clause_start])
    if changing:   # 务工总量持续增加，9月底达到…: the measure the clause before names, not the last found
        return m.group("time") + changing
    if last is None or c.sentence_index - last[0] > 1:
        return None
    measure = _OPENING_TIME.sub("", last[1])
    measure = _CHANGE_TAIL.sub("", measure) if _CHANGE_TAIL.search(measure) else _CHANGE_END.sub("", measure)
    if len(measure) < 2 or _HOLDS_FIGURE.search(measure):
        return None
    return m.group("time") + measure


#: 就业人口在2010年以来持续下跌: a measure, then when and how it changes
_CHANGING = re.compile(r"(?P<measure>[\u4e00-\u9fffA-Za-z]{4,20}?)(?:(?:在|自|从)?(?:19|20)\d\d年(?:以来|来)?)?"
                       r"(?:持续|继续|不断|逐年|稳步|明显|大幅)?(?:下跌|下降|下滑|减少|增长|增加|上升|上涨|回落|提高|攀升)$")


def _changing_measure(opening: str) -> str | None:
    """The measure the clause right before names as changing (苏州第二产业就业人口在2010年以来持续
    下跌，2010年为…: 苏州第二产业就业人口)."""
    clause = _CLAUSE_CUT.split(opening.rstrip("，,；;"))[-1]
    m = _CHANGING.fullmatch(clause)
    return m.group("measure") if m else None


#: 比上月下降 / 同比增长: a clause of nothing but a change against another time
_CHANGE_CLAUSE = re.compile(r"(?:" + _AGAINST + r"|同比|环比)(?:增长|下降|提高|减少|上升|回落|降低|增加)了?\s*")
_ENDS_IN_CHANGE = re.compile("(?:" + _CHANGE_CLAUSE.pattern + ")$")


def _change_of_placed(text: str, c: Candidate, label_ending: dict[int, str], placed_ending: dict[int, str]) -> str | None:
    """其中，9月份为4.9%，比上月下降0.2个百分点: the change of a figure named by its time or place
    alone, in the clause right after it (9月份…比上月下降)."""
    clause = text[c.clause_start:c.start]
    if not _CHANGE_CLAUSE.fullmatch(clause):
        return None
    before = [end for end in placed_ending if c.sentence_start <= end < c.clause_start]
    if not before:
        return None
    end = max(before)
    if max((e for e in label_ending if e < c.clause_start), default=-1) != end:
        return None   # another figure came between
    base = _ENDS_IN_CHANGE.sub("", placed_ending[end])   # …比上月下降，比去年同期下降
    return base + clause.strip()


def place_measure_without_de(label: str, places) -> str:
    """A measure of a place is named without 的 between them, as annotators write it
    (广州的经济总量 → 广州经济总量)."""
    at = label.find("的")
    return label[:at] + label[at + 1:] if at >= 2 and label[:at] in places and len(label) > at + 2 else label


def place_measure(text: str, c: Candidate, places, last: tuple[int, str] | None) -> str | None:
    """The measure of a figure whose clause names only a place (此外，苏州达到10.9%、北京为10.7%):
    the place with the measure of the Statistic found last, in this sentence or the one before
    (武汉经济增速达到18.8% → 苏州经济增速, 北京经济增速)."""
    tail = _own_stretch(text, c)
    m = _PLACE_CLAUSE.match(tail) if tail is not None else None
    if not m or m.group("place") not in places:
        return None
    share = tail[m.end("place"):].lstrip("的").startswith("占")
    if share and c.unit in ("%", "％"):   # 全球人工智能企业中，美国占34%: the place's share of the group
        return _group_before(text, c) + m.group("place") + "占比"
    if last is None or c.sentence_index - last[0] > 1:
        return None
    measure = _without_place(last[1], places)
    if len(measure) < 2 or share:
        return None
    return m.group("place") + measure


#: 全球人工智能企业中: the group a share is of, a clause of its own ending in 中
_GROUP = re.compile(r"(?:在)?(?P<group>[\u4e00-\u9fffA-Za-z]{2,16}?)(?:当)?中$")


def _group_before(text: str, c: Candidate) -> str:
    """The group named by the clause before the figure's, when it ends in 中 (全球人工智能企业中)."""
    if c.clause_start < 1:
        return ""
    previous = _CLAUSE_CUT.split(text[c.sentence_start:c.clause_start - 1])[-1]
    m = _GROUP.fullmatch(previous)
    return m.group("group") + "中" if m and not _HOLDS_FIGURE.search(previous) else ""


#: a label that is itself a figure (236人, the value listed before the one it would name) or a
#: count in words (一个, 两家)
_IS_FIGURE = re.compile(r"\d+(?:[.,]\d+)*\s*(?:" + _UNIT + r")?(?:" + _CLASSIFIERS + r")?|"
                        r"[一二两三四五六七八九十几]+(?:" + _CLASSIFIERS + r")")
#: 的 opens no name (的|云南石林…)
_OPENING_DE = re.compile(r"^的(?=..)")
#: a verb of doing opens no measure's name (实现|增加值)
_DOING = re.compile(r"^(?:实现|完成)了?(?=[\u4e00-\u9fffA-Za-z]{2})")


def _measure_name(label: str | None) -> str | None:
    """The label as a measure's name: without 的 or a verb of doing before it (实现增加值 → 增加值);
    none for a figure or a count in words (236人, 一个)."""
    if not label or _IS_FIGURE.fullmatch(label):
        return None
    return _DOING.sub("", _OPENING_DE.sub("", label))


#: 2000多个县级行政区、|600多万农户: a figure listed after another's noun, then its own noun
_NOUN_AFTER_LISTED = re.compile(r"[\u4e00-\u9fff]{2,8}(?=[、，,。；;]|$)")
_LISTED_AFTER_FIGURE = re.compile(r"\d[^\d、，,。；;]{0,3}[\u4e00-\u9fff]{2,8}、$")


def _listed_noun_after(a: Article, c: Candidate) -> str | None:
    """覆盖2000多个县级行政区、600多万农户: in a list of figures each followed by its noun, the
    noun right after the figure names it (not the one before the 、): what a count counts, or
    for a figure of no classifier the run of characters up to the next mark."""
    if not _LISTED_AFTER_FIGURE.search(a.text, c.clause_start, c.start):
        return None
    if c.unit in _COUNTERS:
        return counted_noun(a, c)
    m = _NOUN_AFTER_LISTED.match(a.text, c.end, c.clause_end)
    return m.group(0) if m else None


#: 立案2996万件、|开庭504万场: the few characters between a listed figure's 、 and the next figure
_LISTED_STRETCH = re.compile(r"\d[^\d、，,。；;]{0,4}、(?P<what>[\u4e00-\u9fff]{2,6})$")


def _listed_stretch(text: str, c: Candidate) -> str | None:
    """网上立案2996万件、开庭504万场、证据交换819万件次: where nothing else names a figure listed
    right after another, the words between the 、 and it do (开庭)."""
    m = _LISTED_STRETCH.search(text, c.clause_start, c.start)
    return m.group("what") if m else None


def _measure_of_value_before(text: str, c: Candidate, label_ending: dict[int, str]) -> str | None:
    """人数分别为236人、3001人、5474人: a value listed right after another Statistic's value (only 、
    between them) is another value of the same measure."""
    return label_ending.get(c.start - 1) if text[c.start - 1:c.start] == "、" else None


#: 300余人出席开幕式, 150余人参加了会议, 共200余名代表参会: people who attend, and what they attend
_ATTENDING = re.compile(r"(?:的)?(?:[\u4e00-\u9fff]{0,6}?(?:代表|嘉宾|专家|学者|人员|负责人|同志|观众))?(?:共同)?"
                        r"(?P<verb>出席|参加|参会|与会)(?:了)?(?P<what>[\u4e00-\u9fffA-Za-z0-9]{0,12})$")
_PEOPLE = ("人", "位", "名", "人次")


def attendance_measure(text: str, c: Candidate) -> str | None:
    """The measure of a count of people who attend something: 300余人出席开幕式 → 出席开幕式人数,
    200余名代表参会 and 40人参加了会议 → 参会人数 (what they attend, when named, is in the measure)."""
    if c.unit not in _PEOPLE:
        return None
    m = _ATTENDING.match(text, c.end, c.clause_end)
    if not m:
        return None
    what = re.sub(r"^(?:本次|此次|这次)|(?:现场)$", "", m.group("what"))
    verb = m.group("verb")
    if verb in ("参会", "与会") or what == "会议":   # 40人参加了会议: a meeting not named, 参会
        return "参会人数"
    return verb + what + "人数"


#: classifiers that count bodies, people or things (not money, shares, times or sizes)
_COUNTERS = {"家", "个", "位", "名", "人", "人次", "项", "件", "台", "套", "条", "场", "座", "所", "处", "次", "批", "种", "类",
             "部", "款", "届", "支", "只", "辆", "艘", "架", "篇", "份", "门", "块", "张", "间", "栋", "起", "户"}
#: LAC tags that end a counted noun phrase (a conjunction, a preposition, a figure, a name …), and
#: those it must end with; a verb ends it too, unless it is a lone character beside another (网/安, 领/军:
#: LAC cut a noun in two)
_COUNTED_STOP_TAGS = {"c", "p", "w", "m", "q", "r", "d", "xc", "PER", "TIME", "t", "f", "ad", "vd"}
_COUNTED_END_TAGS = {"n", "nz", "nw", "ORG", "LOC"}


def _split_word(a: Article, i: int) -> bool:
    """The i-th word is one character next to another one-character word: LAC cut a word in two."""
    def one_char(j: int) -> bool:
        return 0 <= j < len(a.words) and a.words[j][1] - a.words[j][0] == 1
    return one_char(i) and (one_char(i - 1) or one_char(i + 1))


def _verb_character_of_a_noun(a: Article, i: int) -> bool:
    """The i-th word is one character that LAC read as a verb right before a noun: the noun's
    first character (受|访者, 分|论坛)."""
    if a.words[i][1] - a.words[i][0] != 1 or i + 1 >= len(a.words):
        return False
    start, _, tag = a.words[i + 1]
    return start == a.words[i][1] and tag in _COUNTED_END_TAGS


def _opens_with_a_verb_character_of_a_noun(a: Article, at: int) -> bool:
    """The word at ``at`` is one character LAC read as a verb, the first of a noun (受|访者)."""
    i = bisect.bisect_left(a.starts, at)
    return i < len(a.words) and a.words[i][0] == at and _verb_character_of_a_noun(a, i)


def _noun_phrase_at(a: Article, at: int, end: int) -> int | None:
    """Where the noun phrase that starts at ``at`` (a word start) ends, read up to a conjunction, a
    figure or a verb (not a noun's first character LAC read as one, at the start: 分|论坛) and cut
    back to end in a noun; None where none starts there."""
    i = bisect.bisect_left(a.starts, at)
    if i >= len(a.words) or a.words[i][0] != at:
        return None
    ends, first = [], i
    while i < len(a.words) and a.words[i][0] == at and a.words[i][1] <= end:
        start, stop, tag = a.words[i]
        if tag in _COUNTED_STOP_TAGS or (tag == "u" and a.text[start:stop] != _DE) or \
                (tag == "v" and not _split_word(a, i) and not (i == first and _verb_character_of_a_noun(a, i))):
            break   # (a noun's first character read as a verb opens the phrase only: 嘉宾|作|主题 is a verb)
        if tag in _COUNTED_END_TAGS:
            ends.append(stop)
        at = stop
        i += 1
    return ends[-1] if ends else None


#: how far after a count the 的 closing what qualifies the counted noun may stand (50个各具特色的|案例)
_QUALIFIER_REACH = 24
_NO_QUALIFIER = re.compile(r"[，,；;。：:、！？!?“”《》\d]")


def counted_noun(a: Article, c: Candidate) -> str | None:
    """What a count counts when the noun follows it (携手24家生态伙伴举行…, 已在400多个专业场景落地):
    the words right after the figure up to a conjunction, a figure or a verb, cut back to end in a
    noun, and after 的 its head alone (18位能源领域的专家教授: 专家教授); where what follows the count
    at once is no noun but what qualifies it, the noun after the 的 that closes that (发布了35项与某某
    相关的国家标准: 国家标准); None where no noun follows."""
    if c.unit not in _COUNTERS or not a.words:
        return None
    start = c.end
    stop = _noun_phrase_at(a, start, c.clause_end)
    if stop is None:
        de = a.text.find(_DE, c.end, min(c.clause_end, c.end + _QUALIFIER_REACH))
        if de < 0 or _NO_QUALIFIER.search(a.text, c.end, de) or a.tag_at.get(de) != "u":
            return None
        start = de + 1
        stop = _noun_phrase_at(a, start, c.clause_end)
        if stop is None:
            return None
    label = a.text[start:stop]
    owner, de, head = label.rpartition(_DE)
    if de and c.unit in _BODY_COUNTERS and _PEOPLE_OF_A_BODY.fullmatch(head) and len(owner) >= 2:
        label = owner   # 200多家企业的代表: the count is of the companies, not of their representatives
    else:
        label = head
    return label if 2 <= len(label) <= 20 and not _DIGIT.search(label) else None


#: classifiers that count bodies, and the people of a body named after 的 (企业的代表, 单位的负责人)
_BODY_COUNTERS = {"家", "所"}
_PEOPLE_OF_A_BODY = re.compile(r"(?:主要)?(?:代表|负责人|人员|员工|职工|专家|高管|领导)")


#: 甲、乙、丙等12个重点行业, 《甲》《乙》等16部作品: a list closed by 等 and its count
_LIST_BEFORE_COUNT = re.compile(r"(?:[、》][^，,；;。：:]{1,40}|》)等$")
#: 将在…等9个方面合作, 决定建设…等10家实验室: a list of what is yet to be done, a plan's
_PLANNED = re.compile(r"将|决定|计划|拟|准备|力争|争取|预计")


def enumerated_count(a: Article, c: Candidate) -> str | None:
    """The measure of a count that closes a list of what is done or found (智能制造、智慧农业等12个
    重点行业, 《甲》《乙》等16部作品): what it counts, the noun right after it; None for a count of
    部门 (the bodies just named), in a plan (将在…等9个方面合作), or where no noun follows."""
    if not _LIST_BEFORE_COUNT.search(a.text, c.clause_start, c.start) or c.unit == "部" and a.text.startswith("门", c.end) \
            or _PLANNED.search(a.text, c.clause_start, c.start):
        return None
    return counted_noun(a, c)


#: 发布了|50个…案例, 我国有|35家会计师事务所: a verb of doing with 了, or 有 (not 各有, 没有), right before a count
_DONE_OR_HELD = re.compile(r"(?:[\u4e00-\u9fff]了|(?<![各没])有)$")


def done_or_held_count(a: Article, c: Candidate) -> str | None:
    """The measure of a count of what was done or what there is (大会发布了50个典型案例, 我国有35家
    会计师事务所): the noun it counts; None in a plan or where no noun follows."""
    if not _DONE_OR_HELD.search(a.text, c.clause_start, c.start) or _PLANNED.search(a.text, c.clause_start, c.start):
        return None
    return counted_noun(a, c)


#: a deadline or a resolve before a figure: 到2027年, 力争, 目标是 (not 从2012年的…增加到2017年的…, a past change)
_TARGET_MARK = re.compile(r"(?<![增提升加长降减跃扩])(?:到|至)20\d\d年(?:底|末)?|力争|争取|确保|目标(?:是|为)|预期目标")
#: a figure that is already reached: 已, 截至, 去年, 同比 …
_REACHED = re.compile(r"已经|已|截至|截止|去年|上年|同比|环比|比上年|较上年|了|年均增长|[从由]20\d\d年")


#: a figure the sentence cites from a count or a forecaster: 据统计, 数据显示, 《某某白皮书》显示, 据某机构预测
_CITED_SOURCE = re.compile(r"据统计|据[^，,。；;：:]{1,15}?(?:预测|测算|统计)|(?:数据|统计|报告|调查|研究|白皮书|》)(?:显示|表明)")


def is_target(text: str, c: Candidate) -> bool:
    """The figure is a target: its sentence names a deadline or resolve before it (到2027年, 力争)
    and nothing before it in the sentence says it is reached (已, 截至, 同比 …), nor cites it from a
    count or a forecaster (据统计，到2025年…为52%: a reported figure)."""
    before = text[c.sentence_start:c.start]
    if _TARGET_MARK.search(before) and not _REACHED.search(before) and not _CITED_SOURCE.search(before):
        return True
    # …规模将达12000万千瓦, GDP预期增长6%: a forecast in the figure's own clause
    clause = text[c.clause_start:c.start]
    return bool(_FUTURE_MARK.search(clause)) and not _REACHED.search(clause) \
        and not _FROM_VALUE.match(text, c.end) or is_task_level(text, c)


#: a verb that sets the level a figure names: 提高到70%, 降低至45亿元, 达到
_RAISED_TO = re.compile(r"(?:(?:提高|提升|降低|下降|增加|扩大|减少|缩小|压缩|控制)(?:到|至)|达到|降至|增至|升至)"
                        r"(?:约|近|超过|不低于|不少于)?\s*$")
#: a task still to do: 要, 还要, 将要, 力争, 计划 (not 重要, 主要, 需要, 要求 …)
_TASK_MARK = re.compile(r"还要|将要|力争|计划|(?<![重主需只纪概摘必首简提想])要(?!求|素|点|闻|害|件|是|么)")


def is_task_level(text: str, c: Candidate) -> bool:
    """The figure is the level a task still to do sets: 还要…将住院支付比例提高到70% (a verb of
    setting a level right before it, a task word before it in its sentence and nothing after that
    word saying it is reached)."""
    if not _RAISED_TO.search(text, max(c.clause_start, c.start - 12), c.start):
        return False
    before = text[c.sentence_start:c.start]
    marks = list(_TASK_MARK.finditer(before))
    return bool(marks) and not _REACHED.search(before, marks[-1].end())


def _same_statistic(ctx, label: str, c: Candidate):
    """A Statistic already found with this value and unit whose measure holds this label or is
    held by it (the same figure reported again, its measure named shorter or longer)."""
    mine = _BRACKETS.sub("", label)
    for known in ctx.reg.of_type("Statistic"):
        theirs = _BRACKETS.sub("", known.label)
        if known.value == c.value and known.unit == c.unit and known.label != label \
                and (mine in theirs or theirs in mine):
            return known
    return None


_BRACKETS = re.compile(r"[（）()]")


def is_qualifier(text: str, c: Candidate) -> bool:
    """The figure is no measure's value: one end of a range (4-5个小时, 1-2场), or a threshold
    that qualifies what another figure counts (超20亿元项目200个: 200 projects of over 2 billion)."""
    if _RANGE_BEFORE.search(text, max(c.clause_start, c.start - 8), c.start) or _RANGE_AFTER.match(text, c.end):
        return True
    if not _OVER.search(text, max(c.clause_start, c.start - 2), c.start):
        return False
    after = _QUALIFIED.match(text, c.end, c.clause_end)
    nxt = FIGURE.match(text, after.end(), c.clause_end) if after else None
    return bool(nxt and (nxt.group("unit") or nxt.group("mult")) and nxt.group("unit") != "G")


#: 4-5个 / 20-60万元: the figure ends a range; 4-: it opens one
_RANGE_BEFORE = re.compile(r"\d\s*[-—–~～]$")
_RANGE_AFTER = re.compile(r"\s*[-—–~～]\s*\d")
#: 超 / 超过 / 逾 before a threshold
_OVER = re.compile(r"(?:超过?|逾)$")
#: what lies between a threshold and the figure it qualifies: a noun of a few characters, no verb or list
_QUALIFIED = re.compile(r"[\u4e00-\u9fffA-Za-z](?:(?![和与及、到至从由的])[\u4e00-\u9fffA-Za-z]){0,5}(?=\d)")


#: a forecast: 将 with a verb of reaching or growing (not 将 as 把: 将8万桌椅捐赠…), 有望, 预期, 届时
#: (计划 and 可能 not: 年度计划投资规模, 可能仅为 are reported figures as often as forecasts)
_FUTURE_MARK = re.compile(r"将(?:会)?(?:达|超|突破|增|提高|提升|有|实现|保持|降|减少|下降|形成|建成|新增)|有望|预期|届时")
#: 由2685万千瓦增至…: the figure a change starts from is the present value, not the plan's
_FROM_VALUE = re.compile(r"(?:增|提高|提升|增加|扩大|降低|减少|下降|缩小)(?:至|到)")


#: A、B和C的产量分别增长5%、8%和10%: the measures listed before 分别, the verb after it, the values
_COMPARED_WITH = r"同比|环比|比上年|较上年"
_RESPECTIVELY = re.compile(r"(?P<subject>[^，,；;。：:！？]{4,60}?)(?P<compare>" + _COMPARED_WITH + r")?分别"
                           r"(?P<compare_after>" + _COMPARED_WITH + r")?(?P<verb>为|是|达到?|完成了?|实现了?|占|增长了?|下降了?|提高了?|上升了?|上涨了?|减少了?|增加了?)")
_LIST_JOIN = re.compile(r"、|以及|和|与|及")
#: what a listed measure may share with the others, written once after the last of them
_SHARED_MEASURE = re.compile(r"(?:的)?(?:产量|销量|产值|增加值|营业收入|收入|投资|增速|增幅|规模|总量|占比|比重|数量|人数|"
                             r"申请量|授权量|用户数|交易额|进出口额|出口额|进口额|利润)$")
_CHANGE_VERBS = ("增长", "下降", "提高", "上升", "上涨", "减少", "增加")


def _listed_items(subject: str, wanted: int) -> list[str]:
    """The measures listed before 分别, as many as the values after it when a reading gives that
    many: split at every joiner (甲、乙和丙); else at 、 alone, a joiner inside a name (电气机械和器材
    制造业, 科技以及信息化行业) being the name's; else at 、 and the last joiner."""
    every = [x for x in _LIST_JOIN.split(subject) if x]
    if len(every) == wanted:
        return every
    commas = [x for x in subject.split("、") if x]
    if len(commas) == wanted:
        return commas
    last = _LIST_JOIN.split(commas[-1], maxsplit=1) if commas else []
    return commas[:-1] + [x for x in last if x]


def listed_measures(text: str, start: int, end: int) -> dict[int, str]:
    """The measure each value names in a sentence of 分别 (智能手机、电子元件产量分别增长18%和25%:
    智能手机产量增长, 电子元件产量增长), keyed by where the value starts; only where the measures
    listed before 分别 are as many as the values after it."""
    out: dict[int, str] = {}
    sentence = text[start:end]
    for m in _RESPECTIVELY.finditer(sentence):
        values, at = [], m.end()
        while True:
            v = FIGURE.match(sentence, at)
            if not v or not (v.group("unit") or v.group("mult")):
                break
            values.append(start + v.start())
            sep = re.match(r"(?:以上|左右)?(?:、|和|及|，)", sentence[v.end():])
            if not sep:
                break
            at = v.end() + sep.end()
        subject = m.group("subject")
        lead = _LEAD.match(subject)
        subject = subject[lead.end():] if lead else subject
        items = _listed_items(subject, len(values))
        if len(values) < 2 or len(items) != len(values) or any(len(x) < 2 or _OTHER_FIGURE.search(x) for x in items):
            continue
        shared = _SHARED_MEASURE.search(items[-1])
        head = shared.group(0).lstrip("的") if shared and not any(_SHARED_MEASURE.search(x) for x in items[:-1]) else ""
        if shared and head:
            items[-1] = items[-1][:shared.start()]
        if any(len(x) < 2 for x in items):
            continue
        verb = m.group("verb").rstrip("了")
        change = (m.group("compare") or m.group("compare_after") or "") + verb if verb in _CHANGE_VERBS else ""
        for item, value in zip(items, values):
            out[value] = item + head + change
    return out


_BOUND = re.compile(r"以上|以内|以下|左右|上下")
_BULLET = re.compile(r"^[●■▲◆•·\-—\s]+|^[（(]?[一二三四五六七八九十\d]{1,2}[)）.、]\s*")


def _add_target(ctx, c: Candidate) -> None:
    """A target no goal states yet (●城镇新增就业110万人以上): a Goal with its figure and deadline,
    its clause the label and evidence; who has it is the attribution's to say."""
    from cnkg.extract import goals

    label = goals.goal_label(_BULLET.sub("", ctx.text[c.clause_start:c.clause_end]))
    if not 4 <= len(label) <= 50 or ctx.reg.find(label, "Goal") or ctx.similar_goal(label):
        return
    at = ctx.text.find(label, c.clause_start)
    goal = ctx.reg.add("Goal", label, confidence=TARGET_CONFIDENCE, mention=ctx.mention(at, at + len(label)))
    goal.evidence = ctx.text[c.clause_start:c.clause_end]
    goal.value_text, goal.value, goal.unit = c.value_text, c.value, c.unit
    deadline = goals._DEADLINE.search(ctx.text, c.sentence_start, c.sentence_end)
    if deadline:
        goal.deadline = deadline.group(1)
    ctx.goal_spans.add(at, at + len(label), goal.key)


# ----------------------------------------------------------------- training data

def _locate(text: str, passage: str | None) -> list[tuple[int, int]]:
    if not passage:
        return []
    out, at = [], text.find(passage)
    while at >= 0:
        out.append((at, at + len(passage)))
        at = text.find(passage, at + 1)
    return out


def gold_figures(gold: dict, text: str, cands: list[Candidate]) -> dict[int, tuple[str, dict]]:
    """Candidate index → ("statistic", gold entity) or ("target", gold goal), from the gold
    file: a Statistic's value within 0.5 % at its evidence; a figure inside a Goal's evidence."""
    from cnkg.extract.evaluate import number

    out: dict[int, tuple[str, dict]] = {}
    for e in gold["entities"]:
        if e["type"] != "Statistic":
            continue
        gv = number(e.get("value"))
        if gv is None:
            continue
        spans = _locate(text, e.get("evidence"))
        fits = [i for i, c in enumerate(cands) if i not in out and abs(float(c.value) - gv) <= 0.005 * max(abs(gv), 1.0)]
        near = [i for i in fits if any(s <= cands[i].start and cands[i].end <= t + 2 for s, t in spans)]
        pick = near or (fits if not spans else [])
        if pick:
            out[pick[0]] = ("statistic", e)
    for e in gold["entities"]:
        if e["type"] != "Goal":
            continue
        spans = _locate(text, e.get("evidence")) or _locate(text, e.get("label"))
        for i, c in enumerate(cands):
            if i not in out and any(s <= c.start and c.end <= t for s, t in spans):
                out[i] = ("target", e)
    return out


def label_matches(label: str, gold_label: str) -> float:
    """How the scorer would take ``label`` for the gold measure: 0 (no match) up to 1."""
    from cnkg.extract.evaluate import dice, norm

    p, g = norm(label), norm(gold_label)
    if not p:
        return 0.0
    d = dice(p, g)
    if p in g or g in p:
        return 0.5 + d / 2
    return d if d >= 0.5 else 0.0


@dataclass
class ArticleData:
    """One annotated article, seen by the figure model: candidates, gold and what the rules said."""
    article: Article
    candidates: list[Candidate]
    gold: dict[int, tuple[str, dict]]
    rules_said: set[int]          # candidates the rules made a Statistic of


def article_data(gold_path: Path, extractor) -> ArticleData:
    """Run the rules' extractor (no figure model) on one gold file's article."""
    from cnkg.extract.evaluate import read_gold

    gold, art = read_gold(gold_path)
    doc = extractor.nlp(extractor._doc(art))
    ex = doc._.kg_extraction
    goal_spans = [(m.start, m.end, bool(e.deadline)) for e in ex.entities if e.type == "Goal" for m in e.mentions]
    a = Article(art.text, ex.sentences, goal_spans=goal_spans, words=doc.user_data.get(WORDS_KEY))
    cands = figure_candidates(art.text, ex.sentences)
    stat_mentions = [(m.start, m.end) for e in ex.entities if e.type == "Statistic" for m in e.mentions]
    said = {i for i, c in enumerate(cands) if any(s <= c.start and c.end <= t + 2 for s, t in stat_mentions)}
    return ArticleData(a, cands, gold_figures(gold, art.text, cands), said)


def typing_rows(data: list[ArticleData], kind_wanted: str = "statistic") -> list[tuple[list[str], int]]:
    rows = []
    for d in data:
        for i, c in enumerate(d.candidates):
            kind = d.gold.get(i)
            rows.append((candidate_features(d.article, c), int(kind is not None and kind[0] == kind_wanted)))
    return rows


def naming_rows(data: list[ArticleData]) -> list[tuple[list[str], int]]:
    """Label candidates of the gold Statistics: the best-matching ones positive, the ones the
    scorer would refuse negative; those that match less well teach nothing (as negatives too,
    a plain ranking, they cost dev 11 of 71 matching labels: the model then reached for long
    stretches that the gold's paraphrased measure names do not contain)."""
    rows = []
    for d in data:
        for i, c in enumerate(d.candidates):
            kind = d.gold.get(i)
            if kind is None or kind[0] != "statistic":
                continue
            options = label_candidates(d.article, c)
            scored = [(label_matches(label, kind[1]["label"]), f) for label, f in options]
            best = max((s for s, _ in scored), default=0.0)
            if best <= 0:
                continue
            for s, f in scored:
                if s >= best - 1e-9:
                    rows.append((f, 1))
                elif s == 0:
                    rows.append((f, 0))
    return rows


def fit(data: list[ArticleData]) -> FigureModel:
    typing = HashedLogistic.train(typing_rows(data))
    naming = HashedLogistic.train(naming_rows(data))
    targets = HashedLogistic.train(typing_rows(data, "target"))
    targets.threshold = 1.01   # off until a threshold is chosen on dev (train_extractor)
    typing.meta = {"articles": len(data), "figures": sum(len(d.candidates) for d in data),
                   "statistics": sum(1 for d in data for k in d.gold.values() if k[0] == "statistic"),
                   "targets": sum(1 for d in data for k in d.gold.values() if k[0] == "target")}
    return FigureModel(typing, naming, targets)


def figure_report(data: list[ArticleData], model: FigureModel | None) -> str:
    """Figure-level counts: gold kind × the rules' and the model's decision, and how the
    chosen labels match the gold measure names."""
    from collections import Counter

    table = Counter()
    names = Counter()
    for d in data:
        for i, c in enumerate(d.candidates):
            kind = d.gold.get(i, ("nothing", None))[0]
            table[(kind, "rules", i in d.rules_said)] += 1
            if model is not None:
                said = model.statistic_probability(d.article, c) >= model.threshold
                table[(kind, "model", said)] += 1
                if kind == "statistic":
                    label = model.best_label(d.article, c)
                    names["model label matches"] += label is not None and label_matches(label, d.gold[i][1]["label"]) > 0
            if kind == "statistic":
                rule = d.article.rule_figure(c)
                names["gold statistics"] += 1
                names["rule label matches"] += rule is not None and label_matches(rule.label, d.gold[i][1]["label"]) > 0
                names["some candidate matches"] += any(label_matches(lb, d.gold[i][1]["label"]) > 0
                                                       for lb, _ in label_candidates(d.article, c))
    lines = [f"figures: {sum(len(d.candidates) for d in data)}; gold: "
             + ", ".join(f"{k} {sum(v for (kk, w, _), v in table.items() if kk == k and w == 'rules')}"
                         for k in ("statistic", "target", "nothing"))]
    for who in ("rules", "model") if model is not None else ("rules",):
        lines.append(f"{who:<6} says Statistic of: " + ", ".join(
            f"{k} {table[(k, who, True)]}" for k in ("statistic", "target", "nothing")))
    lines.append("labels: " + ", ".join(f"{k} {v}" for k, v in names.items()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from cnkg.extract.evaluate import gold_paths
    from cnkg.extract.pipeline import Extractor

    args = train_or_evaluate_args(argv, prog="python -m cnkg.extract.figure_model", doc=__doc__,
                                  model_path=MODEL_PATH)
    extractor = Extractor.load(figure_model="none")
    data = [article_data(f, extractor) for f in gold_paths(args.gold)]
    if args.command == "train":
        model = fit(data)
        model.threshold = args.threshold
        model.save(args.out)
        print(f"trained on {len(data)} articles, {model.meta} → {args.out}")
        return 0
    model = FigureModel.load(args.model)
    print(figure_report(data, model))
    return 0


if __name__ == "__main__":
    sys.exit(main())
