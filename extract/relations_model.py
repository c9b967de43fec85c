"""Learned relation classification over candidate pairs: holdsPost, subOrganizationOf,
speaksAt, publishedBy, involvesTechnology and promotes.

The rules relate two entities when a pattern they know joins them (…部副部长王某, 《国务院
关于…》, a goal passage naming a technology …). Here every pair of entities of the right
types that stand near each other (the same or the next sentence; for speaksAt, publishedBy
and promotes anywhere in the article, which is short) is a candidate, described by what
the rules said of it (proposed it or not, and with which rule's confidence), how far apart
the two are, what stands between them, the types and name endings of both ends, the
trigger words of the predicate around them (出席, 主持, 致辞, 印发, 发布, 推动, 应用 …) and
what else the article says of them (the body's goals and their technologies, a post
elsewhere, the title). A hashed logistic regression (:mod:`extract.learned`) trained on
the corpus's train split scores each pair; per predicate, thresholds chosen on the dev
split say whether the model may **add** pairs the rules missed (score ≥ ``add``) and
**veto** pairs the rules proposed (score < ``veto``). A predicate the model did not beat
the rules on, on dev, is left to the rules (it has no thresholds).

``python -m cnkg.extract.relations_model train|evaluate [GOLD…]``; the model lives in
``extract/models/relations.npz`` (``make train`` trains it and picks the thresholds).
"""
from __future__ import annotations

import bisect
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

from cnkg.extract import confidence, learned
from cnkg.extract.learned import HashedLogistic, print_decisions, train_or_evaluate_args
from cnkg.extract.model import Relation

MODEL_PATH = learned.model_path("relations.npz")   # extract/models/, or $KG_EXTRACTOR_MODELS
CONFIDENCE = confidence.LEARNED_RELATION   # extract/confidence.py
BODY = ("Agency", "Organization")
#: predicate → (subject types, object types, how far apart a candidate pair may stand:
#: "near" = the same or the next sentence, "article" = anywhere in the article)
PAIRS = {
    "holdsPost": (("Person",), BODY, "near"),
    "subOrganizationOf": (BODY, BODY, "near"),
    "speaksAt": (("Person",), ("Event",), "article"),
    "publishedBy": (("Document",), BODY, "article"),
    "involvesTechnology": (("Goal",), ("Technology",), "near"),
    "promotes": (BODY, ("Technology",), "article"),
}
PREDICATES = tuple(PAIRS)
#: an article of more sentences than this relates "article" predicates only within the same or
#: the next sentence too: candidates stay linear in the article's length (the corpus's longest
#: article has about a hundred)
ARTICLE_REACH_SENTENCES = 300
#: beyond this many mention pairs, :meth:`PairContext.nearest` looks up neighbours instead of
#: comparing every pair
EXACT_NEAREST = 400

#: trigger words looked for between the two ends and in their sentences
TRIGGERS = {
    "holdsPost": ("部长", "局长", "司长", "处长", "主任", "书记", "省长", "市长", "区长", "县长", "主席", "会长",
                  "理事长", "董事长", "总经理", "总裁", "院长", "校长", "所长", "秘书长", "委员", "代表", "院士",
                  "教授", "研究员", "负责人", "发言人", "副", "党组", "党委", "兼", "任", "担任", "原", "总工程师",
                  "巡视员", "首席", "专家", "记者"),
    "subOrganizationOf": ("下属", "所属", "旗下", "成立", "隶属", "司", "局", "院", "所", "中心", "分会", "学部",
                          "办公室", "办公厅", "研究院", "实验室", "公司", "集团", "大学", "委员会"),
    "speaksAt": ("出席", "主持", "致辞", "发言", "讲话", "演讲", "表示", "指出", "强调", "介绍", "说", "报告",
                 "参加", "答记者问", "回答", "发布", "解读", "作", "主旨", "会上", "上", "期间", "举行", "召开",
                 "开幕", "发表", "宣布", "回应"),
    "publishedBy": ("印发", "发布", "出台", "颁布", "制定", "编制", "联合", "签署", "签订", "审议", "通过",
                    "起草", "编写", "提出", "实施", "关于", "部署", "由", "会同", "批复"),
    "involvesTechnology": ("推动", "推进", "加快", "应用", "发展", "建设", "布局", "研发", "融合", "赋能",
                           "突破", "创新", "打造", "培育", "部署", "普及", "攻关", "产业"),
    "promotes": ("推动", "推进", "加快", "应用", "发展", "建设", "布局", "研发", "融合", "赋能", "突破",
                 "打造", "培育", "部署", "发布", "攻关", "致力", "聚焦", "深耕", "将", "要", "持续", "加大"),
}
_SPEECH = re.compile(r"^.{0,12}?(?:说|表示|指出|强调|介绍|致辞|发言|讲话|演讲|主持|出席|作|回答|答)")
_HELD = re.compile(r"[”」』》]?(?:于[^，。]{0,12})?(?:在[\u4e00-\u9fff]{1,8}?)?(?:隆重)?(?:开幕|举行|召开|举办|闭幕)")
_POSTLIKE = re.compile(r"^(?:党组|党委)?(?:副|常务副|原)?[\u4e00-\u9fff]{0,6}?"
                       r"(?:长|书记|主任|主席|委员|代表|理事|董事|总裁|经理|院士|教授|研究员|负责人|发言人|工程师|巡视员|专家)$")


