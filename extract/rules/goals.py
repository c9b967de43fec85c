"""Goals: the items of enumerations (一是…, 二是…), goal clauses of running text and of
documents' quotations, who has and who proposes them, and the technologies they involve.
(The text rules that find the passages are extract/goals.py; this module turns them into facts.)

Reads from the context: ``text``, ``sentences``, ``speakers``, ``transcript``, ``goal_spans``,
``reg`` (bodies, documents, places, persons, technologies), ``relations`` (holdsPost, through
:meth:`~cnkg.extract.rules.context.FactContext.speaker_body`; hasGoal).
Writes to the context: ``reg`` (Goal entities, their evidence, deadline and figure),
``goal_spans``, ``relations`` (hasGoal, proposes, involvesTechnology, promotes).
"""
from __future__ import annotations

import re

from cnkg.extract import confidence as conf
from cnkg.extract import figures, goals
from cnkg.extract.model import Sentence
from cnkg.extract.rules.context import FactContext
from cnkg.extract.rules.names import GENERIC_TECHNOLOGIES

# policy initiatives named like a technology: a goal may involve them, a body does not "promote" them as one
POLICY_CONCEPTS = {"互联网+"}
#: technologies that name a sector more than a technology (互联网企业, 互联网管理, 党管互联网) unless
#: listed with other technologies (大数据、互联网等新一代信息技术): in the annotated corpus a goal's or a
#: body's tie to them is otherwise optional at most
SECTOR_TECHNOLOGIES = {"互联网"}
# 在《关于…的提案》中，某某指出: the document whose content the speaker presents
_DOCUMENT_CONTAINS = re.compile(r"^\s*(?:在|于)《([^《》]+)》(?:中|里)[，,]?")
# 《意见》指出，要…: a document as the subject that states what follows
# 我们要…, 我们将…: the writer or speaker speaking in their own voice, after the document they cite
_OWN_VOICE = re.compile(r"^\s*(?:我们|咱们)")
_DOCUMENT_STATES = re.compile(r"《[^《》]+》(?:中)?(?:指出|提出|强调|明确|要求|部署)[，,：:]")
# 二是加强能力建设。《意见》提出加强A，推动B。完善C。: an item's body that goes on with what a document sets
# (not 按照本《通知》要求，对…进行清理: what a body does following a document)
_ITEM_DOCUMENT_STATES = re.compile(r"(?<!按照)(?<!根据)(?<!依据)(?<!依照)(?<!遵照)(?<!对照)(?<!参照)(?<!落实)(?<!贯彻)(?<!按照本)"
                                   r"《[^《》]+》(?:[（(][^（）()]{1,30}[）)])?(?:中)?(?:还|也|进一步)?(?:指出|提出|强调|明确了?|要求|部署)")
# 李明建议，…: a suggestion whose goals run to the end of the paragraph
_PROPOSAL_OPEN = re.compile(r"^\s*(?:[^，。；]{0,30}[，,])?(?:他|她)?[\u4e00-\u9fff]{0,5}(?:建议|呼吁)[，,：:]")
# a bare headline sentence: one short clause
_HEADLINE = re.compile(r"^\s*[^，,；;：:。！？]{4,14}。\s*$")
# a body directly followed by what it does (…局全面提升, …局将加强), not by a post
_ACTS = re.compile(r"(?:将|要|正|已|还|也|先后|积极|全面|持续|大力|不断|进一步|切实|着力|深入|扎实|加快|加强|"
                   r"推进|推动|提升|完善|建设|打造|实施|开展|部署|围绕|聚焦)")


def drop_column_tag_headlines(ctx: FactContext) -> None:
    """A headline under a column tag (聚焦 | 某某论坛在京举行) names no goal, whatever verb the tag is."""
    ctx.forget([goal for goal in ctx.reg.of_type("Goal") if goals.under_column_tag(goal.label)])


def drop_document_descriptions(ctx: FactContext) -> None:
    """A clause that describes a document (《方案》从A、B等方面作出规定, 《办法》在A中) names no goal."""
    ctx.forget([goal for goal in ctx.reg.of_type("Goal") if goals.describes_document(goal.label)])


def find_enumerated_goals(ctx: FactContext) -> None:
    last_speaker = None
    group_goals: dict[int, set[str]] = {}
    for item in goals.enumerations(ctx.text):
        if goals.in_process_section(ctx.text, item.start):
            continue   # 二、起草过程 一是起草准备。: the steps that made the document
        idx = ctx.sentence_at(item.start)
        intro_idx = ctx.sentence_at(max(item.intro_end - 1, 0))
        intro = ctx.sentences[intro_idx] if ctx.sentences else None
        if item.ordinal == 1:
            last_speaker = ctx.speakers.get(intro_idx) or ctx.speakers.get(idx) or next(
                (ctx.speakers[i] for i in range(intro_idx, max(intro_idx - 3, -1), -1) if i in ctx.speakers
                 and _speaks_on_into(ctx, i, intro_idx)), None)
        evidence = ctx.text[item.start:item.end]
        label = item.label
        if goals.observation_item(label):
            continue   # 一是随着…, 二是数据成为新生产要素: a trend the speaker observes
        same = ctx.reg.find(label, "Goal")
        if same is not None and same.key in group_goals.get(item.group, ()):
            # two items of one list are two goals, even when their first clauses agree
            label = goals.goal_label(re.split(r"[。！？]", evidence, maxsplit=1)[0])   # (without its 一是)
        goal = ctx.reg.add("Goal", label, confidence=conf.ENUMERATED_GOAL, mention=ctx.mention(item.start, item.end))
        group_goals.setdefault(item.group, set()).add(goal.key)
        goal.evidence = goal.evidence or evidence
        ctx.goal_spans.add(item.start, item.end, goal.key)
        if last_speaker:
            ctx.relate(last_speaker, "proposes", goal.key, idx, confidence=conf.ENUMERATION_PROPOSER)
        named = ctx.reg.find(item.organiser, "Agency") if item.organiser else None
        owner = (named.key if named else None) or stating_intro_document(ctx, intro, before=item.intro_end) \
            or intro_body(ctx, intro, before=item.intro_end) \
            or (ctx.speaker_body(last_speaker) if last_speaker else None) or intro_document(ctx, intro)
        if owner:
            ctx.relate(owner, "hasGoal", goal.key, idx, confidence=conf.ENUMERATION_OWNER)


