package org.crdash.export;

import java.util.List;
import java.util.Objects;

/**
 * One column of an export: its CSV name, the SQL that computes it, its Table Schema type and what it means. The
 * type decides how the database formats the cell (see {@link #select(CsvDialect)}) and what the data package's
 * schema says about it.
 *
 * @param name        the CSV header, e.g. {@code passage_start}
 * @param type        its Table Schema type
 * @param sql         an SQL expression over the table's FROM clause, e.g. {@code o.passage_start}
 * @param description what the value is, for the data package (and anyone reading the code)
 * @param required    never empty
 * @param unique      no two rows share a value
 * @param allowed     the only values it can take (empty: any)
 * @param allowedSql  a query giving the only values it can take (a vocabulary table), or null
 */
public record ExportColumn(String name, Type type, String sql, String description, boolean required, boolean unique,
                           List<String> allowed, String allowedSql) {

    /** Table Schema types, each with how the database writes it. */
    public enum Type {
        /** Text, verbatim; neutralised in the spreadsheet variants. */
        STRING("string"),
        /** Whole number. */
        INTEGER("integer"),
        /** Decimal number as plain digits (PostgreSQL numeric never writes an exponent); locale decimals in spreadsheets. */
        NUMBER("number"),
        /** ISO date, YYYY-MM-DD. */
        DATE("date"),
        /** UTC instant to the second, YYYY-MM-DDThh:mm:ssZ (Table Schema's default datetime format). */
        DATETIME("datetime"),
        /** true or false. */
        BOOLEAN("boolean");

        private final String tableSchema;

        Type(String tableSchema) {
            this.tableSchema = tableSchema;
        }

        public String tableSchema() {
            return tableSchema;
        }
    }

    public ExportColumn {
        Objects.requireNonNull(type, "type");
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("column name must be lower_snake_case: " + name);
        }
        if (sql == null || sql.isBlank() || description == null || description.isBlank()) {
            throw new IllegalArgumentException("column " + name + " needs its SQL and a description");
        }
        allowed = List.copyOf(allowed);
    }

    ExportColumn withRequired() {
        return new ExportColumn(name, type, sql, description, true, unique, allowed, allowedSql);
    }

    ExportColumn withUnique() {
        return new ExportColumn(name, type, sql, description, required, true, allowed, allowedSql);
    }

    ExportColumn withAllowed(List<String> values, String query) {
        return new ExportColumn(name, type, sql, description, required, unique, values, query);
    }

    /** The select-list item that formats this column for the dialect, e.g. {@code o.value AS "value"}. */
    String select(CsvDialect dialect) {
        String cell = switch (type) {
            case STRING -> dialect.spreadsheet() ? CsvCells.sql(sql) : sql;
            case NUMBER -> dialect.decimalSeparator() == '.' ? sql : "replace((" + sql + ")::text, '.', ',')";
            case DATETIME -> "to_char((" + sql + ") AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";
            case BOOLEAN -> "CASE WHEN " + sql + " THEN 'true' WHEN NOT " + sql + " THEN 'false' END";
            case INTEGER, DATE -> sql;
        };
        return cell + " AS \"" + name + "\"";
    }
}