def _gap(ma, mb) -> int:
    return mb.start - ma.end if mb.start >= ma.end else ma.start - mb.end if ma.start >= mb.end else -1


def _bucket(n: int, edges=(0, 1, 2, 3, 5, 8, 12, 20, 40, 80)) -> str:
    return str(next((e for e in edges if n <= e), "more"))


class PairContext:
    """What the pair features of one article need: its entities, relations and sentences."""

    def __init__(self, text: str, entities, relations, sentences):
        self.text = text
        self.entities = {e.key: e for e in entities}
        self.relations = relations          # {(s, p, o): Relation}
        self.sentences = {s.index: s for s in sentences}
        self.title = text.split("\n", 1)[0]
        self.paragraph_of = {s.index: text.count("\n", 0, s.start) for s in sentences}
        self.of_type: dict[str, list[str]] = {}
        for k, e in self.entities.items():
            if e.mentions:
                self.of_type.setdefault(e.type, []).append(k)
        counts = Counter({k: len(self.entities[k].mentions) for t in BODY for k in self.of_type.get(t, ())})
        self.body_rank = {k: i for i, (k, _) in enumerate(counts.most_common())}
        self.posts: dict[str, set[str]] = {}
        self.parent: dict[str, str] = {}
        self.goals_of: dict[str, set[str]] = {}
        self.techs_of: dict[str, set[str]] = {}
        self.proposers: dict[str, set[str]] = {}
        self.rule_conf: dict[tuple[str, str, str], float] = {}
        self.published: dict[str, set[str]] = {}    # body → the documents it publishes
        # every mention in text order: (start, end, type, key)
        self.mentions = sorted((m.start, m.end, e.type, k) for k, e in self.entities.items() for m in e.mentions)
        self._starts = [m[0] for m in self.mentions]
        self._overlapping: dict[str, bool] = {}
        for (s, p, o), rel in relations.items():
            self.rule_conf[(s, p, o)] = rel.confidence
            if p == "holdsPost":
                self.posts.setdefault(s, set()).add(o)
            elif p == "subOrganizationOf":
                self.parent[s] = o
            elif p == "hasGoal":
                self.goals_of.setdefault(s, set()).add(o)
            elif p == "involvesTechnology":
                self.techs_of.setdefault(s, set()).add(o)
            elif p == "proposes":
                self.proposers.setdefault(o, set()).add(s)
            elif p == "publishedBy":
                self.published.setdefault(o, set()).add(s)
        self.goal_techs = {t for ts in self.techs_of.values() for t in ts}
        self.goals_with_tech: dict[str, set[str]] = {}
        for g, ts in self.techs_of.items():
            for t in ts:
                self.goals_with_tech.setdefault(t, set()).add(g)
        self.members: dict[str, set[str]] = {}
        for person, bodies in self.posts.items():
            for b in bodies:
                self.members.setdefault(b, set()).add(person)
        self.publishers_of: dict[str, set[str]] = {}
        for body, docs in self.published.items():
            for d in docs:
                self.publishers_of.setdefault(d, set()).add(body)
        self.proposing = {p for ps in self.proposers.values() for p in ps}
        self.speakers_at: dict[str, set[str]] = {}
        self.events_of: dict[str, set[str]] = {}
        for (s, p, o) in relations:
            if p == "speaksAt":
                self.speakers_at.setdefault(o, set()).add(s)
                self.events_of.setdefault(s, set()).add(o)
        events = self.of_type.get("Event", [])
        self.first_event = min(events, key=lambda k: self.entities[k].mentions[0].start) if events else None
        self.wide = len(self.sentences) <= ARTICLE_REACH_SENTENCES
        self._cues: dict[tuple[str, str], bool] = {}
        self._sorted: dict[str, tuple[list[int], list]] = {}

    def cue(self, name: str, key: str, test) -> bool:
        """``test(entity)``, computed once per entity and cue."""
        if (name, key) not in self._cues:
            self._cues[(name, key)] = bool(test(self.entities[key]))
        return self._cues[(name, key)]

    def between(self, lo: int, hi: int) -> list[tuple[int, int, str, str]]:
        """The mentions lying wholly between offsets ``lo`` and ``hi``."""
        i = bisect.bisect_left(self._starts, lo)
        out = []
        while i < len(self.mentions) and self.mentions[i][0] < hi:
            if self.mentions[i][1] <= hi:
                out.append(self.mentions[i])
            i += 1
        return out

    def nearest(self, a: str, b: str):
        """(gap, mention of ``a``, mention of ``b``): the two nearest each other (characters
        apart; -1 when they overlap)."""
        mas, mbs = self.entities[a].mentions, self.entities[b].mentions
        if len(mas) * len(mbs) <= EXACT_NEAREST:
            candidates = ((ma, mb) for ma in mas for mb in mbs)
        else:   # a name said thousands of times: each mention of a against b's neighbours
            if b not in self._sorted:
                ordered = sorted(mbs, key=lambda m: m.start)
                self._sorted[b] = ([m.start for m in ordered], ordered)
            starts, ordered = self._sorted[b]
            candidates = ((ma, ordered[j]) for ma in mas
                          for i in (bisect.bisect_left(starts, ma.start),) for j in range(max(i - 2, 0), min(i + 2, len(ordered))))
        best = None
        for ma, mb in candidates:
            gap = _gap(ma, mb)
            if best is None or gap < best[0]:
                best = (gap, ma, mb)
        return best

    def overlaps_other(self, key: str) -> bool:
        """A mention of ``key`` overlaps a mention of another entity."""
        if key not in self._overlapping:
            spans = [(m.start, m.end) for m in self.entities[key].mentions]
            self._overlapping[key] = any(k != key and a < m_end and m_start < b
                                         for a, b in spans for m_start, m_end, _, k in self.between(a - 40, b + 40))
        return self._overlapping[key]

    def sentence_text(self, index: int) -> str:
        s = self.sentences.get(index)
        return s.text if s is not None else ""


