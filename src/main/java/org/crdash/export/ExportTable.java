package org.crdash.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.crdash.base.SqlWhere;

/**
 * One exported table: its columns, where its rows come from, their order, and its keys — everything the CSV
 * (formatted by PostgreSQL's COPY) and the data package's Table Schema are made from, so adding a column is one
 * line in the table's definition (see {@link ExportTables}). Other features describe their own tables with
 * {@link #builder(String)} and export them with {@link ExportService#write}; a table that is a Spring bean is also
 * put into the data package.
 *
 * @param name         resource and file name, e.g. {@code observations} (observations.csv)
 * @param title        a human title for the data package
 * @param description  what one row is
 * @param with         an optional WITH clause (without the keyword), or null
 * @param from         the FROM clause (without the keyword), with the aliases the filters use
 * @param orderBy      a total order (ends with a unique column), so the same data always exports the same bytes
 * @param packageWhere which rows the data package holds
 * @param columns      in CSV order
 * @param primaryKey   column names
 * @param foreignKeys  references to other tables of the data package
 */
public record ExportTable(String name, String title, String description, String with, String from, String orderBy,
                          SqlWhere packageWhere, List<ExportColumn> columns, List<String> primaryKey,
                          List<ForeignKey> foreignKeys) {

    /** {@code column} holds a value of {@code table.field}. */
    public record ForeignKey(String column, String table, String field) {
    }

    public ExportTable {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        Objects.requireNonNull(packageWhere, "packageWhere");
        List<String> names = columns.stream().map(ExportColumn::name).toList(); // fields are set after this body
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException(name + ": duplicate column names " + names);
        }
        for (String key : primaryKey) {
            if (!names.contains(key)) {
                throw new IllegalArgumentException(name + ": primary key " + key + " is not a column");
            }
        }
        for (ForeignKey fk : foreignKeys) {
            if (!names.contains(fk.column())) {
                throw new IllegalArgumentException(name + ": foreign key " + fk.column() + " is not a column");
            }
        }
    }

    public List<String> columnNames() {
        return columns.stream().map(ExportColumn::name).toList();
    }

    /**
     * The SELECT whose rows are the CSV's, with the filter's condition and values inlined (COPY takes no
     * parameters). The comment lets operators (and tests) find a running export in pg_stat_activity.
     */
    public String select(CsvDialect dialect, String condition) {
        return (with == null ? "" : "WITH " + with + "\n")
                + "SELECT /* crdash-export:" + name + " */ "
                + columns.stream().map(c -> c.select(dialect)).collect(Collectors.joining(",\n       "))
                + "\nFROM " + from + "\nWHERE " + condition + "\nORDER BY " + orderBy;
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Builds a table column by column; modifiers such as {@link #required()} apply to the column added last. */
    public static final class Builder {
        private final String name;
        private String title;
        private String description;
        private String with;
        private String from;
        private String orderBy;
        private SqlWhere packageWhere = SqlWhere.builder().build();
        private final List<ExportColumn> columns = new ArrayList<>();
        private final List<String> primaryKey = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder title(String title, String description) {
            this.title = title;
            this.description = description;
            return this;
        }

        public Builder with(String with) {
            this.with = with;
            return this;
        }

        public Builder from(String from) {
            this.from = from;
            return this;
        }

        public Builder orderBy(String orderBy) {
            this.orderBy = orderBy;
            return this;
        }

        /** Which rows the data package holds (default: all). */
        public Builder inPackage(SqlWhere where) {
            this.packageWhere = where;
            return this;
        }

        public Builder column(String column, ExportColumn.Type type, String sql, String description) {
            columns.add(new ExportColumn(column, type, sql, description, false, false, List.of(), null));
            return this;
        }

        public Builder string(String column, String sql, String description) {
            return column(column, ExportColumn.Type.STRING, sql, description);
        }

        public Builder integer(String column, String sql, String description) {
            return column(column, ExportColumn.Type.INTEGER, sql, description);
        }

        public Builder number(String column, String sql, String description) {
            return column(column, ExportColumn.Type.NUMBER, sql, description);
        }

        public Builder date(String column, String sql, String description) {
            return column(column, ExportColumn.Type.DATE, sql, description);
        }

        public Builder datetime(String column, String sql, String description) {
            return column(column, ExportColumn.Type.DATETIME, sql, description);
        }

        public Builder bool(String column, String sql, String description) {
            return column(column, ExportColumn.Type.BOOLEAN, sql, description);
        }

        /** Applies a shared part of several tables' definitions, e.g. the same audit columns. */
        public Builder then(java.util.function.UnaryOperator<Builder> part) {
            return part.apply(this);
        }

        /** The last column is never empty. */
        public Builder required() {
            return replaceLast(columns.getLast().withRequired());
        }

        /** The last column is the table's primary key (required and unique). */
        public Builder primaryKey() {
            primaryKey.add(columns.getLast().name());
            return replaceLast(columns.getLast().withRequired().withUnique());
        }

        /** The last column takes only these values. */
        public Builder oneOf(String... values) {
            return replaceLast(columns.getLast().withAllowed(List.of(values), null));
        }

        /** The last column takes only the values this query returns (read when a data package is written). */
        public Builder oneOfQuery(String query) {
            return replaceLast(columns.getLast().withAllowed(List.of(), query));
        }

        /** The last column holds values of {@code table.field} (a foreign key in the data package). */
        public Builder references(String table, String field) {
            foreignKeys.add(new ForeignKey(columns.getLast().name(), table, field));
            return this;
        }

        public ExportTable build() {
            return new ExportTable(name, title == null ? name : title, description == null ? "" : description, with,
                    Objects.requireNonNull(from, "from"), Objects.requireNonNull(orderBy, "orderBy"), packageWhere,
                    columns, primaryKey, foreignKeys);
        }

        private Builder replaceLast(ExportColumn column) {
            columns.set(columns.size() - 1, column);
            return this;
        }
    }
}
