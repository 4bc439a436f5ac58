package org.crdash.source.api;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crdash.base.api.RequestBodies;
import org.crdash.source.SourceInput;

/** The body of {@code POST /api/sources}: a source's metadata and its full text. */
@Schema(name = "SourceRequest", description = "A new source with its full text")
record SourceRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title,
        String author,
        String publisher,
        @Schema(description = "YYYY-MM-DD, YYYY-MM or YYYY; empty when not known", example = "2025-02-10")
        String publishedDate,
        @Schema(description = "day, month, year or unknown (default)", example = "day") String publishedPrecision,
        @Schema(description = "the date as the text states it, if it says more than the date") String publishedText,
        @Schema(description = "http(s) address of the original") String url,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                description = "the article text, which observations and events quote verbatim") String fullText,
        @Schema(description = "for PUT: the version you loaded (or send it as If-Match)", types = "integer")
        String version,
        @Schema(hidden = true) @JsonAnySetter Map<String, Object> other) {

    static final List<String> FIELDS = List.of("title", "author", "publisher", "publishedDate",
            "publishedPrecision", "publishedText", "url", "fullText", "version");
    /** What GET shows but a client cannot set ({@code publishedStart} is not here: send publishedDate). */
    static final Set<String> READ_ONLY = Set.of("key", "published", "sha256", "origin", "observations",
            "events", "textLength", "textUrl");

    SourceInput toInput() {
        return toInput(null);
    }

    /** For a change: without {@code fullText} the text stays {@code currentText} (GET never sends it). */
    SourceInput toInput(String currentText) {
        RequestBodies.check(RequestBodies.unknownFields(other, READ_ONLY, FIELDS));
        return new SourceInput(title, author, publisher, publishedDate, publishedPrecision, publishedText, url,
                fullText == null ? currentText : fullText);
    }
}
