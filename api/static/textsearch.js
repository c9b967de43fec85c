/* Full-text search in the page's header: GET /search over the articles' sentences, hits
 * shown in a panel under the header with the matches marked, the sentence's entities
 * (each opens its graph) and a link to the sentence in its article (/articles/{id}#s-N).
 * Every stored string goes in as text (KG.el), never as markup. */
(function () {
  "use strict";
  var K = window.KG, el = K.el, $ = K.$;
  var PAGE = 20;

  /** The sentence as text runs, the matched ones inside <mark>. */
  function markedSentence(text, matches) {
    var p = el("p", {"class": "ts-sentence"}), at = 0;
    (matches || []).slice().sort(function (a, b) { return a.start - b.start; }).forEach(function (m) {
      if (m.start < at) return;                       // overlapping matches: the first wins
      if (m.start > at) p.appendChild(document.createTextNode(text.slice(at, m.start)));
      p.appendChild(el("mark", {}, text.slice(m.start, m.end)));
      at = m.end;
    });
    if (at < text.length) p.appendChild(document.createTextNode(text.slice(at)));
    return p;
  }

  function hitItem(hit) {
    var li = el("li", {"class": "ts-hit", "data-document": hit.document});
    var head = el("div", {"class": "ts-head"});
    head.appendChild(el("a", {href: K.articleUrl(hit.document, hit.sentence.index), "class": "ts-article"},
                        hit.title || hit.document));
    head.appendChild(el("small", {}, " 第 " + (hit.sentence.index + 1) + " 句 · sentence " + (hit.sentence.index + 1)));
    li.appendChild(head);
    li.appendChild(markedSentence(hit.sentence.text, hit.matches));
    if (hit.entities && hit.entities.length) {
      var chips = el("div", {"class": "ts-entities"});
      hit.entities.forEach(function (e) {
        var a = el("a", {href: "#explore/" + encodeURIComponent(e.id), "class": "ts-entity", title: e.iri,
                         "data-id": e.id}, e.label);
        a.style.borderColor = K.TYPE_COLOURS[e.type] || "#999";
        a.appendChild(el("small", {}, " " + K.typeLabel(e.type)));
        chips.appendChild(a);
      });
      li.appendChild(chips);
    }
    return li;
  }

  function show(panel, query, offset) {
    panel.hidden = false;
    panel.innerHTML = "";
    var close = el("button", {type: "button", "class": "ts-close", title: "关闭 close", "aria-label": "close"}, "×");
    close.addEventListener("click", function () { panel.hidden = true; });
    panel.appendChild(close);
    var status = el("p", {"class": "hint", role: "status"}, "搜索中 searching …");
    panel.appendChild(status);
    K.getJSON("search?q=" + encodeURIComponent(query) + "&limit=" + PAGE + "&offset=" + offset).then(function (body) {
      status.textContent = body.total ? ("「" + query + "」 " + body.total + " 句 sentences" +
        (body.total > PAGE ? " · " + (offset + 1) + "–" + Math.min(offset + PAGE, body.total) : ""))
        : "「" + query + "」 没有找到 no sentence holds it";
      var list = el("ol", {"class": "ts-hits", start: String(offset + 1)});
      body.items.forEach(function (hit) { list.appendChild(hitItem(hit)); });
      panel.appendChild(list);
      var nav = el("div", {"class": "ts-nav"});
      if (offset > 0) {
        var prev = el("button", {type: "button"}, "← 上一页 previous");
        prev.addEventListener("click", function () { show(panel, query, Math.max(0, offset - PAGE)); });
        nav.appendChild(prev);
      }
      if (offset + PAGE < body.total) {
        var next = el("button", {type: "button"}, "下一页 next →");
        next.addEventListener("click", function () { show(panel, query, offset + PAGE); });
        nav.appendChild(next);
      }
      if (nav.childNodes.length) panel.appendChild(nav);
    }).catch(function (err) {
      status.textContent = "全文搜索不可用 full-text search failed: " + err.message;
      status.className = "error";
    });
  }

  function install() {
    var slot = $("header-slot");
    if (!slot) return;
    var form = el("form", {id: "text-search-form", role: "search", autocomplete: "off"});
    var input = el("input", {id: "text-search-input", type: "search", maxlength: "200",
                             placeholder: "全文搜索 search the articles' sentences", "aria-label": "full-text search"});
    form.appendChild(input);
    slot.insertBefore(form, slot.firstChild);
    var panel = el("section", {id: "text-search-results", "aria-label": "full-text search results", hidden: ""});
    document.body.appendChild(panel);
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var q = input.value.trim();
      if (q) show(panel, q, 0); else panel.hidden = true;
    });
    panel.addEventListener("click", function (ev) {
      if (ev.target.closest && ev.target.closest("a.ts-entity")) panel.hidden = true;   // its graph opens below
    });
    document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") panel.hidden = true; });
    document.addEventListener("click", function (ev) {
      if (!panel.hidden && !panel.contains(ev.target) && !form.contains(ev.target)) panel.hidden = true;
    });
  }
  install();
})();
