package org.crdash.importer;

import java.io.BufferedReader;
import java.math.BigDecimal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.crdash.base.Checked;
import org.crdash.base.CsvInput;
import org.crdash.base.FieldError;
import org.crdash.base.Origin;
import org.crdash.base.write.VersionedWrites;
import org.crdash.base.security.CurrentUser;
import org.crdash.export.CsvCells;
import org.crdash.export.ExportTables;
import org.crdash.series.ObservationInput;
import org.crdash.series.ObservationTable;
import org.crdash.series.ObservationValidator;
import org.crdash.series.ObservationValidator.ObservationDraft;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.crdash.base.DatabaseTimeouts;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV import of observations, all or nothing. The file has the export's columns (so an export can be imported
 * again). Every row is checked with the same rules as the forms ({@link ObservationValidator}); valid rows are
 * streamed in batches into a temporary staging table with COPY, duplicates are checked set-based, and only if
 * the whole file is valid are the rows inserted — with one audit row each — in the same transaction. Memory
 * stays flat: no more than one batch of rows is held at a time.
 */
@Service
public class ImportService {

    /** Columns a file must have. */
    public static final List<String> REQUIRED = List.of("series_key", "period", "value", "source_file", "passage");
    /**
     * The columns a file may have: the observations export's (those not read are accepted and ignored, so an export,
     * with whatever columns it gains, imports as it is).
     */
    static final Set<String> KNOWN = Set.copyOf(ExportTables.OBSERVATIONS.columnNames());
    static final int MAX_LISTED = 100;
    static final int BATCH = 5_000;

    /** The observation columns a row is staged and inserted with: the one write path's description of them. */
    private static final List<String> COLUMNS = ObservationTable.COLUMN_NAMES;

    private final ObservationValidator validator;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final VersionedWrites writes;

    ImportService(ObservationValidator validator, DataSource dataSource, JdbcClient jdbc, VersionedWrites writes) {
        this.validator = validator;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.writes = writes;
    }

    /** Called after each batch with the number of data lines read so far. */
    public interface Progress {
        void linesRead(long lines);

        Progress NONE = lines -> {
        };
    }

    /**
     * Imports a CSV file of observations (UTF-8, with or without BOM, ',' or ';' separated).
     *
     * @throws ImportRejectedException listing every problem (up to {@value #MAX_LISTED}) with line and column;
     *                                 nothing is written
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public ImportResult importObservations(InputStream csv, Progress progress) {
        String actor = CurrentUser.require();
        Problems problems = new Problems();
        // a large file takes longer than an ordinary statement may (app.db.statement-timeout)
        jdbc.sql(DatabaseTimeouts.UNBOUNDED).update();
        // the staging table has the observation table's own columns (and types), plus the line each row came from
        jdbc.sql("CREATE TEMP TABLE import_staging ON COMMIT DROP AS SELECT 0::bigint AS line, "
                + String.join(", ", COLUMNS) + " FROM observation WITH NO DATA").update();
        long skipped = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
            CSVFormat format = format(reader);
            CSVParser parser;
            try {
                parser = CSVParser.parse(reader, format);
            } catch (IllegalArgumentException e) {
                throw new ImportRejectedException(List.of(new ImportProblem(1, null, "header: " + e.getMessage())), 1);
            }
            checkHeader(parser.getHeaderNames(), problems);
            problems.throwIfAny();
            ObservationValidator.Lookups lookups = validator.cachingLookups();
            Staging staging = new Staging();
            Iterator<CSVRecord> rows = parser.iterator();
            long lines = 0;
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord r;
                try {
                    if (!rows.hasNext()) {
                        break;
                    }
                    r = rows.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    problems.add(new ImportProblem(Math.max(line, 2), null, "the file is not valid CSV here: "
                            + rootMessage(e) + " (an unbalanced quote?)"));
                    break;
                }
                lines++;
                if (!r.isConsistent()) {
                    problems.add(new ImportProblem(line, null, "has " + r.size() + " columns, the header has "
                            + parser.getHeaderNames().size()));
                } else if (!blank(get(r, "deleted_at"))) {
                    skipped++;
                } else {
                    ObservationDraft draft = check(r, line, lookups, problems);
                    if (draft != null && problems.none()) {
                        staging.add(line, draft);
                    }
                }
                if (lines % BATCH == 0) {
                    staging.flush();
                    progress.linesRead(lines);
                }
            }
            staging.flush();
            progress.linesRead(lines);
            if (lines == 0 && problems.none()) {
                problems.add(new ImportProblem(1, null, "the file has a header but no rows"));
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw notUtf8();
            }
            throw e;
        } catch (CharacterCodingException e) {
            throw notUtf8();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        problems.throwIfAny();
        checkDuplicates(problems);
        problems.throwIfAny();
        long inserted = insert(actor);
        return new ImportResult(inserted, skipped);
    }

    private static ImportRejectedException notUtf8() {
        return new ImportRejectedException(List.of(new ImportProblem(1, null,
                "the file is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in Excel) and try again")), 1);
    }

    /** Reads the header line to choose ',' or ';' (the export's Excel variant), and skips a BOM. */
    private static CSVFormat format(BufferedReader reader) throws IOException {
        reader.mark(1 << 15);
        int first = reader.read();
        if (first != '\uFEFF') {
            reader.reset();
            reader.mark(1 << 15);
        } else {
            reader.mark(1 << 15);
        }
        String header = reader.readLine();
        reader.reset();
        char delimiter = header != null && header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(false).get();
    }

