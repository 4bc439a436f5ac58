package org.crdash.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.crdash.base.Checked;
import org.crdash.base.CsvInput;
import org.crdash.base.DatabaseTimeouts;
import org.crdash.base.FieldError;
import org.crdash.base.security.CurrentUser;
import org.crdash.base.write.VersionedWrites;
import org.crdash.export.CsvCells;
import org.crdash.export.ExportTables;
import org.crdash.series.ObservationInput;
import org.crdash.series.ObservationService;
import org.crdash.series.ObservationValidator;
import org.crdash.series.ObservationValidator.ObservationDraft;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV import of observations, all or nothing. The file has the export's columns (so an export can be imported
 * again). Every row is checked with the same rules as the forms ({@link ObservationValidator}); valid rows are
 * streamed in batches into a temporary staging table with COPY, duplicates are checked set-based, and only if
 * the whole file is valid are the rows inserted — with one audit row each — in the same transaction. Rows the claim
 * checks warn of ({@link ImportWarnings}) keep the whole file out too, unless the import is told to save anyway. Memory
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
    static final int BATCH = 5_000;
    static final int MAX_HEADER = 10_000;

    private final ObservationValidator validator;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final VersionedWrites writes;
    private final ObservationService observations;

    ImportService(ObservationValidator validator, DataSource dataSource, JdbcClient jdbc, VersionedWrites writes,
                  ObservationService observations) {
        this.observations = observations;
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
     * @throws ImportRejectedException listing every problem (up to {@value ImportProblems#MAX_LISTED}) with line
     *                                 and column; nothing is written
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public ImportResult importObservations(InputStream csv, Progress progress) {
        return importObservations(csv, progress, false);
    }

    /**
     * Imports a CSV file of observations; with {@code saveAnyway} also rows the claim checks warn of, each audit row
     * recording its row's warnings.
     *
     * @throws ImportRejectedException  listing every problem; nothing is written
     * @throws ImportWarningsException  if rows have warnings and not {@code saveAnyway} (a valid file otherwise);
     *                                  nothing is written
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public ImportResult importObservations(InputStream csv, Progress progress, boolean saveAnyway) {
        String actor = CurrentUser.require();
        ImportProblems problems = new ImportProblems();
        ImportWarnings warnings = new ImportWarnings(observations.warningsForNew());
        // a large file takes longer than an ordinary statement may (app.db.statement-timeout)
        jdbc.sql(DatabaseTimeouts.UNBOUNDED).update();
        ImportStaging staging = new ImportStaging(jdbc, dataSource);
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
                    ObservationInput input = input(r, line, problems);
                    ObservationDraft draft = input == null ? null : check(input, r, line, lookups, problems);
                    if (draft != null && problems.none()) {
                        staging.add(line, draft, warnings.of(line, input));
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
        staging.checkDuplicates(problems);
        problems.throwIfAny();
        warnings.throwUnless(saveAnyway);
        long inserted = staging.insert(writes, actor);
        return new ImportResult(inserted, skipped);
    }

    private static ImportRejectedException notUtf8() {
        return new ImportRejectedException(List.of(new ImportProblem(1, null,
                "the file is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in Excel) and try again")), 1);
    }

    /**
     * Reads the header line to choose ',' or ';' (the export's Excel variant), and skips a BOM. A header longer
     * than {@link #MAX_HEADER} characters is refused: no file of the export's columns has one.
     */
    private static CSVFormat format(BufferedReader reader) throws IOException {
        reader.mark(MAX_HEADER + 2);
        int first = reader.read();
        if (first != '\uFEFF') {
            reader.reset();
        }
        reader.mark(MAX_HEADER + 2);
        StringBuilder line = new StringBuilder();
        for (int c = reader.read(); c != -1 && c != '\n' && c != '\r'; c = reader.read()) {
            if (line.length() == MAX_HEADER) {
                throw new ImportRejectedException(List.of(new ImportProblem(1, null, "the header line is longer "
                        + "than " + MAX_HEADER + " characters; the file needs the export's column names")), 1);
            }
            line.append((char) c);
        }
        String header = line.toString();
        reader.reset();
        char delimiter = header != null && header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL) // checkHeader names a repeated column
                .setIgnoreSurroundingSpaces(false).get();
    }

    private static void checkHeader(List<String> header, ImportProblems problems) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : header) {
            if (!names.add(name)) {
                problems.add(new ImportProblem(1, shortName(name), "column '" + shortName(name) + "' appears more "
                        + "than once in the header"));
            }
        }
        for (String required : REQUIRED) {
            if (!names.contains(required)) {
                problems.add(new ImportProblem(1, required, "the header has no column '" + required
                        + "'; the file needs at least " + REQUIRED + " (the export's columns work)"));
            }
        }
        for (String name : names) {
            if (!KNOWN.contains(name)) {
                problems.add(new ImportProblem(1, shortName(name), "unknown column '" + shortName(name) + "'; known "
                        + "columns are the "
                        + "export's: " + KNOWN.stream().sorted().toList()));
            }
        }
    }

    /** A column name as a message quotes it: at most 60 characters. */
    private static String shortName(String name) {
        return name.length() <= 60 ? name : name.substring(0, 59) + "…";
    }

    /** The row as the service takes it; null (and the problems) if a cell cannot be read. */
    private static ObservationInput input(CSVRecord r, long line, ImportProblems problems) {
        List<FieldError> malformed = new ArrayList<>();
        ObservationInput input = CsvInput.read(ObservationInput.class, column -> get(r, column), malformed);
        malformed.forEach(e -> problems.add(new ImportProblem(line, CsvInput.column(ObservationInput.class, e.field()),
                e.message())));
        return malformed.isEmpty() ? input : null;
    }

    private ObservationDraft check(ObservationInput input, CSVRecord r, long line,
            ObservationValidator.Lookups lookups, ImportProblems problems) {
        Checked<ObservationDraft> checked = validator.check(input, null, lookups);
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

    private static void consistent(CSVRecord r, long line, String column, String expected, ImportProblems problems) {
        String v = get(r, column);
        if (!blank(v) && !v.strip().equals(expected)) {
            problems.add(new ImportProblem(line, column, "'" + abbreviate(v) + "' does not match the row's other "
                    + "columns (expected " + expected + ")"));
        }
    }

    private static String get(CSVRecord r, String column) {
        return r.isMapped(column) ? CsvCells.untext(r.get(column)) : null;
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
