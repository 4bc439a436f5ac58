package org.crdash.source.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.crdash.source.Source;
import org.crdash.source.SourceStats;

/** A source's metadata (never its text, which is at {@code textUrl}) with how much is quoted from it. */
public record SourceJson(String key, String title, @Schema(types = {"string", "null"}) String author,
                         @Schema(types = {"string", "null"}) String publisher, @Schema(types = {"string", "null"}, format = "date") LocalDate publishedStart,
                         String publishedPrecision, @Schema(types = {"string", "null"}) String publishedText,
                         @Schema(types = {"string", "null"}) String published, @Schema(types = {"string", "null"}) String url,
                         String sha256, String origin, int version, long observations, long events, int textLength,
                         String textUrl) {

    static SourceJson of(SourceStats stats) {
        Source s = stats.source();
        return new SourceJson(s.sourceKey(), s.title(), s.author(), s.publisher(), s.publishedStart(),
                s.publishedPrecision().code(), s.publishedText(), s.publishedDisplay(), s.url(), s.sha256(),
                s.origin(), s.version(), stats.observations(), stats.events(), stats.textLength(),
                "/api/sources/" + s.sourceKey() + "/text");
    }
}
