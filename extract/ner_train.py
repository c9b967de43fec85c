"""Train the Chinese NER component on CLUENER2020.

    python -m extract.ner_train --corpus ../shared/corpora/cluener2020 \
        [--output extract/models/ner] [--max-steps N] [--sample N]

Steps: CLUENER JSON lines → spaCy DocBin (character tokens, mapped labels) in a
work directory outside the repo's committed tree (``var/ner_train`` by default, or a
temporary directory), then ``spacy train`` with ``extract/ner.cfg``, then the best
pipeline is copied to ``--output``.  The corpus itself is never copied into the repo.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

# Label mapping: CLUENER type → spaCy label.  organization and company are one type.
LABEL_MAP = {
    "government": "AGENCY",
    "organization": "ORG",
    "company": "ORG",
    "name": "PERSON",
    "position": "POST",
    "address": "PLACE",
}
LABELS = ("AGENCY", "ORG", "PERSON", "POST", "PLACE")

HERE = Path(__file__).resolve().parent
DEFAULT_CONFIG = HERE / "ner.cfg"
DEFAULT_OUTPUT = HERE / "models" / "ner"


def read_cluener(path: Path | str, limit: int | None = None) -> Iterator[dict]:
    with open(path, encoding="utf-8") as f:
        n = 0
        for line in f:
            line = line.strip()
            if not line:
                continue
            yield json.loads(line)
            n += 1
            if limit is not None and n >= limit:
                break


def gold_spans(record: dict) -> set[tuple[int, int, str]]:
    """Mapped gold spans as (start, end_exclusive, label) character offsets."""
    spans = set()
    for ctype, surfaces in (record.get("label") or {}).items():
        label = LABEL_MAP.get(ctype)
        if label is None:
            continue
        for offsets in surfaces.values():
            for s, e in offsets:
                spans.add((int(s), int(e) + 1, label))
    return spans


def make_docs(nlp, records: Iterable[dict], stats: Counter | None = None):
    from spacy.util import filter_spans

    stats = stats if stats is not None else Counter()
    for rec in records:
        doc = nlp.make_doc(rec["text"])
        ents = []
        for s, e, label in sorted(gold_spans(rec)):
            span = doc.char_span(s, e, label=label, alignment_mode="contract")
            if span is None or len(span) == 0:
                stats["unaligned"] += 1
                continue
            ents.append(span)
        kept = filter_spans(ents)
        stats["overlap_dropped"] += len(ents) - len(kept)
        stats["entities"] += len(kept)
        doc.ents = kept
        stats["docs"] += 1
        yield doc


def convert(src: Path, dest: Path, limit: int | None = None) -> Counter:
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("zh")  # default CHARACTER segmenter
    stats: Counter = Counter()
    db = DocBin(store_user_data=False)
    for doc in make_docs(nlp, read_cluener(src, limit), stats):
        db.add(doc)
    dest.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(dest)
    return stats


def _clean_saved_config(model_dir: Path) -> None:
    """Drop machine-specific training paths from the saved pipeline's config."""
    from thinc.api import Config

    cfg_path = model_dir / "config.cfg"
    cfg = Config().from_disk(cfg_path, interpolate=False)
    for key in ("train", "dev"):
        cfg["paths"][key] = None
    cfg.to_disk(cfg_path)


def train(corpus: Path, output: Path = DEFAULT_OUTPUT, config: Path = DEFAULT_CONFIG,
          max_steps: int | None = None, sample: int | None = None,
          work_dir: Path | None = None, eval_frequency: int | None = None,
          overrides: dict | None = None, verbose: bool = True,
          resume: Path | None = None) -> Path:
    """Convert, train and install the best pipeline at ``output``. Returns ``output``.

    ``resume``: continue training the ``ner`` component of an existing pipeline
    (sourced from that directory) instead of starting from random weights, e.g. a
    second, lower-learning-rate phase: ``--resume DIR --set training.optimizer.learn_rate=0.0005``.
    """
    import extract.ner_features  # noqa: F401  registers cnkg.CharNgramEmbed.v1
    from spacy.cli.train import train as spacy_train

    corpus = Path(corpus)
    tmp = None
    if work_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="ner_train_")
        work_dir = Path(tmp.name)
    work_dir = Path(work_dir)
    try:
        train_db, dev_db = work_dir / "train.spacy", work_dir / "dev.spacy"
        for name, db in (("train", train_db), ("dev", dev_db)):
            stats = convert(corpus / f"{name}.json", db, sample)
            if verbose:
                print(f"[ner_train] {name}: {dict(stats)}", file=sys.stderr)
        ov = {"paths.train": str(train_db), "paths.dev": str(dev_db)}
        if max_steps is not None:
            ov["training.max_steps"] = int(max_steps)
            if eval_frequency is None:
                eval_frequency = max(1, min(500, int(max_steps)))
        if eval_frequency is not None:
            ov["training.eval_frequency"] = int(eval_frequency)
        ov.update(overrides or {})
        run_dir = work_dir / "run"
        if resume is not None:
            from thinc.api import Config

            cfg = Config().from_disk(config, interpolate=False)
            cfg["components"]["ner"] = {"source": str(Path(resume).resolve())}
            config = work_dir / "resume.cfg"
            cfg.to_disk(config)
        spacy_train(config, run_dir, overrides=ov, use_gpu=-1)
        best = run_dir / "model-best"
        if not best.exists():
            best = run_dir / "model-last"
        output = Path(output)
        if output.exists():
            shutil.rmtree(output)
        output.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(best, output)
        _clean_saved_config(output)
        if verbose:
            print(f"[ner_train] pipeline written to {output}", file=sys.stderr)
        return output
    finally:
        if tmp is not None:
            tmp.cleanup()


def _parse_override(items: list[str]) -> dict:
    out = {}
    for item in items:
        key, _, val = item.partition("=")
        try:
            out[key] = json.loads(val)
        except json.JSONDecodeError:
            out[key] = val
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="extract.ner_train", description=__doc__.splitlines()[0])
    p.add_argument("--corpus", required=True, type=Path,
                   help="directory with CLUENER2020 train.json and dev.json")
    p.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    p.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    p.add_argument("--max-steps", type=int, default=None)
    p.add_argument("--sample", type=int, default=None,
                   help="use only the first N sentences of train and dev")
    p.add_argument("--work-dir", type=Path, default=None,
                   help="where DocBins and checkpoints go (default: a temp dir)")
    p.add_argument("--eval-frequency", type=int, default=None)
    p.add_argument("--resume", type=Path, default=None, metavar="MODEL_DIR",
                   help="continue training the ner component of an existing pipeline")
    p.add_argument("--set", action="append", default=[], metavar="KEY=JSON",
                   help="config override, e.g. --set training.dropout=0.2")
    a = p.parse_args(argv)
    train(a.corpus, a.output, a.config, a.max_steps, a.sample, a.work_dir,
          a.eval_frequency, _parse_override(a.set), resume=a.resume)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
