"""``kg_ner``: the trained NER (``extract/models/ner``) as spans in ``doc.spans["kg_ner"]``.

The model is its own character-token pipeline; its entities are mapped onto the
host Doc by character offsets, so the host may tokenise however it likes.
"""
from __future__ import annotations

from pathlib import Path

from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from cnkg.extract.doctext import TEXT_KEY, doc_text

DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models" / "ner"


class StatisticalNer:
    def __init__(self, nlp: Language, name: str = "kg_ner", *, model: str = "", spans_key: str = "kg_ner"):
        self.name = name
        self.spans_key = spans_key
        self.model_path = Path(model) if model else DEFAULT_MODEL
        self._ner: Language | None = None

    @property
    def ner(self) -> Language:
        if self._ner is None:
            from cnkg.extract.ner_eval import load_ner   # registers the model's own architectures

            self._ner = load_ner(self.model_path)
        return self._ner

    def _piece_doc(self, text: str) -> Doc:
        """The model's Doc for a piece, carrying its text: the features then need not
        rebuild it from a Token per character."""
        piece = self.ner.make_doc(text)
        piece.user_data[TEXT_KEY] = text
        return piece

    def __call__(self, doc: Doc) -> Doc:
        # the model was trained on short sentences: feed it the sentences, batched
        # a sentence longer than MAX_PIECE (a line without punctuation) goes in pieces: the
        # model's arrays grow with the input, ~1 GB per layer for a 1 MB sentence
        pieces = sentence_pieces(doc)
        spans = []
        for (offset, _), sub in zip(pieces, self.ner.pipe((self._piece_doc(text) for _, text in pieces),
                                                          batch_size=128)):
            for ent in sub.ents:
                span = doc.char_span(offset + ent.start_char, offset + ent.end_char,
                                     label=ent.label_, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


def sentence_pieces(doc: Doc) -> list[tuple[int, str]]:
    """(offset, text) of the Doc's non-blank sentences, a sentence longer than
    :data:`MAX_PIECE` (a line without punctuation) cut into pieces of that length: what a
    model is given at once (its arrays grow with the input)."""
    pieces = []
    whole = doc_text(doc)
    for start, end in sentence_offsets(doc, whole):
        text = whole[start:end]
        if text.strip():
            pieces += [(start + i, text[i:i + MAX_PIECE]) for i in range(0, len(text), MAX_PIECE)]
    return pieces


def sentence_offsets(doc: Doc, text: str | None = None) -> list[tuple[int, int]]:
    """(start, end) character offsets of the Doc's sentences, read from two token arrays
    (``doc.sents`` would build a Span, and its text a Token per character)."""
    if not len(doc):
        return []
    n = len(text if text is not None else doc_text(doc))
    if not doc.has_annotation("SENT_START"):
        return [(0, n)]
    arr = doc.to_array([IDX, SENT_START])
    starts = [int(arr[i, 0]) for i in (arr[:, 1] == 1).nonzero()[0]]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    return list(zip(starts, starts[1:] + [n]))


#: longest text the NER model is given at once (characters)
MAX_PIECE = 1_000


@Language.factory("kg_ner", assigns=["doc.spans"], default_config={"model": "", "spans_key": "kg_ner"})
def make_statistical_ner(nlp: Language, name: str, model: str, spans_key: str) -> StatisticalNer:
    return StatisticalNer(nlp, name, model=model, spans_key=spans_key)
