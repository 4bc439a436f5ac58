package org.crdash.chart.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.Consumer;
import org.crdash.series.SeriesSummary;

/**
 * "Compare with…" on a card: the series that can share its chart — the same unit, not drawn on it yet — one
 * button each. Series of other units are not offered: one axis cannot carry two units.
 */
final class CompareDialog {

    private CompareDialog() {
    }

    /**
     * The card's "Compare with…" button.
     *
     * @param domId   the card's id part ("a" or "a--b"), for the button's id
     * @param unit    the unit of the card's series
     * @param drawn   the keys of the series already on the card
     * @param onAdd   called with the key of the series chosen
     */
    static Button button(String domId, String unit, List<String> drawn, List<SeriesSummary> catalog,
                         Consumer<String> onAdd) {
        Button b = new Button("Compare", VaadinIcon.SPLIT.create(), e -> open(unit, drawn, catalog, onAdd));
        b.setId("compare-" + domId);
        b.setTooltipText("Compare with another series in " + unit + " on this chart");
        b.setEnabled(drawn.size() < ViewState.MAX_COMPARED);
        return b;
    }

    static Dialog open(String unit, List<String> drawn, List<SeriesSummary> catalog, Consumer<String> onAdd) {
        Dialog dialog = new Dialog();
        dialog.setId("compare-chooser");
        dialog.setHeaderTitle("Compare with…");
        List<SeriesSummary> offered = catalog.stream().filter(s -> s.series().unit().equals(unit))
                .filter(s -> !drawn.contains(s.series().key())).toList();
        dialog.add(new Paragraph(offered.isEmpty() ? "No other series is in " + unit + "." : "Series in " + unit
                + " can share this chart; series of other units cannot (one axis, one unit)."));
        Div list = new Div();
        list.addClassName("chooser-list");
        for (SeriesSummary s : offered) {
            NativeButton pick = new NativeButton(s.series().name() + " (" + s.observations()
                    + (s.observations() == 1 ? " value" : " values") + ")", e -> {
                dialog.close();
                onAdd.accept(s.series().key());
            });
            pick.addClassName("chooser-item");
            pick.getElement().setAttribute("data-series", s.series().key());
            list.add(pick);
        }
        return ItemChooser.openWith(dialog, list);
    }
}
