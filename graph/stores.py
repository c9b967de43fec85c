"""Opening a store from what the user gave ``--store``: a directory, ``:memory:``, or
the URL of a SPARQL 1.1 endpoint."""
from __future__ import annotations

import os
import urllib.parse


def is_remote(spec: str | os.PathLike | None) -> bool:
    return isinstance(spec, str) and spec.startswith(("http://", "https://"))


def redacted(spec: str | os.PathLike | None) -> str:
    """The store as it may be printed: a URL's password replaced by ``***``.

    >>> redacted("http://kg:secret@127.0.0.1:8890/sparql-auth")
    'http://kg:***@127.0.0.1:8890/sparql-auth'
    """
    text = str(spec)
    if not is_remote(text):
        return text
    parts = urllib.parse.urlsplit(text)
    if parts.password is None:
        return text
    netloc = f"{parts.username}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


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
