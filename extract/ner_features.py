"""Character-level feature embedding for the Chinese NER model.

spaCy's ``blank("zh")`` CHARACTER segmenter gives one token per character, so the
stock ``MultiHashEmbed`` (NORM/PREFIX/SUFFIX/SHAPE) sees only the character itself:
PREFIX and SUFFIX of a one-char token are the same char.  This module registers an
embedding architecture, ``cnkg.CharNgramEmbed.v1``, that computes richer per-character
features straight from the Doc text (so the ``ner`` component is self-contained and
needs no upstream component):

* ``char``  – the character (lower-cased, full-width ASCII folded to half-width)
* ``left``  – bigram previous char + char
* ``right`` – bigram char + next char
* ``tri``   – trigram previous + char + next
* ``word``  – the jieba word containing the char, with its B/M/E/S position
* ``seg``   – char + its jieba B/M/E/S tag
* ``shape`` – character classes (Han/Latin/digit/punct/...) of prev, char, next
* ``pos``   – the part of speech jieba's dictionary gives that word when it is a name
  (person ``nr``, place ``ns``, organisation ``nt``, other ``nz``, abbreviation ``j``),
  otherwise "dictionary word", "unknown word" (found by jieba's HMM) or "single char",
  with the char's B/M/E/S position
* ``lex``   – the project lexicon entry (body, place, post, technology) that covers the
  char in a longest-first left-to-right match, with its B/M/E/S position

Each feature column is hashed (murmurhash, deterministic across processes) and
looked up in its own ``HashEmbed`` table; the concatenation is mixed by a Maxout
layer, exactly like ``MultiHashEmbed``.

jieba is used through a private ``jieba.Tokenizer`` instance so that user words
added to the global jieba dictionary elsewhere in the project cannot change the
features the model was trained on.

Anything that loads the trained pipeline must import this module first
(:func:`extract.ner_eval.load_ner` does).
"""
from __future__ import annotations

import threading
from typing import Callable, List, Sequence

import numpy
from murmurhash.mrmr import hash_unicode
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import (HashEmbed, Maxout, Model, Ragged, chain, concatenate,
                       list2ragged, ragged2list, with_array)
from thinc.types import Floats2d, Ints2d

from cnkg.extract.doctext import doc_text

FEATURES = ("char", "left", "right", "tri", "word", "seg", "shape", "pos", "lex")

_jieba_lock = threading.Lock()
_jieba_tok = None


def _jieba():
    global _jieba_tok
    if _jieba_tok is None:
        with _jieba_lock:
            if _jieba_tok is None:
                import logging

                import jieba
                jieba.setLogLevel(logging.WARNING)
                tok = jieba.Tokenizer()
                tok.initialize()
                _jieba_tok = tok
    return _jieba_tok


def _norm_char(c: str) -> str:
    o = ord(c)
    if 0xFF01 <= o <= 0xFF5E:  # full-width ASCII
        c = chr(o - 0xFEE0)
    elif o == 0x3000:
        c = " "
    return c.lower()


def _cls(c: str) -> str:
    if c == "":
        return "^"
    if "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf":
        return "H"
    if c.isdigit():
        return "d"
    if c.isascii() and c.isalpha():
        return "a" if c.islower() else "A"
    if c.isspace():
        return "s"
    if c in "·•‧・":
        return "."  # name separator (e.g. 迈克尔·乔丹)
    if c in "《》“”\"'‘’「」（）()【】[]":
        return "q"
    if c.isalpha():
        return "o"
    return "p"


def seg_tags(text: str) -> tuple[list[str], list[str]]:
    """Per character: the jieba word containing it and its B/M/E/S position."""
    words: list[str] = []
    tags: list[str] = []
    for w in _jieba().cut(text, HMM=True):
        n = len(w)
        if n == 1:
            words.append(w)
            tags.append("S")
        else:
            words.extend([w] * n)
            tags.append("B")
            tags.extend(["M"] * (n - 2))
            tags.append("E")
    return words, tags


_M = 0xFFFFFFFFFFFFFFFF
# odd 64-bit multipliers used to combine per-character hashes into n-gram keys
# (numpy uint64 arithmetic wraps modulo 2**64).
_K = numpy.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9,
                  0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53],
                 dtype="uint64")
_SALT = {name: numpy.uint64(hash_unicode("cnkg-feature:" + name, seed=0) & _M)
         for name in FEATURES}
