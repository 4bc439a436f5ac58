package org.crdash.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crdash.extraction.CandidateExtractor;
import org.crdash.extraction.EventCandidate;
import org.crdash.extraction.EventReader;
import org.crdash.extraction.ObservationCandidate;
import org.junit.jupiter.api.Test;

/**
 * Extraction benchmark, NOT part of {@code ./mvnw verify}: {@code ./mvnw -Pbench -Dit.test=ExtractionBenchmark
 * verify}. Runs the extractor over the five seed articles and compares with seed-data/ (their observations and
 * events are the reference): recall of (value, passage) and of (value, unit, period, qualifier), precision; for
 * events recall and precision of (date, passage). A candidate's passage is its sentence; it matches a reference
 * row whose passage it overlaps. Writes bench/EXTRACTION.md (or {@code bench.extraction}).
 */
class ExtractionBenchmark {

    record Count(int reference, int candidates, int valueFound, int allFound, int correct) {
        Count plus(Count o) {
            return new Count(reference + o.reference, candidates + o.candidates, valueFound + o.valueFound,
                    allFound + o.allFound, correct + o.correct);
        }
    }

    private final Map<String, List<String>> misses = new TreeMap<>();

    @Test
    void extractionAgainstTheSeedData() throws IOException {
        SeedReference seed = SeedReference.load(Path.of("seed-data"), Path.of("db/migration"));
        CandidateExtractor extractor = new CandidateExtractor(seed.series(), seed.seriesCategories());
        EventReader events = new EventReader(seed.eventCategories());
        LocalDate today = LocalDate.now();
        Map<String, Count[]> rows = new TreeMap<>();
        Count obsTotal = new Count(0, 0, 0, 0, 0);
        Count evTotal = new Count(0, 0, 0, 0, 0);
        for (SeedReference.Article a : seed.articles().values()) {
            Count o = observations(a, extractor.observations(a.text(), a.published(), today));
            Count e = events(a, events.events(a.text(), a.published(), today));
            rows.put(a.file(), new Count[] {o, e});
            obsTotal = obsTotal.plus(o);
            evTotal = evTotal.plus(e);
        }
        String report = report(rows, obsTotal, evTotal);
        Path out = Path.of(System.getProperty("bench.extraction", "bench/EXTRACTION.md"));
        Files.writeString(out, report);
        System.out.println(report);
        assertThat(obsTotal.reference()).isEqualTo(103);
    }

    private Count observations(SeedReference.Article a, List<ObservationCandidate> found) {
        int valueFound = 0;
        int allFound = 0;
        for (SeedReference.Row r : a.observations()) {
            List<ObservationCandidate> same = found.stream().filter(c -> overlaps(c.passageStart(), c.passageEnd(), r)
                    && c.value().compareTo(r.value()) == 0).toList();
            if (same.isEmpty()) {
                List<String> near = found.stream().filter(c -> overlaps(c.passageStart(), c.passageEnd(), r))
                        .map(c -> c.numberText() + "=" + c.value().toPlainString()).toList();
                miss("observation: value not read", r.id() + " " + r.value().toPlainString() + " " + r.unit()
                        + " (read in its sentence: " + (near.isEmpty() ? "nothing" : String.join(", ", near)) + ")");
                continue;
            }
            valueFound++;
            ObservationCandidate best = same.stream().filter(c -> all(c, r)).findFirst().orElse(null);
            if (best != null) {
                allFound++;
                continue;
            }
            ObservationCandidate c = same.getFirst();
            if (!c.unit().equals(r.unit())) {
                miss("observation: unit", r.id() + " " + r.unit() + " read as " + c.unit() + " ('" + c.numberText()
                        + "')");
            }
            if (!c.period().equals(r.period())) {
                miss("observation: period", r.id() + " " + r.period() + " read as " + c.period() + " ('"
                        + c.numberText() + "')");
            }
            if (!c.qualifier().code().equals(r.qualifier())) {
                miss("observation: qualifier", r.id() + " " + r.qualifier() + " read as " + c.qualifier().code()
                        + " ('" + c.numberText() + "')");
            }
        }
        int correct = 0;
        for (ObservationCandidate c : found) {
            if (a.observations().stream().anyMatch(r -> overlaps(c.passageStart(), c.passageEnd(), r)
                    && c.value().compareTo(r.value()) == 0)) {
                correct++;
            } else {
                miss("observation candidate not in the reference", a.file().substring(0, 3) + " '" + c.numberText()
                        + "' = " + c.value().toPlainString() + " " + c.unit() + ": " + abbreviated(c.passage()));
            }
        }
        return new Count(a.observations().size(), found.size(), valueFound, allFound, correct);
    }

    private static boolean all(ObservationCandidate c, SeedReference.Row r) {
        return c.unit().equals(r.unit()) && c.period().equals(r.period()) && c.qualifier().code().equals(r.qualifier());
    }

