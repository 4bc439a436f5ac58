package org.crdash.extraction.ui;

import org.crdash.base.Decimals;
import org.crdash.base.Period;
import org.crdash.event.EventInput;
import org.crdash.extraction.Candidate;
import org.crdash.extraction.EventCandidate;
import org.crdash.extraction.ObservationCandidate;
import org.crdash.series.ObservationInput;

/** A candidate as the input its form is prefilled with: what the editor would have typed. */
final class Drafts {

    private Drafts() {
    }

    static ObservationInput observation(String sourceKey, Candidate c) {
        ObservationCandidate o = c.observation();
        return new ObservationInput(o.targetSeriesKey(), o.period(), Period.parse(o.period()).precision().code(),
                Decimals.format(o.value()), o.unit(), o.qualifier().code(), o.note(), sourceKey, c.passage(),
                c.passageStart());
    }

    static EventInput event(String sourceKey, Candidate c) {
        EventCandidate e = c.event();
        return new EventInput(e.date().label() == null ? "" : e.date().label(), e.date().precision().code(),
                e.dateText(), e.title(), e.category(), sourceKey, c.passage(), c.passageStart(), e.note());
    }

    /** One line about what a candidate proposes: "≈ 244.8 usd_bn · 2024 → china_russia_trade_usd_bn". */
    static String summary(Candidate c) {
        if (c.observation() != null) {
            ObservationCandidate o = c.observation();
            String q = o.qualifier().symbol();
            return (q.isEmpty() ? "" : q + " ") + Decimals.format(o.value()) + " " + o.unit() + " · "
                    + Period.parse(o.period()).display() + " → " + o.targetSeriesKey()
                    + (o.newSeries() != null ? " (new)" : "");
        }
        EventCandidate e = c.event();
        return e.date().display() + " · " + e.title() + " (" + e.category() + ")";
    }
}
