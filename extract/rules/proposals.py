"""Proposals: the goals of a proposal (《关于…的提案》, 议案, 建议) are those of the party or body
that submits it (民进中央提交《…提案》, 建议…: 民进中央's goal).

Reads from the context: ``reg`` (documents, bodies), ``relations`` (publishedBy, hasGoal).
Writes to the context: ``relations`` (hasGoal of the submitting body).
"""
from __future__ import annotations

import re

from cnkg.extract import confidence as conf
from cnkg.extract.rules.context import FactContext

# a proposal's title ends so; 中共中央关于…的建议 is the Party's plan, not a proposal
_PROPOSAL = re.compile(r"(?:提案|议案|建议)$")
_CENTRAL = ("中共中央", "党中央", "中央")
_PLENARY = re.compile(r"(?:政协|人大|人大常委会|人民代表大会)$")


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
    for (s, p, o), rel in list(ctx.relations.items()):
        if p == "hasGoal" and s in submitters:
            for body in submitters[s]:
                ctx.relate(body, "hasGoal", o, rel.sentence, confidence=conf.PROPOSAL_SUBMITTER_HAS_GOAL)
