package org.crdash.checks;

/**
 * Which findings a list shows; null parts do not filter.
 *
 * @param series a series key the finding involves
 * @param source a source key one of its observations is quoted from
 */
public record CheckFilter(CheckKind kind, Verdict verdict, Severity severity, String series, String source) {

    public static final CheckFilter ALL = new CheckFilter(null, null, null, null, null);

    public CheckFilter {
        series = series == null || series.isBlank() ? null : series.strip();
        source = source == null || source.isBlank() ? null : source.strip();
    }

    public boolean test(Finding f) {
        return (kind == null || f.kind() == kind) && (verdict == null || f.verdict() == verdict)
                && (severity == null || f.severity() == severity)
                && (series == null || f.seriesKeys().contains(series))
                && (source == null || f.observations().stream().anyMatch(o -> o.sourceKey().equals(source)));
    }
}