# 其中，…首先是…: a paragraph that goes on with what the one before it said
_GOES_ON_FROM_BEFORE = re.compile(r"\s*(?:其中|同时|此外|另外|对此|为此|具体来说|具体而言|具体包括)[，,：:]?")


def _speaks_on_into(ctx: FactContext, earlier: int, intro: int) -> bool:
    """Whether the speaker of sentence ``earlier`` may speak the list that sentence ``intro``
    announces: in one paragraph, or in a paragraph that goes on from theirs (其中，…首先是…) —
    not in one that opens anew (本次合作中，双方将…：一方面…)."""
    a, b = ctx.sentences[earlier].start, ctx.sentences[intro].start
    if "\n" not in ctx.text[a:b]:
        return True
    paragraph = ctx.text.rfind("\n", 0, b) + 1
    return bool(_GOES_ON_FROM_BEFORE.match(ctx.text, paragraph))


# 我们将按照党中央、国务院部署，…：一是…: a body whose plan the intro's subject follows, not the subject
_DEFERRED_TO = re.compile(r"(?:按照|根据|依照|遵照|依据|贯彻落实|贯彻|落实)[^，,。；;：:“”]{0,20}$")


_BOTH_SIDES_ACT = re.compile(r"双方(?:还|也)?(?:将|要|拟|共同|携手)")


def intro_body(ctx: FactContext, intro: Sentence | None, *, before: int | None = None) -> str | None:
    """The first top-level body of the intro sentence (named before the first item)."""
    if intro is None:
        return None
    named = [(m, e) for m, e in ctx.bodies_by_sentence().get(intro.index, ())
             if (before is None or m.end <= before) and not _DEFERRED_TO.search(ctx.text, intro.start, m.start)]
    # 某部某局全面提升…：一是… — the body (the end of a parent+unit chain) that a verb follows acts
    acting = [(m.end, e.key) for m, e in named if _ACTS.match(ctx.text, m.end)]
    units = [e for _, e in named if e.parent]
    for m, e in named:   # the unit's second mention may be recorded only as its parent's: 某部|某局全面提升
        acting += [(m.end + len(u.label), u.key) for u in units if u.parent == e.key
                   and ctx.text.startswith(u.label, m.end) and _ACTS.match(ctx.text, m.end + len(u.label))]
    if acting:
        return max(acting)[1]
    # 双方将共建某中心，…：一方面… — both parties act, the body named after them is what they build
    return next((e.key for m, e in named if not e.parent
                 and not _BOTH_SIDES_ACT.search(ctx.text, intro.start, m.start)), None)


# 《规范》提出了六项基本要求：一是…: the document that states the list, right before it
_STATES_WHAT_FOLLOWS = re.compile(r"[”》]?(?:[（(][^（）()]{1,30}[）)])?(?:中)?(?:还|也|进一步)?(?:明确)?(?:提出|指出|强调|明确|要求|部署)了?")


def stating_intro_document(ctx: FactContext, intro: Sentence | None, *, before: int) -> str | None:
    """The document that the intro's last clause before the list opens with as the one stating it
    (某委员会发布了《甲规范》，《甲规范》提出了六项要求：一是…): the items are the document's, not
    those of the body named earlier in the sentence; None otherwise."""
    if intro is None:
        return None
    clause = max(ctx.text.rfind(c, intro.start, before) for c in "，,；;。") + 1
    for m, doc in ctx.documents_by_sentence().get(intro.index, ()):
        if clause <= m.start and m.end <= before and _STATES_WHAT_FOLLOWS.match(ctx.text, m.end) \
                and not re.search(r"[\u4e00-\u9fff]", ctx.text[max(clause, intro.start):m.start].strip("《“ ")):
            return doc.key
    return None


# 《指引》已明确了方向，下一步，还需要…：一是…: what the writer says is still to be done beyond the document
_BEYOND_THE_DOCUMENT = re.compile(r"下一步|还需要?|仍需要?|尚需")


def intro_document(ctx: FactContext, intro: Sentence | None) -> str | None:
    """The document the intro of an enumeration names, whose items they are — not one the intro
    names before saying what is still to be done beyond it (《指引》已明确…，下一步，还需要…)."""
    if intro is None:
        return None
    return next((e.key for m, e in ctx.documents_by_sentence().get(intro.index, ())
                 if not _BEYOND_THE_DOCUMENT.search(ctx.text, m.end, intro.end)), None)


_QUOTES_DOCUMENT = re.compile(r"(?:中)?(?:明确|进一步)?(?:指出|提出|强调|明确|要求|写道|部署)[：:，,]?\s*“")


