"""Opening a store from what the user gave ``--store``: a directory, ``:memory:``, or
the URL of a SPARQL 1.1 endpoint."""
from __future__ import annotations

import os


def is_remote(spec: str | os.PathLike | None) -> bool:
    return isinstance(spec, str) and spec.startswith(("http://", "https://"))


def open_store(spec: str | os.PathLike | None, *, create: bool = True):
    """:class:`graph.remote.RemoteStore` for an ``http(s)://`` URL, else
    :class:`graph.store.KnowledgeStore` (``create``: make a missing directory).

    >>> open_store(":memory:")
    KnowledgeStore(':memory:')
    >>> open_store("http://127.0.0.1:7878/query")
    RemoteStore('http://127.0.0.1:7878/query')
    """
    if is_remote(spec):
        from cnkg.graph.remote import RemoteStore
        return RemoteStore(spec)
    from cnkg.graph.store import KnowledgeStore
    return KnowledgeStore(spec, create=create)