def candidates(ctx: PairContext):
    """(subject, predicate, object) of the article: the rules' pairs and every near enough pair."""
    seen = set()
    for (s, p, o) in ctx.relations:
        if p in PAIRS and s in ctx.entities and o in ctx.entities and ctx.entities[s].mentions \
                and ctx.entities[o].mentions:
            seen.add((s, p, o))
            yield s, p, o
    for p, (s_types, o_types, reach) in PAIRS.items():
        subjects = [k for t in s_types for k in ctx.of_type.get(t, ())]
        objects = [k for t in o_types for k in ctx.of_type.get(t, ())]
        if not subjects or not objects:
            continue
        by_sentence: dict[int, list[str]] = {}
        order = {o: i for i, o in enumerate(objects)}
        for o in objects:
            for i in {m.sentence for m in ctx.entities[o].mentions}:
                by_sentence.setdefault(i, []).append(o)
        for s in subjects:
            if reach == "article" and ctx.wide:
                pool = objects
            else:   # the objects of the same, the previous and the next sentence, in article order
                s_sents = {m.sentence for m in ctx.entities[s].mentions}
                near = {o for i in s_sents for j in (i - 1, i, i + 1) for o in by_sentence.get(j, ())}
                pool = sorted(near, key=order.__getitem__)
            if p == "speaksAt" and ctx.cue("elected_only", s, lambda e: _only_elected(ctx.text, e)):
                continue   # 某某等8人当选副理事长: named as elected, never as speaking
            for o in pool:
                if s == o or (s, p, o) in seen:
                    continue
                if p == "subOrganizationOf" and (o, p, s) in ctx.relations:
                    continue
                yield s, p, o