_BOS = numpy.uint64(hash_unicode("<BOS>", seed=0) & _M)
_EOS = numpy.uint64(hash_unicode("<EOS>", seed=0) & _M)
_TAG = {t: numpy.uint64(hash_unicode("tag:" + t, seed=0) & _M) for t in "BMES"}
_char_cache: dict[str, tuple[int, int]] = {}
_pos_cache: dict[str, int] = {}
_NO_LEX = numpy.uint64(hash_unicode("lex:-", seed=0) & _M)
_word_cache: dict[str, int] = {}


def _char_keys(c: str) -> tuple[int, int]:
    """(hash of normalised char, hash of its character class), cached."""
    v = _char_cache.get(c)
    if v is None:
        n = _norm_char(c) if len(c) == 1 else c.lower()
        v = (hash_unicode("c:" + n, seed=0) & _M, hash_unicode("k:" + _cls(c[:1]), seed=0) & _M)
        if len(_char_cache) < 200_000:
            _char_cache[c] = v
    return v


def _word_key(w: str) -> int:
    v = _word_cache.get(w)
    if v is None:
        v = hash_unicode("w:" + w, seed=0) & _M
        if len(_word_cache) < 500_000:
            _word_cache[w] = v
    return v


_lex_cache: dict[str, numpy.uint64] = {}


def _lex_key(t: str) -> numpy.uint64:
    v = _lex_cache.get(t)
    if v is None:
        v = _lex_cache[t] = numpy.uint64(hash_unicode("lex:" + t, seed=0) & _M)
    return v


def _pos_key(w: str) -> int:
    """Hash of the word's class: a name-like dictionary tag, or word / unknown / char."""
    v = _pos_cache.get(w)
    if v is None:
        from .jieba_dict import jieba_dictionary
        tag = jieba_dictionary().name_tags.get(w)
        if tag is None:
            tag = "c" if len(w) == 1 else ("w" if _jieba().FREQ.get(w) else "?")
        v = hash_unicode("p:" + tag, seed=0) & _M
        if len(_pos_cache) < 500_000:
            _pos_cache[w] = v
    return v


def lexicon_gazetteer() -> dict[str, str]:
    """Surface (two characters or more) → lexicon class (Agency, Place, Post, …) from the
    project lexicons.  A model snapshots this table when it is built and saves it with its
    weights, so later lexicon edits cannot shift a trained model's ``lex`` feature."""
    from .lexicon import Lexicon
    lexicon = Lexicon.from_directory()
    table: dict[str, str] = {}
    for term in lexicon.terms:
        for surface in term.surfaces:
            if len(surface) >= 2:
                table.setdefault(surface, term.type)
    for post in lexicon.posts:
        if len(post) >= 2:
            table.setdefault(post, "Post")
    return table


_lengths_cache: dict[int, tuple[dict, dict[str, tuple[int, ...]]]] = {}


def _first_char_lengths(table: dict[str, str]) -> dict[str, tuple[int, ...]]:
    """First char → the surface lengths starting with it, longest first (cached per table)."""
    cached = _lengths_cache.get(id(table))
    if cached is None or cached[0] is not table:
        lengths: dict[str, set[int]] = {}
        for surface in table:
            lengths.setdefault(surface[0], set()).add(len(surface))
        cached = _lengths_cache[id(table)] = (
            table, {c: tuple(sorted(ls, reverse=True)) for c, ls in lengths.items()})
    return cached[1]


def lexicon_tags(text: str, table: dict[str, str]) -> list[str]:
    """Per character: ``class:B/M/E/S`` of the ``table`` entry covering it (longest first,
    left to right), or ``-``."""
    lengths = _first_char_lengths(table)
    out = ["-"] * len(text)
    i, n = 0, len(text)
    while i < n:
        for length in lengths.get(text[i], ()):
            kind = table.get(text[i:i + length]) if i + length <= n else None
            if kind is not None:
                if length == 1:
                    out[i] = kind + ":S"
                else:
                    out[i] = kind + ":B"
                    for k in range(i + 1, i + length - 1):
                        out[k] = kind + ":M"
                    out[i + length - 1] = kind + ":E"
                i += length
                break
        else:
            i += 1
    return out


