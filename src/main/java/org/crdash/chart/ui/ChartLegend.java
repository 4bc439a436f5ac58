package org.crdash.chart.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.crdash.chart.ChartSource;

/**
 * The key of a chart as HTML outside the canvas, so it never overlaps the chart and is never paged: per source its
 * marker (the same shape and colour the chart draws) and name. A key is a toggle button: pressing it hides or
 * shows that source's values.
 */
public class ChartLegend extends Div {

    private final Set<Long> hidden = new LinkedHashSet<>();
    private final java.util.Map<Long, String> sourceKeys = new java.util.HashMap<>();
    private final Consumer<Set<Long>> onChange;

    public ChartLegend(Consumer<Set<Long>> onChange) {
        this.onChange = onChange;
        addClassName("chart-legend");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Sources (press to hide or show)");
    }

    public void show(List<ChartSource> sources, boolean spreads) {
        removeAll();
        hidden.retainAll(sources.stream().map(ChartSource::sourceId).toList());
        sourceKeys.clear();
        for (ChartSource s : sources) {
            sourceKeys.put(s.sourceId(), s.sourceKey());
            NativeButton key = new NativeButton();
            key.addClassName("legend-key");
            key.getElement().setAttribute("data-source", s.sourceKey());
            key.getElement().setAttribute("title", s.citation());
            key.add(marker(s.color(), s.shape()), new Span(s.label()));
            key.getElement().setAttribute("aria-label", s.label() + ", " + s.shapeName() + " markers, "
                    + s.count() + (s.count() == 1 ? " value" : " values"));
            press(key, !hidden.contains(s.sourceId()));
            key.addClickListener(e -> {
                if (!hidden.remove(s.sourceId())) {
                    hidden.add(s.sourceId());
                }
                press(key, !hidden.contains(s.sourceId()));
                onChange.accept(Set.copyOf(hidden));
            });
            add(key);
        }
        if (spreads) {
            Span whisker = new Span();
            whisker.addClassName("legend-spread");
            Span bar = new Span();
            bar.addClassName("spread-swatch");
            whisker.add(bar, new Span("sources disagree: lowest–highest value of a period"));
            add(whisker);
        }
    }

    /** Hides these sources (e.g. from a permalink) without telling the listener; the keys show it pressed. */
    public void setHidden(Set<Long> sourceIds) {
        hidden.clear();
        hidden.addAll(sourceIds);
        getChildren().filter(c -> c instanceof NativeButton).map(NativeButton.class::cast).forEach(key -> {
            String source = key.getElement().getAttribute("data-source");
            press(key, sourceIds.stream().noneMatch(id -> sourceKeys.getOrDefault(id, "").equals(source)));
        });
    }

    /** Hides the sources with these keys, as {@link #setHidden(Set)}. */
    public void setHiddenKeys(Set<String> sourceKeysHidden) {
        setHidden(sourceKeys.entrySet().stream().filter(e -> sourceKeysHidden.contains(e.getValue()))
                .map(java.util.Map.Entry::getKey).collect(java.util.stream.Collectors.toSet()));
    }

    /** The keys of the sources hidden, sorted (as a permalink's {@code hide} lists them). */
    public Set<String> hiddenKeys() {
        return hidden.stream().map(sourceKeys::get).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    public Set<Long> hidden() {
        return Set.copyOf(hidden);
    }

    /** The source's marker: a box clipped to its shape's path (the path is in a 10×10 box, as the chart's). */
    static Span marker(String color, String shape) {
        Span m = new Span();
        m.addClassName("legend-marker");
        m.getStyle().set("background", color).set("clip-path", "path('" + shape + "')");
        m.getElement().setAttribute("aria-hidden", "true");
        return m;
    }

    private static void press(NativeButton key, boolean shown) {
        key.getElement().setAttribute("aria-pressed", String.valueOf(shown));
        key.getElement().getClassList().set("off", !shown);
    }
}
