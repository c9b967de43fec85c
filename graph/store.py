"""A thin layer over :class:`pyoxigraph.Store`: one named graph per article.

Open, replace an article's graph in one transaction, query with the union of all
graphs as the default graph, export canonically, count, validate.

>>> kb = KnowledgeStore(None)   # in memory; a directory path for on disk
>>> kb.documents()
[]
>>> bool(kb.query("ASK { ?s ?p ?o }"))
False
"""
from __future__ import annotations

import gc
import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import (DefaultGraph, Literal, NamedNode, Quad, QueryBoolean, QuerySolutions, QueryTriples,
                        Store, Variable)

from cnkg.errors import KgError
from cnkg.extract.model import ENTITY_TYPES, PREDICATES, Extraction
from cnkg.graph.namespaces import KG, PREFIXES, article_iri
from cnkg.graph.rdf import extraction_to_quads
from cnkg.graph import iri_migration, union
from cnkg.graph.serialize import FORMATS, serialize_quads, union_triples
from cnkg.graph.writes import StoreWriter, replace_graph_update, repair_local
from cnkg.ontology import ONTOLOGY, SHAPES

MEMORY = ":memory:"

_VALUES_TYPES = " ".join(f"kg:{t}" for t in ENTITY_TYPES)
_VALUES_PREDICATES = " ".join(f"kg:{p}" for p in PREDICATES)

_Q_DOCUMENTS = """
SELECT ?graph ?document ?hash ?version ?title ?date ?source WHERE {
  GRAPH ?graph {
    ?graph a kg:Article ; kg:documentId ?document ; kg:contentHash ?hash ;
           kg:extractorVersion ?version .
    OPTIONAL { ?graph dcterms:title ?title }
    OPTIONAL { ?graph dcterms:date ?date }
    OPTIONAL { ?graph dcterms:source ?source }
  }
} ORDER BY ?document
"""
_Q_HAS_HASH = "ASK { GRAPH ?graph { ?graph kg:contentHash ?hash ; kg:extractorVersion ?version } }"
_Q_ENTITIES = f"""
SELECT ?type (COUNT(DISTINCT ?entity) AS ?n) WHERE {{
  VALUES ?type {{ {_VALUES_TYPES} }}
  ?entity a ?type .
}} GROUP BY ?type
"""
_Q_RELATIONS = f"""
SELECT ?p (COUNT(*) AS ?n) WHERE {{
  SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ {_VALUES_PREDICATES} }} ?s ?p ?o }}
}} GROUP BY ?p
"""

#: distinct triples over all named graphs (a remote store's union may repeat them)
_Q_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"


@dataclass(frozen=True)
class DocumentInfo:
    """One article in the store: its id, graph IRI and metadata."""
    document: str
    graph: str
    content_hash: str
    extractor_version: str
    title: str | None = None
    date: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class StoreStats:
    """Counts over the union graph (``entities`` and ``relations`` list every type and
    predicate of FORMAT.md, zeros included)."""
    entities: dict[str, int] = field(default_factory=dict)
    relations: dict[str, int] = field(default_factory=dict)
    graphs: int = 0
    triples: int = 0   # distinct triples of the union graph
    quads: int = 0     # quads stored (a triple repeated in two graphs counts twice)

    def to_dict(self) -> dict:
        return {"entities": dict(self.entities), "relations": dict(self.relations),
                "graphs": self.graphs, "triples": self.triples, "quads": self.quads}


def _value(term) -> str | None:
    return None if term is None else term.value


def _document_infos(rows) -> list[DocumentInfo]:
    return [DocumentInfo(document=r["document"].value, graph=r["graph"].value,
                         content_hash=r["hash"].value, extractor_version=r["version"].value,
                         title=_value(r["title"]), date=_value(r["date"]), source=_value(r["source"]))
            for r in rows]