def doc_feature_keys(doc: Doc, features: Sequence[str] = FEATURES,
                     gazetteer: dict[str, str] | None = None) -> numpy.ndarray:
    """uint64 array (n_tokens, n_features) of hashed feature keys (vectorised).
    ``gazetteer`` (surface → class) feeds the ``lex`` feature; it defaults to
    :func:`lexicon_gazetteer`."""
    n = len(doc)
    out = numpy.zeros((n, len(features)), dtype="uint64")
    if n == 0:
        return out
    text = doc_text(doc)
    idx = doc.to_array("IDX").tolist()
    if len(idx) == len(text):  # the common case: every token is one char
        toks = text
    else:
        ends = idx[1:] + [len(text)]
        toks = [text[s:e].rstrip() or text[s:e] for s, e in zip(idx, ends)]
    ck = [_char_keys(t) for t in toks]
    ch = numpy.array([k[0] for k in ck], dtype="uint64")
    cl = numpy.array([k[1] for k in ck], dtype="uint64")
    prev = numpy.empty_like(ch); prev[0] = _BOS; prev[1:] = ch[:-1]
    nxt = numpy.empty_like(ch); nxt[-1] = _EOS; nxt[:-1] = ch[1:]
    need_seg = "word" in features or "seg" in features or "pos" in features
    if need_seg:
        words, tags = seg_tags(text)
        L = len(tags)
        tag = numpy.array([_TAG[tags[i]] if i < L else _TAG["S"] for i in idx], dtype="uint64")
        wk = numpy.array([_word_key(words[i]) if i < L else 0 for i in idx], dtype="uint64")
        if "pos" in features:
            pk = numpy.array([_pos_key(words[i]) if i < L else 0 for i in idx], dtype="uint64")
    if "lex" in features:
        lex = lexicon_tags(text, gazetteer if gazetteer is not None else lexicon_gazetteer())
        L = len(lex)
        lk = numpy.array([_lex_key(lex[i]) if i < L else _NO_LEX for i in idx], dtype="uint64")
    K = _K
    with numpy.errstate(over="ignore"):
        for j, name in enumerate(features):
            salt = _SALT[name]
            if name == "char":
                col = ch
            elif name == "left":
                col = prev * K[0] + ch * K[1]
            elif name == "right":
                col = ch * K[2] + nxt * K[3]
            elif name == "tri":
                col = prev * K[0] + ch * K[4] + nxt * K[5]
            elif name == "word":
                col = wk * K[1] + tag * K[2]
            elif name == "seg":
                col = ch * K[3] + tag * K[4]
            elif name == "pos":
                col = pk * K[3] + tag * K[5]
            elif name == "lex":
                col = lk
            elif name == "shape":
                cp = numpy.empty_like(cl); cp[0] = _BOS; cp[1:] = cl[:-1]
                cn = numpy.empty_like(cl); cn[-1] = _EOS; cn[:-1] = cl[1:]
                col = cp * K[0] + cl * K[1] + cn * K[2]
            else:
                raise ValueError(f"unknown feature {name!r}")
            out[:, j] = col + salt
    return out


def char_feature_extractor(features: Sequence[str]) -> Model[List[Doc], List[Ints2d]]:
    features = tuple(features)

    def forward(model: Model, docs: List[Doc], is_train: bool):
        gazetteer = model.attrs.get("gazetteer")
        feats = [model.ops.asarray(doc_feature_keys(doc, features, gazetteer), dtype="uint64")
                 for doc in docs]
        return feats, lambda d_feats: []

    # the lexicon snapshot is a model attribute, so it is saved and loaded with the weights
    attrs = {"features": features}
    if "lex" in features:
        attrs["gazetteer"] = lexicon_gazetteer()
    return Model("cn_char_features", forward, attrs=attrs)


@registry.architectures("cnkg.CharNgramEmbed.v1")
def CharNgramEmbed(width: int, features: List[str], rows: List[int],
                   widths: List[int], dropout: float = 0.0
                   ) -> Model[List[Doc], List[Floats2d]]:
    """HashEmbed tables over :data:`FEATURES`-style columns, mixed by Maxout to ``width``."""
    if not (len(features) == len(rows) == len(widths)):
        raise ValueError("features, rows and widths must have the same length")
    embeds = [HashEmbed(w, r, column=i, seed=11 + i, dropout=dropout)
              for i, (r, w) in enumerate(zip(rows, widths))]
    concat_size = sum(widths)
    mix = with_array(Maxout(width, concat_size, nP=3, dropout=0.0, normalize=True))
    model = chain(
        char_feature_extractor(features),
        list2ragged(),
        with_array(concatenate(*embeds)),
        mix,
        ragged2list(),
    )
    model.set_dim("nO", width)
    model.attrs["features"] = list(features)
    return model
