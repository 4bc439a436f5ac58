package org.crdash.base.ui;

import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.crdash.base.FieldError;

/**
 * Runs the service's validator (the authority) on what the form currently holds and hands each Binder field
 * the errors for its own input field, so the form shows exactly the server's rules and messages, as the editor
 * types. The result is cached per input, so one form change costs one validation however many fields ask.
 */
public final class LiveValidation<I> {

    private final Supplier<I> input;
    private final Function<I, List<FieldError>> validator;
    private final Set<Binder.Binding<?, ?>> touched = new HashSet<>();
    private I lastInput;
    private List<FieldError> lastErrors;

    public LiveValidation(Supplier<I> input, Function<I, List<FieldError>> validator) {
        this.input = input;
        this.validator = validator;
    }

    public List<FieldError> errors() {
        I now = input.get();
        if (lastErrors == null || !Objects.equals(now, lastInput)) {
            lastErrors = List.copyOf(validator.apply(now));
            lastInput = now;
        }
        return lastErrors;
    }

    /** Forget the cached result (e.g. after a save changed what counts as a duplicate). */
    public void invalidate() {
        lastErrors = null;
    }

    /** A Binder validator showing the first current error of any of {@code fields}. */
    public <T> Validator<T> rule(String... fields) {
        Set<String> names = Set.of(fields);
        return (value, context) -> errors().stream()
                .filter(e -> names.contains(e.key()))
                .findFirst()
                .map(e -> ValidationResult.error(e.message()))
                .orElseGet(ValidationResult::ok);
    }

    /**
     * Fields depend on each other (precision and period, series and unit, source and passage): after any change,
     * re-check every field the editor has already filled in, without flagging untouched empty fields.
     */
    public void watch(List<Binder.Binding<?, ?>> bindings) {
        for (Binder.Binding<?, ?> b : bindings) {
            b.getField().addValueChangeListener(e -> {
                if (!b.getField().isEmpty()) {
                    touched.add(b);
                }
                if (!quiet) {
                    touched.forEach(t -> {
                        if (t != b) {
                            t.validate(true);
                        }
                    });
                }
            });
        }
    }

    /**
     * Fills the form (e.g. {@code binder.readBean}) without re-checking after every single field, then checks the
     * filled-in fields once.
     */
    public void load(Runnable fill) {
        touched.clear();
        invalidate();
        quiet = true;
        try {
            fill.run();
        } finally {
            quiet = false;
        }
        touched.forEach(t -> t.validate(true));
    }

    private boolean quiet;
}
