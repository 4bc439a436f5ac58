package org.crdash.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.crdash.base.ValidationException;

/**
 * Reads an uploaded file into a {@link Document}: {@code .txt} and {@code .md} as the author's UTF-8 text (kept as
 * written, line endings made {@code \n}), {@code .html} with jsoup, {@code .pdf} with PDFBox, {@code .docx} with the
 * JDK's zip and XML readers. Every refusal is a {@link ValidationException} on the given field that says why.
 *
 * <p>Why not Apache Tika: its standard parser package is 87 jars and 56 MB for dozens of formats we do not take;
 * jsoup and PDFBox are 5 jars and 4.3 MB, and Word's XML needs nothing beyond the JDK.
 */
public final class DocumentReader {

    /** The largest file accepted, in bytes. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private DocumentReader() {
    }

    /**
     * @param field the form field errors are reported on
     * @throws ValidationException if the file is empty, too large, of a type we do not read, not what its name
     *                             says, encrypted, or without any text
     */
    public static Document read(String fileName, byte[] bytes, String field) {
        String name = fileName == null || fileName.isBlank() ? "the file" : "'" + fileName.strip() + "'";
        if (bytes == null || bytes.length == 0) {
            throw new ValidationException(field, name + " is empty (0 bytes); nothing was read.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ValidationException(field, name + " is " + megabytes(bytes.length) + "; at most "
                    + megabytes(MAX_BYTES) + " can be uploaded.");
        }
        DocumentFormat format = DocumentFormat.ofFileName(fileName).orElseThrow(() ->
                new ValidationException(field, unknownType(name, fileName)));
        checkContent(format, bytes, name, field);
        Document.Extracted extracted = switch (format) {
            case TXT, MD -> new Document.Extracted(utf8(bytes, name, field), DocumentMetadata.NONE);
            case HTML -> HtmlText.read(bytes);
            case PDF -> PdfText.read(bytes, field);
            case DOCX -> DocxText.read(bytes, field);
        };
        if (extracted.text().isBlank()) {
            throw new ValidationException(field, name + " contains no text.");
        }
        return Document.of(fileName.strip(), format, bytes, extracted);
    }

    private static String unknownType(String name, String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".doc")) {
            return name + " is an old Word file (.doc); save it as .docx or PDF and upload that.";
        }
        return name + " is not a type that can be read; upload .txt, .md, .html, .pdf or .docx.";
    }

    /** A file whose content is not what its name says is refused rather than read as garbage. */
    private static void checkContent(DocumentFormat format, byte[] bytes, String name, String field) {
        boolean pdf = startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII));
        boolean zip = startsWith(bytes, new byte[] {'P', 'K', 3, 4});
        switch (format) {
            case PDF -> {
                if (!pdf) {
                    throw new ValidationException(field, name + " is not a PDF (a PDF file starts with %PDF-).");
                }
            }
            case DOCX -> {
                if (!zip) {
                    throw new ValidationException(field, name + " is not a .docx file (those are zip archives); "
                            + "an old .doc renamed to .docx must be saved as .docx by Word.");
                }
            }
            default -> {
                if (pdf || zip) {
                    throw new ValidationException(field, name + " is named ." + format.code() + " but is a "
                            + (pdf ? "PDF" : "zip archive (e.g. .docx)") + "; upload it with its own extension.");
                }
            }
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String utf8(byte[] bytes, String name, String field) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            text = text.startsWith("\uFEFF") ? text.substring(1) : text;
            return text.replace("\r\n", "\n").replace('\r', '\n');
        } catch (CharacterCodingException e) {
            throw new ValidationException(field, name + " is not UTF-8 text; save it as UTF-8 and upload it again.");
        }
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? "%.1f MB".formatted(bytes / 1024.0 / 1024.0) : (bytes / 1024 + " KB");
    }
}
