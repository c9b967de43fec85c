"""A response cache for read-only GETs, as pure ASGI middleware in front of the routers.

The graph only changes through this process's own writes (SPARQL update, Graph Store
PUT/POST/DELETE, documents), each of which bumps ``Service.generation``; a cached
response is served only while the generation it was made under is current. So a
repeated query costs a dictionary lookup instead of routing, dependency injection,
a worker-thread hop and evaluation — the framework, not the store, is the ceiling.

Only 200 responses to GET on the read endpoints are kept, keyed by path, query
string and Accept header, up to ``Settings.cache_entries`` (least recently used
dropped first); bodies over 256 KiB are not kept.
"""
from __future__ import annotations

from collections import OrderedDict

CACHEABLE = ("/sparql", "/entities", "/paths", "/queries/")
MAX_BODY = 256 * 1024


class ResponseCache:
    """Pure ASGI middleware; ``entries`` = 0 turns it off."""

    def __init__(self, app, entries: int):
        self.app = app
        self.entries = entries
        self._cache: OrderedDict[tuple, tuple] = OrderedDict()

    async def __call__(self, scope, receive, send):
        if (self.entries == 0 or scope["type"] != "http" or scope["method"] != "GET"
                or not scope["path"].startswith(CACHEABLE)):
            return await self.app(scope, receive, send)
        accept = b""
        for name, value in scope["headers"]:
            if name == b"accept":
                accept = value
                break
        key = (scope["path"], scope["query_string"], accept)
        generation = scope["app"].state.service.generation
        hit = self._cache.get(key)
        if hit is not None and hit[0] == generation:
            self._cache.move_to_end(key)
            await send({"type": "http.response.start", "status": 200, "headers": hit[1]})
            await send({"type": "http.response.body", "body": hit[2]})
            return
        start: dict = {}
        chunks: list[bytes] = []

        async def capture(message):
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body") and start.get("status") == 200:
                    body = b"".join(chunks)
                    if len(body) <= MAX_BODY:
                        self._cache[key] = (generation, list(start["headers"]), body)
                        if len(self._cache) > self.entries:
                            self._cache.popitem(last=False)
            await send(message)

        await self.app(scope, receive, capture)
