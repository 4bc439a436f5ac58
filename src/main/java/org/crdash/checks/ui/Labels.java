package org.crdash.checks.ui;

import com.vaadin.flow.component.html.Span;
import org.crdash.checks.ReviewStatus;
import org.crdash.checks.Severity;
import org.crdash.checks.Verdict;

/** Small coloured labels for verdicts, severities and reviews (colours in checks.css). */
final class Labels {

    private Labels() {
    }

    static Span verdict(Verdict v) {
        return badge(v.label(), "verdict-" + v.code());
    }

    static Span severity(Severity s) {
        return badge(s == Severity.NONE ? "no gap" : s.code() + " gap", "severity-" + s.code());
    }

    static Span review(ReviewStatus r) {
        return badge(r.label(), "review-" + r.code());
    }

    private static Span badge(String text, String kind) {
        Span s = new Span(text);
        s.addClassNames("check-badge", kind);
        return s;
    }
}
