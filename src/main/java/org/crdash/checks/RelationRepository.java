package org.crdash.checks;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crdash.base.Origin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Series relations and unit conversions. */
@Repository
class RelationRepository {

    private final JdbcClient jdbc;

    RelationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SeriesRelation> findAll() {
        return jdbc.sql("""
                SELECT r.id, r.kind, s.series_key, o.series_key AS of_key, r.whole, r.across_periods, r.note, r.origin
                FROM series_relation r JOIN series s ON s.id = r.series_id LEFT JOIN series o ON o.id = r.of_series_id
                ORDER BY r.kind, s.series_key, of_key, r.whole""")
                .query((rs, n) -> new SeriesRelation(rs.getLong("id"), RelationKind.ofCode(rs.getString("kind")),
                        rs.getString("series_key"), rs.getString("of_key"), rs.getString("whole"),
                        rs.getBoolean("across_periods"), rs.getString("note"), Origin.ofCode(rs.getString("origin"))))
                .list();
    }

    UnitConversions conversions() {
        Map<String, BigDecimal> oneWay = new LinkedHashMap<>();
        jdbc.sql("SELECT from_unit, to_unit, factor FROM unit_conversion").query(rs -> {
            oneWay.put(rs.getString("from_unit") + "→" + rs.getString("to_unit"), rs.getBigDecimal("factor"));
        });
        return new UnitConversions(oneWay);
    }
}