def document_quotes(ctx: FactContext) -> list[tuple[int, int, str]]:
    """(start, end, document) of quotations from a document: 党的二十大报告指出：“…。…。”"""
    found = []
    for d in ctx.reg.of_type("Document"):
        for m in d.mentions:
            q = _QUOTES_DOCUMENT.match(ctx.text, m.end)
            if q:
                close = ctx.text.find("”", q.end())
                newline = ctx.text.find("\n", q.end())
                if close > 0 and (newline < 0 or close < newline):
                    found.append((q.end(), close, d.key))
    return found


# a heading item: 二是提升服务性能。持续完善A，推动B。 — a short first sentence, then the body
_HEADING_LENGTH = 32
_COUNTED_HEADING_LENGTH = 20


def heading_item_bodies(ctx: FactContext) -> list[tuple[int, int, int | None]]:
    """(start, end, heading) of the bodies of items that open with a short heading — enumerated
    items (一是加快标准制定。联合有关部门…，进一步加快推进…), the list items of plans (（一）建设人才
    梯队。引进A，支持B。) and a list heading on a line of its own with its paragraph after it
    (（一）促进基础设施联通 / 完善A，协助B，助力C。): the heading is the item's goal, and the tasks
    its body sets out are goals of their own. ``heading`` is where an enumerated item starts (its
    body's tasks are had and proposed as its goal is); None for a plan's list items, whose tasks
    are left to the attribution that follows (copying the heading's owners lost on train)."""
    bodies = []
    for item in goals.enumerations(ctx.text):
        # (a paragraph counted as an item, 提两点建议：…, keeps the short heading of before)
        marked = goals.marked_item(ctx.text, item)
        if marked and _written_item(ctx, item):
            body = _tasks_after_first_clause(ctx.text, item.start, item.end, every_length=True)
            if body is not None:
                bodies.append((body, item.end, item.start))
                continue
        body = _body_after_heading(ctx.text, item.start, item.end, _HEADING_LENGTH if marked else _COUNTED_HEADING_LENGTH)
        if body is not None and marked:   # 一是坚持A，推动B。（body）: the heading's second task is a goal too
            body = _tasks_after_first_clause(ctx.text, item.start, body) or body
        if body is None and marked:
            body = _tasks_after_first_clause(ctx.text, item.start, item.end)
        if body is not None:
            bodies.append((body, item.end, item.start))
    lines = list(re.finditer(r"[^\n]+", ctx.text))
    for line in lines:
        if goals.LIST_MARK.match(line.group(0)):
            body = _body_after_heading(ctx.text, line.start(), line.end(), _HEADING_LENGTH + 4)
            if body is not None:
                bodies.append((body, line.end(), None))
    for line, after in zip(lines, lines[1:]):   # （一）促进基础设施联通 / its paragraph
        text = line.group(0).strip()
        if goals.LIST_MARK.match(text) and len(text) <= _HEADING_LENGTH + 10 and not re.search(r"[。！？：:]", text) \
                and not goals.LIST_MARK.match(after.group(0)) and re.search(r"[。！？]\s*$", after.group(0)):
            bodies.append((after.start(), after.end(), None))
    return bodies


# 一是坚持创新驱动，提升A，推动B。 — a short item of one sentence (up to 70 characters): its first clause
# heads the tasks after it, each a goal of its own (train and dev annotate them so); a longer one-sentence
# item (the seed's 90 characters and more) stays one goal — unless its first clause names no task
# (二是“清朗·某某”专项行动，整治A，清理B。 一是印发《某通知》，要求A，B): then its tasks are the goals
_SHORT_ITEM = 70


def _written_item(ctx: FactContext, item) -> bool:
    """Whether an enumerated item is the text's own (a plan's, a notice's, an interpretation's),
    not a speaker's point: no speaker holds its sentence, its intro's, or the two before."""
    idx = ctx.sentence_at(item.start)
    intro = ctx.sentence_at(max(item.intro_end - 1, 0))
    return not any(i in ctx.speakers for i in range(max(min(idx, intro) - 2, 0), idx + 1))


def _tasks_after_first_clause(text: str, start: int, end: int, *, every_length: bool = False) -> int | None:
    """Where the tasks of an item begin after its first clause — a short one-sentence item's,
    or any item's whose first clause names no task (二是“清朗·某某”专项行动，整治A，清理B) — or None."""
    item = text[start:end].rstrip()
    mark = goals.ITEM_MARK.match(item)
    k = mark.end() if mark else 0
    first = re.search(r"[，,；;。！？]" if every_length else r"[，,；;]", item[k:])
    if first is None or len(item) - k - first.end() < 6:
        return None
    heading = goals.goal_label(item[k:k + first.start()])
    names_task = goals.starts_with_goal_verb(heading) or goals.starts_with_goal_verb(goals.strip_modal(heading))
    if names_task and not every_length and (len(item) > _SHORT_ITEM or re.search(r"[。！？]", item[:-1])):
        return None   # (a long item that opens with its task is one goal)
    return start + k + first.end()


def _body_after_heading(text: str, start: int, end: int, longest: int) -> int | None:
    """Where the body of the item text[start:end] begins, when the item opens with a heading
    sentence of at most ``longest`` characters and goes on; None otherwise."""
    first = re.match(r"[^。！？]*[。！？]", text[start:end])
    if first and len(first.group(0)) <= longest and end - start - first.end() >= 6:
        return start + first.end()
    return None


