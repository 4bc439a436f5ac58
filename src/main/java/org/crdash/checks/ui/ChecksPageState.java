package org.crdash.checks.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crdash.checks.CheckFilter;
import org.crdash.checks.CheckKind;
import org.crdash.checks.ReviewStatus;
import org.crdash.checks.Severity;
import org.crdash.checks.Verdict;

/**
 * What the Checks page shows, in its address: {@code /checks?kind=value_conflict&verdict=conflict&finding=…}.
 * Unknown values are ignored (an old link still opens the page).
 */
record ChecksPageState(CheckFilter filter, String finding) {

    static ChecksPageState parse(QueryParameters q) {
        Map<String, List<String>> p = q.getParameters();
        return new ChecksPageState(new CheckFilter(parse(p, "kind", CheckKind::ofCode),
                parse(p, "verdict", Verdict::ofCode), parse(p, "severity", Severity::ofCode), first(p, "series"),
                first(p, "source"), parse(p, "review", ReviewStatus::ofCode)), first(p, "finding"));
    }

    ChecksPageState with(CheckFilter f) {
        return new ChecksPageState(f, null);
    }

    ChecksPageState withFinding(String key) {
        return new ChecksPageState(filter, key);
    }

    QueryParameters query() {
        Map<String, String> q = new LinkedHashMap<>();
        put(q, "kind", filter.kind() == null ? null : filter.kind().code());
        put(q, "verdict", filter.verdict() == null ? null : filter.verdict().code());
        put(q, "severity", filter.severity() == null ? null : filter.severity().code());
        put(q, "review", filter.review() == null ? null : filter.review().code());
        put(q, "series", filter.series());
        put(q, "source", filter.source());
        put(q, "finding", finding);
        return QueryParameters.simple(q);
    }

    private static void put(Map<String, String> q, String name, String value) {
        if (value != null) {
            q.put(name, value);
        }
    }

    private static String first(Map<String, List<String>> p, String name) {
        List<String> v = p.get(name);
        return v == null || v.isEmpty() || v.getFirst().isBlank() ? null : v.getFirst();
    }

    private static <T> T parse(Map<String, List<String>> p, String name, java.util.function.Function<String, T> of) {
        String v = first(p, name);
        try {
            return v == null ? null : of.apply(v);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
