package org.crdash.bench;

import java.io.OutputStream;
import java.sql.Connection;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/** PostgreSQL's own CSV writer: {@code COPY (query) TO STDOUT WITH (FORMAT csv, HEADER)} through PgJDBC's CopyManager. */
final class CopyCsvExport implements CsvExportPath {

    private final DataSource dataSource;
    private final String query;

    CopyCsvExport(DataSource dataSource, String query) {
        this.dataSource = dataSource;
        this.query = query;
    }

    @Override
    public String name() {
        return "COPY … TO STDOUT (CSV) via CopyManager";
    }

    @Override
    public long export(OutputStream sink) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return c.unwrap(PGConnection.class).getCopyAPI()
                    .copyOut("COPY (" + query + ") TO STDOUT WITH (FORMAT csv, HEADER)", sink);
        }
    }
}