def _follow_heading(ctx: FactContext, heading: str, goal: str, index: int, *, speaker: str | None = None) -> None:
    """A task of a heading item's body is had and proposed as its heading is; when no one proposes
    the heading (the writer's own item), by the sentence's speaker (一是坚持创新发展。习近平总书记指出，
    “要…”: the leader the item quotes)."""
    proposed = ctx.share_goal_owners(heading, goal, index, confidence=conf.ENUMERATION_OWNER)
    if speaker is not None and not proposed:
        ctx.relate(speaker, "proposes", goal, index, confidence=conf.ENUMERATION_OWNER)


# the heading of a written list item on a line of its own or before its body: （四）重拳打击A。 二、多措并举，防范B
_LIST_HEADING_LENGTH = 40


def _list_heading(text: str, sentence: Sentence) -> bool:
    """Whether the sentence is the short heading a list mark opens a line with (（一）编制A。, 1.取缔B。,
    二、多措并举，全方位防范C): its tasks are goals as a list item's body tasks are."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    return not text[line_start:sentence.start].strip() and bool(goals.LIST_MARK.match(sentence.text)) \
        and len(sentence.text.strip()) <= _LIST_HEADING_LENGTH


def find_clause_goals(ctx: FactContext) -> None:
    bodies = heading_item_bodies(ctx)

    def body_of(offset: int) -> tuple[int, int, int | None] | None:
        """The item body ``offset`` lies in (heading_item_bodies), or None outside every body."""
        return next((body for body in bodies if body[0] <= offset < body[1]), None)

    def inside_enumeration(offset: int) -> bool:
        return ctx.goal_spans.covers(offset) and body_of(offset) is None
    quotes = document_quotes(ctx)
    carried: tuple[int, str] | None = None   # (paragraph, document) that sentences go on describing
    container: tuple[int, str] | None = None   # (paragraph, document) its speaker is presenting (在《某提案》中，…)
    proposal: list | None = None   # [paragraph, headline goal]: 李明建议，… runs to the end of the paragraph
    item_document: tuple[tuple, str, int] | None = None   # (item body, document, where it starts stating)
    for s in ctx.sentences:
        quote = next((q for q in quotes if q[0] < s.end and s.start < q[1]), None)
        paragraph = ctx.text.rfind("\n", 0, s.start)
        if proposal and proposal[0] != paragraph:
            proposal = None
        item_body = body_of(s.start) or next((b for b in bodies if s.start < b[0] < s.end), None)
        if inside_enumeration(s.start) and quote is None and item_body is None \
                or goals.in_process_section(ctx.text, s.start):
            continue
        doc_key = quote[2] if quote else ctx.document_in_sentence(s)
        speaker = ctx.speakers.get(s.index)
        item_document = _item_document(item_body, s, doc_key, item_document)
        # 既要与“十四五”规划落实相结合: a plan's setting, its clauses goals that the plan does not have
        framed = not doc_key and ctx.names_framed_document(s)
        if doc_key and not speaker:
            carried = (paragraph, doc_key)
        elif speaker or framed or (carried and carried[0] != paragraph):
            carried = None
        elif carried:   # 《规划》明确…。其中，要…: the sentences after it go on with the document
            doc_key = carried[1]
        # 《决定》提出…。我们要…: the writer's own resolve, which the document cited before it does not set
        own_voice = doc_key is not None and carried is not None and doc_key == carried[1] \
            and bool(_OWN_VOICE.match(s.text)) and not quote
        heading_line = not speaker and _list_heading(ctx.text, s)
        planned = bool(doc_key) or framed
        clauses = goals.goal_clauses(s.text, s.start, document_context=planned or item_body is not None or heading_line,
                                     speaker_context=bool(speaker) or '“' in s.text,
                                     is_subject=lambda name: ctx.subject_bodies(name) is not None,
                                     word_at=ctx.word_at, written_body=(item_body is not None or heading_line) and not speaker)
        titled = bool(goals.titled_tasks(s.text))
        pm = _PROPOSAL_OPEN.match(s.text)
        rest = s.text[pm.end():] if pm else s.text
        headline = bool(_HEADLINE.match(rest))
        if pm:
            proposal = [paragraph, None]
        elif proposal:
            if proposal[1] is not None and not headline:   # a step of the headline before it
                proposal[1].evidence = (proposal[1].evidence or "") + s.text
                continue
            if not any(c.modal and not c.weak for c in clauses):   # one goal: its first goal-verb clause
                first = next((c for c in clauses if c.weak), None)
                clauses = [goals.GoalClause(first.label, first.start, first.end, first.deadline, True)] \
                    if first else []
        made = None
        contains = _DOCUMENT_CONTAINS.match(s.text)
        if contains and speaker:
            document = ctx.reg.find(contains.group(1), "Document")
            container = (paragraph, document.key) if document is not None else None
        elif container and container[0] != paragraph:
            container = None
        for clause in clauses:
            quoted = quote is not None and quote[0] - 1 <= clause.start < quote[1]
            if inside_enumeration(clause.start) and not quoted:
                continue
            if quoted:   # the document states the goal; a speaker who quotes it only repeats it
                existing = ctx.reg.find(clause.label, "Goal") or ctx.similar_goal(clause.label)
                goal = existing or ctx.reg.add("Goal", clause.label, confidence=conf.QUOTED_DOCUMENT_GOAL,
                                               mention=ctx.mention(clause.start, clause.end))
                goal.evidence = goal.evidence or ctx.text[clause.start:clause.end]
                ctx.goal_spans.add(clause.start, clause.end, goal.key)
                ctx.relate(quote[2], "hasGoal", goal.key, s.index, confidence=conf.QUOTED_DOCUMENT_HAS_GOAL)
                continue
            existing = ctx.reg.find(clause.label, "Goal") or ctx.similar_goal(clause.label)
            loose = clause.weak or not (clause.modal or planned)
            if (item_body is not None or heading_line and loose) and existing is None and not goals.reports_done(clause.label):
                goal = ctx.reg.add("Goal", clause.label, confidence=conf.CLAUSE_GOAL,
                                   mention=ctx.mention(clause.start, clause.end))
                goal.evidence = ctx.text[clause.start:clause.end]
                ctx.goal_spans.add(clause.start, clause.end, goal.key)
                heading = item_body[2] if item_body is not None else None
                if heading is not None:   # an enumerated item: had and proposed as its own goal is
                    for _, _, key in ctx.goal_spans.containing(heading)[:1]:
                        _follow_heading(ctx, key, goal.key, s.index, speaker=speaker)
                if item_document is not None and item_document[2] <= clause.start:
                    ctx.relate(item_document[1], "hasGoal", goal.key, s.index, confidence=conf.DOCUMENT_HAS_GOAL)
                continue
            if existing is None and (clause.weak or not (clause.modal or planned)):
                ctx.weak_goal_clauses.append((clause, s))   # (a task beside goals: add_weak_clauses_beside_goals)
                continue
            goal = existing or ctx.reg.add("Goal", clause.label, confidence=conf.CLAUSE_GOAL,
                                           mention=ctx.mention(clause.start, clause.end))
            if existing is not None:
                ctx.reg.alias(goal, clause.label)
            goal.evidence = goal.evidence or ctx.text[clause.start:clause.end]
            if clause.deadline or goals.LISTED_TARGET.search(clause.label):
                goal.deadline = goal.deadline or clause.deadline
                target = figures.figures(clause.label, clause.start)
                if target and goal.value is None:   # 到2025年…达到10%: the goal's figure
                    goal.value_text, goal.value, goal.unit = target[0].value_text, target[0].value, target[0].unit
            ctx.goal_spans.add(clause.start, clause.end, goal.key)
            made = made or goal
            if titled:   # 关于统筹A的建议。: the unnamed proposal's, whoever the model would pick
                ctx.proposal_title_goals.add(goal.key)
            owners = (ctx.subject_bodies(clause.subject) or []) if clause.subject else []
            owner = owners[0] if owners else None
            if clause.subject and not owners:   # 广西将…: the region's government, which the article does not name
                ctx.region_goals.add(goal.key)
            for body in owners:   # 国家数据局将加强…, 南京提出打造… (the city's government, when the article
                # names it), 工信部与上海市将共同推进… (both)
                ctx.relate(body, "hasGoal", goal.key, s.index, confidence=conf.SUBJECT_HAS_GOAL)
            stated = _DOCUMENT_STATES.search(s.text)
            if doc_key and stated and s.start + stated.end() <= clause.start:
                # 他说：“《意见》指出，要坚持创新发展…”: the document's goal, which the speaker quotes
                ctx.relate(doc_key, "hasGoal", goal.key, s.index, confidence=conf.DOCUMENT_HAS_GOAL)
            elif speaker:
                ctx.relate(speaker, "proposes", goal.key, s.index, confidence=conf.SPEAKER_PROPOSES)
                if container:   # 在《某提案》中，某某指出，要…: the goals the proposal sets out
                    ctx.relate(container[1], "hasGoal", goal.key, s.index, confidence=conf.DOCUMENT_HAS_GOAL)
                named = re.search(r"《([^《》]+)》", clause.label)
                named = ctx.reg.find(named.group(1), "Document") if named else None
                body = ctx.speaker_body(speaker) if clause.own_body or (s.index in ctx.transcript
                                                                        and not owner) else None
                if named is not None and clause.own_body:   # 确保《规划》目标任务完成: the plan's goal
                    ctx.relate(named.key, "hasGoal", goal.key, s.index, confidence=conf.NAMED_DOCUMENT_HAS_GOAL)
                elif body:   # 学校将…: the speaker's own body pursues it
                    ctx.relate(body, "hasGoal", goal.key, s.index, confidence=conf.SPEAKER_BODY_HAS_GOAL)
            elif doc_key and not own_voice:
                ctx.relate(doc_key, "hasGoal", goal.key, s.index, confidence=conf.DOCUMENT_HAS_GOAL)
        if proposal is not None:   # 夯实基础设施。 — a headline: the sentences after it are its steps
            proposal[1] = made if headline and made is not None else None



def _item_document(item_body, s: Sentence, doc_key: str | None, before):
    """(item body, document, offset) of the document an item's body says sets what follows (二是加强
    能力建设。《意见》提出加强A，推动B。完善C。: A, B and C are the document's), from the offset
    where it says so to the end of the body; ``before`` is the previous sentence's answer."""
    if item_body is None:
        return None
    stated = _ITEM_DOCUMENT_STATES.search(s.text) if doc_key else None
    if stated:
        return item_body, doc_key, s.start + stated.start()
    if doc_key and before is not None and doc_key != before[1]:
        return None   # 《甲意见》提出，要A。《乙办法》顺应…，完善了B: B is no longer the first document's
    return before if before is not None and before[0] == item_body else None


