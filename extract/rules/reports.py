"""Work reports: the person who delivers a government work report (某某作政府工作报告,
代表市政府向大会作…) proposes the goals the report sets.

Reads from the context: ``text``, ``reg`` (persons, documents), ``relations`` (hasGoal).
Writes to the context: ``relations`` (proposes).
"""
from __future__ import annotations

import re

from cnkg.extract import confidence as conf
from cnkg.extract.rules.context import FactContext

# after the person: (市长)(代表市政府)(在…会议上)(向大会)作(了)(所作的)《2024年政府工作报告》
_DELIVERS = re.compile(r"[^。；\n]{0,40}?(?:所作|作)了?的?[“《]?[\u4e00-\u9fff\d]{0,10}?政府工作报告")


def reporter(ctx: FactContext) -> str | None:
    """The person named just before 作…政府工作报告 (the first such)."""
    found = []
    for person in ctx.reg.of_type("Person"):
        for m in person.mentions:
            if _DELIVERS.match(ctx.text, m.end):
                found.append((m.start, person.key))
    return min(found)[1] if found else None


def relate_report_proposer(ctx: FactContext) -> None:
    """The deliverer of a work report proposes each goal the report has."""
    reports = [d for d in ctx.reg.of_type("Document") if d.label.endswith("政府工作报告")]
    person = reporter(ctx) if reports else None
    if person is None:
        return
    for report in reports:
        for (s, p, o), rel in list(ctx.relations.items()):
            if p == "hasGoal" and s == report.key:
                ctx.relate(person, "proposes", o, rel.sentence, confidence=conf.REPORTER_PROPOSES)
