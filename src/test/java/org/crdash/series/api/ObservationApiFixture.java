package org.crdash.series.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.crdash.ApiTest;
import org.crdash.series.ObservationService;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The write API for figures, through the real security filters and database, for {@link ObservationWriteApiTest}
 * and {@link ObservationVersionsApiTest}: a figure's request body, adding one as the editor (removed after the
 * test), and its row, version and audit trail.
 */
abstract class ObservationApiFixture extends ApiTest {

    static final String SERIES = "china_russia_trade_usd_bn";
    static final String SOURCE = "000_86d270af3dbf64d1.txt";
    static final String PASSAGE = "Russia’s exclusion from European markets forced it to redirect its exports toward "
            + "Asia, especially China.";

    @Autowired
    ObservationService service;

    final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeCreatedRows() {
        created.forEach(id -> jdbc.sql("DELETE FROM observation WHERE id = ?").param(id).update());
    }

    static Map<String, Object> figure(Consumer<Map<String, Object>> change) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("seriesKey", SERIES);
        body.put("period", "2023");
        body.put("precision", "year");
        body.put("value", "1,234.5");
        body.put("qualifier", "approx");
        body.put("note", "added through the API");
        body.put("sourceKey", SOURCE);
        body.put("passage", PASSAGE);
        change.accept(body);
        return body;
    }

    long rows() {
        return count("SELECT count(*) FROM observation");
    }

    long audits() {
        return count("SELECT count(*) FROM audit_log");
    }

    Map<String, Object> row(long id) {
        return jdbc.sql("SELECT value, version, note, deleted_at, deleted_by, updated_by FROM observation WHERE id = ?")
                .param(id).query().singleRow();
    }

    List<Map<String, Object>> audit(long id) {
        return jdbc.sql("SELECT actor, action FROM audit_log WHERE entity_type = 'observation' AND entity_id = ? "
                + "ORDER BY id").param(id).query().listOfRows();
    }

    /** Adds a figure as the editor and returns its id. */
    long add(Consumer<Map<String, Object>> change) throws Exception {
        MockHttpServletResponse r = expect(201, send(post("/api/observations").with(asEditor()), figure(change)));
        long id = ((Number) json(r, "$.id")).longValue();
        created.add(id);
        return id;
    }

    int version(long id) {
        return ((Number) row(id).get("version")).intValue();
    }
}
