"""Proposals: the goals of a proposal (《关于…的提案》, 议案, 建议) are those of the party or body
that submits it (民进中央提交《…提案》, 建议…: 民进中央's goal).

The goals a proposal's title names (《关于加快X的提案》, 《推进Y建设》提案) are the proposal's.

Reads from the context: ``text``, ``reg`` (documents, bodies), ``relations`` (publishedBy, hasGoal),
``speakers``.
Writes to the context: ``reg`` (Goal entities), ``goal_spans``, ``relations`` (hasGoal of the
proposal and of the submitting body, proposes).
"""
from __future__ import annotations

import re

from cnkg.extract import bodies
from cnkg.extract import confidence as conf
from cnkg.extract import goals
from cnkg.extract.rules.context import FactContext, post_rank

# a proposal's title ends so; 中共中央关于…的建议 is the Party's plan, not a proposal
_PROPOSAL = re.compile(r"(?:提案|议案|建议)$")
_CENTRAL = ("中共中央", "党中央", "中央")
_PLENARY = re.compile(r"(?:政协|人大|人大常委会|人民代表大会)$")


# 《关于加快X的提案》, 《建议在Y打造Z》: the topic of a proposal's title
_TITLE_TOPIC = re.compile(r"^(?:关于|建议)?(.{4,40}?)(?:的(?:提案|建议|议案))?$")
# 《推进X建设》提案, 《…》等提案: a title that names no kind is a proposal when 提案 follows it
_CALLED_PROPOSAL = re.compile(r"》?\s*(?:等|的)?(?:提案|议案|建议)")


def find_title_goals(ctx: FactContext) -> None:
    """The tasks a proposal's title names are goals the proposal has (《关于开展A 强化B的提案》:
    A and B), proposed by the member named as its submitter (某某委员的《…》提案) or else by the
    sentence's speaker when it has one."""
    persons = ctx.by_sentence("Person")
    for doc in ctx.reg.of_type("Document"):
        if doc.label.startswith(_CENTRAL) or "中共中央" in doc.label:
            continue   # 中共中央关于…的建议: the Party's plan, not a proposal
        for m in doc.mentions[:1]:
            is_proposal = _PROPOSAL.search(doc.label) or _CALLED_PROPOSAL.match(ctx.text, m.end)
            topic = _TITLE_TOPIC.match(doc.label) if is_proposal else None
            if not topic:
                continue
            index = ctx.sentence_at(m.start)
            speaker = _named_with_the_proposal(ctx, persons, index, m.start) or ctx.speakers.get(index)
            for part in re.split(r"[ \u3000、]+", topic.group(1)):
                part = part.strip()
                if len(part) < 4 or not goals.starts_with_goal_verb(part):
                    continue
                goal = ctx.reg.find(part, "Goal") or ctx.reg.add("Goal", part, confidence=conf.CLAUSE_GOAL,
                                                                  mention=ctx.mention(m.start, m.end))
                goal.evidence = goal.evidence or ctx.text[m.start:m.end]
                ctx.relate(doc.key, "hasGoal", goal.key, index, confidence=conf.DOCUMENT_HAS_GOAL)
                if speaker:
                    ctx.relate(speaker, "proposes", goal.key, index, confidence=conf.SPEAKER_PROPOSES)


# 某某委员的《…》提案, 某某代表提交的《…》, 某某提出了《…》: what joins a member's name to their proposal's title
_SUBMITTER_OF = re.compile(r"(?:委员|代表|常委)?(?:的|(?:提交|提出|撰写)(?:了|的)?)")


def _named_with_the_proposal(ctx: FactContext, persons: dict[int, list], index: int, start: int) -> str | None:
    """The person named right before a proposal's title as its submitter (某某委员的《…》提案,
    某某代表提交的《…》): the one who proposes its goals, whoever speaks in the sentence."""
    for m, person in persons.get(index, ()):
        if m.end <= start and _SUBMITTER_OF.fullmatch(ctx.text, m.end, start):
            return person.key
    return None


