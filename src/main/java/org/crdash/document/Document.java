package org.crdash.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A file read into the text a source is quoted from.
 *
 * @param bytes  the original file, exactly as uploaded (kept and downloadable)
 * @param sha256 of {@code bytes}, lower-case hex
 * @param text   the extracted, normalised text: paragraphs separated by a blank line (what offsets refer to)
 * @param layout what each paragraph of the text was in the document (a heading, a list item, a table row), one
 *               block per paragraph; empty where the format has no structure we read (text, Markdown, PDF)
 */
public record Document(String fileName, DocumentFormat format, byte[] bytes, String sha256, String text,
                       DocumentMetadata metadata, List<Block> layout) {

    public Document {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
        if (!sha256(bytes).equals(sha256)) {
            throw new IllegalArgumentException("sha256 does not match the file's bytes");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("a document needs text");
        }
        layout = List.copyOf(layout);
        if (!layout.isEmpty() && layout.size() != text.split("\n\n", -1).length) {
            throw new IllegalArgumentException("a layout needs one block per paragraph");
        }
    }

    static Document of(String fileName, DocumentFormat format, byte[] bytes, Extracted extracted) {
        return new Document(fileName, format, bytes, sha256(bytes), extracted.text(), extracted.metadata(),
                extracted.layout());
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What one format's reader found. */
    record Extracted(String text, DocumentMetadata metadata, List<Block> layout) {

        Extracted(String text, DocumentMetadata metadata) {
            this(text, metadata, List.of());
        }
    }
}
