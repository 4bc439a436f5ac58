package org.crdash.source.ui;

import org.crdash.source.Source;
import org.crdash.source.SourceService;

/** Lets tests outside this package pick a passage in {@link PassagePicker}'s article as the browser's selection would. */
public final class PassagePickerProbe {

    private PassagePickerProbe() {
    }

    /** Selects UTF-16 range [from, to) of the source's text; returns {stored start offset, passage length}. */
    public static int[] select(SourceService sources, Source source, int from, int to) {
        PassagePicker picker = new PassagePicker(sources);
        picker.sourceField().setValue(source);
        ArticlePicker article = picker.articlePicker();
        article.pick(article.article().toRange(from + "-" + to));
        return new int[] {picker.passageStartField().getValue(), picker.passageField().getValue().length()};
    }
}
