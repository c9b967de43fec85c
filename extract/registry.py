"""One node per real thing: the entities of one article, found by any of their names."""
from __future__ import annotations

import re
import unicodedata

from cnkg.extract.model import DOCUMENT_SCOPED_TYPES, Entity, Mention, entity_key

# the eval treats a public body and another organisation as one kind of thing
_GROUP = {"Agency": "org", "Organization": "org"}
_SPACE_QUOTES = re.compile(r"[\s《》〈〉“”\"'‘’「」『』]")


def normalise(surface: str) -> str:
    """The form names are compared in: NFKC, lower case, no spaces, quotes or 《》."""
    return _SPACE_QUOTES.sub("", unicodedata.normalize("NFKC", surface)).lower()


def group(type_: str) -> str:
    return _GROUP.get(type_, type_)


class EntityRegistry:
    """The entities of one article, indexed by every surface form they are known by."""

    def __init__(self, document: str):
        self.document = document
        self.entities: dict[str, Entity] = {}
        self._by_surface: dict[tuple[str, str], str] = {}
        self._counter: dict[str, int] = {}
        # id(entity) → (entity, its mentions as a set, list length when synced): a repeated
        # mention is found in O(1), so a name repeated 100,000 times is not quadratic
        self._mention_sets: dict[int, tuple[Entity, set[Mention], int]] = {}

    def __iter__(self):
        return iter(self.entities.values())

    def find(self, surface: str, type_: str | None = None) -> Entity | None:
        """The entity known by ``surface`` (of ``type_``'s group, or of any type)."""
        n = normalise(surface)
        groups = [group(type_)] if type_ else ["org", "Person", "Technology", "Event",
                                               "Document", "Place", "Goal", "Statistic"]
        for g in groups:
            key = self._by_surface.get((g, n))
            if key:
                return self.entities[key]
        return None

    def add(self, type_: str, label: str, *, aliases=(), label_en: str | None = None,
            confidence: float = 1.0, mention: Mention | None = None,
            parent: str | None = None, canonical: str | None = None, distinct: bool = False) -> Entity:
        """Add an entity, or return the one already known by its label or an alias
        (``distinct``: always a new one, e.g. a second figure under the same label).

        A repeated sighting keeps the highest confidence and gains the new aliases.
        """
        surfaces = [label, *aliases]
        existing = None if distinct else next((e for s in surfaces if (e := self.find(s, type_)) is not None), None)
        if existing is None:
            if type_ in DOCUMENT_SCOPED_TYPES:
                self._counter[type_] = self._counter.get(type_, 0) + 1
                canonical = f"{type_[0].lower()}{self._counter[type_]}"
                key = entity_key(type_, canonical, document=self.document)
            else:
                key = entity_key(type_, canonical or label, parent=parent)
            if key in self.entities:   # same canonical key under another label
                existing = self.entities[key]
            else:
                existing = Entity(key=key, type=type_, label=label, label_en=label_en,
                                  confidence=confidence, parent=parent)
                self.entities[key] = existing
        existing.confidence = max(existing.confidence, confidence)
        if existing.label_en is None and label_en:
            existing.label_en = label_en
        for s in surfaces:
            existing.add_alias(s)
            self._by_surface.setdefault((group(existing.type), normalise(s)), existing.key)
        if mention is not None and not self._has_mention(existing, mention):
            existing.mentions.append(mention)
        return existing

    def _has_mention(self, entity: Entity, mention: Mention) -> bool:
        record = self._mention_sets.get(id(entity))
        if record is None or record[0] is not entity or record[2] != len(entity.mentions):
            seen = set(entity.mentions)      # first look, or mentions added elsewhere: resync
        else:
            seen = record[1]
        found = mention in seen
        if not found:
            seen.add(mention)
        # the caller appends the mention when it was not found
        self._mention_sets[id(entity)] = (entity, seen, len(entity.mentions) + (not found))
        return found

    def remove(self, entity: Entity) -> None:
        """Forget an entity: its names no longer find it, and no unit has it as parent."""
        del self.entities[entity.key]
        self._by_surface = {k: v for k, v in self._by_surface.items() if v != entity.key}
        for e in self.entities.values():
            if e.parent == entity.key:
                e.parent = None

    def rekey(self, mapping: dict[str, str]) -> None:
        """Entities were given new keys (old → new): follow them in the surface index."""
        self._by_surface = {k: mapping.get(v, v) for k, v in self._by_surface.items()}
        for e in self.entities.values():
            if e.parent in mapping:
                e.parent = mapping[e.parent]

    def merge(self, keep: Entity, gone: Entity) -> None:
        """``gone`` is another name of ``keep``: its names and mentions move over and it is removed
        (the caller rewrites relations that point to it)."""
        for s in (gone.label, *gone.aliases):
            keep.add_alias(s)
        for m in gone.mentions:
            if not self._has_mention(keep, m):
                keep.mentions.append(m)
        keep.confidence = max(keep.confidence, gone.confidence)
        keep.parent = keep.parent or (gone.parent if gone.parent != keep.key else None)
        del self.entities[gone.key]
        self.rekey({gone.key: keep.key})

    def alias(self, entity: Entity, surface: str) -> None:
        entity.add_alias(surface)
        self._by_surface.setdefault((group(entity.type), normalise(surface)), entity.key)

    def of_type(self, *types: str) -> list[Entity]:
        return [e for e in self.entities.values() if e.type in types]
