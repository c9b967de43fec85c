"""``kg build DIR --engine ray``: extraction on a Ray cluster (Ray Data, an actor pool).

Each actor loads the extractor once and maps batches of article paths to the same
results as the local engine (:func:`graph.parallel.extract_paths`): N-Quads shards of
each article's graph and its marker. Ray streams them back in order (bounded by Ray
Data's backpressure) and this process writes them with the same writer as the local
engine: new documents bulk-loaded, changed ones replaced in one transaction each.
So a local build and a Ray build of the same articles give the same dataset.

Cluster: ``RAY_ADDRESS`` (``ray://head:10001`` or ``head:6379``) connects to a running
cluster; without it a local one with ``--workers`` CPUs starts on 127.0.0.1 and stops
at the end. The actors read the article files themselves, so on a real cluster the
paths must be readable on every node (a shared file system mounted at the same path).
"""
from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator

from cnkg.errors import KgError
from cnkg.graph.parallel import CHUNK, Built, Failed, Job, LazyExtractor, Result, Skipped, extract_paths

MISSING = "--engine ray needs Ray: pip install 'cn-policy-kg[distributed]' (or pip install 'ray[data]')"
_KINDS = {"built": Built, "skipped": Skipped, "failed": Failed}


class _ExtractActor:
    """A Ray Data actor: holds the pipeline, maps a batch of paths to result columns."""

    def __init__(self, load_extractor: Callable, job: Job):
        self.extractor = LazyExtractor(load_extractor)
        self.job = job

    def __call__(self, batch: dict) -> dict:
        results = extract_paths(self.extractor, [str(p) for p in batch["path"]], self.job)
        return to_columns(results)


def to_columns(results: list[Result]) -> dict[str, list]:
    cols: dict[str, list] = {k: [] for k in ("kind", "path", "document", "body", "marker", "quads", "message")}
    for r in results:
        kind = {Built: "built", Skipped: "skipped", Failed: "failed"}[type(r)]
        cols["kind"].append(kind)
        cols["path"].append(r.path)
        cols["document"].append(getattr(r, "document", ""))
        cols["body"].append(getattr(r, "body", b""))
        cols["marker"].append(getattr(r, "marker", b""))
        cols["quads"].append(getattr(r, "quads", 0))
        cols["message"].append(getattr(r, "message", ""))
    return cols


def from_columns(batch: dict) -> Iterator[Result]:
    for i, kind in enumerate(batch["kind"]):
        path = str(batch["path"][i])
        if kind == "built":
            yield Built(path, str(batch["document"][i]), bytes(batch["body"][i]),
                        bytes(batch["marker"][i]), int(batch["quads"][i]))
        elif kind == "skipped":
            yield Skipped(path, str(batch["document"][i]))
        else:
            yield Failed(path, str(batch["message"][i]))


def _import_ray():
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        raise KgError(MISSING) from None
    return ray


def ray_results(paths: list[str], job: Job, load_extractor: Callable, *,
                workers: int = 2, chunk: int = CHUNK) -> Iterator[Result]:
    """Results in path order, extracted by ``workers`` Ray actors."""
    ray = _import_ray()
    started = False
    if not ray.is_initialized():
        address = os.environ.get("RAY_ADDRESS")
        options = dict(include_dashboard=False, log_to_driver=False, configure_logging=False)
        if address:
            ray.init(address=address, **options)
        else:
            ray.init(num_cpus=max(workers, 1), _node_ip_address="127.0.0.1", **options)
        started = True
    try:
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True     # deterministic: last file wins
        context.enable_progress_bars = False     # kg build draws its own
        logging.getLogger("ray.data").setLevel(logging.WARNING)
        blocks = min(max(workers, -(-len(paths) // chunk)), 1000)   # every actor gets work
        ds = ray.data.from_items([{"path": p} for p in paths], override_num_blocks=blocks)
        ds = ds.map_batches(_ExtractActor, fn_constructor_args=(load_extractor, job),
                            batch_size=chunk, num_cpus=1,
                            compute=ray.data.ActorPoolStrategy(size=max(workers, 1)))
        for batch in ds.iter_batches(batch_size=chunk, batch_format="numpy"):
            yield from from_columns(batch)
    finally:
        if started:
            ray.shutdown()
