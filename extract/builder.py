"""Doc → facts: turn the candidate spans of a processed Doc into an :class:`Extraction`.

:class:`FactBuilder` is the driver: it runs the fact rules (extract/rules/) in order over
one :class:`~cnkg.extract.rules.context.FactContext`, then the two learned hooks
(extract/goal_model.py, extract/attribution.py) where their models are committed:
sentences → events and documents → officials and bodies → lexicon and NER names →
persons → speakers → goals → statistics → relations that need several of these.
"""
from __future__ import annotations

from spacy.tokens import Doc

from cnkg.extract import attribution, goal_model
from cnkg.extract.lexicon import Lexicon
from cnkg.extract.model import Extraction
from cnkg.extract.rules import bodies, events_documents, goals, names, officials, speakers, statistics
from cnkg.extract.rules.context import FactContext


class FactBuilder(FactContext):
    """The fact rules in order over one :class:`FactContext` (extract/rules/context.py)."""

    def __init__(self, doc: Doc, lexicon: Lexicon, *, document: str, title: str | None = None,
                 ner_spans_key: str = "kg_ner", goal_model=None, attribution_model=None):
        super().__init__(doc, lexicon, document=document, title=title, ner_spans_key=ner_spans_key)
        self.goal_model = goal_model
        self.attribution_model = attribution_model

    def build(self) -> Extraction:
        self.read_sentences()
        events_documents.find_events_and_documents(self)
        officials.find_officials(self)
        officials.find_reporters(self)
        bodies.find_bodies_in_running_text(self)
        bodies.attach_short_party_units(self)
        names.find_lexicon_entities(self)
        bodies.attach_party_committees(self)
        names.find_statistical_entities(self)
        bodies.merge_short_body_names(self)
        officials.place_school_posts(self)
        officials.find_person_mentions(self)
        bodies.resolve_body_references(self)
        speakers.find_speakers(self)
        goals.find_enumerated_goals(self)
        goals.find_clause_goals(self)
        self.find_model_goals()
        statistics.find_statistics(self)
        events_documents.relate_events_and_documents(self)
        self.attribute_goals()
        goals.relate_goals_to_technologies(self)
        officials.key_persons_by_body(self)
        return Extraction(document=self.document, text=self.text, title=self.title,
                          sentences=self.sentences, entities=list(self.reg),
                          relations=list(self.relations.values()))

    def attribute_goals(self) -> None:
        """Who has and who proposes each goal, decided by the learned attribution model
        (extract/attribution.py) over every candidate, the rules' choices among its features."""
        if self.attribution_model is not None:
            attribution.attribute(self.text, list(self.reg), self.relations, self.sentences,
                                  self.attribution_model)

    def find_model_goals(self) -> None:
        """Goal clauses the rules missed, where the learned clause model (extract/goal_model.py,
        trained on the corpus) is confident; nothing without a committed model."""
        if self.goal_model is not None:
            goal_model.add_model_goals(self, self.goal_model)
