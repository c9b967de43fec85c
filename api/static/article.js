// The article view: an article's text with every extracted mention highlighted by type
// (coloured spans with their type, a legend), its facts beside it; a fact links to its
// sentence, a mention to its facts. Drawn from the view JSON (GET /documents/{id}/view,
// POST /extract) with DOM calls and textContent only: the article is untrusted text.
"use strict";

(function () {
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function typeClass(type) {             // types come from the ontology's list; keep class names plain anyway
    return "ent-" + String(type || "").replace(/[^A-Za-z]/g, "");
  }

  function meta(view) {
    const parts = [view.document];
    if (view.date) parts.push(view.date);
    if (view.source) parts.push(view.source);
    parts.push(view.mentions.length + " 处提及 · " + view.facts.length + " 条事实 · " + (view.extractor_version || ""));
    return parts.join(" · ");
  }

  function drawTree(nodes, parent, view, typeNames) {
    for (const n of nodes) {
      if (typeof n === "string") {
        parent.appendChild(document.createTextNode(n));
      } else if (n.sentence !== undefined) {
        const span = el("span", "av-sent");
        span.id = "s-" + n.sentence;
        span.dataset.sentence = n.sentence;
        drawTree(n.children, span, view, typeNames);
        parent.appendChild(span);
      } else {
        const m = view.mentions[n.mention];
        const mark = el("mark", "ent " + typeClass(m.type));
        mark.dataset.mention = m.id;
        mark.dataset.entity = m.entity;
        mark.dataset.type = m.type;
        if (n.end) mark.dataset.label = typeNames[m.type] || m.type;    // drawn by CSS: not part of the text
        drawTree(n.children, mark, view, typeNames);
        parent.appendChild(mark);
      }
    }
  }

  function factItem(f, view, entities) {
    const s = entities[f.subject] || {label: f.subject}, o = entities[f.object] || {label: f.object};
    const li = el("li", "av-fact");
    li.dataset.fact = f.id;
    li.dataset.sentence = f.sentence;
    li.appendChild(el("span", "av-conf", f.confidence));     // first: it floats right of the first line
    const link = el("a", "av-sref");
    link.href = "#s-" + f.sentence;
    link.appendChild(end(s));
    link.appendChild(document.createTextNode(" "));
    const predicate = (view.predicates[f.predicate] || {}).zh || f.predicate;
    const pred = el("span", "av-pred", predicate);
    pred.title = f.predicate;
    link.appendChild(pred);
    if (f.post) link.appendChild(el("span", "av-post", "（" + f.post + "）"));
    link.appendChild(document.createTextNode(" "));
    link.appendChild(end(o));
    li.appendChild(link);
    return li;
  }

  const SHORT = 24;         // a fact names a long goal by its first characters; the whole label on hover

  function end(entity) {
    const label = String(entity.label);
    const span = el("span", "av-end " + typeClass(entity.type),
                    label.length > SHORT ? label.slice(0, SHORT - 1) + "…" : label);
    span.title = label;
    return span;
  }

  // Draws ``view`` into ``container`` (its old content goes) and wires the interactions.
  function render(container, view) {
    const entities = {};
    for (const e of view.entities) entities[e.id] = e;
    const typeNames = {};
    for (const t of view.types) typeNames[t.type] = t.zh;

    const head = el("header", "av-head");
    head.appendChild(el("h1", "av-title", view.title || view.document));
    head.appendChild(el("p", "av-meta", meta(view)));

    const legend = el("div", "av-legend");
    legend.setAttribute("aria-label", "图例");
    for (const t of view.types) {
      const key = el("button", "av-key " + typeClass(t.type), t.zh + " ");
      key.type = "button";
      key.dataset.type = t.type;
      key.title = "显示/隐藏 " + t.en;
      key.appendChild(el("small", null, t.en));
      key.appendChild(document.createTextNode(" "));
      key.appendChild(el("span", "av-count", t.mentions));
      legend.appendChild(key);
    }

    const text = el("article", "av-text");
    text.lang = "zh";
    if (view.text !== null && view.text !== undefined) {
      drawTree(view.tree, text, view, typeNames);
    } else {
      text.appendChild(el("p", "av-note", "这篇文章存储时未保存全文（旧版存储）：只显示事实引用的句子。用 kg build --force 重建可看到全文。"));
      for (const x of view.excerpts || []) {
        const p = el("p", "av-sent", x.text);
        p.id = "s-" + x.sentence;
        p.dataset.sentence = x.sentence;
        text.appendChild(p);
      }
    }

    const facts = el("aside", "av-facts");
    const title = el("h2", null, "事实 ");
    title.appendChild(el("span", "av-count", view.facts.length));
    facts.appendChild(title);
    const filter = el("p", "av-filter");
    filter.hidden = true;
    facts.appendChild(filter);
    const list = el("ol", "av-fact-list");
    for (const f of view.facts) list.appendChild(factItem(f, view, entities));
    if (!view.facts.length) facts.appendChild(el("p", "av-note", "没有抽取到事实。"));
    facts.appendChild(list);

    const body = el("div", "av-body");
    body.appendChild(text);
    body.appendChild(facts);
    container.replaceChildren(head, legend, body);

    function clearMarks() {
      for (const n of container.querySelectorAll(".av-marked, .av-active, .av-focus, .av-related"))
        n.classList.remove("av-marked", "av-active", "av-focus", "av-related");
      container.classList.remove("av-filtering");
      filter.hidden = true;
    }

    function showSentence(index) {
      const sentence = text.querySelector("#s-" + Number(index));
      if (!sentence) return null;
      sentence.classList.add("av-marked");
      sentence.scrollIntoView({block: "center", behavior: "smooth"});
      return sentence;
    }

    function showFact(li) {
      clearMarks();
      const f = view.facts[Number(li.dataset.fact)];
      li.classList.add("av-active");
      const sentence = showSentence(f.sentence);
      if (!sentence) return;
      for (const mark of sentence.querySelectorAll("mark.ent"))
        if (mark.dataset.entity === f.subject || mark.dataset.entity === f.object) mark.classList.add("av-focus");
    }

    function showEntity(id) {
      clearMarks();
      const e = entities[id] || {label: id};
      for (const mark of text.querySelectorAll("mark.ent"))
        if (mark.dataset.entity === id) mark.classList.add("av-focus");
      let first = null, n = 0;
      for (const li of list.children) {
        const f = view.facts[Number(li.dataset.fact)];
        if (f.subject === id || f.object === id) {
          li.classList.add("av-related");
          first = first || li;
          n += 1;
        }
      }
      container.classList.add("av-filtering");
      filter.replaceChildren(el("span", "av-end " + typeClass(e.type), e.label),
                             document.createTextNode(" 的事实：" + n + " 条 "));
      const all = el("button", "av-clear", "显示全部");
      all.type = "button";
      all.addEventListener("click", clearMarks);
      filter.appendChild(all);
      const link = el("a", "av-entity-link", "实体数据 JSON");
      link.href = "/entities/" + id.split("/").map(encodeURIComponent).join("/");
      filter.appendChild(document.createTextNode(" "));
      filter.appendChild(link);
      filter.hidden = false;
      if (first) first.scrollIntoView({block: "nearest"});
    }

    list.addEventListener("click", (event) => {
      const li = event.target.closest("li.av-fact");
      if (!li) return;
      event.preventDefault();
      showFact(li);
    });
    text.addEventListener("click", (event) => {
      const mark = event.target.closest("mark.ent");
      if (mark) showEntity(mark.dataset.entity);
    });
    legend.addEventListener("click", (event) => {
      const key = event.target.closest("button.av-key");
      if (!key) return;
      key.classList.toggle("av-off");
      container.classList.toggle("hide-" + key.dataset.type.replace(/[^A-Za-z]/g, ""));
    });
    container.kgView = {view, showFact: (id) => showFact(list.children[id]), showEntity,
                        showSentence: (index) => { clearMarks(); showSentence(index); }};
    return container;
  }

  // /articles/{id}: the view's JSON is in the page; draw it over the server's markup.
  function mountPage() {
    const data = document.getElementById("article-data");
    const container = document.getElementById("article-view");
    if (!data || !container) return;
    render(container, JSON.parse(data.textContent));
    // /articles/{id}#s-N (how other pages cite a sentence): open with that sentence's first fact marked
    function followHash() {
      const target = /^#s-(\d+)$/.exec(location.hash);
      if (!target) return;
      const li = container.querySelector('li.av-fact[data-sentence="' + Number(target[1]) + '"]');
      if (li) container.kgView.showFact(Number(li.dataset.fact));
      else container.kgView.showSentence(Number(target[1]));
    }
    followHash();
    window.addEventListener("hashchange", followHash);
  }

  window.kgArticle = {render, mountPage};
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountPage);
  else mountPage();
})();
