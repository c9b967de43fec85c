"""Doc → facts: turn the candidate spans of a processed Doc into an :class:`Extraction`.

:class:`FactBuilder` is the driver: it runs the fact rules (extract/rules/) in order over
one :class:`~cnkg.extract.rules.context.FactContext`, and the two learned hooks
(extract/goal_model.py, extract/attribution.py,
extract/relations_model.py) where their models are committed:
sentences → events and documents → officials and bodies → lexicon and NER names →
persons → speakers → goals → statistics → relations that need several of these → the
learned pair classifier's additions and vetoes.
"""
from __future__ import annotations

import copy

from spacy.tokens import Doc

from cnkg.extract import attribution, figure_model, goal_model, relations_model
from cnkg.extract.lexicon import Lexicon
from cnkg.extract.model import Extraction
from cnkg.extract.rules import (agreements, bodies, events_documents, goals, names, officials, proposals, reports,
                                responsible_units, speakers, statistics, title_document)
from cnkg.extract.rules.context import FactContext


class FactBuilder:
    """The fact rules in order over one article's :class:`FactContext` (``self.context``)."""

    def __init__(self, doc: Doc, lexicon: Lexicon, *, document: str, title: str | None = None,
                 ner_spans_key: str = "kg_ner", goal_model=None, attribution_model=None,
                 relations_model=None, figure_model=None):
        self.context = FactContext(doc, lexicon, document=document, title=title, ner_spans_key=ner_spans_key)
        self.goal_model = goal_model
        self.attribution_model = attribution_model
        self.relations_model = relations_model
        self.figure_model = figure_model
        self.rules_relations: set | None = None   # the relations before the pair classifier's

    def copy(self) -> "FactBuilder":
        """A copy of the builder midway, to finish in another way (:mod:`extract.relation_grid`):
        its registry, relations and other state copied; the Doc, the lexicon, the lexicon's
        tables and the learned models shared, as no rule changes them."""
        ctx = self.context
        shared = (ctx.doc, ctx.lexicon, *(getattr(ctx, name) for name in ctx.LEXICON_TABLES),
                  self.goal_model, self.attribution_model, self.relations_model, self.figure_model)
        return copy.deepcopy(self, {id(x): x for x in shared})

    def build(self) -> Extraction:
        self.build_to_relation_step()
        self.classify_relations()
        return self.finish_after_relation_step()

    def build_to_relation_step(self) -> None:
        """Every rule before the learned pair classifier (:meth:`classify_relations`)."""
        ctx = self.context
        ctx.read_sentences()
        events_documents.find_events_and_documents(ctx)
        bodies.organisations_named_like_their_meetings(ctx)
        officials.find_officials(ctx)
        officials.drop_honorary_posts(ctx)
        officials.find_reporters(ctx)
        officials.find_bylines(ctx)
        officials.find_appointments(ctx)
        officials.find_guest_lines(ctx)
        officials.find_author_bylines(ctx)
        officials.find_names_before_titles(ctx)
        bodies.find_bodies_in_running_text(ctx)
        bodies.attach_short_party_units(ctx)
        names.find_lexicon_entities(ctx)
        bodies.attach_party_committees(ctx)
        names.find_statistical_entities(ctx)
        names.find_suffixed_names(ctx)
        bodies.attach_adjacent_units(ctx)
        bodies.find_university_departments(ctx)
        names.find_listed_companies(ctx)
        names.find_named_list_members(ctx)
        names.find_introduced_list_members(ctx)
        names.find_listed_places(ctx)
        names.find_joint_units(ctx)
        names.find_source_lines(ctx)
        bodies.find_bare_level_bodies(ctx)
        bodies.attach_short_party_units(ctx)   # again: the name rules above may have found more units
        bodies.attach_bare_party_units(ctx)
        bodies.find_bodies_named_in_event_names(ctx)
        bodies.merge_name_variants(ctx)
        bodies.merge_abbreviated_names(ctx)
        bodies.merge_company_name_variants(ctx)
        bodies.merge_bodies_named_without_their_place(ctx)
        bodies.merge_short_body_names(ctx)
        bodies.name_party_committees_both_ways(ctx)
        bodies.merge_bare_level_bodies(ctx)
        bodies.merge_bare_level_departments(ctx)
        bodies.venues_are_places(ctx)
        bodies.drop_generic_bodies(ctx)
        bodies.name_local_bodies_without_their_province(ctx)
        names.drop_places_named_only_in_posts(ctx)
        officials.place_school_posts(ctx)
        officials.find_listed_names(ctx)
        officials.find_person_mentions(ctx)
        officials.find_surname_post_mentions(ctx)
        officials.find_closing_signature(ctx)
        officials.find_attribution_line_names(ctx)
        officials.find_signed_article_author(ctx)
        bodies.resolve_body_references(ctx)
        bodies.drop_unnamed_local_governments(ctx)
        bodies.attach_units_named_with_their_body(ctx)
        bodies.drop_committees_named_only_in_their_units(ctx)
        bodies.find_listed_departments(ctx)
        bodies.attach_bare_ministry_units(ctx)
        title_document.find_title_document(ctx)
        events_documents.merge_document_editions(ctx)
        speakers.find_speakers(ctx)
        goals.find_enumerated_goals(ctx)
        goals.find_clause_goals(ctx)
        proposals.find_title_goals(ctx)
        goals.find_headline_slogan_goals(ctx)
        self.find_model_goals()
        self.find_statistics()
        events_documents.relate_events_and_documents(ctx)
        agreements.relate_agreement_goals(ctx)
        speakers.relate_body_speaker_goals(ctx)
        speakers.relate_spokesperson_goals(ctx)
        speakers.relate_author_goals(ctx)
        speakers.relate_full_text_goals(ctx)
        title_document.relate_printed_document_goals(ctx)
        proposals.relate_proposed_goals_to_proposals(ctx)
        self.attribute_goals()
        responsible_units.find_responsible_units(ctx)
        reports.relate_report_proposer(ctx)
        proposals.drop_proposals_published_by_a_members_body(ctx)
        goals.relate_goals_to_technologies(ctx)
        goals.find_direct_promotion(ctx)
        title_document.find_signature_issuers(ctx)   # after promotion: co-signers do not all promote

    def finish_after_relation_step(self) -> Extraction:
        """Every rule after the learned pair classifier, then the extraction."""
        ctx = self.context
        self.drop_media_publishers()
        proposals.drop_proposals_published_by_a_members_body(ctx)   # again: the pair classifier may add one
        title_document.relate_reported_document_goals(ctx)
        speakers.relate_answering_issuers_goals(ctx)   # after: every goal the issued documents have
        proposals.relate_proposal_goals(ctx)
        agreements.relate_signatory_goals(ctx)
        goals.promote_late_goal_technologies(ctx)
        goals.drop_added_technologies_the_goal_does_not_name(ctx, self.rules_relations)
        goals.tie_framed_technologies_to_the_served_goal(ctx)   # again: the pair classifier ties them back
        goals.drop_sector_technologies(ctx)
        speakers.relate_speakers_to_their_body_goals(ctx)
        officials.key_persons_by_body(ctx)
        goals.drop_column_tag_headlines(ctx)   # last: the pair classifier reads the article as it stood
        goals.drop_document_descriptions(ctx)
        goals.name_goal_cores(ctx)
        return Extraction(document=ctx.document, text=ctx.text, title=ctx.title,
                          sentences=ctx.sentences, entities=list(ctx.reg),
                          relations=list(ctx.relations.values()))

    def attribute_goals(self) -> None:
        """Who has and who proposes each goal, decided by the learned attribution model
        (extract/attribution.py) over every candidate, the rules' choices among its features;
        media outlets, plenary congresses and the titles of talks (作题为《…》的主旨演讲) are no
        owners, whoever named them."""
        ctx = self.context
        attribution.drop_unfit_owners(list(ctx.reg), ctx.relations)
        acted_on = attribution.drop_object_documents(ctx.text, list(ctx.reg), ctx.relations)
        attribution.relate_answers_to_asked_documents(ctx.text, list(ctx.reg), ctx.relations)
        attribution.relate_goals_to_sentence_subjects(ctx.text, list(ctx.reg), ctx.relations, ctx.sentences)
        acted_on |= attribution.drop_documents_without_goals(ctx.text, list(ctx.reg), ctx.relations)
        acted_on |= attribution.goals_beyond_quotes(ctx.text, list(ctx.reg))
        acted_on |= attribution.passing_documents(ctx.text, list(ctx.reg))
        acted_on |= attribution.documents_unasked_in_answers(ctx.text, list(ctx.reg))
        if self.attribution_model is not None:
            authors = {ctx.author, *ctx.coauthors}
            authored = {o for (s, p, o) in ctx.relations if p == "proposes" and s in authors}
            attribution.attribute(ctx.text, list(ctx.reg), ctx.relations, ctx.sentences, self.attribution_model,
                                  excluded=acted_on, unowned=authored | ctx.region_goals | ctx.goals_beside_goals
                                  | ctx.proposal_title_goals)

    def classify_relations(self) -> None:
        """Pairs the rules missed and pairs they got wrong, for the predicates where the learned
        pair classifier (extract/relations_model.py) beat the rules on dev; before persons are
        keyed by their body, so a holdsPost it adds keys its person too."""
        if self.relations_model is not None:
            ctx = self.context
            self.rules_relations = set(ctx.relations)
            relations_model.classify(ctx.text, list(ctx.reg), ctx.relations, ctx.sentences, self.relations_model)

    def drop_media_publishers(self) -> None:
        """A media outlet reports a document (澎湃新闻, 文汇报 on a proposal) but does not issue it: no
        publishedBy to one (none in the annotated corpus), whoever related them."""
        ctx = self.context
        media = attribution.media_outlets(list(ctx.reg), ctx.relations)
        for key in [k for k in ctx.relations if k[1] == "publishedBy" and k[2] in media]:
            del ctx.relations[key]

    def find_statistics(self) -> None:
        """The reported figures: typed and named by the learned figure model
        (extract/figure_model.py, the figure rules among its features) where it is committed,
        by the figure rules otherwise."""
        if self.figure_model is not None:
            figure_model.find_statistics(self.context, self.figure_model)
        else:
            statistics.find_statistics(self.context)

    def find_model_goals(self) -> None:
        """Goal clauses the rules missed, where the learned clause model (extract/goal_model.py,
        trained on the corpus) is confident; nothing without a committed model."""
        if self.goal_model is not None:
            goal_model.add_model_goals(self.context, self.goal_model)
        goal_model.add_weak_clauses_beside_goals(self.context)
