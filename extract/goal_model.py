"""Learned goal detection at clause level: which clauses of an article state an aim, a
task or a target.

The rules of :mod:`extract.goals` become features here, not the last word: each clause
(a sentence cut at ，；：。 …) is described by its opening characters, its character
bigrams and what the rules see in and around it (a goal verb, a modal, a deadline, a
target figure, an enumeration marker, a speaker's verb, past-tense and statistic
markers …), and a logistic regression over hashed features, trained on the corpus's
train split (``corpus/train``, labels from the gold goals), gives the probability that
the clause states a goal.

``python -m cnkg.extract.goal_model train`` trains it and writes
``extract/models/goals.npz`` (the weights and the settings they were trained with);
``… evaluate corpus/dev`` prints clause-level precision, recall and F1 beside the rules'.
The fact builder asks :func:`GoalModel.score` for its candidate clauses
(extract/builder.py, over the rules' context, extract/rules/context.py) when the model file is there.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from cnkg.extract import attribution, confidence, goals, learned
from cnkg.errors import KgError
from cnkg.extract.evaluate import Tally, gold_paths, read_gold
from cnkg.extract.learned import HashedLogistic, train_or_evaluate_args

MODEL_PATH = learned.model_path("goals.npz")   # extract/models/, or $KG_EXTRACTOR_MODELS
CLAUSE_SPLIT = re.compile(r"[，,；;：:。！？!?\n]")
_SPEECH = re.compile(r"(?:说|表示|指出|强调|介绍|提出|认为|建议|呼吁|透露|称|谈到|要求|希望)")
_PAST = re.compile(r"(?:已经|已|累计|同比|环比|增长|下降|达到|达|实现了|完成了|取得|截至|截止|去年|上年|以来)")
_FUTURE = re.compile(r"(?:将|要|力争|争取|确保|希望|旨在|致力于|计划|拟|预计|下一步|未来|今后|到20\d\d年|至20\d\d年)")
_ENUM_MARK = re.compile(r"^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十][，,、]|首先|其次|再次|最后|"
                        r"[（(][一二三四五六七八九十\d][)）]|\d[.、])")
_DE_NOUN_END = re.compile(r"的[\u4e00-\u9fff]{1,5}$")
_DESCRIPTIVE = re.compile(r"主题为|主题是|包括|越来越多|逐渐|已经成为|日益|正在")
_SUBJECT_IS = re.compile(r"^[^，,；;：:]{2,30}?是")
_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|万亿|亿|万|千|个|家|项|元|吨|公里)")


@dataclass(frozen=True)
class Clause:
    """One clause of an article, with its offsets and its place in the sentence."""
    start: int
    end: int
    text: str
    sentence: str
    index: int          # position in its sentence
    before: str         # the sentence up to the clause
    sentence_start: int = 0
    rule_sentence: bool = False   # the rules found a goal elsewhere in this sentence


def clauses(text: str, sentences) -> list[Clause]:
    """The clauses of the article's sentences (``(start, end)`` pairs or Sentence objects),
    at least four characters each."""
    out = []
    for sent in sentences:
        s_start, s_end = (sent.start, sent.end) if hasattr(sent, "start") else sent
        sentence = text[s_start:s_end]
        pos, index = 0, 0
        for raw in CLAUSE_SPLIT.split(sentence):
            at = sentence.find(raw, pos)
            pos = at + len(raw)
            stripped = raw.strip().strip("“”\"")
            if len(stripped) < 4:
                continue
            lead = raw.find(stripped)
            start = s_start + at + lead
            out.append(Clause(start, start + len(stripped), stripped, sentence, index, sentence[:at], s_start))
            index += 1
    return out


def features(c: Clause) -> list[str]:
    """The feature names of one clause."""
    text = c.text
    core = goals.GOAL_ADVERBS.sub("", goals.strip_lead(text)) if text else text
    f = ["bias", f"len:{min(len(text) // 5, 8)}", f"index:{min(c.index, 4)}"]
    f += [f"p{n}:{text[:n]}" for n in (1, 2, 3, 4)]
    f += [f"c{n}:{core[:n]}" for n in (2, 3)]
    f += [f"e2:{text[-2:]}", f"e1:{text[-1:]}"]
    f += [f"b:{text[i:i + 2]}" for i in range(len(text) - 1)]
    flags = {
        "goal_verb": goals.starts_with_goal_verb(text),
        "goal_verb_core": goals.starts_with_goal_verb(core),
        "modal": bool(goals._MODALS.match(text)),
        "modal_before": bool(goals._MODALS.search(c.before[-12:]) or _FUTURE.search(c.before)),
        "future": bool(_FUTURE.search(text)),
        "past": bool(_PAST.search(text)),
        "figure": bool(_FIGURE.search(text)),
        "deadline": bool(goals._DEADLINE.search(c.sentence)),
        "target": bool(goals._TARGET.match(text)),
        "enum": bool(_ENUM_MARK.match(text)),
        "enum_sentence": bool(_ENUM_MARK.match(c.sentence.strip())),
        "speech": bool(_SPEECH.search(c.before)),
        "speech_in": bool(_SPEECH.search(text)),
        "quote": "“" in c.sentence,
        "document": "《" in c.sentence,
        "ba": bool(goals._BA_GOAL.match(text)),
        "copula": bool(goals._COPULA.match(text)),
        "heading": len(c.sentence.strip()) <= 30 and c.index == 0 and c.sentence.strip() == text,
        "rule_sentence": c.rule_sentence,
        "shi_inside": "是" in text[1:],                                  # X是Y: a judgement
        "de_noun_end": bool(_DE_NOUN_END.search(text)),                 # …的重要途径, …的潮流
        "descriptive": bool(_DESCRIPTIVE.search(text)),                 # 主题为, 包括, 越来越多
        "subject_is": bool(_SUBJECT_IS.match(text)),                    # 建立X是…, 领域是…
    }
    f += [k for k, v in flags.items() if v]
    f += [f"{a}&{b}" for a, b in (("goal_verb", "rule_sentence"), ("goal_verb", "modal_before"), ("goal_verb", "speech"), ("goal_verb", "past"),
                                  ("goal_verb_core", "future"), ("enum", "goal_verb_core"), ("figure", "deadline"),
                                  ("figure", "past")) if flags[a] and flags[b]]
    return f


class GoalModel(HashedLogistic):
    """P(the clause states a goal), from :func:`features`."""

    def score(self, c: Clause) -> float:
        return self.probability(features(c))

    def is_goal(self, c: Clause) -> bool:
        return self.decide(features(c))

    @classmethod
    def fit(cls, examples: list[tuple[Clause, int]]) -> "GoalModel":
        return cls(HashedLogistic.train([(features(c), y) for c, y in examples]).weights)

    def save(self, path: Path = MODEL_PATH) -> None:
        super().save(path)

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "GoalModel":
        return super().load(path)


@lru_cache(maxsize=1)
def default_model() -> GoalModel | None:
    """The committed model, or None when there is none."""
    return GoalModel.load() if MODEL_PATH.exists() else None


# ----------------------------------------------------------------- in the fact builder (its FactContext)

#: confidence of a goal only the model found (extract/confidence.py; the rules' clause goals have CLAUSE_GOAL)
MODEL_GOAL_CONFIDENCE = confidence.MODEL_GOAL
MAX_LABEL = 50


# what a clause reports or judges, which the model may still score high: 嘉宾分享了…, 越来越多的X进入…,
# X顺应时代发展的潮流, 大数据等新技术的广泛应用
_REPORTED_PAST = re.compile(r"[\u4e00-\u9fff](?<![为除])了(?!解)")
_TREND = re.compile(r"越来越|逐渐|日益|日趋|正在|已经")
_JUDGED = re.compile(r"的(?:潮流|趋势|必然(?:选择|要求|趋势)?|必由之路)$")
_NOUN_PHRASE = re.compile(r"的(?:广泛|深度|全面)?(?:应用|发展|变化)$")
# 随着X的快速发展: a circumstance; 算力成为数字经济新能源, X成为…的关键因素: a judgement of what is
_CIRCUMSTANCE = re.compile(r"^(?:随着|伴随|在[^，。；]{0,20}背景下)")
# 对推动A、带动B具有重要意义: what a measure serves, whose aims the rules take one by one (goals._MEANINGFUL)
_SERVES_FRAME = re.compile(r"^对于?[^，。；]{4,}(?:具有|有着)[^，。；]{0,10}意义$")
_BECOMES_ROLE = re.compile(r"成为[^，。；]{0,24}(?:因素|引擎|新能源|动力|力量|主力军|趋势|潮流|共识|基石|底座)$")


# X是我们共同的责任, 《标准》是标准体系的构建基础: what a thing is, judged — unless what it is opens with
# a goal verb (是推进A的重要手段, whose aim the rules take) or names an aim (A是我们的共同目标)
_JUDGED_AS = re.compile(r"^(?:[^，。；]{2,30}?(?<![一二三四五六七八九十就还也更则都个别])|)是(?!否|要|在|为|指|用来)([^，。；]{4,})$")
_NAMES_AIM = re.compile(r"(?:目标|任务|议题|方向)$")


def _judged_as(text: str) -> bool:
    m = _JUDGED_AS.match(text)
    return bool(m) and not _NAMES_AIM.search(text) and not goals.starts_with_goal_verb(goals.strip_lead(m.group(1)))


def reports_not_aims(text: str) -> bool:
    """Whether a clause the model scores as a goal reports the past, describes a trend,
    judges, or is a bare noun phrase: no aim, whatever its words share with goals."""
    if _REPORTED_PAST.search(text) or _TREND.search(text) or _JUDGED.search(text) or \
            _CIRCUMSTANCE.match(text) or _BECOMES_ROLE.search(text) or _SERVES_FRAME.match(text) \
            or goals.states_no_aim(text) or _judged_as(text):
        return True
    return bool(_NOUN_PHRASE.search(text)) and not goals.starts_with_goal_verb(text)


# 近年来，…顶层设计加快推进, 十年来，…体系基本形成: in a passage reviewing the past, a state reached
# (X加快推进, X全面提升, X取得明显成效) is an achievement; in a plan (到2025年, 力争) the same words aim
_REACHED_MORE = re.compile(r"(?:加快推进|加速落地|深入推进|取得[^，。；]{0,6}(?:进展|突破|成效|成果)|初具规模|更加活跃|"
                           r"蓬勃发展|快速发展|不断涌现)$")
_RELEASED = re.compile(r"^(?:颁布|出台|推出|发布|印发|上线|建成|组建|涌现|成立|举办)")   # 颁布实施A法、B法: what was done
_REVIEW = re.compile(r"以来|近年来|十年来|过去|截至|目前|已|取得")
_AHEAD = re.compile(r"(?:到|至)20\d\d|力争|力求|争取|目标|预计|将|要|展望|未来|正在")
_SENTENCE_END = re.compile(r"[。！？\n]")


def _states_a_reached_state(text: str) -> bool:
    return not (goals.starts_with_goal_verb(goals.strip_lead(text)) or goals.opens_listed_task(text)) \
        and bool(goals._STATE_REACHED.search(text) or _REACHED_MORE.search(text))


def reviews_an_achievement(article: str, c: Clause) -> bool:
    """Whether a clause states a state reached (X基本形成) or a release (出台A办法) in a sentence, or a paragraph opening, that
    reviews the past (以来, 近年来, 截至, 已) and looks nowhere ahead (到2027年, 力争, 将)."""
    if not (_states_a_reached_state(c.text) or _RELEASED.match(c.text)) or _AHEAD.search(c.sentence):
        return False
    paragraph = article.rfind("\n", 0, c.sentence_start) + 1
    opening = _SENTENCE_END.split(article[paragraph:paragraph + 300], 1)[0]
    return bool(_REVIEW.search(opening) or _REVIEW.search(c.sentence))


def add_model_goals(context, model: GoalModel) -> None:
    """Goals the rules did not take, where the model is confident: a clause outside every
    goal passage found so far becomes a Goal, proposed by the sentence's speaker, had by
    the speaker's body or the document the sentence names (as the rules attribute).
    ``context`` is the fact rules' :class:`~cnkg.extract.rules.context.FactContext`."""
    sentence_of = {s.start: s for s in context.sentences}
    units = with_rule_sentences(clauses(context.text, context.sentences),
                                lambda c: context.goal_spans.within(c.sentence_start, c.sentence_start + len(c.sentence)))
    for c in units:
        if context.goal_spans.covers(c.start) or context.goal_spans.covers(c.end - 1):
            continue
        if goals.in_process_section(context.text, c.start) or not model.is_goal(c) or reports_not_aims(c.text) \
                or reviews_an_achievement(context.text, c):
            continue
        whole = goals.goal_label(c.text)
        whole = goals.framed_aim(whole) or whole
        at = c.start + max(c.text.find(whole), 0)
        # a clause listing tasks (研究团队将继续完善A、扩充B等) is one goal per task
        for label, k in goals.coordinated_tasks(whole) or goals.served_aims(whole) or [(whole, 0)]:
            _add_model_goal(context, sentence_of[c.sentence_start], c, label[:MAX_LABEL], at + k)


