/* The explorer page: entity search, a neighbourhood graph (cytoscape.js) that grows on
 * click, the clicked entity's relations with their source sentences, and YASGUI
 * preloaded with the named queries. Everything is served by the app itself. */
(function () {
  "use strict";
  var TYPE_COLOURS = {Agency: "#8b1a1a", Organization: "#c0504d", Person: "#1f77b4", Technology: "#2ca02c",
    Goal: "#ff7f0e", Event: "#9467bd", Document: "#8c564b", Place: "#17becf", Statistic: "#7f7f7f"};
  var TYPES = Object.keys(TYPE_COLOURS);

  function $(id) { return document.getElementById(id); }
  // Every stored string (labels, titles, sentences) reaches the page through el(): as
  // textContent or an attribute value, never as markup, so HTML in an article is inert.
  // Keep innerHTML for clearing only (tests/e2e: test_e2e_stored_html_renders_as_text_in_every_view).
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function getJSON(url) {
    return fetch(url, {headers: {Accept: "application/json"}}).then(function (r) {
      if (!r.ok) throw new Error(r.status + " " + url);
      return r.json();
    });
  }
  function entityUrl(id) { return "entities/" + id.split("/").map(encodeURIComponent).join("/"); }

  // ------------------------------------------------------------ graph
  var cy = cytoscape({
    container: $("graph"),
    style: [
      {selector: "node", style: {"label": "data(label)", "background-color": "data(colour)", "font-size": 11,
        "text-wrap": "ellipsis", "text-max-width": 120, "width": 22, "height": 22}},
      {selector: "node.center", style: {"border-width": 3, "border-color": "#000"}},
      {selector: "node.expanded", style: {"shape": "round-rectangle"}},
      {selector: "edge", style: {"label": "data(predicate)", "font-size": 9, "curve-style": "bezier",
        "target-arrow-shape": "triangle", "width": 1.5, "line-color": "#bbb", "target-arrow-color": "#bbb",
        "text-rotation": "autorotate", "color": "#555"}}
    ]
  });
  window.kgGraph = cy;   // for the end-to-end test and the console

  function addNeighbourhood(data) {
    var added = [];
    data.nodes.forEach(function (n) {
      if (cy.getElementById(n.id).empty()) {
        added.push({group: "nodes", data: {id: n.id, label: n.label, type: n.type,
          colour: TYPE_COLOURS[n.type] || "#999"}});
      }
    });
    data.edges.forEach(function (e) {
      if (cy.getElementById(e.id).empty()) {
        added.push({group: "edges", data: {id: e.id, source: e.source, target: e.target, predicate: e.predicate}});
      }
    });
    cy.add(added);
    cy.getElementById(data.center).addClass("expanded");
    cy.layout({name: "cose", animate: false, nodeRepulsion: 9000, idealEdgeLength: 90}).run();
  }

  function expand(id) {
    return getJSON(entityUrl(id) + "/neighbors?depth=1").then(addNeighbourhood);
  }

  function open(id) {
    cy.elements().remove();
    return Promise.all([expand(id).then(function () { cy.getElementById(id).addClass("center"); }), show(id)]);
  }

  cy.on("tap", "node", function (evt) {
    var id = evt.target.id();
    expand(id);
    show(id);
  });

  // ------------------------------------------------------------ entity panel
  function show(id) {
    return getJSON(entityUrl(id)).then(function (e) {
      var panel = $("entity-panel");
      panel.innerHTML = "";
      panel.setAttribute("data-entity", e.id);
      var h = el("h3", {}, e.label);
      h.appendChild(el("span", {"class": "type"}, e.types.join(", ")));
      panel.appendChild(h);
      var names = e.labels.concat(e.aliases).map(function (l) { return l.value + (l.lang ? "@" + l.lang : ""); });
      panel.appendChild(el("p", {"class": "hint"}, names.join(" · ")));
      [["outgoing", "→"], ["incoming", "←"]].forEach(function (pair) {
        e[pair[0]].forEach(function (rel) {
          var div = el("div", {"class": "rel", "data-predicate": rel.predicate});
          div.appendChild(el("span", {"class": "pred"}, pair[1] + " " + rel.predicate + (rel.post ? " (" + rel.post + ")" : "") + " "));
          var link = el("a", {"class": "entity-link", "data-id": rel.other.id}, rel.other.label);
          link.addEventListener("click", function () { open(rel.other.id); });
          div.appendChild(link);
          div.appendChild(el("span", {"class": "type"}, rel.other.type || ""));
          rel.provenance.forEach(function (p) {
            var s = el("p", {"class": "sentence", title: p.title || p.document}, p.sentence || "");
            div.appendChild(s);
          });
          panel.appendChild(div);
        });
      });
    });
  }

  // ------------------------------------------------------------ search
  TYPES.forEach(function (t) { $("search-type").appendChild(el("option", {value: t}, t)); });
  $("search-form").addEventListener("submit", function (evt) {
    evt.preventDefault();
    var q = $("search-input").value.trim(), type = $("search-type").value;
    var url = "entities?limit=30&q=" + encodeURIComponent(q) + (type ? "&type=" + type : "");
    getJSON(url).then(function (body) {
      var list = $("search-results");
      list.innerHTML = "";
      body.items.forEach(function (item) {
        var li = el("li", {"data-id": item.id}, item.label);
        li.appendChild(el("span", {"class": "type"}, item.type || ""));
        li.addEventListener("click", function () {
          Array.prototype.forEach.call(list.children, function (c) { c.classList.remove("active"); });
          li.classList.add("active");
          open(item.id);
        });
        list.appendChild(li);
      });
      if (!body.items.length) list.appendChild(el("li", {"class": "empty"}, "no match"));
    });
  });

  getJSON("stats").then(function (s) {
    $("stats").textContent = s.entities + " entities · " + s.graphs + " articles · " + s.quads + " quads";
  });

  // ------------------------------------------------------------ SPARQL editor
  var yasgui = new Yasgui($("yasgui"), {
    requestConfig: {endpoint: new URL("sparql", document.baseURI).href, method: "POST"},
    copyEndpointOnNewTab: false,
    persistenceId: null,
    endpointCatalogueOptions: {getData: function () { return []; }},
    yasqe: {autocompleters: ["variables"]}
  });
  window.kgYasgui = yasgui;
  getJSON("queries").then(function (body) {
    body.items.forEach(function (q, i) {
      yasgui.addTab(i === 0, {name: q.name, yasqe: {value: q.text}});
    });
  });
})();
