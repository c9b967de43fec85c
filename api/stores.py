"""Opening the store the service serves: the graph layer's KnowledgeStore."""
from __future__ import annotations

from pathlib import Path

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
        if not Path(path).is_dir():
            raise OSError(f"no store at {path}")
        store = ox.Store.read_only(path)
        knowledge = KnowledgeStore.__new__(KnowledgeStore)   # the document layer over that handle
        knowledge.path, knowledge._store = Path(path), store
        return store, knowledge
    knowledge = KnowledgeStore(path)
    return raw_store(knowledge), knowledge


def raw_store(knowledge: KnowledgeStore) -> ox.Store:
    """The pyoxigraph store inside a KnowledgeStore."""
    store = getattr(knowledge, "store", None)
    return store if isinstance(store, ox.Store) else knowledge._store
