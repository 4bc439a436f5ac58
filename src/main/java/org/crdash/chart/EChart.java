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
@JavaScript("context://" + EChart.ECHARTS)
@JavaScript("context://scripts/echart.js")
public class EChart extends Component implements HasSize, HasStyle {

    /** Apache ECharts, relative to the application's root (the pages' base). */
    public static final String ECHARTS = "webjars/echarts/5.5.0/echarts.min.js";

    /** Installs the chart on the element once ({@code scripts/echart.js}); re-run on every attach. */
    private static final String INIT = "window.crdashEChart.init(this)";

    /**
     * Draws the option ({@code scripts/echart.js}) at the end of the task; the charts given an option in the same
     * task one per task, in page order, so the first chart of a page shows before the others are drawn.
     */
    private static final String SET_OPTION = "window.crdashEChart.show(this, $0)";

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

    /**
     * Charts of one group follow each other's zoom (a dashboard's charts and its events timeline), so their time
     * axes stay aligned; null for none.
     */
    public void setZoomGroup(String group) {
        getElement().setAttribute("data-zoom-group", group == null ? "" : group);
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
