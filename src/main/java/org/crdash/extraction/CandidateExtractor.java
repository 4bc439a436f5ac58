package org.crdash.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crdash.series.Series;

/**
 * The first pass over a source: every number it states becomes an observation candidate with value, unit,
 * qualifier (from {@link NumberMentions}), period (from its sentence and the one before, {@link PeriodReader}),
 * the series it most likely belongs to ({@link SeriesMatcher}) and its sentence as the passage
 * ({@link Sentences}). Nothing here writes; candidates are proposals for a reviewer.
 */
public final class CandidateExtractor {

    private final List<Series> series;
    private final Set<String> categories;

    /**
     * @param series     the existing series, to suggest from
     * @param categories the series category codes a proposed series may have ("other" when none fits)
     */
    public CandidateExtractor(List<Series> series, Collection<String> categories) {
        this.series = List.copyOf(series);
        this.categories = Set.copyOf(categories);
    }

    /**
     * The observation candidates of {@code text}, in text order.
     *
     * @param published the source's publication date, or null where not known (see {@link AsOf})
     * @param today     the reading date, the latest a "time of writing" can be
     */
    public List<ObservationCandidate> observations(String text, LocalDate published, LocalDate today) {
        AsOf asOf = AsOf.of(published, text, today);
        List<Sentences.Sentence> sentences = Sentences.of(text);
        List<DateMention> dates = DateMentions.find(text, asOf.year());
        List<NumberMention> numbers = NumberMentions.find(text).stream().filter(n -> !insideDate(n, dates)).toList();
        SeriesMatcher matcher = new SeriesMatcher(series);
        Set<String> proposed = new HashSet<>();
        List<ObservationCandidate> out = new ArrayList<>();
        for (NumberMention n : numbers) {
            int at = Sentences.indexAt(sentences, n.start());
            if (at < 0) {
                continue;
            }
            Sentences.Sentence s = sentences.get(at);
            if (n.end() > s.end()) {
                continue;                                          // a number read across a sentence break
            }
            String unit = n.unit() == null ? "count" : n.unit();
            PeriodReader.Reading period = PeriodReader.read(text, n, sentences, at, dates, numbers, asOf);
            SeriesMatcher.Match match = matcher.match(s.text(), n.start() - s.start(), n.end() - s.start(), unit,
                    proposed);
            ObservationCandidate.NewSeries fresh = match.newSeries();
            if (fresh != null) {
                proposed.add(fresh.key());
                if (!categories.contains(fresh.category())) {
                    fresh = new ObservationCandidate.NewSeries(fresh.key(), fresh.name(), fresh.unit(), "other");
                }
            }
            out.add(new ObservationCandidate(n.start(), n.end(), n.text(), plain(n.value()), unit, n.qualifier(), n.kind(),
                    period.label(), match.seriesKey(), fresh, s.start(), s.text(),
                    note(n, unit, period, match)));
        }
        return out;
    }

    private static String note(NumberMention n, String unit, PeriodReader.Reading period, SeriesMatcher.Match m) {
        StringBuilder b = new StringBuilder("Extracted from '").append(n.text()).append("'");
        if (!n.reading().isEmpty()) {
            b.append(": ").append(n.reading());
        }
        if (n.unit() == null) {
            b.append("; no unit named, read as a count");
        }
        b.append(". Period: ").append(period.reading()).append(". ").append(m.reading()).append('.');
        return b.toString();
    }

    /** 120, not 1.2E+2: the value as a form shows it. */
    private static java.math.BigDecimal plain(java.math.BigDecimal v) {
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** "24" in "Feb. 24, 2023" is part of a date, whatever the number reader made of it. */
    private static boolean insideDate(NumberMention n, List<DateMention> dates) {
        for (DateMention d : dates) {
            if (d.start() <= n.start() && n.end() <= d.end() && d.period() != null) {
                return true;
            }
        }
        return false;
    }
}
