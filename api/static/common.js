/* Shared by the page's views (window.KG): DOM and fetch helpers, the ontology's
 * Chinese labels, type colours, IRIs shown as labels, and the results table. */
(function () {
  "use strict";
  var KGR = "https://w3id.org/cnpkg/id/";
  var KG_NS = "https://w3id.org/cnpkg/ontology#";
  var PREFIXES = {"kg:": KG_NS, "rdfs:": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf:": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "prov:": "http://www.w3.org/ns/prov#",
    "org:": "http://www.w3.org/ns/org#", "dcterms:": "http://purl.org/dc/terms/",
    "skos:": "http://www.w3.org/2004/02/skos/core#", "xsd:": "http://www.w3.org/2001/XMLSchema#"};
  var TYPE_COLOURS = {Agency: "#b22222", Organization: "#e07b39", Person: "#1f77b4", Technology: "#2ca02c",
    Goal: "#d4a017", Event: "#9467bd", Document: "#8c564b", Place: "#17becf", Statistic: "#7f7f7f"};
  var TYPES = Object.keys(TYPE_COLOURS);

  function $(id) { return document.getElementById(id); }
  // Every stored string (labels, titles, sentences) reaches the page through el(): as
  // textContent or an attribute value, never as markup, so HTML in an article is inert.
  // Keep innerHTML for clearing only (tests/e2e: test_e2e_stored_html_renders_as_text_in_every_view).
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }
  function getJSON(url, accept) {
    return fetch(url, {headers: {Accept: accept || "application/json"}}).then(function (r) {
      if (!r.ok) {
        return r.json().catch(function () { return {}; }).then(function (body) {
          throw new Error(body.detail || body.title || (r.status + " " + url));
        });
      }
      return r.json();
    });
  }
  /** A named query's SPARQL JSON results; params whose value is "" are left out (unbound). */
  function runQuery(name, params) {
    var qs = Object.keys(params || {}).filter(function (k) { return params[k] !== "" && params[k] != null; })
      .map(function (k) { return encodeURIComponent(k) + "=" + encodeURIComponent(params[k]); }).join("&");
    return getJSON("queries/" + encodeURIComponent(name) + (qs ? "?" + qs : ""), "application/sparql-results+json");
  }
  function safeDecode(s) { try { return decodeURIComponent(s); } catch (e) { return s; } }
  /** person/陈洪宛 for its IRI (percent-encoded or not); null for an IRI outside kgr:. */
  function keyFromIri(iri) { return iri.indexOf(KGR) === 0 ? safeDecode(iri.slice(KGR.length)) : null; }
  function entityUrl(id) { return "entities/" + id.split("/").map(encodeURIComponent).join("/"); }
  function articleId(keyOrIri) {
    var key = keyOrIri.indexOf(KGR) === 0 ? keyFromIri(keyOrIri) : keyOrIri;
    return key && key.indexOf("article/") === 0 ? key.slice(8) : null;
  }
  function articleUrl(id, sentenceIndex) {
    return "articles/" + encodeURIComponent(id) + (sentenceIndex != null ? "#s-" + sentenceIndex : "");
  }

  // ------------------------------------------------------------ ontology labels (rdfs:label@zh)
  var ontology = {};
  var ontologyReady = getJSON("ontology/labels").then(function (body) { ontology = body; return body; })
    .catch(function () { return ontology; });
  function termLabel(local) { return (ontology[local] && ontology[local].zh) || local; }
  function termTitle(local) {
    var o = ontology[local];
    return o ? (o.zh || local) + " · " + (o.en || local) + " (kg:" + local + ")" : "kg:" + local;
  }
  function typeLabel(type) { return type ? termLabel(type) : ""; }
  /** What tells apart two entities of one name: the middle of the key (person/国家发展改革委/陈洪宛). */
  function keyContext(id) { var parts = (id || "").split("/"); return parts.slice(1, -1).join("/"); }

  function prefixed(iri) {
    for (var p in PREFIXES) if (iri.indexOf(PREFIXES[p]) === 0) return p + iri.slice(PREFIXES[p].length);
    return iri;
  }

  /** One RDF term as a node: an entity or article IRI as its label with the IRI on hover
   * and a link; an ontology term by its Chinese label; a literal as its text. */
  function termNode(term, label, onEntity) {
    if (!term) return el("span", {"class": "unbound"});
    if (term.type !== "uri") {
      var lit = el("span", {"class": "literal"}, term.value);
      if (term.datatype) lit.title = prefixed(term.datatype);
      return lit;
    }
    var iri = term.value, key = keyFromIri(iri), art = articleId(iri);
    if (art) return el("a", {href: articleUrl(art), title: iri, "class": "article-link"}, label || art);
    if (key) {
      var a = el("a", {href: "#explore/" + encodeURIComponent(key), title: iri, "class": "entity-link", "data-id": key},
        label || key.split("/").pop());
      if (onEntity) a.addEventListener("click", function (evt) { evt.preventDefault(); onEntity(key); });
      return a;
    }
    if (iri.indexOf(KG_NS) === 0) {
      var local = iri.slice(KG_NS.length);
      return el("span", {title: termTitle(local) + "\n" + iri, "class": "term"}, termLabel(local));
    }
    return el("a", {href: iri, title: iri, "class": "iri", rel: "noreferrer"}, label || prefixed(iri));
  }

  // the column that carries an IRI column's label, by the queries' naming habits
  var LABEL_COLUMNS = {person: "name", body: "bodyName", entity: "label", root: "rootName", unit: "unitName",
    parent: "parentName", technology: "technologyName", goal: "goalLabel", statistic: "measure",
    subject: "subjectLabel", object: "objectLabel", value: "valueLabel", article: "title"};
  function labelColumnFor(v, vars) {
    var candidates = [LABEL_COLUMNS[v], v + "Label", v + "Name"];
    for (var i = 0; i < candidates.length; i++) if (candidates[i] && vars.indexOf(candidates[i]) >= 0) return candidates[i];
    return null;
  }

  /** SPARQL JSON results as a table: IRIs as labels (linked, IRI on hover), a label
   * column folded into its IRI column, and columns bound in no row left out (an
   * optional parameter that was not given). */
  function resultsTable(results, options) {
    options = options || {};
    var vars = results.head.vars, rows = results.results.bindings;
    var shown = vars.filter(function (v) { return rows.some(function (r) { return r[v] !== undefined; }); });
    var folded = {};
    shown.forEach(function (v) {
      var lc = labelColumnFor(v, shown);
      if (lc && rows.every(function (r) { return !r[v] || r[v].type === "uri"; })) folded[lc] = v;
    });
    var columns = shown.filter(function (v) { return !folded[v]; });
    var table = el("table", {"class": "results"});
    var head = el("tr");
    columns.forEach(function (v) { head.appendChild(el("th", {title: "?" + v}, v)); });
    table.appendChild(el("thead")).appendChild(head);
    var body = table.appendChild(el("tbody"));
    rows.slice(0, options.max || 500).forEach(function (r) {
      var tr = el("tr");
      columns.forEach(function (v) {
        var lc = labelColumnFor(v, shown), label = lc && folded[lc] === v && r[lc] ? r[lc].value : null;
        tr.appendChild(el("td")).appendChild(termNode(r[v], label, options.onEntity));
      });
      body.appendChild(tr);
    });
    var wrap = el("div", {"class": "table-wrap"});
    wrap.appendChild(el("p", {"class": "hint count"}, rows.length + " 行 rows" +
      (rows.length > (options.max || 500) ? " (first " + (options.max || 500) + " shown)" : "")));
    wrap.appendChild(table);
    return wrap;
  }

  /** Search-as-you-type over /entities?q= on an input; pick(item) on choice. */
  function entityPicker(input, opts) {
    opts = opts || {};
    var list = el("ul", {"class": "picker", role: "listbox", hidden: ""});
    input.parentNode.insertBefore(list, input.nextSibling);
    input.setAttribute("role", "combobox");
    var timer = null, seq = 0;
    function hide() { list.hidden = true; }
    function choose(item) {
      input.value = item.label;
      input.dataset.value = item.id;
      input.title = item.iri || item.id;
      hide();
      if (opts.pick) opts.pick(item);
    }
    input.addEventListener("input", function () {
      delete input.dataset.value;
      clearTimeout(timer);
      var q = input.value.trim(), mine = ++seq;
      if (!q) { hide(); return; }
      timer = setTimeout(function () {
        var url = "entities?limit=8&q=" + encodeURIComponent(q) + (opts.type ? "&type=" + opts.type : "");
        getJSON(url).then(function (body) {
          if (mine !== seq) return;
          list.innerHTML = "";
          body.items.forEach(function (item) {
            var li = el("li", {role: "option", "data-id": item.id, title: item.iri || item.id}, item.label);
            li.appendChild(el("span", {"class": "type"}, [typeLabel(item.type), keyContext(item.id)].filter(Boolean).join(" · ")));
            li.addEventListener("mousedown", function (evt) { evt.preventDefault(); choose(item); });
            list.appendChild(li);
          });
          if (!body.items.length) list.appendChild(el("li", {"class": "empty"}, "无匹配 no match"));
          list.hidden = false;
        });
      }, 150);
    });
    input.addEventListener("blur", function () { setTimeout(hide, 150); });
    input.addEventListener("keydown", function (evt) {
      if (evt.key === "Enter" && !list.hidden && list.firstChild && list.firstChild.dataset.id) {
        evt.preventDefault();
        list.firstChild.dispatchEvent(new MouseEvent("mousedown"));
      } else if (evt.key === "Escape") hide();
    });
  }

  window.KG = {KGR: KGR, KG_NS: KG_NS, TYPE_COLOURS: TYPE_COLOURS, TYPES: TYPES, $: $, el: el, getJSON: getJSON,
    runQuery: runQuery, keyFromIri: keyFromIri, entityUrl: entityUrl, articleId: articleId, articleUrl: articleUrl,
    ontologyReady: ontologyReady, termLabel: termLabel, termTitle: termTitle, typeLabel: typeLabel,
    termNode: termNode, keyContext: keyContext, resultsTable: resultsTable, entityPicker: entityPicker, prefixed: prefixed,
    FONT: '"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", sans-serif'};
})();
