"""jieba's bundled dictionary (``jieba/dict.txt``), parsed once per process.

Two readers need it: the rules ask whether a candidate name is rather a common word
(:func:`extract.bodies.is_common_word`), and the NER model's ``pos`` feature tags each
character with the part of speech of the jieba word containing it (person, place,
organisation, other proper name, abbreviation).  The file only holds part-of-speech
tags in this text form, so it is read here rather than through ``jieba.Tokenizer``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

# Parts of speech kept for every word: the name-like tags the NER feature uses.
NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz", "j"})
# Two-character words that are never names: adjectives, adverbs, verbs.
PLAIN_TAGS = frozenset({"a", "ad", "an", "d", "v", "vn"})
# Common two- and three-character words (any tag) kept with their frequency.
COMMON_MIN_FREQ = 500


@dataclass(frozen=True)
class JiebaDictionary:
    name_tags: dict[str, str]                 # word → name-like tag (nr, ns, nt, …)
    common: dict[str, tuple[int, str]]        # 2–3 char word, freq ≥ 500 → (freq, tag)
    plain: frozenset[str]                     # 2-char adjectives, adverbs and verbs (周全, 积极), any freq


@lru_cache(maxsize=1)
def jieba_dictionary() -> JiebaDictionary:
    import jieba
    name_tags: dict[str, str] = {}
    common: dict[str, tuple[int, str]] = {}
    plain: set[str] = set()
    tags = {t: t for t in NAME_TAGS}   # one string object per tag
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) != 3:
                continue
            word, freq, tag = parts
            kept = tags.get(tag)
            if kept is not None:
                name_tags[word] = kept
            if len(word) == 2 and tag in PLAIN_TAGS:
                plain.add(word)
            if 2 <= len(word) <= 3:
                n = int(freq)
                if n >= COMMON_MIN_FREQ:
                    common[word] = (n, tag)
    return JiebaDictionary(name_tags, common, frozenset(plain))
