"""The HTML of ``/articles/{id}``: an article view (:func:`cnkg.graph.article_view.article_view`)
drawn on the server, so the page shows the text, its highlighted mentions and the facts
before any script runs (and to clients that run none); ``/article.js`` then draws the
same markup from the view's JSON, embedded in the page, and makes it interactive.

Every value from the article (text, title, labels) is escaped here: the article is
untrusted input. The JSON sits in a ``<script type="application/json">`` with every
``<`` written ``\\u003c``, so no text can close it.
"""
from __future__ import annotations

from html import escape
from pathlib import Path
from string import Template

import orjson

TEMPLATES = Path(__file__).parent / "templates"


def _page(name: str) -> Template:
    return Template((TEMPLATES / name).read_text(encoding="utf-8"))


def embedded_json(value) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``<``, ``>`` or ``&`` left."""
    text = orjson.dumps(value).decode("utf-8")
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _tree(nodes: list, view: dict, types: dict, out: list[str]) -> None:
    mentions = view["mentions"]
    for n in nodes:
        if isinstance(n, str):
            out.append(escape(n))
        elif "sentence" in n:
            i = n["sentence"]
            out.append(f'<span class="av-sent" id="s-{i}" data-sentence="{i}">')
            _tree(n["children"], view, types, out)
            out.append("</span>")
        else:
            m = mentions[n["mention"]]
            label = types.get(m["type"], m["type"])
            data_label = f' data-label="{escape(label)}"' if n["end"] else ""     # drawn by CSS, not text
            out.append(f'<mark class="ent ent-{escape(m["type"])}" data-mention="{m["id"]}" '
                       f'data-entity="{escape(m["entity"])}" data-type="{escape(m["type"])}"{data_label}>')
            _tree(n["children"], view, types, out)
            out.append("</mark>")


def view_html(view: dict) -> str:
    """The article view's markup (the same classes ``article.js`` draws)."""
    types = {t["type"]: t["zh"] for t in view["types"]}
    entities = {e["id"]: e for e in view["entities"]}
    out = ['<header class="av-head">',
           f'<h1 class="av-title">{escape(view["title"] or view["document"])}</h1>',
           f'<p class="av-meta">{escape(_meta(view))}</p></header>',
           '<div class="av-legend" aria-label="图例">']
    for t in view["types"]:
        out.append(f'<button type="button" class="av-key ent-{escape(t["type"])}" data-type="{escape(t["type"])}">'
                   f'{escape(t["zh"])} <small>{escape(t["en"])}</small> '
                   f'<span class="av-count">{t["mentions"]}</span></button>')
    out.append('</div><div class="av-body"><article class="av-text" lang="zh">')
    if view["text"] is not None:
        _tree(view["tree"], view, types, out)
    else:
        out.append('<p class="av-note">这篇文章存储时未保存全文（旧版存储）：只显示事实引用的句子。'
                   '用 kg build --force 重建可看到全文。</p>')
        for x in view["excerpts"]:
            out.append(f'<p class="av-sent" id="s-{x["sentence"]}" data-sentence="{x["sentence"]}">'
                       f'{escape(x["text"])}</p>')
    out.append(f'</article><aside class="av-facts"><h2>事实 <span class="av-count">{len(view["facts"])}</span></h2>'
               '<ol class="av-fact-list">')
    for f in view["facts"]:
        s, o = entities.get(f["subject"], {}), entities.get(f["object"], {})
        predicate = view["predicates"].get(f["predicate"], {}).get("zh", f["predicate"])
        post = f' <span class="av-post">（{escape(f["post"])}）</span>' if f.get("post") else ""
        out.append(f'<li class="av-fact" data-fact="{f["id"]}" data-sentence="{f["sentence"]}">'
                   f'<span class="av-conf">{f["confidence"]}</span><a class="av-sref" href="#s-{f["sentence"]}">'
                   f'{_end(s, f["subject"])} <span class="av-pred">{escape(predicate)}</span>{post} '
                   f'{_end(o, f["object"])}</a></li>')
    out.append("</ol></aside></div>")
    return "".join(out)


SHORT = 24      # as article.js: a long goal by its first characters, the whole label on hover


def _end(entity: dict, key: str) -> str:
    label = entity.get("label", key)
    short = label if len(label) <= SHORT else label[:SHORT - 1] + "…"
    return (f'<span class="av-end ent-{escape(entity.get("type", ""))}" title="{escape(label)}">'
            f'{escape(short)}</span>')


def _meta(view: dict) -> str:
    parts = [view["document"]]
    if view["date"]:
        parts.append(view["date"])
    if view["source"]:
        parts.append(view["source"])
    parts.append(f'{len(view["mentions"])} 处提及 · {len(view["facts"])} 条事实 · {view["extractor_version"]}')
    return " · ".join(parts)


def article_page(view: dict) -> str:
    """The whole ``/articles/{id}`` page."""
    return _page("article.html").substitute(
        title=escape(view["title"] or view["document"]), document=escape(view["document"]),
        view=view_html(view), data=embedded_json(view))


def not_found_page(document: str) -> str:
    """A readable 404 page for an article id the store does not hold."""
    return _page("not-found.html").substitute(document=escape(document))