#: what a weak clause beside goals may open with and still be no task: 成为X (what a thing becomes)
_BECOMES = re.compile(r"^成为")
# …是落实A，构建B非常重要的手段: the rest of a judgement (what a thing is a means to), no task
_JUDGED_MEANS = re.compile(r"的[\u4e00-\u9fff]{0,4}(?:手段|途径|路径|方式|抓手|载体|举措|前提|选择|意义|体现|标志)$")
_CLAUSE_END = re.compile(r"[，,；;：:。！？!?\n…”]|$")


# (a sentence that reports with 了 may still have 要 in it, 这要归功于…: only a plan's words look ahead there)
_PLANS_AHEAD = re.compile(r"(?:到|至)20\d\d|力争|力求|争取|预计|将|展望|未来|下一步|今后")


def _reviews_the_past(sentence: str) -> bool:
    """近年来…持续推动A，研究制定了B，积极开展C: a sentence that reports what was done and looks nowhere ahead."""
    if _REPORTED_PAST.search(sentence):
        return not _PLANS_AHEAD.search(sentence)
    return bool(_REVIEW.search(sentence)) and not _AHEAD.search(sentence)


def _whole_clause(text: str, start: int, label: str) -> bool:
    """Whether the label is a clause of its own (not one part of a 、-list cut in two, A、B深度融合)."""
    return bool(_CLAUSE_END.match(text, start + len(label))) and text[start - 1:start] != "、"


