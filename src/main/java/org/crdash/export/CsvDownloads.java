package org.crdash.export;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.crdash.base.SqlWhere;
import org.crdash.base.api.Params;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Serves an {@link ExportTable} as a CSV download, for any controller: reads the dialect parameters
 * ({@code excel}, {@code decimal}), names the file after the table and the dialect, and streams the rows
 * through {@link ExportService#write}. A feature's own export endpoint is one call:
 *
 * <pre>{@code downloads.send(request, response, CHECKS_TABLE, filter.where());}</pre>
 *
 * (validate the request's other parameters first, allowing {@link #withDialect}{@code (yourNames)}).
 */
@Component
public class CsvDownloads {

    public static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

    private final ExportService export;

    CsvDownloads(ExportService export) {
        this.export = export;
    }

    /** Streams the rows of {@code table} matching {@code where} in the dialect the request asks for. */
    public void send(HttpServletRequest request, HttpServletResponse response, ExportTable table, SqlWhere where)
            throws IOException {
        CsvDialect dialect = dialect(request);
        startDownload(response, CONTENT_TYPE, export.fileName(table.name(), dialect));
        export.write(table, where, dialect, response.getOutputStream());
    }

    /** The dialect named by {@code excel} and {@code decimal}; a bad value is a 400 problem naming it. */
    public static CsvDialect dialect(HttpServletRequest request) {
        boolean excel = Params.bool(CsvDialect.EXCEL, request.getParameter(CsvDialect.EXCEL), false);
        return CsvDialect.of(excel, request.getParameter(CsvDialect.DECIMAL));
    }

    /** A filter's parameter names plus the dialect's. */
    public static Set<String> withDialect(Set<String> names) {
        Set<String> all = new HashSet<>(names);
        all.add(CsvDialect.EXCEL);
        all.add(CsvDialect.DECIMAL);
        return Set.copyOf(all);
    }

    static void startDownload(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
