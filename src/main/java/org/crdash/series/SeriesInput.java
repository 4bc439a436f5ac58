package org.crdash.series;

/** A new series as entered: snake_case key, name, unit code, category code, optional description. */
public record SeriesInput(String key, String name, String unit, String category, String description) {
}