    private static void checkHeader(List<String> header, Problems problems) {
        Set<String> names = new LinkedHashSet<>(header);
        for (String required : REQUIRED) {
            if (!names.contains(required)) {
                problems.add(new ImportProblem(1, required, "the header has no column '" + required
                        + "'; the file needs at least " + REQUIRED + " (the export's columns work)"));
            }
        }
        for (String name : names) {
            if (!KNOWN.contains(name)) {
                problems.add(new ImportProblem(1, name, "unknown column '" + name + "'; known columns are the "
                        + "export's: " + KNOWN.stream().sorted().toList()));
            }
        }
    }

    private ObservationDraft check(CSVRecord r, long line, ObservationValidator.Lookups lookups, Problems problems) {
        List<FieldError> malformed = new ArrayList<>();
        ObservationInput input = CsvInput.read(ObservationInput.class, column -> get(r, column), malformed);
        Checked<ObservationDraft> checked = malformed.isEmpty() ? validator.check(input, null, lookups)
                : Checked.failed(malformed);
        if (!checked.errors().isEmpty()) {
            for (FieldError e : checked.errors()) {
                problems.add(new ImportProblem(line, CsvInput.column(ObservationInput.class, e.field()),
                        e.message()));
            }
            return null;
        }
        ObservationDraft d = checked.orThrow();
        // derived columns of an export must agree with what they derive from
        consistent(r, line, "period_start", d.period().start().toString(), problems);
        consistent(r, line, "period_end", d.period().end().toString(), problems);
        consistent(r, line, "passage_end", Integer.toString(d.quote().end()), problems);
        return d;
    }

    private static void consistent(CSVRecord r, long line, String column, String expected, Problems problems) {
        String v = get(r, column);
        if (!blank(v) && !v.strip().equals(expected)) {
            problems.add(new ImportProblem(line, column, "'" + abbreviate(v) + "' does not match the row's other "
                    + "columns (expected " + expected + ")"));
        }
    }

    private static String get(CSVRecord r, String column) {
        return r.isMapped(column) ? CsvCells.untext(r.get(column)) : null;
    }

