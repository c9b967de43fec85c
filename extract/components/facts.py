"""``kg_facts``: Doc → facts. Sets ``doc._.kg_extraction`` (an :class:`Extraction`).

The document id and title travel in ``doc.user_data["kg_document"]`` and
``doc.user_data["kg_title"]`` (set by :class:`extract.pipeline.Extractor`).
"""
from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from cnkg.extract.builder import FactBuilder
from cnkg.extract.attribution import default_model as default_attribution
from cnkg.extract.figure_model import FigureModel, default_model as default_figure_model
from cnkg.extract.goal_model import GoalModel, default_model
from cnkg.extract.learned import HashedLogistic
from cnkg.extract.lexicon import LEXICON_DIR, Lexicon
from cnkg.extract.relations_model import default_model as default_relations

if not Doc.has_extension("kg_extraction"):
    Doc.set_extension("kg_extraction", default=None)


def _learned(setting: str, default, load):
    """A learned model chosen by a setting: "none", "default" (the committed one) or a file."""
    if setting == "none":
        return None
    if setting == "default":
        return default()
    return load(Path(setting))


class FactAssembler:
    def __init__(self, nlp: Language, name: str = "kg_facts", *, ner_spans_key: str = "kg_ner",
                 goal_model: str = "default", attribution: str = "default",
                 relations: str = "default", figure_model: str = "default"):
        self.name = name
        self.ner_spans_key = ner_spans_key
        self.lexicon = Lexicon()
        # each learned model: the committed one ("default", if present), none (the rules alone), or a file
        self.goal_model = _learned(goal_model, default_model, GoalModel.load)
        # hasGoal and proposes
        self.attribution_model = _learned(attribution, default_attribution, HashedLogistic.load)
        # holdsPost, subOrganizationOf, speaksAt, publishedBy, …
        self.relations_model = _learned(relations, default_relations, HashedLogistic.load)
        # Statistic or not, and its measure name
        self.figure_model = _learned(figure_model, default_figure_model, FigureModel.load)

    def initialize(self, get_examples=None, *, nlp: Language | None = None, lexicon_dir: str | None = None) -> None:
        self.lexicon = Lexicon.from_directory(Path(lexicon_dir) if lexicon_dir else LEXICON_DIR)

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_extraction = self.builder(doc).build()
        return doc

    def builder(self, doc: Doc) -> FactBuilder:
        """The fact builder of a Doc the components before this one processed, with this
        component's lexicon and models."""
        return FactBuilder(doc, self.lexicon, document=doc.user_data.get("kg_document", "document"),
                           title=doc.user_data.get("kg_title"), ner_spans_key=self.ner_spans_key,
                           goal_model=self.goal_model, attribution_model=self.attribution_model,
                           relations_model=self.relations_model, figure_model=self.figure_model)

    def to_disk(self, path, *, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        self.lexicon.to_disk(path / "lexicon.json")

    def from_disk(self, path, *, exclude=tuple()) -> "FactAssembler":
        self.lexicon = Lexicon.from_disk(Path(path) / "lexicon.json")
        return self


@Language.factory("kg_facts", assigns=["doc._.kg_extraction"], requires=["doc.spans", "token.is_sent_start"],
                  default_config={"ner_spans_key": "kg_ner", "goal_model": "default", "attribution": "default",
                                  "relations": "default", "figure_model": "default"})
def make_fact_assembler(nlp: Language, name: str, ner_spans_key: str, goal_model: str,
                        attribution: str, relations: str, figure_model: str) -> FactAssembler:
    return FactAssembler(nlp, name, ner_spans_key=ner_spans_key, goal_model=goal_model, attribution=attribution,
                         relations=relations, figure_model=figure_model)
