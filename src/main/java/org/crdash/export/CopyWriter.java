package org.crdash.export;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Iterator;
import org.crdash.base.SqlWhere;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.Utils;

/**
 * Writes a table as CSV with PostgreSQL's own CSV writer: {@code COPY (SELECT …) TO STDOUT (FORMAT csv, HEADER)},
 * its bytes passed on as they arrive. PostgreSQL quotes per RFC 4180 and sends one message per row, ending in
 * {@code \n}; each row's end becomes CRLF here (newlines inside quoted cells stay as they are). Formatting a cell
 * (dates, UTC instants, decimal comma, formula neutralisation) is part of the SELECT, see {@link ExportColumn}.
 */
final class CopyWriter {

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CopyWriter() {
    }

    /**
     * Writes the rows of {@code table} matching {@code where} to {@code out} on {@code connection}, which must be in
     * a transaction (the caller commits). Returns the number of data rows.
     */
    static long write(Connection connection, ExportTable table, SqlWhere where, CsvDialect dialect, OutputStream out)
            throws SQLException, IOException {
        String sql = "COPY (" + table.select(dialect, inline(connection, where)) + ") TO STDOUT (FORMAT csv, HEADER"
                + (dialect.delimiter() == ',' ? "" : ", DELIMITER '" + dialect.delimiter() + "'") + ")";
        if (dialect.byteOrderMark()) {
            out.write(BOM);
        }
        CopyOut copy = connection.unwrap(PGConnection.class).getCopyAPI().copyOut(sql);
        try {
            for (byte[] row = copy.readFromCopy(); row != null; row = copy.readFromCopy()) {
                int end = row.length > 0 && row[row.length - 1] == '\n' ? row.length - 1 : row.length;
                out.write(row, 0, end);
                out.write(CRLF);
            }
            return copy.getHandledRowCount();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy(); // the client went away: stop the server's COPY, the connection stays usable
            }
        }
    }

    /**
     * The condition with its values written in as SQL literals, since COPY takes no parameters. A {@link SqlWhere}'s
     * text holds only fixed SQL and one {@code ?} per value; strings are escaped by the driver for the
     * connection's {@code standard_conforming_strings}, dates and numbers are written from their own types.
     */
    static String inline(Connection connection, SqlWhere where) throws SQLException {
        boolean standardStrings = connection.unwrap(BaseConnection.class).getStandardConformingStrings();
        StringBuilder sql = new StringBuilder();
        Iterator<Object> values = where.params().iterator();
        String text = where.sql();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '?') {
                sql.append(c);
                continue;
            }
            if (!values.hasNext()) {
                throw new IllegalArgumentException("more placeholders than values in " + text);
            }
            Object value = values.next();
            switch (value) {
                case String s -> Utils.escapeLiteral(sql.append('\''), s, standardStrings).append('\'');
                case LocalDate d -> sql.append("DATE '").append(d).append('\'');
                case Long n -> sql.append(n);
                case Integer n -> sql.append(n);
                case Boolean b -> sql.append(b);
                default -> throw new IllegalArgumentException("cannot write a " + value.getClass() + " into SQL");
            }
        }
        if (values.hasNext()) {
            throw new IllegalArgumentException("more values than placeholders in " + text);
        }
        return sql.toString();
    }
}
