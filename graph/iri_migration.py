"""``kg migrate``: rewrite the entity IRIs minted before issue 14 into today's form.

Before, :func:`graph.namespaces.iri_for` percent-encoded every non-ASCII byte
(``kgr:person/%E5%BC%A0%E5%85%B5``); now it keeps Chinese (``kgr:person/张兵``). A store
built before holds the old IRIs, which today's queries, parameters and entity look-ups
no longer match. :func:`migrate` rewrites every quad that names an old IRI — as
subject, predicate, object or graph name (an article whose id is Chinese has an old
graph name), in every named graph and in the default graph, which holds their union
(:mod:`graph.union`): rewriting is one-to-one on IRIs, so the rewritten default graph
is exactly the union of the rewritten named graphs.

One scan over every quad finds those to rewrite; each batch of rewrites is one SPARQL
update (one Oxigraph transaction: the old quads deleted, the new ones inserted, old
graph names dropped). A store whose rewrites fit one batch (:data:`BATCH_QUADS`; a
200-article store of 380,000 quads rewrites 77,000) is migrated in one transaction: all
or nothing. A larger one — one transaction for all would hold every rewrite in memory
at once (500 MB at 200 articles, growing with the store) — is migrated batch by batch, with :data:`MARKER` in the default graph from the first batch
until the last, so a store left half-way (a crash, Ctrl-C) still reads as old
(:func:`needs_migration`) and running ``kg migrate`` again finishes it. Running it on a
migrated store changes nothing.

:func:`needs_migration`, the check run when a store is opened, only samples a few entities of each type and a few graph names, so opening
stays cheap however large the store.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import islice

import pyoxigraph as ox

from cnkg.extract.model import ENTITY_TYPES
from cnkg.graph import union
from cnkg.graph.namespaces import KG, KGR, RDF, canonical_iri

#: rewritten quads (deleted + inserted counted once) per SPARQL update
BATCH_QUADS = 100_000

#: in the default graph while a migration that spans several transactions is under way
MARKER = ox.Quad(ox.NamedNode(KGR + "store"), ox.NamedNode(KG + "iriMigration"), ox.Literal("in progress"),
                 ox.DefaultGraph())

_RDF_TYPE = ox.NamedNode(RDF + "type")
_SAMPLE = 20     # entities per type, and graph names, looked at by needs_migration


def is_old(iri: str) -> bool:
    """Whether a ``kgr:`` IRI was minted the old way: it holds percent escapes that
    :func:`graph.namespaces.iri_for` no longer writes (``%E5%BC%A0`` for 张)."""
    return "%" in iri and iri.startswith(KGR) and canonical_iri(iri) != iri


def needs_migration(store: ox.Store) -> bool:
    """Whether the store (probably) holds old IRIs: a migration left half-way, or an old
    IRI among a sample of entities of every type and of graph names. Cheap: it never
    scans the store (:func:`migrate` does)."""
    if MARKER in store:
        return True
    for graph in islice(store.named_graphs(), _SAMPLE):
        if is_old(graph.value):
            return True
    for type_ in (*ENTITY_TYPES, "Article"):
        quads = store.quads_for_pattern(None, _RDF_TYPE, ox.NamedNode(KG + type_), None)
        if any(isinstance(q.subject, ox.NamedNode) and is_old(q.subject.value) for q in islice(quads, _SAMPLE)):
            return True
    return False


@dataclass
class MigrationReport:
    """What :func:`migrate` did."""
    iris: int = 0            # distinct old IRIs rewritten
    quads: int = 0           # quads rewritten (each deleted in the old form, inserted in the new)
    graphs: int = 0          # graphs that held old IRIs (the default graph included)
    renamed_graphs: int = 0  # article graphs whose name was an old IRI
    transactions: int = 0


Progress = Callable[[int, int, MigrationReport], None]   # (quads scanned, quads in all, report so far)


class _Renamer:
    """Old IRI → new, each IRI's form worked out once."""

    def __init__(self):
        self.renames: dict[str, ox.NamedNode | None] = {}

    def term(self, term):
        """The term in today's form: the same object if nothing changes."""
        if isinstance(term, ox.NamedNode):
            value = term.value
            if "%" not in value:
                return term
            new = self.renames.get(value, False)
            if new is False:
                new = self.renames[value] = ox.NamedNode(canonical_iri(value)) if is_old(value) else None
            return term if new is None else new
        if isinstance(term, ox.Triple):   # RDF 1.2 quoted triples, should a writer have added any
            old = (term.subject, term.predicate, term.object)
            new = tuple(self.term(t) for t in old)
            return term if all(a is b for a, b in zip(new, old)) else ox.Triple(*new)
        return term

    @property
    def count(self) -> int:
        return sum(new is not None for new in self.renames.values())


