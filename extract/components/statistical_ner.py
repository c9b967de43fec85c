"""``kg_ner``: the trained NER (``extract/models/ner``) as spans in ``doc.spans["kg_ner"]``.

The model is its own character-token pipeline; its entities are mapped onto the
host Doc by character offsets, so the host may tokenise however it likes.
"""
from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

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
            from extract.ner_eval import load_ner   # registers the model's own architectures

            self._ner = load_ner(self.model_path)
        return self._ner

    def __call__(self, doc: Doc) -> Doc:
        # the model was trained on short sentences: feed it the sentences, batched
        sents = [s for s in (doc.sents if doc.has_annotation("SENT_START") else [doc[:]]) if s.text.strip()]
        # a sentence longer than MAX_PIECE (a line without punctuation) goes in pieces: the
        # model's arrays grow with the input, ~1 GB per layer for a 1 MB sentence
        pieces = []
        for sent in sents:
            text = sent.text     # a Span's text is rebuilt on every access: once per sentence
            pieces += [(sent.start_char + i, text[i:i + MAX_PIECE]) for i in range(0, len(text), MAX_PIECE)]
        spans = []
        for (offset, _), sub in zip(pieces, self.ner.pipe((text for _, text in pieces), batch_size=128)):
            for ent in sub.ents:
                span = doc.char_span(offset + ent.start_char, offset + ent.end_char,
                                     label=ent.label_, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


#: longest text the NER model is given at once (characters)
MAX_PIECE = 1_000


@Language.factory("kg_ner", assigns=["doc.spans"], default_config={"model": "", "spans_key": "kg_ner"})
def make_statistical_ner(nlp: Language, name: str, model: str, spans_key: str) -> StatisticalNer:
    return StatisticalNer(nlp, name, model=model, spans_key=spans_key)