def add_weak_clauses_beside_goals(context) -> None:
    """The task clauses the rules left weak (a goal verb, no modal or document: 引导A，创新B) in a
    sentence where other clauses were taken as goals (by the rules or the model), or in a speaker's
    sentence of two such clauses or more: tasks of one run, each a goal of its own, unless the clause
    reports, judges or reviews the past. Beside a goal, had and proposed as that goal is; a spoken
    run's first task as the model's goals are (the speaker, the speaker's body)."""
    runs: dict[int, int] = {}
    for _, s in context.weak_goal_clauses:
        runs[s.index] = runs.get(s.index, 0) + 1
    for clause, s in context.weak_goal_clauses:
        spoken_run = runs[s.index] >= 2 and s.index in context.speakers
        if context.goal_spans.covers(clause.start) or context.goal_spans.covers(clause.end - 1) \
                or not (context.goal_spans.within(s.start, s.end) or spoken_run):
            continue
        c = Clause(clause.start, clause.end, context.text[clause.start:clause.end], s.text, 0,
                   context.text[s.start:clause.start], s.start)
        at = clause.start + max(c.text.find(clause.label), 0)
        if _BECOMES.match(clause.label) or reports_not_aims(clause.label) or _JUDGED_MEANS.search(clause.label) \
                or _reviews_the_past(s.text) or not _whole_clause(context.text, at, clause.label) \
                or goals.in_process_section(context.text, clause.start):
            continue
        siblings = [key for _, _, key in context.goal_spans.within(s.start, s.end)]
        goal = _add_model_goal(context, s, c, clause.label[:MAX_LABEL], at, conf=confidence.WEAK_CLAUSE_BESIDE_GOALS,
                               attribute=not siblings)
        if goal is not None and siblings:
            # 引导A，创新B: who has and proposes the goal beside it has and proposes this task of the run
            context.share_goal_owners(siblings[0], goal.key, s.index, confidence=confidence.WEAK_CLAUSE_BESIDE_GOALS)
            context.goals_beside_goals.add(goal.key)