class _Batch:
    """Quads to delete and their rewritten forms to insert, as one SPARQL update."""

    def __init__(self):
        self.deletes: dict = {}
        self.inserts: dict = {}
        self.quads = 0

    def add(self, old: ox.Quad, new: ox.Quad) -> None:
        self.deletes.setdefault(old.graph_name, []).append(f"{old.subject} {old.predicate} {old.object} .")
        self.inserts.setdefault(new.graph_name, []).append(f"{new.subject} {new.predicate} {new.object} .")
        self.quads += 1

    def update(self, *, drops: Iterable[ox.NamedNode] = (), marker: str | None = None) -> str:
        def data(blocks: dict) -> str:
            return "\n".join(lines if isinstance(g, ox.DefaultGraph) else f"GRAPH {g} {{\n{lines}\n}}"
                             for g, lines in ((g, "\n".join(ls)) for g, ls in blocks.items()))
        marker_triple = f"{MARKER.subject} {MARKER.predicate} {MARKER.object}"
        parts = [f"DELETE DATA {{\n{data(self.deletes)}\n}}",
                 *(f"DROP SILENT GRAPH {g}" for g in drops),   # emptied above or by an earlier batch
                 f"INSERT DATA {{\n{data(self.inserts)}\n}}"]
        if marker == "set":
            parts.append(f"INSERT DATA {{ {marker_triple} }}")
        elif marker == "clear":
            parts.append(f"DELETE DATA {{ {marker_triple} }}")
        return " ;\n".join(parts)


def migrate(store: ox.Store, *, batch_quads: int = BATCH_QUADS,
            progress: Progress | None = None, every: int = 20_000) -> MigrationReport:
    """Rewrite every old IRI in the store into today's form (see the module's doc): one
    scan over all quads, the rewrites applied ``batch_quads`` at a time.

    :param batch_quads: rewritten quads per transaction; a store under it is migrated in one.
    :param progress: called every ``every`` quads scanned and at the end.
    :raises OSError: if the store cannot be written (the batch under way is not applied).
    """
    report = MigrationReport()
    if union.needs_migration(store):     # named graphs without their union: fill it first
        union.migrate(store)
    total = len(store)
    renamer = _Renamer()
    in_progress = MARKER in store        # a run over several transactions that stopped half-way
    batch = _Batch()
    graphs = set()

    def flush(final: bool) -> None:
        nonlocal batch, in_progress
        drops = [g for g in store.named_graphs() if is_old(g.value)] if final else []
        if not (batch.quads or drops or (final and in_progress)):
            return
        if final:
            marker = "clear" if in_progress else None
        else:
            marker = None if in_progress else "set"
        store.update(batch.update(drops=drops, marker=marker))
        report.renamed_graphs += len(drops)
        in_progress = not final
        report.transactions += 1
        batch = _Batch()

    scanned = 0
    for quad in store:    # rewrites only ever touch quads already scanned
        scanned += 1
        terms = (quad.subject, quad.predicate, quad.object, quad.graph_name)
        new_terms = tuple(renamer.term(t) for t in terms)
        if not all(a is b for a, b in zip(new_terms, terms)):
            batch.add(quad, ox.Quad(*new_terms))
            graphs.add(quad.graph_name)
            report.quads += 1
            if batch.quads >= batch_quads:
                flush(final=False)
        if progress and scanned % every == 0:
            progress(scanned, total, report)
    report.iris, report.graphs = renamer.count, len(graphs)
    flush(final=True)
    if progress:
        progress(scanned, total, report)
    return report
