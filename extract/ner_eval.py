"""Load and score the trained Chinese NER pipeline.

``load_ner()`` returns the (cached) spaCy pipeline at ``extract/models/ner``;
``evaluate_ner_file(path)`` scores it on a CLUENER-format JSON-lines file over the
mapped labels (AGENCY, ORG = organization ∪ company, PERSON, POST, PLACE).
Scoring is exact-match on character offsets and label, micro-averaged.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from cnkg.extract.ner_train import LABELS, gold_spans, read_cluener

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent / "models" / "ner"

_cache: dict[str, object] = {}
_lock = threading.Lock()


def load_ner(model_dir: str | Path | None = None):
    """The NER pipeline (spaCy ``Language``), loaded once per directory and cached."""
    path = Path(model_dir) if model_dir is not None else DEFAULT_MODEL_DIR
    key = str(path.resolve())
    nlp = _cache.get(key)
    if nlp is None:
        with _lock:
            nlp = _cache.get(key)
            if nlp is None:
                import spacy

                import cnkg.extract.ner_features  # noqa: F401  registers cnkg.CharNgramEmbed.v1
                if not (path / "config.cfg").exists():
                    raise FileNotFoundError(
                        f"no NER model at {path}; train one with `make train`")
                nlp = spacy.load(path)
                _cache[key] = nlp
    return nlp


@dataclass
class LabelScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class NerReport:
    per_label: dict[str, LabelScore] = field(default_factory=dict)
    n_docs: int = 0
    n_chars: int = 0
    path: str = ""

    @property
    def micro(self) -> LabelScore:
        tot = LabelScore()
        for s in self.per_label.values():
            tot.tp += s.tp
            tot.fp += s.fp
            tot.fn += s.fn
        return tot

    @property
    def micro_f1(self) -> float:
        return self.micro.f1

    def format(self) -> str:
        lines = [f"NER evaluation: {self.path} ({self.n_docs} sentences, {self.n_chars} chars)",
                 f"{'label':<8} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}"]
        rows = list(self.per_label.items()) + [("micro", self.micro)]
        for label, s in rows:
            lines.append(f"{label:<8} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
                         f"{s.tp + s.fn:6d} {s.tp + s.fp:6d}")
        lines.append(f"ner micro F1={self.micro_f1:.3f}")
        return "\n".join(lines)


def evaluate_ner_file(path: str | Path, model_dir: str | Path | None = None,
                      nlp=None) -> NerReport:
    """Score the NER model on a CLUENER-format file (JSON lines with ``text``/``label``)."""
    nlp = nlp if nlp is not None else load_ner(model_dir)
    records = list(read_cluener(path))
    report = NerReport(per_label={label: LabelScore() for label in LABELS}, path=str(path))
    texts = [r["text"] for r in records]
    for rec, doc in zip(records, nlp.pipe(texts, batch_size=256)):
        gold = gold_spans(rec)
        pred = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
        for s, e, label in pred | gold:
            score = report.per_label.setdefault(label, LabelScore())
            if (s, e, label) in gold and (s, e, label) in pred:
                score.tp += 1
            elif (s, e, label) in pred:
                score.fp += 1
            else:
                score.fn += 1
        report.n_docs += 1
        report.n_chars += len(rec["text"])
    return report


def main(argv: list[str] | None = None) -> int:
    import argparse

    p = argparse.ArgumentParser(prog="cnkg.extract.ner_eval")
    p.add_argument("file", help="CLUENER-format JSON-lines file")
    p.add_argument("--model", default=None)
    a = p.parse_args(argv)
    print(evaluate_ner_file(a.file, a.model).format())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
