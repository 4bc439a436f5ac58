package org.crdash.extraction;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The candidates rejected per source ({@code extraction_rejection}), with the reason given. */
@Repository
class RejectionRepository {

    private final JdbcClient jdbc;

    RejectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Candidate id → reason ("" where none was given). */
    Map<String, String> ofSource(long sourceId) {
        return jdbc.sql("SELECT candidate_id, coalesce(reason, '') AS reason FROM extraction_rejection WHERE source_id = ?")
                .param(sourceId)
                .query((rs, n) -> Map.entry(rs.getString("candidate_id"), rs.getString("reason"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Records the rejection; a second rejection of the same candidate replaces the reason. */
    void reject(long sourceId, String candidateId, String reason, String actor, Instant at) {
        jdbc.sql("""
                INSERT INTO extraction_rejection (source_id, candidate_id, reason, rejected_at, rejected_by)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (source_id, candidate_id) DO UPDATE
                SET reason = excluded.reason, rejected_at = excluded.rejected_at, rejected_by = excluded.rejected_by""")
                .params(sourceId, candidateId, reason, Timestamp.from(at), actor).update();
    }

    boolean unreject(long sourceId, String candidateId) {
        return jdbc.sql("DELETE FROM extraction_rejection WHERE source_id = ? AND candidate_id = ?")
                .params(sourceId, candidateId).update() > 0;
    }
}
