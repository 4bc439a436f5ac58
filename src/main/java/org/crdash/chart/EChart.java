package org.crdash.chart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * Apache ECharts as a Vaadin component. Java sets an option object built by {@link ChartOptions}; data items
 * carry an {@code id} ("o123" for an observation, "e45" for an event) that comes back on click. Views use this
 * Java API only and never write JavaScript.
 */
@Tag("div")
@JavaScript("context://webjars/echarts/5.5.0/echarts.min.js")
public class EChart extends Component implements HasSize, HasStyle {

    /** Installs the chart on the element once; re-run on every attach (the element may be re-created). */
    private static final String INIT = """
            const el = this;
            if (!el.__chart) {
              el.__chart = echarts.init(el, null, {renderer: 'canvas'});
              /* a click opens the item; on overlapping items (or a cluster) the server offers the choice */
              el.__chart.on('click', p => {
                if (!p.data || !(p.data.id || p.data.ids)) { return; }
                const ids = el.crdashNear(p.seriesIndex, p.data.value);
                if (ids.length > 1) { el.$server.itemsClicked(ids.join(',')); }
                else if (ids.length === 1) { el.$server.itemClicked(ids[0]); }
              });
              /* report the zoom once it settles (a drag or wheel fires many events), so a server-side
                 re-query of the visible range runs once per gesture */
              el.__chart.on('datazoom', () => {
                clearTimeout(el.__zoomTimer);
                el.__zoomTimer = setTimeout(() => {
                  const o = el.__chart.getOption();
                  const dz = o.dataZoom && o.dataZoom[0];
                  if (dz && dz.startValue != null) { el.$server.zoomed(dz.startValue, dz.endValue); }
                }, 250);
              });
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
                  if (s.type !== 'scatter') { return; }
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
              /* the ids of every item drawn within 9 px of the item at value (its own first) */
              el.crdashNear = (seriesIndex, value) => {
                const opt = el.__chart.getOption();
                const at = el.__chart.convertToPixel({seriesIndex}, value);
                const out = [];
                opt.series.forEach((s, si) => {
                  if (s.type !== 'scatter') { return; }
                  (s.data || []).forEach(d => {
                    if (!d || !(d.id || d.ids)) { return; }
                    const px = el.__chart.convertToPixel({seriesIndex: si}, d.value);
                    if (Math.hypot(px[0] - at[0], px[1] - at[1]) <= 9) {
                      (d.ids || [d.id]).forEach(id => { if (!out.includes(id)) { out.push(id); } });
                    }
                  });
                });
                return out;
              };
              /* formatters, which JSON cannot carry */
              el.crdashWire = opt => {
                if (opt.tooltip) { opt.tooltip.formatter = p => (p.data && p.data.tip) || p.seriesName; }
                (opt.xAxis || []).forEach(ax => { if (ax.crdashYears) { ax.axisLabel = Object.assign(ax.axisLabel || {},
                    {formatter: v => String(new Date(v).getUTCFullYear())}); } });
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
                      return el.__chart.convertToPixel({seriesIndex: s}, data[i].value);
                    }
                  }
                }
                return null;
              };
              el.crdashSelect = id => {
                el.dataset.selected = id || '';
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
            """;

    /** Parses the option and wires the few things JSON cannot carry (formatter functions). */
    private static final String SET_OPTION = """
            const el = this;
            el.__json = $0;
            const opt = el.crdashWire(JSON.parse($0));
            if (el.clientWidth > 0 && el.clientWidth < 560) {
              /* phones: narrower margins (the legend is HTML outside the canvas) */
              (opt.grid || []).forEach(g => { if (!g.crdashFixed) { g.left = 62; } g.right = 12; });
            }
            el.__chart.setOption(opt, true);
            el.dataset.points = String(opt.crdashPointCount || 0);
            el.dataset.total = String(opt.crdashTotalCount || opt.crdashPointCount || 0);
            el.dataset.downsampled = String(!!opt.crdashDownsampled);
            el.dataset.ready = 'true';
            if (el.dataset.selected) { el.crdashSelect(el.dataset.selected); }
            """;

    private final List<Consumer<String>> clickListeners = new ArrayList<>();
    private final List<BiConsumer<LocalDate, LocalDate>> zoomListeners = new ArrayList<>();
    private final List<Consumer<List<String>>> choiceListeners = new ArrayList<>();
    private String optionJson;
    private String selected;

    public EChart() {
        addClassName("echart");
        // a focusable widget with its own keys (arrows, Enter), described by the option's summary
        getElement().setAttribute("role", "application");
        getElement().setAttribute("aria-roledescription", "chart");
        setWidthFull();
        setHeight("420px");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        getElement().executeJs(INIT);
        if (optionJson != null) {
            getElement().executeJs(SET_OPTION, optionJson);
        }
        if (selected != null) {
            getElement().executeJs("this.crdashSelect($0)", selected);
        }
    }

