package org.crdash.source;

import java.util.Objects;

/**
 * A range of a source text to mark when it is rendered: an item's passage, or a range linked to
 * ({@code /sources/{key}?at=start-end}). Offsets are stored offsets, as in the database (see {@link TextOffsets}).
 *
 * @param id an item id ("o12", "e40") or any name the page uses for the range; written to {@code data-items}
 */
public record Highlight(int start, int end, String id, Kind kind) {

    /** What is marked; each kind has its own look ({@code mark.hl-observation}, …). */
    public enum Kind {
        OBSERVATION, EVENT, LINK, PASSAGE;

        String css() {
            return "hl-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Highlight {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("highlight " + start + ".." + end + " is empty or negative");
        }
        if (!id.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("highlight id '" + id + "' must be letters, digits, '_' or '-'");
        }
    }
}
