package org.crdash.document;

import java.util.Locale;
import java.util.Optional;

/** The kinds of file a source can be made from, by file-name extension. */
public enum DocumentFormat {
    TXT("text/plain; charset=UTF-8", true),
    MD("text/markdown; charset=UTF-8", true),
    HTML("text/html", false),
    PDF("application/pdf", false),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false);

    /** What the upload field accepts. */
    public static final String[] EXTENSIONS = {".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"};

    private final String mediaType;
    private final boolean markdown;

    DocumentFormat(String mediaType, boolean markdown) {
        this.mediaType = mediaType;
        this.markdown = markdown;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * Whether the text is the author's own Markdown-like writing (as the seed articles and pasted texts are) and
     * renders as such; text extracted from HTML, PDF or Word has no markup and shows every character.
     */
    public boolean markdown() {
        return markdown;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format a file name says, if it is one of ours. */
    public static Optional<DocumentFormat> ofFileName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        int dot = name.lastIndexOf('.');
        return switch (dot < 0 ? "" : name.substring(dot + 1)) {
            case "txt", "text" -> Optional.of(TXT);
            case "md", "markdown" -> Optional.of(MD);
            case "html", "htm", "xhtml" -> Optional.of(HTML);
            case "pdf" -> Optional.of(PDF);
            case "docx" -> Optional.of(DOCX);
            default -> Optional.empty();
        };
    }
}
