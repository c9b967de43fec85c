"""The fact rules' shared context: what the rules read, and the registry and relations they write.

One :class:`FactContext` per article. The rule modules of this package (officials, bodies,
names, speakers, goals, events_documents, statistics) are functions taking it; each module
says which of its fields it reads and which it writes. The fields:

read by every rule
    ``doc`` (the processed spaCy Doc, its ``kg_lexicon`` and NER spans), ``text``,
    ``sentences`` (after :meth:`FactContext.read_sentences`), ``lexicon`` and the tables
    drawn from it (``known_bodies``, ``body_terms``, ``place_names``, ``place_prefixes``,
    ``place_terms``, ``terms``, ``surnames``, ``compound_surnames``, ``posts``)
written by the rules
    ``reg`` (the :class:`EntityRegistry` of entities and mentions), ``relations``
    ((subject, predicate, object) → :class:`Relation`, added by :meth:`FactContext.relate`),
    ``taken`` (character ranges owned by a body, event or document), ``goal_spans`` (goal
    passages → goal key), ``speakers`` (sentence index → person key), ``transcript``
    (sentences under a transcript's speaker line), ``school_posts`` (posts at a university
    not yet named)

The helpers (:meth:`FactContext.relate`, :meth:`FactContext.mention`,
:meth:`FactContext.similar_goal`, :meth:`FactContext.speaker_body`,
:meth:`FactContext.document_in_sentence` …) are what the learned hooks
(extract/goal_model.py, extract/attribution.py) use too.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc

from cnkg.extract import bodies, goals, mentions
from cnkg.extract import confidence as conf
from cnkg.extract.doctext import doc_text
from cnkg.extract.intervals import IntervalSet
from cnkg.extract.lexicon import Lexicon
from cnkg.extract.model import Mention, Relation, Sentence
from cnkg.extract.registry import EntityRegistry, normalise

_MEMBER_POSTS = ("委员", "代表")
_NOT_SPEAKING_FOR = ("记者", "委员", "代表", "常委", "院士", "委员长", "副委员长")
_PLENARY = re.compile(r"(?:政协|人大|人大常委会|人民代表大会)$")
# a seat on a party group or committee (某委党组成员, 某集团党委委员): a post below one heading a body
_SEAT_ONLY = re.compile(r"(?:成员|委员)$")


def post_rank(post: str | None) -> int:
    """How fully a post speaks for its body: 0 a post in full (局长, 党组书记), 1 a seat on its
    party group or committee only (党组成员, 党委委员), 2 a deputy's (副部长)."""
    if post and post.startswith("副"):
        return 2
    return 1 if post and _SEAT_ONLY.search(post) else 0


def is_member_post(post: str | None, body: str) -> bool:
    """Whether a post makes its holder a CPPCC member or a deputy, who proposes for themselves:
    委员, 代表, and a plenary body's 常委 (全国政协常委; a 市委常委 is a party official)."""
    return post in _MEMBER_POSTS or post == "常委" and bool(_PLENARY.search(body))
# 为落实《某意见》, 根据《某方案》, 结合某规划: a document the sentence's owner follows, not its owner
_FOLLOWS_DOCUMENT = re.compile(r"(?:落实|贯彻|根据|按照|依据|依照|对照|结合|遵循|参照|响应|执行|学习|实施)[“《]?"
                               r"(?:好|了|国家|省|市|党中央|国务院)?[^，,。；;、]{0,4}$")
# 结合“十四五”规划…, 与“十四五”规划落实相结合, 在原有规划基础上, 列入政府工作报告: a document the
# sentence works with or builds on, not one that states its goals
_FRAMED_BEFORE = re.compile(r"(?:结合|列入|纳入|写入)[“《]?(?:国家|省|市|区|县)?[^，,。；;、]{0,5}$")
_FRAMED_AFTER = re.compile(r"[”》]?(?:落实|实施)?(?:相结合|相衔接|(?:的)?基础上)")
_GENERIC_BODIES = ("研究院", "研究所", "研究中心", "学校", "大学", "学院", "集团", "公司", "中心")


