package org.crdash.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.crdash.base.AuditDiff;
import org.crdash.base.AuditEntry;
import org.crdash.base.Timestamps;

/** The audit trail of one row: who created, changed, deleted or restored it, when, and what changed. */
public class HistoryPanel extends Div {

    public HistoryPanel() {
        addClassName("history-panel");
        setId("history");
    }

    public void show(List<AuditEntry> entries) {
        removeAll();
        add(new H4("History"));
        if (entries.isEmpty()) {
            add(new Paragraph("No recorded changes."));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (AuditEntry e : entries.reversed()) {
            ListItem item = new ListItem();
            item.addClassName("history-entry");
            item.add(new Span(Timestamps.minute(e.occurredAt()) + " · " + e.actor() + " · " + verb(e.action())));
            if (e.action() == org.crdash.base.AuditLog.Action.update) {
                UnorderedList changes = new UnorderedList();
                for (AuditDiff.Change c : AuditDiff.changes(e)) {
                    changes.add(new ListItem(c.column() + ": " + show(c.before()) + " → " + show(c.after())));
                }
                item.add(changes);
            }
            list.add(item);
        }
        add(list);
    }

    public void clear() {
        removeAll();
    }

    private static String verb(org.crdash.base.AuditLog.Action a) {
        return switch (a) {
            case create -> "created";
            case update -> "changed";
            case delete -> "deleted";
            case restore -> "restored";
        };
    }

    private static String show(String v) {
        if (v == null) {
            return "—";
        }
        return v.length() > 120 ? "“" + v.substring(0, 120) + "…”" : "“" + v + "”";
    }
}
