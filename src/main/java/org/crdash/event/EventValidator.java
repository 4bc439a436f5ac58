package org.crdash.event;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crdash.base.Checked;
import org.crdash.base.Checks;
import org.crdash.base.FieldError;
import org.crdash.base.Period;
import org.crdash.base.PeriodPrecision;
import org.crdash.base.PeriodRules;
import org.crdash.source.QuotedPassage;
import org.crdash.source.SourceService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The rules for an event, whoever enters it (form, API, seed loader). Each problem is on a component of
 * {@link EventInput}, by its name: {@code date} (a range's second half on its part {@link PeriodRules#END}),
 * {@code precision}, {@code dateText}, {@code title}, {@code category}, {@code note}, {@code sourceKey},
 * {@code passage}, {@code passageStart}. The date's rules are {@link PeriodRules#EVENT}. Titles are stored as text (markup is shown literally, never run).
 */
@Component
public class EventValidator {

    public static final int MAX_TITLE = 200;

    /** A validated event, ready to store. */
    public record EventDraft(Period date, String dateText, String title, String category, String note,
                             QuotedPassage quote) {
        public EventDraft {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(dateText, "dateText");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(quote, "quote");
        }
    }

    /**
     * Where the rules look things up: the database by default; the seed loader and tests bring their own (e.g.
     * cached, or in memory).
     */
    public interface Lookups {
        /** The event categories: the database's vocabulary (table {@code event_category}), in display order. */
        List<String> categories();

        QuotedPassage quote(Checks checks, String sourceKey, String passage, Integer hint);

        Optional<Event> duplicate(QuotedPassage quote, String title, Long exceptId);
    }

    private final PeriodRules periods;
    private final Lookups database;

    /** The rules alone, for {@link #check(EventInput, Long, Lookups)} with lookups of one's own (tests). */
    EventValidator(Clock clock) {
        this.periods = new PeriodRules(clock);
        this.database = null;
    }

    @Autowired
    EventValidator(EventRepository repository, SourceService sources, Clock clock) {
        this.periods = new PeriodRules(clock);
        this.database = new Lookups() {
            @Override
            public List<String> categories() {
                return repository.categories();
            }

            @Override
            public QuotedPassage quote(Checks checks, String sourceKey, String passage, Integer hint) {
                return sources.quote(checks, sourceKey, passage, hint);
            }

            @Override
            public Optional<Event> duplicate(QuotedPassage q, String title, Long exceptId) {
                return repository.findDuplicate(q.source().id(), q.start(), q.end(), title, exceptId);
            }
        };
    }

    public List<FieldError> validate(EventInput in, Long exceptId) {
        return check(in, exceptId).errors();
    }

    public Checked<EventDraft> check(EventInput in, Long exceptId) {
        return check(in, exceptId, database);
    }

    /** The same rules with other lookups. */
    public Checked<EventDraft> check(EventInput in, Long exceptId, Lookups lookups) {
        Checks c = new Checks();
        Period date = periods.check(c, PeriodRules.EVENT, "date", in.date(), in.precision());
        String dateText = c.line("dateText", "The date as worded in the source", in.dateText(), false, 500);
        if (dateText == null && !c.has("dateText") && date != null) {
            if (date.precision() == PeriodPrecision.NONE) {
                c.add("dateText", "An undated event needs the source's wording of when it happened "
                        + "(e.g. 'in recent years').");
            } else {
                dateText = date.display();
            }
        }
        String title = c.line("title", "The title", in.title(), true, MAX_TITLE);
        String category = c.line("category", "The category", in.category(), true, 50);
        List<String> categories = category == null ? List.of() : lookups.categories();
        if (category != null && !categories.contains(category)) {
            c.add("category", "'" + category + "' is not an event category; choose one of " + categories + ".");
            category = null;
        }
        String note = c.multiline("note", "The note", in.note(), false, 10_000);
        QuotedPassage quote = lookups.quote(c, in.sourceKey(), in.passage(), in.passageStart());
        if (!c.ok()) {
            return Checked.failed(c.errors());
        }
        Optional<Event> duplicate = lookups.duplicate(quote, title, exceptId);
        if (duplicate.isPresent()) {
            c.add("title", "This event is already recorded as #" + duplicate.get().id() + " with the same title and "
                    + "passage of " + duplicate.get().sourceKey() + "; edit that one instead.");
            return Checked.failed(c.errors());
        }
        return Checked.ok(new EventDraft(date, dateText, title, category, note, quote));
    }
}
