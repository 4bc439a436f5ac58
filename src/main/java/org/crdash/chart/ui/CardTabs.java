package org.crdash.chart.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Chart / Table tabs of a card, as plain ARIA tabs (a tablist of buttons, each controlling its panel): Vaadin's
 * TabSheet keeps its tabs behind a shadow-DOM scroller that accessibility checkers cannot see into.
 */
final class CardTabs extends Div {

    private final Div list = new Div();
    private final List<NativeButton> buttons = new ArrayList<>();
    private final List<Component> panels = new ArrayList<>();
    private final IntConsumer onSelect;
    private final String idPrefix;
    private int selected;

    CardTabs(String idPrefix, IntConsumer onSelect) {
        this.onSelect = onSelect;
        addClassName("card-tabs");
        list.addClassName("card-tablist");
        list.getElement().setAttribute("role", "tablist");
        add(list);
        this.idPrefix = idPrefix;
    }

    void add(String label, Component panel) {
        int index = buttons.size();
        String id = "tab-" + label.toLowerCase(java.util.Locale.ROOT) + "-" + idPrefix;
        NativeButton tab = new NativeButton(label, e -> select(index));
        tab.setId(id);
        tab.addClassName("card-tab");
        tab.getElement().setAttribute("role", "tab");
        Div wrap = new Div(panel);
        wrap.setId("panel-" + id);
        wrap.getElement().setAttribute("role", "tabpanel");
        wrap.getElement().setAttribute("aria-labelledby", id);
        tab.getElement().setAttribute("aria-controls", wrap.getId().orElseThrow());
        buttons.add(tab);
        panels.add(wrap);
        list.add(tab);
        add(wrap);
        mark();
    }

    void select(int index) {
        if (index != selected) {
            selected = index;
            mark();
            onSelect.accept(index);
        }
    }

    int selected() {
        return selected;
    }

    private void mark() {
        for (int i = 0; i < buttons.size(); i++) {
            boolean on = i == selected;
            buttons.get(i).getElement().setAttribute("aria-selected", String.valueOf(on));
            buttons.get(i).getElement().getClassList().set("selected", on);
            panels.get(i).setVisible(on);
        }
    }
}
