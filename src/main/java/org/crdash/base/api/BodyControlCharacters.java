package org.crdash.base.api;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.crdash.base.FieldError;
import org.crdash.base.ValidationException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Control characters in a JSON body: every string of every {@code @RequestBody} record (and of the properties it
 * collects in a map) is checked as soon as it is read, before any lookup or write, so NUL (which PostgreSQL cannot
 * store) and the other C0/C1 controls are a 422 naming the JSON property, whichever endpoint it is. Tab and line
 * breaks pass: multi-line fields (passages, notes, texts) take them, and the validators refuse them in one-line
 * fields. Paths and parameters are {@link ControlCharacters}'s.
 */
@ControllerAdvice
class BodyControlCharacters extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return parameter.getParameterType().isRecord();
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter,
                                Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        FieldError error = find(body);
        if (error != null) {
            throw new ValidationException(List.of(error));
        }
        return body;
    }

    /** The first control character in a record's strings, as a problem with its JSON property, or {@code null}. */
    static FieldError find(Object body) {
        for (RecordComponent component : body.getClass().getRecordComponents()) {
            Object value;
            try {
                java.lang.reflect.Method accessor = component.getAccessor();
                accessor.setAccessible(true); // request records are package-private, as Jackson reads them too
                value = accessor.invoke(body);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            // a map component collects the properties the record does not name (@JsonAnySetter): their own names
            FieldError error = value instanceof Map<?, ?> map ? inMap(map) : in(component.getName(), value);
            if (error != null) {
                return error;
            }
        }
        return null;
    }

    private static FieldError inMap(Map<?, ?> map) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String name = String.valueOf(e.getKey());
            FieldError error = at(name, name);
            if (error == null) {
                error = in(name, e.getValue());
            }
            if (error != null) {
                return error;
            }
        }
        return null;
    }

    private static FieldError in(String field, Object value) {
        if (value instanceof String s) {
            return at(field, s);
        }
        if (value instanceof Map<?, ?> map) {
            FieldError nested = inMap(map);
            return nested == null ? null : new FieldError(field, nested.message());
        }
        if (value instanceof Collection<?> items) {
            for (Object item : items) {
                FieldError error = in(field, item);
                if (error != null) {
                    return error;
                }
            }
        }
        return null;
    }

    private static FieldError at(String field, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (ControlCharacters.isControl(c) && c != '\t' && c != '\n' && c != '\r') {
                String name = ControlCharacters.printable(field);
                return new FieldError(name, String.format("'%s' contains the control character U+%04X at position "
                        + "%d%s; remove it.", name, (int) c, s.codePointCount(0, i) + 1,
                        c == 0 ? " (NUL, which cannot be stored)" : ""));
            }
        }
        return null;
    }
}
