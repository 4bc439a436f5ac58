package org.crdash.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.crdash.series.Qualifier;

/**
 * Claims of one quantity compared with each other: the verdict, the spread, and which pairs agree. Values are
 * compared as ranges ({@link Stated}): two claims agree when one value lies within both.
 */
record Comparison(Verdict verdict, BigDecimal min, BigDecimal max, BigDecimal spread, BigDecimal spreadPct,
                  BigDecimal mean, List<String> agreeing, List<String> conflicting) {

    static Comparison of(List<Claim> claims) {
        List<BigDecimal> values = claims.stream().map(Claim::value).toList();
        BigDecimal min = values.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal max = values.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal spread = max.subtract(min);
        BigDecimal mean = Numbers.mean(values.stream().map(BigDecimal::abs).toList());
        BigDecimal pct = Numbers.pct(spread, mean);
        List<String> agreeing = new ArrayList<>();
        List<String> conflicting = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                Claim a = claims.get(i);
                Claim b = claims.get(j);
                String pair = describe(a) + " and " + describe(b);
                if (!a.stated().overlaps(b.stated())) {
                    conflicting.add(pair);
                } else if (a.value().compareTo(b.value()) != 0 || a.qualifier() != b.qualifier()) {
                    agreeing.add(pair);
                }
            }
        }
        Verdict verdict;
        if (!conflicting.isEmpty()) {
            verdict = Verdict.CONFLICT;
        } else if (spread.signum() == 0
                || claims.stream().anyMatch(c -> c.qualifier() != Qualifier.EXACT)) {
            verdict = Verdict.CONSISTENT;
        } else {
            verdict = Verdict.AGREES_AFTER_ROUNDING;
        }
        return new Comparison(verdict, min, max, spread, pct, mean, agreeing, conflicting);
    }

    static String describe(Claim c) {
        return c.shown() + " (" + c.sourceLabel() + ")";
    }

    List<Finding.Figure> figures(String unit) {
        List<Finding.Figure> f = new ArrayList<>(List.of(new Finding.Figure("min", min, unit),
                new Finding.Figure("max", max, unit), new Finding.Figure("spread", Numbers.round(spread, 4), unit)));
        if (spreadPct != null) {
            f.add(new Finding.Figure("spread_pct", spreadPct, "%"));
        }
        return f;
    }

    String formula(List<Claim> claims, String unit) {
        String ranges = claims.stream().map(c -> describe(c) + " → " + range(c.stated()))
                .collect(Collectors.joining("; "));
        return "spread = largest − smallest = " + Numbers.plain(max) + " − " + Numbers.plain(min) + " = "
                + Numbers.plain(spread) + " " + unit
                + (spreadPct == null ? "" : ", = " + spreadPct.toPlainString() + "% of the mean of the values ("
                + Numbers.plain(Numbers.round(mean, 2)) + ")")
                + ". Each value read with its rounding and qualifier: " + ranges + ".";
    }

    String result() {
        return switch (verdict) {
            case CONSISTENT -> "Consistent: " + (agreeing.isEmpty() ? "the values are the same."
                    : "the values are compatible within their qualifiers (" + String.join("; ", agreeing) + ").");
            case AGREES_AFTER_ROUNDING -> "Agree after rounding: " + String.join("; ", agreeing) + ".";
            case CONFLICT -> "Conflict: " + String.join("; ", conflicting) + " cannot both be right"
                    + (agreeing.isEmpty() ? "." : "; " + String.join("; ", agreeing) + " agree after rounding.");
        };
    }

    static String range(Stated s) {
        if (s.low() == null) {
            return "up to " + Numbers.plain(s.high());
        }
        if (s.high() == null) {
            return Numbers.plain(s.low()) + " or more";
        }
        String sep = s.low().signum() < 0 || s.high().signum() < 0 ? " to " : "–";
        return Numbers.plain(s.low()) + sep + Numbers.plain(s.high());
    }
}
