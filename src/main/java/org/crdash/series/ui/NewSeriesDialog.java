package org.crdash.series.ui;

import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Consumer;
import org.crdash.series.Series;
import org.crdash.series.SeriesService;

/**
 * Creating a series from the observation form: the one series form ({@link SeriesForm}) in a dialog, its ids
 * prefixed with {@code series-} so they stay apart from the observation form's.
 */
class NewSeriesDialog extends Dialog {

    NewSeriesDialog(SeriesService service, Consumer<Series> created) {
        SeriesForm form = new SeriesForm(service);
        form.prefixIds("series-");
        form.onSaved(s -> {
            close();
            created.accept(s);
        });
        form.onCancel(this::close);
        form.setMaxWidth("48em");
        add(form);
    }
}