# 庄荣文：以网络强国建设助力民族伟大复兴, 某院士：建设面向智能时代的数据基础设施: a speaker, then the slogan
_HEADLINE_SPEAKER = re.compile(r"^([^：:，,。；]{2,40})[：:]\s*([^：:]{4,60})$")
# 以X助力Y, 以X推动Y: a means and the aim it serves, one slogan
_MEANS_SLOGAN = re.compile(r"^以[^，,、\s]{2,20}?(?:助力|推动|促进|赋能|引领|服务)[^，,、\s]{2,30}$")


def headline_slogans(headline: str) -> list[tuple[str, int]]:
    """(slogan, offset) of a headline that gives a speaker's words (某某：推动X 让Y): each part
    of what follows the colon that opens with a goal verb, or states a means and its aim."""
    m = _HEADLINE_SPEAKER.match(headline.strip())
    if not m:
        return []
    start = headline.find(m.group(2))
    found = []
    for part in re.finditer(r"[^\s，,；;]+", m.group(2)):
        text, at = part.group(0), start + part.start()
        if text.startswith("“") and text.endswith("”"):   # a quoted slogan
            text, at = text[1:-1], at + 1
        if len(text) >= 4 and text.count("“") == text.count("”") \
                and (goals.starts_with_goal_verb(text) or _MEANS_SLOGAN.match(text)):
            found.append((text, at))
    return found


