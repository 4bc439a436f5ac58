package org.crdash.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.crdash.base.Checks;
import org.crdash.base.DatePrecision;
import org.crdash.base.FieldError;
import org.crdash.base.Origin;
import org.crdash.base.Period;
import org.crdash.base.PeriodRules;
import org.crdash.source.Passages;
import org.crdash.source.QuotedPassage;
import org.crdash.source.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The observation rules alone, through their lookup interface: no Spring, no database. Every problem is on the
 * input record component of the same name (the API's property; the CSV column it is read from).
 */
class ObservationValidatorTest {

    private static final String TEXT = "In 2024, trade between China and Russia reached $244.8 billion.";
    private static final Source SOURCE = new Source(7, "a.txt", "A", null, null, null, DatePrecision.UNKNOWN, null,
            null, "0".repeat(64), "user", 0, null);
    private static final Series TRADE = new Series(3, "trade_usd_bn", "Trade", "USD bn", "trade_value", null,
            Origin.USER, 0, null);

    private final ObservationValidator rules = new ObservationValidator(
            Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));

    private final ObservationValidator.Lookups lookups = new ObservationValidator.Lookups() {
        @Override
        public Optional<Series> series(String key) {
            return Optional.of(TRADE).filter(s -> s.key().equals(key));
        }

        @Override
        public Map<String, Unit> units() {
            return Map.of("USD bn", new Unit("USD bn", "billion US dollars", "currency"));
        }

        @Override
        public QuotedPassage quote(Checks checks, String sourceKey, String passage, Integer hint) {
            if (!SOURCE.sourceKey().equals(sourceKey)) {
                checks.add("sourceKey", "There is no source '" + sourceKey + "'; add it first.");
                return null;
            }
            int start = Passages.locate(TEXT, passage, hint);
            return new QuotedPassage(SOURCE, passage, start, start + passage.length());
        }

        @Override
        public Optional<Observation> duplicate(Series s, Period period, QuotedPassage quote, Long exceptId) {
            return Optional.empty();
        }
    };

    private static ObservationInput input(String series, String period, String value, String source) {
        return new ObservationInput(series, period, null, value, null, null, null, source, "$244.8 billion", null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "trade_usd_bn | 2024      | 244.8 | a.txt |           |     | ",
            "nope_series  | 2024      | 244.8 | a.txt | seriesKey |     | There is no series 'nope_series'",
            "trade_usd_bn | 2024      | 12abc | a.txt | value     |     | is not a number",
            "trade_usd_bn | 1990s     | 244.8 | a.txt | period    |     | is a decade",
            "trade_usd_bn | 2099      | 244.8 | a.txt | period    |     | in the future (today is 2026-06-01)",
            "trade_usd_bn | 2024/2022 | 244.8 | a.txt | period    | end | before the start",
            "trade_usd_bn | 2022/x    | 244.8 | a.txt | period    | end | 'x' is not a period",
            "trade_usd_bn | 1204      | 244.8 | a.txt | period    |     | before 1800",
            "trade_usd_bn | 2024      | 244.8 | b.txt | sourceKey |     | There is no source 'b.txt'"})
    void eachProblemIsOnTheComponentItConcerns(String series, String period, String value, String source,
                                               String field, String part, String message) {
        var checked = rules.check(input(series, period, value, source), null, lookups);

        if (field == null) {
            assertThat(checked.errors()).isEmpty();
            assertThat(checked.value().quote().start()).isEqualTo(TEXT.indexOf("$244.8"));
        } else {
            assertThat(checked.errors()).extracting(FieldError::field, FieldError::part).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(field, part));
            assertThat(checked.errors().getFirst().message()).contains(message);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"quarter | is a year, but the precision says quarter (write it like 2024-Q1)",
            "decade | The period must be a day, a month, a quarter, a year or a range. Not decade.",
            "century | 'century' is not a precision. Choose day, month, quarter, year or range."})
    void thePrecisionMustBeOneAnObservationHasAndAgreeWithThePeriod(String precision, String message) {
        var in = new ObservationInput("trade_usd_bn", "2024", precision, "244.8", null, null, null, "a.txt",
                "$244.8 billion", null);
        assertThat(rules.check(in, null, lookups).errors()).extracting(FieldError::field, FieldError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("precision", precision.equals("quarter")
                        ? "'2024' " + message + "." : message));
        assertThat(PeriodRules.OBSERVATION.allowed()).doesNotContain(org.crdash.base.PeriodPrecision.DECADE);
    }
}
