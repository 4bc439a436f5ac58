package org.crdash.base.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crdash.base.FieldError;

/**
 * Shows the server's {@link FieldError}s on the form fields they belong to (errors found only on save, e.g. a
 * duplicate stored by someone else meanwhile).
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors on(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    /**
     * Marks each error's field invalid with the message.
     *
     * @return the messages of errors that belong to no field on this form
     */
    public List<String> show(List<FieldError> errors) {
        List<String> unplaced = new ArrayList<>();
        Map<HasValidation, String> messages = new LinkedHashMap<>();
        for (FieldError e : errors) {
            HasValidation c = fields.get(e.key());
            if (c == null) {
                unplaced.add(e.message());
            } else {
                messages.merge(c, e.message(), (a, b) -> a + " " + b);
            }
        }
        messages.forEach((c, m) -> {
            c.setErrorMessage(m);
            c.setInvalid(true);
        });
        return unplaced;
    }
}
