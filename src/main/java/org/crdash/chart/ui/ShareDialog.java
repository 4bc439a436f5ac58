package org.crdash.chart.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.crdash.base.Html;

/**
 * "Share": the chart's permalink and the HTML that embeds it on another site, each with a copy button (the
 * clipboard where the browser allows it, else the text is selected for Ctrl+C).
 */
final class ShareDialog {

    /** Copies the field's text; where the Clipboard API is not available (plain HTTP) selects it instead. */
    private static final String COPY = """
            const input = $0.inputElement || $0.querySelector('input, textarea');
            const text = $1;
            const fallback = () => { input.focus(); input.select(); try { document.execCommand('copy'); } catch (e) {} };
            if (navigator.clipboard && window.isSecureContext) {
              return navigator.clipboard.writeText(text).then(() => true, () => { fallback(); return true; });
            }
            fallback();
            return true;
            """;

    private ShareDialog() {
    }

    /**
     * @param permalinkPath the view's address relative to the app ("series/x?from=2019")
     * @param embedPath     the embeddable chart's address ("embed/x?from=2019")
     */
    static Dialog open(String title, String permalinkPath, String embedPath) {
        Dialog dialog = new Dialog();
        dialog.setId("share-dialog");
        dialog.setHeaderTitle("Share “" + title + "”");
        TextField link = new TextField("Link to this chart");
        link.setId("share-link");
        link.setReadOnly(true);
        link.setWidthFull();
        TextArea embed = new TextArea("Embed it on another site (HTML)");
        embed.setId("share-embed");
        embed.setReadOnly(true);
        embed.setWidthFull();
        Button copyLink = new Button("Copy link", e -> copy(link, link.getValue(), "Link copied"));
        copyLink.setId("copy-link");
        Button copyEmbed = new Button("Copy embed code", e -> copy(embed, embed.getValue(), "Embed code copied"));
        copyEmbed.setId("copy-embed");
        Paragraph note = new Paragraph("The link opens this chart with the same time range and selection. The "
                + "embedded chart shows its sources and links back here.");
        note.addClassName("card-caption");
        Div body = new Div(link, copyLink, embed, copyEmbed, note);
        body.addClassName("share-body");
        dialog.add(body);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        UI.getCurrent().getPage().fetchCurrentURL(url -> {
            String base = url.getProtocol() + "://" + url.getAuthority() + contextPath();
            link.setValue(base + permalinkPath);
            embed.setValue("<iframe src=\"" + Html.escape(base + embedPath) + "\" title=\"" + Html.escape(title)
                    + "\" width=\"100%\" height=\"560\" style=\"border:0\" loading=\"lazy\"></iframe>");
        });
        dialog.open();
        return dialog;
    }

    private static String contextPath() {
        com.vaadin.flow.server.VaadinRequest r = com.vaadin.flow.server.VaadinRequest.getCurrent();
        String path = r == null ? "" : r.getContextPath();
        return (path == null ? "" : path) + "/";
    }

    private static void copy(com.vaadin.flow.component.Component field, String text, String done) {
        field.getElement().executeJs(COPY, field.getElement(), text)
                .then(ok -> Notification.show(done, 2500, Notification.Position.BOTTOM_CENTER));
    }
}
