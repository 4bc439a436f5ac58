package org.crdash.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.crdash.IntegrationTest;
import org.crdash.base.AuditLog;
import org.crdash.base.DatePrecision;
import org.crdash.base.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Adding sources: validated, stored with the SHA-256 of their text, audited. */
@IntegrationTest
@Transactional
@WithMockUser(username = "alice", roles = "EDITOR")
class SourceServiceTest {

    static final String TEXT = "Rail freight between China and Russia grew in 2024.\nA second line.\n";

    @Autowired
    SourceService service;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;

    static SourceInput input(String title, String date, String precision, String url, String text) {
        return new SourceInput(title, "A. Author", "Some Paper", date, precision, null, url, text);
    }

    long sources() {
        return jdbc.sql("SELECT count(*) FROM source").query(Long.class).single();
    }

    @Test
    void aValidSourceIsStoredWithItsSha256AndOriginUser() {
        long audits = audit.count();
        Source s = service.add(input("Rail freight report", "2024-05", "month", "https://example.org/a?b=c",
                "\uFEFF" + TEXT.replace("\n", "\r\n")));

        assertThat(s.origin()).isEqualTo("user");
        assertThat(s.publishedPrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(s.publishedStart()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(service.text(s.id())).as("BOM dropped, line breaks normalised").isEqualTo(TEXT);
        assertThat(s.sha256()).isEqualTo(SourceValidator.sha256(TEXT));
        assertThat(s.sourceKey()).startsWith("user-");
        assertThat(audit.count()).isEqualTo(audits + 1);
        assertThat(audit.history(AuditLog.Entity.source, s.id())).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("alice"));
        assertThat(service.findLiveByKey(s.sourceKey())).isPresent();
    }

    @Test
    void markupInTheTitleIsKeptAsText() {
        Source s = service.add(input("<script>alert(1)</script> & <i>co</i>", null, "unknown", null, TEXT));
        assertThat(s.title()).isEqualTo("<script>alert(1)</script> & <i>co</i>");
    }

    static Stream<Arguments> invalidInputs() {
        return Stream.of(
                Arguments.of("empty title", input("", null, null, null, TEXT), "title", "required"),
                Arguments.of("title over 500 characters", input("t".repeat(501), null, null, null, TEXT), "title",
                        "at most 500"),
                Arguments.of("control character in title", input("a\u0007b", null, null, null, TEXT), "title",
                        "control characters"),
                Arguments.of("javascript URL", input("T", null, null, "javascript:alert(1)", TEXT), "url",
                        "not a web address"),
                Arguments.of("ftp URL", input("T", null, null, "ftp://example.org/x", TEXT), "url",
                        "not a web address"),
                Arguments.of("URL with spaces", input("T", null, null, "https://exa mple.org", TEXT), "url",
                        "not a web address"),
                Arguments.of("empty text", input("T", null, null, null, "  "), "fullText", "required"),
                Arguments.of("NUL byte in text", input("T", null, null, null, "abc\u0000def"), "fullText", "NUL"),
                Arguments.of("future publication date", input("T", "2099-01-01", "day", null, TEXT), "publishedDate",
                        "future"),
                Arguments.of("date less precise than stated", input("T", "2024-05", "day", null, TEXT),
                        "publishedDate", "full date"),
                Arguments.of("a date but precision unknown", input("T", "2024", "unknown", null, TEXT),
                        "publishedPrecision", "cannot be 'unknown'"),
                Arguments.of("precision without date", input("T", "", "year", null, TEXT), "publishedDate",
                        "Give the date"),
                Arguments.of("unknown precision", input("T", "2024", "week", null, TEXT), "publishedPrecision",
                        "not a date precision"),
                Arguments.of("not a date", input("T", "May 2024", "month", null, TEXT), "publishedDate",
                        "not a date"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidInputs")
    void invalidInputIsRejectedOnItsFieldAndNothingIsWritten(String name, SourceInput in, String field,
                                                             String message) {
        long rows = sources();
        long audits = audit.count();
        assertThatThrownBy(() -> service.add(in))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messagesFor(field))
                        .as("errors: %s", e.errors()).anySatisfy(m -> assertThat(m).contains(message)));
        assertThat(sources()).isEqualTo(rows);
        assertThat(audit.count()).isEqualTo(audits);
    }

    @Test
    void theSameTextCannotBeAddedTwice() {
        String seeded = service.text(service.findByKey("000_86d270af3dbf64d1.txt").orElseThrow().id());
        assertThatThrownBy(() -> service.add(input("Copy", null, null, null, seeded)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messagesFor("fullText"))
                        .anySatisfy(m -> assertThat(m).contains("already stored as source")));
    }
}
