// Draws the dyad chart from the JSON the server embedded; a click on an event marker opens it.
(function () {
  function draw() {
    var node = document.getElementById("chart-data");
    var target = document.getElementById("chart");
    if (!node || !target || typeof Plotly === "undefined") { return; }
    var fig = JSON.parse(node.textContent);
    Plotly.newPlot(target, fig.data, fig.layout, {responsive: true, displaylogo: false});
    target.on("plotly_click", function (ev) {
      var p = ev && ev.points && ev.points[0];
      if (p && p.customdata) { window.location.href = "/events/" + encodeURIComponent(p.customdata); }
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else { draw(); }
})();
