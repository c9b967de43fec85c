"""The NER training code keeps working, the scorer prints its contract line, and the
committed model loads and finds people/agencies in policy-news style sentences."""
from __future__ import annotations

import json
import random
from pathlib import Path

import numpy
import pytest

from cnkg.extract.ner_eval import DEFAULT_MODEL_DIR, evaluate_ner_file, load_ner
from cnkg.extract.ner_train import (LABEL_MAP, augment_records, gold_spans, main as train_main,
                               train_recipe)

# Hand-written sentences in CLUENER format (not taken from any corpus).
_TEMPLATES = [
    ("{p}在{g}召开的座谈会上指出，要加快推进{o}改革。",
     {"name": "{p}", "government": "{g}", "company": "{o}"}),
    ("{g}{pos}{p}近日赴{a}调研乡村振兴工作。",
     {"government": "{g}", "position": "{pos}", "name": "{p}", "address": "{a}"}),
    ("{o}与{g}签署战略合作协议，{p}出席签约仪式。",
     {"organization": "{o}", "government": "{g}", "name": "{p}"}),
]
_PEOPLE = ["王建国", "李晓明", "张海峰", "陈立华", "刘文静"]
_GOVS = ["国家发展改革委", "工业和信息化部", "浙江省人民政府", "财政部", "生态环境部"]
_ORGS = ["中国电子科技集团", "华夏新能源公司", "清华大学", "中国科学院"]
_POSTS = ["副部长", "主任", "省长"]
_PLACES = ["贵州省", "成都市", "雄安新区"]


def _record(template: str, labels: dict, fill: dict) -> dict:
    text = template.format(**fill)
    out: dict = {}
    for ctype, pat in labels.items():
        surface = pat.format(**fill)
        start = text.index(surface)
        out.setdefault(ctype, {})[surface] = [[start, start + len(surface) - 1]]
    return {"text": text, "label": out}


