package org.crdash.event;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crdash.base.AuditEntry;
import org.crdash.base.AuditLog;
import org.crdash.base.AuditLog.Action;
import org.crdash.base.AuditLog.Entity;
import org.crdash.base.ConflictException;
import org.crdash.base.FieldError;
import org.crdash.base.NotFoundException;
import org.crdash.base.RowVersions;
import org.crdash.base.ValidationException;
import org.crdash.base.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading dated, sourced events; adding, editing, deleting and restoring them (editors only). */
@Service
@Transactional(readOnly = true)
public class EventService {

    private final EventRepository repository;
    private final EventValidator validator;
    private final AuditLog audit;
    private final RowVersions rows;
    private final Clock clock;

    EventService(EventRepository repository, EventValidator validator, AuditLog audit, RowVersions rows,
                 Clock clock) {
        this.repository = repository;
        this.validator = validator;
        this.audit = audit;
        this.rows = rows;
        this.clock = clock;
    }

    public long count() {
        return repository.count();
    }

    public List<Event> findAll() {
        return repository.findAll();
    }

    public Optional<Event> findById(long id) {
        return repository.findById(id);
    }

    public List<Event> ofSource(long sourceId) {
        return repository.ofSource(sourceId);
    }

    /** Events matching the filter, one page ({@code page} is zero-based). */
    public List<Event> find(EventFilter filter, int page, int size) {
        return repository.find(filter, (long) page * size, size);
    }

    public long count(EventFilter filter) {
        return repository.count(filter);
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

    public List<FieldError> validate(EventInput input, Long exceptId) {
        return validator.validate(input, exceptId);
    }

    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Event add(EventInput input) {
        String actor = CurrentUser.require();
        EventValidator.EventDraft d = validator.check(input, null).orThrow();
        long id;
        try {
            id = repository.insert(d, actor, clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicateRace();
        }
        audit.record(actor, Action.create, Entity.event, id, null);
        return repository.findById(id).orElseThrow();
    }

    /**
     * @throws ConflictException if someone else changed or deleted it since it was loaded; nothing is written
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Event update(long id, int expectedVersion, EventInput input) {
        String actor = CurrentUser.require();
        String what = "Event #" + id;
        rows.expectLive(Entity.event, id, expectedVersion, what);
        EventValidator.EventDraft d = validator.check(input, id).orThrow();
        Event current = repository.findById(id).orElseThrow();
        if (same(current, d)) {
            return current;
        }
        String old = audit.snapshot(Entity.event, id).orElseThrow();
        int changed;
        try {
            changed = repository.update(id, expectedVersion, d, actor, clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicateRace();
        }
        if (changed == 0) {
            throw rows.conflict(Entity.event, id, what);
        }
        audit.record(actor, Action.update, Entity.event, id, old);
        return repository.findById(id).orElseThrow();
    }

    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Event delete(long id, int expectedVersion) {
        String actor = CurrentUser.require();
        String what = "Event #" + id;
        rows.expectLive(Entity.event, id, expectedVersion, what);
        String old = audit.snapshot(Entity.event, id).orElseThrow();
        if (repository.softDelete(id, expectedVersion, actor, clock.instant()) == 0) {
            throw rows.conflict(Entity.event, id, what);
        }
        audit.record(actor, Action.delete, Entity.event, id, old);
        return repository.findById(id).orElseThrow();
    }

    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Event restore(long id, int expectedVersion) {
        String actor = CurrentUser.require();
        String what = "Event #" + id;
        rows.expectDeleted(Entity.event, id, expectedVersion, what);
        Event e = repository.findById(id).orElseThrow(() -> new NotFoundException(what + " does not exist."));
        Optional<Event> twin = repository.findDuplicate(e.sourceId(), e.passageStart(), e.passageEnd(), e.title(),
                id);
        if (twin.isPresent()) {
            throw new ConflictException(what + " cannot be restored: event #" + twin.get().id() + " with the same "
                    + "title and passage was added since. Delete or change that one first.");
        }
        String old = audit.snapshot(Entity.event, id).orElseThrow();
        if (repository.restore(id, expectedVersion, actor, clock.instant()) == 0) {
            throw rows.conflict(Entity.event, id, what);
        }
        audit.record(actor, Action.restore, Entity.event, id, old);
        return repository.findById(id).orElseThrow();
    }

    private static ValidationException duplicateRace() {
        return new ValidationException("title", "Someone else just recorded this event (same title and passage); "
                + "reload to see it.");
    }

    private static boolean same(Event e, EventValidator.EventDraft d) {
        return e.date().equals(d.date()) && e.dateText().equals(d.dateText()) && e.title().equals(d.title())
                && e.category().equals(d.category()) && Objects.equals(e.note(), d.note())
                && e.sourceId() == d.quote().source().id() && e.passageStart() == d.quote().start()
                && e.passageEnd() == d.quote().end();
    }
}
