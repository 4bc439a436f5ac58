package org.crdash.checks;

import org.crdash.export.ExportTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** checks.csv: every stored finding with its review, for the CSV download and the data package. */
@Configuration(proxyBeanMethods = false)
public class CheckExport {

    public static final ExportTable TABLE = ExportTable.builder("checks")
            .title("Checks", "One result of the claim checker per row: what was compared (observations by id), the "
                    + "numbers computed, the formula in words, the verdict, and what editors concluded.")
            .from("check_finding f LEFT JOIN check_review r ON r.finding_key = f.finding_key")
            .orderBy(FindingStore.ORDER)
            .string("finding_key", "f.finding_key", "Stable key of the finding (/api/checks/{key}, /checks?finding=…) "
                    + "while the data it compares is unchanged.").primaryKey()
            .string("kind", "f.kind", "Which check: value_conflict, period_overlap, not_in_passage, growth_vs_levels, "
                    + "growth_chain, same_quantity, parts_and_total, target.").required()
            .oneOf("value_conflict", "period_overlap", "not_in_passage", "growth_vs_levels", "growth_chain",
                    "same_quantity", "parts_and_total", "target")
            .string("verdict", "f.verdict", "consistent, agrees_after_rounding or conflict.").required()
            .oneOf("consistent", "agrees_after_rounding", "conflict")
            .string("severity", "f.severity", "How far apart the values are: none, low, medium (from 2 %), high "
                    + "(from 10 %).").required().oneOf("none", "low", "medium", "high")
            .string("title", "f.title", "What is compared, in one line.").required()
            .string("series_keys", "array_to_string(f.series_keys, ' ')", "The series involved (series.csv), "
                    + "separated by spaces, the checked one first.").required()
            .string("periods", "array_to_string(f.periods, ' ')", "The periods involved as written, separated by "
                    + "spaces.").required()
            .string("observation_ids", "array_to_string(f.observation_ids, ' ')", "The observations compared "
                    + "(observations.csv id), separated by spaces.").required()
            .string("source_keys", "array_to_string(f.source_keys, ' ')", "The sources they are quoted from "
                    + "(sources.csv), separated by spaces.").required()
            .string("numbers", "f.numbers", "What was computed, as 'name = value unit' separated by '; '.")
            .string("formula", "f.formula", "How, in words, with the numbers.").required()
            .string("result", "f.result", "The conclusion in words.").required()
            .string("review", "coalesce(r.status, 'open')", "What editors concluded: open (nobody has yet), explained, "
                    + "error_in_source.").required().oneOf("open", "explained", "error_in_source")
            .string("review_comment", "r.comment", "The editor's explanation.")
            .string("reviewed_by", "r.updated_by", "Who last reviewed it; empty when nobody has.")
            .datetime("reviewed_at", "r.updated_at", "When it was last reviewed (UTC).")
            .datetime("computed_at", "f.computed_at", "When the checks were last computed (UTC).").required()
            .build();

    @Bean
    ExportTable checksExportTable() {
        return TABLE;
    }
}
