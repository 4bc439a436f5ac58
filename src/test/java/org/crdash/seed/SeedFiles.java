package org.crdash.seed;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The seed files as they are on disk in the repo's seed-data/, read independently of the loader. */
public record SeedFiles(Path dir) {

    public static final Path REPO_SEED_DATA = Path.of("seed-data");

    public static SeedFiles onDisk() {
        return new SeedFiles(REPO_SEED_DATA);
    }

    public List<CSVRecord> records(String relative) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(dir.resolve(relative), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article text exactly as the file holds it (UTF-8). */
    public String article(String file) {
        try {
            return Files.readString(dir.resolve("articles").resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long sources() {
        return records("articles/sources.csv").size();
    }

    public long series() {
        return records("series.csv").size();
    }

    public long observations() {
        return records("observations.csv").size();
    }

    public long events() {
        return records("events.csv").size();
    }
}
