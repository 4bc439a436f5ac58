package org.crdash.base;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects {@link FieldError}s while a validator walks an input, with the text rules every entity shares:
 * required fields, length limits, no NUL bytes, no control characters in one-line fields.
 * Text is stored as entered (never HTML-interpreted): views render it as text, so markup is shown, not run.
 */
public final class Checks {

    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** A problem in one part of a field (see {@link FieldError#part()}); {@code part} may be {@code null}. */
    public void add(String field, String part, String message) {
        errors.add(new FieldError(field, part, message));
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** A one-line text: stripped; {@code null} when empty and optional. */
    public String line(String field, String label, String value, boolean required, int max) {
        return text(field, label, value, required, max, false, true);
    }

    /** A multi-line text (tabs and line breaks allowed): stripped; {@code null} when empty and optional. */
    public String multiline(String field, String label, String value, boolean required, int max) {
        return text(field, label, value, required, max, true, true);
    }

    /** A multi-line text kept exactly as given (no stripping), e.g. a verbatim quote or a full article. */
    public String verbatim(String field, String label, String value, boolean required, int max) {
        return text(field, label, value, required, max, true, false);
    }

    private String text(String field, String label, String value, boolean required, int max, boolean multiline,
                        boolean strip) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, label + " is required.");
            }
            return null;
        }
        String v = strip ? value.strip() : value;
        if (v.indexOf('\0') >= 0) {
            add(field, label + " contains a NUL character (\\0), which cannot be stored; remove it.");
            return null;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                add(field, label + (multiline ? " contains a control character (U+%04X) at position %d; remove it."
                        : " must be a single line without control characters (found U+%04X at position %d).")
                        .formatted((int) c, i + 1));
                return null;
            }
        }
        if (v.length() > max) {
            add(field, label + " is " + v.length() + " characters long; at most " + max + " are allowed.");
            return null;
        }
        return v;
    }
}
