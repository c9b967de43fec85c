"""The one interface every knowledge store offers: the local Oxigraph store
(:class:`graph.store.KnowledgeStore`) and a SPARQL server (:class:`graph.remote.RemoteStore`).

``kg`` and the build engine call these methods and nothing else, so neither has to
probe a store for what it can do (``getattr``) or build one around a raw handle.

>>> from cnkg.graph.store import KnowledgeStore
>>> isinstance(KnowledgeStore(None), KnowledgeBase)
True
"""
from __future__ import annotations

from typing import Protocol, runtime_checkable

import pyoxigraph as ox


@runtime_checkable
class DocumentWriter(Protocol):
    """Writes built documents (:class:`graph.writes.Built`) one promise at a time:
    after :meth:`close`, each added document's graph is whole, marker included."""

    def add(self, doc) -> None: ...

    def flush(self) -> None: ...

    def close(self) -> None: ...


@runtime_checkable
class KnowledgeBase(Protocol):
    """A store of one named graph per article (``kgr:article/<id>``), each complete iff
    it holds its ``kg:contentHash`` marker; the default graph of :meth:`query` is the
    union of the article graphs."""

    # ------------------------------------------------------------- writing
    def replace_document(self, extraction) -> int:
        """Replace one article's graph; returns the quads written."""

    def remove_document(self, document: str) -> bool:
        """Drop one article's graph; returns whether it was there."""

    def document_writer(self, **options) -> DocumentWriter:
        """The writer ``kg build`` streams built documents into."""

    def repair_incomplete(self) -> list[str]:
        """Remove article graphs left without their marker (an interrupted build);
        returns their IRIs."""

    def flush(self) -> None:
        """Make every finished write durable."""

    # ------------------------------------------------------------- reading
    def query(self, sparql: str, substitutions: dict | None = None):
        """SPARQL over the union of the article graphs (prefixes predeclared)."""

    def documents(self) -> list:
        """The complete articles (:class:`graph.store.DocumentInfo`), by document id."""

    def has_content_hash(self, content_hash: str, *, extractor_version: str | None = None) -> bool:
        """Whether a complete article was built from text with this hash."""

    def quads(self, graph=None) -> list[ox.Quad]:
        """Every quad of the article graphs, or of one (an IRI or a document id)."""

    def export(self, format: str = "nquads", graph=None) -> bytes:
        """The canonical serialisation of :meth:`quads`."""

    def stats(self):
        """Counts (:class:`graph.store.StoreStats`) over the article graphs."""

    def validate(self, graph=None) -> tuple[bool, str]:
        """SHACL validation: ``(conforms, report)``."""

    def label_store(self) -> ox.Store:
        """A pyoxigraph store holding at least every entity's types, labels and
        aliases: what the label index (``kg search``, ``/entities?q=``) is built from."""
