package org.crdash.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.crdash.base.Checks;
import org.crdash.base.DatePrecision;
import org.crdash.base.FieldError;
import org.crdash.source.QuotedPassage;
import org.crdash.source.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The event rules alone, through their lookup interface; categories are whatever the vocabulary holds. */
class EventValidatorTest {

    private static final Source SOURCE = new Source(7, "a.txt", "A", null, null, null, DatePrecision.UNKNOWN, null,
            null, "0".repeat(64), "user", 0, null);

    private final EventValidator rules = new EventValidator(
            Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));

    private final EventValidator.Lookups lookups = new EventValidator.Lookups() {
        @Override
        public List<String> categories() {
            return List.of("summit", "invasion");
        }

        @Override
        public QuotedPassage quote(Checks checks, String sourceKey, String passage, Integer hint) {
            return new QuotedPassage(SOURCE, passage, 0, passage.length());
        }

        @Override
        public Optional<Event> duplicate(QuotedPassage quote, String title, Long exceptId) {
            return Optional.empty();
        }
    };

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "1242      |       | invasion |          |     | ",
            "1201/1300 |       | summit   |          |     | ",
            "          | none  | summit   | dateText |     | undated event needs the source's wording",
            "          | day   | summit   | date     |     | Give the date (precision day)",
            "2023/2021 | range | summit   | date     | end | must be later than the start",
            "2023      |       | party    | category |     | 'party' is not an event category; choose one of "
                    + "[summit, invasion]",
            "0999      |       | summit   | date     |     | before 1000",
            "2027-01   |       | summit   | date     |     | in the future (today is 2026-06-01)"})
    void eachProblemIsOnTheComponentItConcerns(String date, String precision, String category, String field,
                                               String part, String message) {
        var in = new EventInput(date, precision, null, "Title", category, "a.txt", "passage", null, null);
        var checked = rules.check(in, null, lookups);

        if (field == null) {
            assertThat(checked.errors()).isEmpty();
        } else {
            assertThat(checked.errors()).extracting(FieldError::field, FieldError::part)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(field, part));
            assertThat(checked.errors().getFirst().message()).contains(message);
        }
    }
}
