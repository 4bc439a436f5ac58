package org.crdash.reader.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crdash.source.Source;
import org.crdash.source.SourceFile;

/** The reader's heading: the source's title, what is known of it, and links to the original page and file. */
final class SourceHeader {

    private SourceHeader() {
    }

    static Component of(Source source, Optional<SourceFile> file, String summaryText) {
        Div header = new Div();
        header.addClassName("reader-header");
        List<String> meta = new ArrayList<>();
        meta.add(source.author() == null ? "author not stated" : source.author());
        meta.add(source.publisher() == null ? "publisher not stated" : source.publisher());
        meta.add(source.publishedDisplay());
        meta.add("source key " + source.sourceKey());
        meta.add("sha256 " + source.sha256().substring(0, 12) + "…");
        Span m = new Span(String.join(" · ", meta));
        m.addClassName("source-meta");
        header.add(new H2(source.title()), m);
        Paragraph summary = new Paragraph(summaryText + (summaryText.startsWith("Nothing") ? ""
                : " Hover a highlight to see what is quoted there; click it to open its passage."));
        summary.addClassName("reader-summary");
        header.add(summary);
        if (source.url() != null) {
            Anchor original = new Anchor(source.url(), "Original page");
            original.setTarget(AnchorTarget.BLANK);
            original.getElement().setAttribute("rel", "noopener noreferrer");
            header.add(original);
        }
        file.ifPresent(f -> {
            // a plain link: the API sends it as an attachment, so it downloads instead of opening in the app
            Anchor download = new Anchor("api/sources/" + source.sourceKey() + "/file", "Download the original file ("
                    + f.describe() + ")");
            download.setId("original-file");
            download.getElement().setAttribute("download", f.fileName());
            download.getElement().setAttribute("router-ignore", true);
            download.getElement().setAttribute("title", "sha256 " + f.sha256());
            header.add(download);
        });
        return header;
    }

}