def features(ctx: PairContext, s: str, p: str, o: str) -> list[str]:
    es, eo = ctx.entities[s], ctx.entities[o]
    gap, ms, mo = ctx.nearest(s, o)
    same = ms.sentence == mo.sentence
    rule = ctx.rule_conf.get((s, p, o))
    f = ["bias", f"rule:{rule:.2f}" if rule is not None else "norule",
         f"stype:{es.type}", f"otype:{eo.type}",
         f"send:{es.label[-1:]}", f"send2:{es.label[-2:]}", f"oend:{eo.label[-1:]}", f"oend2:{eo.label[-2:]}",
         f"sstart:{es.label[:1]}", f"ostart:{eo.label[:1]}", f"olen:{_bucket(len(eo.label), (2, 4, 6, 10))}",
         f"gap:{_bucket(max(gap, 0))}" if gap >= 0 else "overlap",
         f"sents:{_bucket(abs(ms.sentence - mo.sentence))}",
         "s_first" if ms.start < mo.start else "o_first",
         f"smentions:{_bucket(len(es.mentions))}", f"omentions:{_bucket(len(eo.mentions))}"]
    if rule is not None:
        f.append("rule")
    if same:
        f.append("same_sentence")
    if ctx.paragraph_of.get(ms.sentence) == ctx.paragraph_of.get(mo.sentence):
        f.append("same_paragraph")
    between = ""
    if same and gap >= 0:
        lo, hi = (ms.end, mo.start) if ms.start < mo.start else (mo.end, ms.start)
        between = ctx.text[lo:hi]
        if len(between) <= 10:
            f.append(f"between:{between}")
        f.append(f"between_len:{_bucket(len(between))}")
        if re.search(r"[，。；：]", between):
            f.append("between_comma")
        if "、" in between or "和" in between:
            f.append("between_list")
        if _POSTLIKE.match(between):
            f.append("between_post")
        inside = ctx.between(lo, hi)
        f.append(f"same_type_between:{_bucket(sum(1 for m in inside if m[2] == eo.type), (0, 1, 2))}")
        f.append(f"subject_type_between:{_bucket(sum(1 for m in inside if m[2] == es.type), (0, 1, 2))}")
    sent = ctx.sentence_text(ms.sentence) + (ctx.sentence_text(mo.sentence) if not same else "")
    for t in TRIGGERS[p]:
        if between and t in between:
            f.append(f"tb:{t}")
        if t in sent:
            f.append(f"ts:{t}")
    if ctx.overlaps_other(o):
        f.append("o_overlaps_other")     # a second reading of the same words (了…发布会 beside …发布会)
    if ctx.overlaps_other(s):
        f.append("s_overlaps_other")
    names_s, names_o = [es.label, *es.aliases], [eo.label, *eo.aliases]
    if any(n and n in ctx.title for n in names_s):
        f.append("s_in_title")
    if any(n and n in ctx.title for n in names_o):
        f.append("o_in_title")
    f += getattr(_Specific, p)(ctx, s, o, es, eo, ms, mo)
    # the rule and the distance with every other cue: what a rule means depends on where it fires
    head = f[1]
    f += [f"{head}&{x}" for x in f[2:] if not x.startswith(("ts:", "send", "oend", "sstart", "ostart"))]
    return [f"{p}:{x}" for x in f]


