package org.crdash.base;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How many rows a list has, without counting a large one on every request: the planner's estimate (statistics, no
 * rows read) decides; up to {@link #EXACT_UP_TO} rows are counted exactly (a count that stops there), above that the
 * estimate is the answer and says so ({@code exact = false}).
 */
public record RowTotal(long value, boolean exact) {

    public static final long EXACT_UP_TO = 10_000;
    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\": (\\d+)");

    /** The total of {@code SELECT … FROM <fromWhere>}, e.g. {@code "observation o JOIN … WHERE …"}. */
    public static RowTotal of(JdbcClient jdbc, String fromWhere, List<Object> params) {
        String plan = String.join("\n", jdbc.sql("EXPLAIN (FORMAT JSON) SELECT 1 FROM " + fromWhere).params(params)
                .query(String.class).list());
        Matcher rows = PLAN_ROWS.matcher(plan);
        long estimate = rows.find() ? Long.parseLong(rows.group(1)) : Long.MAX_VALUE;
        if (estimate <= EXACT_UP_TO) {
            List<Object> capped = new ArrayList<>(params);
            capped.add(EXACT_UP_TO + 1);
            long n = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM " + fromWhere + " LIMIT ?) r").params(capped)
                    .query(Long.class).single();
            if (n <= EXACT_UP_TO) {
                return new RowTotal(n, true);
            }
        }
        return new RowTotal(Math.max(estimate, EXACT_UP_TO + 1), false);
    }
}
