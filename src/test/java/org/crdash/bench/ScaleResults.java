package org.crdash.bench;

import static org.crdash.bench.BenchTiming.log;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.crdash.bench.ScaleExport.ExportResult;
import org.crdash.bench.ScaleImport.ImportMeasurement;

/**
 * The scale benchmark's section of the results ({@code <!-- begin scale -->} … {@code <!-- end scale -->}, see
 * {@link ResultsSection}): written whole by a full run; {@code -Dbench.only=export} and {@code import} patch their
 * rows and details into it. The other benchmarks' sections and the hand-written parts of the file stay as they are.
 */
final class ScaleResults {

    static final String SECTION = "scale";

    private ScaleResults() {
    }

    /** Replaces the whole section. */
    static void write(String markdown) throws IOException {
        ResultsSection.write(ScaleBenchmark.RESULTS, SECTION, markdown);
    }

    /** -Dbench.only=export: replaces rows (a), (a′), (c) and the export details of the existing results. */
    static void patchExport(ExportResult m, Instant started, String load0) throws IOException {
        List<String> lines = sectionLines();
        String note = "Rows (a), (a′), (c) and the export details: a separate export-only run (`-Dbench.only=export`) "
                + "on " + started + atCommit()
                + ", load average at start / end " + load0 + " / " + BenchMachine.loadAverage() + ".";
        int row = 0;
        for (int i = 0; i < lines.size(); i++) {
            for (String prefix : List.of("| (a) ", "| (a′) ", "| (c) ")) {
                if (lines.get(i).startsWith(prefix)) {
                    lines.set(i, m.rows().get(row++));
                }
            }
        }
        // drop the old export details: the run list, the growth paragraph and its table, the old note
        List<String> kept = new ArrayList<>();
        boolean skipping = false;
        for (String l : lines) {
            if (l.startsWith("Export runs (alternating") || l.startsWith("How the export grows with rows")) {
                skipping = true;
            } else if (skipping && !(l.isBlank() || l.startsWith("- ") || l.startsWith("|"))) {
                skipping = false;
            }
            if (!skipping && !l.startsWith("Rows (a), (a′), (c) and the export details")) {
                kept.add(l);
            }
        }
        int details = kept.indexOf("## Details");
        List<String> insert = new ArrayList<>(List.of("", note, ""));
        insert.addAll(m.details());
        insert.add("");
        kept.addAll(details < 0 ? kept.size() : details + 1, insert);
        write(String.join("\n", kept));
        log("%n%s", String.join("\n", kept));
    }

    /** -Dbench.only=import: replaces the import row (or the TODO row) of the existing results and adds its details. */
    static void patchImport(ImportMeasurement m, Instant started, String load0) throws IOException {
        List<String> lines = sectionLines();
        String note = "Row (d) and its details: a separate import-only run (`-Dbench.only=import`) on " + started
                + atCommit() + ", load average at start / end "
                + load0 + " / " + BenchMachine.loadAverage() + "; the other rows and details are from the full run named at the top "
                + "(its own time, commit and load).";
        boolean replaced = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith(ScaleBenchmark.IMPORT_ROW_PREFIX) || l.startsWith("| Import of the same rows")) {
                lines.set(i, m.row());
                replaced = true;
            }
        }
        if (!replaced) {
            lines.add(m.row());
        }
        lines.removeIf(l -> l.startsWith("Import (d), one run each") || l.startsWith("Row (d) and its details:"));
        while (!lines.isEmpty() && lines.getLast().isBlank()) {
            lines.removeLast();
        }
        lines.add("");
        lines.add(note);
        lines.add("");
        lines.addAll(m.details());
        write(String.join("\n", lines));
        log("%n%s", String.join("\n", lines));
    }

    /** " at commit `abc1234`", or "" outside a checkout. */
    private static String atCommit() {
        String commit = BenchMachine.gitCommit();
        return commit.isEmpty() ? "" : " at commit `" + commit + "`";
    }

    private static List<String> sectionLines() throws IOException {
        String section = ResultsSection.read(ScaleBenchmark.RESULTS, SECTION);
        return new ArrayList<>(section.isEmpty() ? List.of() : section.lines().toList());
    }
}
