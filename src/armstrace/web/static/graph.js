// Draws the entity network with cytoscape (vendored from npm, see vendor/README.txt).
// The data comes from a JSON block the server rendered; no inline script, so the page's
// Content-Security-Policy can forbid inline code entirely.
(function () {
  "use strict";
  function draw() {
    var holder = document.getElementById("graph");
    var source = document.getElementById("graph-data");
    if (!holder || !source || typeof cytoscape !== "function") { return; }
    var data = JSON.parse(source.textContent);
    var colours = { transfer: "#1f5fbf", ownership: "#7a3cc2", sanction: "#a11111",
                    production: "#2b8a3e", development: "#8a5a00", component: "#555" };
    var elements = [];
    data.nodes.forEach(function (n) {
      elements.push({ data: { id: n.id, label: n.name, type: n.type || "", hop: n.hop || 0,
                              centre: n.id === data.centre ? 1 : 0 } });
    });
    data.edges.forEach(function (e) {
      elements.push({ data: { id: e.id, source: e.source, target: e.target, label: e.type,
                              colour: colours[e.type] || "#888" } });
    });
    var cy = cytoscape({
      container: holder,
      elements: elements,
      minZoom: 0.2,
      maxZoom: 2,
      // Force-directed (cytoscape's own cose); zoom capped so small graphs stay legible.
      layout: { name: "cose", animate: false, padding: 50, nodeOverlap: 40,
                idealEdgeLength: function () { return 90; } },
      style: [
        { selector: "node", style: { "label": "data(label)", "font-size": 11, "background-color": "#9fb6dd",
                                     "text-valign": "bottom", "text-margin-y": 4, "width": 22, "height": 22 } },
        { selector: "node[centre = 1]", style: { "background-color": "#1d2330", "width": 32, "height": 32 } },
        { selector: "edge", style: { "curve-style": "bezier", "target-arrow-shape": "triangle", "width": 2,
                                     "line-color": "data(colour)", "target-arrow-color": "data(colour)",
                                     "label": "data(label)", "font-size": 9, "color": "#555" } }
      ]
    });
    cy.on("tap", "node", function (event) {
      window.location.href = "/entities/" + encodeURIComponent(event.target.id());
    });
    holder.setAttribute("data-drawn", String(cy.nodes().length));
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", draw); } else { draw(); }
})();
