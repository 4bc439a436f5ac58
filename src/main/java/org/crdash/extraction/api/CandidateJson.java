package org.crdash.extraction.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import org.crdash.extraction.Candidate;
import org.crdash.extraction.EventCandidate;
import org.crdash.extraction.ObservationCandidate;

/**
 * One candidate as the API gives it. Offsets are stored offsets (code points) into {@code /api/sources/{key}/text};
 * {@code markStart}/{@code markEnd} span what was read (the number, or the date wording). Observation fields are
 * null for an event and the other way round; the fields have the names the observation and event APIs take, so
 * a script can post them to {@code /api/observations} or {@code /api/events} after review.
 */
record CandidateJson(String id, String kind, String status, String passage, int passageStart, int passageEnd,
                     int markStart, int markEnd, @Schema(types = {"string", "null"}) String note, @Schema(types = {"string", "null"}) String rejectionReason,
                     @Schema(types = {"number", "null"}) BigDecimal value, @Schema(types = {"string", "null"}) String unit, @Schema(types = {"string", "null"}) String qualifier, @Schema(types = {"string", "null"}) String period,
                     @Schema(types = {"string", "null"}) String seriesKey,
                     @Schema(types = {"object", "null"})
                     ObservationCandidate.NewSeries newSeries, @Schema(types = {"string", "null"}) String numberText,
                     @Schema(types = {"string", "null"}) String date, @Schema(types = {"string", "null"}) String precision, @Schema(types = {"string", "null"}) String dateText, @Schema(types = {"string", "null"}) String title,
                     @Schema(types = {"string", "null"}) String category) {

    static CandidateJson of(Candidate c) {
        ObservationCandidate o = c.observation();
        EventCandidate e = c.event();
        return new CandidateJson(c.id(), c.kind().name().toLowerCase(), c.status().name().toLowerCase(), c.passage(),
                c.passageStart(), c.passageEnd(), c.markStart(), c.markEnd(), o != null ? o.note() : e.note(),
                c.rejection(),
                o == null ? null : o.value(), o == null ? null : o.unit(), o == null ? null : o.qualifier().code(),
                o == null ? null : o.period(), o == null ? null : o.seriesKey(), o == null ? null : o.newSeries(),
                o == null ? null : o.numberText(),
                e == null ? null : e.date().label(), e == null ? null : e.date().precision().code(),
                e == null ? null : e.dateText(), e == null ? null : e.title(), e == null ? null : e.category());
    }
}
