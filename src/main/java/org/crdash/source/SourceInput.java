package org.crdash.source;

import org.crdash.base.CsvInput;

/**
 * A source as entered in a form or an import row, as text, before validation.
 *
 * @param publishedDate      {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}; empty when not known
 * @param publishedPrecision {@code day}, {@code month}, {@code year} or {@code unknown}
 * @param fullText           the article text, pasted or decoded from an uploaded .txt file
 */
public record SourceInput(String title, String author, String publisher,
                          @CsvInput.Column("published_start") String publishedDate,
                          String publishedPrecision, String publishedText, String url, String fullText) {
}
