package org.crdash.source.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crdash.base.security.Roles;
import org.crdash.base.ui.MainLayout;
import org.crdash.source.SourceService;

/**
 * Adding a source: its bibliographic data and full text, pasted or read from an uploaded document — the one source
 * form ({@link SourceForm}) for a new source, blank again after each one is added. The text is stored with its
 * SHA-256; observations and events then quote passages from it.
 */
@Route(value = "sources/new", layout = MainLayout.class)
@Menu(title = "Add source", order = 12, icon = "vaadin:file-add")
@PageTitle("Add source · China–Russia dashboard")
@RolesAllowed(Roles.EDITOR)
public class AddSourceView extends VerticalLayout {

    public AddSourceView(SourceService service) {
        setPadding(true);
        SourceForm form = new SourceForm(service);
        // the extraction assistant's first pass: the review queue of what the new text states (extraction/ui)
        Div added = new Div();
        added.setId("source-added");
        form.onSaved(s -> {
            Anchor review = new Anchor("review/" + s.sourceKey(), "Review the figures and events it states");
            review.setId("review-new-source");
            added.removeAll();
            added.add(new Span("Added “" + s.title() + "”. "), review);
            form.create();
        });
        form.onCancel(form::create);
        add(new H2("Add a source"), new Paragraph("Observations and events must quote a source verbatim. Upload the "
                + "article (a web page saved as .html, a PDF, a Word .docx, Markdown or UTF-8 text) or paste its "
                + "full text."), added, form);
    }
}
