package org.crdash.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crdash.base.ValidationException;

/**
 * A PDF (PDFBox): its text layer in reading order, lines joined into paragraphs; title, author and creation date
 * from the document information. A PDF that needs a password, forbids copying its text or has no text layer
 * (scanned pages) is refused with a reason.
 */
final class PdfText {

    /** Marks PDFBox puts before paragraphs and between lines, so that lines can be joined into paragraphs after. */
    private static final String PARAGRAPH = "\u0000P\u0000";
    private static final String LINE = "\u0000L\u0000";

    private PdfText() {
    }

    static Document.Extracted read(byte[] bytes, String field) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new ValidationException(field, "This PDF is encrypted and its permissions forbid copying its "
                        + "text. Ask for an unprotected copy, or paste the text.");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false); // the content stream's order is the reading order of most articles
            // PDFBox marks where a paragraph starts (a wider gap or an indent), not reliably where one ends
            stripper.setParagraphStart(PARAGRAPH);
            stripper.setParagraphEnd("");
            stripper.setLineSeparator(LINE);
            stripper.setPageEnd(PARAGRAPH);
            stripper.setAddMoreFormatting(true);
            String text = TextCleanup.paragraphs(paragraphs(stripper.getText(pdf)));
            if (text.isBlank()) {
                throw new ValidationException(field, "This PDF has no text layer (its " + pdf.getNumberOfPages()
                        + (pdf.getNumberOfPages() == 1 ? " page is an image" : " pages are images")
                        + ", e.g. scanned). Run text recognition (OCR) on it first, or paste the text.");
            }
            return new Document.Extracted(text, metadata(pdf.getDocumentInformation()));
        } catch (InvalidPasswordException e) {
            throw new ValidationException(field, "This PDF is encrypted with a password, so its text cannot be read. "
                    + "Upload a copy without a password, or paste the text.");
        } catch (IOException e) {
            throw new ValidationException(field, "This file cannot be read as a PDF (" + e.getMessage() + ").");
        }
    }

    /**
     * A paragraph's lines joined with a space, or without one after a hyphen: the line break was the layout's,
     * and "China–Russia" or "Sino-\nRussian" must stay as the page shows them.
     */
    private static List<String> paragraphs(String stripped) {
        List<String> out = new ArrayList<>();
        for (String paragraph : stripped.split(PARAGRAPH)) {
            StringBuilder sb = new StringBuilder();
            for (String line : paragraph.split(LINE)) {
                String l = line.strip();
                if (l.isEmpty()) {
                    continue;
                }
                if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != '-') {
                    sb.append(' ');
                }
                sb.append(l);
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static DocumentMetadata metadata(PDDocumentInformation info) {
        Calendar created = info.getCreationDate();
        String date = created == null ? "" : "%04d-%02d-%02d".formatted(created.get(Calendar.YEAR),
                created.get(Calendar.MONTH) + 1, created.get(Calendar.DAY_OF_MONTH));
        return new DocumentMetadata(info.getTitle(), info.getAuthor(), "", Dates.read(date), "");
    }
}