class FactContext:
    """One article's text, lexicon tables, registry and relations, shared by the fact rules."""

    #: the tables drawn from the lexicon in ``__init__``: read by the rules, never changed by them
    LEXICON_TABLES = ("known_bodies", "place_names", "place_prefixes", "surnames", "compound_surnames", "posts",
                      "terms", "_bodies_by_head", "place_terms", "body_terms")

    def __init__(self, doc: Doc, lexicon: Lexicon, *, document: str, title: str | None = None,
                 ner_spans_key: str = "kg_ner"):
        self.doc = doc
        self.text = doc_text(doc)
        self.lexicon = lexicon
        self.document = document
        self.title = title
        self.ner_spans_key = ner_spans_key
        self.reg = EntityRegistry(document)
        self.relations: dict[tuple[str, str, str], Relation] = {}
        self.sentences: list[Sentence] = []
        self.taken = IntervalSet()                # character ranges owned by a body, event or document
        self.goal_spans = IntervalSet()           # goal passages, payload: the goal key
        self.speakers: dict[int, str] = {}        # sentence index -> person key
        self.school_posts: list[tuple[str, str, int]] = []   # (person, 校长/副校长…, offset) with no body named
        self.transcript: set[int] = set()         # sentences under a speaker line (局长 某某：) of a transcript
        self.printed_documents: list[tuple[int, str]] = []   # (end of its title line, key) of a document printed in full
        self.author: str | None = None            # the person of an author's byline (文 | 某中心主任 某某)
        self.full_text: dict[int, str] = {}      # sentence index -> whose talk printed in full it is (以下为致辞全文)
        self.coauthors: list[str] = []            # the further authors of a piece (文 | 某中心某部 甲 乙)
        self.author_body: str | None = None       # a body named alone on the byline (文 | 某市网信办)
        self.goal_technologies: dict[str, dict[str, None]] = {}   # goal -> the technologies its words name
        self.region_goals: set[str] = set()      # goals of a region as subject (广西将…), its government unnamed
        self.weak_goal_clauses: list = []         # (GoalClause, Sentence) the clause rules found but did not take
        self.goals_beside_goals: set[str] = set()   # goals of those clauses, had as the goal beside them is
        self.proposal_title_goals: set[str] = set()   # tasks of a proposal's title line (关于统筹A的建议。)
        self._starts: list[int] = []
        self._bodies_by_sentence: dict | None = None
        self._documents_by_sentence: dict | None = None
        self._entity_spans: list[tuple[int, int]] | None = None
        self._word_starts: list[int] | None = None
        self._lexicon_names: IntervalSet | None = None
        self.known_bodies = {s: t.type for t in lexicon.terms if t.type in ("Agency", "Organization")
                             for s in t.surfaces}
        self.place_names = {s for t in lexicon.terms if t.type == "Place" for s in t.surfaces}
        self.place_prefixes = tuple(sorted((p for p in self.place_names if len(p) >= 2 and p not in ("我国", "中国")),
                                           key=len, reverse=True))
        self.surnames = {s for s in lexicon.surnames if len(s) == 1}
        self.compound_surnames = {s for s in lexicon.surnames if len(s) == 2}
        self.posts = lexicon.posts
        self.terms = {(t.canonical, t.type): t for t in lexicon.terms}
        self._bodies_by_head: dict[str, list[str]] = {}
        for surface in self.known_bodies:
            self._bodies_by_head.setdefault(surface[:2], []).append(surface)
        self.place_terms = {t.canonical: t for t in lexicon.terms if t.type == "Place"}
        self.body_terms: dict = {}
        for t in lexicon.terms:
            if t.type in ("Agency", "Organization"):
                for surface in t.surfaces:
                    self.body_terms.setdefault(surface, t)

    # ------------------------------------------------------------------ where things are
    def sentence_at(self, offset: int) -> int:
        index = bisect.bisect_right(self._starts, offset) - 1
        return self.sentences[max(index, 0)].index if self.sentences else 0

    def mention(self, start: int, end: int) -> Mention:
        return Mention(start, end, self.sentence_at(start))

    def by_sentence(self, *types: str) -> dict[int, list]:
        """Sentence index → [(mention, entity)] of the entities of ``types``, in text order."""
        index: dict[int, list] = {}
        for e in self.reg.of_type(*types):
            for m in e.mentions:
                index.setdefault(m.sentence, []).append((m, e))
        for items in index.values():
            items.sort(key=lambda t: t[0].start)
        return index

    def is_taken(self, start: int, end: int) -> bool:
        return self.taken.strictly_contains(start, end)

    def relate(self, s: str, p: str, o: str, sentence: int, *, confidence: float = conf.DEFAULT_RELATION,
               post: str | None = None) -> None:
        if s == o:
            return
        key = (s, p, o)
        if key in self.relations:
            rel = self.relations[key]
            rel.confidence = max(rel.confidence, confidence)
            return
        self.relations[key] = Relation(s, p, o, sentence, confidence, post)

    def share_goal_owners(self, goal: str, other: str, sentence: int, *, confidence: float) -> bool:
        """Who has and who proposes ``goal`` has and proposes ``other`` too (a task of a heading's
        item, a task beside a goal in its sentence); whether anyone proposes it."""
        proposed = False
        for (s, p, o) in list(self.relations):
            if o == goal and p in ("hasGoal", "proposes"):
                self.relate(s, p, other, sentence, confidence=confidence)
                proposed = proposed or p == "proposes"
        return proposed

    def forget(self, entities) -> None:
        """Drop entities from the article: from the registry, with every relation that has one of
        them at either end, and the passages of the goals among them."""
        gone = set()
        for entity in entities:
            self.reg.remove(entity)
            gone.add(entity.key)
        if not gone:
            return
        self.relations = {k: r for k, r in self.relations.items() if k[0] not in gone and k[2] not in gone}
        if any(key in gone for _, _, key in self.goal_spans):
            spans = [(s, e, key) for s, e, key in self.goal_spans if key not in gone]
            self.goal_spans = IntervalSet()
            for s, e, key in spans:
                self.goal_spans.add(s, e, key)

    def read_sentences(self) -> None:
        for i, sent in enumerate(self.doc.sents):
            text = sent.text.strip()
            if not text:
                continue
            start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            self.sentences.append(Sentence(len(self.sentences), start, start + len(text), text))
        self._starts = [s.start for s in self.sentences]

    def is_entity_span(self, start: int, end: int) -> bool:
        """A known body or place ends the span (郑州市, not 中国环境), or it reads like a body, a
        place or a name."""
        surface = self.text[start:end]
        if surface.endswith(bodies.ORG_SUFFIXES) or surface.endswith(("省", "市", "县", "区", "州")):
            return True
        if len(surface) <= 3 and (surface[:1] in self.surnames or surface[:2] in self.compound_surnames) \
                and not bodies.is_common_word(surface):
            return True
        if self._entity_spans is None:   # sorted once: a long article with many forums stays linear
            self._entity_spans = sorted((sp.start_char, sp.end_char) for sp in self.doc.spans.get("kg_lexicon", [])
                                        if sp.label_ in ("Agency", "Organization", "Place"))
        spans = self._entity_spans
        i = bisect.bisect_left(spans, (end, -1))   # spans starting before ``end``; lexicon names are short
        return any(e >= end for _, e in spans[max(0, i - 8):i])

    @property
    def lac_words(self) -> list[tuple[int, int, str]]:
        """LAC's words of the article, (start, end, tag) in text order; [] when the pipeline ran no LAC."""
        from cnkg.extract.components.lac_annotator import WORDS_KEY
        return self.doc.user_data.get(WORDS_KEY) or []

    def word_index(self, offset: int) -> int:
        """The index of the LAC word that holds ``offset`` (or the last one starting before it)."""
        if self._word_starts is None:
            self._word_starts = [w[0] for w in self.lac_words]
        return bisect.bisect_right(self._word_starts, offset) - 1

    def word_at(self, offset: int) -> tuple[str, str] | None:
        """(word, LAC tag) of the LAC word that starts at ``offset``; None when none starts there
        (or the pipeline ran no LAC)."""
        i = self.word_index(offset)
        if i < 0 or self.lac_words[i][0] != offset:
            return None
        start, end, tag = self.lac_words[i]
        return self.text[start:end], tag

    def in_lexicon_name(self, start: int, end: int) -> bool:
        """A lexicon match (a body, place, technology …) holds all of ``start``–``end``."""
        if self._lexicon_names is None:
            self._lexicon_names = IntervalSet()
            for sp in self.doc.spans.get("kg_lexicon", []):
                self._lexicon_names.add(sp.start_char, sp.end_char)
        return any(s <= start and end <= e for s, e, _ in self._lexicon_names.containing(start))

    def lexicon_term(self, surface: str):
        return self.body_terms.get(surface)

    def known_body_prefixes(self, head: str):
        return self._bodies_by_head.get(head, ())

    def body_opening(self, title: str, rest: int) -> str | None:
        """The longest known body that opens ``title`` and leaves at least ``rest`` characters
        after it (国务院总理, 《国务院关于…》)."""
        return max((k for k in self.known_body_prefixes(title[:2]) if title.startswith(k) and len(title) - len(k) >= rest
                    and not bodies.runs_on(k, title[len(k):])),
                   key=len, default=None)

    def mentions_of(self, *types: str, keep=lambda entity: True) -> IntervalSet:
        """The mentions of the registered entities of ``types`` (those ``keep`` accepts), payload
        the entity's key."""
        spans = IntervalSet()
        for e in self.reg.of_type(*types):
            if keep(e):
                for m in e.mentions:
                    spans.add(m.start, m.end, e.key)
        return spans

    def speaker_body(self, person: str) -> str | None:
        """The body a speaker speaks for: the body of their post, or its parent for a ministry's unit."""
        held = [(o, rel.post) for (s, p, o), rel in self.relations.items() if s == person and p == "holdsPost"]
        if any(is_member_post(post, self.reg.entities[o].label) for o, post in held):
            return None   # a 政协委员 or 人大代表 proposes for themselves, not for their company or the CPPCC
        # an 院士 speaks for themselves, not for the academy; nobody for a plenary CPPCC or congress (全国政协副主席)
        posts = [(o, post) for o, post in held
                 if post not in _NOT_SPEAKING_FOR and not _PLENARY.search(self.reg.entities[o].label)]
        if not posts:
            return None
        # 市委副书记、市长: the post they hold in full (市长) before a deputy's (副书记); 某委党组成员，
        # 某局局长: the body they head before the one where they hold a seat
        o = min(enumerate(posts), key=lambda t: (post_rank(t[1][1]), t[0]))[1][0]
        body = self.reg.entities[o]
        if body.parent and body.type == "Agency" and self.reg.entities[body.parent].type == "Agency":
            return body.parent
        return o

    def bodies_by_sentence(self) -> dict[int, list]:
        """Sentence index → [(mention, body)] (computed once, when a rule first asks)."""
        if self._bodies_by_sentence is None:
            self._bodies_by_sentence = self.by_sentence("Agency", "Organization")
        return self._bodies_by_sentence

    def documents_by_sentence(self) -> dict[int, list]:
        if self._documents_by_sentence is None:
            self._documents_by_sentence = self.by_sentence("Document")
        return self._documents_by_sentence

    def documents_changed(self) -> None:
        """Documents were merged: the next :meth:`documents_by_sentence` reads them again."""
        self._documents_by_sentence = None

    def document_in_sentence(self, s: Sentence) -> str | None:
        """A document the sentence names, or refers to by its last word (建议, 此报告 …)."""
        docs = self.reg.of_type("Document")
        named = self.documents_by_sentence().get(s.index)
        if named:
            for m, doc in named:
                if _FOLLOWS_DOCUMENT.search(self.text, max(s.start, m.start - 8), m.start):
                    # 为落实《国务院…意见》，…: the article's own document follows it and sets the goals
                    own = self.own_document()
                    if own is not None and own != doc.key:
                        return own
                if not self.framed_document(s, m):
                    return doc.key
            return None
        refs = "|".join(sorted(mentions.DOCUMENT_REFERENCES, key=len, reverse=True))
        # 行动计划提出…, 该方案明确…: up to 4 characters before the reference (三年行动计划提出)
        m = re.search(r"(?:^|[，,。：:“])[\u4e00-\u9fff]{0,4}?(" + refs + r")(?:中)?(?:指出|提出|明确|强调|要求|显示|由)", s.text) \
            or re.search(r"(?:此|该|这份|这一|上述)(" + refs + ")", s.text)
        if m:
            earlier = [e for e in docs if e.mentions and e.mentions[0].start < s.start]
            fitting = [e for e in earlier if e.label.endswith(m.group(1))] or earlier
            if fitting:
                return max(fitting, key=lambda e: e.mentions[0].start).key
        return None

    def names_framed_document(self, s: Sentence) -> bool:
        """The sentence names a document only as one it works with (:meth:`framed_document`):
        a plan's setting, whose clauses are goals, though none of that document's."""
        return any(self.framed_document(s, m) for m, _ in self.documents_by_sentence().get(s.index, ()))

    def framed_document(self, s: Sentence, m) -> bool:
        """The document mention ``m`` is one the sentence works with or builds on (结合“十四五”规划,
        与规划落实相结合, 在规划基础上, 列入政府工作报告), not the one that states its goals."""
        return bool(_FRAMED_BEFORE.search(self.text, max(s.start, m.start - 8), m.start)
                    or _FRAMED_AFTER.match(self.text, m.end))

    def own_document(self) -> str | None:
        """The document the article is about: the one its title (first line) names."""
        title_end = self.text.find("\n")
        title_end = len(self.text) if title_end < 0 else title_end
        return next((d.key for d in self.reg.of_type("Document") if any(m.start < title_end for m in d.mentions)), None)

    def subject_body(self, name: str) -> str | None:
        """The body a subject names: a registered Agency or Organization, or a registered Place's
        government when the article names it ("" when the place has none: no body then)."""
        body = self.reg.find(name, "Agency") or self.reg.find(name, "Organization")
        if body is not None:
            return body.key
        if name in _GENERIC_BODIES:   # 研究院要…: the one body of the article so named
            named = [e for e in self.reg.of_type("Agency", "Organization") if e.label.endswith(name)]
            return named[0].key if len(named) == 1 else None
        if self.reg.find(name, "Place") is None:
            return None
        base = name[:-1] if name.endswith(("市", "省", "区", "县")) else name
        for suffix in ("市人民政府", "人民政府", "市政府", "省人民政府", "省政府", "政府"):
            gov = self.reg.find(base + suffix, "Agency")
            if gov is not None:
                return gov.key
        return ""

    def subject_bodies(self, name: str) -> list[str] | None:
        """The bodies a subject names (:meth:`subject_body`), for a joint subject too (工信部与上海市
        将共同推进…: both); None when ``name`` names no subject, or a part of it none."""
        one = self.subject_body(name)
        if one is not None:
            return [one] if one else []
        for m in re.finditer(r"与|和|同|及|、", name):   # 工业和信息化部与上海市: the split that leaves two subjects
            left, right = name[:m.start()], name[m.end():]
            if len(left) >= 2 and len(right) >= 2 and self.subject_body(left) is not None:
                rest = self.subject_bodies(right)
                if rest is not None:
                    return list(dict.fromkeys(b for b in (self.subject_body(left), *rest) if b))
        return None

    def similar_goal(self, label: str):
        """The first goal registered that ``label`` restates, or None: one whose label shares at
        least 0.8 of its bigrams with ``label`` (Dice), or at least 0.65 when what the two labels
        act on past their opening verbs shares 0.8 (推动A和B深度融合 restated as 促进A与B的融合;
        提升公共数据质量 and 提升数据质量, two items of one list, stay two goals) or when ``label``
        makes the goal the topic of a further demand (营造A要立足B, after 营造A)."""
        bigrams = _goal_bigrams(label)
        for g in self.reg.of_type("Goal"):
            other = _goal_bigrams(g.label)
            # the shared bigrams are at most the smaller set: labels of very different lengths
            # are told apart without counting them
            if not (bigrams[1] and other[1] and 2 * min(bigrams[1], other[1]) / (bigrams[1] + other[1]) >= _SIMILAR_GOAL):
                continue
            dice = _dice(bigrams, other)
            if dice >= _SAME_GOAL or dice >= _SIMILAR_GOAL and (
                    _dice(_goal_bigrams(_acted_on(label)), _goal_bigrams(_acted_on(g.label))) >= _SAME_GOAL
                    or _demand_on(label, g.label)):
                return g
        return None

    def add_lexicon_body(self, surface: str, offset: int):
        term = self.lexicon_term(surface)
        return self.reg.add(term.type, term.canonical, aliases=term.aliases, label_en=term.english or None,
                            confidence=conf.LEXICON_BODY_IN_TITLE, mention=self.mention(offset, offset + len(surface)))


