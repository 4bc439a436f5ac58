package org.crdash.export;

import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.crdash.base.InvalidParameterException;

/**
 * How an export is written. {@link #DATA} is the file for programs: RFC 4180 (',' and CRLF), UTF-8 without BOM,
 * every cell verbatim, so a passage always equals its source text between its offsets. The two spreadsheet
 * variants ("CSV for Excel") add a UTF-8 byte-order mark (Excel needs it to read UTF-8), write decimals the way a
 * spreadsheet in the user's locale reads them, and neutralise formula-like text cells with a leading apostrophe
 * (see {@link CsvCells}); their file names say which variant they are.
 */
public enum CsvDialect {
    /** ',' between fields, decimal point, verbatim cells. */
    DATA(',', '.', false, ""),
    /** For locales whose decimal separator is a comma (de, fr, ru, …): ';' between fields, 244,8. */
    EXCEL_DECIMAL_COMMA(';', ',', true, "-excel-semicolon-decimal-comma"),
    /** For locales whose decimal separator is a point (en, zh, …): ',' between fields, 244.8. */
    EXCEL_DECIMAL_POINT(',', '.', true, "-excel-comma-decimal-point");

    public static final String EXCEL = "excel";
    public static final String DECIMAL = "decimal";

    private final char delimiter;
    private final char decimalSeparator;
    private final boolean spreadsheet;
    private final String fileNameSuffix;

    CsvDialect(char delimiter, char decimalSeparator, boolean spreadsheet, String fileNameSuffix) {
        this.delimiter = delimiter;
        this.decimalSeparator = decimalSeparator;
        this.spreadsheet = spreadsheet;
        this.fileNameSuffix = fileNameSuffix;
    }

    /** The spreadsheet variant a spreadsheet app in this locale reads: by the locale's decimal separator. */
    public static CsvDialect excelFor(Locale locale) {
        return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? EXCEL_DECIMAL_COMMA
                : EXCEL_DECIMAL_POINT;
    }

    /**
     * The dialect named by the query parameters {@code excel} (already read as a boolean) and {@code decimal}
     * ({@code comma}, the default since {@code excel=true} has always meant ';', or {@code point}).
     */
    public static CsvDialect of(boolean excel, String decimal) {
        if (decimal == null || decimal.isBlank()) {
            return excel ? EXCEL_DECIMAL_COMMA : DATA;
        }
        if (!excel) {
            throw new InvalidParameterException(DECIMAL, "'decimal' applies only to the spreadsheet variant: add "
                    + "excel=true (the data CSV always has a decimal point)");
        }
        return switch (decimal.strip()) {
            case "comma" -> EXCEL_DECIMAL_COMMA;
            case "point" -> EXCEL_DECIMAL_POINT;
            default -> throw new InvalidParameterException(DECIMAL, "'" + decimal + "' is not a decimal separator; "
                    + "expected comma (with ';' between fields) or point (with ',')");
        };
    }

    /** The query parameters that ask for this dialect, e.g. {@code excel=true&decimal=comma}; empty for DATA. */
    public String queryParameters() {
        return switch (this) {
            case DATA -> "";
            case EXCEL_DECIMAL_COMMA -> EXCEL + "=true&" + DECIMAL + "=comma";
            case EXCEL_DECIMAL_POINT -> EXCEL + "=true&" + DECIMAL + "=point";
        };
    }

    public char delimiter() {
        return delimiter;
    }

    public char decimalSeparator() {
        return decimalSeparator;
    }

    /** Whether this is a spreadsheet variant: BOM, locale decimals, formula-like cells neutralised. */
    public boolean spreadsheet() {
        return spreadsheet;
    }

    public boolean byteOrderMark() {
        return spreadsheet;
    }

    /** Appended to the file name before ".csv", e.g. {@code -excel-semicolon-decimal-comma}. */
    public String fileNameSuffix() {
        return fileNameSuffix;
    }
}
