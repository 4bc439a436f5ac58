package org.crdash.event;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crdash.base.Checked;
import org.crdash.base.Checks;
import org.crdash.base.FieldError;
import org.crdash.base.Period;
import org.crdash.base.PeriodPrecision;
import org.crdash.source.QuotedPassage;
import org.crdash.source.SourceService;
import org.springframework.stereotype.Component;

/**
 * The rules for an event, whoever enters it. Fields: {@code date}, {@code dateEnd} (second half of a range),
 * {@code precision}, {@code dateText}, {@code title}, {@code category}, {@code note}, {@code source},
 * {@code passage}, {@code passageStart}. Titles are stored as text (markup is shown literally, never run).
 */
@Component
public class EventValidator {

    public static final int MAX_TITLE = 200;
    private static final int MIN_YEAR = 1800;

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

    private final EventRepository repository;
    private final SourceService sources;
    private final Clock clock;

    EventValidator(EventRepository repository, SourceService sources, Clock clock) {
        this.repository = repository;
        this.sources = sources;
        this.clock = clock;
    }

    public List<FieldError> validate(EventInput in, Long exceptId) {
        return check(in, exceptId).errors();
    }

    public Checked<EventDraft> check(EventInput in, Long exceptId) {
        Checks c = new Checks();
        Period date = date(c, in.date(), in.precision());
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
        if (category != null && !repository.categories().contains(category)) {
            c.add("category", "'" + category + "' is not an event category; choose one of "
                    + repository.categories() + ".");
            category = null;
        }
        String note = c.multiline("note", "The note", in.note(), false, 10_000);
        QuotedPassage quote = sources.quote(c, in.sourceKey(), in.passage(), in.passageStart());
        if (!c.ok()) {
            return Checked.failed(c.errors());
        }
        Optional<Event> duplicate = repository.findDuplicate(quote.source().id(), quote.start(), quote.end(), title,
                exceptId);
        if (duplicate.isPresent()) {
            c.add("title", "This event is already recorded as #" + duplicate.get().id() + " with the same title and "
                    + "passage of " + duplicate.get().sourceKey() + "; edit that one instead.");
            return Checked.failed(c.errors());
        }
        return Checked.ok(new EventDraft(date, dateText, title, category, note, quote));
    }

    private Period date(Checks c, String label, String precisionCode) {
        PeriodPrecision precision = null;
        if (precisionCode != null && !precisionCode.isBlank()) {
            try {
                precision = PeriodPrecision.ofCode(precisionCode.strip());
            } catch (IllegalArgumentException e) {
                c.add("precision", "Choose day, month, quarter, year, decade, range or none.");
                return null;
            }
        }
        String text = c.line("date", "The date", label, false, 40);
        if (c.has("date")) {
            return null;
        }
        if (text == null) {
            if (precision != null && precision != PeriodPrecision.NONE) {
                c.add("date", "Give the date (precision " + precision.code() + "), or choose precision 'none'.");
                return null;
            }
            return Period.NONE;
        }
        Period period;
        int slash = text.indexOf('/');
        try {
            if (slash >= 0) {
                Period from = Period.parse(text.substring(0, slash));
                Period to;
                try {
                    to = Period.parse(text.substring(slash + 1));
                } catch (IllegalArgumentException e) {
                    c.add("dateEnd", "'" + text.substring(slash + 1).strip() + "' is not a date; write 2024, "
                            + "2024-Q1, 2024-03, 2024-03-15 or 1990s.");
                    return null;
                }
                if (from.precision() == PeriodPrecision.NONE || to.precision() == PeriodPrecision.NONE
                        || from.isRange() || to.isRange()) {
                    c.add("dateEnd", "A range needs two dates, like 2022/2024.");
                    return null;
                }
                if (!to.end().isAfter(from.end())) {
                    c.add("dateEnd", "The end (" + to.label() + ") must be later than the start (" + from.label()
                            + ").");
                    return null;
                }
            }
            period = Period.parse(text);
        } catch (IllegalArgumentException e) {
            c.add("date", "'" + (text.length() > 40 ? text.substring(0, 40) : text) + "' is not a date; write 2024, "
                    + "2024-Q1, 2024-03, 2024-03-15, 1990s or a range A/B.");
            return null;
        }
        if (precision != null && precision != period.precision()) {
            c.add("precision", "'" + period.label() + "' is a " + period.precision().code() + ", but the precision "
                    + "says " + precision.code() + ".");
            return null;
        }
        if (period.start().getYear() < MIN_YEAR) {
            c.add("date", "'" + period.label() + "' is before " + MIN_YEAR + "; check the year.");
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        if (period.start().isAfter(today)) {
            c.add("date", "'" + period.label() + "' is in the future (today is " + today + "); record events once "
                    + "they have happened, and announcements under the date they were made.");
            return null;
        }
        return period;
    }
}
