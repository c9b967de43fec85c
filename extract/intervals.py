"""A set of character ranges with fast containment look-ups (articles may be megabytes)."""
from __future__ import annotations

import bisect


class IntervalSet:
    """Ranges [start, end) with an optional payload, kept sorted by start."""

    def __init__(self):
        self._items: list[tuple[int, int, object]] = []
        self._starts: list[int] = []
        self._longest = 0

    def add(self, start: int, end: int, payload: object = None) -> None:
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._items.insert(i, (start, end, payload))
        self._longest = max(self._longest, end - start)

    def __iter__(self):
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def _candidates(self, start: int):
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_right(self._starts, start)
        return self._items[lo:hi]

    def containing(self, offset: int) -> list[tuple[int, int, object]]:
        """The ranges that hold ``offset``."""
        return [it for it in self._candidates(offset) if it[0] <= offset < it[1]]

    def covers(self, offset: int) -> bool:
        return bool(self.containing(offset))

    def strictly_contains(self, start: int, end: int) -> bool:
        """Whether another, different range holds all of [start, end)."""
        return any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in self._candidates(start))

    def within(self, start: int, end: int) -> list[tuple[int, int, object]]:
        """The ranges lying inside [start, end)."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return [it for it in self._items[lo:hi] if it[1] <= end]