def find_headline_slogan_goals(ctx: FactContext) -> None:
    """The slogans a speaker's headline gives (:func:`headline_slogans`) are goals that the
    person it names before the colon proposes; nothing when it names no person there."""
    end = ctx.text.find("\n")
    headline = ctx.text[:end if end >= 0 else len(ctx.text)]
    colon = re.search(r"[：:]", headline)
    if not colon:
        return
    persons = [p for p in ctx.reg.of_type("Person") if any(m.end <= colon.start() for m in p.mentions)]
    if len(persons) != 1:
        return
    for label, start in headline_slogans(headline):
        if ctx.reg.find(label, "Goal") or ctx.similar_goal(label) or ctx.goal_spans.covers(start):
            continue
        goal = ctx.reg.add("Goal", label, confidence=conf.CLAUSE_GOAL, mention=ctx.mention(start, start + len(label)))
        goal.evidence = headline.strip()
        ctx.goal_spans.add(start, start + len(label), goal.key)
        ctx.relate(persons[0].key, "proposes", goal.key, 0, confidence=conf.SPEAKER_PROPOSES)

# 中国移动在5G-A、人工智能等领域的布局, 华为加快研发6G: what a body, as subject, pushes directly
_PUSHES = re.compile(r"[^，。；！？“”]{0,12}?(?:在|布局|推进|推动|发展|研发|部署|打造|加快|深耕|发力|加大|投入|推广|攻关|"
                     r"突破|引领|聚焦|抢占|探索|创新|建设)")
_FIELDS_OF = re.compile(r"在[^，。；！？“”]{2,60}?(?:领域|方面|赛道)(?:的|上的)[^，。；！？“”]{0,6}?(?:布局|实践|发展|探索|应用|投入|成果)")
_CLAUSE_END = re.compile(r"[，,。；;！？!?]")
# a body as the subject opens its clause (after a time or place word at most)
_SUBJECT_START = re.compile(r"(?:^|[，,。；;：:！？\n”])\s*(?:[^，,。；;：:！？\n“”]{0,8}?[年月日]|目前|近年来|未来|同时|此外|其中)?[，,]?\s*$")


def find_direct_promotion(ctx: FactContext) -> None:
    """A body that opens its clause and pushes technologies named in it (中国移动在5G-A、算力网络
    等领域的战略布局, 某公司加快研发6G) promotes them, goal or no goal."""
    techs = ctx.mentions_of("Technology", keep=lambda t: t.label not in GENERIC_TECHNOLOGIES
                            and t.label not in POLICY_CONCEPTS)
    for index, named in ctx.by_sentence("Agency", "Organization").items():   # fresh: bodies the rules added late
        for m, body in named:
            push = _PUSHES.match(ctx.text, m.end)
            if not push:
                continue
            end = _CLAUSE_END.search(ctx.text, push.end())
            end = end.start() if end else len(ctx.text)
            fields = _FIELDS_OF.match(ctx.text, m.end, end)   # …分享了X在A、B领域的布局: X's own fields
            if not fields and not _SUBJECT_START.search(ctx.text, max(0, m.start - 12), m.start):
                continue
            for _, _, tech in techs.within(push.end() - 1, end):
                ctx.relate(body.key, "promotes", tech, index, confidence=conf.BODY_PUSHES_TECHNOLOGY)


#: a technology that only names a kind of company (互联网平台企业, 人工智能公司): the goal is about the companies
_COMPANY_KIND = re.compile(r"(?:平台)?(?:企业|公司)")
#: a technology whose name runs on into a network of it (算力网, 城市算力网): the network, not the technology
_NETWORK_OF = re.compile(r"网(?!络)")


def _names_only_a_network_of(goal_label: str, name: str) -> bool:
    """Every time the goal's label writes the technology's name, the name runs on into a network
    of it (建设城市算力网)."""
    at = goal_label.find(name)
    if at < 0:
        return False
    while at >= 0:
        if not _NETWORK_OF.match(goal_label, at + len(name)):
            return False
        at = goal_label.find(name, at + 1)
    return True


def _goal_names(ctx: FactContext, goal: str) -> list[str]:
    """The goal's own words: its label and aliases (not the whole passage its span covers — an
    item's heading 夯实数字底座 does not name the 5G of the tasks under it)."""
    entity = ctx.reg.entities[goal]
    return [entity.label, *entity.aliases]


