package org.crdash.chart.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.util.List;
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
        dialog.add(list);
        NativeButton cancel = new NativeButton("Cancel", e -> dialog.close());
        cancel.addClassName("chooser-cancel");
        dialog.getFooter().add(cancel);
        dialog.open();
        return dialog;
    }
}
