package org.crdash.base;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Where a list page ends: the values of the list's sort key in its last row. A list reads the next page as "rows
 * whose key is greater", an index range, so every page costs the same however deep it is (an offset reads and drops
 * all rows before it). Clients see it as an opaque token ({@code after=…}, base64url); a token the list did not
 * give is a 400 naming {@code after}.
 */
public record Keyset(List<String> values) {

    public static final String PARAMETER = "after";
    private static final String INFINITY = "infinity";

    public Keyset {
        values = List.copyOf(values);
    }

    public static Keyset of(Object... values) {
        return new Keyset(Arrays.stream(values).map(v -> v == null ? INFINITY : v.toString()).toList());
    }

    /** The token a client sends back as {@code after}. */
    public String token() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(",", values).getBytes(StandardCharsets.UTF_8));
    }

    /** The keyset of a token with {@code size} values, {@code null} for none; 400 for anything else. */
    public static Keyset parse(String token, int size) {
        if (token == null || token.isBlank()) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(token);
        }
        List<String> values = List.of(decoded.split(",", -1));
        if (values.size() != size) {
            throw invalid(token);
        }
        return new Keyset(values);
    }

    /** Value {@code i} as a whole number. */
    public long number(int i) {
        try {
            return Long.parseLong(values.get(i));
        } catch (NumberFormatException e) {
            throw invalid(token());
        }
    }

    /** Value {@code i} as a date, or {@code infinity} (what an undated row sorts as), for a {@code ?::date}. */
    public String date(int i) {
        String v = values.get(i);
        if (!v.equals(INFINITY)) {
            try {
                LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw invalid(token());
            }
        }
        return v;
    }

    /**
     * The keyset as an SQL row literal of the given kinds ({@code 'n'} whole number, {@code 'd'} date), e.g.
     * {@code (82, DATE '2003-10-04', 6, 38000)}. Each value is parsed first, so the text is only ever numbers and
     * dates. Literals rather than parameters (the repositories write LIMIT and OFFSET as literals too): with
     * parameters PostgreSQL soon plans the statement once for any values (a generic plan) with guessed row counts;
     * with literals every page is planned for its own key and limit (ApiLoadBenchmark, 50,000 rows: the default page
     * went from 358 to 1,122 requests/s). Lists write their condition with {@link #after(String, String)}.
     */
    public String sqlRow(String kinds) {
        if (kinds.length() != values.size()) {
            throw new IllegalArgumentException("kinds " + kinds + " for " + values.size() + " values");
        }
        StringBuilder row = new StringBuilder("(");
        for (int i = 0; i < values.size(); i++) {
            row.append(i == 0 ? "" : ", ").append(kinds.charAt(i) == 'd' ? "DATE '" + date(i) + "'" : number(i));
        }
        return row.append(')').toString();
    }

    /**
     * "After this key" in the order of {@code columns} (the list's ORDER BY): {@code (columns) > (key)}, written as
     * {@code (columns) >= (key) AND (columns) <> (key)} so PostgreSQL estimates it. For a row comparison the planner
     * looks at the first column only, with the comparison's own operator: {@code series_id > 82} is "no rows" when
     * the key lies in the last series, and a deep page was planned as "join every row after the key, then sort them"
     * (12,499 rows, 119 ms at 50,000 observations; 58 requests/s) instead of reading the next rows of the index in
     * order. {@code series_id >= 82} counts that series' rows, and the index range is the same.
     */
    public String after(String columns, String kinds) {
        String key = sqlRow(kinds);
        return "(" + columns + ") >= " + key + " AND (" + columns + ") <> " + key;
    }

    private static InvalidParameterException invalid(String token) {
        String shown = token.length() > 40 ? token.substring(0, 40) + "…" : token;
        return new InvalidParameterException(PARAMETER, "'" + shown + "' is not a position in this list; send the "
                + "page.next of the page before");
    }
}