def _write_corpus(directory: Path, n: int, seed: int = 0) -> Path:
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    for split, count in (("train", n), ("dev", max(5, n // 3))):
        with open(directory / f"{split}.json", "w", encoding="utf-8") as f:
            for _ in range(count):
                template, labels = rng.choice(_TEMPLATES)
                fill = {"p": rng.choice(_PEOPLE), "g": rng.choice(_GOVS), "o": rng.choice(_ORGS),
                        "pos": rng.choice(_POSTS), "a": rng.choice(_PLACES)}
                f.write(json.dumps(_record(template, labels, fill), ensure_ascii=False) + "\n")
    return directory


def test_gold_spans_map_labels_and_merge_org_company():
    rec = {"text": "王建国在华夏新能源公司和清华大学", "label": {
        "name": {"王建国": [[0, 2]]}, "company": {"华夏新能源公司": [[4, 10]]},
        "organization": {"清华大学": [[12, 15]]}, "book": {"清华": [[12, 13]]}}}
    assert gold_spans(rec) == {(0, 3, "PERSON"), (4, 11, "ORG"), (12, 16, "ORG")}
    assert set(LABEL_MAP.values()) == {"AGENCY", "ORG", "PERSON", "POST", "PLACE"}


def test_training_runs_on_tiny_sample(tmp_path):
    corpus = _write_corpus(tmp_path / "corpus", 30)
    out = tmp_path / "model"
    rc = train_main(["--corpus", str(corpus), "--output", str(out), "--max-steps", "10",
                     "--sample", "30", "--work-dir", str(tmp_path / "work")])
    assert rc == 0
    assert (out / "config.cfg").exists() and (out / "ner").is_dir()
    nlp = load_ner(out)
    assert nlp.pipe_names == ["ner"]
    doc = nlp("王建国在财政部召开的座谈会上指出。")
    assert len(doc) == len(doc.text)  # character tokens
    # the saved config carries no machine-specific training paths
    assert "work" not in (out / "config.cfg").read_text(encoding="utf-8").split("[corpora]")[0]
    report = evaluate_ner_file(corpus / "dev.json", model_dir=out)
    assert report.format().splitlines()[-1].startswith("ner micro F1=")


def test_augment_records_replace_mentions_with_consistent_offsets():
    recs = [
        {"text": "财政部部长王建国在成都市出席会议。", "label": {
            "government": {"财政部": [[0, 2]]}, "position": {"部长": [[3, 4]]},
            "name": {"王建国": [[5, 7]]}, "address": {"成都市": [[9, 11]]}}},
        {"text": "华夏新能源公司与《流浪地球》合作，李晓明说。", "label": {
            "company": {"华夏新能源公司": [[0, 6]]}, "movie": {"《流浪地球》": [[8, 13]]},
            "name": {"李晓明": [[17, 19]]}}},
        {"text": "没有实体的句子。", "label": {}},
    ]
    out = augment_records(recs, copies=3, seed=1)
    assert len(out) == 6  # 3 copies of each sentence that has mapped entities
    people = {"王建国", "李晓明"}
    for rec in out:
        spans = sorted(gold_spans(rec))
        assert spans  # offsets are inclusive-end CLUENER offsets and match the text
        for ctype, surfaces in rec["label"].items():
            for surface, offsets in surfaces.items():
                for s, e in offsets:
                    assert rec["text"][s:e + 1] == surface
        for s, e, label in spans:
            if label == "PERSON":
                assert rec["text"][s:e] in people  # replaced only by the same label
        if rec["text"].endswith("说。"):  # an ignored type stays in the text, unlabelled
            assert "《流浪地球》" in rec["text"] and "movie" not in rec["label"]
    # the context around the mentions is kept
    assert all(r["text"].endswith("说。") or r["text"].endswith("出席会议。") for r in out)
    assert augment_records(recs, copies=3, seed=1) == out  # deterministic
    assert augment_records(recs, copies=1, seed=1, rate=0.0) == [
        {"text": r["text"], "label": {
            {"AGENCY": "government", "ORG": "organization", "PERSON": "name",
             "POST": "position", "PLACE": "address"}[lab]: {r["text"][s:e]: [[s, e - 1]]}
            for s, e, lab in sorted(gold_spans(r))}}
        for r in recs[:2]]


def test_recipe_chains_phases(tmp_path):
    corpus = _write_corpus(tmp_path / "corpus", 30)
    out = tmp_path / "model"
    phases = ({"name": "a", "max_steps": 4, "eval_frequency": 2, "learn_rate": 0.002},
              {"name": "b", "max_steps": 4, "eval_frequency": 2, "learn_rate": 0.0005,
               "augment": 1, "average_with_start": 0.5})
    train_recipe(corpus, out, work_dir=tmp_path / "work", phases=phases, verbose=False)
    assert (tmp_path / "work" / "0_a_best" / "config.cfg").exists()
    # the second phase sourced the first phase's component and saw augmented data
    assert "source" in (tmp_path / "work" / "1_b" / "resume.cfg").read_text(encoding="utf-8")
    nlp = load_ner(out)
    assert nlp.pipe_names == ["ner"]
    # the installed weights are the average of phase b's best and phase a's best
    a = load_ner(tmp_path / "work" / "0_a_best")
    b = load_ner(tmp_path / "work" / "1_b" / "run" / "model-best")
    wa, wb, wo = (x.get_pipe("ner").model.get_ref("upper").get_param("W") for x in (a, b, nlp))
    assert numpy.allclose(wo, 0.5 * wa + 0.5 * wb)
    assert evaluate_ner_file(corpus / "dev.json", model_dir=out).format().splitlines()[-1] \
        .startswith("ner micro F1=")


def test_plain_cli_runs_the_recipe(monkeypatch, tmp_path):
    import cnkg.extract.ner_train as nt

    calls = []
    monkeypatch.setattr(nt, "train_recipe", lambda *a, **k: calls.append(("recipe", a, k)))
    monkeypatch.setattr(nt, "train", lambda *a, **k: calls.append(("train", a, k)))
    assert nt.main(["--corpus", str(tmp_path)]) == 0  # `make train`
    assert nt.main(["--corpus", str(tmp_path), "--max-steps", "5"]) == 0
    assert [c[0] for c in calls] == ["recipe", "train"]
    names = [ph["name"] for ph in nt.RECIPE]
    assert names[:2] == ["scratch", "low_lr"] and names[-1] == "soup"
    # every step the soup averages is trained earlier in the recipe
    assert set(nt.RECIPE[-1]["average"]) <= set(names[:-1])


class _FakeEnt:
    def __init__(self, s, e, label):
        self.start_char, self.end_char, self.label_ = s, e, label


class _FakeDoc:
    def __init__(self, ents):
        self.ents = ents


class _FakeNlp:
    """Predicts a fixed set of spans per text, to check the scorer arithmetic."""

    def __init__(self, preds):
        self.preds = preds

    def pipe(self, texts, batch_size=None):
        for t in texts:
            yield _FakeDoc([_FakeEnt(*p) for p in self.preds.get(t, [])])


def test_evaluate_prints_micro_f1_last_line(tmp_path):
    path = tmp_path / "tiny.json"
    recs = [
        {"text": "财政部部长王建国出席会议。", "label": {
            "government": {"财政部": [[0, 2]]}, "position": {"部长": [[3, 4]]},
            "name": {"王建国": [[5, 7]]}}},
        {"text": "华夏新能源公司在成都市投资。", "label": {
            "company": {"华夏新能源公司": [[0, 6]]}, "address": {"成都市": [[8, 10]]},
            "movie": {"成都": [[8, 9]]}}},
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs),
                    encoding="utf-8")
    fake = _FakeNlp({
        recs[0]["text"]: [(0, 3, "AGENCY"), (5, 8, "PERSON"), (3, 5, "ORG")],
        recs[1]["text"]: [(0, 7, "ORG")],
    })
    report = evaluate_ner_file(path, nlp=fake)
    text = report.format()
    # 5 gold, 4 predicted, 3 correct → P=0.75 R=0.6 F1=0.667
    assert text.splitlines()[-1] == "ner micro F1=0.667"
    assert report.per_label["ORG"].tp == 1 and report.per_label["ORG"].fp == 1
    assert report.per_label["PLACE"].fn == 1 and report.per_label["POST"].fn == 1
    for label in ("AGENCY", "ORG", "PERSON", "POST", "PLACE"):
        assert label in text


@pytest.mark.skipif(not (DEFAULT_MODEL_DIR / "config.cfg").exists(),
                    reason="no committed NER model")
def test_committed_model_finds_people_and_agencies(tmp_path):
    nlp = load_ner()
    assert "ner" in nlp.pipe_names
    sentences = [
        "国务院总理李强主持召开国务院常务会议，研究部署推进新型工业化有关工作。",
        "教育部部长怀进鹏在北京出席全国教育工作会议并讲话。",
        "国家发展改革委副主任赵辰昕介绍了今年一季度经济运行情况。",
    ]
    found = set()
    for doc in nlp.pipe(sentences):
        assert len(doc) == len(doc.text)
        found |= {(e.text, e.label_) for e in doc.ents}
    labels = {label for _, label in found}
    assert labels & {"PERSON", "AGENCY"}, found
    # the scorer runs end to end on the committed model as well
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"text": sentences[1], "label": {
        "government": {"教育部": [[0, 2]]}, "position": {"部长": [[3, 4]]},
        "name": {"怀进鹏": [[5, 7]]}, "address": {"北京": [[9, 10]]}}},
        ensure_ascii=False) + "\n", encoding="utf-8")
    assert evaluate_ner_file(path).format().splitlines()[-1].startswith("ner micro F1=")


