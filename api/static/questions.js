/* Guided questions: every named query of GET /queries as a form built from its typed
 * parameters — entities picked with search-as-you-type over /entities?q=, relations
 * and types from the ontology, articles from /documents — and its answer as a table
 * of labels (GET /queries/{name}). Columns no row binds (an optional parameter left
 * empty) are not shown. */
(function () {
  "use strict";
  var K = window.KG, $ = K.$, el = K.el;
  var RELATIONS = ["subOrganizationOf", "holdsPost", "speaksAt", "locatedIn", "publishedBy", "adoptedAt",
    "hasGoal", "proposes", "involvesTechnology", "promotes"];
  var ENTITY_TYPE_OF_PARAM = {technology: "Technology"};
  // what each bundled query asks, in the reader's words (a query not listed shows its description)
  var QUESTIONS = {
    "officials": "谁在哪个机构任什么职？", "org-hierarchy": "机构的下属单位有哪些？",
    "technologies": "哪些机构推动哪些技术？", "goals": "有哪些目标？涉及哪些技术、由谁提出？",
    "entity": "关于一个实体的一切", "provenance": "这条事实出自哪篇文章的哪句话？",
    "facts": "所有事实及其原句", "statistics": "文章报道了哪些数据？",
    "type-counts": "各类实体有多少？", "most-connected": "联系最多的实体是哪些？",
    "latest-articles": "最新的文章", "targets-by-deadline": "各年份、各地区有多少目标到期？",
    "statistics-over-time": "数据随时间的变化", "goals-per-technology": "每项技术涉及多少目标？"};
  var queries = [], current = null, documents = null;

  function documentsList() {
    if (!documents) documents = K.getJSON("documents").then(function (b) { return b.items; }).catch(function () { return []; });
    return documents;
  }

  /** The query to show first: one whose required parameters are all optional. */
  function defaultQuery() {
    var free = queries.filter(function (q) { return q.params.every(function (p) { return p.optional; }); });
    var officials = free.filter(function (q) { return q.name === "officials"; })[0];
    return (officials || free[0] || queries[0]).name;
  }

  function field(query, p) {
    var id = "param-" + p.name, wrap = el("div", {"class": "field" + (p.optional ? "" : " required")});
    var label = el("label", {"for": id});
    label.appendChild(el("span", {"class": "pname"}, p.name));
    label.appendChild(el("span", {"class": "ptype"}, p.type + (p.optional ? " · 可选 optional" : " · 必填 required")));
    if (p.description) label.appendChild(el("span", {"class": "pdoc"}, p.description));
    wrap.appendChild(label);
    var input;
    if (p.type === "iri" && p.name === "predicate") {
      input = el("select", {id: id, name: p.name});
      input.appendChild(el("option", {value: ""}, p.optional ? "（任意 any）" : "—"));
      RELATIONS.forEach(function (r) { input.appendChild(el("option", {value: r}, K.termLabel(r) + " · " + r)); });
    } else if (p.type === "iri" && p.name === "type") {
      input = el("select", {id: id, name: p.name});
      input.appendChild(el("option", {value: ""}, p.optional ? "（任意 any）" : "—"));
      K.TYPES.forEach(function (t) { input.appendChild(el("option", {value: t}, K.typeLabel(t) + " · " + t)); });
    } else if (p.type === "iri" && p.name === "article") {
      input = el("select", {id: id, name: p.name});
      input.appendChild(el("option", {value: ""}, p.optional ? "（全部文章 all articles）" : "—"));
      documentsList().then(function (items) {
        items.forEach(function (d) {
          input.appendChild(el("option", {value: "article/" + d.document, title: d.graph || ""}, d.title || d.document));
        });
      });
    } else if (p.type === "iri") {
      input = el("input", {id: id, name: p.name, type: "text", "class": "entity-input",
        placeholder: "输入名称搜索 type a name (e.g. 国家发展改革委) or paste an IRI"});
      wrap.appendChild(input);
      K.entityPicker(input, {type: ENTITY_TYPE_OF_PARAM[p.name]});
      return wrap;
    } else {
      input = el("input", {id: id, name: p.name, type: p.type === "string" ? "text" : "number",
        step: p.type === "decimal" ? "any" : "1"});
    }
    wrap.appendChild(input);
    return wrap;
  }

  function values(query) {
    var out = {}, missing = [];
    query.params.forEach(function (p) {
      var input = $("param-" + p.name), v = input.dataset.value || input.value.trim();
      if (v) out[p.name] = v; else if (!p.optional) missing.push(p.name);
    });
    return {values: out, missing: missing};
  }

  function run(query) {
    var box = $("question-results"), got = values(query);
    box.innerHTML = "";
    if (got.missing.length) {
      box.appendChild(el("p", {"class": "error"}, "请填写 please fill in: " + got.missing.join(", ")));
      return Promise.resolve();
    }
    box.appendChild(el("p", {"class": "hint"}, "…"));
    return K.runQuery(query.name, got.values).then(function (res) {
      box.innerHTML = "";
      box.setAttribute("data-query", query.name);
      box.appendChild(K.resultsTable(res, {onEntity: function (key) {
        location.hash = "#explore/" + encodeURIComponent(key);
      }}));
    }, function (err) {
      box.innerHTML = "";
      box.appendChild(el("p", {"class": "error"}, String(err.message || err)));
    });
  }

  function select(name) {
    var query = queries.filter(function (q) { return q.name === name; })[0] || queries[0];
    current = query;
    Array.prototype.forEach.call($("question-list").children, function (li) {
      li.classList.toggle("active", li.dataset.name === query.name);
    });
    var form = $("question-form");
    form.innerHTML = "";
    form.setAttribute("data-query", query.name);
    var title = form.appendChild(el("h2", {}, QUESTIONS[query.name] || query.name));
    if (QUESTIONS[query.name]) title.appendChild(el("small", {"class": "qname"}, " " + query.name));
    form.appendChild(el("p", {"class": "description"}, query.description));
    query.params.forEach(function (p) { form.appendChild(field(query, p)); });
    var buttons = el("p", {"class": "buttons"});
    buttons.appendChild(el("button", {type: "submit", "class": "primary"}, "提问 Ask"));
    var raw = el("a", {href: "#sparql", "class": "raw-link"}, "在 SPARQL 编辑器中打开 open in the SPARQL editor");
    raw.addEventListener("click", function () { if (K.sparql) K.sparql.select(query.name); });
    buttons.appendChild(raw);
    form.appendChild(buttons);
    $("question-results").innerHTML = "";
    // a query with nothing required answers at once; one with a required parameter waits
    if (query.params.every(function (p) { return p.optional; })) return run(query);
    $("question-results").appendChild(el("p", {"class": "hint"}, "填写参数后提问 fill in the parameters, then ask."));
    return Promise.resolve();
  }

  $("question-form").addEventListener("submit", function (evt) {
    evt.preventDefault();
    if (current) run(current);
  });

  var loaded = null;
  function load() {
    if (!loaded) {
      loaded = Promise.all([K.getJSON("queries"), K.ontologyReady]).then(function (all) {
        queries = all[0].items;
        var list = $("question-list");
        queries.forEach(function (q) {
          var li = el("li", {"data-name": q.name, title: q.description});
          var a = el("a", {href: "#questions/" + encodeURIComponent(q.name)}, QUESTIONS[q.name] || q.name);
          li.appendChild(a);
          li.appendChild(el("span", {"class": "qdesc"}, (QUESTIONS[q.name] ? q.name + " · " : "") +
            q.description.split(/[:.：。]/)[0]));
          list.appendChild(li);
        });
        return queries;
      });
    }
    return loaded;
  }

  K.questions = {
    load: load,
    defaultQuery: function () { return load().then(defaultQuery); },
    show: function (name) {
      return load().then(function () { return select(name || (current && current.name) || defaultQuery()); });
    }
  };
})();
