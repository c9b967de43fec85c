"""Opening the store the service serves: the graph layer's KnowledgeStore."""
from __future__ import annotations

import pyoxigraph as ox

from graph.store import KnowledgeStore


def open_store(path: str) -> tuple[ox.Store, KnowledgeStore]:
    """(pyoxigraph store, KnowledgeStore around it) for a directory or ``:memory:``.

    The SPARQL protocol needs the raw store (dataset parameters, updates, graph store).

    :raises OSError: when the directory cannot be opened (locked by another process, bad data).
    """
    knowledge = KnowledgeStore(path)
    return raw_store(knowledge), knowledge


def raw_store(knowledge: KnowledgeStore) -> ox.Store:
    """The pyoxigraph store inside a KnowledgeStore."""
    store = getattr(knowledge, "store", None)
    return store if isinstance(store, ox.Store) else knowledge._store
