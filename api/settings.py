"""Typed service settings: environment variables ``KG_*``, overridden by ``kg serve`` flags.

>>> Settings(store=":memory:").max_rows
10000
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Everything the service reads from its environment, in one place."""

    model_config = SettingsConfigDict(env_prefix="KG_", frozen=True)

    store: str = Field("var/kg", description="store directory, or ':memory:'")
    host: str = "127.0.0.1"
    port: int = 8000
    token_file: Path | None = Field(None, description="file holding the bearer token for writes; none → read-only")
    query_timeout: float = Field(10.0, gt=0, description="seconds before a /sparql query ends with 503")
    max_concurrent_queries: int = Field(2, ge=1, description="/sparql queries evaluated at once; more wait, then 503")
    max_long_queries_per_client: int = Field(1, ge=1, description="queries running over 1 s that one anonymous "
                                              "address may have while others wait; more get 503 + Retry-After")
    max_rows: int = Field(10_000, ge=1, description="rows (or triples) a query may return; more are cut off")
    max_body_bytes: int = Field(5_000_000, ge=1, description="largest request body accepted (413 beyond)")
    header_timeout: float = Field(10.0, gt=0, description="seconds for a request's headers to arrive (from the "
                                                          "connection or the request's first byte); then closed, 408")
    body_timeout: float = Field(30.0, gt=0, description="seconds for a request's body to arrive after its headers; "
                                                        "then the connection is closed")
    keep_alive_timeout: int = Field(5, ge=1, description="seconds an idle kept-alive connection stays open")
    max_connections: int = Field(0, ge=0, description="connections open at once; more are closed when accepted "
                                                      "(0: half the file limit, at most 4096)")
    ingest_timeout: float = Field(300.0, gt=0, description="seconds an ingest (POST/PUT /documents) may wait "
                                  "for and use the extraction worker before 503; the worker is then killed")
    extract_timeout: float = Field(30.0, gt=0, description="seconds before a POST /extract preview ends with 503 "
                                                           "(one preview runs at a time)")
    max_preview_characters: int = Field(200_000, ge=1, description="longest text POST /extract previews "
                                                                   "(POST /documents takes up to 1,000,000)")
    cors_origins: list[str] = Field(default_factory=list, description="origins allowed by CORS (none by default)")
    allow_service: bool = Field(False, description="allow SPARQL SERVICE and LOAD of remote IRIs")
    cache_entries: int = Field(1024, ge=0, description="cached GET responses (dropped on every write); 0 disables")
    read_only_store: bool = Field(False, description="open the store read-only, so several server processes "
                                                     "share it (kg serve --workers N); no writes then")

    def token(self) -> str | None:
        """The write token, read from ``token_file`` (stripped), or None when unset."""
        if self.token_file is None:
            return None
        text = self.token_file.read_text(encoding="utf-8").strip()
        return text or None


@lru_cache
def get_settings() -> Settings:
    """The settings of this process (environment only); tests override the dependency."""
    return Settings()
