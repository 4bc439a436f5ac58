package org.crdash.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crdash.base.DatePrecision;
import org.crdash.base.Period;
import org.crdash.event.Event;
import org.crdash.seed.SeedData.SeedEvent;
import org.crdash.seed.SeedData.SeedObservation;
import org.crdash.seed.SeedData.SeedSeries;
import org.crdash.seed.SeedData.SeedSource;
import org.crdash.series.Qualifier;
import org.crdash.series.Series;
import org.crdash.source.Passages;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Reads seed-data/ and checks everything before anything is written: article hashes, CSV headers, every
 * field, and that each passage occurs verbatim (once, or at its given offset) in its article.
 * Collects all problems, each naming its file and line.
 */
class SeedReader {

    static final List<String> SOURCE_COLUMNS = List.of("file", "title", "author", "publisher", "published_start",
            "published_precision", "published_text", "url", "sha256");
    static final List<String> SERIES_COLUMNS = List.of("series_key", "name", "unit", "category", "description");
    static final List<String> OBSERVATION_COLUMNS = List.of("id", "series_key", "period", "value", "unit",
            "qualifier", "source_file", "passage", "passage_start", "note");
    static final List<String> EVENT_COLUMNS = List.of("id", "date", "date_text", "title", "category",
            "source_file", "passage", "passage_start", "note");

    private final ResourceLoader resources;
    private final String location;
    private final Set<String> units;
    private final Set<String> seriesCategories;
    private final List<String> problems = new ArrayList<>();
    /** Articles listed in sources.csv that could not be loaded (already reported once). */
    private final Set<String> brokenSources = new HashSet<>();

    SeedReader(ResourceLoader resources, String location, Set<String> units, Set<String> seriesCategories) {
        this.resources = resources;
        this.location = location.endsWith("/") ? location : location + "/";
        this.units = units;
        this.seriesCategories = seriesCategories;
    }

    SeedData read() {
        List<SeedSource> sources = readSources();
        Map<String, SeedSource> sourceByKey = new HashMap<>();
        sources.forEach(s -> sourceByKey.put(s.key(), s));
        List<SeedSeries> series = readSeries();
        Map<String, SeedSeries> seriesByKey = new HashMap<>();
        series.forEach(s -> seriesByKey.put(s.key(), s));
        List<SeedObservation> observations = readObservations(sourceByKey, seriesByKey);
        List<SeedEvent> events = readEvents(sourceByKey);
        if (!problems.isEmpty()) {
            throw new SeedException(problems);
        }
        return new SeedData(sources, series, observations, events);
    }

