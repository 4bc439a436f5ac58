package org.crdash.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.crdash.base.ConflictException;

/** "X deleted — Undo": shown after a soft delete; Undo restores the row unless someone changed it since. */
public final class UndoNotification {

    private UndoNotification() {
    }

    /**
     * @param message    what was deleted, e.g. "Observation #12 deleted (restorable under Deleted)."
     * @param restore    restores the deleted row (and returns it)
     * @param onRestored told about the restored row
     */
    public static <T> void show(String message, Supplier<T> restore, Consumer<T> onRestored) {
        Notification n = new Notification();
        n.setDuration(8000);
        n.setPosition(Notification.Position.BOTTOM_START);
        Button undo = new Button("Undo", e -> {
            n.close();
            try {
                onRestored.accept(restore.get());
            } catch (ConflictException ex) {
                Notification.show(ex.getMessage(), 8000, Notification.Position.MIDDLE);
            }
        });
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        n.add(new HorizontalLayout(new Span(message), undo));
        n.open();
    }
}
