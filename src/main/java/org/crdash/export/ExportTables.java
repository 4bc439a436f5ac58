package org.crdash.export;

import org.crdash.base.SqlWhere;

/**
 * The exported tables: observations and events (each row with its source's citation), series and sources. The
 * column lists are a contract other tools read: keep names and order, add new columns at the end (one line each,
 * e.g. {@code .string("review_status", "o.review_status", "…").oneOf(…)}). Order: the README's "Export order".
 */
public final class ExportTables {

    /** How offsets count characters (one place, so the unit is said the same way everywhere). */
    static final String OFFSET_UNIT = "counted in characters of the source text (UTF-16 code units, which equal "
            + "Unicode code points for text without characters outside the Basic Multilingual Plane: every seed "
            + "article)";

    /** Month names are English whatever the server's lc_time: to_char without the TM prefix. */
    private static final String PUBLISHED_WORDS = """
            CASE s.published_precision WHEN 'day' THEN to_char(s.published_start, 'FMDD FMMonth YYYY')
                 WHEN 'month' THEN to_char(s.published_start, 'FMMonth YYYY')
                 WHEN 'year' THEN to_char(s.published_start, 'YYYY') END""";

    /** The publication date in the period grammar at its precision (2025-07 for July 2025); empty when unknown. */
    static final String PUBLISHED = """
            CASE s.published_precision WHEN 'day' THEN to_char(s.published_start, 'YYYY-MM-DD')
                 WHEN 'month' THEN to_char(s.published_start, 'YYYY-MM')
                 WHEN 'year' THEN to_char(s.published_start, 'YYYY') END""";

    /** Where a source's text is in the data package. */
    static final String TEXT_PATH = "'texts/' || s.source_key || CASE WHEN s.source_key LIKE '%.txt' THEN '' "
            + "ELSE '.txt' END";

    /**
     * Each source's citation facts, computed once per source rather than once per row: "author (or “title”),
     * publisher, date" with whatever is unknown left out.
     */
    private static final String SOURCE_FACTS = """
            so AS MATERIALIZED (
                SELECT s.id, s.source_key, s.title, s.author, s.publisher, s.url, s.sha256,
                       %s AS published, NULLIF(s.published_precision, 'unknown') AS published_precision,
                       concat_ws(', ', coalesce(NULLIF(s.author, ''), '“' || s.title || '”'), NULLIF(s.publisher, ''),
                                 %s) AS cite
                FROM source s)""".formatted(PUBLISHED, PUBLISHED_WORDS);

    private static final String PRECISIONS = "day, month, quarter, year, range";

    public static final ExportTable OBSERVATIONS = withCitation(ExportTable.builder("observations")
            .title("Observations", "One sourced value of a series per row: the value as the source states it, its "
                    + "period, and the verbatim passage it is quoted from.")
            .with(SOURCE_FACTS)
            .from("observation o JOIN series se ON se.id = o.series_id JOIN so ON so.id = o.source_id")
            .orderBy("se.series_key COLLATE \"C\", o.period_start, so.source_key COLLATE \"C\", o.passage_start, "
                    + "o.period_end, o.id")
            .inPackage(SqlWhere.builder().and("o.deleted_at IS NULL").build())
            .string("series_key", "se.series_key", "The series this is a value of.").required()
            .references("series", "series_key")
            .string("series_name", "se.name", "The series' name.").required()
            .string("period", "o.period_label", "The period as written: YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD, or a range "
                    + "A/B (growth rates are base/end).").required()
            .date("period_start", "o.period_start", "First day of the period.").required()
            .date("period_end", "o.period_end", "Last day of the period.").required()
            .string("precision", "o.precision", "How precise the period is: " + PRECISIONS + ".").required()
            .oneOf("day", "month", "quarter", "year", "range")
            .number("value", "o.value", "The value as the source states it, in the row's unit (column unit); "
                    + "declines are negative. Never averaged or corrected: sources that disagree are separate rows.")
            .required()
            .string("unit", "se.unit", "Unit of value (the series' unit), e.g. 'USD bn' = billion US dollars; "
                    + "series.csv has each unit's label.").required().oneOfQuery("SELECT code FROM unit ORDER BY code")
            .string("qualifier", "o.qualifier", "How the source qualifies the value: exact, approx (around, some), "
                    + "almost (nearly), more_than, less_than.").required()
            .oneOf("exact", "approx", "almost", "more_than", "less_than")
            .then(t -> quoted(t, "o", "How the value was read, where the text needed interpretation."))
            .integer("id", "o.id", "The observation's id (stable; /api/observations/{id}).").primaryKey()
            .then(t -> history(t, "o", "row", true)), "o");

