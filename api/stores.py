"""Opening the store the service serves: the graph layer's KnowledgeStore."""
from __future__ import annotations

import pyoxigraph as ox

from cnkg.graph.store import MEMORY, KnowledgeStore


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
