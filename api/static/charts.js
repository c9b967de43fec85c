/* Charts (Apache ECharts), each from a named query: targets by deadline year and
 * region (targets-by-deadline), statistics over time (statistics-over-time), goals per
 * technology (goals-per-technology). Drawn when the view is first shown. */
(function () {
  "use strict";
  var K = window.KG, $ = K.$;
  var charts = {};
  window.kgCharts = charts;     // for the end-to-end test and the console
  var TEXT = {fontFamily: K.FONT};
  var PALETTE = ["#8b1a1a", "#1f77b4", "#2ca02c", "#d4a017", "#9467bd", "#17becf", "#e07b39", "#8c564b",
    "#e377c2", "#7f7f7f", "#bcbd22", "#393b79"];

  function rows(res) {
    return res.results.bindings.map(function (b) {
      var out = {};
      Object.keys(b).forEach(function (k) { out[k] = b[k].value; });
      return out;
    });
  }
  function chart(id) {
    if (charts[id]) charts[id].dispose();
    charts[id] = echarts.init($(id), null, {renderer: "canvas"});
    return charts[id];
  }
  function note(id, text) {
    $(id + "-note").textContent = text;
    if (charts[id]) charts[id].resize();      // the note's line may have taken height from the chart
  }

  function targets() {
    return K.runQuery("targets-by-deadline").then(rows).then(function (data) {
      var dated = data.filter(function (r) { return r.year; });
      var undated = data.filter(function (r) { return !r.year; }).reduce(function (n, r) { return n + Number(r.goals); }, 0);
      var years = Array.from(new Set(dated.map(function (r) { return r.year; }))).sort();
      var regions = Array.from(new Set(dated.map(function (r) { return r.region || "未注明地区"; })));
      var series = regions.map(function (region) {
        return {name: region, type: "bar", stack: "goals", barMaxWidth: 48, emphasis: {focus: "series"},
          data: years.map(function (y) {
            var hit = dated.filter(function (r) { return r.year === y && (r.region || "未注明地区") === region; })[0];
            return hit ? Number(hit.goals) : 0;
          })};
      });
      chart("chart-targets").setOption({color: PALETTE, textStyle: TEXT,
        tooltip: {trigger: "axis", axisPointer: {type: "shadow"}},
        legend: {type: "scroll", top: 0, textStyle: TEXT},
        grid: {left: 40, right: 16, top: 36, bottom: 24},
        xAxis: {type: "category", data: years},
        yAxis: {type: "value", minInterval: 1},
        series: series});
      note("chart-targets", dated.length ? (undated ? "另有 " + undated + " 个目标未注明期限 (" + undated +
        " goals give no deadline)." : "") : "没有注明期限的目标 no goal gives a deadline (" + undated + " goals without one).");
    });
  }

  function statistics() {
    return K.runQuery("statistics-over-time").then(rows).then(function (data) {
      var dated = [], undated = 0;
      data.forEach(function (r) {
        var m = /((?:19|20)\d\d)/.exec(r.date || ""), v = Number(r.value);
        if (m && v > 0) dated.push({year: Number(m[1]), value: v, r: r}); else undated++;
      });
      var units = {};
      dated.forEach(function (d) { units[d.r.unit || "—"] = (units[d.r.unit || "—"] || 0) + 1; });
      var top = Object.keys(units).sort(function (a, b) { return units[b] - units[a]; }).slice(0, 8);
      var series = top.map(function (u) {
        return {name: u, type: "scatter", symbolSize: 10,
          data: dated.filter(function (d) { return (d.r.unit || "—") === u; }).map(function (d) {
            return {value: [d.year, d.value], measure: d.r.measure, text: d.r.valueText, date: d.r.date};
          })};
      });
      chart("chart-statistics").setOption({color: PALETTE, textStyle: TEXT,
        tooltip: {trigger: "item", formatter: function (p) {
          var d = p.data;    // ECharts escapes nothing here: build text, not markup
          return echarts.format.encodeHTML(d.measure + "：" + d.text + "（" + d.date + "）");
        }},
        legend: {type: "scroll", top: 0, textStyle: TEXT, formatter: function (u) { return "单位 " + u; }},
        grid: {left: 64, right: 16, top: 36, bottom: 24},
        xAxis: {type: "value", minInterval: 1, min: function (v) { return v.min - 1; }, max: function (v) { return v.max + 1; },
          axisLabel: {hideOverlap: true, formatter: function (v) { return String(v); }}},
        yAxis: {type: "log", logBase: 10,
          min: function (v) { return Math.pow(10, Math.floor(Math.log10(Math.max(v.min, 1e-6)))); },
          max: function (v) { return Math.pow(10, Math.ceil(Math.log10(Math.max(v.max, 1)))); },
          axisLabel: {hideOverlap: true, formatter: function (v) {
            return v >= 1e12 ? v / 1e12 + "万亿" : v >= 1e8 ? v / 1e8 + "亿" : v >= 1e4 ? v / 1e4 + "万" : String(v);
          }}},
        series: series});
      note("chart-statistics", dated.length + " 个有年份的数据 figures with a year" +
        (undated ? "；另有 " + undated + " 个未注明年份 (" + undated + " without a year)" : "") + ".");
    });
  }

  function technologies() {
    return K.runQuery("goals-per-technology").then(rows).then(function (data) {
      var top = data.filter(function (r) { return Number(r.goals) + Number(r.bodies) > 0; }).slice(0, 15).reverse();
      var c = chart("chart-technologies");
      c.setOption({color: ["#2ca02c", "#b22222"], textStyle: TEXT,
        tooltip: {trigger: "axis", axisPointer: {type: "shadow"}},
        legend: {top: 0, textStyle: TEXT},
        grid: {left: 8, right: 24, top: 36, bottom: 24, containLabel: true},
        xAxis: {type: "value", minInterval: 1},
        yAxis: {type: "category", data: top.map(function (r) { return r.technologyName; }), axisLabel: TEXT},
        series: [{name: "目标 goals", type: "bar", barMaxWidth: 18, data: top.map(function (r) { return Number(r.goals); })},
                 {name: "推动机构 promoting bodies", type: "bar", barMaxWidth: 18, data: top.map(function (r) { return Number(r.bodies); })}]});
      c.off("click");
      c.on("click", function (p) {
        var r = top[p.dataIndex], key = r && K.keyFromIri(r.technology);
        if (key) location.hash = "#explore/" + encodeURIComponent(key);
      });
      note("chart-technologies", data.length + " 项技术 technologies; 点击条形查看其关系图 click a bar to see its graph.");
    });
  }

  var drawn = null;
  K.charts = {
    show: function () {
      if (!drawn) drawn = Promise.all([targets(), statistics(), technologies()]);
      else Object.keys(charts).forEach(function (k) { charts[k].resize(); });
      return drawn;
    }
  };
  window.addEventListener("resize", function () { Object.keys(charts).forEach(function (k) { charts[k].resize(); }); });
})();
