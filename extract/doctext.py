"""A Doc's text without rebuilding it.

``Doc.text`` joins the text of every token, making a ``Token`` object per token; with one
token per character that costs more than some whole components.  Whoever makes a Doc from
a string (the ``kg.char_tokenizer.v1`` tokenizer, ``kg_ner`` for the model's pieces) keeps
the string in ``doc.user_data[TEXT_KEY]``, and readers call :func:`doc_text`.
"""
from __future__ import annotations

from spacy.tokens import Doc

TEXT_KEY = "kg_text"


def doc_text(doc: Doc) -> str:
    """The Doc's text: the copy kept by whoever made the Doc, else ``doc.text``."""
    text = doc.user_data.get(TEXT_KEY)
    return text if text is not None else doc.text
