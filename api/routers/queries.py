"""``/queries``: the named queries of ``queries/`` (placeholder until the registry lands)."""
from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(prefix="/queries", tags=["queries"])
