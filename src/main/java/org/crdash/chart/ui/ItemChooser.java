package org.crdash.chart.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.crdash.chart.ChartSource;
import org.crdash.chart.SeriesChart;
import org.crdash.series.ValueFormat;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where a click or tap hits several items (overlapping values, a cluster of same-day events), this asks which one
 * is meant instead of guessing: a dialog with one button per item.
 */
final class ItemChooser {

    /** One item offered: its id ("o12"), what it says, and its source's marker. */
    record Choice(String itemId, String label, String color, String shape) {
        Choice {
            Objects.requireNonNull(itemId);
            Objects.requireNonNull(label);
        }
    }

    private ItemChooser() {
    }

    /** The values with these ids among a chart's, each with its value, period and source's marker. */
    static List<Choice> choices(List<String> ids, SeriesChart data) {
        List<Choice> out = new ArrayList<>();
        for (String id : ids) {
            data.observations().stream().filter(o -> ("o" + o.id()).equals(id)).findFirst().ifPresent(o -> {
                ChartSource s = data.sources().stream().filter(x -> x.sourceId() == o.sourceId()).findFirst()
                        .orElse(null);
                out.add(new Choice(id, ValueFormat.qualified(o.value(), data.series().unit(), o.qualifier()) + " · "
                        + o.period().display() + " — " + (s == null ? o.sourceKey() : s.label()),
                        s == null ? null : s.color(), s == null ? null : s.shape()));
            });
        }
        return out;
    }

    static Dialog open(String heading, List<Choice> choices, Consumer<String> onPick) {
        Dialog dialog = new Dialog();
        dialog.setId("item-chooser");
        dialog.setHeaderTitle(heading);
        dialog.getElement().setAttribute("aria-label", heading);
        Div list = new Div();
        list.addClassName("chooser-list");
        for (Choice c : choices) {
            NativeButton b = new NativeButton();
            b.addClassName("chooser-item");
            b.getElement().setAttribute("data-item", c.itemId());
            if (c.color() != null) {
                b.add(ChartLegend.marker(c.color(), c.shape()));
            }
            b.add(new Span(c.label()));
            b.addClickListener(e -> {
                dialog.close();
                onPick.accept(c.itemId());
            });
            list.add(b);
        }
        return openWith(dialog, list);
    }

    /** Opens a dialog of choices: the list, and Cancel in the footer. */
    static Dialog openWith(Dialog dialog, Div list) {
        dialog.add(list);
        NativeButton cancel = new NativeButton("Cancel", e -> dialog.close());
        cancel.addClassName("chooser-cancel");
        dialog.getFooter().add(cancel);
        dialog.open();
        return dialog;
    }
}
