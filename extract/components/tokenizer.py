"""``kg.char_tokenizer.v1``: one token per character, in linear time.

spaCy's own Chinese character segmenter rebuilds the text while aligning words and
spaces, which grows quadratically with the article; a megabyte article takes
minutes. Every character (white space included) is a token here, so the Doc's text
is the article's text, offsets are the article's offsets, and a 20 MB article is
tokenised in seconds.
"""
from __future__ import annotations

from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from cnkg.extract.doctext import TEXT_KEY


class CharTokenizer:
    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        doc = Doc(self.vocab, words=list(text), spaces=[False] * len(text))
        doc.user_data[TEXT_KEY] = text   # Doc.text would rebuild it from a Token per character
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    # the tokenizer has no state: nothing to save
    def to_disk(self, path, *, exclude=tuple()) -> None:
        pass

    def from_disk(self, path, *, exclude=tuple()) -> "CharTokenizer":
        return self

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude=tuple()) -> "CharTokenizer":
        return self


@registry.tokenizers("kg.char_tokenizer.v1")
def create_char_tokenizer():
    def make(nlp) -> CharTokenizer:
        return CharTokenizer(nlp.vocab)
    return make
