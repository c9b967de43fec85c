"""General lexicons: central bodies, posts, technologies, places and surnames.

They are data files in ``extract/lexicons/``; :class:`Lexicon` reads them once and
is saved with the pipeline (``kg_lexicon`` puts it in its ``to_disk`` folder).
Nothing here is keyed to one article: these are facts about the genre.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

LEXICON_DIR = Path(__file__).parent / "lexicons"


@dataclass(frozen=True)
class Term:
    """One lexicon entry: a canonical name with its type, English label and aliases."""
    canonical: str
    type: str                      # Agency, Organization, Technology, Place
    english: str = ""
    aliases: tuple[str, ...] = ()
    kind: str = ""                 # places: country, province, city …

    @property
    def surfaces(self) -> tuple[str, ...]:
        return (self.canonical, *self.aliases)


def _rows(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _aliases(cell: str) -> tuple[str, ...]:
    return tuple(a for a in (cell or "").split("|") if a)


@dataclass
class Lexicon:
    terms: list[Term] = field(default_factory=list)
    posts: list[str] = field(default_factory=list)
    surnames: list[str] = field(default_factory=list)

    @classmethod
    def from_directory(cls, directory: Path | str = LEXICON_DIR) -> "Lexicon":
        directory = Path(directory)
        terms: list[Term] = []
        for row in _rows(directory / "agencies.tsv"):
            canonical, type_, english, *rest = row + [""] * 4
            terms.append(Term(canonical, type_, english, _aliases(rest[0])))
        for row in _rows(directory / "technologies.tsv"):
            canonical, english, *rest = row + [""] * 3
            terms.append(Term(canonical, "Technology", english, _aliases(rest[0])))
        for row in _rows(directory / "places.tsv"):
            canonical, english, kind, *rest = row + [""] * 4
            terms.append(Term(canonical, "Place", english, _aliases(rest[0]), kind))
        posts = [r[0].strip() for r in _rows(directory / "posts.txt")]
        surnames = [r[0].strip() for r in _rows(directory / "surnames.txt")]
        return cls(terms, sorted(set(posts), key=lambda p: (-len(p), p)), surnames)

    # -- persistence (used by the component's to_disk / from_disk)
    def to_json(self) -> dict:
        return {"terms": [asdict(t) for t in self.terms], "posts": self.posts, "surnames": self.surnames}

    @classmethod
    def from_json(cls, data: dict) -> "Lexicon":
        terms = [Term(t["canonical"], t["type"], t.get("english", ""), tuple(t.get("aliases", ())),
                      t.get("kind", "")) for t in data["terms"]]
        return cls(terms, list(data["posts"]), list(data["surnames"]))

    def to_disk(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), ensure_ascii=False), encoding="utf-8")

    @classmethod
    def from_disk(cls, path: Path) -> "Lexicon":
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")))

    # -- lookups
    def by_surface(self) -> dict[str, Term]:
        """Every surface form (canonical or alias) → its term; first entry wins."""
        table: dict[str, Term] = {}
        for term in self.terms:
            for surface in term.surfaces:
                table.setdefault(surface, term)
        return table
