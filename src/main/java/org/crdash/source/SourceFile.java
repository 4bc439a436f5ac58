package org.crdash.source;

import java.time.Instant;
import java.util.Objects;

/**
 * The original file a source's text was read from, without its bytes ({@link SourceService#fileContent}).
 *
 * @param format    {@code txt}, {@code md}, {@code html}, {@code pdf} or {@code docx}
 * @param sha256    of the file's bytes (the source's own {@code sha256} is of its text)
 */
public record SourceFile(long sourceId, String fileName, String format, String mediaType, int byteSize,
                         String sha256, Instant createdAt) {

    public SourceFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(mediaType, "mediaType");
        if (byteSize <= 0 || sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a source file needs bytes and their sha256");
        }
    }

    /** "report.pdf, PDF, 1.2 MB". */
    public String describe() {
        String size = byteSize >= 1024 * 1024 ? "%.1f MB".formatted(byteSize / 1024.0 / 1024.0)
                : byteSize >= 1024 ? byteSize / 1024 + " KB" : byteSize + " bytes";
        return fileName + ", " + format.toUpperCase(java.util.Locale.ROOT) + ", " + size;
    }
}