class _Specific:
    """Cues of one predicate (names: the predicates)."""

    @staticmethod
    def holdsPost(ctx, s, o, es, eo, ms, mo):
        f = []
        others = ctx.posts.get(s, set()) - {o}
        if others:
            f.append("person_has_other_post")
            if o in {ctx.parent.get(b) for b in others}:
                f.append("body_is_parent_of_post")
            if any(ctx.parent.get(o) == b for b in others):
                f.append("body_is_unit_of_post")
        if o in ctx.parent:
            f.append("body_is_unit")
        if o in ctx.parent.values():
            f.append("body_has_units")
        if mo.end <= ms.start and ms.start - mo.end <= 12:
            f.append("body_just_before")
        if es.label in eo.label:
            f.append("body_names_person")   # 苗圩部: a name read as a body
        after = ctx.text[ms.end:ms.end + 12]
        if _SPEECH.match(after):
            f.append("person_speaks")
        if ctx.body_rank.get(o) == 0:
            f.append("top_body")
        if ms.sentence == mo.sentence and mo.end <= ms.start:
            if not any(m[2] in BODY for m in ctx.between(mo.end, ms.start)):
                f.append("nearest_body_before")
            if not any(m[2] == "Person" for m in ctx.between(mo.end, ms.start)):
                f.append("no_person_between")
        return f

    @staticmethod
    def subOrganizationOf(ctx, s, o, es, eo, ms, mo):
        f = []
        if mo.end == ms.start:
            f.append("parent_just_before")
        if es.label.startswith(eo.label) or any(a and es.label.startswith(a) for a in eo.aliases):
            f.append("unit_named_after_parent")
        if s in ctx.parent:
            f.append("unit_has_parent")
        if o in ctx.parent:
            f.append("parent_is_unit")
        if len(es.label) <= 5:
            f.append("short_unit")
        return f

    @staticmethod
    def speaksAt(ctx, s, o, es, eo, ms, mo):
        f = []
        events = ctx.of_type.get("Event", [])
        if len(events) == 1:
            f.append("only_event")
        if ctx.first_event == o:
            f.append("first_event")
        if ctx.cue("held", o, lambda e: any(_HELD.match(ctx.text[m.end:m.end + 20]) for m in e.mentions)):
            f.append("event_held")
        if ctx.cue("speaks", s, lambda e: any(_SPEECH.match(ctx.text[m.end:m.end + 14]) for m in e.mentions)):
            f.append("person_speaks")
        if s in ctx.posts:
            f.append("person_has_post")
        if s in ctx.proposing:
            f.append("person_proposes")
        if ctx.speakers_at.get(o, set()) - {s}:
            f.append("others_speak_there")
        if ctx.events_of.get(s, set()) - {o}:
            f.append("speaks_elsewhere")
        if ms.start < ctx.entities[o].mentions[0].start:
            f.append("person_before_event")
        f.append(f"events:{_bucket(len(events), (1, 2, 3))}")
        return f

    @staticmethod
    def publishedBy(ctx, s, o, es, eo, ms, mo):
        f = []
        names_o = [eo.label, *eo.aliases]
        if any(n and es.label.startswith(n) for n in names_o):
            f.append("title_opens_with_body")
        elif any(n and n in es.label for n in names_o):
            f.append("title_names_body")
        elif eo.label[:2] == es.label[:2]:
            f.append("title_shares_place")
        if re.search(r"(?:人民政府|政府|国务院|中共中央|办公厅|委员会|党委)$", eo.label):
            f.append("government")
        if ctx.body_rank.get(o) == 0:
            f.append("top_body")
        if len(ctx.body_rank) == 1:
            f.append("only_body")
        if re.search(r"(?:协议|备忘录|框架)$", es.label):
            f.append("agreement")
        f.append(f"doc_kind:{es.label[-2:]}")
        if o in ctx.parent:
            f.append("body_is_unit")
        if ctx.publishers_of.get(s):
            f.append("doc_has_publisher")
        return f

    @staticmethod
    def involvesTechnology(ctx, s, o, es, eo, ms, mo):
        f = []
        names_o = [eo.label, *eo.aliases]
        if any(n and n in es.label for n in names_o):
            f.append("tech_in_goal_label")
        if es.evidence and any(n and n in es.evidence for n in names_o):
            f.append("tech_in_evidence")
        if len(eo.label) <= 2:
            f.append("short_tech")
        f.append(f"tech:{eo.label}")
        return f

    @staticmethod
    def promotes(ctx, s, o, es, eo, ms, mo):
        f = []
        goals = ctx.goals_of.get(s, set())
        if goals:
            f.append("body_has_goals")
        if any(o in ctx.techs_of.get(g, ()) for g in goals):
            f.append("body_goal_involves_tech")
        tech_goals = ctx.goals_with_tech.get(o, set())
        if tech_goals - goals:
            f.append("other_goal_involves_tech")
        members = ctx.members.get(s, set())
        if members and any(ctx.proposers.get(g, set()) & members for g in tech_goals):
            f.append("member_proposes_tech_goal")
        if o in ctx.goal_techs:
            f.append("tech_in_some_goal")
        if any(o in ctx.techs_of.get(g, ()) for d in ctx.published.get(s, ()) for g in ctx.goals_of.get(d, ())):
            f.append("published_document_goal_involves_tech")
        rank = ctx.body_rank.get(s)
        if rank == 0 and o in ctx.goal_techs:
            f.append("top_body&tech_in_some_goal")
        f.append(f"body_rank:{_bucket(rank if rank is not None else 99, (0, 1, 2, 4))}")
        if len(ctx.body_rank) == 1:
            f.append("only_body")
        if s in ctx.parent:
            f.append("body_is_unit")
        f.append(f"tech:{eo.label}")
        return f


