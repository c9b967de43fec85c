/* The explore view: entity search, the overview (named queries type-counts,
 * most-connected, latest-articles), and the neighbourhood graph (cytoscape.js with the
 * fcose layout and a pass that pushes overlapping labels apart): legend, zoom and fit,
 * expand (click) and collapse (double-click), export as PNG, Chinese relation labels
 * (rdfs:label@zh of the ontology), and a fact's sentence and article on click. */
(function () {
  "use strict";
  var K = window.KG, $ = K.$, el = K.el;
  cytoscape.use(cytoscapeFcose);
  var RELATION_COLOURS = {subOrganizationOf: "#b22222", holdsPost: "#1f77b4", speaksAt: "#9467bd", locatedIn: "#17becf",
    publishedBy: "#8c564b", adoptedAt: "#e377c2", hasGoal: "#c9a000", proposes: "#ff7f0e",
    involvesTechnology: "#2ca02c", promotes: "#006d5b"};
  var EDGE_LABELS_UP_TO = 14;   // more edges than this: a relation's name shows on hover, its colour in the legend

  // ------------------------------------------------------------ graph
  var cy = cytoscape({
    container: $("graph"),
    minZoom: 0.2, maxZoom: 4,
    style: [
      {selector: "node", style: {"label": "data(label)", "background-color": "data(colour)", "font-size": 12,
        "font-family": K.FONT, "text-valign": "bottom", "text-margin-y": 4, "text-wrap": "ellipsis",
        "text-max-width": 150, "width": 24, "height": 24, "color": "#222",
        "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": 1}},
      {selector: "node.center", style: {"border-width": 3, "border-color": "#222", "width": 32, "height": 32}},
      {selector: "node.expanded", style: {"shape": "round-rectangle"}},
      {selector: "node:selected", style: {"overlay-color": "#8b1a1a", "overlay-opacity": 0.15, "overlay-padding": 6}},
      {selector: "edge", style: {"font-size": 10, "font-family": K.FONT, "curve-style": "bezier",
        "target-arrow-shape": "triangle", "width": 1.6, "line-color": "data(colour)", "target-arrow-color": "data(colour)",
        "line-opacity": 0.75, "color": "#333", "text-background-color": "#fff", "text-background-opacity": 0.9,
        "text-background-padding": 1}},
      {selector: "edge.labelled, edge.hover, edge:selected, edge.chosen", style: {"label": "data(label)"}},
      {selector: "edge:selected, edge.chosen", style: {"line-color": "#8b1a1a", "target-arrow-color": "#8b1a1a", "width": 3}}
    ]
  });
  window.kgGraph = cy;   // for the end-to-end test and the console

  function nodeData(n, addedBy) {
    return {id: n.id, label: n.label, type: n.type, colour: K.TYPE_COLOURS[n.type] || "#999", addedBy: addedBy, iri: n.iri};
  }
  function edgeLabel(e) { return K.termLabel(e.predicate); }

  /** Push apart nodes whose label-inclusive boxes overlap (fcose keeps nodes apart but
   * not always their labels). A few passes over the pairs; small graphs only. */
  function separateLabels() {
    var nodes = cy.nodes(), gap = 6;
    for (var pass = 0; pass < 60; pass++) {
      var moved = false;
      var boxes = nodes.map(function (n) { return n.boundingBox({includeLabels: true, includeOverlays: false}); });
      for (var i = 0; i < nodes.length; i++) {
        for (var j = i + 1; j < nodes.length; j++) {
          var a = boxes[i], b = boxes[j];
          var dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + gap, dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + gap;
          if (dx <= 0 || dy <= 0) continue;
          var pa = nodes[i].position(), pb = nodes[j].position(), shift;
          if (dx < dy) {
            shift = (pa.x <= pb.x ? -1 : 1) * dx / 2;
            nodes[i].position({x: pa.x + shift, y: pa.y}); nodes[j].position({x: pb.x - shift, y: pb.y});
          } else {
            shift = (pa.y <= pb.y ? -1 : 1) * dy / 2;
            nodes[i].position({x: pa.x, y: pa.y + shift}); nodes[j].position({x: pb.x, y: pb.y - shift});
          }
          boxes[i] = nodes[i].boundingBox({includeLabels: true, includeOverlays: false});
          boxes[j] = nodes[j].boundingBox({includeLabels: true, includeOverlays: false});
          moved = true;
        }
      }
      if (!moved) break;
    }
  }

  function overlap(a, b) { return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2; }
  /** A relation's name that would cover a node, its label or another relation's name is
   * shown on hover only (its colour still says which relation it is). */
  function hideClashingEdgeLabels() {
    var taken = cy.nodes().map(function (n) { return n.boundingBox({includeLabels: true, includeOverlays: false}); });
    cy.edges(".labelled").forEach(function (e) {
      var box = e.boundingBox({includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false});
      if (box.w <= 0 || taken.some(function (t) { return overlap(box, t); })) e.removeClass("labelled");
      else taken.push(box);
    });
  }

  function layout(randomize) {
    if (cy.nodes().length === 0) return;
    var run = cy.layout({name: "fcose", quality: "proof", randomize: randomize !== false, animate: false,
      nodeDimensionsIncludeLabels: true, idealEdgeLength: 150, nodeRepulsion: 12000, nodeSeparation: 90,
      edgeElasticity: 0.3, packComponents: true, fit: false, padding: 30});
    run.run();
    cy.edges().toggleClass("labelled", cy.edges().length <= EDGE_LABELS_UP_TO);
    separateLabels();
    hideClashingEdgeLabels();
    cy.fit(undefined, 30);
    if (cy.zoom() > 1.4) { cy.zoom(1.4); cy.center(); }
    drawLegend();
  }

  function addNeighbourhood(center, data) {
    var origin = cy.getElementById(center).position() || {x: 0, y: 0}, added = [];
    data.nodes.forEach(function (n) {
      if (cy.getElementById(n.id).empty()) {
        added.push({group: "nodes", data: nodeData(n, center), position: {x: origin.x + Math.random() * 40 - 20,
          y: origin.y + Math.random() * 40 - 20}});
      }
    });
    data.edges.forEach(function (e) {
      if (cy.getElementById(e.id).empty()) {
        added.push({group: "edges", data: {id: e.id, source: e.source, target: e.target, predicate: e.predicate,
          label: edgeLabel(e), colour: RELATION_COLOURS[e.predicate] || "#999"}});
      }
    });
    cy.add(added);
    cy.getElementById(center).addClass("expanded");
  }

  function expand(id) {
    return K.getJSON(K.entityUrl(id) + "/neighbors?depth=1").then(function (data) {
      var first = cy.nodes().length === 0;
      if (first) cy.add({group: "nodes", data: nodeData(data.nodes.filter(function (n) { return n.id === data.center; })[0]
        || {id: id, label: id}, null)});
      addNeighbourhood(id, data);
      layout(first);
    });
  }

  /** Remove what expanding ``id`` added (and what those added in turn), unless it is the centre. */
  function collapse(id) {
    var node = cy.getElementById(id);
    if (node.empty() || !node.hasClass("expanded")) return;
    cy.nodes().filter(function (n) { return n.data("addedBy") === id && !n.hasClass("center"); }).forEach(function (n) {
      collapse(n.id());
      n.remove();
    });
    node.removeClass("expanded");
    layout(false);
  }

  function showGraph() { $("overview").hidden = true; $("graph-view").hidden = false; cy.resize(); }
  function showOverview() { $("graph-view").hidden = true; $("overview").hidden = false; }

  function open(id) {
    showGraph();
    cy.elements().remove();
    if (location.hash !== "#explore/" + encodeURIComponent(id)) history.replaceState(null, "", "#explore/" + encodeURIComponent(id));
    return Promise.all([expand(id).then(function () { cy.getElementById(id).addClass("center"); }), show(id)]);
  }

  cy.on("tap", "node", function (evt) {
    var id = evt.target.id();
    show(id);
    if (!evt.target.hasClass("expanded")) expand(id);
  });
  cy.on("mouseover", "edge", function (evt) { evt.target.addClass("hover"); });
  cy.on("mouseout", "edge", function (evt) { evt.target.removeClass("hover"); });
  cy.on("dbltap", "node", function (evt) { collapse(evt.target.id()); });
  cy.on("tap", "edge", function (evt) {
    var e = evt.target.data();
    showFact(e.source, e.predicate, e.target);
  });

  // ------------------------------------------------------------ legend and controls
  function drawLegend() {
    var present = {}, relations = {};
    cy.nodes().forEach(function (n) { present[n.data("type")] = true; });
    cy.edges().forEach(function (e) { relations[e.data("predicate")] = true; });
    var legend = $("legend");
    legend.innerHTML = "";
    K.TYPES.forEach(function (t) {
      var li = el("li", {"data-type": t, "class": present[t] ? "present" : "absent", title: t});
      li.appendChild(el("span", {"class": "swatch", style: "background:" + K.TYPE_COLOURS[t]}));
      li.appendChild(document.createTextNode(K.typeLabel(t) + " " + t));
      legend.appendChild(li);
    });
    legend.appendChild(el("li", {"class": "break"}));
    Object.keys(RELATION_COLOURS).filter(function (r) { return relations[r]; }).forEach(function (r) {
      var li = el("li", {"data-relation": r, title: K.termTitle(r)});
      li.appendChild(el("span", {"class": "line", style: "background:" + RELATION_COLOURS[r]}));
      li.appendChild(document.createTextNode(K.termLabel(r)));
      legend.appendChild(li);
    });
  }
  function zoomBy(factor) {
    cy.zoom({level: cy.zoom() * factor, renderedPosition: {x: cy.width() / 2, y: cy.height() / 2}});
  }
  $("zoom-in").addEventListener("click", function () { zoomBy(1.25); });
  $("zoom-out").addEventListener("click", function () { zoomBy(0.8); });
  $("zoom-fit").addEventListener("click", function () { cy.fit(undefined, 30); });
  $("relayout").addEventListener("click", function () { layout(true); });
  $("back-overview").addEventListener("click", function () { showOverview(); history.replaceState(null, "", "#explore"); });
  $("export-png").addEventListener("click", function () {
    var center = cy.nodes(".center");
    var a = el("a", {href: cy.png({full: true, scale: 2, bg: "#ffffff"}),
      download: "kg-" + (center.length ? center.data("label") : "graph") + ".png"});
    document.body.appendChild(a);
    a.click();
    a.remove();
  });

  // ------------------------------------------------------------ entity panel and facts
  function provenanceList(provenance) {
    var list = el("ul", {"class": "provenance"});
    provenance.forEach(function (p) {
      var li = el("li");
      li.appendChild(el("q", {"class": "sentence"}, p.sentence || ""));
      var doc = p.document || K.articleId(p.article || "");
      if (doc) {
        li.appendChild(el("a", {href: K.articleUrl(doc, p.sentence_index), "class": "article-link",
          title: p.article || ""}, "— " + (p.title || doc)));
      }
      list.appendChild(li);
    });
    return list;
  }

  function relationText(predicate, post) {
    return K.termLabel(predicate) + (post ? "（" + post + "）" : "");
  }

  /** The fact source —predicate→ target with the sentences it was read from and their articles. */
  function showFact(source, predicate, target) {
    cy.edges().removeClass("chosen");
    cy.edges().filter(function (e) {
      return e.data("source") === source && e.data("target") === target && e.data("predicate") === predicate;
    }).addClass("chosen");
    return K.getJSON(K.entityUrl(source)).then(function (e) {
      var rel = e.outgoing.filter(function (r) { return r.predicate === predicate && r.other.id === target; })[0];
      var box = $("fact") || el("div", {id: "fact", "class": "fact"});
      box.innerHTML = "";
      box.setAttribute("data-fact", source + " " + predicate + " " + target);
      var head = el("p", {"class": "fact-head"});
      head.appendChild(el("strong", {}, e.label));
      head.appendChild(el("span", {"class": "pred", title: K.termTitle(predicate)},
        " —" + relationText(predicate, rel && rel.post) + "→ "));
      head.appendChild(el("strong", {}, rel ? rel.other.label : target));
      box.appendChild(el("h4", {}, "事实 fact"));
      box.appendChild(head);
      box.appendChild(rel && rel.provenance.length ? provenanceList(rel.provenance)
        : el("p", {"class": "hint"}, "no source sentence recorded"));
      var panel = $("entity-panel");
      panel.insertBefore(box, panel.firstChild);
      panel.scrollTop = 0;
    });
  }

  function show(id) {
    cy.nodes().unselect();
    cy.getElementById(id).select();
    return K.getJSON(K.entityUrl(id)).then(function (e) {
      var panel = $("entity-panel");
      panel.innerHTML = "";
      panel.setAttribute("data-entity", e.id);
      var h = el("h3", {title: e.iri || e.id}, e.label);
      h.appendChild(el("span", {"class": "type"}, e.types.map(function (t) { return K.typeLabel(t) + " " + t; }).join(", ")));
      panel.appendChild(h);
      var names = e.labels.concat(e.aliases).map(function (l) { return l.value + (l.lang && l.lang !== "zh" ? " (" + l.lang + ")" : ""); });
      panel.appendChild(el("p", {"class": "hint iri", title: e.iri || ""}, names.join(" · ")));
      var node = cy.getElementById(e.id);
      if (!node.empty()) {
        var tools = el("p", {"class": "node-tools"});
        var exp = el("button", {type: "button", "class": "expand"}, "展开 expand");
        exp.addEventListener("click", function () { expand(e.id); });
        var col = el("button", {type: "button", "class": "collapse"}, "收起 collapse");
        col.addEventListener("click", function () { collapse(e.id); });
        tools.appendChild(exp);
        tools.appendChild(col);
        panel.appendChild(tools);
      }
      [["outgoing", "→"], ["incoming", "←"]].forEach(function (pair) {
        e[pair[0]].forEach(function (rel) {
          var div = el("div", {"class": "rel", "data-predicate": rel.predicate});
          var pred = el("a", {"class": "pred fact-link", href: "#", title: K.termTitle(rel.predicate)},
            pair[1] + " " + relationText(rel.predicate, rel.post) + " ");
          pred.addEventListener("click", function (evt) {
            evt.preventDefault();
            if (pair[0] === "outgoing") showFact(e.id, rel.predicate, rel.other.id);
            else showFact(rel.other.id, rel.predicate, e.id);
          });
          div.appendChild(pred);
          var link = el("a", {"class": "entity-link", "data-id": rel.other.id, href: "#explore/" + encodeURIComponent(rel.other.id),
            title: rel.other.iri || rel.other.id}, rel.other.label);
          link.addEventListener("click", function (evt) { evt.preventDefault(); open(rel.other.id); });
          div.appendChild(link);
          div.appendChild(el("span", {"class": "type"}, K.typeLabel(rel.other.type)));
          div.appendChild(provenanceList(rel.provenance));
          panel.appendChild(div);
        });
      });
    });
  }

  // ------------------------------------------------------------ search
  K.TYPES.forEach(function (t) { $("search-type").appendChild(el("option", {value: t}, t)); });
  var searches = 0, shown = null;
  function search(q, type) {
    var url = "entities?limit=30&q=" + encodeURIComponent(q) + (type ? "&type=" + type : ""), mine = ++searches;
    if (url === shown) return Promise.resolve();    // already listed (typing paused, then Enter)
    return K.getJSON(url).then(function (body) {
      if (mine !== searches) return;          // a later search has been asked for
      shown = url;
      var list = $("search-results");
      list.innerHTML = "";
      body.items.forEach(function (item) {
        var li = el("li", {"data-id": item.id, title: item.iri || item.id}, item.label);
        li.appendChild(el("span", {"class": "type"}, [K.typeLabel(item.type), K.keyContext(item.id)].filter(Boolean).join(" · ")));
        li.addEventListener("click", function () {
          Array.prototype.forEach.call(list.children, function (c) { c.classList.remove("active"); });
          li.classList.add("active");
          open(item.id);
        });
        list.appendChild(li);
      });
      if (!body.items.length) list.appendChild(el("li", {"class": "empty"}, "无匹配 no match"));
    });
  }
  var typing = null;        // search as you type, once the typing pauses
  $("search-form").addEventListener("submit", function (evt) {
    evt.preventDefault();
    clearTimeout(typing);
    search($("search-input").value.trim(), $("search-type").value);
  });
  $("search-input").addEventListener("input", function () {
    clearTimeout(typing);
    var q = $("search-input").value.trim();
    if (q) typing = setTimeout(function () { search(q, $("search-type").value); }, 250);
  });

  // ------------------------------------------------------------ overview
  function bindings(results) { return results.results.bindings; }
  function local(iri) { return iri.slice(iri.lastIndexOf("#") + 1); }

  function rankedList(target, rows) {
    var ol = $(target).querySelector("ol");
    ol.innerHTML = "";
    rows.forEach(function (r) {
      var key = K.keyFromIri(r.entity.value), type = local(r.type.value);
      var li = el("li", {"data-id": key});
      var a = el("a", {href: "#explore/" + encodeURIComponent(key), "class": "entity-link", "data-id": key,
        title: r.entity.value}, r.label.value);
      a.addEventListener("click", function (evt) { evt.preventDefault(); open(key); });
      li.appendChild(el("span", {"class": "swatch", style: "background:" + (K.TYPE_COLOURS[type] || "#999")}));
      li.appendChild(a);
      li.appendChild(el("span", {"class": "count", title: "distinct neighbours"}, r.neighbours.value));
      ol.appendChild(li);
    });
    if (!rows.length) ol.appendChild(el("li", {"class": "empty"}, "—"));
  }

  function loadOverview() {
    K.runQuery("type-counts").then(function (res) {
      var ul = $("overview-types").querySelector("ul");
      ul.innerHTML = "";
      bindings(res).forEach(function (r) {
        var t = local(r.type.value);
        var li = el("li", {"data-type": t, title: t, style: "border-color:" + (K.TYPE_COLOURS[t] || "#999")});
        li.appendChild(el("span", {"class": "swatch", style: "background:" + (K.TYPE_COLOURS[t] || "#999")}));
        li.appendChild(el("span", {"class": "name"}, K.typeLabel(t)));
        li.appendChild(el("span", {"class": "count"}, r.entities.value));
        li.addEventListener("click", function () { $("search-type").value = t; search("", t); });
        ul.appendChild(li);
      });
    });
    function top(type) { return K.runQuery("most-connected", {type: type}).then(bindings); }
    Promise.all([top("Agency"), top("Organization")]).then(function (lists) {
      rankedList("overview-bodies", lists[0].concat(lists[1]).sort(function (a, b) {
        return b.neighbours.value - a.neighbours.value;
      }).slice(0, 8));
    });
    top("Technology").then(function (rows) { rankedList("overview-technologies", rows.slice(0, 8)); });
    K.runQuery("latest-articles").then(function (res) {
      var ol = $("overview-articles").querySelector("ol");
      ol.innerHTML = "";
      bindings(res).slice(0, 8).forEach(function (r) {
        var id = r.documentId.value, li = el("li", {"data-article": id});
        li.appendChild(el("a", {href: K.articleUrl(id), "class": "article-link", title: r.article.value},
          r.title ? r.title.value : id));
        var meta = [r.date ? r.date.value : null, r.facts.value + " 条事实 facts"].filter(Boolean).join(" · ");
        li.appendChild(el("span", {"class": "meta"}, meta));
        ol.appendChild(li);
      });
    });
  }

  K.explore = {open: open, showOverview: showOverview, loadOverview: loadOverview, resize: function () { cy.resize(); }};
})();