def _add_model_goal(context, s, c: Clause, label: str, start: int, conf: float = MODEL_GOAL_CONFIDENCE,
                    attribute: bool = True):
    """The new Goal (None when the label is too short or restates a goal), proposed and had as
    the sentence's speaker or document says (unless not ``attribute``)."""
    if len(label) < 4 or context.reg.find(label, "Goal") or context.similar_goal(label):
        return None
    end = start + len(label)
    goal = context.reg.add("Goal", label, confidence=conf, mention=context.mention(start, end))
    goal.evidence = context.text[c.start:c.end]
    deadline = goals._DEADLINE.search(c.sentence)
    if deadline:
        goal.deadline = deadline.group(1)
    context.goal_spans.add(start, end, goal.key)
    if not attribute:
        return goal
    speaker = context.speakers.get(s.index)
    document = context.document_in_sentence(s)
    if speaker:
        context.relate(speaker, "proposes", goal.key, s.index, confidence=conf)
        body = context.speaker_body(speaker)
        # an expert's advice (某研究院院长, 某大学教授): no body has it by their saying it
        if body and not attribution.is_research_body(context.reg.entities[body].label):
            context.relate(body, "hasGoal", goal.key, s.index, confidence=conf)
    elif document:
        context.relate(document, "hasGoal", goal.key, s.index, confidence=conf)
    return goal


