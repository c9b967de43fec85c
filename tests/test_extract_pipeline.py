"""The extractor as a spaCy pipeline: registered factories, saving and loading whole."""
import spacy

from cnkg.extract.components.sentences import SentenceSegmenter
from cnkg.extract.pipeline import build_pipeline


def test_pipeline_has_our_components_in_order():
    nlp = build_pipeline(use_ner=False)
    assert nlp.pipe_names == ["kg_sentences", "kg_lexicon", "kg_facts"]


def test_pipeline_saves_and_loads_whole(tmp_path):
    nlp = build_pipeline(use_ner=False)
    nlp.to_disk(tmp_path / "kg")
    loaded = spacy.load(tmp_path / "kg")     # the entry points in pyproject.toml find our code
    doc = loaded("工信部部长金壮龙表示，要加快5G建设。")
    labels = {(e.type, e.label) for e in doc._.kg_extraction.entities}
    assert {("Agency", "工业和信息化部"), ("Person", "金壮龙"), ("Technology", "5G")} <= labels


def test_char_tokenizer_keeps_every_character_and_offset():
    nlp = build_pipeline(use_ner=False)
    text = "国家数据局 局长\n刘烈宏：AI+产业。"
    doc = nlp.make_doc(text)
    assert doc.text == text and len(doc) == len(text)
    assert [t.idx for t in doc] == list(range(len(text)))


def test_sentence_segmenter_marks_sentence_starts():
    nlp = build_pipeline(use_ner=False)
    doc = SentenceSegmenter()(nlp.make_doc("第一句。第二句！“第三句？”\n第四句"))
    assert [s.text for s in doc.sents] == ["第一句。", "第二句！", "“第三句？”\n", "第四句"]


def test_docs_carry_their_text_so_components_need_not_rebuild_it():
    import spacy

    from cnkg.extract.components.tokenizer import CharTokenizer
    from cnkg.extract.doctext import doc_text
    text = "国家数据局局长刘明 表示，要加快发展。"
    doc = CharTokenizer(spacy.blank("zh").vocab)(text)
    assert doc_text(doc) == text == doc.text
    plain = spacy.blank("zh")("没有副本的文本")
    assert doc_text(plain) == "没有副本的文本"


def test_extraction_output_does_not_depend_on_the_hash_seed():
    import os
    import subprocess
    import sys
    from pathlib import Path

    article = Path(__file__).parent / "articles" / "press-briefing.txt"
    outputs = []
    for seed in ("1", "2"):
        run = subprocess.run([sys.executable, "-c", "from api.cli import main; main()", "extract", str(article), "--format", "json"],
                             capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": seed},
                             cwd=Path(__file__).parent.parent)
        assert run.returncode == 0, run.stderr
        outputs.append(run.stdout)
    assert outputs[0] == outputs[1]
