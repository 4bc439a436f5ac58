package org.crdash.base.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.crdash.base.InvalidParameterException;
import org.crdash.base.Keyset;
import org.crdash.base.Origin;
import org.crdash.base.Period;
import org.crdash.base.ReviewStatus;

/**
 * Parses query parameters of the REST and export endpoints, so that every endpoint answers a bad value
 * with the same 400 problem that names the parameter.
 */
public final class Params {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 500;

    private Params() {
    }

    /** Start of the period given as YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD; {@code null} when absent. */
    public static LocalDate from(String value) {
        return bound("from", value, true);
    }

    /** End of the period given as YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD; {@code null} when absent. */
    public static LocalDate to(String value) {
        return bound("to", value, false);
    }

    private static LocalDate bound(String name, String value, boolean start) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Period p;
        try {
            p = Period.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(name, "'" + name + "' must be a year or an ISO date "
                    + "(YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD), not '" + value + "'");
        }
        return start ? p.start() : p.end();
    }

    public static Origin origin(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Origin.ofCode(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("origin", "'origin' must be 'seeded' or 'user', not '" + value + "'");
        }
    }

    public static ReviewStatus review(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ReviewStatus.ofCode(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("review", "'review' must be 'extracted', 'reviewed' or 'disputed', "
                    + "not '" + value + "'");
        }
    }

    public static boolean bool(String name, String value, boolean defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new InvalidParameterException(name, "'" + name + "' must be true or false, not '"
                    + value + "'");
        };
    }

    /** The query parameter of a write that saves although it has warnings. */
    public static final String ACKNOWLEDGE_WARNINGS = "acknowledgeWarnings";
    public static final String ACKNOWLEDGE_WARNINGS_DOC = "true: save even if the claim checks warn (a figure: its "
            + "value is not in its passage, it duplicates a stored one, it conflicts with other sources; an event: "
            + "another source dates the same event differently); the audit row "
            + "records the warnings acknowledged. Without it such a write answers 409 with each warning in "
            + "'warnings' (code, field, message) and saves nothing.";

    /** Whether a write's {@value #ACKNOWLEDGE_WARNINGS} says to save anyway. */
    public static boolean acknowledgeWarnings(String value) {
        return bool(ACKNOWLEDGE_WARNINGS, value, false);
    }

    /** The description of every list's {@code after} parameter. */
    public static final String AFTER = "where the page starts: the page.next of the page before (then leave out "
            + "page); each page costs the same at any depth";

    /** The keyset of an {@code after} token with {@code size} values ({@code null} without one); not with page. */
    public static Keyset after(String after, String page, int size) {
        Keyset keyset = Keyset.parse(after, size);
        if (keyset != null && page != null && !page.isBlank()) {
            throw new InvalidParameterException(Keyset.PARAMETER, "send 'after' or 'page', not both");
        }
        return keyset;
    }

    /** Zero-based page number. */
    public static int page(String value) {
        int page = integer("page", value, 0);
        if (page < 0) {
            throw new InvalidParameterException("page", "'page' must be 0 or more, not " + page);
        }
        return page;
    }

    public static int size(String value) {
        int size = integer("size", value, DEFAULT_PAGE_SIZE);
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidParameterException("size", "'size' must be between 1 and " + MAX_PAGE_SIZE + ", not "
                    + size);
        }
        return size;
    }

    private static int integer(String name, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "'" + name + "' must be a whole number, not '" + value + "'");
        }
    }

    /** Rejects parameters an endpoint does not know, so a misspelt filter is not silently ignored. */
    public static void onlyKnown(Collection<String> given, Set<String> known) {
        Set<String> unknown = new TreeSet<>(given);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            String first = unknown.iterator().next();
            throw new InvalidParameterException(first, "unknown parameter '" + first + "'; this endpoint accepts "
                    + String.join(", ", new TreeSet<>(known)));
        }
    }
}
