package org.crdash.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.crdash.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The events search on the seeded events in PostgreSQL: title, passage and date wording. */
@IntegrationTest
class EventFullTextSearchTest {

    @Autowired
    EventService events;

    private List<Event> found(String query) {
        List<Long> ids = events.search(new EventSearch(query));
        return events.findAll().stream().filter(e -> ids.contains(e.id())).toList();
    }

    private static String words(Event e) {
        return (e.title() + " " + e.passage() + " " + e.dateText()).toLowerCase(Locale.ROOT);
    }

    @Test
    void noLimitsFindsEveryEventThatSaysItAndNothingElse() {
        List<Event> found = found("no limits");
        List<Event> expected = events.findAll().stream()
                .filter(e -> words(e).matches("(?s).*\\bno[- ]limits.*")).toList();
        assertThat(expected).isNotEmpty();
        assertThat(found).containsAll(expected);
        assertThat(found).allMatch(e -> words(e).matches("(?s).*\\bno\\b.*") && words(e).contains("limits"));
        // as a phrase: only where the two words stand together
        assertThat(found("\"no limits\"")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theDateAsThePageShowsItAndAsTheTextWordsItAreSearched() {
        List<Event> feb4 = events.findAll().stream()
                .filter(e -> "2022-02-04".equals(String.valueOf(e.date().start()))
                        && e.date().precision() == org.crdash.base.PeriodPrecision.DAY).toList();
        assertThat(feb4).isNotEmpty();
        assertThat(found("4 February 2022")).containsAll(feb4);
        Event vague = events.findAll().stream().filter(e -> e.dateText().contains("late 1990s")).findFirst()
                .orElseThrow();
        assertThat(found("late 1990s")).contains(vague);
        assertThat(found("sanction")).isNotEmpty().allMatch(e -> words(e).contains("sanction"));
        assertThat(events.search(new EventSearch("  "))).isEmpty();
        assertThat(found("zzqxnotaword")).isEmpty();
    }
}