    private List<SeedSource> readSources() {
        List<SeedSource> out = new ArrayList<>();
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
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                problems.add(where + ": articles/" + file + " is not valid UTF-8");
                return;
            }
            try {
                DatePrecision precision = DatePrecision.ofCode(r.get("published_precision"));
                LocalDate start = blank(r.get("published_start")) ? null : LocalDate.parse(r.get("published_start"));
                out.add(new SeedSource(file, r.get("title"), nullIfBlank(r.get("author")),
                        nullIfBlank(r.get("publisher")), start, precision, nullIfBlank(r.get("published_text")),
                        nullIfBlank(r.get("url")), text, sha));
                brokenSources.remove(file);
            } catch (RuntimeException e) {
                problems.add(where + ": " + e.getMessage());
            }
        });
        return out;
    }

    private List<SeedSeries> readSeries() {
        List<SeedSeries> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        forEachRecord("series.csv", SERIES_COLUMNS, (line, r) -> {
            String where = "series.csv line " + line;
            String key = r.get("series_key");
            if (!key.matches(Series.KEY_PATTERN)) {
                problems.add(where + ", column series_key: '" + key + "' is not snake_case");
            } else if (!seen.add(key)) {
                problems.add(where + ", column series_key: '" + key + "' is listed twice");
            }
            if (!units.contains(r.get("unit"))) {
                problems.add(where + ", column unit: '" + r.get("unit") + "' is not a known unit " + units);
            }
            if (!seriesCategories.contains(r.get("category"))) {
                problems.add(where + ", column category: '" + r.get("category") + "' is not a known category");
            }
            if (blank(r.get("name"))) {
                problems.add(where + ", column name: empty");
            }
            out.add(new SeedSeries(key, r.get("name"), r.get("unit"), r.get("category"),
                    nullIfBlank(r.get("description"))));
        });
        return out;
    }

    private List<SeedObservation> readObservations(Map<String, SeedSource> sources, Map<String, SeedSeries> series) {
        List<SeedObservation> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> identities = new HashSet<>();
        forEachRecord("observations.csv", OBSERVATION_COLUMNS, (line, r) -> {
            String where = "observations.csv line " + line;
            int before = problems.size();
            String id = r.get("id");
            if (blank(id) || !ids.add(id)) {
                problems.add(where + ", column id: '" + id + "' is empty or used twice");
            }
            SeedSeries s = series.get(r.get("series_key"));
            if (s == null) {
                problems.add(where + ", column series_key: '" + r.get("series_key") + "' is not in series.csv");
            } else if (!s.unit().equals(r.get("unit"))) {
                problems.add(where + ", column unit: '" + r.get("unit") + "' but series " + s.key() + " is in '"
                        + s.unit() + "'");
            }
            Period period = field(where, "period", () -> Period.parse(r.get("period")));
            if (period != null && !period.precision().allowedForObservation()) {
                problems.add(where + ", column period: an observation needs a year, quarter, month, day or range");
            }
            BigDecimal value = field(where, "value", () -> new BigDecimal(r.get("value")));
            Qualifier qualifier = field(where, "qualifier", () -> Qualifier.ofCode(r.get("qualifier")));
            Integer start = locate(where, sources, r);
            if (problems.size() == before && start != null) {
                String identity = s.key() + "|" + period.label() + "|" + r.get("source_file") + "|" + start;
                if (!identities.add(identity)) {
                    problems.add(where + ": duplicate of an earlier row (same series, period, source and passage)");
                    return;
                }
                out.add(new SeedObservation(id, line, s.key(), period, value, qualifier, r.get("source_file"),
                        r.get("passage"), start, nullIfBlank(r.get("note"))));
            }
        });
        return out;
    }

    private List<SeedEvent> readEvents(Map<String, SeedSource> sources) {
        List<SeedEvent> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        forEachRecord("events.csv", EVENT_COLUMNS, (line, r) -> {
            String where = "events.csv line " + line;
            int before = problems.size();
            String id = r.get("id");
            if (blank(id) || !ids.add(id)) {
                problems.add(where + ", column id: '" + id + "' is empty or used twice");
            }
            Period date = field(where, "date", () -> Period.parse(r.get("date")));
            if (blank(r.get("date_text"))) {
                problems.add(where + ", column date_text: empty (keep the text's own wording of the date)");
            }
            if (blank(r.get("title")) || r.get("title").length() > 200) {
                problems.add(where + ", column title: must be 1 to 200 characters");
            }
            if (!Event.CATEGORIES.contains(r.get("category"))) {
                problems.add(where + ", column category: '" + r.get("category") + "' is not one of "
                        + Event.CATEGORIES);
            }
            Integer start = locate(where, sources, r);
            if (problems.size() == before && start != null) {
                out.add(new SeedEvent(id, line, date, r.get("date_text"), r.get("title"), r.get("category"),
                        r.get("source_file"), r.get("passage"), start, nullIfBlank(r.get("note"))));
            }
        });
        return out;
    }

    /** Finds the row's passage in its article; records a problem naming the line and the passage if it can't. */
    private Integer locate(String where, Map<String, SeedSource> sources, CSVRecord r) {
        SeedSource source = sources.get(r.get("source_file"));
        if (source == null && brokenSources.contains(r.get("source_file"))) {
            return null; // the article's own problem is reported once; the load fails anyway
        }
        if (source == null) {
            problems.add(where + ", column source_file: '" + r.get("source_file") + "' is not in articles/sources.csv");
            return null;
        }
        Integer hint = field(where, "passage_start",
                () -> blank(r.get("passage_start")) ? null : Integer.valueOf(r.get("passage_start")));
        try {
            return Passages.locate(source.text(), r.get("passage"), hint);
        } catch (Passages.PassageNotFoundException e) {
            problems.add(where + ", column passage: " + e.getMessage() + " — in " + source.key() + ": \""
                    + abbreviate(r.get("passage")) + "\"");
            return null;
        }
    }

    private <T> T field(String where, String column, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (RuntimeException e) {
            problems.add(where + ", column " + column + ": " + e.getMessage());
            return null;
        }
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

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullIfBlank(String s) {
        return blank(s) ? null : s;
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
