"""One article as people check it: its text, every mention of an entity (offsets and
type), every fact with the sentence that states it — read from the article's named
graph, the same way for a stored article and for a preview that was never stored.

:func:`article_view` reads the quads of one article graph (``KnowledgeStore.quads``,
or :func:`graph.rdf.extraction_to_quads` of a fresh extraction), so the page shows
exactly what the store holds. :func:`text_tree` nests sentences and mentions into one
tree of text runs (a mention that crosses a sentence end is cut in two fragments), so
the HTML page and the JavaScript view draw the same thing without a nesting
algorithm of their own.

>>> from cnkg.extract.model import Entity, Extraction, Mention, Relation, Sentence
>>> from cnkg.graph.rdf import extraction_to_quads
>>> ex = Extraction("d", "张三说。", sentences=[Sentence(0, 0, 4, "张三说。")],
...                 entities=[Entity("person/张三", "Person", "张三", mentions=[Mention(0, 2, 0)])])
>>> view = article_view(extraction_to_quads(ex), "d")
>>> view["tree"]
[{'sentence': 0, 'children': [{'mention': 0, 'end': True, 'children': ['张三']}, '说。']}]
"""
from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

import pyoxigraph as ox

from cnkg.extract.model import ENTITY_TYPES
from cnkg.graph.namespaces import DCTERMS, KG, ORG, PROV, RDF, RDFS, article_iri, key_for
from cnkg.ontology.terms import term_labels

_TYPE = RDF + "type"
_ENTITY_TYPES = frozenset(KG + t for t in ENTITY_TYPES)


def _number(term) -> float | int | None:
    if term is None:
        return None
    value = Decimal(term.value)
    return int(value) if value == value.to_integral_value() and "." not in term.value else float(value)


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    from cnkg.extract.components.sentences import sentence_spans     # the extractor's own cut
    return sentence_spans(text)


class _Graph:
    """The quads of one graph, indexed by subject."""

    def __init__(self, quads: Iterable[ox.Quad]):
        self.props: dict[ox.NamedNode, dict[str, list]] = {}
        for q in quads:
            self.props.setdefault(q.subject, {}).setdefault(q.predicate.value, []).append(q.object)

    def one(self, node, predicate: str):
        values = self.props.get(node, {}).get(predicate)
        return min(values, key=str) if values else None

    def all(self, node, predicate: str) -> list:
        return self.props.get(node, {}).get(predicate, [])

    def of_type(self, iri: str) -> list:
        return sorted((s for s, p in self.props.items() if any(t.value == iri for t in p.get(_TYPE, ()))),
                      key=str)


def _key(node) -> str:
    return key_for(node) or node.value


def article_view(quads: Iterable[ox.Quad], document: str, *, stored: bool = True) -> dict | None:
    """The view of one article graph (None when it holds no complete article).

    ``text`` is None for a graph written before the text was kept; sentences are then
    those the facts cite, and the tree holds only them.
    """
    g = _Graph(quads)
    article = article_iri(document)
    content_hash = g.one(article, KG + "contentHash")
    if content_hash is None:
        return None
    text_term = g.one(article, KG + "text")
    text = text_term.value if text_term is not None else None

    entities: dict[str, dict] = {}
    for node in sorted(g.props, key=str):
        types = [t.value for t in g.all(node, _TYPE) if t.value in _ENTITY_TYPES]
        if not types:
            continue
        labels = g.all(node, RDFS + "label")
        zh = min((lit.value for lit in labels if lit.language == "zh"), default=None)
        entities[_key(node)] = {"id": _key(node), "type": min(types)[len(KG):],
                                "label": zh or min((lit.value for lit in labels), default=_key(node))}

    mentions = []
    for node in g.of_type(KG + "Mention"):
        entity, start, end = g.one(node, KG + "entity"), g.one(node, KG + "startOffset"), g.one(node, KG + "endOffset")
        if entity is None or start is None or end is None or _key(entity) not in entities:
            continue
        start, end = int(start.value), int(end.value)
        if start >= end or (text is not None and end > len(text)):
            continue
        sentence = g.one(node, KG + "sentenceIndex")
        mentions.append({"entity": _key(entity), "type": entities[_key(entity)]["type"], "start": start, "end": end,
                         "sentence": int(sentence.value) if sentence is not None else None,
                         "confidence": _number(g.one(node, KG + "confidence"))})
    mentions.sort(key=lambda m: (m["start"], -m["end"], m["entity"]))
    for i, m in enumerate(mentions):
        m["id"] = i

    posts = _posts(g)
    facts, cited = [], {}
    for node in g.of_type(KG + "Assertion"):
        s, p, o = (g.one(node, RDF + n) for n in ("subject", "predicate", "object"))
        index, start, end = (g.one(node, KG + n) for n in ("sentenceIndex", "startOffset", "endOffset"))
        if None in (s, p, o, index, start, end):
            continue
        fact = {"subject": _key(s), "predicate": p.value[len(KG):] if p.value.startswith(KG) else p.value,
                "object": _key(o), "sentence": int(index.value), "start": int(start.value), "end": int(end.value),
                "confidence": _number(g.one(node, KG + "confidence"))}
        if fact["predicate"] == "holdsPost" and posts.get((s, o)):
            fact["post"] = "、".join(sorted(posts[(s, o)]))
        sentence_text = g.one(node, KG + "sentence")
        cited.setdefault(fact["sentence"], (fact["start"], fact["end"], sentence_text.value if sentence_text else ""))
        facts.append(fact)
    facts.sort(key=lambda f: (f["sentence"], f["start"], f["predicate"], f["subject"], f["object"]))
    for i, f in enumerate(facts):
        f["id"] = i

    if text is not None:
        sentences = [{"index": i, "start": s, "end": e} for i, (s, e) in enumerate(_sentence_spans(text))]
    else:
        sentences = [{"index": i, "start": s, "end": e} for i, (s, e, _) in sorted(cited.items())]

    labels = term_labels()
    present = {e["type"] for e in entities.values()}
    counts = {t: 0 for t in present}
    for m in mentions:
        counts[m["type"]] += 1
    return {
        "document": document,
        "graph": article.value,
        "stored": stored,
        "title": _value(g.one(article, DCTERMS + "title")),
        "date": _value(g.one(article, DCTERMS + "date")),
        "source": _value(g.one(article, DCTERMS + "source")),
        "content_hash": content_hash.value,
        "extractor_version": _value(g.one(article, KG + "extractorVersion")),
        "text": text,
        "excerpts": None if text is not None else [
            {"sentence": i, "start": s, "end": e, "text": t} for i, (s, e, t) in sorted(cited.items())],
        "sentences": sentences,
        "entities": sorted(entities.values(), key=lambda e: (ENTITY_TYPES.index(e["type"]), e["label"], e["id"])),
        "mentions": mentions,
        "facts": facts,
        "types": [{"type": t, "zh": labels.get(t, {}).get("zh", t), "en": labels.get(t, {}).get("en", t),
                   "mentions": counts[t]} for t in ENTITY_TYPES if t in present],
        "predicates": {p: {"zh": labels.get(p, {}).get("zh", p), "en": labels.get(p, {}).get("en", p)}
                       for p in sorted({f["predicate"] for f in facts})},
        "tree": text_tree(text, sentences, mentions) if text is not None else [],
    }


