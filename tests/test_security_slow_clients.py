"""Slow and idle clients are cut off (issue 12): half-sent headers and bodies are closed
after their read timeout, idle connections beyond the cap are closed when accepted, and
the service keeps answering. The server runs with ``kg serve``'s uvicorn options."""
from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager

import httpx
import pytest
import uvicorn

from cnkg.api.app import create_app
from cnkg.api.server import GuardedHttpTools, uvicorn_options
from server_fixture import free_port, sample_knowledge, settings_for

pytestmark = pytest.mark.skipif(GuardedHttpTools is None, reason="needs uvicorn's httptools protocol")


@contextmanager
def guarded_server(**limits):
    settings = settings_for(**limits)
    port = free_port()
    config = uvicorn.Config(create_app(settings, knowledge=sample_knowledge()), host="127.0.0.1", port=port,
                            log_level="warning", lifespan="on", **uvicorn_options(settings))
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        assert thread.is_alive(), "uvicorn did not start"
        time.sleep(0.02)
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def read_until_closed(sock: socket.socket) -> bytes:
    """What the server sends before it closes the connection (the test's own bound: 20 s)."""
    sock.settimeout(20)
    data = b""
    while chunk := sock.recv(4096):
        data += chunk
    return data


def test_half_sent_headers_get_408_and_are_closed():
    with guarded_server(header_timeout=0.5, body_timeout=0.5) as port:
        with socket.create_connection(("127.0.0.1", port)) as sock:
            sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ")
            assert read_until_closed(sock).startswith(b"HTTP/1.1 408")
        with socket.create_connection(("127.0.0.1", port)) as sock:     # never a byte
            assert read_until_closed(sock).startswith(b"HTTP/1.1 408")
        assert httpx.get(f"http://127.0.0.1:{port}/health").status_code == 200


def test_a_half_sent_body_is_closed():
    with guarded_server(header_timeout=0.5, body_timeout=0.5, token=False) as port:
        with socket.create_connection(("127.0.0.1", port)) as sock:
            sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                         b"Content-Length: 1000\r\n\r\nSELECT")
            answer = read_until_closed(sock)
            assert b"200 OK" not in answer
        assert httpx.get(f"http://127.0.0.1:{port}/health").status_code == 200


def test_idle_connections_beyond_the_cap_make_room_for_new_clients():
    with guarded_server(header_timeout=5.0, max_connections=20) as port:
        socks = [socket.create_connection(("127.0.0.1", port)) for _ in range(60)]
        time.sleep(0.2)
        # the flood is still within its header timeout, and a new client is answered
        assert httpx.get(f"http://127.0.0.1:{port}/health").status_code == 200
        closed = 0
        for sock in socks:
            sock.settimeout(20)
            try:
                if sock.recv(1) in (b"", b"H"):      # closed to make room, or 408 after the timeout
                    closed += 1
            except ConnectionResetError:
                closed += 1
        assert closed == 60                         # none stays open past the header timeout
        assert GuardedHttpTools.refused_connections >= 40
        for sock in socks:
            sock.close()
        assert httpx.get(f"http://127.0.0.1:{port}/health").status_code == 200


def test_the_oldest_waiting_connection_is_closed_first():
    with guarded_server(header_timeout=5.0, max_connections=3) as port:
        socks = [socket.create_connection(("127.0.0.1", port)) for _ in range(3)]
        time.sleep(0.1)
        with socket.create_connection(("127.0.0.1", port)) as newest:
            newest.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            assert read_until_closed(newest).startswith(b"HTTP/1.1 200")
        socks[0].settimeout(20)
        try:
            assert socks[0].recv(1) == b""           # the first idle one made room
        except ConnectionResetError:
            pass                                      # closed by a reset: made room too
        for sock in socks:
            sock.close()


def test_keep_alive_connections_serve_several_requests():
    with guarded_server(header_timeout=1.0, keep_alive_timeout=5) as port:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
            for _ in range(5):
                assert client.get("/health").status_code == 200
            time.sleep(1.5)                         # idle past the header timeout, within keep-alive
            assert client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True
