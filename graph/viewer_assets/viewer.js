/* diplograph viewer. Document text is only ever written with textContent. */
(function () {
  "use strict";
  var t0 = performance.now();
  var data = JSON.parse(document.getElementById("dg-data").textContent);
  var meta = data.meta;
  var byId = new Map();
  data.nodes.forEach(function (n) { byId.set(n.id, n); });
  var edgeById = new Map();
  data.edges.forEach(function (e) { edgeById.set(e.id, e); });
  var classStyle = {};
  data.classes.forEach(function (c) { classStyle[c.name] = c; });

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  document.title = meta.title + " \u2014 diplograph";
  document.getElementById("dg-title").textContent = meta.title;
  if (meta.note) {     // the page draws the top entities only (viewer.py: VIEWER_MAX_NODES)
    var trimmedNote = document.getElementById("dg-trimmed");
    trimmedNote.textContent = meta.note;
    trimmedNote.hidden = false;
  }

  // --- vis data sets ---------------------------------------------------------------------
  var visNodes = new vis.DataSet(data.nodes.map(function (n) {
    var style = classStyle[n.cls] || classStyle[""];
    return { id: n.id, label: n.label, x: n.x, y: n.y, value: n.value, shape: style.shape,
             color: { background: style.color, border: style.border,
                      highlight: { background: style.color, border: "#000" } } };
  }));
  var visEdges = new vis.DataSet(data.edges.map(function (e) {
    var edge = { id: e.id, from: e.from, to: e.to, value: e.weight };
    if (e.label) edge.label = e.label;
    if (e.kinds.indexOf("relation") < 0) edge.dashes = !meta.large;
    return edge;
  }));

  // --- filters ---------------------------------------------------------------------------
  var state = { classes: new Set(data.classes.map(function (c) { return c.name; })),
                community: "", types: new Set(data.linkTypes.map(function (t) { return t.name; })),
                minDegree: meta.minDegree || 0 };
  function nodeVisible(n) {
    var d = byId.get(n.id);
    return state.classes.has(d.cls) && d.degree >= state.minDegree &&
           (state.community === "" || String(d.community) === state.community);
  }
  var nodesView = new vis.DataView(visNodes, { filter: nodeVisible });
  var edgesView = new vis.DataView(visEdges, { filter: function (e) {
    var d = edgeById.get(e.id);
    return d.types.some(function (t) { return state.types.has(t); }) &&
           nodeVisible({ id: d.from }) && nodeVisible({ id: d.to });
  } });
  function refresh() {
    nodesView.refresh();
    edgesView.refresh();
    updateCounts();
  }
  function updateCounts() {
    document.getElementById("dg-counts").textContent =
      nodesView.length + " of " + meta.nodes + " entities, " + edgesView.length + " of " + meta.edges + " links" +
      (meta.physics ? "" : " (precomputed layout)");
  }

  var legend = document.getElementById("dg-legend");
  data.classes.forEach(function (c) {
    if (!c.count) return;
    var label = el("label", null, "dg-shape-" + c.shape);
    var box = el("input"); box.type = "checkbox"; box.checked = true; box.dataset.cls = c.name;
    box.addEventListener("change", function () {
      if (box.checked) state.classes.add(c.name); else state.classes.delete(c.name);
      refresh();
    });
    var swatch = el("span", null, "dg-swatch"); swatch.style.background = c.color;
    label.append(box, swatch, el("span", c.name || "other"), el("span", c.count, "dg-count"));
    legend.append(label);
  });
  var community = document.getElementById("dg-community");
  community.append(el("option", "All communities"));
  community.options[0].value = "";
  data.communities.forEach(function (c) {
    var option = el("option", "Community " + c.id + " (" + c.size + ": " + c.top + ")");
    option.value = String(c.id);
    community.append(option);
  });
  community.addEventListener("change", function () { state.community = community.value; refresh(); });
  var relations = document.getElementById("dg-relations");
  data.linkTypes.forEach(function (t) {
    var label = el("label");
    var box = el("input"); box.type = "checkbox"; box.checked = true; box.dataset.type = t.name;
    box.addEventListener("change", function () {
      if (box.checked) state.types.add(t.name); else state.types.delete(t.name);
      refresh();
    });
    label.append(box, el("span", t.name), el("span", t.count, "dg-count"));
    relations.append(label);
  });
  var minDegree = document.getElementById("dg-min-degree");
  minDegree.value = String(state.minDegree);
  minDegree.addEventListener("change", function () { state.minDegree = Number(minDegree.value) || 0; refresh(); });

  // --- the network -----------------------------------------------------------------------
  var options = {
    autoResize: true,
    layout: { improvedLayout: false },
    nodes: { borderWidth: 1, font: { size: 14, strokeWidth: 3, strokeColor: "#fff" },
             scaling: { min: 6, max: 40, label: { enabled: true, min: 10, max: 28, drawThreshold: meta.large ? 9 : 5 } } },
    edges: { color: { color: "#9aa7b5", highlight: "#333", opacity: meta.large ? 0.5 : 0.8 },
             font: { size: 10, align: "middle", strokeWidth: 3, strokeColor: "#fff" },
             smooth: meta.large ? false : { type: "continuous" },
             scaling: { min: 0.5, max: 6, label: { enabled: true, drawThreshold: 6 } } },
    interaction: { hover: !meta.large, tooltipDelay: 1e9, hideEdgesOnDrag: meta.large, hideEdgesOnZoom: meta.large },
    physics: meta.physics ? { solver: "forceAtlas2Based", stabilization: { iterations: meta.stabilization, updateInterval: 50 },
                              forceAtlas2Based: { gravitationalConstant: -60, springLength: 90 } }
                          : false
  };
  var container = document.getElementById("dg-network");
  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, options);
  window.dgNetwork = network;
  window.dgNodes = visNodes;
  window.dgEdges = visEdges;
  window.dgNodesView = nodesView;
  window.dgEdgesView = edgesView;
  window.dgData = data;
  window.dgReady = false;
  window.dgTimings = { script: performance.now() - t0 };

  function ready() {
    if (window.dgReady) return;
    network.once("afterDrawing", function () {
      window.dgTimings.ready = performance.now();
      window.dgReady = true;
      document.body.dataset.ready = "true";
    });
    network.redraw();
  }
  if (meta.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: false });   // stop after stabilisation: no endless jiggling
      network.fit();
      ready();
    });
  } else {
    network.fit();
    ready();
  }
  updateCounts();

  // --- the side panel ----------------------------------------------------------------------
  var panel = document.getElementById("dg-panel");
  function section(title, items, render) {
    if (!items.length) return;
    panel.append(el("h3", title));
    var list = el("ul");
    items.forEach(function (item) { var li = el("li"); render(li, item); list.append(li); });
    panel.append(list);
  }
  function docTitle(path) { return data.docs[path] || path; }
  function evidence(li, item) {
    li.append(el("div", item[1], "dg-sentence"), el("div", docTitle(item[0]), "dg-doc"));
  }
  function showNode(id) {
    var n = byId.get(id);
    panel.replaceChildren();
    panel.dataset.node = n.key;
    panel.append(el("h2", n.label, "dg-name"), el("div", (n.cls || "other") + " \u00b7 " + n.key, "dg-note"));
    var table = el("table", null, "dg-metrics");
    [["degree", n.degree], ["weighted degree", n.wdegree], ["PageRank", n.pagerank.toFixed(4)],
     ["betweenness", n.betweenness.toFixed(4)], ["community", n.community]].forEach(function (row) {
      var tr = el("tr"); tr.append(el("td", row[0]), el("td", row[1])); table.append(tr);
    });
    panel.append(table);
    section("Aliases", n.aliases, function (li, a) { li.textContent = a; });
    section("Identifiers", Object.keys(n.identifiers).sort(), function (li, k) { li.textContent = k + ": " + n.identifiers[k]; });
    section("Documents", n.documents, function (li, d) {
      li.append(el("div", docTitle(d)), el("div", d, "dg-doc"));
    });
    section("Evidence", n.evidence, evidence);
  }
  function showEdge(id) {
    var e = edgeById.get(id);
    panel.replaceChildren();
    delete panel.dataset.node;
    panel.append(el("h2", byId.get(e.from).label + " \u2014 " + byId.get(e.to).label, "dg-name"),
                 el("div", e.types.join(", ") + " \u00b7 weight " + e.weight, "dg-note"));
    section("Relations", e.relations, function (li, r) {
      li.textContent = byId.get(r[1]).label + " " + r[0] + " " + byId.get(r[2]).label + (r[3] > 1 ? " (\u00d7" + r[3] + ")" : "");
    });
    section("Evidence", e.evidence, evidence);
  }
  window.dgShowNode = showNode;
  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });

  // --- search ----------------------------------------------------------------------------
  var status = document.getElementById("dg-search-status");
  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) return null;
    var best = null, bestRank = 9;
    for (var i = 0; i < data.nodes.length; i++) {
      var n = data.nodes[i];
      var names = [n.label, n.key].concat(n.aliases).map(function (s) { return String(s).toLowerCase(); });
      var rank = names.indexOf(q) >= 0 ? 0 : names.some(function (s) { return s.indexOf(q) === 0; }) ? 1 :
                 names.some(function (s) { return s.indexOf(q) >= 0; }) ? 2 : 9;
      if (rank < bestRank || (rank === bestRank && best && n.pagerank > best.pagerank)) { best = n; bestRank = rank; }
    }
    return bestRank < 9 ? best : null;
  }
  function focusNode(n) {
    if (!nodesView.get(n.id)) {     // hidden by a filter: show it rather than fail
      state.classes.add(n.cls); state.community = ""; community.value = "";
      state.minDegree = Math.min(state.minDegree, n.degree); minDegree.value = String(state.minDegree);
      legend.querySelectorAll("input").forEach(function (b) { if (b.dataset.cls === n.cls) b.checked = true; });
      refresh();
    }
    network.selectNodes([n.id]);
    delete document.body.dataset.focused;
    network.once("animationFinished", function () { document.body.dataset.focused = n.key; });
    network.focus(n.id, { scale: 1.5, animation: { duration: 300, easingFunction: "easeInOutQuad" } });
    showNode(n.id);
  }
  window.dgFocus = function (query) { var n = find(query); if (n) focusNode(n); return n ? n.key : null; };
  document.getElementById("dg-search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var n = find(document.getElementById("dg-search").value);
    status.textContent = n ? "" : "not found";
    if (n) focusNode(n);
  });
})();
