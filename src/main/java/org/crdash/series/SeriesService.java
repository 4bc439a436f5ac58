package org.crdash.series;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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

/**
 * Reading series and their observations; adding, editing, deleting and restoring them (editors only).
 * Every write is validated by {@link ObservationValidator} / {@link SeriesValidator}, optimistically locked,
 * and audited.
 */
@Service
@Transactional(readOnly = true)
public class SeriesService {

    private final SeriesRepository repository;
    private final ObservationRangeRepository ranges;
    private final ObservationValidator observationValidator;
    private final SeriesValidator seriesValidator;
    private final AuditLog audit;
    private final RowVersions rows;
    private final Clock clock;

    SeriesService(SeriesRepository repository, ObservationRangeRepository ranges,
                  ObservationValidator observationValidator, SeriesValidator seriesValidator, AuditLog audit,
                  RowVersions rows, Clock clock) {
        this.repository = repository;
        this.ranges = ranges;
        this.observationValidator = observationValidator;
        this.seriesValidator = seriesValidator;
        this.audit = audit;
        this.rows = rows;
        this.clock = clock;
    }

    public long countSeries() {
        return repository.countSeries();
    }

    public long countObservations() {
        return repository.countObservations();
    }

    public List<SeriesSummary> summaries() {
        return repository.summaries();
    }

    public Optional<Series> findByKey(String key) {
        return repository.findByKey(key);
    }

    public Optional<Series> findById(long id) {
        return repository.findById(id);
    }

    public List<Observation> observations(long seriesId) {
        return repository.observationsOf(seriesId);
    }

    // Reads over a time range that stay cheap for very long series (charts); see ObservationRangeRepository.

    /** The earliest period start and latest period end of the series' live values; empty if it has none. */
    public Optional<SeriesExtent> extent(long seriesId) {
        return ranges.extent(seriesId);
    }

    /** How many live values have a period overlapping [from, to], counting no further than {@code cap}. */
    public long countInRange(long seriesId, LocalDate from, LocalDate to, long cap) {
        return ranges.countInRange(seriesId, from, to, cap);
    }

    /** The live values whose period overlaps [from, to], oldest period first. */
    public List<Observation> observationsInRange(long seriesId, LocalDate from, LocalDate to) {
        return ranges.inRange(seriesId, from, to);
    }

    /** These observations, oldest period first; ids that do not exist are left out. */
    public List<Observation> observationsByIds(Collection<Long> ids) {
        return ranges.byIds(ids);
    }

    /** How many distinct sources the series' live values are quoted from, counting no further than {@code cap}. */
    public int countSources(long seriesId, int cap) {
        return ranges.countSources(seriesId, cap);
    }

    /** The live values overlapping [from, to] in equal time buckets, each reduced to its extreme rows. */
    public List<ObservationBucket> buckets(long seriesId, LocalDate from, LocalDate to, int buckets,
                                           boolean perSource) {
        return ranges.buckets(seriesId, from, to, buckets, perSource);
    }

    /** The ids of the first and last live value overlapping [from, to] by period start (of each source). */
    public List<Long> firstAndLast(long seriesId, LocalDate from, LocalDate to, boolean perSource) {
        return ranges.ends(seriesId, from, to, perSource);
    }

    public Optional<Observation> findObservation(long id) {
        return repository.findObservation(id);
    }

    public List<Observation> observationsOfSource(long sourceId) {
        return repository.observationsOfSource(sourceId);
    }

    /** Other sources' values for the same series and period ("also stated by ..."). */
    public List<Observation> samePeriod(Observation o) {
        return repository.samePeriod(o.seriesId(), o.id(), o.period().start(), o.period().end());
    }

    /** A series with its counts and covered span. */
    public Optional<SeriesSummary> summary(String key) {
        return repository.summary(key);
    }

    public boolean seriesExists(String key) {
        return repository.findByKey(key).isPresent();
    }

    /** Observations matching the filter, one page ({@code page} is zero-based). */
    public List<Observation> findObservations(ObservationFilter filter, int page, int size) {
        return repository.findObservations(filter, (long) page * size, size);
    }

    /** Observations matching the filter from {@code offset} on, at most {@code limit}. */
    public List<Observation> findObservationsAt(ObservationFilter filter, long offset, int limit) {
        return repository.findObservations(filter, offset, limit);
    }

    public long countObservations(ObservationFilter filter) {
        return repository.countObservations(filter);
    }

    /** Every series, by name. */
    public List<Series> allSeries() {
        return repository.findAllSeries();
    }

    public List<Unit> units() {
        return new ArrayList<>(repository.units().values());
    }

    public List<SeriesCategory> categories() {
        return repository.categories();
    }

    /** Soft-deleted observations, most recently deleted first. */
    public List<Observation> deletedObservations() {
        return repository.deletedObservations();
    }

    /** Who changed an observation and how, oldest first. */
    public List<AuditEntry> observationHistory(long id) {
        return audit.history(Entity.observation, id);
    }

