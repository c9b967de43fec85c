"""``kg_lexicon``: longest-match lookup of the general lexicons.

Writes ``doc.spans["kg_lexicon"]``: spans labelled Agency, Organization,
Technology, Place or Post, whose ``kb_id_`` is the canonical name. Overlaps are
resolved longest first (工业互联网 wins over 互联网).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from cnkg.extract.lexicon import LEXICON_DIR, Lexicon

SPANS_KEY = "kg_lexicon"


class LexiconMatcher:
    def __init__(self, nlp: Language, name: str = "kg_lexicon", *, spans_key: str = SPANS_KEY):
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self.lexicon = Lexicon()
        self.canonical: dict[str, tuple[str, str]] = {}   # surface -> (type, canonical)
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")

    def initialize(self, get_examples: Callable[[], Iterable] | None = None, *,
                   nlp: Language | None = None, lexicon_dir: str | None = None) -> None:
        """Load the lexicon files (``extract/lexicons`` unless ``lexicon_dir`` is given)."""
        self.set_lexicon(Lexicon.from_directory(Path(lexicon_dir) if lexicon_dir else LEXICON_DIR))

    def set_lexicon(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.canonical = {}
        for term in lexicon.terms:
            for surface in term.surfaces:
                self.canonical.setdefault(surface, (term.type, term.canonical))
        for post in lexicon.posts:
            self.canonical.setdefault(post, ("Post", post))
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        by_label: dict[str, list[Doc]] = {}
        for surface, (type_, _) in self.canonical.items():
            by_label.setdefault(type_, []).append(self.nlp.make_doc(surface))
        for label, docs in by_label.items():
            self.matcher.add(label, docs)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match_id, start, end in self.matcher(doc):
            span = doc[start:end]
            type_, canonical = self.canonical.get(span.text, (None, None))
            if type_ is None:
                continue
            spans.append(Span(doc, start, end, label=type_, kb_id=canonical))
        doc.spans[self.spans_key] = filter_spans(spans)
        return doc

    # -- serialisation: the lexicon travels with the pipeline
    def to_disk(self, path, *, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        self.lexicon.to_disk(path / "lexicon.json")

    def from_disk(self, path, *, exclude=tuple()) -> "LexiconMatcher":
        self.set_lexicon(Lexicon.from_disk(Path(path) / "lexicon.json"))
        return self


@Language.factory("kg_lexicon", assigns=["doc.spans"], default_config={"spans_key": SPANS_KEY})
def make_lexicon_matcher(nlp: Language, name: str, spans_key: str) -> LexiconMatcher:
    return LexiconMatcher(nlp, name, spans_key=spans_key)
