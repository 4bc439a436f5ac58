package org.crdash.chart.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A dashboard card's move up, move down and remove, which change the cards kept in the address ({@code cards=}). */
final class CardMoves {

    private CardMoves() {
    }

    /**
     * @param key  the card's key in {@code keys} ("a", or "a+b" for a compared chart)
     * @param show shows the dashboard with these cards
     */
    static void add(Consumer<Button> addAction, String key, String name, List<String> keys,
                    Consumer<List<String>> show) {
        int at = keys.indexOf(key);
        String id = CompareCard.domId(key);
        Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> show.accept(moved(keys, at, at - 1)));
        up.setId("up-" + id);
        up.setAriaLabel("Move “" + name + "” up");
        up.setTooltipText("Move up");
        up.setEnabled(at > 0);
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> show.accept(moved(keys, at, at + 1)));
        down.setId("down-" + id);
        down.setAriaLabel("Move “" + name + "” down");
        down.setTooltipText("Move down");
        down.setEnabled(at < keys.size() - 1);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> show.accept(replaced(keys, key, "")));
        remove.setId("remove-" + id);
        remove.setAriaLabel("Remove “" + name + "” from the dashboard");
        remove.setTooltipText("Remove this chart (add it again with “Add series”)");
        List.of(up, down, remove).forEach(addAction);
    }

    private static List<String> moved(List<String> keys, int from, int to) {
        List<String> out = new ArrayList<>(keys);
        out.add(to, out.remove(from));
        return out;
    }

    /** The cards with one card's key replaced ("a" by "a+b", say), or the card left out for "". */
    static List<String> replaced(List<String> keys, String key, String by) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            String next = k.equals(key) ? by : k;
            if (!next.isEmpty() && !out.contains(next)) {
                out.add(next);
            }
        }
        return out;
    }
}