    /**
     * A picture of the chart as it is shown (hidden sources and zoom included) without the UI around it (toolbox,
     * zoom slider), with a title, subtitle, key and footer, downloaded by the browser as {@code fileName}.
     * {@code @@URL@@} in the footer becomes the absolute address of {@code permalinkPath}.
     */
    private static final String DOWNLOAD = """
            const el = this; const fmt = $0, name = $1, title = $2, subtitle = $3, path = $5;
            if (!el.__json) { return; }
            const url = new URL(path, document.baseURI).href;
            const footer = $4.split('@@URL@@').join(url);
            const lines = footer.split('\\n').length;
            const W = 1000, H = 560 + lines * 15;
            const opt = el.crdashWire(JSON.parse(el.__json));
            const now = el.__chart.getOption();
            const dz = now.dataZoom && now.dataZoom[0];
            delete opt.toolbox;
            opt.animation = false;
            opt.backgroundColor = '#ffffff';
            opt.dataZoom = [];
            (opt.xAxis || []).forEach(ax => { if (dz && dz.startValue != null) { ax.min = dz.startValue; ax.max = dz.endValue; } });
            opt.title = [
              {text: title, subtext: subtitle, left: 16, top: 12, textStyle: {fontSize: 18, color: '#111'},
               subtextStyle: {fontSize: 12, color: '#555', width: W - 32, overflow: 'break'}},
              {text: footer, left: 16, bottom: 10, textStyle: {fontSize: 11, fontWeight: 'normal', color: '#333', lineHeight: 15}}];
            const names = [];
            (opt.series || []).forEach(s => { if (s.crdashRole === 'values' && !names.includes(s.name)) { names.push(s.name); } });
            opt.legend = {type: 'plain', top: 66, left: 16, right: 16, data: names, itemWidth: 12, itemHeight: 12};
            (opt.grid || []).forEach(g => { g.top = 110; g.left = 90; g.right = 40; g.bottom = 40 + lines * 15; });
            const box = document.createElement('div');
            box.style.cssText = 'position:fixed;left:-20000px;top:0;width:' + W + 'px;height:' + H + 'px';
            document.body.appendChild(box);
            const c = echarts.init(box, null, {renderer: fmt === 'svg' ? 'svg' : 'canvas', width: W, height: H});
            c.setOption(opt);
            let href;
            if (fmt === 'svg') {
              href = URL.createObjectURL(new Blob([c.renderToSVGString()], {type: 'image/svg+xml'}));
            } else {
              href = c.getDataURL({type: 'png', pixelRatio: 2, backgroundColor: '#ffffff'});
            }
            const a = document.createElement('a');
            a.href = href; a.download = name; a.style.display = 'none';
            document.body.appendChild(a); a.click(); a.remove();
            c.dispose(); box.remove();
            if (fmt === 'svg') { setTimeout(() => URL.revokeObjectURL(href), 10000); }
            """;

    /** Replaces everything the chart shows. */
    public void setOption(ObjectNode option) {
        this.optionJson = option.toString();
        getElement().setAttribute("aria-label", option.path("crdashDescription").asString("")
                + " Arrow keys move from value to value, Enter opens its passage.");
        if (isAttached()) {
            getElement().executeJs(SET_OPTION, optionJson);
        }
    }

    /**
     * Has the browser download the chart as a PNG or SVG picture: title, subtitle, key, and a footer (lines
     * separated by {@code \n}; {@code @@URL@@} is replaced by the absolute permalink of {@code permalinkPath}).
     */
    public void download(String format, String fileName, String title, String subtitle, String footer,
                         String permalinkPath) {
        if (!format.equals("png") && !format.equals("svg")) {
            throw new IllegalArgumentException("a chart downloads as png or svg, not " + format);
        }
        getElement().executeJs(DOWNLOAD, format, fileName, title, subtitle == null ? "" : subtitle, footer,
                permalinkPath);
    }

    /** The option currently shown, as JSON (for tests and debugging). */
    public String optionJson() {
        return optionJson;
    }

    /** Highlights the item with this id (or nothing for null) and shows its tooltip. */
    public void select(String itemId) {
        this.selected = itemId;
        getElement().setAttribute("data-selected", itemId == null ? "" : itemId);
        if (isAttached()) {
            getElement().executeJs("this.crdashSelect($0)", itemId);
        }
    }

    public String selected() {
        return selected;
    }

    public Registration addItemClickListener(Consumer<String> listener) {
        clickListeners.add(listener);
        return () -> clickListeners.remove(listener);
    }

    /** Called with the ids of overlapping items (or a cluster's events) when one of them is clicked. */
    public Registration addChoiceListener(Consumer<List<String>> listener) {
        choiceListeners.add(listener);
        return () -> choiceListeners.remove(listener);
    }

    public Registration addZoomListener(BiConsumer<LocalDate, LocalDate> listener) {
        zoomListeners.add(listener);
        return () -> zoomListeners.remove(listener);
    }

    @ClientCallable
    void itemClicked(String id) {
        if (id == null || !id.matches("[oe]\\d{1,18}")) {
            return;
        }
        List.copyOf(clickListeners).forEach(l -> l.accept(id));
    }

    @ClientCallable
    void itemsClicked(String ids) {
        List<String> valid = ids == null ? List.of() : java.util.Arrays.stream(ids.split(","))
                .filter(id -> id.matches("[oe]\\d{1,18}")).distinct().limit(200).toList();
        if (valid.size() == 1) {
            itemClicked(valid.getFirst());
        } else if (!valid.isEmpty()) {
            List.copyOf(choiceListeners).forEach(l -> l.accept(valid));
        }
    }

    /** Simulates a click on overlapping items, as the browser would report it (for browserless tests). */
    public void clickItems(List<String> ids) {
        itemsClicked(String.join(",", ids));
    }

    @ClientCallable
    void zoomed(double fromMillis, double toMillis) {
        LocalDate from = Instant.ofEpochMilli((long) fromMillis).atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate to = Instant.ofEpochMilli((long) toMillis).atZone(ZoneOffset.UTC).toLocalDate();
        List.copyOf(zoomListeners).forEach(l -> l.accept(from, to));
    }

    /** Simulates a click on an item, as the browser would report it (for browserless tests). */
    public void clickItem(String id) {
        itemClicked(id);
    }
}
