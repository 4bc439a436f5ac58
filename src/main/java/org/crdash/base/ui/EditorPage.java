package org.crdash.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.function.Consumer;
import java.util.function.Function;
import org.crdash.base.write.VersionedRow;

/**
 * The editor pages' one wiring of a grid of rows, the {@link EditorForm} and the chosen row's history: choosing a
 * row opens it in the form with its history; a save or a delete refreshes the grid and shows the row's history;
 * Cancel and "Add …" clear the choice, empty the form and the history. A page builds its grid and form, hands them
 * over, and adds {@link #body()} under its grid.
 *
 * @param <G> what the grid lists (a row, or a row with its counts)
 * @param <T> the stored row the form edits
 */
public final class EditorPage<G, T extends VersionedRow> {

    private final Grid<G> grid;
    private final EditorForm<?, T> form;
    private final Runnable refresh;
    private final Runnable empty;
    private final HistoryPanel history = new HistoryPanel();
    private Consumer<T> beforeSavedRefresh = t -> { };
    private Consumer<T> afterDeleted = t -> { };

    /**
     * @param grid    the rows to choose from
     * @param rowOf   the stored row of a grid item
     * @param form    edits the chosen row
     * @param refresh reloads the grid's items
     * @param empty   what the form shows when no row is chosen (a new row, or nothing)
     */
    public EditorPage(Grid<G> grid, Function<G, T> rowOf, EditorForm<?, T> form, Runnable refresh, Runnable empty) {
        this.grid = grid;
        this.form = form;
        this.refresh = refresh;
        this.empty = empty;
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(rowOf.apply(e.getValue()));
            }
        });
        form.onSaved(t -> {
            beforeSavedRefresh.accept(t);
            refresh.run();
            history.show(form.history(t.id()));
        });
        form.onDeleted(t -> {
            refresh.run();
            afterDeleted.accept(t);
            history.show(form.history(t.id()));
        });
        form.onCancel(this::clear);
    }

    /** Opens {@code row} in the form, with its history. */
    public void open(T row) {
        form.edit(row);
        form.setVisible(true);
        history.show(form.history(row.id()));
    }

    /** No row chosen: the grid's choice cleared, the form {@code empty}, no history. */
    public void clear() {
        grid.deselectAll();
        empty.run();
        history.clear();
    }

    /** The "Add …" button (primary, with {@code id}): clears the choice for a new row. */
    public Button addButton(String text, String id) {
        Button add = new Button(text, e -> clear());
        add.setId(id);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return add;
    }

    /** Runs before the grid is refreshed after a save (e.g. choosing the saved row's series). */
    public void beforeSavedRefresh(Consumer<T> action) {
        this.beforeSavedRefresh = action;
    }

    /** Runs after the grid is refreshed after a delete (e.g. hiding the form). */
    public void afterDeleted(Consumer<T> action) {
        this.afterDeleted = action;
    }

    /** The form with the history beside it (below it on a narrow screen). */
    public FlexLayout body() {
        form.setWidth("100%");
        history.setMinWidth("18em");
        FlexLayout body = new FlexLayout(form, history);
        body.setFlexGrow(2, form);
        body.setFlexGrow(1, history);
        body.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        body.setWidthFull();
        return body;
    }
}