def test_lexicon_feature_marks_longest_entries_left_to_right():
    from cnkg.extract.ner_features import lexicon_tags
    table = {"北京": "Place", "北京市": "Place", "市长": "Post", "发展改革委": "Agency"}
    tags = lexicon_tags("北京市长和发展改革委", table)
    # 北京市 wins over 北京 (longest first); 市长 is not marked inside it (left to right)
    assert tags == ["Place:B", "Place:M", "Place:E", "-", "-",
                    "Agency:B", "Agency:M", "Agency:M", "Agency:M", "Agency:E"]


def test_part_of_speech_feature_tells_names_from_words():
    import spacy

    from cnkg.extract.ner_features import doc_feature_keys
    nlp = spacy.blank("zh")
    col = ("char", "pos").index("pos")
    # jieba tags 上海 as a place (ns) and 经济 as a plain word: their pos keys differ,
    # while the B position of two plain words shares one key
    place = doc_feature_keys(nlp("上海"), ("char", "pos"))[:, col]
    word = doc_feature_keys(nlp("经济"), ("char", "pos"))[:, col]
    other_word = doc_feature_keys(nlp("发展"), ("char", "pos"))[:, col]
    assert place[0] != word[0]
    assert word[0] == other_word[0] and word[1] == other_word[1]


def test_model_keeps_its_lexicon_snapshot_when_saved_and_loaded():
    import spacy

    from cnkg.extract.ner_features import CharNgramEmbed
    nlp = spacy.blank("zh")

    def features_node(model):
        return next(n for n in model.walk() if n.name == "cn_char_features")

    trained = CharNgramEmbed(16, ["char", "lex"], [50, 20], [8, 8])
    trained.initialize(X=[nlp("北京市")])
    features_node(trained).attrs["gazetteer"] = {"北京市": "Place"}
    # a model built after the lexicon changed loads the snapshot it was trained with
    rebuilt = CharNgramEmbed(16, ["char", "lex"], [50, 20], [8, 8])
    rebuilt.initialize(X=[nlp("北京市")])
    assert features_node(rebuilt).attrs["gazetteer"] != {"北京市": "Place"}
    rebuilt.from_bytes(trained.to_bytes())
    assert features_node(rebuilt).attrs["gazetteer"] == {"北京市": "Place"}



def test_recipe_branches_from_named_steps_and_averages_them(tmp_path):
    corpus = _write_corpus(tmp_path / "corpus", 30)
    out = tmp_path / "model"
    phases = ({"name": "a", "max_steps": 4, "eval_frequency": 2, "learn_rate": 0.002},
              {"name": "b", "max_steps": 2, "eval_frequency": 2, "learn_rate": 0.0005, "seed": 1},
              {"name": "c", "from": "a:last", "max_steps": 2, "eval_frequency": 2, "learn_rate": 0.0005,
               "augment": 1, "seed": 2},
              {"name": "soup", "average": ["b", "c"]})
    train_recipe(corpus, out, work_dir=tmp_path / "work", phases=phases, verbose=False)
    # c resumed from a's last checkpoint, not from b
    assert "0_a/run/model-last" in (tmp_path / "work" / "2_c" / "resume.cfg").read_text(encoding="utf-8")
    b, c = load_ner(tmp_path / "work" / "1_b_best"), load_ner(tmp_path / "work" / "2_c_best")
    wb, wc, wo = (x.get_pipe("ner").model.get_ref("upper").get_param("W") for x in (b, c, load_ner(out)))
    assert numpy.allclose(wo, (wb + wc) / 2)
