package org.crdash.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The section writer the benchmarks share: each replaces only what stands between its own markers. */
class ResultsSectionTest {

    @TempDir
    Path dir;

    static final String FILE = """
            # Results

            Hand-written notes before.

            <!-- begin scale -->
            # Scale benchmark results

            old scale table
            <!-- end scale -->

            A hand-written paragraph between the sections.

            <!-- begin api-load -->
            old api table
            <!-- end api-load -->

            Notes after.
            """;

    @Test
    void replacesOnlyItsOwnSectionAndKeepsEverythingElseByteForByte() throws Exception {
        Path results = dir.resolve("RESULTS.md");
        Files.writeString(results, FILE);

        ResultsSection.write(results, "scale", "# Scale benchmark results\n\nnew scale table\n\n");

        assertThat(Files.readString(results)).isEqualTo(FILE.replace("old scale table", "new scale table"));
    }

    @Test
    void writingTheSameSectionTwiceChangesNothingTheSecondTime() throws Exception {
        Path results = dir.resolve("RESULTS.md");
        Files.writeString(results, FILE);

        ResultsSection.write(results, "api-load", "new api table");
        String once = Files.readString(results);
        ResultsSection.write(results, "api-load", "new api table");

        assertThat(Files.readString(results)).isEqualTo(once).isEqualTo(FILE.replace("old api table", "new api table"));
    }

    @Test
    void appendsAMissingSectionAfterTheRestAndCreatesAMissingFile() throws Exception {
        Path results = dir.resolve("RESULTS.md");
        Files.writeString(results, FILE);

        ResultsSection.write(results, "passage-check", "passage table");

        assertThat(Files.readString(results)).isEqualTo(FILE.stripTrailing()
                + "\n\n<!-- begin passage-check -->\npassage table\n<!-- end passage-check -->\n");
        Path fresh = dir.resolve("sub/NEW.md");
        ResultsSection.write(fresh, "scale", "table");
        assertThat(Files.readString(fresh)).isEqualTo("<!-- begin scale -->\ntable\n<!-- end scale -->\n");
    }

    @Test
    void readsTheSectionBetweenItsMarkersAndNothingWhereItIsMissing() throws Exception {
        Path results = dir.resolve("RESULTS.md");
        Files.writeString(results, FILE);

        assertThat(ResultsSection.read(results, "scale")).isEqualTo("# Scale benchmark results\n\nold scale table");
        assertThat(ResultsSection.read(results, "dashboard-time")).isEmpty();
        assertThat(ResultsSection.read(dir.resolve("missing.md"), "scale")).isEmpty();
    }

    @Test
    void anEndMarkerBeforeTheBeginMarkerIsNotTakenForTheSectionsEnd() throws Exception {
        Path results = dir.resolve("RESULTS.md");
        String text = "<!-- end scale --> mentioned in prose\n\n<!-- begin scale -->\nold\n<!-- end scale -->\n";
        Files.writeString(results, text);

        ResultsSection.write(results, "scale", "new");

        assertThat(Files.readString(results)).isEqualTo(text.replace("\nold\n", "\nnew\n"));
    }
}
