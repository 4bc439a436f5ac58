package org.crdash.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.crdash.IntegrationTest;
import org.crdash.base.AuditEntry;
import org.crdash.base.AuditLog;
import org.crdash.base.ConflictException;
import org.crdash.base.Origin;
import org.crdash.base.ValidationException;
import org.crdash.seed.SeedLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Adding, editing, deleting and restoring figures through the service, on the real seeded database. */
@IntegrationTest
@Transactional
@WithMockUser(username = "alice", roles = "EDITOR")
class ObservationServiceTest {

    static final String SOURCE = "000_86d270af3dbf64d1.txt";
    static final String PASSAGE = "Russia’s exclusion from European markets forced it to redirect its exports toward "
            + "Asia, especially China.";
    static final String SEEDED_PASSAGE = "In 2024, trade between China and Russia reached $244.8 billion, an all-time "
            + "high.";

    @Autowired
    ObservationService service;
    @Autowired
    SeriesService seriesService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    SeedLoader seedLoader;

    static ObservationInput valid() {
        return new ObservationInput("china_russia_trade_usd_bn", "2023", "year", "1,234.5", "USD bn", "approx",
                "a test figure", SOURCE, PASSAGE, null);
    }

    static ObservationInput with(UnaryOperator<Builder> change) {
        return change.apply(new Builder(valid())).build();
    }

    /** Changes one field of an input. */
    record Builder(String series, String period, String precision, String value, String unit, String qualifier,
                   String note, String source, String passage, Integer passageStart) {
        Builder(ObservationInput i) {
            this(i.seriesKey(), i.period(), i.precision(), i.value(), i.unit(), i.qualifier(), i.note(),
                    i.sourceKey(), i.passage(), i.passageStart());
        }

        Builder series(String v) { return new Builder(v, period, precision, value, unit, qualifier, note, source, passage, passageStart); }
        Builder period(String v) { return new Builder(series, v, precision, value, unit, qualifier, note, source, passage, passageStart); }
        Builder precision(String v) { return new Builder(series, period, v, value, unit, qualifier, note, source, passage, passageStart); }
        Builder value(String v) { return new Builder(series, period, precision, v, unit, qualifier, note, source, passage, passageStart); }
        Builder unit(String v) { return new Builder(series, period, precision, value, v, qualifier, note, source, passage, passageStart); }
        Builder qualifier(String v) { return new Builder(series, period, precision, value, unit, v, note, source, passage, passageStart); }
        Builder note(String v) { return new Builder(series, period, precision, value, unit, qualifier, v, source, passage, passageStart); }
        Builder source(String v) { return new Builder(series, period, precision, value, unit, qualifier, note, v, passage, passageStart); }
        Builder passage(String v) { return new Builder(series, period, precision, value, unit, qualifier, note, source, v, passageStart); }
        Builder passageStart(Integer v) { return new Builder(series, period, precision, value, unit, qualifier, note, source, passage, v); }

        ObservationInput build() {
            return new ObservationInput(series, period, precision, value, unit, qualifier, note, source, passage,
                    passageStart);
        }
    }

    long observations() {
        return jdbc.sql("SELECT count(*) FROM observation").query(Long.class).single();
    }

