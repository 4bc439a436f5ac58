package org.crdash.export;

import org.apache.commons.csv.CSVFormat;

/** How an export is written: RFC 4180 (comma, CRLF) or for spreadsheet apps (UTF-8 BOM and ';'). */
public enum CsvDialect {
    /** UTF-8 without BOM, ',' between fields, CRLF between records, quotes only where needed. */
    RFC4180(',', false),
    /** As RFC 4180 but ';' between fields and a UTF-8 byte-order mark, which Excel needs to read UTF-8. */
    EXCEL(';', true);

    private final char delimiter;
    private final boolean byteOrderMark;

    CsvDialect(char delimiter, boolean byteOrderMark) {
        this.delimiter = delimiter;
        this.byteOrderMark = byteOrderMark;
    }

    public static CsvDialect of(boolean excel) {
        return excel ? EXCEL : RFC4180;
    }

    public char delimiter() {
        return delimiter;
    }

    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    /** The Commons CSV format that writes (and reads back) this dialect with the given header. */
    public CSVFormat format(java.util.List<String> header) {
        return CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setHeader(header.toArray(String[]::new))
                .get();
    }
}
