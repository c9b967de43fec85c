"""Server fixtures for the API tests: an app over a hand-made store, and a live uvicorn.

``live_server`` runs the real stack (uvicorn, uvloop/httptools when installed) on a
free loopback port in a thread, so real clients (SPARQLWrapper, rdflib, a browser)
talk HTTP to it.
"""
from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import uvicorn

from cnkg.api.app import create_app
from cnkg.api.settings import Settings
from cnkg.graph.store import KnowledgeStore
from sample_extraction import sample_extraction

TOKEN = "test-token-0123456789"


def sample_knowledge() -> KnowledgeStore:
    """An in-memory store holding the sample article (陈洪宛, the expo, a goal …)."""
    kb = KnowledgeStore(":memory:")
    kb.replace_document(sample_extraction())
    return kb


def settings_for(tmp_path: Path | None = None, *, token: bool = False, **overrides) -> Settings:
    """Settings for a test app; with ``token`` a token file under ``tmp_path`` is configured."""
    values = {"store": ":memory:", **overrides}
    if token:
        assert tmp_path is not None
        path = tmp_path / "token"
        path.write_text(TOKEN + "\n", encoding="utf-8")
        values["token_file"] = path
    return Settings(**values)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def live_server(app, *, port: int | None = None):
    """Serve ``app`` with uvicorn on 127.0.0.1 in a thread; yields the base URL."""
    port = port or free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