def relate_proposal_goals(ctx: FactContext) -> None:
    """The body that submits (publishes) a proposal has the proposal's goals."""
    submitters: dict[str, list[str]] = {}
    for (s, p, o) in ctx.relations:
        if p != "publishedBy":
            continue
        doc, body = ctx.reg.entities[s], ctx.reg.entities[o]
        if _PROPOSAL.search(doc.label) and not doc.label.startswith(_CENTRAL) \
                and body.type in ("Agency", "Organization") and not _PLENARY.search(body.label):
            submitters.setdefault(s, []).append(o)
    submitters = {doc: _submitters_at_higher_posts(ctx, found) for doc, found in submitters.items()}
    for (s, p, o), rel in list(ctx.relations.items()):
        if p == "hasGoal" and s in submitters:
            for body in submitters[s]:
                ctx.relate(body, "hasGoal", o, rel.sentence, confidence=conf.PROPOSAL_SUBMITTER_HAS_GOAL)


def _submitters_at_higher_posts(ctx: FactContext, submitting: list[str]) -> list[str]:
    """The submitting bodies of one proposal less those where a person who holds posts at several of
    them holds the lesser post (全国工商联副主席、某集团董事长: the company's proposal, not the
    federation's)."""
    posts: dict[str, dict[str, int]] = {}
    for (s, p, o), rel in ctx.relations.items():
        if p == "holdsPost" and o in submitting:
            posts.setdefault(s, {})[o] = post_rank(rel.post)
    lesser = set()
    for ranks in posts.values():
        if len(ranks) > 1:
            best = min(ranks.values())
            lesser |= {body for body, rank in ranks.items() if rank > best}
    return [b for b in submitting if b not in lesser]


#: how far before a goal the proposal that states it may be named (a member's proposal is
#: reported in the paragraphs right after it is named)
_PROPOSAL_REACH = 600


def _proposal_mentions(ctx: FactContext) -> list[tuple[int, str]]:
    """(offset, document) of every mention of a proposal (《关于…的提案》, 《…》提案), in text order."""
    found = []
    for doc in ctx.reg.of_type("Document"):
        if doc.label.startswith(_CENTRAL) or "中共中央" in doc.label:
            continue
        for m in doc.mentions:
            if _PROPOSAL.search(doc.label) or _CALLED_PROPOSAL.match(ctx.text, m.end):
                found.append((m.start, doc.key))
    return sorted(found)


def relate_proposed_goals_to_proposals(ctx: FactContext) -> None:
    """A goal a person proposes, which no document has, is the goal of the proposal named last
    before it (某委员提交了《关于…的提案》。她建议，…: what the proposal asks for), when that proposal
    is named at most a few paragraphs before it, in a sentence that is the person's."""
    proposals = _proposal_mentions(ctx)
    if not proposals:
        return
    documents = {e.key for e in ctx.reg.of_type("Document")}
    owned = {o for (s, p, o) in ctx.relations if p == "hasGoal" and s in documents}
    # an article on one proposal (某委员提出《…》的提案。他认为…): its member's goals are the proposal's throughout
    reach = len(ctx.text) if len({doc for _, doc in proposals}) == 1 else _PROPOSAL_REACH
    for (s, p, o), rel in list(ctx.relations.items()):
        if p != "proposes" or o in owned:
            continue
        first = min((m.start for m in ctx.reg.entities[o].mentions), default=-1)
        before = [(start, doc) for start, doc in proposals if start < first and first - start <= reach]
        if before and _submits(ctx, s, before[-1][0]):
            ctx.relate(before[-1][1], "hasGoal", o, rel.sentence, confidence=conf.DOCUMENT_HAS_GOAL)


def _submits(ctx: FactContext, person: str, offset: int) -> bool:
    """Whether the sentence that names the proposal at ``offset`` is the person's: they speak in
    it or it names them (某委员提交了《…提案》, 《…提案》由某委员提出)."""
    index = ctx.sentence_at(offset)
    return ctx.speakers.get(index) == person or any(m.sentence == index for m in ctx.reg.entities[person].mentions)


#: the democratic parties, whose central and local committees submit proposals of their own (民进中央)
_DEMOCRATIC_PARTY = re.compile(bodies.DEMOCRATIC_PARTIES + r"|中国国民党革命委员会|中国民主")


def drop_proposals_published_by_a_members_body(ctx: FactContext) -> None:
    """A 提案 is submitted by a deputy or member in person, or by a democratic party (民进中央提交…):
    no company or other body the member works at (某集团董事长提交…提案) publishes it."""
    for key in [k for k in ctx.relations if k[1] == "publishedBy"]:
        document, body = ctx.reg.entities.get(key[0]), ctx.reg.entities.get(key[2])
        if document is None or body is None or not document.label.endswith("提案"):
            continue
        if not any(_DEMOCRATIC_PARTY.match(n) for n in (body.label, *body.aliases)):
            del ctx.relations[key]
