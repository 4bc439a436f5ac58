package org.crdash.checks.api;

import java.util.List;
import org.crdash.checks.Finding;

/** A finding as the API shows it: codes instead of enum names. */
record FindingJson(String key, String kind, String kindLabel, String verdict, String severity, String title,
                   List<String> seriesKeys, List<String> periods, List<Finding.Involved> observations,
                   List<Finding.Figure> numbers, String formula, String result) {

    static FindingJson of(Finding f) {
        return new FindingJson(f.key(), f.kind().code(), f.kind().label(), f.verdict().code(), f.severity().code(),
                f.title(), f.seriesKeys(), f.periods(), f.observations(), f.numbers(), f.formula(), f.result());
    }
}
