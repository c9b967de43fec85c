"""The facts an extraction yields, independent of spaCy and of RDF.

``Doc → facts`` lives in :mod:`extract.components` and :mod:`extract.pipeline`;
``facts → RDF`` lives in :mod:`graph.rdf`.  This module is the contract between
them, and :meth:`Extraction.to_json` is the contract with ``../shared/eval``.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from decimal import Decimal


def json_number(value: Decimal | float | None) -> int | float | None:
    """A figure for JSON: an integer when whole (805000000), else its shortest float."""
    if value is None:
        return None
    value = Decimal(str(value)) if isinstance(value, float) else value
    return int(value) if value == value.to_integral_value() else float(value)

ENTITY_TYPES = ("Agency", "Organization", "Person", "Technology", "Goal",
                "Event", "Document", "Place", "Statistic")
PREDICATES = ("subOrganizationOf", "holdsPost", "speaksAt", "locatedIn", "publishedBy",
              "adoptedAt", "hasGoal", "proposes", "involvesTechnology", "promotes")
# Goals and statistics belong to the article that states them; everything else is
# a real-world thing shared across articles (one node however many articles cite it).
DOCUMENT_SCOPED_TYPES = frozenset({"Goal", "Statistic"})

EXTRACTOR_VERSION = "kg-extract/0.1.0"


@dataclass(frozen=True)
class Sentence:
    """A sentence of the article, with character offsets into the article text."""
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """Where an entity is named: character offsets into the article text."""
    start: int
    end: int
    sentence: int


@dataclass
class Entity:
    """A thing the article names.

    ``key`` is the entity's canonical key: equal keys are the same real-world thing,
    in this article and in every other one. It is built by :func:`entity_key`.
    """
    key: str
    type: str
    label: str
    aliases: list[str] = field(default_factory=list)
    label_en: str | None = None
    confidence: float = 1.0
    mentions: list[Mention] = field(default_factory=list)
    # Goal: the passage stating it; Statistic: the clause reporting it
    evidence: str | None = None
    # Statistic: the figure as written ("7.49亿"), as a number, its unit and date
    value_text: str | None = None
    value: Decimal | None = None     # exact (extract.figures.to_number)
    unit: str | None = None
    date: str | None = None
    # Goal: deadline year ("2025") and target figure, when the text gives one
    deadline: str | None = None
    # Agency/Organization units: key of the parent body
    parent: str | None = None

    def add_alias(self, alias: str) -> None:
        if alias and alias != self.label and alias not in self.aliases:
            self.aliases.append(alias)


@dataclass
class Relation:
    """A fact between two entities, traceable to the sentence that states it."""
    subject: str          # entity key
    predicate: str        # one of PREDICATES
    object: str           # entity key
    sentence: int         # index into Extraction.sentences
    confidence: float = 1.0
    post: str | None = None   # holdsPost: the title (司长)

    @property
    def triple(self) -> tuple[str, str, str]:
        return (self.subject, self.predicate, self.object)


@dataclass
class Extraction:
    """Everything extracted from one article."""
    document: str                 # document id (file stem)
    text: str
    title: str | None = None
    source: str | None = None
    date: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    extractor_version: str = EXTRACTOR_VERSION

    @property
    def content_hash(self) -> str:
        return "sha256:" + hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def entity(self, key: str) -> Entity | None:
        for e in self.entities:
            if e.key == key:
                return e
        return None

    def filtered(self, min_confidence: float) -> "Extraction":
        """A copy holding only entities and relations at or above ``min_confidence``."""
        entities = [e for e in self.entities if e.confidence >= min_confidence]
        keys = {e.key for e in entities}
        relations = [r for r in self.relations if r.confidence >= min_confidence
                     and r.subject in keys and r.object in keys]
        return Extraction(self.document, self.text, self.title, self.source, self.date,
                          self.sentences, entities, relations, self.extractor_version)

    def to_json(self) -> dict:
        """The shape of ``../shared/eval/FORMAT.md``."""
        entities = []
        for e in self.entities:
            item: dict = {"id": e.key, "type": e.type, "label": e.label}
            if e.aliases:
                item["aliases"] = list(e.aliases)
            if e.label_en:
                item["label_en"] = e.label_en
            if e.evidence:
                item["evidence"] = e.evidence
            if e.type == "Statistic" and e.value_text is not None:
                item["value"] = e.value_text
                item["number"] = json_number(e.value)
                if e.unit:
                    item["unit"] = e.unit
            if e.type == "Goal" and e.value_text is not None:
                item["target"] = e.value_text
                item["number"] = json_number(e.value)
            if e.date:
                item["date"] = e.date
            if e.deadline:
                item["deadline"] = e.deadline
            item["confidence"] = round(e.confidence, 3)
            entities.append(item)
        relations = []
        for r in self.relations:
            item = {"s": r.subject, "p": r.predicate, "o": r.object}
            if r.post:
                item["post"] = r.post
            item["confidence"] = round(r.confidence, 3)
            item["sentence"] = r.sentence
            relations.append(item)
        return {
            "document": self.document,
            "title": self.title,
            "language": "zh",
            "extractor": self.extractor_version,
            "sentences": [asdict(s) for s in self.sentences],
            "entities": entities,
            "relations": relations,
        }


_KEY_PREFIX = {
    "Agency": "org", "Organization": "org", "Person": "person", "Technology": "tech",
    "Event": "event", "Document": "doc", "Place": "place",
    "Goal": "goal", "Statistic": "stat",
}


def entity_key(type_: str, canonical: str, *, document: str | None = None,
               parent: str | None = None) -> str:
    """The canonical key of an entity, from which its IRI is made.

    Agencies and organisations share one key space (the eval treats them as one),
    units are keyed under their parent (办公厅 of two ministries are two bodies),
    goals and statistics under their document.

    >>> entity_key("Agency", "国家发展改革委")
    'org/国家发展改革委'
    >>> entity_key("Agency", "财政金融和信用建设司", parent="org/国家发展改革委")
    'org/国家发展改革委/财政金融和信用建设司'
    >>> entity_key("Goal", "g3", document="smart-city-expo-2020")
    'goal/smart-city-expo-2020/g3'
    """
    prefix = _KEY_PREFIX[type_]
    if type_ in DOCUMENT_SCOPED_TYPES:
        if not document:
            raise ValueError(f"a {type_} key needs its document")
        return f"{prefix}/{document}/{canonical}"
    if parent:
        return f"{parent}/{canonical}"
    return f"{prefix}/{canonical}"
