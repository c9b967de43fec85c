r"""Where the sentences of a text are: after 。！？ (and their ASCII forms) with any closing
quotes or brackets that follow, and at every line break. The extractor's ``kg_sentences``
component and the full-text index (graph/sentences.py) cut texts the same way; this module
imports no spaCy, so the index does not load it.

>>> sentence_spans("他说：“好。”\n第二段。")
[(0, 7), (8, 12)]
"""
from __future__ import annotations

import re

_SENTENCE = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』）)\"]*|\n+|$)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the non-blank sentences of ``text``."""
    spans = []
    for m in _SENTENCE.finditer(text):
        start, end = m.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans
