package org.crdash.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crdash.base.CsvInput;
import org.crdash.base.FieldError;
import org.crdash.event.EventInput;
import org.crdash.series.ObservationInput;
import org.crdash.series.SeriesInput;
import org.crdash.source.SourceInput;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Reads seed-data/ into the same input records the forms, the API and the import build
 * ({@link SourceInput}, {@link SeriesInput}, {@link ObservationInput}, {@link EventInput}), with what only files
 * can have wrong: an article whose hash is not the one listed, text that is not UTF-8, a CSV header or column
 * count that is off, a row id that is empty or used twice. Everything else is the entities' own rules, applied
 * by {@link SeedWriter} through their validators. Each problem names its file and line.
 */
class SeedReader {

    static final List<String> SOURCE_COLUMNS = List.of("file", "title", "author", "publisher", "published_start",
            "published_precision", "published_text", "url", "sha256");
    static final List<String> SERIES_COLUMNS = List.of("series_key", "name", "unit", "category", "description");
    static final List<String> OBSERVATION_COLUMNS = List.of("id", "series_key", "period", "value", "unit",
            "qualifier", "source_file", "passage", "passage_start", "note");
    static final List<String> EVENT_COLUMNS = List.of("id", "date", "date_text", "title", "category",
            "source_file", "passage", "passage_start", "note");

    /** One row of a seed file as an input record; {@code key} is the row's natural key (file, series key, id). */
    record Row<I extends Record>(String file, int line, String key, I input) {

        /** "observations.csv line 12". */
        String where() {
            return file + " line " + line;
        }
    }

    /** What seed-data/ holds, as input records, and the problems only the files can have. */
    record SeedRows(List<Row<SourceInput>> sources, List<Row<SeriesInput>> series,
                    List<Row<ObservationInput>> observations, List<Row<EventInput>> events,
                    Set<String> brokenSources, List<String> problems) {
    }

    private final ResourceLoader resources;
    private final String location;
    private final List<String> problems = new ArrayList<>();
    /** Articles listed in sources.csv that could not be loaded (already reported once). */
    private final Set<String> brokenSources = new HashSet<>();

    SeedReader(ResourceLoader resources, String location) {
        this.resources = resources;
        this.location = location.endsWith("/") ? location : location + "/";
    }

    SeedRows read() {
        List<Row<SourceInput>> sources = readSources();
        List<Row<SeriesInput>> series = new ArrayList<>();
        Set<String> seriesKeys = new HashSet<>();
        forEachRecord("series.csv", SERIES_COLUMNS, (line, r) -> {
            if (seriesKeys.add(r.get("series_key"))) {
                series.add(row("series.csv", line, r.get("series_key"), SeriesInput.class, r, Map.of()));
            } else {
                problems.add("series.csv line " + line + ", column series_key: '" + r.get("series_key")
                        + "' is listed twice");
            }
        });
        List<Row<ObservationInput>> observations = rows("observations.csv", OBSERVATION_COLUMNS,
                ObservationInput.class);
        List<Row<EventInput>> events = rows("events.csv", EVENT_COLUMNS, EventInput.class);
        return new SeedRows(sources, series, observations, events, brokenSources, problems);
    }

    private List<Row<SourceInput>> readSources() {
        List<Row<SourceInput>> out = new ArrayList<>();
        forEachRecord("articles/sources.csv", SOURCE_COLUMNS, (line, r) -> {
            String file = r.get("file");
            String where = "articles/sources.csv line " + line;
            brokenSources.add(file); // until it has loaded
            byte[] bytes;
            try (InputStream in = resource("articles/" + file).getInputStream()) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                problems.add(where + ": article file articles/" + file + " cannot be read: " + e.getMessage());
                return;
            }
            String sha = sha256(bytes);
            if (!sha.equals(r.get("sha256"))) {
                problems.add(where + ": articles/" + file + " has sha256 " + sha + " but sources.csv expects "
                        + r.get("sha256") + " — the article changed, so its passage offsets cannot be trusted");
                return;
            }
            try {
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                out.add(row("articles/sources.csv", line, file, SourceInput.class, r, Map.of("full_text", text)));
                brokenSources.remove(file);
            } catch (CharacterCodingException e) {
                problems.add(where + ": articles/" + file + " is not valid UTF-8");
            }
        });
        return out;
    }

    /** The rows of a file of observations or events, keyed by their unique, non-empty {@code id}. */
    private <I extends Record> List<Row<I>> rows(String file, List<String> columns, Class<I> type) {
        List<Row<I>> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        forEachRecord(file, columns, (line, r) -> {
            String id = r.get("id");
            if (id.isBlank() || !ids.add(id)) {
                problems.add(file + " line " + line + ", column id: '" + id + "' is empty or used twice");
            } else {
                out.add(row(file, line, id, type, r, Map.of()));
            }
        });
        return out;
    }

    private <I extends Record> Row<I> row(String file, int line, String key, Class<I> type, CSVRecord r,
                                          Map<String, String> more) {
        List<FieldError> malformed = new ArrayList<>();
        I input = CsvInput.read(type, c -> more.containsKey(c) ? more.get(c) : r.isMapped(c) ? r.get(c) : null,
                malformed);
        malformed.forEach(e -> problems.add(file + " line " + line + ", column "
                + CsvInput.column(type, e.field()) + ": " + e.message()));
        return new Row<>(file, line, key, input);
    }

    private interface RowHandler {
        void handle(int line, CSVRecord record);
    }

    private void forEachRecord(String file, List<String> columns, RowHandler handler) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        Resource resource = resource(file);
        try (Reader reader = new InputStreamReader(resource.getInputStream(),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT));
             CSVParser parser = CSVParser.parse(reader, format)) {
            if (!parser.getHeaderNames().equals(columns)) {
                problems.add(file + " line 1: header is " + parser.getHeaderNames() + ", expected " + columns);
                return;
            }
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                int line = (int) parser.getCurrentLineNumber() + 1;
                if (!it.hasNext()) {
                    break;
                }
                CSVRecord record = it.next();
                if (!record.isConsistent()) {
                    problems.add(file + " line " + line + ": has " + record.size() + " columns, expected "
                            + columns.size());
                    continue;
                }
                handler.handle(line, record);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(file + ": cannot be read as CSV: " + e.getMessage());
        }
    }

    private Resource resource(String relative) {
        return resources.getResource(location + relative);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
