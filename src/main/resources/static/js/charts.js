// Draws each chart of the page from its canvas's data-chart (a ChartSpec written by the server), with Chart.js
// (from npm, served by the app). Every chart has a table with the same data beside it; the canvas is an image
// with a name for screen readers, and nothing here runs inline, so the Content-Security-Policy holds.
const Chart = window.Chart;

document.querySelectorAll('canvas[data-chart]').forEach((canvas) => {
  if (!Chart) {
    return;
  }
  const spec = JSON.parse(canvas.dataset.chart);
  const valueAxis = spec.horizontal ? 'x' : 'y';
  const labelAxis = spec.horizontal ? 'y' : 'x';
  if (spec.horizontal) {
    // a bar per line of the table: as tall as the names need (set through the CSSOM, which the policy allows)
    canvas.parentElement.style.height = Math.max(160, spec.labels.length * 28 + 48) + 'px';
  }
  const scales = {};
  scales[labelAxis] = { ticks: { autoSkip: false, color: '#212b32' } };
  scales[valueAxis] = spec.percent ? { min: 0, max: 100, ticks: { callback: (v) => v + '%' } }
    : { beginAtZero: true, ticks: { precision: 0 } };
  // eslint-disable-next-line no-new
  new Chart(canvas, {
    type: spec.type,
    data: {
      labels: spec.labels,
      datasets: spec.datasets.map((d) => ({
        label: d.label,
        data: d.data,
        backgroundColor: d.colours.length === 1 ? d.colours[0] : d.colours,
        borderColor: d.colours.length === 1 ? d.colours[0] : d.colours,
        borderWidth: spec.type === 'line' ? 3 : 0,
        pointRadius: spec.type === 'line' ? 4 : 0,
        spanGaps: true,
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: spec.horizontal ? 'y' : 'x',
      plugins: {
        legend: { display: spec.datasets.length > 1, labels: { color: '#212b32' } },
        tooltip: { enabled: true },
      },
      scales,
    },
  });
});
