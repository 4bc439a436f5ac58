package org.crdash.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.crdash.IntegrationTest;
import org.crdash.base.AuditEntry;
import org.crdash.base.AuditLog;
import org.crdash.base.ConflictException;
import org.crdash.base.Origin;
import org.crdash.base.PeriodPrecision;
import org.crdash.base.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Adding, editing, deleting and restoring events through the service. */
@IntegrationTest
@Transactional
@WithMockUser(username = "alice", roles = "EDITOR")
class EventServiceTest {

    static final String SOURCE = "000_86d270af3dbf64d1.txt";
    static final String PASSAGE = "In March 2023, China and Russia strongly reaffirmed their friendship during Xi’s "
            + "visit to Moscow, just after the start of his unprecedented third term.";

    @Autowired
    EventService service;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;

    static EventInput valid() {
        return new EventInput("2023-03", "month", "March 2023", "Xi visits Moscow (test)", "diplomatic visit",
                SOURCE, PASSAGE, null, null);
    }

    static EventInput with(String date, String precision, String dateText, String title, String category,
                           String passage) {
        return new EventInput(date, precision, dateText, title, category, SOURCE, passage, null, null);
    }

    long events() {
        return jdbc.sql("SELECT count(*) FROM event").query(Long.class).single();
    }

    @Test
    void aValidEventIsStoredAsUserOriginWithAnAuditRow() {
        long rows = events();
        long audits = audit.count();
        Event e = service.add(valid());
        assertThat(events()).isEqualTo(rows + 1);
        assertThat(audit.count()).isEqualTo(audits + 1);
        assertThat(e.origin()).isEqualTo(Origin.USER);
        assertThat(e.date().precision()).isEqualTo(PeriodPrecision.MONTH);
        assertThat(e.updatedBy()).isEqualTo("alice");
        assertThat(service.history(e.id())).singleElement()
                .satisfies(a -> assertThat(a.action()).isEqualTo(AuditLog.Action.create));
    }

    @Test
    void theDateTextDefaultsToTheDateAndUndatedEventsAreAllowed() {
        Event dated = service.add(with("2023-03", null, "", "Xi visits Moscow (test)", "summit", PASSAGE));
        assertThat(dated.dateText()).isEqualTo("March 2023");
        Event undated = service.add(with("", "none", "at some point", "Friendship reaffirmed (test)", "statement",
                PASSAGE));
        assertThat(undated.date().precision()).isEqualTo(PeriodPrecision.NONE);
    }

    @Test
    void htmlInATitleIsStoredAsTextNotRejected() {
        Event e = service.add(with("2023", "year", null, "<script>alert(1)</script> visit", "summit", PASSAGE));
        assertThat(e.title()).isEqualTo("<script>alert(1)</script> visit");
    }

    static Stream<Arguments> invalidInputs() {
        return Stream.of(
                Arguments.of("empty title", with("2023", null, null, " ", "summit", PASSAGE), "title", "required"),
                Arguments.of("title over 200 characters", with("2023", null, null, "t".repeat(201), "summit", PASSAGE),
                        "title", "at most 200"),
                Arguments.of("NUL byte in title", with("2023", null, null, "a\u0000b", "summit", PASSAGE), "title",
                        "NUL"),
                Arguments.of("line break in title", with("2023", null, null, "a\nb", "summit", PASSAGE), "title",
                        "single line"),
                Arguments.of("unknown category", with("2023", null, null, "Visit", "party", PASSAGE), "category",
                        "not an event category"),
                Arguments.of("not a date", with("next year", null, null, "Visit", "summit", PASSAGE), "date",
                        "not a date"),
                Arguments.of("future date", with("2099-01", null, null, "Visit", "summit", PASSAGE), "date",
                        "future"),
                Arguments.of("precision disagrees", with("2023", "day", null, "Visit", "summit", PASSAGE), "precision",
                        "says day"),
                Arguments.of("range ends before it starts", with("2023/2021", "range", null, "Visit", "summit",
                        PASSAGE), "date", "must be later"),
                Arguments.of("date missing for a dated precision", with("", "day", null, "Visit", "summit", PASSAGE),
                        "date", "Give the date"),
                Arguments.of("undated without wording", with("", "none", "", "Visit", "summit", PASSAGE), "dateText",
                        "undated event"),
                Arguments.of("date text over 500 characters", with("2023", null, "d".repeat(501), "Visit", "summit",
                        PASSAGE), "dateText", "at most 500"),
                Arguments.of("passage not in source", with("2023", null, null, "Visit", "summit",
                        "Xi never went to Moscow."), "passage", "not in the source text"),
                Arguments.of("unknown precision", with("2023", "century", null, "Visit", "summit", PASSAGE),
                        "precision", "Choose day"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidInputs")
    void invalidInputIsRejectedOnItsFieldAndNothingIsWritten(String name, EventInput input, String field,
                                                             String message) {
        long rows = events();
        long audits = audit.count();
        assertThatThrownBy(() -> service.add(input))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messagesFor(field))
                        .as("errors: %s", e.errors()).anySatisfy(m -> assertThat(m).contains(message)));
        assertThat(events()).isEqualTo(rows);
        assertThat(audit.count()).isEqualTo(audits);
    }

    @Test
    void duplicatesAreExplained() {
        Event first = service.add(valid());
        assertThatThrownBy(() -> service.add(valid()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messagesFor("title"))
                        .anySatisfy(m -> assertThat(m).contains("already recorded as #" + first.id())));
    }

    @Test
    void editDeleteRestoreAreVersionedAndAudited() {
        Event e = service.add(valid());
        Event edited = service.update(e.id(), e.version(), with("2023-03", "month", "in March 2023",
                "Xi visits Moscow, third term (test)", "diplomatic visit", PASSAGE));
        assertThat(edited.version()).isEqualTo(e.version() + 1);
        assertThatThrownBy(() -> service.update(e.id(), e.version(), valid()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("changed by alice");

        Event deleted = service.delete(edited.id(), edited.version());
        assertThat(service.deleted()).extracting(Event::id).contains(e.id());
        assertThat(service.findAll()).extracting(Event::id).doesNotContain(e.id());
        service.restore(deleted.id(), deleted.version());
        assertThat(service.findAll()).extracting(Event::id).contains(e.id());
        assertThat(service.history(e.id())).extracting(AuditEntry::action).containsExactly(AuditLog.Action.create,
                AuditLog.Action.update, AuditLog.Action.delete, AuditLog.Action.restore);
    }
}
