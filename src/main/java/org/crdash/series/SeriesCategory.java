package org.crdash.series;

/** A category series are grouped by, from the {@code series_category} table. */
public record SeriesCategory(String code, String label) {
}
