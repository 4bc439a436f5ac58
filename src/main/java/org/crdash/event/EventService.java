package org.crdash.event;

import java.util.List;
import java.util.Optional;
import org.crdash.base.AuditEntry;
import org.crdash.base.AuditLog;
import org.crdash.base.AuditLog.Entity;
import org.crdash.base.ConflictException;
import org.crdash.base.FieldError;
import org.crdash.base.Keyset;
import org.crdash.base.Origin;
import org.crdash.base.RowTotal;
import org.crdash.base.ValidationException;
import org.crdash.base.security.CurrentUser;
import org.crdash.base.write.Columns;
import org.crdash.base.write.SaveWarning;
import org.crdash.base.write.TableService;
import org.crdash.base.write.WarningsException;
import org.crdash.base.write.VersionedWrites;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading dated, sourced events; adding, editing, deleting and restoring them (editors only). */
@Service
@Transactional(readOnly = true)
public class EventService extends TableService<EventInput, Event> {

    private final EventRepository repository;
    private final EventValidator validator;
    private final VersionedWrites writes;
    private final AuditLog audit;
    private final ObjectProvider<EventWarnings> warnings;

    EventService(EventRepository repository, EventValidator validator, VersionedWrites writes, AuditLog audit,
                 ObjectProvider<EventWarnings> warnings) {
        super(writes, EventTable.TABLE);
        this.warnings = warnings;
        this.repository = repository;
        this.validator = validator;
        this.writes = writes;
        this.audit = audit;
    }

    public long count() {
        return repository.count();
    }

    public List<Event> findAll() {
        return repository.findAll();
    }

    @Override
    public Optional<Event> findById(long id) {
        return repository.findById(id);
    }

    public List<Event> ofSource(long sourceId) {
        return repository.ofSource(sourceId);
    }

    /**
     * At most {@code limit} events matching the filter, in list order (date, undated last, source, id), after
     * {@code after} ({@code null}: from the first) and then {@code offset} more.
     */
    public List<Event> find(EventFilter filter, @Nullable Keyset after, long offset, int limit) {
        return repository.find(filter, after, offset, limit);
    }

    /** An event's place in list order, for {@link #find}'s {@code after}. */
    public static Keyset keyOf(Event e) {
        return EventRepository.keyOf(e);
    }

    /** How many events match: exact up to {@link RowTotal#EXACT_UP_TO}, else the planner's estimate. */
    public RowTotal total(EventFilter filter) {
        return repository.total(filter);
    }

    /**
     * Ids of the live events whose title, passage or date wording match what was typed (see {@link EventSearch}),
     * best match first; all events' ids are not returned for an empty search: check {@link EventSearch#isEmpty}.
     */
    public List<Long> search(EventSearch search) {
        return search.isEmpty() ? List.of() : repository.search(search);
    }

    public List<String> categories() {
        return repository.categories();
    }

    /** Soft-deleted events, most recently deleted first. */
    public List<Event> deleted() {
        return repository.deleted();
    }

    public List<AuditEntry> history(long id) {
        return audit.history(Entity.event, id);
    }

    @Override
    public List<FieldError> validate(EventInput input, @Nullable Long exceptId) {
        return validator.validate(input, exceptId);
    }

    /**
     * Adds an event (origin 'user'), unless the claim checks warn of it ({@link EventWarnings}).
     *
     * @throws ValidationException with every problem, each on its field; nothing is written
     * @throws WarningsException   if it has warnings; nothing is written
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    @Override
    public Event add(EventInput input) {
        return add(input, false);
    }

    /** Adds an event; with {@code saveAnyway} also one with warnings, which its audit row records. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    @Override
    public Event add(EventInput input, boolean saveAnyway) {
        String actor = CurrentUser.require();
        long id = writes.insert(EventTable.TABLE, checked(input, null, saveAnyway), Origin.USER, actor);
        return repository.findById(id).orElseThrow();
    }

    /** Changes an event as {@link #update(long, int, Object)}; with {@code saveAnyway} also one with warnings. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    @Override
    public Event update(long id, int expectedVersion, EventInput input, boolean saveAnyway) {
        writes.update(EventTable.TABLE, id, expectedVersion, () -> checked(input, id, saveAnyway),
                CurrentUser.require());
        return repository.findById(id).orElseThrow();
    }

    /** An event's columns, checked by {@link EventValidator}; refused ({@link WarningsException}) if it warns. */
    @Override
    protected Columns changed(long id, EventInput input) {
        return checked(input, id, false);
    }

    /** The columns to write, with the warnings acknowledged; the validator's errors first, then the warnings. */
    private Columns checked(EventInput input, @Nullable Long id, boolean saveAnyway) {
        EventValidator.EventDraft d = validator.check(input, id).orThrow();
        List<SaveWarning> warned = warnings.orderedStream().flatMap(w -> w.warnings(d, id).stream()).toList();
        return EventTable.columns(d).acknowledging(WarningsException.unlessAcknowledged(warned, saveAnyway));
    }

    /** A restored event may not duplicate a live one (same source, passage and title). */
    @Override
    protected void checkRestore(long id) {
        Event e = repository.findById(id).orElseThrow();
        repository.findDuplicate(e.sourceId(), e.passageStart(), e.passageEnd(), e.title(), id)
                .ifPresent(twin -> {
                    throw new ConflictException(EventTable.TABLE.what(id) + " cannot be restored: event #"
                            + twin.id() + " with the same title and passage was added since. Delete or change "
                            + "that one first.");
                });
    }
}
