package org.crdash.bench;

import java.io.OutputStream;

/**
 * One way of getting every observation out as CSV, written to a sink that only counts. The benchmark runs the
 * app's own export (over HTTP, see {@link HttpCsvExport}) and PostgreSQL's COPY (see {@link CopyCsvExport})
 * through this, side by side.
 */
interface CsvExportPath {

    /** Short name for the results table. */
    String name();

    /** Whether this path can run here (the app's endpoint may not exist in this build); why not in {@link #unavailableReason()}. */
    default boolean available() {
        return true;
    }

    default String unavailableReason() {
        return "";
    }

    /** Writes the whole export to {@code sink}; returns the number of data rows if known, else -1. */
    long export(OutputStream sink) throws Exception;
}