def _value(term) -> str | None:
    return None if term is None else term.value


def _posts(g: _Graph) -> dict[tuple, set[str]]:
    """(person, body) → the titles of their memberships in this graph."""
    out: dict[tuple, set[str]] = {}
    for m in g.of_type(KG + "Membership"):
        person, body = g.one(m, ORG + "member"), g.one(m, ORG + "organization")
        role = g.one(m, ORG + "role")
        title = g.one(role, RDFS + "label") if role is not None else None
        if person is not None and body is not None and title is not None:
            out.setdefault((person, body), set()).add(title.value)
    return out


def text_tree(text: str, sentences: list[dict], mentions: list[dict]) -> list:
    """``text`` as nested runs: plain strings, ``{"sentence": i, "children": […]}`` and
    ``{"mention": id, "end": bool, "children": […]}`` (``end``: this fragment ends the
    mention, where its type label goes). Sentences are outermost; a longer mention
    holds the shorter ones inside it; ranges that cross are cut at the crossing."""
    ranges = [(s["start"], s["end"], 0, s["index"]) for s in sentences if s["start"] < s["end"]]
    ranges += [(m["start"], m["end"], 1, m["id"]) for m in mentions if m["start"] < m["end"]]
    # nesting order: sentences before mentions, then earlier start, then longer
    order = {r: i for i, r in enumerate(sorted(ranges, key=lambda r: (r[2], r[0], -r[1], r[3])))}
    cuts = sorted({0, len(text)} | {r[0] for r in ranges} | {r[1] for r in ranges})
    starts: dict[int, list] = {}
    for r in ranges:
        starts.setdefault(r[0], []).append(r)
    root: list = []
    stack: list[tuple[tuple, list]] = []       # (range, children) from outermost
    active: set = set()
    for a, b in zip(cuts, cuts[1:]):
        active = {r for r in active if r[1] > a} | set(starts.get(a, ()))
        want = sorted(active, key=order.__getitem__)
        keep = 0
        while keep < len(stack) and keep < len(want) and stack[keep][0] == want[keep]:
            keep += 1
        del stack[keep:]
        for r in want[keep:]:
            node = {"sentence": r[3]} if r[2] == 0 else {"mention": r[3], "end": False}
            node["children"] = []
            (stack[-1][1] if stack else root).append(node)
            stack.append((r, node["children"]))
        children = stack[-1][1] if stack else root
        if children and isinstance(children[-1], str):
            children[-1] += text[a:b]
        else:
            children.append(text[a:b])
    _mark_ends(root)
    return root


def _mark_ends(nodes: list) -> None:
    """Set ``end`` on the fragment of each mention that reaches the mention's end."""
    last: dict[int, dict] = {}

    def walk(children):
        for n in children:
            if isinstance(n, dict):
                if "mention" in n:
                    last[n["mention"]] = n
                walk(n["children"])
    walk(nodes)
    for n in last.values():
        n["end"] = True
