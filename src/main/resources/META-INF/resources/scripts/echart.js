/*
 * Client side of org.crdash.chart.EChart: installs Apache ECharts on the element once (clicks, zoom reports,
 * keyboard navigation, the formatters JSON cannot carry, test helpers). Loaded with @JavaScript; no bundle.
 */
window.crdashEChart = window.crdashEChart || {
  /* charts given an option in the same task (a page's cards and its timeline arrive in one server answer) are
     drawn one per task in page order, the first at the end of that task, so the browser shows the first chart
     (the dashboard's trade chart, what a reader waits for) before it draws the rest; a lone update is drawn at the
     end of its task too */
  queue: [],
  busy: false,
  show(el, json) {
    el.__pendingJson = json;
    if (!this.queue.includes(el)) { this.queue.push(el); }
    if (!this.busy) { this.busy = true; queueMicrotask(() => this.next()); }
  },
  next() {
    this.queue = this.queue.filter(e => e.isConnected);
    if (!this.queue.length) { this.busy = false; return; }
    this.queue.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    this.draw(this.queue.shift());
    if (this.queue.length) { setTimeout(() => this.next(), 0); } else { this.busy = false; }
  },
  /* parses the option and wires the few things JSON cannot carry (formatter functions) */
  draw(el) {
    const json = el.__pendingJson;
    el.__pendingJson = null;
    if (json == null || !el.__chart) { return; }
    el.__json = json;
    const opt = el.crdashWire(JSON.parse(json));
    if (el.clientWidth > 0 && el.clientWidth < 560) {
      /* phones: narrower margins (the legend is HTML outside the canvas) */
      (opt.grid || []).forEach(g => { if (!g.crdashFixed) { g.left = 62; } g.right = 12; });
    }
    /* a new option (a source hidden, an event chosen) keeps the zoom the reader chose */
    (opt.dataZoom || []).forEach(z => { if (el.__zoom && z.startValue == null) {
      z.startValue = el.__zoom[0]; z.endValue = el.__zoom[1]; } });
    el.__chart.setOption(opt, true);
    el.dataset.points = String(opt.crdashPointCount || 0);
    el.dataset.total = String(opt.crdashTotalCount || opt.crdashPointCount || 0);
    el.dataset.downsampled = String(!!opt.crdashDownsampled);
    el.dataset.ready = 'true';
    if (el.dataset.selected) { el.crdashSelect(el.dataset.selected); }
  },
  init(el) {
    if (!el.__chart) {
      el.__chart = echarts.init(el, null, {renderer: 'canvas'});
      /* a click opens the item; on overlapping items (or a cluster) the server offers the choice */
      el.__chart.on('click', p => {
        if (!p.data || !(p.data.id || p.data.ids)) { return; }
        const ids = el.crdashNear(p.seriesIndex, p.data);
        /* the tooltip would float over the "which one?" dialog */
        if (ids.length > 1) { el.__chart.dispatchAction({type: 'hideTip'}); el.$server.itemsClicked(ids.join(',')); }
        else if (ids.length === 1) { el.$server.itemClicked(ids[0]); }
      });
      /* report the zoom once it settles (a drag or wheel fires many events), so a server-side
         re-query of the visible range runs once per gesture; charts of one zoom group (a dashboard's charts
         and its events timeline) follow each other's zoom */
      el.__chart.on('datazoom', () => {
        const o = el.__chart.getOption();
        const dz = o.dataZoom && o.dataZoom[0];
        if (!dz || dz.startValue == null) { return; }
        el.__zoom = [dz.startValue, dz.endValue];
        if (!el.__following) { el.crdashLead(dz.startValue, dz.endValue); }
        clearTimeout(el.__zoomTimer);
        el.__zoomTimer = setTimeout(() => el.$server.zoomed(dz.startValue, dz.endValue), 250);
      });
      el.__chart.on('restore', () => {
        el.__zoom = null;
        if (!el.__following) { el.crdashLead(null, null); }
      });
      el.crdashLead = (start, end) => {
        const group = el.dataset.zoomGroup;
        if (!group) { return; }
        document.querySelectorAll('[data-zoom-group="' + CSS.escape(group) + '"]').forEach(other => {
          if (other === el || !other.__chart || other.__pendingJson != null) { return; }
          other.__following = true;
          try {
            if (start == null) { other.__chart.dispatchAction({type: 'restore'}); }
            else { other.__chart.dispatchAction({type: 'dataZoom', startValue: start, endValue: end}); }
          } finally { other.__following = false; }
        });
      };
      new ResizeObserver(() => el.__chart && el.__chart.resize()).observe(el);
      /* keyboard: Tab reaches the chart, arrows move from value to value (in time order), Enter opens the
         passage (or the choice of a cluster), Escape leaves; the current value is read out by a live region */
      el.tabIndex = 0;
      el.__kbd = -1;
      const live = document.createElement('span');
      live.className = 'echart-live';
      live.setAttribute('aria-live', 'polite');
      el.after(live);
      el.crdashItems = () => {
        const opt = el.__chart.getOption();
        const out = [];
        opt.series.forEach((s, si) => {
          /* a marker of another feature opens the value it marks, which the keys already reach */
          if (s.type !== 'scatter' || s.crdashRole === 'annotation') { return; }
          (s.data || []).forEach((d, di) => {
            if (d && (d.id || d.ids)) { out.push({s: si, i: di, ids: d.ids || [d.id], x: d.value[0], tip: d.tip || ''}); }
          });
        });
        out.sort((a, b) => (a.x < b.x ? -1 : a.x > b.x ? 1 : 0));
        return out;
      };
      const move = k => {
        const items = el.crdashItems();
        if (!items.length) { return; }
        el.__kbd = Math.max(0, Math.min(items.length - 1, k));
        const it = items[el.__kbd];
        el.__chart.dispatchAction({type: 'downplay'});
        el.__chart.dispatchAction({type: 'highlight', seriesIndex: it.s, dataIndex: it.i});
        el.__chart.dispatchAction({type: 'showTip', seriesIndex: it.s, dataIndex: it.i});
        el.dataset.focusItem = it.ids.join(',');
        const text = document.createElement('div');
        text.innerHTML = it.tip.replace(/<br>/g, '. ');
        live.textContent = (el.__kbd + 1) + ' of ' + items.length + ': ' + text.textContent;
      };
      el.addEventListener('keydown', e => {
        const k = el.__kbd;
        if (e.key === 'ArrowRight' || e.key === 'ArrowDown') { e.preventDefault(); move(k + 1); }
        else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') { e.preventDefault(); move(k < 0 ? 0 : k - 1); }
        else if (e.key === 'Home') { e.preventDefault(); move(0); }
        else if (e.key === 'End') { e.preventDefault(); move(1e9); }
        else if ((e.key === 'Enter' || e.key === ' ') && k >= 0) {
          e.preventDefault();
          const it = el.crdashItems()[k];
          if (!it) { return; }
          if (it.ids.length > 1) { el.$server.itemsClicked(it.ids.join(',')); }
          else { el.$server.itemClicked(it.ids[0]); }
        } else if (e.key === 'Escape') { el.__chart.dispatchAction({type: 'hideTip'}); live.textContent = ''; }
      });
      el.addEventListener('focus', () => { if (el.__kbd < 0) { move(0); } });
      /* where an item is drawn: its value's pixel plus its sideways offset (close values of a period) */
      el.crdashDrawnAt = (seriesIndex, d) => {
        const px = el.__chart.convertToPixel({seriesIndex}, d.value);
        const off = d.symbolOffset;
        return off ? [px[0] + Number(off[0]), px[1] + Number(off[1])] : px;
      };
      /* the ids of every item drawn within reach of the clicked one (its own first): 9 px for a mouse, a
         fingertip's 16 px on a phone-sized chart */
      el.crdashNear = (seriesIndex, item) => {
        const opt = el.__chart.getOption();
        /* a note's pin opens the one value it marks; pins are not values, so never "within reach" of one */
        if (opt.series[seriesIndex].crdashRole === 'annotation') { return [item.id]; }
        const at = el.crdashDrawnAt(seriesIndex, item);
        const reach = el.clientWidth < 560 ? 16 : 9;
        const out = [];
        opt.series.forEach((s, si) => {
          if (s.type !== 'scatter' || s.crdashRole === 'annotation') { return; }
          (s.data || []).forEach(d => {
            if (!d || !(d.id || d.ids)) { return; }
            const px = el.crdashDrawnAt(si, d);
            if (Math.hypot(px[0] - at[0], px[1] - at[1]) <= reach) {
              (d.ids || [d.id]).forEach(id => { if (!out.includes(id)) { out.push(id); } });
            }
          });
        });
        return out;
      };
      /* formatters, which JSON cannot carry */
      el.crdashWire = opt => {
        if (opt.tooltip) { opt.tooltip.formatter = p => (p.data && p.data.tip) || p.seriesName; }
        /* a year on its first day, else the month (ticks of a zoomed axis fall inside years) */
        const tick = v => { const d = new Date(v); return d.getUTCMonth() === 0 && d.getUTCDate() === 1
            ? String(d.getUTCFullYear()) : d.toLocaleString('en', {month: 'short', timeZone: 'UTC'}); };
        (opt.xAxis || []).forEach(ax => { if (ax.crdashYears) { ax.axisLabel = Object.assign(ax.axisLabel || {},
            {formatter: tick}); } });
        (opt.yAxis || []).forEach(ax => { if (ax.crdashUnit) { const u = ax.crdashUnit;
            ax.axisLabel = Object.assign(ax.axisLabel || {}, {formatter: v => u === '%' ? v + '%' : v + ' ' + u}); } });
        return opt;
      };
      el.crdashHas = (d, id) => d && (d.id === id || (d.ids && d.ids.includes(id)));
      /* where a data item is drawn, in pixels relative to the element (used by browser tests) */
      el.crdashPixelOf = id => {
        const opt = el.__chart.getOption();
        for (let s = 0; s < opt.series.length; s++) {
          const data = opt.series[s].data || [];
          for (let i = 0; i < data.length; i++) {
            if (el.crdashHas(data[i], id) && opt.series[s].type === 'scatter') {
              return el.crdashDrawnAt(s, data[i]);
            }
          }
        }
        return null;
      };
      el.crdashSelect = id => {
        el.dataset.selected = id || '';
        /* not drawn yet: drawing it selects the item */
        if (el.__pendingJson != null) { return; }
        const opt = el.__chart.getOption();
        el.__chart.dispatchAction({type: 'downplay'});
        if (!id) { el.__chart.dispatchAction({type: 'hideTip'}); return; }
        for (let s = 0; s < opt.series.length; s++) {
          const data = opt.series[s].data || [];
          for (let i = 0; i < data.length; i++) {
            if (el.crdashHas(data[i], id) && opt.series[s].type === 'scatter') {
              el.__chart.dispatchAction({type: 'highlight', seriesIndex: s, dataIndex: i});
              /* on phones the passage opens as a sheet: a tooltip left open would float over it */
              if (!window.matchMedia('(max-width: 900px)').matches) {
                el.__chart.dispatchAction({type: 'showTip', seriesIndex: s, dataIndex: i});
              } else { el.__chart.dispatchAction({type: 'hideTip'}); }
              return;
            }
          }
        }
      };
    }
  }
};
