package org.crdash.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The export's order as the README documents it: observations by series key, period start, source key, passage
 * start (then period end and id, so the order is total and the same every time); events by date start (undated
 * last), source key, passage start (then date end and id).
 */
class ExportOrderTest extends ExportFixture {

    static final Comparator<CSVRecord> OBSERVATION_ORDER = Comparator
            .comparing((CSVRecord r) -> r.get("series_key"), Comparator.naturalOrder())
            .thenComparing(r -> LocalDate.parse(r.get("period_start")))
            .thenComparing(r -> r.get("source_file"))
            .thenComparingInt(r -> Integer.parseInt(r.get("passage_start")))
            .thenComparing(r -> LocalDate.parse(r.get("period_end")))
            .thenComparingLong(r -> Long.parseLong(r.get("id")));

    static final Comparator<CSVRecord> EVENT_ORDER = Comparator
            .comparing((CSVRecord r) -> r.get("date_start").isEmpty() ? null : LocalDate.parse(r.get("date_start")),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.get("source_file"))
            .thenComparingInt(r -> Integer.parseInt(r.get("passage_start")))
            .thenComparing(r -> r.get("date_end").isEmpty() ? null : LocalDate.parse(r.get("date_end")),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(r -> Long.parseLong(r.get("id")));

    @Test
    void observationsComeBySeriesPeriodStartSourceAndPassageStart() throws Exception {
        List<CSVRecord> rows = records("/api/export/observations.csv?includeDeleted=true");
        assertThat(rows).hasSizeGreaterThan(100).isSortedAccordingTo(OBSERVATION_ORDER);
        // the 2020 row quotes an earlier passage than the 2020-Q1 row, which ends first: passage start decides
        assertThat(records("/api/export/observations.csv?series=" + SERIES_KEY)).extracting(r -> r.get("period"))
                .containsExactly("2019", "2020", "2020-Q1", "2021", "2023-Q2");
    }

    @Test
    void eventsComeByDateSourceAndPassageStartUndatedLast() throws Exception {
        List<CSVRecord> rows = records("/api/export/events.csv?includeDeleted=true");
        assertThat(rows).hasSizeGreaterThan(100).isSortedAccordingTo(EVENT_ORDER);
        assertThat(rows.getLast().get("date_start")).isEmpty();
    }

    @Test
    void theOrderIsTheSameEveryTime() throws Exception {
        String first = body(get200("/api/export/observations.csv"));
        assertThat(body(get200("/api/export/observations.csv"))).isEqualTo(first);
    }

    private List<CSVRecord> records(String url) throws Exception {
        try (CSVParser csv = ExportControllerTest.parse(body(get200(url)))) {
            return csv.getRecords();
        }
    }
}
