package org.crdash.bench;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crdash.base.Origin;
import org.crdash.series.Series;

/** The seed data as the extraction benchmark's reference: articles, their observations and events, series. */
record SeedReference(Map<String, Article> articles, List<Series> series, List<String> seriesCategories,
                     List<String> eventCategories) {

    record Article(String file, String text, LocalDate published, List<Row> observations, List<Row> events) {
    }

    /** One reference row: its id, passage span and the fields compared. */
    record Row(String id, int start, int end, String passage, BigDecimal value, String unit, String period,
               String qualifier) {
    }

    static SeedReference load(Path seed, Path migrations) throws IOException {
        Map<String, Article> articles = new TreeMap<>();
        for (CSVRecord r : csv(seed.resolve("articles/sources.csv"))) {
            String text = Files.readString(seed.resolve("articles").resolve(r.get("file")), StandardCharsets.UTF_8);
            String published = r.get("published_start");
            articles.put(r.get("file"), new Article(r.get("file"), text,
                    published.isBlank() ? null : LocalDate.parse(published), new ArrayList<>(), new ArrayList<>()));
        }
        for (CSVRecord r : csv(seed.resolve("observations.csv"))) {
            Article a = articles.get(r.get("source_file"));
            a.observations().add(row(a.text(), r, new BigDecimal(r.get("value")), r.get("unit"), r.get("period"),
                    r.get("qualifier")));
        }
        for (CSVRecord r : csv(seed.resolve("events.csv"))) {
            Article a = articles.get(r.get("source_file"));
            a.events().add(row(a.text(), r, null, null, r.get("date"), null));
        }
        List<Series> series = new ArrayList<>();
        long id = 1;
        for (CSVRecord r : csv(seed.resolve("series.csv"))) {
            series.add(new Series(id++, r.get("series_key"), r.get("name"), r.get("unit"), r.get("category"),
                    r.get("description"), Origin.SEEDED, 0, null));
        }
        String vocabularies = Files.readString(migrations.resolve("V001__vocabularies.sql"));
        return new SeedReference(articles, series, codes(vocabularies, "series_category"),
                codes(vocabularies, "event_category"));
    }

    private static Row row(String text, CSVRecord r, BigDecimal value, String unit, String period, String qualifier) {
        String passage = r.get("passage");
        String hint = r.get("passage_start");
        int start = hint.isBlank() ? text.indexOf(passage) : Integer.parseInt(hint);
        if (start < 0 || !text.startsWith(passage, start)) {
            throw new IllegalStateException(r.get("id") + ": passage not in its article");
        }
        return new Row(r.get("id"), start, start + passage.length(), passage, value, unit, period, qualifier);
    }

    /** The codes of a vocabulary table as its migration inserts them. */
    private static List<String> codes(String sql, String table) {
        int from = sql.indexOf("INSERT INTO " + table);
        String block = sql.substring(from, sql.indexOf(';', from));
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\(\\s*'([^']+)'").matcher(block);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