def _narrower_goal_covers(ctx: FactContext, start: int, end: int, ts: int, te: int) -> bool:
    """Whether a goal span inside start-end, narrower than it, covers the mention ts-te: an
    item's heading (夯实数字底座。推进5G…) leaves the 5G to the task that names it."""
    return any(start <= a and b <= end and b - a < end - start and b >= te for a, b, _ in ctx.goal_spans.containing(ts))


def _goal_names_technology(ctx: FactContext, goal: str, span: tuple[int, int], item: bool, ts: int, te: int) -> bool:
    """Whether the goal's own words name the technology mentioned at ts-te inside its ``span``:
    its label does, or — for an enumerated ``item`` that is one goal (二是提升数字基建质量，…持续深化
    大数据、5G…) — the item's first sentence does and no task of the item covers the mention."""
    if any(ctx.text[ts:te] in name for name in _goal_names(ctx, goal)):
        return True
    start, end = span
    return item and ctx.sentence_at(ts) == ctx.sentence_at(start) and not _narrower_goal_covers(ctx, start, end, ts, te)


def relate_goals_to_technologies(ctx: FactContext) -> None:
    techs = ctx.mentions_of("Technology", keep=lambda t: t.label not in GENERIC_TECHNOLOGIES)
    items = {(item.start, item.end) for item in goals.enumerations(ctx.text)}
    involves: dict[str, dict[str, None]] = {}   # goal → its technologies, in text order (not a set:
    for start, end, goal in ctx.goal_spans:       # its order would follow the hash seed)
        for ts, te, tech in techs.within(start, end):
            if _COMPANY_KIND.match(ctx.text, te) or _NETWORK_OF.match(ctx.text, te):
                continue
            involves.setdefault(goal, {})[tech] = None   # its owner promotes what its passage names
            if _goal_names_technology(ctx, goal, (start, end), (start, end) in items, ts, te):
                ctx.relate(goal, "involvesTechnology", tech, ctx.sentence_at(ts),
                           confidence=conf.GOAL_INVOLVES_TECHNOLOGY)
    tie_framed_technologies_to_the_served_goal(ctx, involves)
    ctx.goal_technologies = involves
    publishers = _publishers(ctx)

    def promoters(owner: str) -> list[str]:   # the body has the goal, or issued the document that sets it
        kind = ctx.reg.entities[owner].type     # (省政府办公厅 印发《规划》: 推进5G…)
        return [owner] if kind in ("Agency", "Organization") else publishers.get(owner, []) if kind == "Document" else []
    _promote_goal_technologies(ctx, involves, promoters)


#: a clause that only frames the goal after it: the fields it centres on or the means it uses
#: (以风电、光伏等为重点领域，着力促进推广应用; 充分运用云计算、大数据等技术手段，实现…)
_FRAMING_CLAUSE = re.compile(r"(?:要|将|应|需|须|还要|进一步)?(?:以.+等为重点(?:领域|方向)?|(?:充分)?运用.+等技术(?:赋能)?手段)")
#: what may stand between a framing clause and the goal it serves
_CLAUSE_BREAK = re.compile(r"[，,]")


def _served_goal(ctx: FactContext, end: int) -> str | None:
    """The goal whose span starts right after a clause break at ``end`` (the next clause)."""
    after = _CLAUSE_BREAK.match(ctx.text, end)
    if not after:
        return None
    starts = [goal for s, _, goal in ctx.goal_spans.containing(after.end()) if s == after.end()]
    return starts[0] if starts else None


def tie_framed_technologies_to_the_served_goal(ctx: FactContext, involves: dict[str, dict[str, None]] | None = None) -> None:
    """The technologies a framing clause names (以X、Y等为重点领域, 充分运用X、Y等技术手段) are those
    of the goal the clause serves, the next clause: the annotators tie them there, not to the
    framing clause. Run again after the pair classifier, which ties them back to the frame.
    ``involves`` (goal → technologies) follows the move."""
    involves = {} if involves is None else involves
    for start, end, goal in list(ctx.goal_spans):
        if not _FRAMING_CLAUSE.fullmatch(ctx.reg.entities[goal].label):
            continue
        served = _served_goal(ctx, end)
        if served is None or served == goal:
            continue
        for (s, p, o), rel in list(ctx.relations.items()):
            if s == goal and p == "involvesTechnology":
                del ctx.relations[(s, p, o)]
                ctx.relate(served, "involvesTechnology", o, rel.sentence, confidence=conf.FRAMED_GOAL_TECHNOLOGY)
                involves.setdefault(served, {})[o] = None
        involves.pop(goal, None)


def _publishers(ctx: FactContext, of=lambda document: True) -> dict[str, list[str]]:
    """Document → the bodies that publish it (publishedBy), for the documents ``of`` keeps."""
    found: dict[str, list[str]] = {}
    for (s, p, o) in ctx.relations:
        if p == "publishedBy" and of(s):
            found.setdefault(s, []).append(o)
    return found


def _promote_goal_technologies(ctx: FactContext, involves: dict[str, dict[str, None]], promoters) -> None:
    """Each body ``promoters(owner)`` names for a goal's owner promotes the technologies the goal
    involves (``involves``: goal → technologies), policy concepts aside; the owner itself
    promotes as a body, the others as publishers."""
    for (s, p, o), rel in list(ctx.relations.items()):
        if p != "hasGoal":
            continue
        for body in promoters(s):
            for tech in involves.get(o, ()):
                if ctx.reg.entities[tech].label not in POLICY_CONCEPTS:
                    ctx.relate(body, "promotes", tech, rel.sentence, confidence=conf.BODY_PROMOTES_TECHNOLOGY
                               if body == s else conf.PUBLISHER_PROMOTES_TECHNOLOGY)


