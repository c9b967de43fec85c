"""``kg_sentences``: Chinese sentence boundaries on a character-token Doc.

A sentence ends after 。！？ (and their ASCII forms), with any closing quotes or
brackets that follow, and at every line break (a paragraph).
"""
from __future__ import annotations

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from cnkg.extract.doctext import doc_text
from cnkg.extract.sentence_spans import sentence_spans  # noqa: F401  (re-exported: the component's cut)

class SentenceSegmenter:
    """Sets ``is_sent_start`` from :func:`sentence_spans` (character tokens or any tokens)."""

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        starts = numpy.fromiter((s for s, _ in sentence_spans(doc_text(doc))), dtype="int64")
        offsets = doc.to_array(IDX).astype("int64")      # no Token objects: one array op per doc
        values = numpy.where(numpy.isin(offsets, starts), 1, -1)
        values[0] = 1
        doc.from_array([SENT_START], values.astype("uint64").reshape(-1, 1))
        return doc


@Language.factory("kg_sentences", assigns=["token.is_sent_start"])
def make_sentence_segmenter(nlp: Language, name: str) -> SentenceSegmenter:
    return SentenceSegmenter()
