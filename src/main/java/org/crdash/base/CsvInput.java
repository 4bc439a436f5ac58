package org.crdash.base;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.function.Function;

/**
 * An input record read from a CSV row (the importer, the seed loader). A component is read from the column of
 * its name in snake_case ({@code passageStart} → {@code passage_start}), or the one its {@link Column} names; a
 * validator's problem on a component is reported on that same column, so there is no second list of names.
 */
public final class CsvInput {

    /** The CSV column a component is read from, where it is not the component's name in snake_case. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Column {
        String value();
    }

    private CsvInput() {
    }

    /** The column component {@code field} of {@code type} is read from ({@code field} itself if it has none). */
    public static String column(Class<? extends Record> type, String field) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(field)) {
                return column(c);
            }
        }
        return field;
    }

    /**
     * Reads one record: text components as the cells are (a missing column is {@code null}), whole numbers parsed.
     *
     * @param cell   the cell of a column, or {@code null} if the file has no such column
     * @param errors where a malformed number is reported (on its component); the component is {@code null} then
     */
    public static <R extends Record> R read(Class<R> type, Function<String, String> cell, List<FieldError> errors) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            String text = cell.apply(column(c));
            if (c.getType() == String.class) {
                values[i] = text;
            } else if (c.getType() == Integer.class) {
                values[i] = integer(c.getName(), text, errors);
            } else {
                throw new IllegalArgumentException(type.getSimpleName() + "." + c.getName() + " is not text or a "
                        + "whole number");
            }
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + type.getSimpleName(), e);
        }
    }

    private static Integer integer(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text)
                    + "' is not a whole number"));
            return null;
        }
    }

    private static String column(RecordComponent c) {
        Column named = c.getAnnotation(Column.class);
        return named != null ? named.value() : c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }
}