    public static final ExportTable EVENTS = withCitation(ExportTable.builder("events")
            .title("Events", "One dated event per row, with the verbatim passage that reports it.")
            .with(SOURCE_FACTS)
            .from("event e JOIN so ON so.id = e.source_id")
            .orderBy("e.date_start NULLS LAST, so.source_key COLLATE \"C\", e.passage_start, e.date_end NULLS LAST, "
                    + "e.id")
            .inPackage(SqlWhere.builder().and("e.deleted_at IS NULL").build())
            .date("date_start", "e.date_start", "First day the date can mean; empty when the text gives no date.")
            .date("date_end", "e.date_end", "Last day the date can mean; empty when the text gives no date.")
            .string("precision", "e.precision", "How precise the date is: day, month, quarter, year, decade, range "
                    + "or none.").required().oneOf("day", "month", "quarter", "year", "decade", "range", "none")
            .string("date_text", "e.date_text", "The date in the text's own words.").required()
            .string("title", "e.title", "What happened, in one line.").required()
            .string("category", "e.category", "Kind of event.").required()
            .oneOfQuery("SELECT code FROM event_category ORDER BY sort_order")
            .then(t -> quoted(t, "e", "How the date or event was read, where the text needed interpretation."))
            .string("date", "e.date_label", "The date as written: YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD, YYY0s or A/B.")
            .integer("id", "e.id", "The event's id (stable; /api/events/{id}).").primaryKey()
            .then(t -> history(t, "e", "row", true)), "e");

    public static final ExportTable SERIES = ExportTable.builder("series")
            .title("Series", "The metrics observations are values of, with their unit and category.")
            .from("series se JOIN unit u ON u.code = se.unit JOIN series_category c ON c.code = se.category")
            .orderBy("se.series_key COLLATE \"C\"")
            .string("series_key", "se.series_key", "Stable key of the series.").primaryKey()
            .string("name", "se.name", "Name of the series.").required()
            .string("unit", "se.unit", "Unit of every value of the series.").required()
            .oneOfQuery("SELECT code FROM unit ORDER BY code")
            .string("unit_label", "u.label", "The unit in words, e.g. billion US dollars.").required()
            .string("category", "se.category", "Category of the series.").required()
            .oneOfQuery("SELECT code FROM series_category ORDER BY sort_order")
            .string("category_label", "c.label", "The category in words.").required()
            .string("description", "se.description", "What the series measures and how it was read.")
            .string("origin", "se.origin", "seeded or user.").required().oneOf("seeded", "user")
            .integer("id", "se.id", "The series' id.").required()
            .then(t -> history(t, "se", "series", false))
            .build();

    public static final ExportTable SOURCES = ExportTable.builder("sources")
            .title("Sources", "The documents passages are quoted from, with what they say about themselves; each "
                    + "text is in the package at text_path.")
            .from("source s")
            .orderBy("s.source_key COLLATE \"C\"")
            .inPackage(SqlWhere.builder().and("(s.deleted_at IS NULL OR s.id IN (SELECT source_id FROM observation "
                    + "WHERE deleted_at IS NULL) OR s.id IN (SELECT source_id FROM event WHERE deleted_at IS NULL))")
                    .build())
            .string("source_key", "s.source_key", "Stable key of the source (for seed articles their file name).")
            .primaryKey()
            .string("title", "s.title", "Title as in the text.").required()
            .string("author", "s.author", "Author as the text states it; empty when it does not.")
            .string("publisher", "s.publisher", "Publisher as the text states it; empty when it does not.")
            .string("published", PUBLISHED, "Publication date at its precision (YYYY, YYYY-MM or YYYY-MM-DD); empty "
                    + "when the text does not state it.")
            .string("published_precision", "NULLIF(s.published_precision, 'unknown')", "day, month or year; empty "
                    + "when the date is unknown.").oneOf("day", "month", "year")
            .string("published_text", "s.published_text", "What the text itself says about its date.")
            .string("url", "s.url", "Where the source is published; empty when unknown.")
            .string("sha256", "s.sha256", "SHA-256 of the text (UTF-8), the file at text_path.").required()
            .integer("text_length", "s.text_length", "Length of the text in Unicode code points.")
            .required()
            .string("text_path", TEXT_PATH, "The text's file in this package.").required()
            .string("origin", "s.origin", "seeded or user.").required().oneOf("seeded", "user")
            .integer("id", "s.id", "The source's id.").required()
            .then(t -> history(t, "s", "source", true))
            .build();

