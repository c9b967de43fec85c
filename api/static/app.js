/* The page's shell: one view at a time (explore, questions, charts, SPARQL) chosen by
 * the URL fragment, the header's counts, and the raw SPARQL editor (YASGUI), created
 * when its view is first opened so that it never takes the focus or scrolls the page
 * at load. Everything is served by the app itself. */
(function () {
  "use strict";
  var K = window.KG, $ = K.$;

  // ------------------------------------------------------------ raw SPARQL editor (YASGUI)
  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
    });
  }
  // the results table shows an IRI as a short, readable name (kgr:person/陈洪宛, kg:任职于)
  // with the full IRI on hover and as the link
  var table = Yasgui.Yasr.plugins.table;
  if (table && table.prototype.getUriLinkFromBinding) {
    table.prototype.getUriLinkFromBinding = function (binding) {
      var iri = binding.value, key = K.keyFromIri(iri), text;
      if (key) text = "kgr:" + key;
      else if (iri.indexOf(K.KG_NS) === 0) text = "kg:" + iri.slice(K.KG_NS.length) + " " + K.termLabel(iri.slice(K.KG_NS.length));
      else text = K.prefixed(iri);
      return "<a class='iri' href='" + escapeHtml(iri) + "' title='" + escapeHtml(iri) + "'>" + escapeHtml(text) + "</a>";
    };
  }

  var yasgui = null, tabsByName = {};
  function sparqlView() {
    if (yasgui) return Promise.resolve(yasgui);
    var hash = location.hash;       // YASGUI reads a query from the fragment and then clears it
    yasgui = new Yasgui($("yasgui"), {
      requestConfig: {endpoint: new URL("sparql", document.baseURI).href, method: "POST"},
      copyEndpointOnNewTab: false,
      persistenceId: null,
      endpointCatalogueOptions: {getData: function () { return []; }},
      yasqe: {autocompleters: ["variables"]},
      yasr: {prefixes: {}}
    });
    window.kgYasgui = yasgui;
    if (location.hash !== hash) history.replaceState(null, "", hash);
    return Promise.all([K.getJSON("queries"), K.questions.defaultQuery()]).then(function (all) {
      var items = all[0].items, first = all[1];
      // the tab open at load is one that runs as it is (no required parameter left unbound)
      var blank = yasgui.getTab();
      items.forEach(function (q) {
        var tab = yasgui.addTab(q.name === first, {name: q.name, yasqe: {value: q.text}});
        tabsByName[q.name] = tab && tab.getId ? tab.getId() : tab;
      });
      if (blank && items.length) {
        try { blank.close(); } catch (e) { /* keep it */ }
      }
      document.body.setAttribute("data-sparql-ready", "1");
      return yasgui;
    });
  }
  K.sparql = {
    select: function (name) {
      return sparqlView().then(function (y) {
        var tab = tabsByName[name];
        if (tab) y.selectTabId(typeof tab === "string" ? tab : tab.getId());
      });
    }
  };

  // ------------------------------------------------------------ views
  var VIEWS = ["explore", "questions", "charts", "sparql"];
  function route() {
    var hash = location.hash.replace(/^#/, ""), parts = hash.split("/"), view = parts[0];
    var arg = parts.length > 1 ? decodeURIComponent(parts.slice(1).join("/")) : "";
    if (VIEWS.indexOf(view) < 0) view = "explore";
    VIEWS.forEach(function (v) { $("view-" + v).hidden = v !== view; });
    Array.prototype.forEach.call(document.querySelectorAll("#tabs a"), function (a) {
      a.classList.toggle("active", a.dataset.view === view);
      if (a.dataset.view === view) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
    });
    document.body.setAttribute("data-view", view);
    if (view === "explore") {
      K.explore.resize();
      if (arg && (!window.kgGraph.getElementById(arg).hasClass("center"))) K.explore.open(arg);
    } else if (view === "questions") {
      K.questions.show(arg || undefined);
    } else if (view === "charts") {
      K.charts.show();
    } else if (view === "sparql") {
      sparqlView();
    }
  }
  window.addEventListener("hashchange", route);

  K.getJSON("stats").then(function (s) {
    $("stats").textContent = s.entities + " 个实体 entities · " + s.graphs + " 篇文章 articles · " + s.triples + " triples";
  });
  K.ontologyReady.then(function () {
    K.explore.loadOverview();
    route();
    window.scrollTo(0, 0);
    document.body.setAttribute("data-ready", "1");
  });
})();