# ----------------------------------------------------------------- data

def gold_goal_spans(gold: dict, text: str) -> list[tuple[int, int]]:
    """Where each gold goal's label occurs (near its evidence when it has one)."""
    spans = []
    for e in gold["entities"]:
        if e["type"] != "Goal":
            continue
        near = text.find(e["evidence"]) if e.get("evidence") else -1
        for label in [e["label"], *e.get("aliases", [])]:
            at = text.find(label, max(0, near - 10)) if near >= 0 else text.find(label)
            if at < 0:
                at = text.find(label)
            if at >= 0:
                spans.append((at, at + len(label)))
                break
        else:
            if near >= 0:
                spans.append((near, near + len(e["evidence"])))
    return spans


def label_clause(c: Clause, spans: list[tuple[int, int]]) -> int:
    """1 when a gold goal's label lies at least half inside the clause."""
    for start, end in spans:
        inside = min(end, c.end) - max(start, c.start)
        if inside > 0 and inside >= 0.5 * (end - start):
            return 1
    return 0


def article_examples(gold_path: Path, extractor) -> tuple[list[tuple[Clause, int]], set[tuple[int, int]]]:
    """(clause, label) pairs of one annotated article, and the clauses the rules took as goals."""
    gold, article = read_gold(gold_path)
    extraction = extractor.extract(article)
    text = article.text
    spans = gold_goal_spans(gold, text)
    units = clauses(text, extraction.sentences)
    rule_spans = [(m.start, m.end) for e in extraction.entities if e.type == "Goal" for m in e.mentions]
    by_rules = {(c.start, c.end) for c in units if label_clause(c, rule_spans)}
    units = with_rule_sentences(units, lambda c: any(c.sentence_start <= a < c.sentence_start + len(c.sentence)
                                                     and (a, b) != (c.start, c.end) for a, b in rule_spans))
    return [(c, label_clause(c, spans)) for c in units], by_rules


def with_rule_sentences(units: list[Clause], has_rule_goal) -> list[Clause]:
    """The clauses, each marked with whether the rules found a goal elsewhere in its sentence."""
    return [replace(c, rule_sentence=bool(has_rule_goal(c))) for c in units]


def main(argv: list[str] | None = None) -> int:
    from cnkg.extract.pipeline import Extractor

    args = train_or_evaluate_args(argv, prog="python -m cnkg.extract.goal_model", doc=__doc__, model_path=MODEL_PATH,
                                  train_help="train on gold files and save the model",
                                  evaluate_help="clause-level P/R/F1 of the model and of the rules")
    extractor = Extractor.load(goal_model="none", attribution="none")   # the rules' own goals are features
    try:
        files = gold_paths(args.gold)
    except KgError as exc:
        print(exc, file=sys.stderr)
        return 2
    if args.command == "train":
        examples = [ex for f in files for ex in article_examples(f, extractor)[0]]
        model = GoalModel.fit(examples)
        model.threshold = args.threshold
        model.meta = {"articles": len(files), "clauses": len(examples),
                      "positives": sum(y for _, y in examples), "sources": args.gold}
        model.save(args.out)
        print(f"trained on {len(files)} articles, {len(examples)} clauses "
              f"({model.meta['positives']} goals) → {args.out}")
        return 0
    model = GoalModel.load(args.model)
    counts = Tally()
    for f in files:
        examples, by_rules = article_examples(f, extractor)
        for c, y in examples:
            counts.count("model", model.is_goal(c), y)
            counts.count("rules", (c.start, c.end) in by_rules, y)
    for name in ("model", "rules"):
        p, r, f1, tp, fp, fn = counts.prf(name)
        print(f"{name:<6} goal clauses P={p:.3f} R={r:.3f} F1={f1:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