class KnowledgeStore:
    """The knowledge graph: one named graph per article, over a pyoxigraph store
    (implements :class:`graph.protocol.KnowledgeBase`).

    :param path: a directory (created if missing) for an on-disk store; ``None`` or
        ``":memory:"`` for an in-memory one.
    :param create: if false, a missing directory raises :class:`cnkg.errors.KgError`
        instead of creating an empty store (what ``kg query`` wants).
    :param read_only: open an existing directory with ``Store.read_only`` (no lock:
        any number of processes may read it, none may write it meanwhile; writes
        through this store fail).
    :raises OSError: if the directory holds something else or is locked by another
        process (RocksDB allows one read-write opener).

    >>> kb = KnowledgeStore(":memory:")
    >>> kb.stats().graphs
    0
    """

    def __init__(self, path: str | os.PathLike | None = None, *, create: bool = True,
                 read_only: bool = False):
        if read_only and (path is None or str(path) == MEMORY):
            raise KgError("an in-memory store cannot be opened read-only")
        if read_only:
            self.path = Path(path)
            if not self.path.is_dir():
                raise OSError(f"no store at {self.path}")
            self._store = Store.read_only(str(self.path))
        elif path is None or str(path) == MEMORY:
            self.path: Path | None = None
            self._store = Store()
        else:
            self.path = Path(path)
            if not create and not self.path.is_dir():
                raise KgError(f"no store at {self.path} (build one with: kg build ARTICLES --store {self.path})")
            if create:   # RocksDB makes the store's own directory, not missing ones above it (var/ in a fresh clone)
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self._store = Store(str(self.path))
        if iri_migration.needs_migration(self._store):   # entity IRIs minted before issue 14
            self._store = None     # let go of the store (and RocksDB's lock) before saying so
            raise KgError(f"the store at {self.path} holds entity IRIs in the old percent-encoded form "
                          f"(kgr:person/%E5%BC%A0…, before kgr:person/张兵): run `kg migrate --store {self.path}` "
                          "once to rewrite them")
        if union.needs_migration(self._store):   # written before the default graph held the union
            if read_only:
                raise KgError(f"the store at {self.path} predates the union default graph (graph/union.py): "
                              "open it once for writing (kg build, kg stats) to bring it up to date")
            union.migrate(self._store)

    @property
    def store(self) -> Store:
        """The underlying :class:`pyoxigraph.Store` (for the SPARQL protocol and graph
        store endpoints). Writes through it bypass the one-graph-per-article contract."""
        return self._store

    def __repr__(self) -> str:
        return f"KnowledgeStore({str(self.path) if self.path else MEMORY!r})"

    def __enter__(self) -> "KnowledgeStore":
        return self

    def __exit__(self, *exc) -> None:
        self.flush()

    def flush(self) -> None:
        """Make sure every write is on disk (no-op in memory)."""
        if self.path is not None:
            self._store.flush()

    def __len__(self) -> int:
        """The number of quads in the named graphs (the derived union is not counted)."""
        return len(self._store) - union.default_graph_size(self._store)

    # ------------------------------------------------------------- writing

    def replace_document(self, extraction: Extraction) -> int:
        """Replace the article's named graph (``kgr:article/<doc>``) with the graph of
        ``extraction``, in one transaction: on any error the store is left as it was.

        :return: the number of quads written.
        :raises graph.rdf.InvalidExtraction: (a ValueError) if the extraction cannot be
            mapped — raised before anything is written.
        :raises OSError: if the store cannot be written.
        """
        quads = extraction_to_quads(extraction)
        self._store.update(replace_graph_update(article_iri(extraction.document), quads))
        return len(quads)

    def remove_document(self, document: str) -> bool:
        """Remove an article's named graph. Returns whether it was there."""
        graph = article_iri(document)
        if not self._store.contains_named_graph(graph):
            return False
        self._store.update(union.retract_and_drop(graph))
        return True

    def document_writer(self, **options):
        """The writer ``kg build`` uses (:class:`graph.writes.StoreWriter`: bulk loads,
        markers last)."""
        return StoreWriter(self, **options)

    def repair_incomplete(self) -> list[str]:
        """Remove article graphs a crashed bulk load left without their marker."""
        return repair_local(self._store)

    # ------------------------------------------------------------- reading

    def label_store(self) -> Store:
        """The store itself: it holds every type, label and alias."""
        return self._store

    def documents(self) -> list[DocumentInfo]:
        """The articles in the store, ordered by document id."""
        return _document_infos(self.query(_Q_DOCUMENTS))

    def document(self, document: str) -> DocumentInfo | None:
        """The article with this id, or None."""
        rows = self.query(_Q_DOCUMENTS, {Variable("graph"): article_iri(document)})
        return next(iter(_document_infos(rows)), None)

    def has_content_hash(self, content_hash: str, *, extractor_version: str | None = None) -> bool:
        """Whether some article graph was built from text with this hash (``sha256:…``),
        and, if ``extractor_version`` is given, by that extractor."""
        subs = {Variable("hash"): Literal(content_hash)}
        if extractor_version is not None:
            subs[Variable("version")] = Literal(extractor_version)
        return bool(self.query(_Q_HAS_HASH, subs))

    def query(self, sparql: str, substitutions: dict | None = None
              ) -> QuerySolutions | QueryBoolean | QueryTriples:
        """Run a SPARQL query; the default graph is the union of all article graphs,
        each triple once (:mod:`graph.union`).

        The prefixes of :data:`graph.namespaces.PREFIXES` (``kg:``, ``kgr:``, ``org:`` …)
        are predeclared. Values enter through ``substitutions``
        (``{Variable("x"): term}``, see :mod:`queries.registry`), never by formatting
        strings; a substituted variable must be in the SELECT projection.

        :raises SyntaxError: if the query is malformed (the message gives line:column).
        :raises OSError: if the store cannot be read.
        """
        return self._store.query(sparql, prefixes=PREFIXES, substitutions=substitutions or None)

    def quads(self, graph: str | NamedNode | None = None) -> list[Quad]:
        """All quads of the named graphs, or those of one graph (an IRI or a document id).
        The default graph (their union, :mod:`graph.union`) is derived and left out."""
        return [q for q in self._store.quads_for_pattern(None, None, None, self._graph(graph))
                if not isinstance(q.graph_name, DefaultGraph)]

    def _graph(self, graph: str | NamedNode | None) -> NamedNode | None:
        if graph is None:
            return None
        if isinstance(graph, str):
            try:
                graph = NamedNode(graph) if ":" in graph else article_iri(graph)
            except ValueError as exc:
                raise KgError(f"not a graph IRI: {graph!r} ({exc})") from None
        if not self._store.contains_named_graph(graph):
            raise KgError(f"no graph {graph.value} in the store")
        return graph

    def export(self, format: str = "nquads", graph: str | NamedNode | None = None) -> bytes:
        """The store (or one graph, an IRI or a document id) serialised canonically.

        ``format`` is ``turtle`` (union of triples, no graph names), ``trig``,
        ``nquads`` (sorted lines: two builds of the same articles give identical
        bytes) or ``jsonld``.

        :raises cnkg.errors.KgError: for an unknown format or graph.
        """
        if format not in FORMATS:
            raise KgError(f"unknown export format {format!r} (one of {', '.join(FORMATS)})")
        return serialize_quads(self.quads(graph), format)

    def stats(self) -> StoreStats:
        """Entities per type, relations per predicate, graphs, triples and quads."""
        entities = dict.fromkeys(ENTITY_TYPES, 0)
        for r in self.query(_Q_ENTITIES):
            entities[r["type"].value[len(KG):]] = int(r["n"].value)
        relations = dict.fromkeys(PREDICATES, 0)
        for r in self.query(_Q_RELATIONS):
            relations[r["p"].value[len(KG):]] = int(r["n"].value)
        triples = union.default_graph_size(self._store)
        return StoreStats(entities, relations, graphs=sum(1 for _ in self._store.named_graphs()),
                          triples=triples, quads=len(self._store) - triples)

    def validate(self, graph: str | NamedNode | None = None) -> tuple[bool, str]:
        """Check the union graph (or one graph) against ``ontology/shapes.ttl`` with the
        ontology mixed in (pySHACL, no inference).

        :return: ``(conforms, report text)``.
        """
        import pyshacl
        import rdflib
        from pyoxigraph import RdfFormat, serialize

        data = rdflib.Graph()
        data.parse(data=serialize(union_triples(self.quads(graph)), format=RdfFormat.N_TRIPLES),
                   format="nt")
        with warnings.catch_warnings():  # rdflib deprecations raised inside pySHACL, thousands of them
            warnings.simplefilter("ignore", DeprecationWarning)
            conforms, _, text = pyshacl.validate(
                data, shacl_graph=str(SHAPES), ont_graph=str(ONTOLOGY),
                shacl_graph_format="turtle", ont_graph_format="turtle", inference="none")
        # pySHACL leaves a reference cycle through its stack frames, which reaches this
        # frame and so this store: collect it now, or an on-disk store stays locked
        # (RocksDB allows one opener per process) until the next garbage collection.
        gc.collect()
        return bool(conforms), text