_SIMILAR_GOAL = 0.65   # the least Dice of two labels of one goal
_SAME_GOAL = 0.8       # the Dice of two labels (or of what they act on) that makes them one goal


def _demand_on(label: str, known: str) -> bool:
    """Whether ``label`` opens with a goal already known as the topic of a further demand on it
    (营造良好数字生态要立足国际视野, after 营造良好的数字生态): the known goal, restated."""
    n, k = (re.sub(r"[的“”]", "", normalise(x)) for x in (label, known))
    return n.startswith(k) and n[len(k):len(k) + 1] in ("要", "应", "需", "必")


def _acted_on(label: str) -> str:
    """What a goal label acts on: past its adverbs and its opening goal verb (持续推动A → A)."""
    s = goals.GOAL_ADVERBS.sub("", goals.strip_lead(label)) or label
    return s[len(goals.opening_goal_verb(s)):]


@lru_cache(maxsize=4096)
def _goal_bigrams(label: str) -> tuple[Counter, int]:
    """Character bigrams of a goal label, normalised and without 的/与/和/及/quotes, and their
    number (cached: every new goal is compared with every goal registered before it)."""
    n = re.sub(r"[的与和及“”]", "", normalise(label))
    bigrams = Counter(n[i:i + 2] for i in range(len(n) - 1))
    return bigrams, sum(bigrams.values())


def _dice(x: tuple[Counter, int], y: tuple[Counter, int]) -> float:
    """Dice coefficient of two bigram multisets, as :func:`_goal_bigrams` gives them."""
    (xs, nx), (ys, ny) = x, y
    if not nx or not ny:
        return 0.0
    if len(xs) > len(ys):
        xs, ys = ys, xs
    common = sum(min(c, ys[k]) for k, c in xs.items() if k in ys)
    return 2 * common / (nx + ny)
