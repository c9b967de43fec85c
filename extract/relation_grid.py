"""The relation pair classifier's thresholds scored end to end on annotated articles, cheaply.

``make train`` tries, per predicate, every add/veto/single setting of the pair classifier
(:func:`extract.relations_model.choose_thresholds`: some five hundred settings) on dev and the
seed articles. Extracting every article again for each would take hours. Here each article
is extracted once up to the pair classifier (:meth:`FactBuilder.build_to_relation_step`); its
candidate pairs are scored once by the model being tuned, where and as the extractor would
score them; and for a setting, :func:`extract.relations_model.decide` gives the pairs to veto
and to add, which are applied to a copy of the builder at that step, whose remaining rules
(:meth:`FactBuilder.finish_after_relation_step`: media publishers dropped, technologies the goal
does not name dropped, persons keyed by their body …) then run as in an extraction. The score
is therefore exactly the one an extraction with a model of those thresholds gets
(``tests/test_extract_relation_grid.py``). Settings that decide the same pairs in an article share
its finished extraction, and the gold matches of its entities are computed once.
"""
from __future__ import annotations

from pathlib import Path

from cnkg.extract.evaluate import Tally, read_gold, score_pair
from cnkg.extract.pipeline import with_article_fields
from cnkg.extract.relations_model import PREDICATES, PairContext, apply_decisions, decide, scored_candidates


def builder_at_relation_step(extractor, article):
    """The fact builder of ``article`` with every rule before the pair classifier run, under
    ``extractor``'s lexicon and models."""
    builder = extractor.fact_builder(article)
    builder.build_to_relation_step()
    return builder


class ArticleAtRelationStep:
    """One annotated article, extracted up to the pair classifier, its candidate pairs scored."""

    def __init__(self, gold_path: Path, extractor, model):
        self.gold, self.article = read_gold(gold_path)
        self.builder = builder_at_relation_step(extractor, self.article)
        ctx = self.builder.context
        self.rules = set(ctx.relations)
        self.pairs = PairContext(ctx.text, list(ctx.reg), ctx.relations, ctx.sentences)
        self.scored = list(scored_candidates(self.pairs, model, PREDICATES))
        self._tallies: dict = {}    # (vetoed, added) → (entity tally, relation tally)
        self._matches: dict = {}    # the gold matches of its predicted entities (score_pair's memo)

    def tallies(self, decides: dict) -> tuple[Tally, Tally]:
        """(entity tally, relation tally) of the article extracted with ``decides``."""
        drop, adds = decide(self.scored, self.rules, decides)
        key = (frozenset(drop), tuple(adds))
        if key not in self._tallies:
            self._tallies[key] = self._score(self.finish(drop, adds))
        return self._tallies[key]

    def finish(self, drop, adds) -> dict:
        """The extraction (JSON) when the pair classifier vetoes ``drop`` and adds ``adds``,
        as :meth:`FactBuilder.classify_relations` does."""
        builder = self.builder.copy()
        relations = builder.context.relations
        builder.rules_relations = set(relations)
        apply_decisions(self.pairs, relations, drop, adds)
        return with_article_fields(builder.finish_after_relation_step(), self.article).to_json()

    def _score(self, pred: dict) -> tuple[Tally, Tally]:
        ents, rels = Tally(), Tally()
        score_pair(self.gold, pred, ents, rels, matches=self._matches)
        return ents, rels


class GridArticles:
    """Annotated articles at the relation step (:class:`ArticleAtRelationStep`): what
    :func:`extract.relations_model.choose_thresholds` tries each setting on."""

    def __init__(self, files, extractor, model):
        self.articles = [ArticleAtRelationStep(path, extractor, model) for path in files]

    def tallies(self, decides: dict) -> tuple[Tally, Tally]:
        """(entity tally, relation tally) over the articles extracted with ``decides``."""
        ents, rels = Tally(), Tally()
        for article in self.articles:
            e, r = article.tallies(decides)
            ents.add(e)
            rels.add(r)
        return ents, rels