#: a person elected or appointed, in the clause that names them (张某当选理事长, 李某等8人当选副会长)
_ELECTED = re.compile(r"[^，。；;！？\n]{0,160}?(?:当选|被选为|被选举为|选举为)")


def _only_elected(text: str, person) -> bool:
    """Every mention of the person is in a clause saying they were elected (a list of new
    officers), none says they speak: no speaker of the article's meeting."""
    return bool(person.mentions) and all(_ELECTED.match(text, m.end) and not _SPEECH.match(text[m.end:m.end + 14])
                                         for m in person.mentions)


def decide(scored, rules: set, decides: dict) -> tuple[set, list]:
    """(the rules' pairs to veto, the new pairs to add) of scored candidates ``(s, p, o, score)``.

    ``decides``: predicate → {"add": threshold or None, "veto": threshold or None, "single": bool};
    with "single", a subject gets at most one new object of the predicate (its best scored), and
    none when it has one already (a person speaks at one event of the article)."""
    drop, best = set(), {}
    adds = []
    for s, p, o, prob in scored:
        t = decides.get(p)
        if t is None:
            continue
        if (s, p, o) in rules:
            if t.get("veto") is not None and prob < t["veto"]:
                drop.add((s, p, o))
        elif t.get("add") is not None and prob >= t["add"]:
            if t.get("single"):
                if prob > best.get((s, p), (-1.0, None))[0]:
                    best[(s, p)] = (prob, o)
            else:
                adds.append((s, p, o))
    if best:
        has = {(s, p) for (s, p, o) in rules - drop}
        adds += [(s, p, o) for (s, p), (_, o) in best.items() if (s, p) not in has]
    return drop, adds


def classify(text: str, entities, relations: dict, sentences, model: HashedLogistic) -> None:
    """Add and veto relations of the predicates the model decides (in place), as
    ``model.meta["decides"]`` says (see :func:`decide`)."""
    decides = {p: t for p, t in (model.meta.get("decides") or {}).items() if p in PAIRS}
    if not decides:
        return
    ctx = PairContext(text, entities, relations, sentences)
    apply_decisions(ctx, relations, *decide(scored_candidates(ctx, model, decides), set(relations), decides))


def apply_decisions(ctx: PairContext, relations: dict, drop, adds) -> None:
    """Veto the pairs of ``drop`` and add those of ``adds`` (:func:`decide`) in ``relations``."""
    for key in drop:
        del relations[key]
    for s, p, o in adds:
        relations[(s, p, o)] = new_relation(ctx, s, p, o)


def scored_candidates(ctx: PairContext, model: HashedLogistic, predicates=PREDICATES):
    for s, p, o in candidates(ctx):
        if p in predicates:
            yield s, p, o, model.probability(features(ctx, s, p, o))


def new_relation(ctx: PairContext, s: str, p: str, o: str) -> Relation:
    gap, ms, mo = ctx.nearest(s, o)
    post = None
    if p == "holdsPost" and ms.sentence == mo.sentence and mo.end <= ms.start:
        between = ctx.text[mo.end:ms.start]
        post = between if _POSTLIKE.match(between) else None
    return Relation(s, p, o, min(ms.sentence, mo.sentence), CONFIDENCE, post)


@lru_cache(maxsize=1)
def default_model() -> HashedLogistic | None:
    return HashedLogistic.load(MODEL_PATH) if MODEL_PATH.exists() else None


# ----------------------------------------------------------------- training

