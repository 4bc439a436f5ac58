package org.crdash.series;

import org.crdash.base.CsvInput;

/** A new series as entered: snake_case key, name, unit code, category code, optional description. */
public record SeriesInput(@CsvInput.Column("series_key") String key, String name, String unit, String category, String description) {
}
