package org.crdash.base;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The one way the UI and its messages write a moment: in UTC, to the minute or to the second. */
public final class Timestamps {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    /** "2026-12-01 21:40 UTC". */
    public static String minute(Instant at) {
        return MINUTE.format(at);
    }

    /** "2026-12-01 21:40:07 UTC". */
    public static String second(Instant at) {
        return SECOND.format(at);
    }

    /** "editor, 2026-12-01 21:40 UTC": who changed a row last, and when. */
    public static String byAt(String actor, Instant at) {
        return actor + ", " + minute(at);
    }
}
