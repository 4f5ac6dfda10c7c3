// graphaid map page: draws the graph embedded in #graph-data with vis-network, positions fixed, physics off.
// Text from articles only ever reaches the page as data: vis-network draws labels on the canvas and sets
// tooltips with innerText, and this script writes nothing but numbers into the document.
var payload = JSON.parse(document.getElementById("graph-data").textContent);
var nodes = new vis.DataSet(payload.nodes);
var edges = new vis.DataSet(payload.edges);
var network = new vis.Network(document.getElementById("mynetwork"), { nodes: nodes, edges: edges }, payload.options);

window.graphaidMap = { drawn: false, drawnAt: null, outlinesDrawn: 0 };

// the legend is a side panel: opening or closing it gives the map the room it leaves
var legend = document.getElementById("legend");
legend.addEventListener("toggle", function () {
  document.body.classList.toggle("legend-open", legend.open);
  network.setSize("100%", "100%");
  network.redraw();
});
network.once("afterDrawing", function () {
  window.graphaidMap.drawn = true;
  window.graphaidMap.drawnAt = performance.now();
});

if (payload.decor) {
  network.on("beforeDrawing", function (ctx) {
    drawDecor(ctx, payload.decor);
  });
}

function drawDecor(ctx, decor) {
  ctx.save();
  ctx.fillStyle = "#f4f6f9";
  ctx.strokeStyle = "#aab4c3";
  ctx.lineWidth = 1.2 / network.getScale(); // the canvas is scaled by the zoom: keep outlines 1.2 px wide
  ctx.lineJoin = "round";
  (decor.outlines || []).forEach(function (ring) {
    ctx.beginPath();
    ctx.moveTo(ring[0], ring[1]);
    for (var i = 2; i < ring.length; i += 2) {
      ctx.lineTo(ring[i], ring[i + 1]);
    }
    ctx.closePath();
    ctx.fill();
    ctx.stroke();
  });
  window.graphaidMap.outlinesDrawn = (decor.outlines || []).length;
  ctx.strokeStyle = "#e6eaf0";
  ctx.lineWidth = 1;
  ctx.lineWidth = 1;
  decor.lines.forEach(function (l) {
    ctx.beginPath();
    ctx.moveTo(l[0], l[1]);
    ctx.lineTo(l[2], l[3]);
    ctx.stroke();
  });
  decor.texts.forEach(function (t) {
    ctx.font = t.size + "px " + payload.font;
    ctx.fillStyle = t.color;
    ctx.textAlign = t.align;
    ctx.fillText(t.text, t.x, t.y);
  });
  decor.boxes.forEach(function (b) {
    ctx.strokeStyle = "#9aa3b0";
    ctx.setLineDash([6, 4]);
    ctx.strokeRect(b.x, b.y, b.w, b.h);
    ctx.setLineDash([]);
    ctx.fillStyle = "#5b6472";
    ctx.font = "16px " + payload.font;
    ctx.textAlign = "left";
    ctx.fillText(b.text, b.x + 8, b.y + 22);
  });
  ctx.restore();
}

// search: select the nodes whose name or an alias contains the query; Enter steps through them
var search = document.getElementById("search");
var searchResult = document.getElementById("search-result");
var matches = [];
var current = -1;

function runSearch() {
  var query = search.value.trim().toLowerCase();
  matches = query
    ? nodes.getIds({
        filter: function (node) {
          return node.names.some(function (name) {
            return name.toLowerCase().indexOf(query) >= 0;
          });
        },
      })
    : [];
  current = -1;
  network.selectNodes(matches);
  searchResult.textContent = query ? matches.length + " found" : "";
  if (matches.length) {
    network.fit({ nodes: matches, maxZoomLevel: 1.5, animation: false });
  }
}

search.addEventListener("input", runSearch);
search.addEventListener("keydown", function (event) {
  if (event.key === "Enter" && matches.length) {
    current = (current + 1) % matches.length;
    network.selectNodes([matches[current]]);
    network.focus(matches[current], { scale: 1.5, animation: false });
  }
});
