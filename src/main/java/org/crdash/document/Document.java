package org.crdash.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A file read into the text a source is quoted from.
 *
 * @param bytes  the original file, exactly as uploaded (kept and downloadable)
 * @param sha256 of {@code bytes}, lower-case hex
 * @param text   the extracted, normalised text: paragraphs separated by a blank line (what offsets refer to)
 */
public record Document(String fileName, DocumentFormat format, byte[] bytes, String sha256, String text,
                       DocumentMetadata metadata) {

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
    }

    static Document of(String fileName, DocumentFormat format, byte[] bytes, Extracted extracted) {
        return new Document(fileName, format, bytes, sha256(bytes), extracted.text(), extracted.metadata());
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What one format's reader found. */
    record Extracted(String text, DocumentMetadata metadata) {
    }
}