    /** The checks {@link #addObservation} / {@link #updateObservation} make, without writing. */
    public List<FieldError> validateObservation(ObservationInput input, Long exceptId) {
        return observationValidator.validate(input, exceptId);
    }

    /** The checks {@link #createSeries} makes, without writing. */
    public List<FieldError> validateSeries(SeriesInput input) {
        return seriesValidator.check(input).errors();
    }

    /** Creates a series (origin 'user'). */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Series createSeries(SeriesInput input) {
        String actor = CurrentUser.require();
        SeriesInput s = seriesValidator.check(input).orThrow();
        long id;
        try {
            id = repository.insertSeries(s, actor, clock.instant());
        } catch (DuplicateKeyException e) {
            throw new ValidationException("key", "A series with key '" + s.key() + "' was just created by someone "
                    + "else; choose it instead.");
        }
        audit.record(actor, Action.create, Entity.series, id, null);
        return repository.findById(id).orElseThrow();
    }

    /**
     * Adds a figure (origin 'user').
     *
     * @throws ValidationException with every problem, each on its field; nothing is written
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Observation addObservation(ObservationInput input) {
        String actor = CurrentUser.require();
        ObservationValidator.ObservationDraft d = observationValidator.check(input, null).orThrow();
        long id;
        try {
            id = repository.insertObservation(d, actor, clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicateRace();
        }
        audit.record(actor, Action.create, Entity.observation, id, null);
        return repository.findObservation(id).orElseThrow();
    }

    /**
     * Changes a figure, if it is still at the version the editor loaded. A seeded figure stays seeded, but as it
     * is now last updated by a user, the seed loader keeps the user's version.
     *
     * @throws ConflictException if someone else changed or deleted it since; nothing is written
     * @throws ValidationException with every problem; nothing is written
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Observation updateObservation(long id, int expectedVersion, ObservationInput input) {
        String actor = CurrentUser.require();
        String what = "Figure #" + id;
        rows.expectLive(Entity.observation, id, expectedVersion, what);
        ObservationValidator.ObservationDraft d = observationValidator.check(input, id).orThrow();
        Observation current = repository.findObservation(id).orElseThrow();
        if (same(current, d)) {
            return current;
        }
        String old = audit.snapshot(Entity.observation, id).orElseThrow();
        int changed;
        try {
            changed = repository.updateObservation(id, expectedVersion, d, actor, clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicateRace();
        }
        if (changed == 0) {
            throw rows.conflict(Entity.observation, id, what);
        }
        audit.record(actor, Action.update, Entity.observation, id, old);
        return repository.findObservation(id).orElseThrow();
    }

    /**
     * Soft-deletes a figure; it can be restored from the Deleted view.
     *
     * @return the deleted figure, at its new version (for an immediate undo)
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Observation deleteObservation(long id, int expectedVersion) {
        String actor = CurrentUser.require();
        String what = "Figure #" + id;
        rows.expectLive(Entity.observation, id, expectedVersion, what);
        String old = audit.snapshot(Entity.observation, id).orElseThrow();
        if (repository.softDeleteObservation(id, expectedVersion, actor, clock.instant()) == 0) {
            throw rows.conflict(Entity.observation, id, what);
        }
        audit.record(actor, Action.delete, Entity.observation, id, old);
        return repository.findObservation(id).orElseThrow();
    }

    /**
     * Brings a deleted figure back.
     *
     * @throws ConflictException if it changed since, or an identical figure was added meanwhile
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Observation restoreObservation(long id, int expectedVersion) {
        String actor = CurrentUser.require();
        String what = "Figure #" + id;
        rows.expectDeleted(Entity.observation, id, expectedVersion, what);
        Observation o = repository.findObservation(id).orElseThrow(() -> new NotFoundException(what
                + " does not exist."));
        Optional<Observation> twin = repository.findDuplicate(o.seriesId(), o.period(), o.sourceId(),
                o.passageStart(), o.passageEnd(), id);
        if (twin.isPresent()) {
            throw new ConflictException(what + " cannot be restored: figure #" + twin.get().id() + " with the same "
                    + "series, period and passage was added since. Delete or change that one first.");
        }
        String old = audit.snapshot(Entity.observation, id).orElseThrow();
        if (repository.restoreObservation(id, expectedVersion, actor, clock.instant()) == 0) {
            throw rows.conflict(Entity.observation, id, what);
        }
        audit.record(actor, Action.restore, Entity.observation, id, old);
        return repository.findObservation(id).orElseThrow();
    }

    private static ValidationException duplicateRace() {
        return new ValidationException("passage", "Someone else just recorded this figure (same series, period, "
                + "source and passage); reload to see it.");
    }

    private static boolean same(Observation o, ObservationValidator.ObservationDraft d) {
        return o.seriesId() == d.series().id() && o.period().equals(d.period())
                && o.value().compareTo(d.value()) == 0 && o.qualifier() == d.qualifier()
                && Objects.equals(o.note(), d.note()) && o.sourceId() == d.quote().source().id()
                && o.passageStart() == d.quote().start() && o.passageEnd() == d.quote().end();
    }
}
