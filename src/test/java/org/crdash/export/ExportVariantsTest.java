package org.crdash.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The data CSV is verbatim; the spreadsheet variants ("CSV for Excel") neutralise formula-like text cells and
 * write decimals the way the spreadsheet's locale reads them: ';' with a decimal comma, or ',' with a decimal
 * point. Both say what they are in the file name (issues 18 and 19).
 */
class ExportVariantsTest extends ExportFixture {

    static final String SERIES = "/api/export/observations.csv?series=" + SERIES_KEY;

    @Test
    void aPassageStartingWithEqualsIsVerbatimInTheDataCsvAndNeutralisedInTheSpreadsheetOne() throws Exception {
        CSVRecord data = byPeriod(data(SERIES)).get("2021");
        assertThat(data.get("passage")).isEqualTo(FORMULA_PASSAGE);
        assertThat(TEXT.substring(Integer.parseInt(data.get("passage_start")), Integer.parseInt(data.get("passage_end"))))
                .isEqualTo(data.get("passage"));

        for (String excel : List.of("&excel=true", "&excel=true&decimal=comma", "&excel=true&decimal=point")) {
            Map<String, CSVRecord> rows = byPeriod(spreadsheet(SERIES + excel));
            CSVRecord sheet = rows.get("2021");
            assertThat(sheet.get("passage")).as(excel).isEqualTo("'" + FORMULA_PASSAGE);
            assertThat(rows.get("2019").get("note")).isEqualTo("'" + FORMULA_NOTE);
            assertThat(rows.get("2019").get("source_title")).isEqualTo("'" + FORMULA_TITLE);
            assertThat(rows.get("2023-Q2").get("passage")).isEqualTo("'" + MINUS_PASSAGE);
            // numbers are never prefixed: a negative value stays a number
            assertThat(rows.get("2023-Q2").get("value")).isEqualTo("-5");
            assertThat(sheet.get("passage_start")).isEqualTo(data.get("passage_start"));
        }
        String events = new String(get200("/api/export/events.csv?excel=true&source=" + SOURCE_KEY)
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(events).contains(";'@summit in the test;").contains(";'" + FORMULA_PASSAGE + ";");
    }

    @Test
    void decimalCommaVariantRoundTripsWithAGermanNumberParser() throws Exception {
        roundTrip("&excel=true&decimal=comma", ';', Locale.GERMANY);
        roundTrip("&excel=true", ';', Locale.GERMANY); // the default, as excel=true has always used ';'
    }

    @Test
    void decimalPointVariantRoundTripsWithAnEnglishNumberParser() throws Exception {
        roundTrip("&excel=true&decimal=point", ',', Locale.US);
    }

    @Test
    void fileNamesSayWhichVariantItIs() throws Exception {
        assertThat(get200(SERIES).getHeader("Content-Disposition"))
                .matches("attachment; filename=\"crdash-observations-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        assertThat(get200(SERIES + "&excel=true&decimal=comma").getHeader("Content-Disposition"))
                .matches("attachment; filename=\"crdash-observations-\\d{4}-\\d{2}-\\d{2}"
                        + "-excel-semicolon-decimal-comma\\.csv\"");
        assertThat(get200(SERIES + "&excel=true&decimal=point").getHeader("Content-Disposition"))
                .matches("attachment; filename=\"crdash-observations-\\d{4}-\\d{2}-\\d{2}"
                        + "-excel-comma-decimal-point\\.csv\"");
        assertThat(get200("/api/export/events.csv?excel=true").getHeader("Content-Disposition"))
                .contains("crdash-events-").contains("-excel-semicolon-decimal-comma.csv");
    }

    /**
     * Every row of the spreadsheet variant equals the data row once the apostrophe of neutralised cells is
     * dropped and the value is read with the locale's number parser.
     */
    private void roundTrip(String excel, char delimiter, Locale locale) throws Exception {
        MockHttpServletResponse response = get200(SERIES + "&includeDeleted=true" + excel);
        byte[] bytes = response.getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String body = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(body).startsWith("series_key" + delimiter + "series_name" + delimiter);
        List<CSVRecord> data = records(data(SERIES + "&includeDeleted=true"));
        List<CSVRecord> sheet;
        try (CSVParser csv = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(body))) {
            sheet = csv.getRecords();
            assertThat(csv.getHeaderNames()).isEqualTo(ExportControllerTest.OBSERVATION_HEADER);
        }
        assertThat(sheet).hasSameSizeAs(data).hasSize(6);
        DecimalFormat numbers = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(locale));
        numbers.setParseBigDecimal(true);
        for (int i = 0; i < data.size(); i++) {
            CSVRecord d = data.get(i);
            CSVRecord s = sheet.get(i);
            for (String column : ExportControllerTest.OBSERVATION_HEADER) {
                if (column.equals("value")) {
                    ParsePosition at = new ParsePosition(0);
                    BigDecimal parsed = (BigDecimal) numbers.parse(s.get(column), at);
                    assertThat(at.getIndex()).as("whole cell %s parsed", s.get(column)).isEqualTo(s.get(column).length());
                    assertThat(parsed).isEqualByComparingTo(new BigDecimal(d.get(column)));
                    assertThat(s.get(column)).doesNotContain(String.valueOf(
                            DecimalFormatSymbols.getInstance(locale).getGroupingSeparator()));
                } else {
                    assertThat(CsvCells.untext(s.get(column))).as("%s of %s", column, d.get("period"))
                            .isEqualTo(d.get(column));
                }
            }
        }
        assertThat(byPeriod(body, delimiter).get("2021").get("value"))
                .isEqualTo(delimiter == ';' ? "1234567,25" : "1234567.25");
    }

    private String data(String url) throws Exception {
        return body(get200(url));
    }

    private String spreadsheet(String url) throws Exception {
        byte[] bytes = get200(url).getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        return new String(bytes, StandardCharsets.UTF_8).substring(1);
    }

    private static Map<String, CSVRecord> byPeriod(String body) throws Exception {
        return byPeriod(body, body.startsWith("series_key;") ? ';' : ',');
    }

    private static Map<String, CSVRecord> byPeriod(String body, char delimiter) throws Exception {
        try (CSVParser csv = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(body))) {
            return csv.getRecords().stream().collect(Collectors.toMap(r -> r.get("period"), r -> r));
        }
    }

    private static List<CSVRecord> records(String body) throws Exception {
        try (CSVParser csv = ExportControllerTest.parse(body)) {
            return csv.getRecords();
        }
    }
}