    @Test
    void aValidFigureIsStoredAsUserOriginWithItsPassageOffsetsAndAnAuditRow() {
        long rows = observations();
        long audits = audit.count();

        Observation o = service.add(valid(), true);

        assertThat(observations()).isEqualTo(rows + 1);
        assertThat(audit.count()).isEqualTo(audits + 1);
        assertThat(o.origin()).isEqualTo(Origin.USER);
        assertThat(o.value()).isEqualByComparingTo(new BigDecimal("1234.5"));
        assertThat(o.qualifier()).isEqualTo(Qualifier.APPROX);
        assertThat(o.period().label()).isEqualTo("2023");
        assertThat(o.updatedBy()).isEqualTo("alice");
        String text = jdbc.sql("SELECT full_text FROM source WHERE source_key = ?").param(SOURCE)
                .query(String.class).single();
        assertThat(text.substring(o.passageStart(), o.passageEnd())).isEqualTo(PASSAGE);
        assertThat(jdbc.sql("SELECT seed_key IS NULL FROM observation WHERE id = ?").param(o.id())
                .query(Boolean.class).single()).isTrue();

        List<AuditEntry> history = service.history(o.id());
        assertThat(history).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditLog.Action.create);
            assertThat(e.actor()).isEqualTo("alice");
            assertThat(e.oldJson()).isNull();
            assertThat(e.newJson()).contains("\"origin\": \"user\"").contains("1234.5");
        });
    }

    @Test
    void markupInTextIsStoredLiterallyNotInterpreted() {
        Observation o = service.add(with(b -> b.note("<script>alert('x')</script> & <b>bold</b>")), true);
        assertThat(o.note()).isEqualTo("<script>alert('x')</script> & <b>bold</b>");
    }

    @Test
    void aPassageThatOccursTwiceIsAcceptedWithItsOffset() {
        String text = jdbc.sql("SELECT full_text FROM source WHERE source_key = ?").param(SOURCE)
                .query(String.class).single();
        String twice = "China and Russia";
        int second = text.indexOf(twice, text.indexOf(twice) + 1);
        Observation o = service.add(with(b -> b.passage(twice).passageStart(second)), true);
        assertThat(o.passageStart()).isEqualTo(second);
    }

    static Stream<Arguments> invalidInputs() {
        return Stream.of(
                Arguments.of("letters in the number", with(b -> b.value("12abc")), "value", "is not a number"),
                Arguments.of("empty value", with(b -> b.value("")), "value", "value is required"),
                Arguments.of("exponent notation", with(b -> b.value("1e5")), "value", "is not a number"),
                Arguments.of("decimal comma", with(b -> b.value("1,23")), "value", "comma as decimal mark"),
                Arguments.of("misplaced thousands comma", with(b -> b.value("12,34,567")), "value", "is not a number"),
                Arguments.of("negative count", with(b -> b.series("putin_xi_meetings_count").unit(null).value("-3")),
                        "value", "whole numbers"),
                Arguments.of("note over 10 000 characters", with(b -> b.note("x".repeat(10_001))), "note",
                        "at most 10000"),
                Arguments.of("NUL byte in note", with(b -> b.note("before\u0000after")), "note", "NUL"),
                Arguments.of("control character in period", with(b -> b.period("20\u000723")), "period",
                        "control characters"),
                Arguments.of("passage not in the source", with(b -> b.passage("Russia exported nothing to China.")),
                        "passage", "not in the source text"),
                Arguments.of("passage over 10 000 characters", with(b -> b.passage("y".repeat(10_001))), "passage",
                        "at most 10000"),
                Arguments.of("ambiguous passage without offset", with(b -> b.passage("China and Russia")), "passage",
                        "more than once"),
                Arguments.of("passage not at the given offset", with(b -> b.passageStart(3)), "passageStart",
                        "not at offset 3"),
                Arguments.of("range end before start", with(b -> b.period("2024/2022").precision("range")),
                        "period", "before the start"),
                Arguments.of("not a period", with(b -> b.period("2024-13")), "period", "not a period"),
                Arguments.of("decade for a figure", with(b -> b.period("1990s").precision(null)), "period",
                        "decade"),
                Arguments.of("precision disagrees with label", with(b -> b.precision("quarter")), "precision",
                        "is a year, but the precision says quarter"),
                Arguments.of("future period", with(b -> b.period("2099")), "period", "future"),
                Arguments.of("unknown unit", with(b -> b.unit("furlongs")), "unit", "not a known unit"),
                Arguments.of("unit of another series", with(b -> b.unit("%")), "unit", "is in 'USD bn'"),
                Arguments.of("unknown series", with(b -> b.series("no_such_series")), "seriesKey", "no series"),
                Arguments.of("no series", with(b -> b.series(" ")), "seriesKey", "Choose a series"),
                Arguments.of("unknown qualifier", with(b -> b.qualifier("roughly")), "qualifier",
                        "not a qualifier"),
                Arguments.of("unknown source", with(b -> b.source("nope.txt")), "sourceKey", "no source 'nope.txt'"),
                Arguments.of("duplicate of a seeded figure",
                        with(b -> b.period("2024").passage(SEEDED_PASSAGE).value("244.8")), "passage",
                        "already recorded as #"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidInputs")
    void invalidInputIsRejectedOnItsFieldAndNothingIsWritten(String name, ObservationInput input, String field,
                                                             String message) {
        long rows = observations();
        long audits = audit.count();

        assertThatThrownBy(() -> service.add(input))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messagesFor(field))
                        .as("errors: %s", e.errors()).anySatisfy(m -> assertThat(m).contains(message)));

        assertThat(observations()).isEqualTo(rows);
        assertThat(audit.count()).isEqualTo(audits);
    }

    @Test
    void editingASeededFigureKeepsItSeededButMarksTheUserSoTheSeedLoaderKeepsTheEdit() {
        long id = jdbc.sql("SELECT id FROM observation WHERE seed_key = '000-o001'").query(Long.class).single();
        Observation seeded = service.findById(id).orElseThrow();

        Observation edited = service.update(id, seeded.version(),
                new ObservationInput(seeded.seriesKey(), "2024", "year", "245", "USD bn", "approx", "corrected",
                        seeded.sourceKey(), seeded.passage(), null), true);

        assertThat(edited.version()).isEqualTo(seeded.version() + 1);
        assertThat(edited.origin()).isEqualTo(Origin.SEEDED);
        assertThat(edited.updatedBy()).isEqualTo("alice");
        seedLoader.load("classpath:seed-data/");
        Observation after = service.findById(id).orElseThrow();
        assertThat(after.value()).isEqualByComparingTo("245");
        assertThat(after.note()).isEqualTo("corrected");
        assertThat(service.history(id)).extracting(AuditEntry::action).containsExactly(
                AuditLog.Action.create, AuditLog.Action.update);
    }

    @Test
    void aStaleVersionIsRefusedWithWhoChangedItAndWhen() {
        Observation o = service.add(valid(), true);
        service.update(o.id(), o.version(), with(b -> b.value("1300")), true);

        assertThatThrownBy(() -> service.update(o.id(), o.version(), with(b -> b.value("1400"))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("changed by alice at ")
                .hasMessageContaining("reload");
        assertThat(service.findById(o.id()).orElseThrow().value()).isEqualByComparingTo("1300");
    }

    @Test
    void savingWithoutChangesWritesNothing() {
        Observation o = service.add(valid(), true);
        Observation same = service.update(o.id(), o.version(), valid(), true);
        assertThat(same.version()).isEqualTo(o.version());
        assertThat(service.history(o.id())).hasSize(1);
    }

    @Test
    void deleteIsSoftAndRestoreBringsItBackWithTheFullHistory() {
        Observation o = service.add(valid(), true);
        long live = service.count();

        Observation deleted = service.delete(o.id(), o.version());

        assertThat(deleted.deleted()).isTrue();
        assertThat(service.count()).isEqualTo(live - 1);
        assertThat(jdbc.sql("SELECT deleted_by FROM observation WHERE id = ?").param(o.id()).query(String.class)
                .single()).isEqualTo("alice");
        assertThat(service.deleted()).extracting(Observation::id).contains(o.id());
        assertThat(service.ofSeries(o.seriesId())).extracting(Observation::id).doesNotContain(o.id());
        assertThatThrownBy(() -> service.update(o.id(), deleted.version(), valid()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("deleted by alice");
        // while it is deleted, the same figure may be recorded again; then restoring would duplicate it
        Observation twin = service.add(valid(), true);
        assertThatThrownBy(() -> service.restore(o.id(), deleted.version()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("#" + twin.id());
        service.delete(twin.id(), twin.version());

        Observation restored = service.restore(o.id(), deleted.version());

        assertThat(restored.deleted()).isFalse();
        assertThat(service.count()).isEqualTo(live);
        assertThat(service.history(o.id())).extracting(AuditEntry::action).containsExactly(
                AuditLog.Action.create, AuditLog.Action.delete, AuditLog.Action.restore);
        assertThatThrownBy(() -> service.restore(o.id(), restored.version()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not deleted");
    }

    @Test
    void aNewSeriesCanBeCreatedAndUsed() {
        Series s = seriesService.add(new SeriesInput("test_rail_freight_million_t", "Rail freight", "million t",
                "trade_value", null));
        assertThat(s.origin()).isEqualTo(Origin.USER);
        Observation o = service.add(with(b -> b.series(s.key()).unit("million t").value("12.5")), true);
        assertThat(o.seriesKey()).isEqualTo("test_rail_freight_million_t");

        assertThatThrownBy(() -> seriesService.add(new SeriesInput("Bad Key", "", "furlongs", "nope", null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(org.crdash.base.FieldError::field)
                        .containsExactlyInAnyOrder("key", "name", "unit", "category"));
        assertThatThrownBy(() -> seriesService.add(new SeriesInput(s.key(), "x", "%", "other", null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.messagesFor("key")).anySatisfy(m -> assertThat(m).contains("already exists")));
    }
}
