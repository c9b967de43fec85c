"""Opening the store the service serves: a directory or ``:memory:`` (the graph layer's
KnowledgeStore around a pyoxigraph store), or the URL of a SPARQL server
(:class:`graph.remote.RemoteStore`, served through :class:`api.remote.RemoteGraph`)."""
from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from cnkg.graph.store import MEMORY, KnowledgeStore
from cnkg.graph.stores import is_remote


def open_store(path: str, *, read_only: bool = False) -> tuple[ox.Store, KnowledgeStore]:
    """(pyoxigraph store, KnowledgeStore around it) for a directory or ``:memory:``.

    The SPARQL protocol needs the raw store (dataset parameters, updates, graph store).
    With ``read_only`` a directory is opened by ``Store.read_only``, which takes no lock:
    any number of processes may read it at once, but none may write it meanwhile
    (pyoxigraph: undefined behaviour), and writes through it fail.

    :raises OSError: when the directory cannot be opened (locked by another process, bad data).
    """
    if read_only and path != MEMORY:
        knowledge = KnowledgeStore(path, read_only=True)
        return knowledge.store, knowledge
    knowledge = KnowledgeStore(path)
    return raw_store(knowledge), knowledge


def raw_store(knowledge: KnowledgeStore) -> ox.Store:
    """The pyoxigraph store inside a KnowledgeStore."""
    return knowledge.store


@dataclass
class Backend:
    """What the service is given to serve: ``store`` answers the SPARQL protocol and the
    entity look-ups, ``knowledge`` the document layer, ``graphs`` the Graph Store (None:
    over ``store``), ``runner`` evaluates queries."""
    store: object
    knowledge: object
    runner: object
    graphs: object | None = None
    precompute_details: bool = True     # every entity's document at start-up (a local store)
    around: object | None = None        # iri -> the store an entity is described from (else ``store``)


def open_backend(settings, knowledge=None) -> Backend:
    """The store of ``settings`` (unless ``knowledge`` is given): a remote store for an
    ``http(s)://`` URL (or a RemoteStore given), else a local one with its query workers."""
    from cnkg.api.sparql import QueryRunner
    from cnkg.graph import union
    from cnkg.graph.remote import RemoteStore

    limits = {"timeout": settings.query_timeout, "max_concurrent": settings.max_concurrent_queries,
              "max_rows": settings.max_rows}
    if knowledge is None and is_remote(settings.store):
        knowledge = RemoteStore(settings.store)
    if isinstance(knowledge, RemoteStore):
        from cnkg.api.remote import RemoteGraph, RemoteRunner
        if not settings.read_only_store:
            knowledge.ensure_union()          # a store written before the union was kept
        graph = RemoteGraph(knowledge, query_timeout=settings.query_timeout)
        return Backend(graph, knowledge, RemoteRunner(graph, **limits), graphs=graph, precompute_details=False,
                       around=graph.around)
    if knowledge is None:
        store, knowledge = open_store(settings.store, read_only=settings.read_only_store)
    else:
        store = raw_store(knowledge)
    if not settings.read_only_store and union.needs_migration(store):
        union.migrate(store)          # named graphs written without their union (graph.union)
    path = getattr(knowledge, "path", None)     # None in memory: queries stay in threads
    runner = QueryRunner(**limits, store=store, store_path=str(path) if path else None,
                         read_only_store=settings.read_only_store,
                         per_client=settings.max_long_queries_per_client)
    return Backend(store, knowledge, runner)
