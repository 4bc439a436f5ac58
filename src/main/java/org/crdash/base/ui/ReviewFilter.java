package org.crdash.base.ui;

import com.vaadin.flow.component.select.Select;
import org.crdash.base.ReviewStatus;

/** The "Review" filter of the observation and event lists: all, or one review status. */
public final class ReviewFilter {

    private ReviewFilter() {
    }

    /** A select with id {@code review-filter}; its empty value means every status. */
    public static Select<ReviewStatus> create() {
        Select<ReviewStatus> select = new Select<>();
        select.setId("review-filter");
        select.setLabel("Review");
        select.setItems(ReviewStatus.values());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("All");
        select.setItemLabelGenerator(s -> s == null ? "All" : s.code());
        return select;
    }
}