def promote_late_goal_technologies(ctx: FactContext) -> None:
    """After the last owner rules and the pair classifier: a body that has a goal promotes the
    technologies the goal names, those the rules found in its words and those the classifier
    related to it (both parties of an agreement: 双方将在A、B等领域合作，运用5G、大数据…). Through
    the publishers the classifier added only where a document has one (省经信委印发《方案》, a
    government's work report): a plan's co-issuers are not all its promoters (on dev and train
    that cost more than it won)."""
    involves = {goal: dict(techs) for goal, techs in ctx.goal_technologies.items()}
    for (s, p, o) in ctx.relations:
        if p == "involvesTechnology":
            involves.setdefault(s, {})[o] = None
    publishers = _publishers(ctx)

    def promoters(owner: str) -> list[str]:
        if ctx.reg.entities[owner].type in ("Agency", "Organization"):
            return [owner]
        issued_by = publishers.get(owner, [])
        return issued_by if len(issued_by) == 1 else []
    _promote_goal_technologies(ctx, involves, promoters)


def name_goal_cores(ctx: FactContext) -> None:
    """Each goal is also known by the core of its label (goals.core_names: 着力增强X → 增强X):
    aliases given last, so that no rule finds a goal by them."""
    for goal in ctx.reg.of_type("Goal"):
        for name in goals.core_names(goal.label) + goals.spoken_names(goal.label) + goals.unframed_names(goal.label) \
                + _written_names(ctx, goal):
            goal.add_alias(name)


def _written_names(ctx: FactContext, goal) -> list[str]:
    """goals.written_names of the goal's label where its evidence (or else a sentence naming it)
    writes it: the label with the adverbs and frame its sentence gives it."""
    passages = [goal.evidence or ""] + [ctx.sentences[m.sentence].text for m in goal.mentions
                                        if 0 <= m.sentence < len(ctx.sentences)]
    for passage in passages:
        at = passage.find(goal.label)
        if at >= 0:
            return goals.written_names(goal.label, passage[max(0, at - 8):at], passage[at + len(goal.label):])
    return []


def drop_added_technologies_the_goal_does_not_name(ctx: FactContext, before: set | None) -> None:
    """A goal involves only the technologies its own words name (ANNOTATE.md): an
    involvesTechnology that the pair classifier added (not in ``before``, the relations before it
    ran; None when it did not) whose technology the goal's label does not name goes — after the
    bodies that have the goal have been said to promote it."""
    if before is None:
        return
    for (s, p, o) in [k for k in ctx.relations if k[1] == "involvesTechnology" and k not in before]:
        tech = ctx.reg.entities[o]
        if not any(name and name in goal and not _names_only_a_network_of(goal, name)
                   for name in (tech.label, *tech.aliases) for goal in _goal_names(ctx, s)):
            del ctx.relations[(s, p, o)]


def drop_sector_technologies(ctx: FactContext) -> None:
    """A technology that names a sector (互联网: 推动互联网企业加强协同, 改革互联网管理体制) is a goal's
    only in a sentence that uses it as a technology — listed with other technologies (将大数据、互联网
    等融入城市管理), fused with something (推动互联网和实体经济深度融合) or built on (基于互联网的) —
    and a body's only in an article that does; in an article that never does, it is no technology
    at all (互联网平台企业, 互联网行业: the sector; on dev and train, dropping it there removed 19
    nodes the annotators did not name and 2 they did)."""
    techs = ctx.mentions_of("Technology")
    for sector in [e for e in ctx.reg.of_type("Technology") if e.label in SECTOR_TECHNOLOGIES]:
        used = {m.sentence for m in sector.mentions
                if _listed_with_technologies(ctx, techs, m) or _used_as_technology(ctx, m)}
        for (s, p, o), rel in list(ctx.relations.items()):
            if o == sector.key and (p == "promotes" and not used or
                                    p == "involvesTechnology" and rel.sentence not in used):
                del ctx.relations[(s, p, o)]
        if not used:   # 互联网平台企业, 互联网行业 only: the article names the sector, not the technology
            ctx.forget([sector])


#: a sector word used as a technology: fused with something (X与互联网深度融合, 互联网和实体经济深度融合,
#: 汽车产业与互联网、信息通信等行业深度融合) or built on (基于互联网的)
_FUSED_AFTER = re.compile(r"(?:(?:和|与|同)[^，。；、]{1,12}?)?(?:、[^，。；、]{1,8}?){0,4}(?:等[^，。；、]{0,4}?)?(?:深度|加快|加速)?融合")


def _used_as_technology(ctx: FactContext, m) -> bool:
    before = ctx.text[max(0, m.start - 2):m.start]
    after = _FUSED_AFTER.match(ctx.text, m.end)
    return before.endswith("基于") or bool(after) and (after.group(0)[:1] in "和与同" or before[-1:] in ("与", "和", "同"))


def _listed_with_technologies(ctx: FactContext, techs, m) -> bool:
    """Another technology stands right before or after the mention, joined by 、, 和, 及 or 与."""
    joins = "、和及与"
    after = m.end < len(ctx.text) and ctx.text[m.end] in joins and any(
        s == m.end + 1 for s, _, _ in techs.containing(m.end + 1))
    before = m.start > 0 and ctx.text[m.start - 1] in joins and any(
        e == m.start - 1 for _, e, _ in techs.containing(m.start - 2))
    return after or before
