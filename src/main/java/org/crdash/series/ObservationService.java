package org.crdash.series;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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
import org.crdash.base.write.VersionedService;
import org.crdash.base.write.WarningsException;
import org.crdash.base.write.VersionedWrites;
import org.jspecify.annotations.Nullable;
import org.crdash.series.ObservationValidator.ObservationDraft;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading observations (sourced values of a series); adding, editing, deleting and restoring them (editors only).
 * Every write is checked by {@link ObservationValidator} and goes through {@link VersionedWrites}.
 */
@Service
@Transactional(readOnly = true)
public class ObservationService implements VersionedService<ObservationInput, Observation> {

    private final ObservationRepository repository;
    private final ObservationRangeRepository ranges;
    private final ObservationValidator validator;
    private final VersionedWrites writes;
    private final AuditLog audit;
    private final ObjectProvider<ObservationWarnings> warnings;

    ObservationService(ObservationRepository repository, ObservationRangeRepository ranges,
                       ObservationValidator validator, VersionedWrites writes, AuditLog audit,
                       ObjectProvider<ObservationWarnings> warnings) {
        this.repository = repository;
        this.ranges = ranges;
        this.validator = validator;
        this.writes = writes;
        this.audit = audit;
        this.warnings = warnings;
    }

    /** What an editor is to confirm before saving {@code input} as observation {@code id} (null: new). */
    public List<SaveWarning> warnings(ObservationInput input, @Nullable Long id) {
        return warnings.orderedStream().flatMap(w -> w.warnings(input, id).stream()).toList();
    }

    /** {@link #warnings} of many new observations in a row (an import), reading what they compare with once. */
    public Function<ObservationInput, List<SaveWarning>> warningsForNew() {
        List<Function<ObservationInput, List<SaveWarning>>> all = warnings.orderedStream()
                .map(ObservationWarnings::forNew).toList();
        return input -> all.stream().flatMap(w -> w.apply(input).stream()).toList();
    }

    /** Live observations. */
    public long count() {
        return repository.count();
    }

    public long count(ObservationFilter filter) {
        return repository.count(filter);
    }

    /** How many observations match: exact up to {@link RowTotal#EXACT_UP_TO}, else the planner's estimate. */
    public RowTotal total(ObservationFilter filter) {
        return repository.total(filter);
    }

    /**
     * At most {@code limit} observations matching the filter, in list order (series, period, source, id), after
     * {@code after} ({@code null}: from the first) and then {@code offset} more.
     */
    public List<Observation> find(ObservationFilter filter, @Nullable Keyset after, long offset, int limit) {
        return repository.find(filter, after, offset, limit);
    }

    /** An observation's place in list order, for {@link #find}'s {@code after}. */
    public static Keyset keyOf(Observation o) {
        return ObservationRepository.keyOf(o);
    }

    /** Also a deleted one. */
    @Override
    public Optional<Observation> findById(long id) {
        return repository.findById(id);
    }

    /** The live observations of a series, oldest period first. */
    public List<Observation> ofSeries(long seriesId) {
        return repository.ofSeries(seriesId);
    }

    public List<Observation> ofSource(long sourceId) {
        return repository.ofSource(sourceId);
    }

    /** Other sources' values for the same series and period ("also stated by ..."). */
    public List<Observation> samePeriod(Observation o) {
        return repository.samePeriod(o.seriesId(), o.id(), o.period().start(), o.period().end());
    }

    /** Soft-deleted observations, most recently deleted first. */
    public List<Observation> deleted() {
        return repository.deleted();
    }

    /** Who changed an observation and how, oldest first. */
    public List<AuditEntry> history(long id) {
        return audit.history(Entity.observation, id);
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
    public List<Observation> inRange(long seriesId, LocalDate from, LocalDate to) {
        return ranges.inRange(seriesId, from, to);
    }

    /** These observations, oldest period first; ids that do not exist are left out. */
    public List<Observation> byIds(Collection<Long> ids) {
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

    /** The checks {@link #add} / {@link #update} make, without writing. */
    @Override
    public List<FieldError> validate(ObservationInput input, @Nullable Long exceptId) {
        return validator.validate(input, exceptId);
    }

    /**
     * Adds an observation (origin 'user'), unless it has {@link #warnings}.
     *
     * @throws ValidationException with every problem, each on its field; nothing is written
     * @throws WarningsException   if the claim checks warn of it; nothing is written
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    @Override
    public Observation add(ObservationInput input) {
        return add(input, false);
    }

    /**
     * Adds an observation; with {@code saveAnyway} also one with warnings, which its audit row records.
     *
     * @throws ValidationException with every problem, each on its field; nothing is written
     * @throws WarningsException   if it has warnings and not {@code saveAnyway}; nothing is written
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    @Override
    public Observation add(ObservationInput input, boolean saveAnyway) {
        String actor = CurrentUser.require();
        long id = writes.insert(ObservationTable.TABLE, checked(input, null, saveAnyway), Origin.USER, actor);
        return repository.findById(id).orElseThrow();
    }

    /** The columns to write, with the warnings acknowledged; the validator's errors first, then the warnings. */
    private Columns checked(ObservationInput input, @Nullable Long id, boolean saveAnyway) {
        ObservationDraft d = validator.check(input, id).orThrow();
        return ObservationTable.columns(d)
                .acknowledging(WarningsException.unlessAcknowledged(warnings(input, id), saveAnyway));
    }

    /**
     * Changes an observation, if it is still at the version the editor loaded. A seeded one stays seeded, but as
     * it is now last updated by a user, the seed loader keeps the user's version.
     *
     * @throws ConflictException   if someone else changed or deleted it since; nothing is written
     * @throws ValidationException with every problem; nothing is written
     * @throws WarningsException   if the claim checks warn of it; nothing is written
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    @Override
    public Observation update(long id, int expectedVersion, ObservationInput input) {
        return update(id, expectedVersion, input, false);
    }

    /** Changes an observation as {@link #update(long, int, ObservationInput)}; with {@code saveAnyway} also one with warnings. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    @Override
    public Observation update(long id, int expectedVersion, ObservationInput input, boolean saveAnyway) {
        String actor = CurrentUser.require();
        writes.update(ObservationTable.TABLE, id, expectedVersion, () -> checked(input, id, saveAnyway), actor);
        return repository.findById(id).orElseThrow();
    }

    /**
     * Soft-deletes an observation; it can be restored from the Deleted view.
     *
     * @return the deleted observation, at its new version (for an immediate undo)
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    @Override
    public Observation delete(long id, int expectedVersion) {
        writes.delete(ObservationTable.TABLE, id, expectedVersion, CurrentUser.require());
        return repository.findById(id).orElseThrow();
    }

    /**
     * Brings a deleted observation back.
     *
     * @throws ConflictException if it changed since, or an identical observation was added meanwhile
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    @Override
    public Observation restore(long id, int expectedVersion) {
        writes.restore(ObservationTable.TABLE, id, expectedVersion, CurrentUser.require(), () -> {
            Observation o = repository.findById(id).orElseThrow();
            repository.findDuplicate(o.seriesId(), o.period(), o.sourceId(), o.passageStart(), o.passageEnd(), id)
                    .ifPresent(twin -> {
                        throw new ConflictException(ObservationTable.TABLE.what(id) + " cannot be restored: "
                                + "observation #" + twin.id() + " with the same series, period and passage was "
                                + "added since. Delete or change that one first.");
                    });
        });
        return repository.findById(id).orElseThrow();
    }
}
