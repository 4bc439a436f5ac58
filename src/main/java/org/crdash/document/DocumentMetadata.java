package org.crdash.document;

import java.util.Objects;

/**
 * What a document says about itself, for prefilling a source's fields; every part is empty when not stated.
 *
 * @param published {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY} (at the precision the document states), or
 *                  empty
 */
public record DocumentMetadata(String title, String author, String publisher, String published, String url) {

    public static final DocumentMetadata NONE = new DocumentMetadata("", "", "", "", "");

    public DocumentMetadata {
        title = clean(title);
        author = clean(author);
        publisher = clean(publisher);
        published = Objects.requireNonNullElse(published, "");
        url = clean(url);
        if (!published.isEmpty() && !published.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException("published must be YYYY, YYYY-MM or YYYY-MM-DD: " + published);
        }
        if (!url.isEmpty() && !url.matches("https?://\\S+")) {
            url = "";
        }
    }

    /** The first of each part that this one does not state. */
    public DocumentMetadata orElse(DocumentMetadata other) {
        return new DocumentMetadata(title.isEmpty() ? other.title : title, author.isEmpty() ? other.author : author,
                publisher.isEmpty() ? other.publisher : publisher, published.isEmpty() ? other.published : published,
                url.isEmpty() ? other.url : url);
    }

    private static String clean(String s) {
        String v = s == null ? "" : s.replaceAll("[\\s\\u00A0]+", " ").strip();
        return v.length() > 500 ? v.substring(0, 500).strip() : v;
    }
}