    /** Rows that repeat each other, or repeat a live observation, in the same series, period, source and passage. */
    private void checkDuplicates(Problems problems) {
        long[] total = new long[1];
        List<ImportProblem> repeats = jdbc.sql("""
                SELECT line, first_line, count(*) OVER () AS total FROM (
                    SELECT line, min(line) OVER (PARTITION BY series_id, period_start, period_end, precision, source_id,
                                                 passage_start, passage_end) AS first_line
                    FROM import_staging) d
                WHERE line <> first_line ORDER BY line LIMIT ?""")
                .param(MAX_LISTED)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new ImportProblem(rs.getLong("line"), "passage", "repeats line "
                            + rs.getLong("first_line") + " (same series, period, source and passage)");
                })
                .list();
        problems.addAll(repeats, total[0]);
        total[0] = 0;
        List<ImportProblem> existing = jdbc.sql("""
                SELECT s.line, o.id, count(*) OVER () AS total FROM import_staging s
                JOIN observation o ON o.series_id = s.series_id AND o.period_start = s.period_start
                    AND o.period_end = s.period_end AND o.precision = s.precision AND o.source_id = s.source_id
                    AND o.passage_start = s.passage_start AND o.passage_end = s.passage_end AND o.deleted_at IS NULL
                ORDER BY s.line LIMIT ?""")
                .param(MAX_LISTED)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new ImportProblem(rs.getLong("line"), "passage", "this observation is already recorded as #"
                            + rs.getLong("id") + " (same series, period, source and passage)");
                })
                .list();
        problems.addAll(existing, total[0]);
    }

    /** One statement through the one write path: every staged row, in file order, with an audit row each. */
    private long insert(String actor) {
        return writes.insertAll(ObservationTable.TABLE, COLUMNS, "SELECT " + String.join(", ", COLUMNS)
                + " FROM import_staging ORDER BY line", List.of(), Origin.USER, actor);
    }

    /** Valid rows waiting to be copied into the staging table. */
    private final class Staging {
        private final StringWriter buffer = new StringWriter();
        private final CSVPrinter printer;
        private int size;

        Staging() {
            try {
                printer = new CSVPrinter(buffer, CSVFormat.RFC4180);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a StringWriter never throws
            }
        }

        void add(long line, ObservationDraft d) {
            List<Object> row = new ArrayList<>();
            row.add(line);
            for (Object v : ObservationTable.columns(d).values()) {
                row.add(v instanceof BigDecimal b ? b.toPlainString() : v);
            }
            try {
                printer.printRecord(row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            size++;
        }

        void flush() {
            if (size == 0) {
                return;
            }
            try {
                printer.flush();
                Connection c = DataSourceUtils.getConnection(dataSource);
                // bytes, not a Reader: PgJDBC encodes a Reader in 64K-char pieces, and a piece that ends inside a
                // surrogate pair (an emoji, 𝑥, a CJK Extension B name) would turn that character into "??"
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY import_staging (line, "
                        + String.join(", ", COLUMNS) + ") FROM STDIN WITH (FORMAT csv, ENCODING 'UTF8')",
                        new ByteArrayInputStream(buffer.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("could not stage imported rows: " + e.getMessage(), e);
            }
            buffer.getBuffer().setLength(0);
            size = 0;
        }
    }

    /** Collects problems: the first {@value #MAX_LISTED} in full, the rest counted. */
    private static final class Problems {
        private final List<ImportProblem> listed = new ArrayList<>();
        private long total;

        void add(ImportProblem p) {
            total++;
            if (listed.size() < MAX_LISTED) {
                listed.add(p);
            }
        }

        /** Adds {@code listed} (the first of them) and counts {@code total} problems in all. */
        void addAll(List<ImportProblem> some, long count) {
            some.forEach(this::add);
            total += Math.max(0, count - some.size());
        }

        boolean none() {
            return total == 0;
        }

        void throwIfAny() {
            if (total > 0) {
                throw new ImportRejectedException(listed, total);
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
