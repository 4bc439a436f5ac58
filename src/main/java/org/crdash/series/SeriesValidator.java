package org.crdash.series;

import java.util.Map;
import org.crdash.base.Checked;
import org.crdash.base.Checks;
import org.springframework.stereotype.Component;

/** The rules for a new series: a free snake_case key, a name, a known unit and category. */
@Component
public class SeriesValidator {

    private final SeriesRepository repository;

    SeriesValidator(SeriesRepository repository) {
        this.repository = repository;
    }

    public Checked<SeriesInput> check(SeriesInput in) {
        return check(in, null);
    }

    /** @param exceptId the series being written again (it does not collide with its own key), or null */
    public Checked<SeriesInput> check(SeriesInput in, Long exceptId) {
        Checks c = new Checks();
        String key = c.line("key", "The key", in.key(), true, 100);
        if (key != null && !key.matches(Series.KEY_PATTERN)) {
            c.add("key", "'" + key + "' is not a key: use 3-100 lower-case letters, digits and underscores, "
                    + "starting with a letter (e.g. china_russia_trade_usd_bn).");
        } else if (key != null && repository.findByKey(key).filter(s -> !Long.valueOf(s.id()).equals(exceptId))
                .isPresent()) {
            c.add("key", "A series with key '" + key + "' already exists; choose it instead of creating it again.");
        }
        String name = c.line("name", "The name", in.name(), true, 200);
        Map<String, Unit> units = repository.units();
        String unit = c.line("unit", "The unit", in.unit(), true, 20);
        if (unit != null && !units.containsKey(unit)) {
            c.add("unit", "'" + unit + "' is not a known unit; known units are " + units.keySet() + ".");
        }
        String category = c.line("category", "The category", in.category(), true, 50);
        if (category != null && repository.categories().stream().noneMatch(cat -> cat.code().equals(category))) {
            c.add("category", "'" + category + "' is not a category.");
        }
        String description = c.multiline("description", "The description", in.description(), false, 2000);
        if (!c.ok()) {
            return Checked.failed(c.errors());
        }
        return Checked.ok(new SeriesInput(key, name, unit, category, description));
    }
}
