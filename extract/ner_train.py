"""Train the Chinese NER component on CLUENER2020.

    python -m extract.ner_train --corpus ../shared/corpora/cluener2020 \
        [--output extract/models/ner] [--max-steps N] [--sample N]

Steps: CLUENER JSON lines → spaCy DocBin (character tokens, mapped labels) in a
work directory outside the repo's committed tree (``--work-dir``, or a temporary
directory), then ``spacy train`` with ``extract/ner.cfg``, then the best pipeline is
copied to ``--output``.  The corpus itself is never copied into the repo.

Without ``--max-steps``/``--resume``/``--augment``/``--set`` (plain ``make train``) the
full :data:`RECIPE` of the committed model runs: from scratch, a lower-learning-rate
phase, then a phase on mention-replaced (augmented) training data whose result is
averaged with its starting weights.  With any of those options one single run is made.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import Counter
from contextlib import contextmanager
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

AUGMENT_COPIES = 1
AUGMENT_STEPS = 2000

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


def augment_records(records: list[dict], copies: int = 1, seed: int = 0,
                    rate: float = 1.0) -> list[dict]:
    """Mention-replacement augmentation: ``copies`` extra versions of every sentence in
    which each mapped entity is, with probability ``rate``, replaced by a random surface
    of the same label taken from the corpus's own entity inventory.  Deterministic for a
    given ``seed``.  Ignored CLUENER types stay in the text unlabelled, as before.
    Returned records carry only mapped labels (``{label: {surface: [[s, e_incl]]}}`` with
    the CLUENER type names replaced by our labels' CLUENER equivalents)."""
    import random

    rng = random.Random(seed)
    inventory: dict[str, list[str]] = {}
    seen: set[tuple[str, str]] = set()
    for rec in records:
        for s, e, label in sorted(gold_spans(rec)):
            surf = rec["text"][s:e]
            if (label, surf) not in seen:
                seen.add((label, surf))
                inventory.setdefault(label, []).append(surf)
    back = {"AGENCY": "government", "ORG": "organization", "PERSON": "name",
            "POST": "position", "PLACE": "address"}
    out = []
    for rec in records:
        spans = sorted(gold_spans(rec))
        if not spans:
            continue
        for _ in range(copies):
            text, pos, labels = rec["text"], 0, {}
            parts: list[str] = []
            n = 0
            for s, e, label in spans:
                if s < pos:  # overlapping (does not happen after mapping): skip
                    continue
                surf = text[s:e]
                if rng.random() < rate:
                    surf = rng.choice(inventory[label])
                parts.append(text[pos:s])
                n += len(text[pos:s])
                labels.setdefault(back[label], {}).setdefault(surf, []).append(
                    [n, n + len(surf) - 1])
                parts.append(surf)
                n += len(surf)
                pos = e
            parts.append(text[pos:])
            out.append({"text": "".join(parts), "label": labels})
    return out


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


def convert(src: Path, dest: Path, limit: int | None = None, augment: int = 0,
            seed: int = 0) -> Counter:
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("zh")  # default CHARACTER segmenter
    stats: Counter = Counter()
    db = DocBin(store_user_data=False)
    records = list(read_cluener(src, limit))
    if augment:
        extra = augment_records(records, augment, seed)
        stats["augmented"] = len(extra)
        records = records + extra
    for doc in make_docs(nlp, records, stats):
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


@contextmanager
def _work_dir(work_dir: Path | None, prefix: str) -> Iterator[Path]:
    """``work_dir`` as a Path, or a temporary directory removed afterwards."""
    if work_dir is not None:
        yield Path(work_dir)
        return
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        yield Path(tmp)


def train(corpus: Path, output: Path = DEFAULT_OUTPUT, config: Path = DEFAULT_CONFIG,
          max_steps: int | None = None, sample: int | None = None,
          work_dir: Path | None = None, eval_frequency: int | None = None,
          overrides: dict | None = None, verbose: bool = True,
          resume: Path | None = None, augment: int = 0, seed: int = 0) -> Path:
    """Convert, train and install the best pipeline at ``output``. Returns ``output``.

    ``resume``: continue training the ``ner`` component of an existing pipeline
    (sourced from that directory) instead of starting from random weights, e.g. a
    second, lower-learning-rate phase: ``--resume DIR --set training.optimizer.learn_rate=0.0005``.
    """
    import cnkg.extract.ner_features  # noqa: F401  registers cnkg.CharNgramEmbed.v1
    from spacy.cli.train import train as spacy_train

    corpus = Path(corpus)
    with _work_dir(work_dir, "ner_train_") as work_dir:
        train_db, dev_db = work_dir / "train.spacy", work_dir / "dev.spacy"
        for name, db in (("train", train_db), ("dev", dev_db)):
            stats = convert(corpus / f"{name}.json", db, sample,
                            augment=augment if name == "train" else 0, seed=seed)
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


# The recipe behind the committed model (``make train`` runs it).  Each step resumes from the
# best checkpoint (spaCy's model-best) of the step before it, or of the step named in
# "from" ("name:last": that step's last checkpoint); a step with "average" writes the
# uniform average of the named steps' weights (a "model soup", average_pipelines); the last
# step is installed.  "seed" sets both spaCy's seed and the mention-replacement seed.
_LOW_LR = {"max_steps": 3000, "eval_frequency": 250, "learn_rate": 0.0005}
_AUGMENT = {"max_steps": AUGMENT_STEPS, "eval_frequency": 250, "learn_rate": 0.0005, "augment": AUGMENT_COPIES}
RECIPE: tuple[dict, ...] = (
    # from scratch; best at its last evaluation, step 4,500
    {"name": "scratch", "max_steps": 4500, "eval_frequency": 500, "learn_rate": 0.002},
    # lower learning rate on the same data
    {"name": "low_lr", **_LOW_LR},
    # mention replacement (see augment_records): three runs from low_lr, other copies each
    *({"name": f"augment_{k}", "from": "low_lr", **_AUGMENT, "seed": k} for k in (0, 1, 2)),
    # a second lineage: scratch continued 2,500 steps, then two low-rate runs and two
    # augmented runs from the first of them
    {"name": "scratch_longer", "from": "scratch:last", "max_steps": 2500, "eval_frequency": 500,
     "learn_rate": 0.002},
    *({"name": f"low_lr_b{k}", "from": "scratch_longer", **_LOW_LR, "seed": k} for k in (0, 1)),
    *({"name": f"augment_{k}", "from": "low_lr_b0", **_AUGMENT, "max_steps": 1500, "seed": k} for k in (4, 5)),
    # the committed model: all eight end points averaged
    {"name": "soup", "average": ["low_lr", "low_lr_b0", "low_lr_b1", "augment_0", "augment_1", "augment_2",
                                 "augment_4", "augment_5"]},
)


def average_pipelines(paths: list[Path], output: Path, weights: list[float] | None = None) -> Path:
    """Write to ``output`` the first pipeline with its ``ner`` weights replaced by the
    weighted average of the ``ner`` weights of all ``paths`` (same architecture, e.g.
    fine-tuned from one start: a "model soup").  Inference cost is unchanged."""
    import spacy

    import cnkg.extract.ner_features  # noqa: F401
    weights = list(weights) if weights is not None else [1.0 / len(paths)] * len(paths)
    if len(weights) != len(paths) or abs(sum(weights) - 1.0) > 1e-6:
        raise ValueError("need one weight per pipeline, summing to 1")
    nlps = [spacy.load(p) for p in paths]
    nodes = [[(n, name) for n in nlp.get_pipe("ner").model.walk()
              for name in n.param_names if n.has_param(name)] for nlp in nlps]
    if len({len(x) for x in nodes}) != 1:
        raise ValueError("pipelines differ in architecture")
    for k, (node, name) in enumerate(nodes[0]):
        arrays = [n_[k][0].get_param(n_[k][1]) for n_ in nodes]
        if len({a.shape for a in arrays}) != 1:
            raise ValueError(f"parameter {name} differs in shape")
        node.set_param(name, sum(w * a for w, a in zip(weights, arrays)))
    # the training scores in meta.json belong to the first input, not to the average
    nlps[0].meta["performance"] = {}
    output = Path(output)
    tmp_out = output.with_name(output.name + ".avg_tmp")
    if tmp_out.exists():
        shutil.rmtree(tmp_out)
    nlps[0].to_disk(tmp_out)
    if output.exists():
        shutil.rmtree(output)
    tmp_out.rename(output)
    _clean_saved_config(output)
    return output


def train_recipe(corpus: Path, output: Path = DEFAULT_OUTPUT, config: Path = DEFAULT_CONFIG,
                 work_dir: Path | None = None, phases: tuple[dict, ...] = RECIPE,
                 sample: int | None = None, verbose: bool = True) -> Path:
    """Run the training steps in order (see :data:`RECIPE`) and install the last one at
    ``output``."""
    with _work_dir(work_dir, "ner_recipe_") as work_dir:
        best: dict[str, Path] = {}
        last_checkpoint: dict[str, Path] = {}
        prev = None
        for i, ph in enumerate(phases):
            last = i == len(phases) - 1
            out = Path(output) if last else work_dir / f"{i}_{ph['name']}_best"
            if verbose:
                print(f"[ner_train] step {i + 1}/{len(phases)}: {ph}", file=sys.stderr)
            if "average" in ph:
                average_pipelines([best[name] for name in ph["average"]], out)
                best[ph["name"]] = prev = out
                continue
            start = prev
            if ph.get("from"):
                name, _, which = ph["from"].partition(":")
                start = last_checkpoint[name] if which == "last" else best[name]
            seed = ph.get("seed")
            overrides = {"training.optimizer.learn_rate": ph["learn_rate"], **ph.get("overrides", {})}
            if seed is not None:
                overrides["system.seed"] = seed
            run_dir = work_dir / f"{i}_{ph['name']}"
            train(corpus, out, config, max_steps=ph["max_steps"], sample=sample, work_dir=run_dir,
                  eval_frequency=ph.get("eval_frequency"), overrides=overrides,
                  verbose=verbose, resume=start, augment=ph.get("augment", 0), seed=seed or 0)
            if start is not None and ph.get("average_with_start"):
                t = float(ph["average_with_start"])
                average_pipelines([out, start], out, [t, 1.0 - t])
                if verbose:
                    print(f"[ner_train] averaged with the step's start ({t}:{1 - t})",
                          file=sys.stderr)
            best[ph["name"]] = prev = out
            last_checkpoint[ph["name"]] = run_dir / "run" / "model-last"
        return Path(output)


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
    p = argparse.ArgumentParser(prog="cnkg.extract.ner_train", description=__doc__.splitlines()[0])
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
    p.add_argument("--augment", type=int, default=0, metavar="N",
                   help="add N mention-replaced copies of every training sentence")
    p.add_argument("--augment-seed", type=int, default=0, metavar="S",
                   help="random seed of the mention replacement (another seed, other copies)")
    p.add_argument("--set", action="append", default=[], metavar="KEY=JSON",
                   help="config override, e.g. --set training.dropout=0.2")
    a = p.parse_args(argv)
    if a.max_steps is None and a.resume is None and not a.augment and not a.set:
        # plain `make train`: the full multi-phase recipe of the committed model
        train_recipe(a.corpus, a.output, a.config, a.work_dir, sample=a.sample)
        return 0
    train(a.corpus, a.output, a.config, a.max_steps, a.sample, a.work_dir,
          a.eval_frequency, _parse_override(a.set), resume=a.resume, augment=a.augment,
          seed=a.augment_seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