    private Count events(SeedReference.Article a, List<EventCandidate> found) {
        int hit = 0;
        for (SeedReference.Row r : a.events()) {
            String date = r.period() == null ? "" : r.period();
            boolean ok = found.stream().anyMatch(c -> overlaps(c.passageStart(), c.passageEnd(), r)
                    && label(c).equals(date));
            if (ok) {
                hit++;
                continue;
            }
            List<String> near = found.stream().filter(c -> overlaps(c.passageStart(), c.passageEnd(), r))
                    .map(c -> "'" + c.dateText() + "' → " + (label(c).isEmpty() ? "undated" : label(c))).toList();
            String kind = date.isEmpty() ? "event: undated in the seed" : near.isEmpty()
                    ? "event: no candidate in its sentence" : "event: another date read";
            miss(kind, r.id() + " " + (date.isEmpty() ? "undated" : date) + (near.isEmpty() ? ""
                    : " (read: " + String.join(", ", near) + ")"));
        }
        int correct = 0;
        for (EventCandidate c : found) {
            if (a.events().stream().anyMatch(r -> overlaps(c.passageStart(), c.passageEnd(), r)
                    && label(c).equals(r.period() == null ? "" : r.period()))) {
                correct++;
            } else {
                miss("event candidate not in the reference", a.file().substring(0, 3) + " '" + c.dateText() + "' → "
                        + (label(c).isEmpty() ? "undated" : label(c)) + " (" + c.category() + "): "
                        + abbreviated(c.passage()));
            }
        }
        return new Count(a.events().size(), found.size(), hit, hit, correct);
    }

    private static String abbreviated(String passage) {
        String p = passage.replaceAll("\\s+", " ");
        return p.length() <= 110 ? p : p.substring(0, 107) + "…";
    }

    private static String label(EventCandidate c) {
        return c.date().label() == null ? "" : c.date().label();
    }

    private static boolean overlaps(int start, int end, SeedReference.Row r) {
        return start < r.end() && r.start() < end;
    }

    private void miss(String kind, String what) {
        misses.computeIfAbsent(kind, k -> new ArrayList<>()).add(what);
    }

    private String report(Map<String, Count[]> rows, Count obs, Count ev) {
        StringBuilder b = new StringBuilder("# Extraction benchmark\n\n")
                .append("The extraction assistant (`org.crdash.extraction`: `CandidateExtractor`, `EventReader`) run over ")
                .append("the five seed articles and compared with `seed-data/` (the reference). A candidate matches a ")
                .append("reference row when its passage (the sentence) overlaps the row's passage and its value (events: ")
                .append("date label) is the same. Recall = reference rows found / reference rows; precision = ")
                .append("candidates matching some reference row / candidates. Run: `./mvnw -Pbench ")
                .append("-Dit.test=ExtractionBenchmark verify`, or quicker `./mvnw test -Dtest=ExtractionBenchmark` (")
                .append(LocalDate.now()).append("). The reference is one careful reading: where it took a date from ")
                .append("general knowledge (\"the 2022 Winter Olympics\" → 4 February 2022) the extractor, which reads ")
                .append("only the text, counts a miss.\n\n")
                .append("| article | obs. ref | obs. candidates | recall (value, passage) | recall (value, unit, ")
                .append("period, qualifier) | precision | events ref | event candidates | events recall (date, ")
                .append("passage) | events precision |\n|---|---|---|---|---|---|---|---|---|---|\n");
        rows.forEach((file, c) -> b.append(line(file.substring(0, 3), c[0], c[1])));
        b.append(line("**total**", obs, ev));
        b.append("\nTargets: observations (value, passage) recall ≥ 95 %, all fields ≥ 80 %, precision ≥ 60 %; ")
                .append("events recall ≥ 90 %, precision ≥ 60 %.\n\n## Misses by kind\n");
        misses.forEach((kind, list) -> {
            b.append("\n### ").append(kind).append(" (").append(list.size()).append(")\n\n");
            list.forEach(m -> b.append("- ").append(m).append('\n'));
        });
        return b.toString();
    }

    private static String line(String name, Count o, Count e) {
        return "| " + name + " | " + o.reference() + " | " + o.candidates() + " | " + pct(o.valueFound(), o.reference())
                + " | " + pct(o.allFound(), o.reference()) + " | " + pct(o.correct(), o.candidates()) + " | "
                + e.reference() + " | " + e.candidates() + " | " + pct(e.valueFound(), e.reference()) + " | "
                + pct(e.correct(), e.candidates()) + " |\n";
    }

    private static String pct(int n, int of) {
        return of == 0 ? "–" : String.format(java.util.Locale.ROOT, "%.1f %%", 100.0 * n / of);
    }
}
