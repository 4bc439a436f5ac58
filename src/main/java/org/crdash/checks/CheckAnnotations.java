package org.crdash.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crdash.chart.ChartAnnotations;
import org.crdash.series.Observation;
import org.crdash.series.Series;
import org.springframework.stereotype.Component;

/**
 * The claim checker on the charts: a marker on each disputed period (sources disagree, a value not in its passage,
 * arithmetic that does not add up), drawn at the period's highest value the finding compares, and in the passage
 * panel of every value a finding compares what it found, with a link to the finding on the Checks page.
 */
@Component
class CheckAnnotations implements ChartAnnotations {

    private final CheckService checks;

    CheckAnnotations(CheckService checks) {
        this.checks = checks;
    }

    @Override
    public List<Marker> markers(Series series, List<Observation> observations) {
        Map<Long, Observation> drawn = observations.stream()
                .collect(Collectors.toMap(Observation::id, o -> o, (a, b) -> a, LinkedHashMap::new));
        // one marker per disputed period, at its highest drawn value, with every finding about the period
        Map<String, Observation> top = new LinkedHashMap<>();
        Map<String, List<Finding>> about = new LinkedHashMap<>();
        for (Checked c : checks.findings(new CheckFilter(null, Verdict.CONFLICT, null, series.key(), null))) {
            Finding f = c.finding();
            f.observations().stream().map(i -> drawn.get(i.observationId())).filter(o -> o != null)
                    .map(o -> o.period().label()).distinct().forEach(p -> about.computeIfAbsent(p,
                            k -> new ArrayList<>()).add(f));
            for (Finding.Involved i : f.observations()) {
                Observation o = drawn.get(i.observationId());
                if (o != null) {
                    top.merge(o.period().label(), o, (a, b) -> a.value().compareTo(b.value()) >= 0 ? a : b);
                }
            }
        }
        Map<Long, List<Finding>> at = new LinkedHashMap<>();
        about.forEach((period, found) -> at.put(top.get(period).id(), found));
        List<Marker> markers = new ArrayList<>();
        at.forEach((id, found) -> {
            Severity worst = found.stream().map(Finding::severity).max(Comparator.naturalOrder()).orElseThrow();
            String label = found.size() == 1 ? "!" : String.valueOf(found.size());
            String tip = (found.size() == 1 ? "Check: " : found.size() + " checks: ") + found.stream()
                    .map(f -> f.kind().label() + " — " + f.result()).collect(Collectors.joining(" · "))
                    + " (click for the passage and the finding)";
            markers.add(new Marker(id, label, color(worst), tip));
        });
        return markers;
    }

    @Override
    public List<Note> notes(String itemId) {
        if (!itemId.matches("o\\d{1,18}")) {
            return List.of(); // events are not checked here
        }
        long id = Long.parseLong(itemId.substring(1));
        return checks.involving(id).stream().map(Checked::finding)
                .filter(f -> SHOWN.contains(f.verdict()))
                .map(f -> new Note("Check: " + f.kind().label() + " (" + f.verdict().label().toLowerCase() + ")",
                        f.result() + " " + f.formula(), "checks?finding=" + f.key()))
                .toList();
    }

    private static final Set<Verdict> SHOWN = Set.of(Verdict.CONFLICT, Verdict.AGREES_AFTER_ROUNDING);

    /** Colour-blind safe, darker with the gap (white text on it). */
    private static String color(Severity s) {
        return switch (s) {
            case HIGH -> "#b2182b";
            case MEDIUM -> "#d55e00";
            case LOW, NONE -> "#8c6d00";
        };
    }
}
