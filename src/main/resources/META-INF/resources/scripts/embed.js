/* The embedded chart (/embed/<series key>, chart/embed/EmbedPage): draws the option the page carries as JSON.
   The formatters mirror chart/EChart.java's crdashWire (JSON cannot carry functions). */
document.addEventListener('DOMContentLoaded', () => {
  const el = document.getElementById('chart');
  const data = document.getElementById('chart-option');
  if (!el || !data || !window.echarts) { return; }
  const opt = JSON.parse(data.textContent);
  if (opt.tooltip) { opt.tooltip.formatter = p => (p.data && p.data.tip) || p.seriesName; }
  (opt.xAxis || []).forEach(ax => { if (ax.crdashYears) { ax.axisLabel = Object.assign(ax.axisLabel || {},
      {formatter: v => String(new Date(v).getUTCFullYear())}); } });
  (opt.yAxis || []).forEach(ax => { if (ax.crdashUnit) { const u = ax.crdashUnit;
      ax.axisLabel = Object.assign(ax.axisLabel || {}, {formatter: v => u === '%' ? v + '%' : v + ' ' + u}); } });
  delete opt.toolbox;
  if (el.clientWidth < 560) { (opt.grid || []).forEach(g => { g.left = 62; g.right = 12; }); }
  const chart = echarts.init(el);
  chart.setOption(opt);
  new ResizeObserver(() => chart.resize()).observe(el);
  /* a value opens its passage in the dashboard, in a new tab (the embedding page stays) */
  chart.on('click', p => {
    const id = p.data && p.data.id;
    if (id && /^[oe]\d+$/.test(id)) {
      /* the series page, or the dashboard with a compared chart (its address has a query already) */
      const u = new URL(el.dataset.series, location.href);
      u.searchParams.set('point', id);
      window.open(u.href, '_blank', 'noopener');
    }
  });
  el.dataset.ready = 'true';
});
