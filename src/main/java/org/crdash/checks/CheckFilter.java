package org.crdash.checks;

import org.crdash.base.SqlWhere;

/**
 * Which findings a list shows; null parts do not filter.
 *
 * @param series a series key the finding involves
 * @param source a source key one of its observations is quoted from
 * @param review what editors concluded (a finding nobody reviewed is open)
 */
public record CheckFilter(CheckKind kind, Verdict verdict, Severity severity, String series, String source,
                          ReviewStatus review) {

    public static final CheckFilter ALL = new CheckFilter(null, null, null, null, null, null);

    public CheckFilter {
        series = series == null || series.isBlank() ? null : series.strip();
        source = source == null || source.isBlank() ? null : source.strip();
    }

    public CheckFilter(CheckKind kind, Verdict verdict, Severity severity, String series, String source) {
        this(kind, verdict, severity, series, source, null);
    }

    public CheckFilter withKind(CheckKind k) {
        return new CheckFilter(k, verdict, severity, series, source, review);
    }

    public CheckFilter withVerdict(Verdict v) {
        return new CheckFilter(kind, v, severity, series, source, review);
    }

    /** The condition over {@code check_finding f LEFT JOIN check_review r}. */
    public SqlWhere where() {
        SqlWhere.Builder w = SqlWhere.builder();
        if (kind != null) {
            w.and("f.kind = ?", kind.code());
        }
        if (verdict != null) {
            w.and("f.verdict = ?", verdict.code());
        }
        if (severity != null) {
            w.and("f.severity = ?", severity.code());
        }
        if (series != null) {
            w.and("f.series_keys @> ARRAY[?]::text[]", series); // the GIN index
        }
        if (source != null) {
            w.and("f.source_keys @> ARRAY[?]::text[]", source);
        }
        if (review != null) {
            w.and("coalesce(r.status, 'open') = ?", review.code());
        }
        return w.build();
    }
}
