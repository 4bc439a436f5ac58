package org.crdash.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.crdash.base.FieldError;

/**
 * Shows the server's {@link FieldError}s on the form fields they belong to, and turns the shared server-side
 * rules into Binder validators, so a form mirrors the service's validation instead of repeating it.
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
            HasValidation c = fields.get(e.field());
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

    /** A validator that reports the first error the rule finds for {@code field}. */
    public static <T> Validator<T> rule(String field, Function<T, List<FieldError>> rule) {
        return (value, context) -> rule.apply(value).stream()
                .filter(e -> e.field().equals(field))
                .findFirst()
                .map(e -> ValidationResult.error(e.message()))
                .orElseGet(ValidationResult::ok);
    }
}