def article_pairs(gold_path: Path, extractor):
    """(gold, extraction JSON, [(subject, predicate, object, features, label or None)]) of one
    annotated article. Label 1: the gold relates the two matched ends so; 0: it does not, or an
    end matches no gold entity (the pair could only be a false positive: 苗圩部, a second reading
    of an event); None: the gold relation is optional (either way is right, it teaches nothing)."""
    from cnkg.extract.evaluate import match_entities, read_gold

    gold, article = read_gold(gold_path)
    extraction = extractor.extract(article)
    pred = extraction.to_json()
    mapping = match_entities(gold, pred)
    gold_rel = {(r["s"], r["p"], r["o"]): r for r in gold["relations"]}
    relations = {(r.subject, r.predicate, r.object): r for r in extraction.relations}
    ctx = PairContext(extraction.text, extraction.entities, relations, extraction.sentences)
    rows = []
    for s, p, o in candidates(ctx):
        gs, go = mapping.get(s), mapping.get(o)
        label = 0 if gs is None or go is None else None
        if gs is not None and go is not None:
            r = gold_rel.get((gs, p, go))
            label = None if r is not None and r.get("optional") else int(r is not None)
        rows.append((s, p, o, features(ctx, s, p, o), label))
    return gold, pred, rows


def train(rows) -> HashedLogistic:
    """The pair model over labelled rows ``(features, label)``."""
    return HashedLogistic.train(rows, epochs=15)


#: the thresholds tried per predicate on dev: add pairs the rules missed at ≥ add, veto the
#: rules' pairs below veto (None: the model does not do that)
ADD_THRESHOLDS = (None, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
VETO_THRESHOLDS = (None, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5)


def choose_thresholds(dev, seed, bar=(0.95, 0.90)):
    """Per predicate, in turn, the (add, veto) pair with the best micro relations F1 on ``dev``
    among those that leave ``seed`` at its ``bar``; a predicate is kept only when its own F1 on
    dev beats the rules'. ``dev`` and ``seed`` (or None): articles whose ``tallies(decides)``
    gives their (entity, relation) tallies with those thresholds
    (:class:`extract.relation_grid.GridArticles`). Returns (decides, ablation rows: predicate →
    (rules prf, model prf, kept))."""
    decides: dict = {}
    ablation = {}
    for p in PREDICATES:
        rules_prf = dev.tallies(decides)[1].prf(p)
        best = None
        for add, veto, single in ((a, v, one) for a in ADD_THRESHOLDS for v in VETO_THRESHOLDS
                                  for one in ((False, True) if a is not None else (False,))):
            if add is None and veto is None:
                continue
            trial = {**decides, p: {"add": add, "veto": veto, "single": single}}
            rels = dev.tallies(trial)[1]
            if seed is not None:
                se, sr = seed.tallies(trial)
                if se.prf()[2] < bar[0] or sr.prf()[2] < bar[1]:
                    continue
            key = (round(rels.prf()[2], 6), round(rels.prf(p)[2], 6))
            if best is None or key > best[0]:
                best = (key, trial[p], rels.prf(p))
        kept = best is not None and best[2][2] > rules_prf[2]
        if kept:
            decides[p] = best[1]
        ablation[p] = (rules_prf, best[2] if best else None, kept, best[1] if best else None)
    return decides, ablation


def main(argv: list[str] | None = None) -> int:
    from cnkg.extract.evaluate import Tally, gold_paths
    from cnkg.extract.pipeline import Extractor

    args = train_or_evaluate_args(argv, prog="python -m cnkg.extract.relations_model", doc=__doc__,
                                  model_path=MODEL_PATH, threshold=False,
                                  evaluate_help="pair decisions of the model at 0.5 beside the rules' (matched ends only)")
    extractor = Extractor.load(relations="none")   # the rules' relations are the features
    files = gold_paths(args.gold)
    rows = [(f, y, p) for path in files for _, p, _, f, y in article_pairs(path, extractor)[2] if y is not None]
    if args.command == "train":
        model = train([(f, y) for f, y, _ in rows])
        model.meta = {"articles": len(files), "pairs": len(rows), "positives": sum(y for _, y, _ in rows),
                      "sources": args.gold, "decides": {}}
        model.save(args.out)
        print(f"trained on {len(files)} articles, {len(rows)} pairs ({model.meta['positives']} relations) → {args.out}"
              " (no thresholds: make train chooses them on dev)")
        return 0
    model = HashedLogistic.load(args.model)
    counts = Tally()
    for f, y, p in rows:
        counts.count(f"{p} model", model.probability(f) >= 0.5, y)
        counts.count(f"{p} rules", f"{p}:rule" in f, y)
    print_decisions(counts, PREDICATES, names=("rules", "model"), width=19)
    return 0


if __name__ == "__main__":
    sys.exit(main())
