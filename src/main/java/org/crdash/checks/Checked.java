package org.crdash.checks;

import java.util.Objects;

/** A finding with what editors concluded about it. */
public record Checked(Finding finding, Review review) {

    public Checked {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(review, "review");
    }
}