    private ExportTables() {
    }

    /** The quoted source and passage of an observation's or event's row {@code a}, as the CSV contract orders them. */
    private static ExportTable.Builder quoted(ExportTable.Builder t, String a, String note) {
        return t.string("source_file", "so.source_key", "Source key of the document quoted (sources.csv).").required()
                .references("sources", "source_key")
                .string("source_title", "so.title", "The source's title.").required()
                .string("passage", a + ".passage", "The verbatim passage: exactly the source text between "
                        + "passage_start and passage_end.").required()
                .integer("passage_start", a + ".passage_start", "Where the passage starts in the source text "
                        + "(0-based), " + OFFSET_UNIT + ".").required()
                .integer("passage_end", a + ".passage_end", "Where the passage ends (exclusive), " + OFFSET_UNIT + ".")
                .required()
                .string("note", a + ".note", note)
                .string("origin", a + ".origin", "seeded (from the seed articles) or user (added through the app).")
                .required().oneOf("seeded", "user");
    }

    /** Version and audit columns of the row {@code a}: every write is versioned and nothing is hard-deleted. */
    private static ExportTable.Builder history(ExportTable.Builder t, String a, String what, boolean deletable) {
        t.integer("version", a + ".version", "Version of the " + what + ", raised by every change.").required()
                .datetime("created_at", a + ".created_at", "When the " + what + " was added (UTC).").required()
                .datetime("updated_at", a + ".updated_at", "When the " + what + " was last changed (UTC).").required()
                .string("updated_by", a + ".updated_by", "Who last changed the " + what + ".").required();
        return deletable ? t.datetime("deleted_at", a + ".deleted_at", "When the " + what + " was deleted (UTC); "
                + "empty while it is live.") : t;
    }

    /** The source's facts a row needs to be cited without a second lookup, after the row's own columns. */
    private static ExportTable withCitation(ExportTable.Builder table, String row) {
        return table
                .string("source_author", "so.author", "The source's author; empty when the text does not state it.")
                .string("source_publisher", "so.publisher", "The source's publisher; empty when not stated.")
                .string("source_published", "so.published", "The source's publication date at its precision "
                        + "(YYYY, YYYY-MM or YYYY-MM-DD); empty when not stated.")
                .string("source_published_precision", "so.published_precision", "day, month or year; empty when "
                        + "the publication date is unknown.").oneOf("day", "month", "year")
                .string("source_url", "so.url", "Where the source is published; empty when unknown.")
                .string("source_sha256", "so.sha256", "SHA-256 of the source text the offsets refer to.").required()
                .string("citation", "so.cite || ', chars ' || " + row + ".passage_start || '–' || " + row
                        + ".passage_end", "One readable citation: author (or the title), publisher, date, and the "
                        + "passage's character offsets, e.g. 'Bobo Lo, …, July 2025, chars 616–697'.").required()
                .string("review_status", row + ".review_status", "extracted (seeded, added or accepted from a "
                        + "candidate), reviewed (confirmed by an editor other than the one who added it) or disputed.")
                .required().oneOf("extracted", "reviewed", "disputed")
                .string("review_reason", row + ".review_reason", "Why it is disputed; empty otherwise.")
                .build();
    }
}
